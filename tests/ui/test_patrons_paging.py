"""The Patrons tab's list is read a page at a time as it scrolls (issue 9): a search that
matches tens of thousands of patrons lists them all, never capped, never frozen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.models.paged import FIRST_PAGE, PagedTableModel
from libtech_desktop.ui.models.patrons import patrons_model
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

#: More than the tab's first page: the rest arrive only as the list scrolls.
MANY = FIRST_PAGE + 23


def card(n: int) -> str:
    return with_check_digit(f"2999901{n:06d}")


@pytest.fixture
def many(library: Library) -> list[Patron]:
    """Patrons "Reader 000" ... in name order, each with a card."""
    return [library.patrons.register(barcode=card(n), name=f"Reader {n:03d}") for n in range(MANY)]


def scroll_to_end(qtbot: QtBot, view: QTableView, model: PagedTableModel[Patron]) -> int:
    """Move the scroll bar to its end until the list stops growing; the pages it took."""
    pages = 0
    while True:
        qtbot.waitUntil(lambda: not model.fetching, timeout=5000)
        if model.at_end:
            return pages
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            bar = view.verticalScrollBar()
            bar.setValue(bar.maximum())
            if model.canFetchMore():  # what the view does once it is at the bottom
                model.fetchMore(view.rootIndex())
        pages += 1


def test_the_service_pages_through_one_order_none_twice_none_lost(
    library: Library, many: list[Patron]
) -> None:
    library.patrons.register(barcode=card(999), name="Reader 100")  # a second "Reader 100"
    whole = library.patrons.search("reader", limit=10_000)
    paged = [
        patron
        for offset in range(0, len(whole) + 7, 7)
        for patron in library.patrons.search_page("reader", offset, 7)
    ]
    assert [p.id for p in paged] == [p.id for p in whole]
    assert len(whole) == MANY + 1
    assert [p.name for p in whole] == sorted(p.name for p in whole)


def test_a_card_scanned_finds_that_patron_alone(library: Library, many: list[Patron]) -> None:
    # Another patron's email holds the card number: the scan still opens one patron.
    library.patrons.register(barcode=card(500), name="Zed", email=f"{card(7)}@example.org")
    assert [p.barcode for p in library.patrons.search_page(card(7), 0, 200)] == [card(7)]
    assert library.patrons.search_page(card(7), 1, 200) == []
    assert [p.name for p in library.patrons.search_page(card(7)[1:], 0, 200)] == ["Zed"]


def test_the_list_fills_as_it_scrolls(
    qtbot: QtBot, library: Library, runner: TaskRunner, many: list[Patron]
) -> None:
    model = patrons_model(runner, first_page=5)
    ModelTester(qtbot).check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(400, 150)
    view.setModel(model)
    view.show()
    with qtbot.waitSignal(model.first_page, timeout=5000):
        model.load(lambda offset, size: library.patrons.search_page("", offset, size))
    assert model.rowCount() == 5 and not model.at_end

    pages = scroll_to_end(qtbot, view, model)

    assert [p.id for p in model.rows] == [p.id for p in many]
    assert pages >= 2


def test_the_tab_lists_every_match_and_enter_opens_one_far_down(
    qtbot: QtBot, library: Library, runner: TaskRunner, many: list[Patron]
) -> None:
    tab = PatronsTab(library.patrons, library.circulation, runner, RecordingSoundPlayer())
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_scan_field()
    with qtbot.waitSignals([tab.search_finished, tab.patron_opened], timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, "reader")
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert tab.results.rowCount() == FIRST_PAGE
    assert f"{FIRST_PAGE} or more patrons found for “reader” (scroll for the rest)." in (
        tab.ui.message_label.text()
    )
    assert tab.ui.name_label.text() == "Reader 000"

    scroll_to_end(qtbot, tab.ui.results_view, tab.results)
    assert tab.results.rowCount() == MANY  # the old list stopped at 500; this one never does

    view = tab.ui.results_view
    view.setFocus()
    with qtbot.waitSignal(tab.patron_opened, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.ui.name_label.text() == f"Reader {MANY - 1:03d}"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = tab.patron_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.barcode_edit.text() == card(MANY - 1)


def test_a_new_search_while_a_page_is_coming_drops_the_old_page(
    qtbot: QtBot, library: Library, runner: TaskRunner, many: list[Patron]
) -> None:
    tab = PatronsTab(library.patrons, library.circulation, runner, RecordingSoundPlayer())
    qtbot.addWidget(tab)
    said: list[list[str]] = []
    tab.search_finished.connect(lambda found: said.append([p.name for p in found]))
    tab.search("reader")
    tab.search(card(42))  # scanned before the first search came back
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert said == [["Reader 042"]]
    assert [p.name for p in tab.results.rows] == ["Reader 042"]
    assert "Opened Reader 042" in tab.ui.message_label.text()
