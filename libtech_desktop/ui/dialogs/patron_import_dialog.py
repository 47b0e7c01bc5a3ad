"""Import patrons from a CSV file: choose it, check the guessed columns, preview what
each row will do (new, update, or why not), then import the good rows together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.patron_import import Field, Sheet
from libtech_desktop.domain.patrons import Category
from libtech_desktop.services.patron_import import (
    ImportPlan,
    PatronImportService,
    RowAction,
    RowPlan,
)
from libtech_desktop.ui._generated.ui_patron_import_dialog import Ui_PatronImportDialog
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)

_ACTION_TEXT = {RowAction.NEW: "New", RowAction.UPDATE: "Update", RowAction.ERROR: "ERROR"}


def plan_model() -> RowTableModel[RowPlan]:
    error: Callable[[RowPlan], bool] = lambda r: r.action is RowAction.ERROR  # noqa: E731
    return RowTableModel(
        [
            Column("Row", lambda r: str(r.row), align_right=True),
            Column("Action", lambda r: _ACTION_TEXT[r.action], alert=error),
            Column("Card", lambda r: r.barcode),
            Column("Name", lambda r: r.name),
            Column("Problem", lambda r: r.reason or "", alert=error),
        ]
    )


def plan_summary(plan: ImportPlan) -> str:
    new, updated = plan.count(RowAction.NEW), plan.count(RowAction.UPDATE)
    errors = plan.count(RowAction.ERROR)
    if plan.imported:
        return f"Imported: {new} new patrons, {updated} updated; {errors} rows refused."
    return (
        f"Preview: {new} new patrons, {updated} updates, {errors} rows with errors. "
        "Import (Alt+I) adds the good rows and leaves the rest."
    )


class PatronImportDialog(QDialog):
    """Made once by the Patrons tab and reused."""

    loaded = Signal()
    previewed = Signal(object)  # ImportPlan
    imported = Signal(object)  # ImportPlan

    def __init__(
        self, importer: PatronImportService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PatronImportDialog()
        self.ui.setupUi(self)
        self._importer = importer
        self._runner = runner
        self._jobs = WidgetJobs(runner, self, self._on_busy, self._say)
        self._sheet: Sheet | None = None
        self._combos: dict[Field, QComboBox] = {}
        self._import_job: Job | None = None
        self.plan = plan_model()
        show_model(self.ui.preview_view, self.plan, stretch=4)
        self._file_dialog: QFileDialog | None = None
        self._build_mapping_rows()
        ui = self.ui
        ui.browse_button.clicked.connect(self.choose_file)
        ui.preview_button.clicked.connect(self.preview)
        ui.import_button.clicked.connect(self.import_rows)
        ui.close_button.clicked.connect(self.reject)
        runner.progressed.connect(self._on_progress)

    def _build_mapping_rows(self) -> None:
        for field in Field:
            combo = QComboBox(self.ui.mapping_group)
            combo.setObjectName(f"{field.value}_combo")
            combo.setAccessibleName(f"Column for {field.label}")
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.ui.mapping_form.addRow(f"{field.label}:", combo)
            self._combos[field] = combo

    def combo(self, field: Field) -> QComboBox:
        return self._combos[field]

    def set_categories(self, categories: Sequence[Category]) -> None:
        combo = self.ui.category_combo
        combo.clear()
        for category in categories:
            combo.addItem(f"{category.name} ({category.code})", category.code)

    # -- the file ------------------------------------------------------------------

    def choose_file(self) -> None:
        if self._file_dialog is None:
            self._file_dialog = QFileDialog(self, "Patrons CSV file", "", "CSV files (*.csv *.txt)")
            self._file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self._file_dialog.fileSelected.connect(lambda path: self.load_file(Path(path)))
        self._file_dialog.open()

    def load_file(self, path: Path) -> None:
        """Read the file (on the runner), guess its columns and preview it."""
        importer = self._importer
        self.ui.file_edit.setText(str(path))
        self._sheet = None
        self.plan.set_rows([])
        self._jobs.submit(lambda: importer.read(path), self._on_read, self._on_error)

    def _on_read(self, sheet: Sheet) -> None:
        self._sheet = sheet
        guessed = self._importer.guess_mapping(sheet)
        for field, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(not in the file)", -1)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or f"Column {index + 1}", index)
            combo.setCurrentIndex(combo.findData(guessed.get(field, -1)))
            combo.blockSignals(False)
        self._say(
            f"{len(sheet.rows)} rows ({sheet.encoding}, separated by "
            f"{ {',': 'commas', ';': 'semicolons', chr(9): 'tabs'}[sheet.delimiter] })."
        )
        self.loaded.emit()
        self.preview()

    def mapping(self) -> dict[Field, int]:
        return {
            field: int(combo.currentData())
            for field, combo in self._combos.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }

    def _category(self) -> str:
        return str(self.ui.category_combo.currentData() or "adult")

    def _on_mapping_changed(self) -> None:
        self.ui.import_button.setEnabled(False)  # preview again before importing

    # -- preview and import ----------------------------------------------------------

    def preview(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        importer, mapping, category = self._importer, self.mapping(), self._category()
        self._jobs.submit(
            lambda: importer.preview(sheet, mapping, category), self._on_previewed, self._on_error
        )

    def _on_previewed(self, plan: ImportPlan) -> None:
        self.plan.set_rows(plan.rows)
        self._say(plan_summary(plan))
        good = plan.count(RowAction.NEW) + plan.count(RowAction.UPDATE)
        self.ui.import_button.setEnabled(good > 0)
        self.previewed.emit(plan)

    def import_rows(self) -> None:
        sheet = self._sheet
        if sheet is None or self._jobs.running or not self.ui.import_button.isEnabled():
            return
        importer, mapping, category = self._importer, self.mapping(), self._category()

        def run(progress: Callable[..., None], should_cancel: Callable[[], bool]) -> ImportPlan:
            return importer.import_rows(sheet, mapping, category, progress=progress)

        self.ui.progress_bar.setRange(0, max(len(sheet.rows), 1))
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.setVisible(len(sheet.rows) > 200)  # only when it takes a while
        self._on_busy(True)
        job = self._runner.submit(run, self._on_imported, self._on_error, long=True, owner=self)
        self._import_job = job
        # However it ends (a bug included), the buttons come back.
        JobEndWatcher(self._runner, job, self, self._on_import_ended)

    def _on_import_ended(self, job: Job) -> None:
        self._import_job = None
        self._on_busy(False)
        self.ui.progress_bar.setVisible(False)
        if job.outcome == "crashed":
            self._say(JOB_CRASHED_MESSAGE)

    def _on_progress(self, job: Job, done: int, total: int, _what: str) -> None:
        if job is self._import_job:
            self.ui.progress_bar.setRange(0, max(total, 1))
            self.ui.progress_bar.setValue(done)

    def _on_imported(self, plan: ImportPlan) -> None:
        self.plan.set_rows(plan.rows)
        self._say(plan_summary(plan))
        self.ui.import_button.setEnabled(False)  # imported: a second click is not a second run
        self.imported.emit(plan)

    def _on_error(self, error: LibtechError) -> None:
        self._say(error.message)

    # -- state -----------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.preview_button.setEnabled(not busy and self._sheet is not None)
        ui.browse_button.setEnabled(not busy)
        if busy:
            ui.import_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.ui.summary_label.setText(text)

    @property
    def summary(self) -> str:
        return self.ui.summary_label.text()

    def reset_focus(self) -> None:
        self.ui.browse_button.setFocus(Qt.FocusReason.OtherFocusReason)
