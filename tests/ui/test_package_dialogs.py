"""Bookmobile → Prepare package at the branch and Import package on the laptop, driven
from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemDraft
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library, open_library
from libtech_desktop.ui.package_dialogs import PackageDialogs
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock

PASS = "correct horse battery"


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def branch(library: Library, stock: Stock) -> Library:
    """Dune and Emma are on the bookmobile; Ada has Beloved out."""
    for code in stock.items[:2]:
        item = library.catalogue.item(code)
        library.catalogue.update_item(
            code, ItemDraft(code, item.call_number, item.item_type_code, "Bookmobile")
        )
    library.circulation.checkout(stock.patron, stock.items[2])
    return library


@pytest.fixture
def laptop(tmp_path: Path, clock: FixedClock) -> Iterator[Library]:
    lib = open_library(tmp_path / "laptop.sqlite3", clock=clock)
    yield lib
    lib.close()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def test_prepare_from_the_keyboard_writes_a_package(
    qtbot: QtBot, host: QWidget, branch: Library, runner: TaskRunner, tmp_path: Path
) -> None:
    changed: list[int] = []
    holder = PackageDialogs(host, branch.packages, runner, lambda: changed.append(1))
    holder.open_prepare()
    dialog = holder.prepare_dialog
    assert dialog is not None
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.location_edit.text() == "Bookmobile", timeout=5000)
    assert dialog.focusWidget() is ui.passphrase_edit
    out = tmp_path / "trip.lbp"
    type_into(qtbot, ui.passphrase_edit, "short")
    assert "5 of at least 8" in ui.hint_label.text()
    type_into(qtbot, ui.passphrase_edit, " horse battery")
    type_into(qtbot, ui.confirm_edit, "short horse battery")
    ui.file_edit.clear()
    type_into(qtbot, ui.file_edit, str(out))

    with qtbot.waitSignal(dialog.prepared, timeout=10_000) as prepared:
        qtbot.keyClick(ui.file_edit, Qt.Key.Key_Return)

    assert prepared.args[0].items == 3  # the two on the truck, and Beloved Ada has out
    assert out.exists()
    assert str(out) in ui.status_label.text()
    assert changed == [1]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_prepare_refuses_two_different_passphrases(
    qtbot: QtBot, host: QWidget, branch: Library, runner: TaskRunner, tmp_path: Path
) -> None:
    holder = PackageDialogs(host, branch.packages, runner, lambda: None)
    holder.open_prepare()
    dialog = holder.prepare_dialog
    assert dialog is not None
    type_into(qtbot, dialog.ui.passphrase_edit, PASS)
    type_into(qtbot, dialog.ui.confirm_edit, PASS + "!")
    dialog.ui.file_edit.clear()
    type_into(qtbot, dialog.ui.file_edit, str(tmp_path / "trip.lbp"))

    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        qtbot.keyClick(dialog.ui.file_edit, Qt.Key.Key_Return)

    assert "differ" in failed.args[0]
    assert not (tmp_path / "trip.lbp").exists()


def test_import_shows_the_header_then_imports_with_the_passphrase(
    qtbot: QtBot,
    host: QWidget,
    branch: Library,
    laptop: Library,
    stock: Stock,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    out = tmp_path / "trip.lbp"
    branch.packages.prepare(out, PASS)
    changed: list[int] = []
    holder = PackageDialogs(host, laptop.packages, runner, lambda: changed.append(1))
    holder.open_import()
    dialog = holder.import_dialog
    assert dialog is not None
    ui = dialog.ui
    assert not ui.import_button.isEnabled()

    with qtbot.waitSignal(dialog.header_read, timeout=5000):
        type_into(qtbot, ui.file_edit, str(out))
        qtbot.keyClick(ui.file_edit, Qt.Key.Key_Return)
    assert "3 items, 2 patrons" in ui.header_label.text()
    assert "Prepared 2026-03-02" in ui.header_label.text()
    assert dialog.focusWidget() is ui.passphrase_edit

    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        type_into(qtbot, ui.passphrase_edit, "not the passphrase")
        qtbot.keyClick(ui.passphrase_edit, Qt.Key.Key_Return)
    assert "does not open this package" in failed.args[0]
    assert changed == []

    ui.passphrase_edit.clear()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        type_into(qtbot, ui.passphrase_edit, PASS)
        qtbot.keyClick(ui.passphrase_edit, Qt.Key.Key_Return)

    assert "1 loan added" in ui.status_label.text()
    assert changed == [1]
    [loan] = laptop.circulation.open_loans(stock.patron)
    assert loan.item_barcode == stock.items[2]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    holder.open_import()
    assert holder.import_dialog is dialog  # made once, reused
