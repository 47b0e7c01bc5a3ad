"""Label templates: the library's own sheet stock, made from a copy of any template.

The technician picks a template to start from ("Based on"), gives the copy a name (a
slug such as ``our-spine-2``) and edits the sheet's measurements in millimetres. Every
change is checked at once with the same rules the service applies, and the message says
what is wrong; Save waits until nothing is. Preview draws the template's calibration
page on the runner's worker and shows it. Shipped templates can be copied, never
changed or deleted.

The Labels dialog owns one editor (parented to it, reused) and reads its templates
again when ``saved`` or ``deleted`` says they changed.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.labels import SheetTemplate, render_calibration, slugify, validate_template
from libtech_desktop.services.labels import LabelService, check_library_template
from libtech_desktop.ui._generated.ui_template_editor_dialog import Ui_TemplateEditorDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.label_printing import page_image
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

#: The SheetTemplate fields shown as millimetre spin boxes, by their widget's name.
_MM_FIELDS = (
    ("page_width_spin", "page_width_mm"),
    ("page_height_spin", "page_height_mm"),
    ("label_width_spin", "label_width_mm"),
    ("label_height_spin", "label_height_mm"),
    ("left_spin", "left_mm"),
    ("top_spin", "top_mm"),
    ("pitch_x_spin", "pitch_x_mm"),
    ("pitch_y_spin", "pitch_y_mm"),
    ("corner_spin", "corner_radius_mm"),
)


class TemplateEditorDialog(QDialog):
    #: The templates were read: (how many there are).
    loaded = Signal(int)
    #: A library template was saved: (its name).
    saved = Signal(str)
    #: A library template was deleted: (its name).
    deleted = Signal(str)
    #: The calibration page is on screen: (the QImage).
    preview_shown = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self, label_service: LabelService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateEditorDialog()
        self.ui.setupUi(self)
        self._service, self._runner = label_service, runner
        self._templates: dict[str, SheetTemplate] = {}
        self._library: set[str] = set()
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self._renders = 0
        self._folder = tempfile.TemporaryDirectory(prefix="libtech-templates-")
        self._document = QPdfDocument(self)
        self._problem: str | None = "The templates are not read yet."
        #: Said once the templates have been read again (what saving or deleting did).
        self._note = ""
        self.preview_image: Any = None
        ui = self.ui
        ui.based_on_combo.currentIndexChanged.connect(self._on_based_on_changed)
        ui.name_edit.textChanged.connect(self._on_edited)
        ui.description_edit.textChanged.connect(self._on_edited)
        for spin_name, _ in _MM_FIELDS:
            getattr(ui, spin_name).valueChanged.connect(self._on_edited)
        ui.columns_spin.valueChanged.connect(self._on_edited)
        ui.rows_spin.valueChanged.connect(self._on_edited)
        ui.paired_check.toggled.connect(self._on_edited)
        ui.preview_button.clicked.connect(self.preview)
        ui.save_button.clicked.connect(self.save)
        ui.delete_button.clicked.connect(self.delete)
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

    # -- what the Labels dialog and the tests use --------------------------------------

    def start(self, based_on: str | None = None) -> None:
        """Read the templates again; start from ``based_on`` (or the one shown)."""
        wanted = based_on or self.ui.based_on_combo.currentText()
        service = self._service
        self._say("Reading the label templates…")
        self._submit(
            lambda: (service.templates(), service.library_template_names()),
            lambda loaded: self._on_loaded(loaded, wanted),
        )
        self.ui.based_on_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    @property
    def problem(self) -> str | None:
        """What stops the template on screen from being saved (``None``: nothing)."""
        return self._problem

    def template(self) -> SheetTemplate:
        """The template as the fields describe it now."""
        ui = self.ui
        mm = {field: getattr(ui, spin).value() for spin, field in _MM_FIELDS}
        return SheetTemplate(
            name=ui.name_edit.text().strip(),
            description=ui.description_edit.text().strip(),
            columns=ui.columns_spin.value(),
            rows=ui.rows_spin.value(),
            paired=ui.paired_check.isChecked(),
            **mm,
        )

    def preview(self) -> None:
        """Draw the template's calibration page (its cells and rulers) and show it."""
        template = self.template()
        problem = self._geometry_problem(template)
        if problem:
            self._error(f"Nothing to preview: {problem}")
            return
        self._renders += 1
        path = Path(self._folder.name) / f"template-{self._renders}.pdf"
        self._say(f"Drawing the sheet of {template.name or 'the template'}…")
        self._submit(lambda: render_calibration(template, path), lambda _: self._show(path))

    def save(self) -> None:
        """Save the template in the library (Ctrl+S); refused while it has a problem."""
        if self._jobs.running:
            return
        template = self.template()
        self._validate()
        if self._problem is not None:
            self._error(self._problem)
            return
        service = self._service
        self._say(f"Saving {template.name}…")
        self._submit(lambda: service.save_template(template), self._on_saved)

    def delete(self) -> None:
        """Delete the library template named in the dialog (never a shipped one)."""
        name, service = self.ui.name_edit.text().strip(), self._service
        if name not in self._library:
            self._error(f"The library has no template called {name!r} to delete.")
            return
        self._say(f"Deleting {name}…")
        self._submit(lambda: service.delete_template(name), lambda _: self._on_deleted(name))

    # -- outcomes -----------------------------------------------------------------------

    def _on_loaded(self, loaded: tuple[list[SheetTemplate], set[str]], wanted: str) -> None:
        templates, library = loaded
        self._templates = {t.name: t for t in templates}
        self._library = set(library)
        combo = self.ui.based_on_combo
        combo.blockSignals(True)  # refilling it is not the technician choosing one
        try:
            combo.clear()
            for template in templates:
                origin = "library" if template.name in self._library else "shipped"
                combo.addItem(template.name)
                combo.setItemData(
                    combo.count() - 1,
                    f"{template.description} ({origin})",
                    Qt.ItemDataRole.ToolTipRole,
                )
            combo.setCurrentIndex(max(combo.findText(wanted), 0))
        finally:
            combo.blockSignals(False)
        self._on_based_on_changed(combo.currentIndex())
        if self._note:
            self._say(f"{self._note} {self.status_text}")
            self._note = ""
        self.loaded.emit(len(templates))

    def _on_based_on_changed(self, _index: int) -> None:
        source = self._templates.get(self.ui.based_on_combo.currentText())
        if source is None:
            return
        # A library template is edited in place; a shipped one is copied under a new name.
        name = source.name if source.name in self._library else slugify(f"{source.name}-copy")
        self._fill(source, name)

    def _on_edited(self, *_: object) -> None:
        self._validate()

    def _on_saved(self, template: SheetTemplate) -> None:
        self._note = f"Saved the library template {template.name}."
        self.saved.emit(template.name)
        self.start(template.name)

    def _on_deleted(self, name: str) -> None:
        self._note = f"Deleted the library template {name}."
        self.deleted.emit(name)
        self.start()

    def _show(self, path: Path) -> None:
        document = self._document
        document.close()
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            self._error(f"The preview could not be read from {path}.")
            return
        room = self.ui.preview_scroll.viewport().size()
        points = document.pagePointSize(0)
        fit = min(room.width() / points.width(), room.height() / points.height()) * 72
        image = page_image(document, 0, fit if fit > 0 else self.logicalDpiX())
        self.preview_image = image
        self.ui.preview_label.setPixmap(QPixmap.fromImage(image))
        self._validate()
        if self._problem is None:
            self._say(f"The sheet of {self.template().name}: each label outlined.")
        self.preview_shown.emit(image)

    # -- helpers --------------------------------------------------------------------------

    def _fill(self, template: SheetTemplate, name: str) -> None:
        ui = self.ui
        widgets: list[Any] = [ui.name_edit, ui.description_edit, ui.columns_spin, ui.rows_spin]
        widgets += [getattr(ui, spin) for spin, _ in _MM_FIELDS] + [ui.paired_check]
        for widget in widgets:
            widget.blockSignals(True)  # one check once all are filled, not one per field
        try:
            ui.name_edit.setText(name)
            ui.description_edit.setText(template.description)
            ui.columns_spin.setValue(template.columns)
            ui.rows_spin.setValue(template.rows)
            for spin, field in _MM_FIELDS:
                getattr(ui, spin).setValue(getattr(template, field))
            ui.paired_check.setChecked(template.paired)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._validate()

    def _validate(self) -> None:
        template = self.template()
        shipped = set(self._templates) - self._library
        try:
            check_library_template(template, shipped)
        except InvalidInput as refusal:
            self._problem = refusal.message
        else:
            self._problem = None if self._templates else "The templates are not read yet."
        self._set_busy(self._jobs.running > 0)
        if self._problem is not None:
            self._error(self._problem, refused=False)  # a message as they type, not a refusal
        elif template.name in self._library:
            self._say(f"Saving replaces the library template {template.name}.")
        else:
            self._say(f"Saving adds {template.name} to the library's templates.")

    @staticmethod
    def _geometry_problem(template: SheetTemplate) -> str | None:
        """What is wrong with the sheet itself (the name aside: a preview needs none)."""
        try:
            validate_template(dataclasses.replace(template, name=template.name or "preview"))
        except InvalidInput as refusal:
            return refusal.message
        return None

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._jobs.submit(fn, on_success, self._on_error)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.save_button.setEnabled(not busy and self._problem is None)
        ui.delete_button.setEnabled(not busy and ui.name_edit.text().strip() in self._library)
        ui.preview_button.setEnabled(not busy)

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)

    def _error(self, message: str, *, refused: bool = True) -> None:
        show_status(self.ui.status_label, message, error=True)
        if refused:
            self.failed.emit(message)

    def _say(self, message: str) -> None:
        show_status(self.ui.status_label, message)
