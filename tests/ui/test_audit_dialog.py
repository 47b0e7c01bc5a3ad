"""Administration → Audit log: a librarian sees who did what, filters it, exports it to
CSV; a volunteer is refused. And privacy by role on screen: a volunteer's Patrons tab
shows "—" for the contact details, a technician's shows them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.patrons import PatronDraft
from libtech_desktop.interop.passwords import hash_password
from libtech_desktop.library import Library
from libtech_desktop.ui.audit_dialogs import AuditDialogs
from libtech_desktop.ui.dialogs.audit_dialog import AuditDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

from .conftest import Stock

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def logged(library: Library, stock: Stock) -> Library:
    """Okafor blocked then unblocked, a 3.00 fine of hers waived down to 1.00."""
    library.patrons.block(stock.patron, "Shouted at staff")
    library.patrons.unblock(stock.patron)
    fine = library.fines.charge(stock.patron, 300, "manual", "Lost card")
    library.fines.waive(fine.id, "Goodwill", 200)
    return library


@pytest.fixture
def holders(host: QWidget, logged: Library, runner: TaskRunner) -> AuditDialogs:
    return AuditDialogs(host, logged.audit, runner)


def opened(qtbot: QtBot, holders: AuditDialogs) -> AuditDialog:
    """Administration → Audit log; wait until the entries are shown."""
    dialog = holders.open_audit()
    # The job's result comes back through the event loop, which runs only in the wait.
    with qtbot.waitSignal(dialog.entries_loaded, timeout=5000):
        pass
    return dialog


def cells(dialog: AuditDialog, row: int) -> list[str]:
    return [dialog.entries.index(row, c).data() for c in range(dialog.entries.columnCount())]


def reload(qtbot: QtBot, dialog: AuditDialog) -> None:
    with qtbot.waitSignal(dialog.entries_loaded, timeout=5000):
        qtbot.keyClick(dialog.ui.key_edit, Qt.Key.Key_Return)


def test_the_log_shows_the_waiver_with_before_and_after_newest_first(
    qtbot: QtBot, holders: AuditDialogs, stock: Stock, qtmodeltester: ModelTester
) -> None:
    dialog = opened(qtbot, holders)
    assert dialog.isVisible() and dialog.ui.key_edit.hasFocus()
    qtmodeltester.check(dialog.entries)
    when, who, action, what, change, note = cells(dialog, 0)
    assert (who, action, what, note) == ("desk", "fine.waive", "fine 1", "Goodwill")
    assert change == f"outstanding: 3.00 → 1.00; patron: {stock.patron}"
    assert when == "2026-03-02 12:00"
    assert [cells(dialog, r)[2] for r in (1, 2)] == ["patron.unblock", "patron.block"]
    assert dialog.status_text == f"{dialog.entries.rowCount()} entries."
    assert holders.open_audit() is dialog  # made once, reused


def test_filters_by_action_key_and_day(qtbot: QtBot, holders: AuditDialogs, stock: Stock) -> None:
    dialog = opened(qtbot, holders)
    ui = dialog.ui
    ui.action_combo.setCurrentIndex(ui.action_combo.findText("patron.block"))
    reload(qtbot, dialog)
    assert [cells(dialog, r)[2] for r in range(dialog.entries.rowCount())] == ["patron.block"]

    ui.action_combo.setCurrentIndex(0)  # (any)
    qtbot.keyClicks(ui.key_edit, stock.other_patron)
    reload(qtbot, dialog)
    assert [cells(dialog, r)[2] for r in range(dialog.entries.rowCount())] == ["patron.register"]

    ui.key_edit.clear()
    ui.since_edit.setDate(QDate(2026, 3, 3))
    reload(qtbot, dialog)
    assert dialog.entries.rowCount() == 0
    assert dialog.status_text == "0 entries."


def test_export_writes_the_shown_entries_to_csv_and_the_export_is_logged(
    qtbot: QtBot, holders: AuditDialogs, tmp_path: Path
) -> None:
    dialog = opened(qtbot, holders)
    ui = dialog.ui
    ui.action_combo.setCurrentIndex(ui.action_combo.findText("fine.waive"))
    reload(qtbot, dialog)
    out = tmp_path / "audit.csv"
    dialog.ask_path = lambda: out
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.entries_loaded, timeout=5000):
        pass  # read again after the export, the message kept
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["action"], r["note"]) for r in rows] == [("fine.waive", "Goodwill")]
    assert dialog.status_text == f"Exported 1 entry to {out}."

    ui.action_combo.setCurrentIndex(ui.action_combo.findText("audit.export"))
    reload(qtbot, dialog)
    assert cells(dialog, 0)[2] == "audit.export"


def test_a_volunteer_is_refused_in_the_status_line(
    qtbot: QtBot, holders: AuditDialogs, logged: Library, clock
) -> None:
    staff_up(logged, clock, ("val", "volunteer"))
    logged.login("val", "val password")
    dialog = holders.open_audit()
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        pass
    assert "may not" in failed.args[0]
    assert dialog.entries.rowCount() == 0


# -- privacy by role, on screen ---------------------------------------------------------


def staff_up(library: Library, clock, *accounts: tuple[str, str]) -> None:
    library.staff.create_first_administrator("ada", "Ada Admin", ADMIN_PASSWORD)
    with library.context.unit_of_work() as uow:
        for user, role in accounts:
            uow.staff.add(
                user, user.title(), role, hash_password(f"{user} password"), "ada", clock.now()
            )
        uow.commit()


@pytest.mark.parametrize(
    ("user", "role", "shown"),
    [
        ("val", "volunteer", "—"),
        ("tom", "technician", "ada@example.org · 555 0101 · 1 Analytical Row, London"),
    ],
)
def test_the_patrons_tab_shows_contact_details_only_to_staff_who_may_see_them(
    qtbot: QtBot,
    library: Library,
    runner: TaskRunner,
    sounds: RecordingSoundPlayer,
    clock,
    user: str,
    role: str,
    shown: str,
) -> None:
    card = with_check_digit("2999900000009")
    library.patrons.register_draft(
        PatronDraft(
            card,
            "Lovelace, Ada",
            "adult",
            email="ada@example.org",
            phone="555 0101",
            address="1 Analytical Row\nLondon",
        )
    )
    staff_up(library, clock, (user, role))
    library.login(user, f"{user} password")
    tab = PatronsTab(library.patrons, library.circulation, runner, sounds)
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_scan_field()
    with qtbot.waitSignals([tab.search_finished, tab.patron_opened], timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, card)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert tab.ui.name_label.text() == "Lovelace, Ada"
    assert tab.ui.contact_label.text() == shown
