"""Long lists are read a page at a time as they scroll, on the runner (issue 9)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.app import catalogue_services
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.models.biblios import biblios_model
from libtech_desktop.ui.models.paged import PagedTableModel
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab

RECORDS = 23


@pytest.fixture
def records(library: Library) -> list[Biblio]:
    """Newest first, as a blank search lists them."""
    made = [
        library.catalogue.add_biblio(title=f"Voyage {n:02d}", author="Verne, Jules")
        for n in range(RECORDS)
    ]
    return made[::-1]


def scroll_to_end(qtbot: QtBot, view: QTableView, model: PagedTableModel[Biblio]) -> int:
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


def test_the_newest_records_arrive_a_page_at_a_time_as_the_list_scrolls(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: list[Biblio]
) -> None:
    model = biblios_model(runner, first_page=5)
    ModelTester(qtbot).check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(400, 150)
    view.setModel(model)
    view.show()
    with qtbot.waitSignal(model.first_page, timeout=5000):
        model.load(lambda offset, size: library.catalogue.search_page("", offset, size))
    # Only the first page is read until the list is scrolled.
    assert model.rowCount() == 5 and not model.at_end

    pages = scroll_to_end(qtbot, view, model)

    assert [b.id for b in model.rows] == [b.id for b in records]  # none twice, none lost
    assert pages >= 2  # the pages grow (5, 5, 10...), so 23 rows take more than one more


def test_a_word_search_pages_through_the_same_ranking_as_one_search(
    library: Library, records: list[Biblio]
) -> None:
    library.catalogue.add_biblio(title="Around the world", author="Voyage, A")
    whole = library.catalogue.search("voyage")
    paged = [
        biblio
        for offset in range(0, len(whole) + 7, 7)
        for biblio in library.catalogue.search_page("voyage", offset, 7)
    ]
    assert [b.id for b in paged] == [b.id for b in whole]
    assert len(whole) == RECORDS + 1


def test_a_new_search_while_pages_are_coming_drops_the_old_pages(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: list[Biblio]
) -> None:
    tab = CatalogueTab(
        replace(catalogue_services(library), holds=None), runner, RecordingSoundPlayer()
    )
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        tab.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    said: list[list[str]] = []
    tab.search_finished.connect(lambda found: said.append([b.title for b in found]))
    tab.search("")
    tab.search("voyage 07")  # typed before the first search came back
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    # The blank search's page came back first, and was not shown or said.
    assert said == [["Voyage 07"]]
    assert [b.title for b in tab.results.rows] == ["Voyage 07"]
    assert tab.results.at_end
