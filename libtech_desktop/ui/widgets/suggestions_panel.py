"""Suggestions beside the record editor: class numbers and subject headings that related
records already have, most supported first, each with why ("3 records by Smith, Zadie").

The editor calls ``refresh`` as the technician types; the panel waits until typing
pauses (``DEBOUNCE_MS``), then asks the suggestion service through the runner. An
answer to an older question is dropped. Activating a suggestion (double-click, or
Enter in its list) emits ``class_number_chosen`` or ``subject_chosen``; the editor
decides what to do with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.suggestions import Suggestion, Suggestions
from libtech_desktop.services.suggestions import SuggestionService
from libtech_desktop.ui.runner import TaskRunner

DEBOUNCE_MS = 300
VALUE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Question:
    main_entry: str
    subjects: tuple[str, ...]
    title: str
    exclude_biblio_id: int | None


class SuggestionsPanel(QWidget):
    class_number_chosen = Signal(str)
    subject_chosen = Signal(str)
    #: New suggestions are shown (after a refresh's answer arrived).
    suggestions_shown = Signal()

    def __init__(
        self,
        suggestion_service: SuggestionService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = suggestion_service
        self._runner = runner
        self._pending: _Question | None = None
        self._asked: _Question | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timeout)

        self.class_list = self._list("Suggested class numbers")
        self.subject_list = self._list("Suggested subject headings")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("status_label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, view in (
            ("C&lass numbers", self.class_list),
            ("S&ubject headings", self.subject_list),
        ):
            label = QLabel(caption, self)
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view, 1)
        layout.addWidget(self.status_label)
        self.class_list.itemActivated.connect(self._on_class_activated)
        self.subject_list.itemActivated.connect(self._on_subject_activated)
        self.status_label.setText("Suggestions appear as the record is filled in.")

    def _list(self, name: str) -> QListWidget:
        view = QListWidget(self)
        view.setAccessibleName(name)
        view.setObjectName(name.lower().replace(" ", "_").replace("suggested_", "") + "_list")
        view.setAlternatingRowColors(True)
        return view

    # -- the API the record editor uses -----------------------------------------------

    def refresh(
        self,
        main_entry: str,
        subjects: Sequence[str],
        title: str,
        exclude_biblio_id: int | None,
    ) -> None:
        """Ask again for this record, once typing has paused for ``DEBOUNCE_MS``."""
        question = _Question(
            main_entry.strip(), tuple(s for s in subjects if s.strip()), title, exclude_biblio_id
        )
        if question == self._asked and not self._timer.isActive():
            return  # nothing that matters changed: the suggestions shown still hold
        self._pending = question
        self._timer.start()

    # -- asking --------------------------------------------------------------------

    def _on_timeout(self) -> None:
        question, self._pending = self._pending, None
        if question is None:
            return
        self._asked = question
        self._generation += 1
        generation, service = self._generation, self._service
        if not question.main_entry and not question.subjects:
            self._show(Suggestions(), "Add an author or a subject heading for suggestions.")
            return
        self.status_label.setText("Looking for suggestions…")
        self._runner.submit(
            lambda: service.for_record(
                question.main_entry, question.subjects, question.title, question.exclude_biblio_id
            ),
            lambda found: self._on_found(generation, found),
            lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_found(self, generation: int, found: Suggestions) -> None:
        if generation != self._generation:
            return  # the record changed while this was being looked up
        empty = not found.class_numbers and not found.subjects
        self._show(found, "No related records yet: nothing to suggest." if empty else "")

    def _on_error(self, generation: int, error: LibtechError) -> None:
        if generation == self._generation:
            self.status_label.setText(error.message)

    def _show(self, found: Suggestions, status: str) -> None:
        _fill(self.class_list, found.class_numbers)
        _fill(self.subject_list, found.subjects)
        self.status_label.setText(status or "Double-click or Enter takes a suggestion.")
        self.suggestions_shown.emit()

    # -- choosing ------------------------------------------------------------------

    def _on_class_activated(self, item: QListWidgetItem) -> None:
        self.class_number_chosen.emit(str(item.data(VALUE_ROLE)))

    def _on_subject_activated(self, item: QListWidgetItem) -> None:
        self.subject_chosen.emit(str(item.data(VALUE_ROLE)))


def _fill(view: QListWidget, suggestions: Sequence[Suggestion]) -> None:
    view.clear()
    for suggestion in suggestions:
        item = QListWidgetItem(f"{suggestion.value}    ({suggestion.reason})")
        item.setData(VALUE_ROLE, suggestion.value)
        item.setToolTip(f"{suggestion.value}: {suggestion.reason}")
        view.addItem(item)
    if suggestions:
        view.setCurrentRow(0)
