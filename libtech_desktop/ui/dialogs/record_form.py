"""The record editor's Record tab: its widgets read into ``RecordFields`` and filled from
them, the fields the technician has left, and the findings marked on their field (a
coloured border, the message in the tooltip).

A plain helper of the editor's, holding the editor's widgets: the only connection it
makes is the title's (the non-filing count follows an initial article); the editor
decides when fields are read, filled, checked and marked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from libtech_desktop.domain.record_fields import Identifier, RecordFields, nonfiling_characters
from libtech_desktop.domain.verification import Finding, Findings
from libtech_desktop.ui._generated.ui_record_editor import Ui_RecordEditor
from libtech_desktop.ui.feedback import Tone, mark_field

#: The count of the title's non-filing characters, as the form suggests it.
nonfiling_of = nonfiling_characters


def lines_of(edit: QPlainTextEdit) -> tuple[str, ...]:
    """The edit's non-blank lines, white space folded."""
    found = (" ".join(line.split()) for line in edit.toPlainText().splitlines())
    return tuple(line for line in found if line.strip(" -"))


def marked(widget: QWidget) -> str:
    """The problem shown on ``widget`` ("" when none)."""
    return widget.toolTip() if widget.property("finding") else ""


class RecordForm:
    """The Record tab's fields as ``RecordFields``, and the findings shown on them."""

    def __init__(self, ui: Ui_RecordEditor) -> None:
        self._ui = ui
        #: The non-filing count last suggested from the title (-1: set by hand).
        self._auto_nonfiling = 0
        #: Findings' field names whose widget the technician has left: live marks show there.
        self.touched: set[str] = set()
        self._finding_widgets: dict[str, QWidget] = {
            "author": ui.main_entry_edit,
            "title": ui.title_edit,
            "year": ui.date_edit,
            "publisher": ui.publisher_edit,
            "isbn": ui.isbns_edit,
            "issn": ui.issns_edit,
            "subjects": ui.subjects_edit,
        }
        self._tooltips = {w: w.toolTip() for w in self._finding_widgets.values()}
        ui.title_edit.textEdited.connect(self._on_title_edited)

    def line_edits(self) -> list[QLineEdit]:
        ui = self._ui
        return [
            ui.main_entry_edit,
            ui.title_edit,
            ui.responsibility_edit,
            ui.edition_edit,
            ui.place_edit,
            ui.publisher_edit,
            ui.date_edit,
            ui.physical_edit,
            ui.classification_edit,
            ui.call_number_edit,
        ]

    def plain_edits(self) -> list[QPlainTextEdit]:
        ui = self._ui
        return [
            ui.series_edit,
            ui.isbns_edit,
            ui.issns_edit,
            ui.subjects_edit,
            ui.summary_edit,
            ui.notes_edit,
        ]

    # -- widgets <-> RecordFields -------------------------------------------------------

    def fields(self) -> RecordFields:
        ui = self._ui
        return RecordFields(
            main_entry=ui.main_entry_edit.text().strip(),
            title=ui.title_edit.text().strip(),
            nonfiling=ui.nonfiling_spin.value(),
            responsibility=ui.responsibility_edit.text().strip(),
            edition=ui.edition_edit.text().strip(),
            place=ui.place_edit.text().strip(),
            publisher=ui.publisher_edit.text().strip(),
            date=ui.date_edit.text().strip(),
            physical=ui.physical_edit.text().strip(),
            series=lines_of(ui.series_edit),
            isbns=tuple(Identifier.parse(line) for line in lines_of(ui.isbns_edit)),
            issns=tuple(Identifier.parse(line) for line in lines_of(ui.issns_edit)),
            subjects=lines_of(ui.subjects_edit),
            summary=" ".join(ui.summary_edit.toPlainText().split()),
            notes=lines_of(ui.notes_edit),
            classification=ui.classification_edit.text().strip(),
            call_number=ui.call_number_edit.text().strip(),
        )

    def fill(self, fields: RecordFields) -> None:
        ui = self._ui
        texts = (
            fields.main_entry,
            fields.title,
            fields.responsibility,
            fields.edition,
            fields.place,
            fields.publisher,
            fields.date,
            fields.physical,
            fields.classification,
            fields.call_number,
        )
        for edit, value in zip(self.line_edits(), texts, strict=True):
            edit.setText(value)
            edit.setCursorPosition(0)
        ui.nonfiling_spin.setValue(fields.nonfiling)
        self._auto_nonfiling = (
            fields.nonfiling if fields.nonfiling == nonfiling_of(fields.title) else -1
        )
        for plain, values in (
            (ui.series_edit, fields.series),
            (ui.isbns_edit, tuple(str(i) for i in fields.isbns)),
            (ui.issns_edit, tuple(str(i) for i in fields.issns)),
            (ui.subjects_edit, fields.subjects),
            (ui.notes_edit, fields.notes),
        ):
            plain.setPlainText("\n".join(values))
        ui.summary_edit.setPlainText(fields.summary)

    def _on_title_edited(self, title: str) -> None:
        """Suggest the non-filing count from an initial article, unless set by hand."""
        spin = self._ui.nonfiling_spin
        if spin.value() == self._auto_nonfiling or (self._auto_nonfiling < 0 and not spin.value()):
            self._auto_nonfiling = nonfiling_of(title)
            spin.setValue(self._auto_nonfiling)

    # -- what the suggestions panel asks about and gives ----------------------------------

    def add_subject(self, heading: str) -> None:
        """Add ``heading`` to the subjects, unless it is there already."""
        edit = self._ui.subjects_edit
        if heading not in lines_of(edit):
            edit.setPlainText("\n".join([*lines_of(edit), heading]))

    # -- the fields the technician has left ---------------------------------------------

    def touch(self, widget: object) -> None:
        """The technician has left ``widget``: its findings show from now on."""
        self.touched.update(k for k, w in self._finding_widgets.items() if w is widget)

    def touch_all(self) -> None:
        self.touched.update(self._finding_widgets)

    # -- findings on the fields ---------------------------------------------------------

    def show_live(self, findings: Findings) -> list[Finding]:
        """Mark the findings of the fields already left; return the errors marked."""
        self.clear_marks()
        errors = [f for f in findings.errors if f.field in self.touched]
        self.mark(errors, Tone.ERROR)
        self.mark([f for f in findings.warnings if f.field in self.touched], Tone.WARNING)
        return errors

    def first_marked(self, findings: Sequence[Finding]) -> QWidget | None:
        """The widget of the first finding that has one on this form."""
        widgets = self._finding_widgets
        return next((widgets[f.field] for f in findings if f.field in widgets), None)

    def mark(self, findings: Sequence[Finding], tone: Tone) -> None:
        for finding in findings:
            widget = self._finding_widgets.get(finding.field)
            if widget is None:
                continue
            widget.setToolTip(f"{marked(widget)}\n{finding.message}".strip())
            widget.setProperty("finding", tone.value)
            mark_field(widget, tone)

    def clear_marks(self) -> None:
        for widget, tooltip in self._tooltips.items():
            if widget.property("finding"):
                widget.setProperty("finding", "")
                widget.setToolTip(tooltip)
                mark_field(widget, None)
