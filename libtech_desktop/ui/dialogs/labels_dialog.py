"""Labels: print the label queue (or a selection of it) on a sheet template.

The technician picks the sheet, the kind (barcode, spine or both), the first free label
on a partly used sheet, the printer and its calibration offset (remembered per printer and
template on this workstation: ``label_printer_choice``), looks at the preview, then
prints or saves a PDF. Printing never takes items off the queue: "Did the labels print
correctly?" does, once answered yes. A barcode range (pre-printed labels for items not
catalogued yet) prints instead of the queue when chosen; it has nothing to take off.

Every sheet is drawn as PDF on the runner's worker (the service reads the items, the
label package draws); the dialog only shows and prints the finished pages. A batch of
labels is a long job: after half a second a progress dialog counts the labels and offers
Cancel, which leaves no PDF behind and marks nothing printed. The tab owns
one dialog (parented to it, reused); the runner's callbacks are plain job attributes.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.labels import LabelJob, QueuedLabel
from libtech_desktop.labels import PrintOptions, SheetTemplate, render_calibration
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_labels_dialog import Ui_LabelsDialog
from libtech_desktop.ui.dialogs.label_printer_choice import (
    PrinterChoice,
    PrinterList,
    installed_printers,
)
from libtech_desktop.ui.dialogs.template_editor_dialog import TemplateEditorDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.label_printing import preview_images, print_exact, write_pdf
from libtech_desktop.ui.models.label_queue import label_queue_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)
from libtech_desktop.ui.settings import WorkstationSettings

KINDS = (("Barcode labels", "barcode"), ("Spine labels", "spine"), ("Barcode and spine", "both"))
#: Said when the technician cancelled drawing a batch of labels.
CANCELLED_MESSAGE = "Cancelled: no labels were drawn or saved, and none were marked printed."


class LabelsDialog(QDialog):
    #: The queue was read: (how many items wait).
    queue_loaded = Signal(int)
    #: A page is on screen: (the QImage).
    preview_shown = Signal(object)
    #: A PDF was written: (its path).
    pdf_written = Signal(str)
    #: Labels went to the printer: (the LabelJob).
    printed = Signal(object)
    #: Items were taken off the queue: (how many).
    marked = Signal(int)
    #: Something was refused: (the message shown).
    failed = Signal(str)
    #: The templates were read again after the editor changed them: (how many).
    templates_loaded = Signal(int)

    def __init__(
        self,
        label_service: LabelService,
        runner: TaskRunner,
        settings: WorkstationSettings | None,
        parent: QWidget | None = None,
        printers: PrinterList = installed_printers,
        progress_after_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LabelsDialog()
        self.ui.setupUi(self)
        self._service, self._runner, self._settings = label_service, runner, settings
        self._progress_after_ms = progress_after_ms
        #: The batch of labels being drawn (a long job with progress and Cancel), if any.
        self.render_job: Job | None = None
        self.progress: JobProgress | None = None
        self._templates: dict[str, SheetTemplate] = {}
        self._folder = tempfile.TemporaryDirectory(prefix="libtech-labels-")
        self._renders = 0
        self._document = QPdfDocument(self)
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        #: The barcodes the confirmation would take off the queue.
        self._to_mark: tuple[str, ...] = ()
        self.queue = label_queue_model()
        self.preview_image: QImage | None = None
        #: Said once the queue has been read again (what marking did).
        self._note = ""
        #: What the last labels render wrote (preview, PDF or print).
        self.last_job: LabelJob | None = None
        ui = self.ui
        show_model(ui.queue_view, self.queue, stretch=2)
        for text, kind in KINDS:
            ui.kind_combo.addItem(text, kind)
        ui.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.printer_choice = PrinterChoice(
            ui.printer_combo, ui.offset_x_spin, ui.offset_y_spin, settings, printers
        )
        ui.range_check.toggled.connect(self._on_range_toggled)
        self._on_range_toggled(False)
        ui.preview_button.clicked.connect(self.preview)
        ui.pdf_button.clicked.connect(self.save_pdf)
        ui.print_button.clicked.connect(self.print_labels)
        ui.calibration_button.clicked.connect(self.print_calibration)
        ui.mark_button.clicked.connect(self.ask_mark_printed)
        ui.templates_button.clicked.connect(self.edit_templates)
        #: The template editor: made on first use, parented here and reused.
        self.template_editor: TemplateEditorDialog | None = None
        ui.confirm_yes_button.clicked.connect(self.mark_printed)
        ui.confirm_no_button.clicked.connect(self._on_not_printed)
        ui.close_button.clicked.connect(self.reject)
        self._hide_confirm()

    # -- what the tab and the tests use ------------------------------------------------

    def start(self) -> None:
        """Read the templates and the queue again (items may have been added since)."""
        self._hide_confirm()
        self.printer_choice.fill()
        self._say("Reading the label queue…")
        service = self._service
        self._submit(lambda: (service.templates(), service.queue()), self._on_loaded)
        self.ui.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    @property
    def confirm_shown(self) -> bool:
        return self.ui.confirm_label.isVisibleTo(self)

    def template(self) -> SheetTemplate | None:
        return self._templates.get(self.ui.template_combo.currentText())

    def options(self) -> PrintOptions:
        ui = self.ui
        kind: Any = ui.kind_combo.currentData()
        return PrintOptions(
            kind=kind,
            start=ui.start_spin.value(),
            offset_x_mm=ui.offset_x_spin.value(),
            offset_y_mm=ui.offset_y_spin.value(),
            spine_prefix=ui.prefix_edit.text(),
        )

    @property
    def range_mode(self) -> bool:
        """A barcode range prints instead of the queue."""
        return self.ui.range_check.isChecked()

    def selected_barcodes(self) -> list[str]:
        """The selected items in queue order; with nothing selected, the whole queue."""
        rows = sorted(index.row() for index in self.ui.queue_view.selectionModel().selectedRows())
        chosen = [self.queue.row(row) for row in rows] or list(self.queue.rows)
        return [label.barcode for label in chosen]

    def preview(self) -> None:
        """Draw the labels and show the first sheet, with the sheet's cells outlined."""
        self._render_labels(self._show_preview, outlines=True)

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the labels as a PDF (asks where, unless ``path``)."""
        if not path:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save the labels as PDF", str(Path.home() / "labels.pdf"), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        self._render_labels(lambda job, written: self._saved(job, written), target)

    def print_labels(self, printer: QPrinter | None = None) -> None:
        """Print the labels at exact size (through the print dialog, unless ``printer``)."""
        self._render_labels(lambda job, path: self._print(path, job, printer))

    def print_calibration(self, printer: QPrinter | None = None) -> None:
        """Show and print the calibration page for the chosen template: print it, hold it
        against a sheet, and enter the offset it shows."""
        template = self.template()
        if template is None:
            return
        path = self._next_path()

        def done(_: object) -> None:
            self._print(path, None, printer)

        self._say(f"Drawing the calibration page for {template.name}…")
        self._submit(lambda: render_calibration(template, path), done)

    def edit_templates(self) -> TemplateEditorDialog:
        """Open the template editor, starting from the template chosen here."""
        if self.template_editor is None:
            self.template_editor = TemplateEditorDialog(self._service, self._runner, self)
            self.template_editor.saved.connect(self._on_templates_changed)
            self.template_editor.deleted.connect(self._on_templates_changed)
        editor = self.template_editor
        editor.start(self.ui.template_combo.currentText())
        editor.open()  # window-modal, never a nested event loop
        editor.activateWindow()
        return editor

    def ask_mark_printed(self) -> None:
        """Ask, inline, whether the labels came out right (yes takes them off the queue)."""
        codes = tuple(self.last_job.barcodes) if self.last_job else tuple(self.selected_barcodes())
        if not codes:
            self._error("Nothing waits for labels.")
            return
        self._to_mark = codes
        noun = "label" if len(codes) == 1 else "labels"
        self.ui.confirm_label.setText(
            f"Did the {len(codes)} {noun} print correctly? Yes takes the items off the queue."
        )
        for widget in (
            self.ui.confirm_label,
            self.ui.confirm_yes_button,
            self.ui.confirm_no_button,
        ):
            widget.show()
        self.ui.confirm_yes_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_printed(self) -> None:
        """The technician said yes: take the items off the queue, then read it again."""
        codes, service = self._to_mark, self._service
        if not codes:
            return
        self._submit(lambda: service.mark_printed(codes), self._on_marked)

    # -- outcomes -------------------------------------------------------------------

    def _on_loaded(self, loaded: tuple[list[SheetTemplate], list[QueuedLabel]]) -> None:
        templates, waiting = loaded
        self._fill_templates(templates)
        self.queue.set_rows(waiting)
        self.last_job, self._to_mark = None, ()
        if waiting:
            self.ui.queue_view.selectAll()
            self.ui.queue_view.selectionModel().setCurrentIndex(
                self.queue.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            noun = "item waits" if len(waiting) == 1 else "items wait"
            self._say(f"{self._note}{len(waiting)} {noun} for labels; all are selected.")
        else:
            self._say(f"{self._note}Nothing waits for labels.")
        self._note = ""
        self.queue_loaded.emit(len(waiting))

    def _fill_templates(self, templates: list[SheetTemplate]) -> None:
        combo = self.ui.template_combo
        wanted = combo.currentText() or (self._settings.label_template if self._settings else "")
        self._templates = {t.name: t for t in templates}
        combo.blockSignals(True)  # refilling it is not the technician choosing one
        try:
            combo.clear()
            for template in templates:
                combo.addItem(template.name)
                combo.setItemData(
                    combo.count() - 1, template.description, Qt.ItemDataRole.ToolTipRole
                )
            combo.setCurrentIndex(max(combo.findText(wanted), 0))
        finally:
            combo.blockSignals(False)
        self._on_template_changed(combo.currentIndex())

    def _on_templates_changed(self, _name: str) -> None:
        self._submit(self._service.templates, self._on_templates_read)

    def _on_templates_read(self, templates: list[SheetTemplate]) -> None:
        self._fill_templates(templates)
        self.templates_loaded.emit(len(templates))

    def _on_template_changed(self, _index: int) -> None:
        template = self.template()
        if template is None:
            return
        ui = self.ui
        ui.start_spin.setMaximum(template.per_sheet)
        ui.start_spin.setToolTip(f"The first free label of {template.per_sheet} on the sheet")
        self.printer_choice.show_for(template.name)
        if self._settings:
            self._settings.label_template = template.name

    def _on_range_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.range_first_edit, ui.range_count_spin):
            widget.setEnabled(on)
        ui.queue_view.setEnabled(not on)
        ui.mark_button.setEnabled(not on)
        self._hide_confirm()
        if on:
            ui.range_first_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say("A range of new barcodes prints instead of the queue.")

    def _show_preview(self, job: LabelJob | None, path: Path) -> None:
        document = self._document
        document.close()
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            self._error(f"The preview could not be read from {path}.")
            return
        # The whole sheet in view: is the first label where the sheet is free?
        room = self.ui.preview_scroll.viewport().size()
        image, shown = preview_images(document, 0, room, self.logicalDpiX())
        self.preview_image = image
        self.ui.preview_label.setPixmap(QPixmap.fromImage(shown))
        if job is not None:
            sheets = "sheet" if job.pages == 1 else "sheets"
            what = "labels" if self.range_mode else "items"
            self._say(f"{len(job.barcodes)} {what} on {job.pages} {sheets} of {job.template}.")
        self.preview_shown.emit(image)

    def _saved(self, job: LabelJob, path: Path) -> None:
        self._say(f"Saved {len(job.barcodes)} items' labels as {path}.")
        self.pdf_written.emit(str(path))

    def _print(self, path: Path, job: LabelJob | None, printer: QPrinter | None) -> None:
        template = self._templates.get(job.template) if job else self.template()
        if template is None:
            return
        self._show_preview(job, path)
        try:
            pages = print_exact(
                self, self._document, template, printer, self.printer_choice.printer()
            )
        except OSError as exc:
            self._error(f"Nothing was printed: {exc}.")
            return
        if pages is None:
            self._say("Printing cancelled.")
            return
        sheets = "sheet" if pages == 1 else "sheets"
        if job is None:
            self._say("The calibration page went to the printer.")
            return
        self._say(f"{pages} {sheets} of {template.name} went to the printer.")
        self.printed.emit(job)
        if not self.range_mode:
            self.ask_mark_printed()

    def _on_marked(self, count: int) -> None:
        self._hide_confirm()
        noun = "item" if count == 1 else "items"
        self.marked.emit(count)
        self.start()
        self._note = f"{count} {noun} taken off the label queue. "
        self._say(self._note)

    def _on_not_printed(self) -> None:
        self._hide_confirm()
        self._say("The items stay on the queue: adjust the offset or the start and print again.")

    # -- helpers ------------------------------------------------------------------------

    def _render_labels(
        self,
        then: Callable[[LabelJob, Path], None],
        path: Path | None = None,
        *,
        outlines: bool = False,
    ) -> None:
        template = self.template()
        if template is None:
            self._error("There is no label template to print on.")
            return
        service, name = self._service, template.name
        options = dataclasses.replace(self.options(), show_outlines=outlines)
        if self.render_job is not None:
            return  # a second click is not a second batch
        out = path or self._next_path()
        draw: Callable[[ProgressFn, CancelFn], LabelJob]
        if self.range_mode:
            first = self.ui.range_first_edit.text().strip()
            count = self.ui.range_count_spin.value()
            if not first:
                self._error("Scan or type the first barcode of the range.")
                self.ui.range_first_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            what = f"{count} labels from {first}"

            def draw(progress: ProgressFn, should_cancel: CancelFn) -> LabelJob:
                return service.print_range(
                    first, count, name, options, out, progress=progress, should_cancel=should_cancel
                )
        else:
            codes = self.selected_barcodes()
            if not codes:
                self._error("Nothing waits for labels.")
                return
            what = f"{len(codes)} items' labels"

            def draw(progress: ProgressFn, should_cancel: CancelFn) -> LabelJob:
                return service.print_items(
                    codes, name, options, out, progress=progress, should_cancel=should_cancel
                )

        def done(job: LabelJob) -> None:
            self.last_job = job
            then(job, out)

        def run(progress: ProgressFn, should_cancel: CancelFn) -> LabelJob:
            return write_pdf(out, "labels", lambda: draw(progress, should_cancel))

        self._hide_confirm()
        self._say(f"Drawing {what} on {name}…")
        job = self._runner.submit(run, done, self._on_error, long=True, owner=self)
        self.render_job = job
        self._set_busy(True)
        self.progress = JobProgress(
            self._runner, job, self, f"Drawing {what} on {name}…", self._progress_after_ms
        )
        JobEndWatcher(self._runner, job, self, self._on_render_ended)

    def _on_render_ended(self, job: Job) -> None:
        self.render_job = None
        self._set_busy(False)
        if job.outcome == "crashed":
            self._error(JOB_CRASHED_MESSAGE)

    def _next_path(self) -> Path:
        self._renders += 1
        return Path(self._folder.name) / f"labels-{self._renders}.pdf"

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._jobs.submit(fn, on_success, self._on_error)

    def _set_busy(self, busy: bool) -> None:
        # The buttons wait while a sheet is drawn: a second click is not a second job.
        busy = busy or self.render_job is not None or self._jobs.running > 0
        ui = self.ui
        for button in (
            ui.preview_button,
            ui.pdf_button,
            ui.print_button,
            ui.calibration_button,
            ui.confirm_yes_button,
        ):
            button.setEnabled(not busy)
        # A range has nothing on the queue to mark.
        ui.mark_button.setEnabled(not busy and not self.range_mode)

    def _on_error(self, error: LibtechError) -> None:
        self._error(CANCELLED_MESSAGE if isinstance(error, Cancelled) else error.message)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _say(self, message: str) -> None:
        show_status(self.ui.status_label, message)

    def _hide_confirm(self) -> None:
        self._to_mark = ()
        for widget in (
            self.ui.confirm_label,
            self.ui.confirm_yes_button,
            self.ui.confirm_no_button,
        ):
            widget.hide()
