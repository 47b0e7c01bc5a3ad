"""The record editor's MARC tab: the table of fields, lines added and deleted, and the
line that is not yet a field shown and focused.

A plain helper of the editor's, holding the MARC view and the editor's model; the
editor wires the buttons and shortcuts (Ctrl+Ins, Ctrl+Del) and says what a refused
delete means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from libtech_desktop.ui._generated.ui_record_editor import Ui_RecordEditor
from libtech_desktop.ui.models.marc_fields import IND1, IND2, SUBFIELDS, TAG, MarcFieldsModel
from libtech_desktop.ui.models.table import show_model

_NARROW_COLUMN = 56


class RecordMarcView:
    def __init__(self, ui: Ui_RecordEditor, model: MarcFieldsModel) -> None:
        self._ui, self._model = ui, model
        view = ui.marc_view
        show_model(view, model, stretch=SUBFIELDS)
        header = view.horizontalHeader()
        for column in (TAG, IND1, IND2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, _NARROW_COLUMN)
        trigger = QAbstractItemView.EditTrigger
        view.setEditTriggers(
            trigger.AnyKeyPressed
            | trigger.DoubleClicked
            | trigger.EditKeyPressed
            | trigger.SelectedClicked
        )
        model.problems_changed.connect(self._on_problems)

    def add_field(self) -> None:
        """A new line after the current one, its tag ready to type."""
        view = self._ui.marc_view
        current = view.currentIndex()
        row = current.row() + 1 if current.isValid() else self._model.rowCount()
        index = self._model.insert_field(row)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def delete_field(self) -> bool:
        """Delete the current line; False (nothing deleted) when it is the leader."""
        view = self._ui.marc_view
        row = view.currentIndex().row()
        if not self._model.remove_field(row):
            return False
        row = min(row, self._model.rowCount() - 1)
        view.setCurrentIndex(self._model.index(row, TAG))
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_bad_line(self) -> None:
        """Put the keyboard on the first line that is not a field."""
        model, view = self._model, self._ui.marc_view
        for row in range(model.rowCount()):
            if model.problem_at(row):
                view.setCurrentIndex(model.index(row, SUBFIELDS))
                break
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_problems(self, problem: str) -> None:
        self._ui.marc_problem_label.setText(f"✖  {problem}" if problem else "")
