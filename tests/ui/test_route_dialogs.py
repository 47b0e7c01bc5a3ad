"""Bookmobile dialogs (issue 7): choose the current stop from the keyboard, scan items onto
and off the truck, define stops and count per stop. The clock is Monday 2 March 2026."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.routes import TruckScan
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.route_dialogs import RouteDialogs
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock

MONDAY, TUESDAY = date(2026, 3, 2), date(2026, 3, 3)


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def changes() -> list[int]:
    return []


@pytest.fixture
def dialogs(
    qtbot: QtBot,
    host: QWidget,
    library: Library,
    runner: TaskRunner,
    sounds: RecordingSoundPlayer,
    changes: list[int],
) -> RouteDialogs:
    return RouteDialogs(
        host, library.routes, library.truck, runner, lambda: changes.append(1), sounds=sounds
    )


@pytest.fixture
def north(library: Library) -> Library:
    """North loop: Village green on Tuesdays, Millbrook School on Mondays (today)."""
    library.routes.add_route("North loop")
    library.routes.add_stop("North loop", "Village green", 1, "12:30", "13:30", TUESDAY)
    library.routes.add_stop("North loop", "Millbrook School", 0, "10:00", "11:30", MONDAY)
    return library


# ------------------------------------------------------------------ the current stop


def test_todays_stops_come_first_and_enter_chooses(
    qtbot: QtBot, dialogs: RouteDialogs, north: Library, changes: list[int]
) -> None:
    dialogs.choose_stop()
    dialog = dialogs.stop_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stop_names() != [], timeout=5000)
    assert dialog.stop_names() == ["Millbrook School", "Village green"]
    assert dialog.ui.stop_list.hasFocus()
    with qtbot.waitSignal(dialog.stop_chosen, timeout=5000):
        qtbot.keyClick(dialog.ui.stop_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialogs.stop_label.text() == "Stop: Millbrook School (until 11:30)"
    assert north.routes.current_stop().name == "Millbrook School"
    assert changes == [1]


def test_arrow_down_then_enter_chooses_another_and_at_the_branch_clears(
    qtbot: QtBot, dialogs: RouteDialogs, north: Library
) -> None:
    dialogs.choose_stop()
    dialog = dialogs.stop_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        pass
    qtbot.keyClick(dialog.ui.stop_list, Qt.Key.Key_Down)  # skips the "Other stops" heading
    with qtbot.waitSignal(dialog.stop_chosen, timeout=5000):
        qtbot.keyClick(dialog.ui.stop_list, Qt.Key.Key_Return)
    assert dialogs.stop_label.text() == "Stop: Village green (until 13:30)"

    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialogs.choose_stop()
    assert "Now at Village green" in dialog.status_text
    with qtbot.waitSignal(dialog.stop_chosen, timeout=5000) as chosen:
        dialog.ui.branch_button.click()
    assert chosen.args == [None]
    assert dialogs.stop_label.text() == ""
    assert north.routes.current_stop() is None


def test_the_status_bar_label_reads_the_stop_set_elsewhere(
    qtbot: QtBot, host: QWidget, north: Library, runner: TaskRunner
) -> None:
    north.routes.set_current_stop("Millbrook School")
    holder = RouteDialogs(host, north.routes, north.truck, runner, lambda: None)
    qtbot.waitUntil(lambda: holder.stop_label.text() != "", timeout=5000)
    assert holder.stop_label.text() == "Stop: Millbrook School (until 11:30)"


# ------------------------------------------------------------------ the truck


def scan(qtbot: QtBot, dialogs: RouteDialogs, code: str) -> object:
    dialog = dialogs.truck_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.scanned, timeout=5000) as answered:
        qtbot.keyClicks(dialog.ui.scan_edit, code)
        qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Return)
    return answered.args[0]


def test_scanning_loads_and_unloads_the_truck_with_sounds(
    qtbot: QtBot,
    dialogs: RouteDialogs,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
    changes: list[int],
) -> None:
    dune, emma = stock.items[0], stock.items[1]
    dialogs.open_truck()
    dialog = dialogs.truck_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "On the truck: 0" in dialog.ui.count_label.text(), timeout=5000)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    assert dialog.ui.scan_edit.hasFocus()

    assert isinstance(scan(qtbot, dialogs, dune), TruckScan)
    scan(qtbot, dialogs, emma)
    assert library.catalogue.item(dune).location == "Bookmobile"
    again = scan(qtbot, dialogs, dune)
    assert isinstance(again, TruckScan) and not again.changed
    refused = scan(qtbot, dialogs, "nonsense")
    assert refused == "No item has the barcode nonsense."
    assert sounds.played == [Tone.SUCCESS, Tone.SUCCESS, Tone.WARNING, Tone.ERROR]
    assert dialog.lines()[0] == "No item has the barcode nonsense."
    assert dialog.lines()[1] == f"{dune} “Dune” is already on the truck."
    assert "2 loaded, 0 unloaded" in dialog.ui.count_label.text()
    assert "On the truck: 2" in dialog.ui.count_label.text()

    qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.unloading, timeout=5000)  # a mnemonic clicks after a beat
    assert dialog.ui.to_combo.isEnabled()
    assert dialog.ui.scan_edit.hasFocus()
    unloaded = scan(qtbot, dialogs, dune)
    assert isinstance(unloaded, TruckScan) and unloaded.location is None  # where it came from
    dialog.ui.to_combo.setEditText("Stacks")
    scan(qtbot, dialogs, emma)
    assert library.catalogue.item(emma).location == "Stacks"
    assert "On the truck: 0" in dialog.ui.count_label.text()
    assert changes == [1, 1, 1, 1]

    qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.unloading, timeout=5000)
    assert not dialog.ui.to_combo.isEnabled()
    assert dialog.ui.scan_edit.hasFocus()


# ------------------------------------------------------------------ routes and stops


def test_a_route_and_stop_are_added_from_the_form(
    qtbot: QtBot, dialogs: RouteDialogs, library: Library, qtmodeltester: ModelTester
) -> None:
    dialogs.open_routes()
    dialog = dialogs.routes_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.status_text == "0 stops.", timeout=5000)
    ui = dialog.ui
    qtbot.keyClicks(ui.route_name_edit, "North loop")
    with qtbot.waitSignal(dialog.stops_loaded, timeout=5000):
        ui.add_route_button.click()
    assert dialog.status_text == "Added route North loop."

    qtbot.keyClicks(ui.name_edit, "Millbrook School")
    ui.weekday_combo.setCurrentIndex(1)  # Tuesday
    qtbot.keyClicks(ui.starts_edit, "10:00")
    qtbot.keyClicks(ui.ends_edit, "11:30")
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        ui.add_stop_button.click()  # the first visit is still today, a Monday
    assert "2 Mar 2026 is a Monday, not a Tuesday" in failed.args[0]
    assert library.routes.stops() == []

    ui.first_visit_edit.setDate(ui.first_visit_edit.date().addDays(1))
    with qtbot.waitSignal(dialog.stops_loaded, timeout=5000):
        ui.add_stop_button.click()
    assert dialog.status_text == "Added stop Millbrook School: Tuesdays 10:00–11:30."
    qtmodeltester.check(dialog.stops)
    row = dialog.stops.rows[0]
    assert (row.stop.name, row.next_visit) == ("Millbrook School", TUESDAY)
    assert dialog.chosen_stop() is not None

    ui.every_spin.setValue(2)
    with qtbot.waitSignal(dialog.stops_loaded, timeout=5000):
        ui.save_stop_button.click()
    assert library.routes.stop("Millbrook School").every_weeks == 2


def test_statistics_count_loans_made_at_a_stop(
    qtbot: QtBot, dialogs: RouteDialogs, north: Library, stock: Stock
) -> None:
    north.routes.set_current_stop("Millbrook School")
    north.circulation.checkout(stock.patron, stock.items[0])
    north.circulation.checkout(stock.other_patron, stock.items[1])
    dialogs.open_routes()
    dialog = dialogs.routes_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stops.rowCount() == 2, timeout=5000)
    dialog.ui.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.stats_loaded, timeout=5000):
        dialog.ui.stats_button.click()
    counted = {s.stop: (s.checkouts, s.borrowers) for s in dialog.stats.rows}
    assert counted == {"Millbrook School": (2, 2), "Village green": (0, 0)}
