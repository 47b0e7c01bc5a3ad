"""The record editor's suggestions panel: asks after typing pauses, shows class numbers
and headings with their reasons, and hands the chosen one to the editor."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pymarc import Record
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.suggestions import Suggestions
from libtech_desktop.library import Library
from libtech_desktop.services.suggestions import SuggestionService
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.widgets.suggestions_panel import SuggestionsPanel

from ..marc_builders import marc_record


class CountingService:
    """The real service, counting the questions it is asked."""

    def __init__(self, inner: SuggestionService) -> None:
        self.inner = inner
        self.asked: list[tuple[str, tuple[str, ...]]] = []

    def for_record(
        self,
        main_entry: str,
        subjects: Sequence[str],
        title: str,
        exclude_biblio_id: int | None = None,
        limit: int = 8,
    ) -> Suggestions:
        self.asked.append((main_entry, tuple(subjects)))
        return self.inner.for_record(main_entry, subjects, title, exclude_biblio_id, limit)


@pytest.fixture
def service(library: Library, tmp_path: Path) -> CountingService:
    path = tmp_path / "related.mrc"
    with path.open("wb") as out:
        for row in [
            ("White Teeth", "Smith, Zadie", "823.914", ["London (England) -- Fiction"]),
            ("On Beauty", "Smith, Zadie", "823.92", ["Families"]),
            ("Swing Time", "Smith, Zadie", "823.92", ["Friendship -- Fiction"]),
            ("Cat Sense", "Bradshaw, John", "636.8", ["Cats -- Behavior"]),
        ]:
            out.write(book(*row).as_marc())
    assert library.marc_import.import_file(path, match="none").added == 4
    return CountingService(library.suggestions)


@pytest.fixture
def panel(qtbot: QtBot, service: CountingService, runner: TaskRunner) -> SuggestionsPanel:
    widget = SuggestionsPanel(service, runner)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(view: object) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]  # type: ignore[attr-defined]


def test_typing_is_debounced_into_one_question(
    qtbot: QtBot, panel: SuggestionsPanel, service: CountingService
) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        for typed in ("S", "Sm", "Smith", "Smith, Zadie"):
            panel.refresh(typed, [], "Grand Union", None)
    assert service.asked == [("Smith, Zadie", ())]
    assert texts(panel.class_list) == [
        "823.92    (2 records by Smith, Zadie)",
        "823.914    (1 record by Smith, Zadie)",
    ]
    assert len(texts(panel.subject_list)) == 3
    assert "Double-click or Enter" in panel.status_label.text()
    # The same question again: the suggestions shown still hold, nothing is asked.
    panel.refresh("Smith, Zadie", [], "Grand Union", None)
    qtbot.wait(400)  # longer than the debounce: proves no second question is asked
    assert len(service.asked) == 1


def test_enter_or_double_click_hands_over_the_suggestion(
    qtbot: QtBot, panel: SuggestionsPanel
) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh("Bradshaw, John", ["Friendship -- Fiction"], "Dog Sense", None)
    classes = panel.class_list
    classes.setFocus()
    classes.setCurrentRow(0)
    value = classes.item(0).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(panel.class_number_chosen, timeout=2000) as chosen:
        qtbot.keyClick(classes, Qt.Key.Key_Return)
    assert chosen.args == [value]
    assert value in {"636.8", "823.92"}

    subjects = panel.subject_list
    wanted = next(
        i
        for i in range(subjects.count())
        if subjects.item(i).data(Qt.ItemDataRole.UserRole) == "Cats -- Behavior"
    )
    subjects.scrollToItem(subjects.item(wanted))
    centre = subjects.visualItemRect(subjects.item(wanted)).center()
    assert subjects.viewport().rect().contains(centre)
    # As a mouse does it: the press of the first click, then the double click.
    qtbot.mouseClick(subjects.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(panel.subject_chosen, timeout=2000) as chosen:
        qtbot.mouseDClick(subjects.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chosen.args == ["Cats -- Behavior"]


def test_nothing_to_go_on_and_nothing_found_say_so(
    qtbot: QtBot, panel: SuggestionsPanel, service: CountingService
) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh("  ", [""], "Untitled", None)
    assert service.asked == []
    assert "Add an author or a subject heading" in panel.status_label.text()
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh("Nobody, Known", [], "Untitled", None)
    assert panel.class_list.count() == 0 and panel.subject_list.count() == 0
    assert panel.status_label.text() == "No related records yet: nothing to suggest."


def test_an_answer_to_an_older_question_is_dropped(
    qtbot: QtBot, panel: SuggestionsPanel, service: CountingService
) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh("Smith, Zadie", [], "", None)
    # A second question asked right after the first is sent: only its answer is shown.
    panel.refresh("Bradshaw, John", [], "", None)
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh("Bradshaw, John", ["Families"], "", None)
    assert service.asked[-1] == ("Bradshaw, John", ("Families",))
    assert texts(panel.class_list)[0].startswith("636.8")


def book(title: str, author: str | None, dewey: str | None, subjects: Sequence[str]) -> Record:
    return marc_record(title, *subjects, author=author, dewey=dewey)
