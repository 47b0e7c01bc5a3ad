"""The scan field honours the desk's scanner: Tab as a terminator or not, and a scanner
that sends none at all (its burst's end is the scan). Enter always takes the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.scanning import ScanSettings
from libtech_desktop.ui.scan_field import ScanLineEdit
from libtech_desktop.ui.settings import SCAN_TERMINATORS

CODE = with_check_digit("3123400001234")  # a 14-digit library barcode


class Desk(QWidget):
    """A window that provides the desk's scanner settings, as MainWindow does."""

    def __init__(self, settings: ScanSettings) -> None:
        super().__init__()
        self.scan_settings = settings
        layout = QVBoxLayout(self)
        self.field = ScanLineEdit(self)
        self.after = QLineEdit(self)
        layout.addWidget(self.field)
        layout.addWidget(self.after)


@pytest.fixture
def desk(qtbot, request):
    window = Desk(ScanSettings(terminators=SCAN_TERMINATORS[request.param]))
    qtbot.addWidget(window)
    window.show()
    window.field.setFocus()
    qtbot.waitUntil(window.field.hasFocus)
    return window


def scans_of(qtbot, field):
    taken: list[str] = []
    field.scanned.connect(lambda scan: taken.append(scan.code))
    return taken


@pytest.mark.parametrize("desk", ["either", "tab"], indirect=True)
def test_a_scanner_ending_with_tab_scans_and_keeps_focus(qtbot, desk):
    taken = scans_of(qtbot, desk.field)
    qtbot.keyClicks(desk.field, CODE)
    qtbot.keyClick(desk.field, Qt.Key.Key_Tab)
    assert taken == [CODE]
    assert desk.field.text() == ""


@pytest.mark.parametrize("desk", ["enter"], indirect=True)
def test_tab_is_an_ordinary_key_when_the_scanner_ends_with_enter(qtbot, desk):
    taken = scans_of(qtbot, desk.field)
    qtbot.keyClicks(desk.field, CODE)
    qtbot.keyClick(desk.field, Qt.Key.Key_Tab)
    assert taken == []
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert taken == [CODE]


@pytest.mark.parametrize("desk", ["none"], indirect=True)
def test_a_scanner_without_a_terminator_is_taken_when_its_burst_ends(qtbot, desk):
    taken = scans_of(qtbot, desk.field)
    with qtbot.waitSignal(desk.field.scanned, timeout=2000):
        qtbot.keyClicks(desk.field, CODE)  # at machine speed: a burst
    assert taken == [CODE]
    assert desk.field.text() == ""


@pytest.mark.parametrize("desk", ["tab"], indirect=True)
def test_enter_always_takes_a_code_keyed_by_hand(qtbot, desk):
    taken = scans_of(qtbot, desk.field)
    qtbot.keyClicks(desk.field, CODE)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert taken == [CODE]
