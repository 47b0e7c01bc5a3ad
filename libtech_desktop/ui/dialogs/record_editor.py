"""The record editor: the everyday form, the MARC view and the copies of one record.

Both views edit one in-memory ``MarcRecord``: leaving the Record tab writes the form
into it (``write_fields``, which rewrites only the fields whose value changed);
leaving the MARC tab takes the rows as they are, and refuses to be left while a
line is not a field. Saving goes through ``RecordService.save`` on the runner:
errors are shown at the top and on their field (a red border, the message in its
tooltip) and nothing is saved; warnings are listed with "Save anyway" (Alt+A). A
field is checked again as the technician leaves it, so a wrong ISBN check digit
shows before Save.

The editor stays open after a save (copies are added to a saved record); Esc with
unsaved changes asks first, inline, and a second Esc discards.

This module keeps the dialog, the one record, tab switching, loading, checking and
saving; each tab's widgets are looked after by a helper: ``record_form`` (Record
tab <-> ``RecordFields``, findings on the fields), ``record_marc_view`` (MARC tab)
and ``record_items_panel`` (Items tab, add copies).

No long-lived object connects to the editor: the runner's callbacks are plain job
attributes and the end of a job is watched by a plain Python helper
(``JobEndWatcher``); the items panel, the add-copies dialog and the suggestions
panel are its children.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from libtech_desktop.domain.catalogue import Biblio, Item, ItemType
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.marc import MarcRecord
from libtech_desktop.domain.record_fields import RecordFields, read_fields, write_fields
from libtech_desktop.domain.verification import Findings, VerificationWarning
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.records import CatalogueRecord, RecordService
from libtech_desktop.ui._generated.ui_record_editor import Ui_RecordEditor
from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog
from libtech_desktop.ui.dialogs.record_checks import CHECK_AFTER_MS, LiveCheck, save_or_findings
from libtech_desktop.ui.dialogs.record_form import RecordForm, marked, nonfiling_of
from libtech_desktop.ui.dialogs.record_items_panel import RecordItemsPanel
from libtech_desktop.ui.dialogs.record_marc_view import RecordMarcView
from libtech_desktop.ui.dialogs.record_suggestions import RecordSuggestions, SuggestionsWidget
from libtech_desktop.ui.feedback import Tone, clear_message, show_message
from libtech_desktop.ui.models.marc_fields import MarcFieldsModel
from libtech_desktop.ui.runner import Job, JobEndWatcher, TaskRunner

__all__ = [
    "CHECK_AFTER_MS",
    "ITEMS_TAB",
    "MARC_TAB",
    "RECORD_TAB",
    "RecordEditor",
    "SuggestionsWidget",
    "nonfiling_of",
]

RECORD_TAB, MARC_TAB, ITEMS_TAB = range(3)

ItemTypes = Sequence[ItemType] | Callable[[], Sequence[ItemType]]


class RecordEditor(QDialog):
    #: A record is shown, ready to edit: (CatalogueRecord).
    loaded = Signal(object)
    #: The record was saved: (biblio id).
    saved = Signal(int)
    #: Saving was refused (errors) or waits for "Save anyway" (warnings): (message).
    save_refused = Signal(str)
    #: A live check's answer is shown on the fields: (Findings).
    checked = Signal(object)
    #: A copy was changed (its fields or status): (Item).
    item_saved = Signal(object)
    #: Copies were added from the Items tab: (list[Item]).
    copies_added = Signal(object)
    #: A copy went back in the label queue from the Items tab: (its barcode).
    label_requeued = Signal(str)
    #: A call was refused (opening a record, saving a copy): (message).
    failed = Signal(str)

    def __init__(
        self,
        records: RecordService,
        runner: TaskRunner,
        item_types: ItemTypes,
        parent: QWidget | None = None,
        suggestions: SuggestionsWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        labels: LabelService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordEditor()
        self.ui.setupUi(self)
        self._records = records
        self._runner = runner
        self.marc_fields = MarcFieldsModel(self)
        self._form = RecordForm(self.ui)
        self._marc_view = RecordMarcView(self.ui, self.marc_fields)
        self._copies = RecordItemsPanel(self.ui, records, runner, self, today=today, labels=labels)
        self.items = self._copies.model
        self._biblio: Biblio | None = None
        self._marc = MarcRecord()
        #: The record as last loaded or saved: what "unsaved changes" compares with.
        self._saved_marc = MarcRecord()
        #: The record whose warnings are listed: what "Save anyway" confirms.
        self._warned_marc: MarcRecord | None = None
        self._ready = False
        self._saving = False
        self._tab = RECORD_TAB
        self._switching = False
        self._suggestions = RecordSuggestions(self.ui, self._form, suggestions)
        self._live_check = LiveCheck(records, runner, self, self._on_checked, self._on_failed)
        self._live_check.due.timeout.connect(self._run_check)
        self._connect_tabs()
        self._setup_buttons()
        self._hide_frames()
        self._show_message(None, "")
        if callable(item_types):
            runner.submit(item_types, self._copies.set_item_types, self._on_failed, owner=self)
        else:
            self._copies.set_item_types(item_types)

    # -- set-up ---------------------------------------------------------------------

    def _connect_tabs(self) -> None:
        ui = self.ui
        for edit in self._form.line_edits():
            edit.editingFinished.connect(self._on_field_left)
            edit.returnPressed.connect(self.focusNextChild)
        for plain in self._form.plain_edits():
            plain.installEventFilter(self)
        self.marc_fields.dataChanged.connect(self._on_marc_edited)
        ui.add_field_button.clicked.connect(self.add_field)
        ui.delete_field_button.clicked.connect(self.delete_field)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Ins", self.add_field), ("Ctrl+Del", self.delete_field)):
            QShortcut(QKeySequence(keys), ui.marc_page, slot, context)
        self._copies.item_saved.connect(self._on_item_saved)
        self._copies.copies_added.connect(self._on_copies_added)
        self._copies.label_requeued.connect(self._on_label_requeued)
        self._copies.failed.connect(self.failed)
        ui.add_copies_button.clicked.connect(self.open_add_copies)

    def _setup_buttons(self) -> None:
        ui = self.ui
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save (Ctrl+S)")
        # Enter moves on in a form; only Ctrl+S (or the button) saves.
        for button in (save, ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)):
            button.setAutoDefault(False)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.save_anyway_button.clicked.connect(self.save_anyway)
        ui.discard_button.clicked.connect(self.discard)
        ui.keep_editing_button.clicked.connect(self._keep_editing)
        ui.tabs.currentChanged.connect(self._on_tab_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # -- what the catalogue tab and the tests use --------------------------------------

    def open_record(self, biblio_id: int) -> None:
        """Load record ``biblio_id`` (through the runner) and show it."""
        records = self._records
        self._start_loading(f"Opening record {biblio_id}…")
        self._runner.submit(
            lambda: records.record(biblio_id), self._on_loaded, self._on_failed, owner=self
        )

    def open_new(self, isbn: str | None = None) -> None:
        """A blank record, with ``isbn`` in 020 when one was scanned; nothing is saved yet."""
        records = self._records
        self._start_loading("New record…")
        self._runner.submit(
            lambda: records.new_record(isbn), self._on_loaded, self._on_failed, owner=self
        )

    @property
    def biblio_id(self) -> int | None:
        return self._biblio.id if self._biblio is not None else None

    @property
    def message_text(self) -> str:
        return self.ui.message_label.text()

    @property
    def warnings_text(self) -> str:
        return self.ui.warnings_label.text() if not self.ui.warnings_frame.isHidden() else ""

    def current_record(self) -> MarcRecord:
        """The record as the view on screen says it; InvalidInput while a MARC line is bad."""
        tab = self.ui.tabs.currentIndex()
        if tab == RECORD_TAB:
            return write_fields(self._marc, self.form_fields())
        if tab == MARC_TAB:
            return self.marc_fields.record()
        return self._marc

    def form_fields(self) -> RecordFields:
        return self._form.fields()

    def is_dirty(self) -> bool:
        """Changes that a Save would keep (a MARC line still being fixed counts)."""
        if not self._ready:
            return False
        try:
            return self.current_record() != self._saved_marc
        except InvalidInput:
            return True

    def marked(self, widget: QWidget) -> str:
        """The problem shown on ``widget`` ("" when none): for the tests and a screen reader."""
        return marked(widget)

    def add_field(self) -> None:
        """A new MARC line after the current one, its tag ready to type (Ctrl+Ins)."""
        self._marc_view.add_field()

    def delete_field(self) -> None:
        """Delete the current MARC line (Ctrl+Del); the leader stays."""
        if not self._marc_view.delete_field():
            self._show_message(Tone.WARNING, "The leader cannot be deleted; select a field.")

    def selected_item(self) -> Item | None:
        return self._copies.selected_item()

    def save_item(self) -> None:
        """Save the selected copy's fields and, if it changed, its status (Alt+V)."""
        self._copies.save_item()

    def open_add_copies(self) -> AddCopiesDialog | None:
        """The add-copies dialog for this record (a new record is saved first)."""
        biblio = self._biblio
        if biblio is None:
            self._show_message(Tone.WARNING, "Save the new record first (Ctrl+S), then add copies.")
            return None
        try:
            fields = read_fields(self.current_record())
        except InvalidInput:
            fields = read_fields(self._marc)
        call_number = fields.call_number or fields.classification
        return self._copies.open_add_copies(biblio.id, biblio.title, call_number)

    # -- loading --------------------------------------------------------------------

    def _start_loading(self, text: str) -> None:
        self._ready = self._suggestions.active = False
        self._hide_frames()
        self._form.clear_marks()
        self._form.touched.clear()
        self._set_busy(True)
        self._show_message(Tone.SUCCESS, text)

    def _on_loaded(self, record: CatalogueRecord) -> None:
        self._show_record(record)
        self._switch_quietly(RECORD_TAB)
        self._set_busy(False)
        self._show_message(None, "")
        first = self.ui.title_edit if record.biblio is None else self.ui.main_entry_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._suggestions.refresh()
        self.loaded.emit(record)

    def _show_record(self, record: CatalogueRecord) -> None:
        self._biblio = record.biblio
        self._marc = self._saved_marc = record.marc
        self._ready = self._suggestions.active = True
        self._suggestions.biblio_id = self.biblio_id
        self._form.fill(read_fields(record.marc))
        self.marc_fields.set_record(record.marc)
        self._copies.show_items(record.items)
        biblio = record.biblio
        self.setWindowTitle(
            "New record" if biblio is None else f"Record {biblio.id} — {biblio.title}"
        )

    # -- the two views of one record ------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        if self._switching:
            return
        left, self._tab = self._tab, index
        if not self._ready:
            return
        try:
            if left == RECORD_TAB:
                self._marc = write_fields(self._marc, self.form_fields())
            elif left == MARC_TAB:
                self._marc = self.marc_fields.record()
        except InvalidInput as exc:
            self._switch_quietly(left)
            self._show_message(Tone.ERROR, f"Fix this line before leaving the MARC view. {exc}")
            self._marc_view.focus_bad_line()
            return
        if index == RECORD_TAB:
            self._form.fill(read_fields(self._marc))
        elif index == MARC_TAB:
            self.marc_fields.set_record(self._marc)

    def _switch_quietly(self, index: int) -> None:
        self._switching = True
        self.ui.tabs.setCurrentIndex(index)
        self._tab = index
        self._switching = False

    def _show_tab(self, index: int) -> None:
        """Go to a tab the way the technician would (the views are synchronised)."""
        self.ui.tabs.setCurrentIndex(index)

    # -- checking as the technician goes ----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._on_field_left(watched)
        return super().eventFilter(watched, event)

    def _on_field_left(self, widget: QObject | None = None) -> None:
        self._form.touch(widget if widget is not None else self.sender())
        if self._ready:
            self._live_check.schedule()
            self._suggestions.refresh()

    def _on_marc_edited(self, *_args: object) -> None:
        self._form.touch_all()
        self._live_check.schedule()

    def _run_check(self) -> None:
        if not self._ready or self._saving:
            return
        try:
            marc = self.current_record()
        except InvalidInput:
            return  # the MARC view already says what is wrong with the line
        self._live_check.ask(marc, self.biblio_id)

    def _on_checked(self, findings: Findings) -> None:
        if self._saving:
            return  # the save has the last word
        errors = self._form.show_live(findings)
        if errors and self.ui.warnings_frame.isHidden():
            self._show_message(Tone.ERROR, " ".join(f.message for f in errors))
        elif self.ui.message_label.property("tone") == Tone.ERROR.value:
            self._show_message(None, "")
        self.checked.emit(findings)

    # -- saving ---------------------------------------------------------------------

    def save(self, override_warnings: bool = False) -> None:
        """Check and save (Ctrl+S); warnings wait for "Save anyway" unless overridden."""
        if not self._ready or self._saving:
            return
        try:
            marc = self.current_record()
        except InvalidInput as exc:
            self._show_message(Tone.ERROR, f"Not saved: {exc}")
            self._marc_view.focus_bad_line()
            self.save_refused.emit(exc.message)
            return
        self._marc = self._warned_marc = marc
        self._hide_frames()
        records, biblio_id = self._records, self.biblio_id
        self._set_saving(True)
        self._show_message(Tone.SUCCESS, "Saving…")
        job = self._runner.submit(
            lambda: save_or_findings(records, biblio_id, marc, override_warnings),
            self._on_saved,
            self._on_save_failed,
            owner=self,
        )
        JobEndWatcher(self._runner, job, self, self._on_save_ended)

    def save_anyway(self) -> None:
        """The technician has read the warnings (Alt+A): save as it is. A record changed
        since the warnings were shown is checked again: new warnings are shown first."""
        try:
            unchanged = self.current_record() == self._warned_marc
        except InvalidInput:
            unchanged = False
        self.save(override_warnings=unchanged)

    def _on_saved(self, outcome: CatalogueRecord | Findings) -> None:
        self._form.clear_marks()
        if isinstance(outcome, Findings):
            self._refuse(outcome)
            return
        self._show_record(outcome)
        assert outcome.biblio is not None
        self._show_message(
            Tone.SUCCESS,
            f"Saved record {outcome.biblio.id}, “{outcome.biblio.title}”. "
            "Alt+I shows its copies; Esc closes.",
        )
        self.saved.emit(outcome.biblio.id)

    def _refuse(self, findings: Findings) -> None:
        self._form.mark(findings.errors, Tone.ERROR)
        self._form.mark(findings.warnings, Tone.WARNING)
        text = findings.messages(findings.errors)
        self._show_message(Tone.ERROR, f"Not saved: {text}")
        first = self._form.first_marked(findings.errors)
        if first is not None:
            if self.ui.tabs.currentIndex() != RECORD_TAB:
                self._show_tab(RECORD_TAB)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_refused.emit(text)

    def _on_save_failed(self, error: LibtechError) -> None:
        if not isinstance(error, VerificationWarning):
            self._show_message(Tone.ERROR, f"Not saved: {error}")
            self.save_refused.emit(error.message)
            return
        warnings = error.findings.warnings
        self._form.clear_marks()
        self._form.mark(warnings, Tone.WARNING)
        self.ui.warnings_label.setText(
            "⚠  Please check before saving:\n" + "\n".join(f"• {f.message}" for f in warnings)
        )
        self.ui.warnings_frame.show()
        self._show_message(None, "")
        self.ui.save_anyway_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_refused.emit(error.message)

    def _on_save_ended(self, job: Job) -> None:
        self._set_saving(False)
        if job.outcome == "crashed":
            self._show_message(
                Tone.ERROR, "Not saved: something went wrong (see the error window)."
            )

    # -- closing ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The button box makes Save the default button when shown; Enter left over by a
        # field or a table must not save the record behind the technician's back.
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc or Cancel: with unsaved changes, ask first (inline); a second Esc discards."""
        if self.is_dirty() and self.ui.discard_frame.isHidden():
            self.ui.warnings_frame.hide()
            self.ui.discard_frame.show()
            self.ui.keep_editing_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.discard()

    def discard(self) -> None:
        self._hide_frames()
        super().reject()

    def _keep_editing(self) -> None:
        self.ui.discard_frame.hide()
        self.focusNextChild()

    # -- copies -------------------------------------------------------------------------

    def _on_item_saved(self, item: Item) -> None:
        self._show_message(Tone.SUCCESS, f"Saved copy {item.barcode}: {item.status.label.lower()}.")
        self.item_saved.emit(item)

    def _on_label_requeued(self, barcode: str) -> None:
        self._show_message(
            Tone.SUCCESS, f"Copy {barcode} is back in the label queue (Ctrl+B prints it)."
        )
        self.label_requeued.emit(barcode)

    def _on_copies_added(self, items: list[Item]) -> None:
        self._show_tab(ITEMS_TAB)
        self.ui.items_view.setFocus(Qt.FocusReason.OtherFocusReason)
        noun = "copy" if len(items) == 1 else "copies"
        codes = f"{items[0].barcode} … {items[-1].barcode}" if len(items) > 1 else items[0].barcode
        self._show_message(Tone.SUCCESS, f"Added {len(items)} {noun}: {codes}.")
        self.copies_added.emit(items)

    # -- helpers ----------------------------------------------------------------------

    def _show_message(self, tone: Tone | None, text: str) -> None:
        label = self.ui.message_label
        if tone is None or not text:
            clear_message(label)
            label.hide()
            return
        show_message(label, tone, text)
        label.show()

    def _hide_frames(self) -> None:
        self.ui.warnings_frame.hide()
        self.ui.discard_frame.hide()

    def _set_saving(self, saving: bool) -> None:
        # A copy is not saved while the record is (Alt+V waits for the record's answer).
        self._saving = self._copies.record_saving = saving
        self._set_busy(saving)

    def _set_busy(self, busy: bool) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    def _on_failed(self, error: LibtechError) -> None:
        self._set_busy(False)
        self._show_message(Tone.ERROR, error.message)
        self.failed.emit(error.message)
