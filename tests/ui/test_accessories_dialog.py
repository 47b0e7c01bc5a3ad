"""The accessories checklist at check-in: a laptop back with its charger, and one back
without it (recorded, said loudly)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.equipment import EquipmentDraft, EquipmentStatus
from libtech_desktop.library import Library
from libtech_desktop.services.circulation import CheckinResult
from libtech_desktop.ui.dialogs.accessories_dialog import AccessoriesDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock

LAPTOP = "39999000009991"


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(host: QWidget, library: Library, runner: TaskRunner) -> AccessoriesDialog:
    return AccessoriesDialog(host, library.equipment, runner)


@pytest.fixture
def returned(library: Library, stock: Stock) -> tuple[int, CheckinResult]:
    """A laptop (with charger and bag) lent and just checked in."""
    piece = library.equipment.add(EquipmentDraft("Laptop 1", kind="laptop"))
    library.equipment.make_lendable(piece.id, LAPTOP, "charger, bag")
    library.circulation.checkout(stock.patron, LAPTOP)
    return piece.id, library.circulation.checkin(LAPTOP)


def test_a_book_shows_no_checklist(
    dialog: AccessoriesDialog, library: Library, stock: Stock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    assert not dialog.check(library.circulation.checkin(stock.items[0]))
    assert not dialog.isVisible()


def test_the_laptop_back_with_charger_and_bag(
    qtbot: QtBot,
    dialog: AccessoriesDialog,
    library: Library,
    returned: tuple[int, CheckinResult],
) -> None:
    piece_id, result = returned
    assert dialog.check(result)
    assert [b.text() for b in dialog.boxes] == ["&1  charger", "&2  bag"]
    assert not any(b.isChecked() for b in dialog.boxes)
    qtbot.waitUntil(dialog.boxes[0].hasFocus, timeout=5000)

    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.boxes[1], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.checked, timeout=5000) as signal:
        qtbot.keyClick(dialog.boxes[1], Qt.Key.Key_Return)

    assert signal.args == [()]
    assert result.loan is not None
    assert library.equipment.accessory_checks(result.loan.id) == [("charger", True), ("bag", True)]
    assert not dialog.isVisible()
    assert library.equipment.get(piece_id).status is EquipmentStatus.IN_SERVICE


def test_the_laptop_back_without_its_charger_is_said_loudly(
    qtbot: QtBot,
    dialog: AccessoriesDialog,
    library: Library,
    returned: tuple[int, CheckinResult],
) -> None:
    piece_id, result = returned
    dialog.check(result)
    dialog.boxes[1].setChecked(True)
    with qtbot.waitSignal(dialog.checked, timeout=5000) as signal:
        qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Return)

    assert signal.args == [("charger",)]
    assert dialog.status_text.startswith("MISSING: CHARGER")
    assert dialog.isVisible()
    assert library.equipment.get(piece_id).status is EquipmentStatus.OUT_OF_ORDER
    assert library.catalogue.item(LAPTOP).status is ItemStatus.IN_REPAIR
    qtbot.keyClick(dialog.ui.confirm_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_reused_for_the_next_return(
    qtbot: QtBot,
    dialog: AccessoriesDialog,
    returned: tuple[int, CheckinResult],
) -> None:
    _, result = returned
    dialog.check(result)
    dialog.boxes[0].setChecked(True)
    dialog.reject()
    dialog.check(result)
    assert len(dialog.boxes) == 2 and not any(b.isChecked() for b in dialog.boxes)
