"""The record editor's link to the suggestions panel beside the form.

The panel is asked again as the author, the title or the subjects change (it waits
for typing to pause itself); a class number or a subject heading the technician
takes goes into the Record tab. A plain helper of the editor's: the panel is the
editor's child, and the editor says when a record is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from libtech_desktop.ui._generated.ui_record_editor import Ui_RecordEditor
from libtech_desktop.ui.dialogs.record_form import RecordForm, lines_of


class SuggestionsWidget(Protocol):
    """What the editor needs of the suggestions panel (``ui/widgets/suggestions_panel``)."""

    @property
    def class_number_chosen(self) -> SignalInstance: ...
    @property
    def subject_chosen(self) -> SignalInstance: ...
    def refresh(
        self,
        main_entry: str,
        subjects: Sequence[str],
        title: str,
        exclude_biblio_id: int | None,
    ) -> None: ...


class RecordSuggestions:
    def __init__(
        self, ui: Ui_RecordEditor, form: RecordForm, panel: SuggestionsWidget | None
    ) -> None:
        self._ui, self._form, self._panel = ui, form, panel
        #: Whether a record is on screen (nothing is asked while one is loading).
        self.active = False
        #: The record on screen, left out of its own suggestions (None: a new record).
        self.biblio_id: int | None = None
        ui.title_edit.textEdited.connect(self.refresh)
        ui.main_entry_edit.textEdited.connect(self.refresh)
        if panel is None or not isinstance(panel, QWidget):
            ui.suggestions_container.hide()
            return
        ui.suggestions_layout.addWidget(panel)
        panel.class_number_chosen.connect(self._on_class_number_chosen)
        panel.subject_chosen.connect(self._on_subject_chosen)

    def refresh(self, *_args: object) -> None:
        """Ask the panel about the record as the form now says it."""
        if self._panel is None or not self.active:
            return
        ui = self._ui
        self._panel.refresh(
            ui.main_entry_edit.text(),
            lines_of(ui.subjects_edit),
            ui.title_edit.text(),
            self.biblio_id,
        )

    def _on_class_number_chosen(self, number: str) -> None:
        ui = self._ui
        ui.tabs.setCurrentWidget(ui.record_page)
        ui.classification_edit.setText(number)
        ui.classification_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_subject_chosen(self, heading: str) -> None:
        self._ui.tabs.setCurrentWidget(self._ui.record_page)
        self._form.add_subject(heading)
        self.refresh()
