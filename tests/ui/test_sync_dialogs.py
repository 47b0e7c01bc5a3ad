"""Bookmobile → Import journal, Sync exceptions, Export, and the question at close
(issue 7), driven from the keyboard on the real window."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.domain.sync import SyncRole
from libtech_desktop.library import Library, open_library
from libtech_desktop.services import sync_state
from libtech_desktop.ui.sync_dialogs import CANCEL, CLOSE, ask_close

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CAROL = "29999000000031"


def _role(lib: Library, role: SyncRole) -> None:
    with lib.context.unit_of_work() as uow:
        sync_state.set_role(uow, role)
        uow.commit()


@pytest.fixture(autouse=True)
def closes_quietly(desk: DeskApplication) -> None:
    """A merge makes the desk a peer with work to send: the window's own close at the
    end of each test must not ask (the tests that look at the question replace this)."""
    desk.sync_dialogs.ask_close = lambda _window, _count: CLOSE


@pytest.fixture
def laptop_journal(library: Library, stock, tmp_path: Path) -> Path:
    """The laptop (a copy of the branch's file, its own device) lent the first book to Ada
    and the second to Ada (lent to Per at the branch meanwhile) and the third to Carol
    (blocked at the branch meanwhile)."""
    library.patrons.register(CAROL, "Carlsen, Carol")
    path = tmp_path / "laptop.sqlite3"
    source, target = sqlite3.connect(library.path), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    with open_library(path, clock=library.context.clock) as laptop:
        with laptop.context.unit_of_work() as uow:
            uow.settings.set("sync.device_id", str(uuid.uuid4()))
            uow.settings.set("sync.device_name", "Bookmobile laptop")
            uow.commit()
        for patron, item in ((stock.patron, 0), (stock.patron, 1), (CAROL, 2)):
            laptop.circulation.checkout(patron, stock.items[item])
        out = tmp_path / "laptop.jsonl"
        laptop.journal.export(out)
    library.circulation.checkout(stock.other_patron, stock.items[1])
    library.patrons.block(CAROL, "Lost two books")
    return out


def test_import_by_keyboard_dry_run_then_apply(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock, laptop_journal: Path
):
    dialogs = desk.sync_dialogs
    dialogs.ask_open_path = lambda _parent: laptop_journal
    changed: list[str] = []
    dialogs._on_changed = lambda: changed.append("changed")

    qtbot.keyClick(desk.window, Qt.Key.Key_J, CTRL_SHIFT)
    dialog = dialogs.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert "3 operations: 1 will apply, 0 unchanged, 2 exceptions" in dialog.summary_text
    reasons = [e.reason for e in dialog.exceptions.rows]
    assert reasons[0].startswith("on loan to Lindqvist, Per")
    assert reasons[1].startswith("blocked at the branch:")
    assert library.circulation.item_loan(stock.items[0]) is None  # a dry run only
    assert dialog.ui.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)

    assert applied.args[0].applied == 1 and not applied.args[0].dry_run
    loan = library.circulation.item_loan(stock.items[0])
    assert loan is not None and loan.patron_barcode == stock.patron
    assert "2 exceptions wait in Sync exceptions" in dialog.status_text
    assert changed == ["changed"]
    assert not dialog.ui.apply_button.isEnabled()


def test_the_exceptions_dialog_retry_and_dismiss_by_keyboard(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock, laptop_journal: Path
):
    library.sync.apply(laptop_journal)
    dialogs = desk.sync_dialogs

    qtbot.keyClick(desk.window, Qt.Key.Key_Y, CTRL_SHIFT)
    dialog = dialogs.exceptions_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.queue.rowCount() == 2)
    assert dialog.selected().item == stock.items[1]

    with qtbot.waitSignal(dialog.failed) as refused:
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    assert refused.args[0].startswith("Still not applied: on loan to Lindqvist, Per")

    library.circulation.checkin(stock.items[1])
    with qtbot.waitSignal(dialog.loaded):
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    assert dialog.queue.rowCount() == 1
    assert library.circulation.item_loan(stock.items[1]).patron_barcode == stock.patron

    with qtbot.waitSignal(dialog.failed):
        qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)  # no note yet
    assert dialog.ui.note_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.note_edit, "Carol returned it at the desk")
    with qtbot.waitSignal(dialog.loaded):
        qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    assert dialog.queue.rowCount() == 0
    assert dialog.status_text.startswith("Dismissed: check out")
    assert library.sync.exceptions(None)[-1].resolution == "Carol returned it at the desk"


def test_export_journal_writes_the_file_and_says_so(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock, tmp_path: Path
):
    library.circulation.checkout(stock.patron, stock.items[0])
    dialogs = desk.sync_dialogs
    asked: list[str] = []
    out = tmp_path / "out.jsonl"

    def save_as(_parent: object, _title: str, name: str, _filter: str) -> Path:
        asked.append(name)
        return out

    dialogs.ask_save_path = save_as
    qtbot.keyClick(desk.window, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: dialogs.last_status != "")

    device = library.journal.device_id()[:8]
    assert asked == [f"journal-{device}-2026-03-02.jsonl"]
    assert dialogs.last_status == f"Wrote 3 operations to {out}."  # two cards, one loan
    assert json.loads(out.read_text().splitlines()[-1])["kind"] == "checkout"


def _answer_when_asked(keys: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """Once the question is up (it runs its own event loop), note it and press ``keys``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        keys(box)

    QTimer.singleShot(0, answer)


def _space_on(text: str) -> Callable[[QMessageBox], None]:
    """Tab to the button named ``text`` and press Space (offscreen windows are never
    active, so Alt+mnemonics cannot be sent there)."""

    def press(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)

    return press


@pytest.mark.parametrize(
    ("press", "expected"),
    [
        (lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), CANCEL),
        (lambda box: QTest.keyClick(box, Qt.Key.Key_Return), "export"),  # the default
        (_space_on("Close without exporting"), CLOSE),
    ],
)
def test_the_close_question_by_keyboard(desk: DeskApplication, press, expected):
    seen: list[str] = []
    _answer_when_asked(press, seen)

    assert ask_close(desk.window, 2) == expected
    assert seen == ["2 operations made here are not yet merged. Export them first?"]


def test_a_satellite_with_pending_work_is_asked_and_can_cancel_close_or_export(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock, tmp_path: Path
):
    library.circulation.checkout(stock.patron, stock.items[0])
    _role(library, SyncRole.SATELLITE)
    dialogs = desk.sync_dialogs
    answers: list[str] = []
    dialogs.ask_close = lambda _w, count: answers.pop(0) if answers else CLOSE

    answers.append(CANCEL)
    assert dialogs.confirm_close() is False
    answers.append(CLOSE)
    assert dialogs.confirm_close() is True

    out = tmp_path / "at-close.jsonl"
    dialogs.ask_save_path = lambda *_args: out
    answers.append("export")
    assert dialogs.confirm_close() is True
    assert out.exists() and dialogs.last_status == f"Wrote 3 operations to {out}."
    dialogs.ask_save_path = lambda *_args: None
    answers.append("export")
    assert dialogs.confirm_close() is False  # Save as… cancelled: the window stays


def test_standalone_and_hub_desks_are_never_asked(desk: DeskApplication, library: Library, stock):
    library.circulation.checkout(stock.patron, stock.items[0])
    dialogs = desk.sync_dialogs

    def never(*_args: object) -> str:
        raise AssertionError("asked")

    dialogs.ask_close = never
    assert dialogs.confirm_close() is True
    _role(library, SyncRole.HUB)
    assert dialogs.confirm_close() is True
    dialogs.ask_close = lambda _window, _count: CLOSE


def test_the_export_at_close_runs_on_the_runner_while_the_window_stays_painted(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock, tmp_path: Path
):
    """A day's journal takes a few hundred milliseconds to write: the window keeps
    repainting (the GUI thread goes on with its events) under a modal progress dialog."""
    import threading

    library.circulation.checkout(stock.patron, stock.items[0])
    _role(library, SyncRole.SATELLITE)
    dialogs = desk.sync_dialogs
    dialogs.ask_close = lambda _w, _count: "export"
    out = tmp_path / "at-close.jsonl"
    dialogs.ask_save_path = lambda *_args: out
    gui = threading.current_thread()
    pumped = threading.Event()
    seen: list[object] = []
    export = library.journal.export

    def slow_export(path: Path) -> int:
        seen.append(threading.current_thread())
        seen.append(pumped.wait(timeout=10))  # set by a GUI-thread timer: events still run
        return export(path)

    dialogs._journal.export = slow_export  # type: ignore[method-assign]
    QTimer.singleShot(0, pumped.set)
    assert dialogs.confirm_close() is True
    assert seen[0] is not gui and seen[1] is True
    assert out.exists() and dialogs.last_status == f"Wrote 3 operations to {out}."
    assert dialogs.close_progress is None or not dialogs.close_progress.isVisible()


def test_a_journal_that_cannot_be_written_at_close_keeps_the_window_open(
    desk: DeskApplication, library: Library, stock, tmp_path: Path
):
    library.circulation.checkout(stock.patron, stock.items[0])
    _role(library, SyncRole.SATELLITE)
    dialogs = desk.sync_dialogs
    dialogs.ask_close = lambda _w, _count: "export"
    dialogs.ask_save_path = lambda *_args: tmp_path / "no such folder" / "j.jsonl"
    assert dialogs.confirm_close() is False
    assert dialogs.last_status.startswith("The journal was not written: ")
    dialogs.ask_close = lambda _w, _count: CLOSE
