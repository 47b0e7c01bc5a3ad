"""Settings → Preferences… (Ctrl+,): one dialog, grouped (issue 10).

Business settings (library details, barcode scheme, notices, email, backups, privacy)
are stored in the library's database through the settings service; this workstation's
preferences (scanner, sounds, printers) in QSettings (``ui/settings.py``).

The business fields are made from the setting registry (``domain/library_settings.py``)
by key prefix, so a new key shows up by itself, on its group's page or under "Other".
OK and Apply check every changed value first (``clean_setting``): one bad value is shown
beside its field and nothing is saved. A role without the right to change settings sees
the business fields read-only (the service refuses anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.library_settings import SETTINGS, SettingSpec, clean_setting
from libtech_desktop.labels import SheetTemplate
from libtech_desktop.services.backups import BackupService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.notices import NoticeService
from libtech_desktop.ui._generated.ui_preferences_dialog import Ui_PreferencesDialog
from libtech_desktop.ui.dialogs.label_printer_choice import (
    NO_PRINTER_TEXT,
    PrinterList,
    installed_printers,
)
from libtech_desktop.ui.feedback import STATUS_ERROR_STYLE, show_status
from libtech_desktop.ui.printing import RECEIPT_PAPERS, SLIP_DELIVERIES
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import SCAN_TERMINATORS, WorkstationSettings

#: Which page each business key goes on, by its prefix; anything else: "other".
PAGE_OF_PREFIX: dict[str, str] = {
    "library": "library",
    "barcode": "barcodes",
    "smtp": "email",
    "notices": "notices",
    "lost": "notices",
    "holds": "notices",
    "blocks": "notices",
    "damage": "notices",
    "backup": "backups",
    "privacy": "privacy",
    "security": "privacy",
}
#: The title of each key prefix's box (an unknown prefix: the prefix itself).
GROUP_TITLES = {
    "library": "Details",
    "barcode": "Barcode scheme",
    "smtp": "Mail server",
    "notices": "Notices",
    "lost": "Lost items",
    "holds": "Holds",
    "blocks": "Blocks on borrowing",
    "damage": "Damage",
    "backup": "Backups",
    "privacy": "Privacy",
    "security": "Security",
}
PAGES = ("library", "barcodes", "printers", "email", "notices", "backups", "privacy", "other")
TERMINATOR_TEXTS = {
    "either": "Enter or Tab",
    "enter": "Enter",
    "tab": "Tab",
    "none": "Nothing (the end of the burst)",
}
PAPER_TEXTS = {"roll80": "80 mm roll", "a4": "A4", "letter": "Letter"}
DELIVERY_TEXTS = {
    "pdf": "Save a PDF only",
    "print": "Print on the slip printer",
    "preview": "Show a print preview",
}


#: A spin box holds a 32-bit number; a larger range (a barcode sequence) is typed.
_SPIN_MAX = 2**31 - 1


def page_for(key: str) -> str:
    return PAGE_OF_PREFIX.get(key.split(".", 1)[0], "other")


@dataclass(frozen=True)
class PreferencesServices:
    settings: LibrarySettingsService
    labels: LabelService
    notices: NoticeService
    backups: BackupService


class SettingField:
    """One business setting's widget, with its own line for a refused value."""

    def __init__(self, spec: SettingSpec, parent: QWidget) -> None:
        self.spec = spec
        self.widget: QWidget
        self.error = QLabel("", parent)
        self.error.setStyleSheet(STATUS_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._shown = ""
        kind = spec.kind
        if kind == "bool":
            self.widget = QCheckBox(_sentence(spec.help), parent)
        elif kind == "int" and spec.maximum <= _SPIN_MAX:
            spin = QSpinBox(parent)
            spin.setRange(spec.minimum, spec.maximum)
            self.widget = spin
        elif kind == "choice":
            combo = QComboBox(parent)
            for choice in spec.choices:
                combo.addItem(choice, choice)
            self.widget = combo
        else:  # text, secret, money, history
            edit = QLineEdit(parent)
            if kind == "secret":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if kind == "money":
                edit.setPlaceholderText("10.00")
            if kind == "int":
                edit.setPlaceholderText(f"{spec.minimum} to {spec.maximum}")
            self.widget = edit
        self.widget.setToolTip(f"{spec.key}: {spec.help}")
        self.widget.setAccessibleName(spec.key)
        self.widget.setObjectName(f"setting_{spec.key.replace('.', '_')}")

    @property
    def label_text(self) -> str:
        """The field's label: the key's last part in words."""
        return spec_title(self.spec)

    def show(self, value: str) -> None:
        self._shown = value
        self.set_text(value)
        self.show_error("")

    def set_text(self, value: str) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(value == "true")
        elif isinstance(w, QSpinBox):
            w.setValue(int(value) if value.isdigit() else w.minimum())
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QLineEdit):
            w.setText(value)

    def text(self) -> str:
        w = self.widget
        if isinstance(w, QCheckBox):
            return "true" if w.isChecked() else "false"
        if isinstance(w, QSpinBox):
            return str(w.value())
        if isinstance(w, QComboBox):
            return str(w.currentData())
        assert isinstance(w, QLineEdit)
        return w.text()

    @property
    def changed(self) -> bool:
        return self.text() != self._shown

    def mark_saved(self, value: str) -> None:
        self.show(value)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_editable(self, editable: bool) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setReadOnly(not editable)
        else:
            w.setEnabled(editable)


#: Letters the form's own labels on a page already use, and the dialog's buttons.
_PAGE_MNEMONICS = {
    "barcodes": "efxbvcsp",
    "printers": "ptrdclie",
    "email": "tm",
}


def _with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before its first letter no other label on the page uses."""
    for index, char in enumerate(text):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{text[:index]}&{text[index:]}"
    return text


def spec_title(spec: SettingSpec) -> str:
    words = spec.key.split(".", 1)[-1].replace("_", " ")
    return words[0].upper() + words[1:]


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


class PreferencesDialog(QDialog):
    #: The library's settings were read (how many).
    loaded = Signal(int)
    #: Apply/OK finished: (business keys saved).
    saved = Signal(list)
    #: A value was refused or a job failed: (the message).
    refused = Signal(str)
    #: The test message went out (or not): (what the status line says).
    tested = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        services: PreferencesServices,
        workstation: WorkstationSettings,
        runner: TaskRunner,
        may_change: Callable[[], bool] = lambda: True,
        open_labels: Callable[[], object] | None = None,
        printers: PrinterList = installed_printers,
        apply_live: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._services, self._ws, self._runner = services, workstation, runner
        self._may_change, self._open_labels = may_change, open_labels
        self._printers, self._apply_live = printers, apply_live
        self._closing = False
        self._sound: object | None = None
        self._offsets: dict[tuple[str, str], tuple[float, float]] = {}
        self._offset_key: tuple[str, str] | None = None
        self.fields: dict[str, SettingField] = {}
        self._folder_dialog: QFileDialog | None = None
        self._folder_target: QLineEdit | None = None
        ui = self.ui
        #: Each page's fields in tab order (the library's, then this desk's).
        self._chain: dict[str, list[QWidget]] = {}
        self._build_business_pages()
        self._set_tab_order()
        self._scroll_pages()
        ui.groups_list.currentRowChanged.connect(ui.pages_stack.setCurrentIndex)
        ui.groups_list.setCurrentRow(0)
        for key, text in TERMINATOR_TEXTS.items():
            ui.terminator_combo.addItem(text, key)
        for paper in RECEIPT_PAPERS:
            ui.paper_combo.addItem(PAPER_TEXTS.get(paper, paper), paper)
        for delivery in SLIP_DELIVERIES:
            ui.slip_delivery_combo.addItem(DELIVERY_TEXTS.get(delivery, delivery), delivery)
        ui.play_button.clicked.connect(self.play_test_sound)
        ui.send_test_button.clicked.connect(self.send_test_message)
        ui.test_address_edit.returnPressed.connect(self.send_test_message)
        ui.calibrate_button.clicked.connect(self._calibrate)
        ui.calibrate_button.setEnabled(open_labels is not None)
        ui.label_printer_combo.currentIndexChanged.connect(self._on_label_pair_changed)
        ui.label_template_combo.currentIndexChanged.connect(self._on_label_pair_changed)
        ui.button_box.clicked.connect(self._on_button)
        # Not modal: Calibrate… opens the Labels dialog, which must take the keyboard.

    # -- pages ---------------------------------------------------------------------------

    def _build_business_pages(self) -> None:
        by_page: dict[str, dict[str, list[SettingSpec]]] = {page: {} for page in PAGES}
        for key in SETTINGS:  # the registry's order: related settings together
            prefix = key.split(".", 1)[0]
            by_page[page_for(key)].setdefault(prefix, []).append(SETTINGS[key])
        for page, groups in by_page.items():
            taken = set(_PAGE_MNEMONICS.get(page, ""))
            layout = getattr(self.ui, f"{page}_layout")
            assert isinstance(layout, QVBoxLayout)
            for position, (prefix, specs) in enumerate(groups.items()):
                title = GROUP_TITLES.get(prefix, prefix.capitalize())
                box = QGroupBox(f"{title} (the whole library)", self)
                form = QFormLayout(box)
                for spec in specs:
                    self._add_field(spec, box, form, taken)
                    self._chain.setdefault(page, []).append(self.fields[spec.key].widget)
                    chooser = self.fields[spec.key].widget.parentWidget()
                    if chooser is not None and chooser is not box:
                        self._chain[page] += chooser.findChildren(QPushButton)
                layout.insertWidget(position, box)

    def _add_field(
        self, spec: SettingSpec, box: QGroupBox, form: QFormLayout, taken: set[str]
    ) -> None:
        field = SettingField(spec, box)
        self.fields[spec.key] = field
        cell: QWidget = field.widget
        if spec.key.startswith("backup.") and spec.key.endswith("folder"):
            cell = self._with_chooser(field, box)
        column = QWidget(box)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(cell)
        if spec.kind != "bool":
            hint = QLabel(_sentence(spec.help), column)
            hint.setWordWrap(True)
            hint.setStyleSheet("QLabel { color: palette(mid); }")
            column_layout.addWidget(hint)
        column_layout.addWidget(field.error)
        label = QLabel(f"{_with_mnemonic(field.label_text, taken)}:", box)
        label.setBuddy(field.widget)
        form.addRow(label, column)

    def _set_tab_order(self) -> None:
        """The groups, then each page top to bottom, then the buttons."""
        ui = self.ui
        own = {
            "barcodes": [
                ui.terminator_combo,
                ui.prefix_edit,
                ui.suffix_edit,
                ui.interkey_spin,
                ui.check_digits_check,
                ui.codabar_check,
                ui.sounds_check,
                ui.volume_slider,
                ui.play_button,
            ],
            "printers": [
                ui.label_printer_combo,
                ui.label_template_combo,
                ui.offset_x_spin,
                ui.offset_y_spin,
                ui.calibrate_button,
                ui.slip_delivery_combo,
                ui.slip_printer_combo,
                ui.paper_combo,
            ],
            "email": [ui.test_address_edit, ui.send_test_button],
        }
        chain: list[QWidget] = [ui.groups_list]
        for page in PAGES:
            chain += self._chain.get(page, []) + own.get(page, [])
        chain.append(ui.button_box)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _scroll_pages(self) -> None:
        """Each page in its own scroll area: a long page scrolls, a short one does not."""
        stack = self.ui.pages_stack
        for index in range(stack.count()):
            page = stack.widget(index)
            assert page is not None
            stack.removeWidget(page)
            scroll = QScrollArea(stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            stack.insertWidget(index, scroll)
        stack.setCurrentIndex(self.ui.groups_list.currentRow())

    def _with_chooser(self, field: SettingField, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field.widget)
        button = QPushButton("Choose…", row)
        button.setAccessibleName(f"Choose the folder for {field.spec.key}")
        edit = field.widget
        assert isinstance(edit, QLineEdit)
        button.clicked.connect(lambda: self._choose_folder(edit))
        layout.addWidget(button)
        return row

    def _choose_folder(self, edit: QLineEdit) -> None:
        if self._folder_dialog is None:
            self._folder_dialog = QFileDialog(self, "Choose a folder for backups")
            self._folder_dialog.setFileMode(QFileDialog.FileMode.Directory)
            self._folder_dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            self._folder_dialog.fileSelected.connect(self._on_folder_chosen)
        self._folder_target = edit
        if edit.text():
            self._folder_dialog.setDirectory(edit.text())
        self._folder_dialog.open()

    def _on_folder_chosen(self, path: str) -> None:
        if self._folder_target is not None and path:
            self._folder_target.setText(str(Path(path)))

    def show_page(self, page: str) -> None:
        self.ui.groups_list.setCurrentRow(PAGES.index(page))

    # -- showing -------------------------------------------------------------------------

    def start(self) -> None:
        """Show what is saved now: the library's settings (read on the runner) and this
        workstation's."""
        self._show_workstation()
        editable = self._may_change()
        for field in self.fields.values():
            field.set_editable(editable)
        if not editable:
            self._say(
                "You may look at the library's settings but not change them (this desk's "
                "own preferences you may)."
            )
        else:
            self._say("Reading the library's settings…")
        settings = self._services.settings
        self._runner.submit(settings.all, self._on_loaded, self._on_load_failed, owner=self)
        templates = self._services.labels
        self._runner.submit(
            templates.templates, self._on_templates, self._on_load_failed, owner=self
        )

    def _on_loaded(self, rows: list[tuple[SettingSpec, str]]) -> None:
        for spec, value in rows:
            field = self.fields.get(spec.key)
            if field is not None:
                field.show(value)
        if self._may_change():
            self._say("")
        self.loaded.emit(len(rows))

    def _on_load_failed(self, error: LibtechError) -> None:
        for field in self.fields.values():
            field.set_editable(False)
        self._say(f"The library's settings cannot be shown: {error.message}", error=True)
        self.refused.emit(error.message)

    def _show_workstation(self) -> None:
        ui, ws = self.ui, self._ws
        scan = ws.scan_settings
        ui.terminator_combo.setCurrentIndex(ui.terminator_combo.findData(ws.scan_terminator))
        ui.prefix_edit.setText(scan.prefix)
        ui.suffix_edit.setText(scan.suffix)
        ui.interkey_spin.setValue(round(scan.max_interkey_ms))
        ui.check_digits_check.setChecked(scan.check_luhn)
        ui.codabar_check.setChecked(scan.strip_codabar)
        ui.sounds_check.setChecked(ws.sounds_enabled)
        ui.volume_slider.setValue(round(ws.volume * 100))
        ui.paper_combo.setCurrentIndex(max(0, ui.paper_combo.findData(ws.receipt_paper)))
        ui.slip_delivery_combo.setCurrentIndex(
            max(0, ui.slip_delivery_combo.findData(ws.slip_delivery))
        )
        names, default = self._printers()
        for combo, chosen in (
            (ui.label_printer_combo, ws.label_printer),
            (ui.slip_printer_combo, ws.slip_printer),
        ):
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(f"{name} (default)" if name == default else name, name)
            empty = NO_PRINTER_TEXT if combo is ui.label_printer_combo else "The default printer"
            combo.addItem(empty, "")
            found = combo.findData(chosen)
            combo.setCurrentIndex(found if found >= 0 else combo.count() - 1)
            combo.blockSignals(False)
        self._offsets.clear()
        self._offset_key = None
        self._on_label_pair_changed()

    def _on_templates(self, templates: list[SheetTemplate]) -> None:
        combo = self.ui.label_template_combo
        combo.blockSignals(True)
        combo.clear()
        for template in templates:
            combo.addItem(template.name, template.name)
        found = combo.findData(self._ws.label_template)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        self._on_label_pair_changed()

    def _label_pair(self) -> tuple[str, str] | None:
        template = self.ui.label_template_combo.currentData()
        printer = self.ui.label_printer_combo.currentData()
        if not isinstance(template, str) or not template:
            return None
        return template, printer if isinstance(printer, str) else ""

    def _on_label_pair_changed(self, _index: int = 0) -> None:
        """Keep the offsets typed for the pair shown, then show the new pair's."""
        ui = self.ui
        if self._offset_key is not None:
            self._offsets[self._offset_key] = (ui.offset_x_spin.value(), ui.offset_y_spin.value())
        pair = self._label_pair()
        self._offset_key = pair
        if pair is None:
            x, y = 0.0, 0.0
        else:
            x, y = self._offsets.get(pair) or self._ws.label_offset(pair[0], pair[1])
        ui.offset_x_spin.setValue(x)
        ui.offset_y_spin.setValue(y)
        ui.offset_x_spin.setEnabled(pair is not None)
        ui.offset_y_spin.setEnabled(pair is not None)

    # -- saving --------------------------------------------------------------------------

    def _on_button(self, button: QAbstractButton) -> None:
        role = self.ui.button_box.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()
        elif role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.apply(close=True)
        elif role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply(close=False)

    def apply(self, close: bool = False) -> bool:
        """Check every changed library setting; save them all (on the runner) and this
        desk's preferences, or none of the library's if one is wrong. ``False``: refused."""
        changed: dict[str, str] = {}
        first_bad: SettingField | None = None
        for key, field in self.fields.items():
            field.show_error("")
            if not field.changed:
                continue
            try:
                changed[key] = clean_setting(key, field.text())
            except LibtechError as error:
                field.show_error(error.message)
                if first_bad is None:
                    first_bad = field
        if first_bad is not None:
            self.show_page(page_for(first_bad.spec.key))
            first_bad.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            message = f"Nothing was saved: {first_bad.error.text()}"
            self._say(message, error=True)
            self.refused.emit(message)
            return False
        self._save_workstation()
        if not changed:
            self._say("Saved this desk's preferences.")
            self.saved.emit([])
            if close:
                self.accept()
            return True
        settings = self._services.settings

        def save() -> dict[str, str]:
            return {key: settings.set(key, value) for key, value in changed.items()}

        def done(stored: dict[str, str]) -> None:
            for key, value in stored.items():
                self.fields[key].mark_saved(value)
            self._say(f"Saved {len(stored)} library setting(s) and this desk's preferences.")
            self.saved.emit(sorted(stored))
            if close:
                self.accept()

        def failed(error: LibtechError) -> None:
            self._say(f"Not saved: {error.message}", error=True)
            self.refused.emit(error.message)

        self._say("Saving…")
        self._runner.submit(save, done, failed, owner=self)
        return True

    def _save_workstation(self) -> None:
        ui, ws = self.ui, self._ws
        terminator = ui.terminator_combo.currentData()
        if terminator in SCAN_TERMINATORS:
            ws.scan_terminator = terminator
        ws.set_check_luhn(ui.check_digits_check.isChecked())
        ws.set_scanner(
            strip_codabar=ui.codabar_check.isChecked(),
            prefix=ui.prefix_edit.text(),
            suffix=ui.suffix_edit.text(),
            max_interkey_ms=float(ui.interkey_spin.value()),
        )
        ws.sounds_enabled = ui.sounds_check.isChecked()
        ws.volume = ui.volume_slider.value() / 100
        ws.receipt_paper = ui.paper_combo.currentData()
        ws.slip_delivery = ui.slip_delivery_combo.currentData()
        ws.slip_printer = str(ui.slip_printer_combo.currentData() or "")
        ws.label_printer = str(ui.label_printer_combo.currentData() or "")
        template = ui.label_template_combo.currentData()
        if isinstance(template, str) and template:
            ws.label_template = template
        self._on_label_pair_changed()  # keeps the offsets on screen with the others
        for (template_name, printer), (x, y) in self._offsets.items():
            ws.set_label_offset(template_name, x, y, printer)
        ws.sync()
        if self._apply_live is not None:
            self._apply_live()

    # -- tests of this desk's set-up -----------------------------------------------------

    def play_test_sound(self) -> None:
        """Play the success sound at the volume on the slider (sounds on or off)."""
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            self._say("This computer's Qt has no sound support.", error=True)
            return
        from libtech_desktop.paths import resources_dir

        effect = self._sound
        if not isinstance(effect, QSoundEffect):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "success.wav")))
            self._sound = effect
        effect.setVolume(self.ui.volume_slider.value() / 100)
        effect.play()
        self._say(f"Played the success sound at volume {self.ui.volume_slider.value()}.")

    def send_test_message(self) -> None:
        """Send a test mail with the SAVED mail settings, on the runner."""
        to = self.ui.test_address_edit.text().strip()
        if not to:
            self._say("Type the address to send the test message to.", error=True)
            self.ui.test_address_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        unsaved = [k for k, f in self.fields.items() if k.startswith("smtp.") and f.changed]
        notices = self._services.notices
        self.ui.send_test_button.setEnabled(False)
        note = " (the mail settings changed here are not saved yet)" if unsaved else ""
        self._say(f"Sending a test message to {to}…{note}")

        def done(said: object) -> None:
            self.ui.send_test_button.setEnabled(True)
            text = str(said) if said else f"Sent a test message to {to}."
            self._say(text)
            self.tested.emit(text)

        def failed(error: LibtechError) -> None:
            self.ui.send_test_button.setEnabled(True)
            text = f"No test message: {error.message}"
            self._say(text, error=True)
            self.tested.emit(text)

        self._runner.submit(lambda: notices.send_test_message(to), done, failed, owner=self)

    def _calibrate(self) -> None:
        if self._open_labels is not None:
            self._open_labels()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.ui.status_label, text, error=error)


class PreferencesDialogs:
    """Holder: makes the dialog on first use, parented to the window."""

    def __init__(
        self,
        window: QMainWindow,
        services: PreferencesServices,
        workstation: WorkstationSettings,
        runner: TaskRunner,
        may_change: Callable[[], bool] = lambda: True,
        open_labels: Callable[[], object] | None = None,
        printers: PrinterList = installed_printers,
    ) -> None:
        self._window = window
        self._services = services
        self._workstation = workstation
        self._runner = runner
        self._may_change = may_change
        self._open_labels = open_labels
        self._printers = printers
        self.dialog: PreferencesDialog | None = None

    def open_preferences(self) -> PreferencesDialog:
        if self.dialog is None:
            self.dialog = PreferencesDialog(
                self._window,
                self._services,
                self._workstation,
                self._runner,
                may_change=self._may_change,
                open_labels=self._open_labels,
                printers=self._printers,
                apply_live=self._apply_live,
            )
        self.dialog.start()
        self.dialog.show()  # never a nested event loop
        self.dialog.ui.groups_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.dialog

    def _apply_live(self) -> None:
        """What the window can take without a restart: scanner, check digits, sounds,
        receipt paper and slips (volume takes effect at the next start)."""
        window, ws = self._window, self._workstation
        ui = getattr(window, "ui", None)
        if ui is None:
            return
        for name, wanted in (
            ("check_digits_action", ws.scan_settings.check_luhn),
            ("sounds_action", ws.sounds_enabled),
        ):
            action = getattr(ui, name, None)
            if action is not None and action.isChecked() != wanted:
                action.setChecked(wanted)  # its own handler saves and switches
        for name, value in (
            (f"paper_{ws.receipt_paper}_action", True),
            (f"slips_{ws.slip_delivery}_action", True),
        ):
            action = getattr(ui, name, None)
            if action is not None and not action.isChecked() and value:
                action.trigger()
        if hasattr(window, "scan_settings"):
            window.scan_settings = ws.scan_settings  # every scan field reads this
        show_printer = getattr(window, "_show_slip_printer", None)
        if callable(show_printer):
            show_printer()
