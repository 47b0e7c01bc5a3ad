"""The main window: the desk's tabs, their shortcuts, and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from libtech_desktop._version import __version__
from libtech_desktop.ui._generated.ui_main_window import Ui_MainWindow
from libtech_desktop.ui.bug_dialog import show_bug
from libtech_desktop.ui.feedback import SwitchableSoundPlayer
from libtech_desktop.ui.printing import ReceiptPaper, SlipDelivery, slip_printer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.scan_field import ScanFocusRouter, ScanLineEdit
from libtech_desktop.ui.settings import WorkstationSettings


class MainWindow(QMainWindow):
    tab_changed = Signal(int)

    def __init__(
        self,
        tabs: Sequence[tuple[str, QWidget]],
        runner: TaskRunner,
        settings: WorkstationSettings,
        sounds: SwitchableSoundPlayer,
        library_name: str,
        library_path: Path,
        log_path: Path,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._sounds = sounds
        self._log_path = log_path
        self.setWindowTitle(f"LibTech Desk — {library_name}")
        for number, (title, widget) in enumerate(tabs, start=1):
            self.ui.tabs_widget.addTab(widget, f"{title}  (Ctrl+{number})")
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda i=number - 1: self.show_tab(i))
        self.ui.tabs_widget.currentChanged.connect(self._on_tab_changed)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.show_log_action.triggered.connect(self._show_log)
        self.ui.about_action.triggered.connect(self._about)
        self.ui.check_digits_action.setChecked(settings.scan_settings.check_luhn)
        self.ui.check_digits_action.toggled.connect(self._on_check_digits_toggled)
        self.ui.sounds_action.setChecked(sounds.enabled)
        self.ui.sounds_action.toggled.connect(self._on_sounds_toggled)
        self.scan_settings = settings.scan_settings
        #: Asked when the window is about to close; ``False`` keeps it open.
        self.close_guard: Callable[[], bool] | None = None
        self._set_up_receipt_paper()
        #: The slip printer chooser: made on first use, parented here and reused.
        self._slip_printer_dialog: QPrintDialog | None = None
        self._set_up_slips()
        self._busy_label = QLabel("")
        self.ui.status_bar.addPermanentWidget(self._busy_label)
        # The file's name; its full path on hover (a long path must not widen the window).
        file_label = QLabel(library_path.name)
        file_label.setToolTip(str(library_path))
        self.ui.status_bar.addPermanentWidget(file_label)
        runner.busy_changed.connect(self._on_busy_changed)
        runner.bug_raised.connect(self._on_bug)
        self._router = ScanFocusRouter(self, self._current_scan_field)
        QApplication.instance().installEventFilter(self._router)  # type: ignore[union-attr]
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.show_tab(0)

    def show_tab(self, index: int) -> None:
        self.ui.tabs_widget.setCurrentIndex(index)
        self._focus_current()

    def current_tab(self) -> QWidget:
        return self.ui.tabs_widget.currentWidget()

    def _current_scan_field(self) -> ScanLineEdit | None:
        field = getattr(self.current_tab(), "scan_field", None)
        return field if isinstance(field, ScanLineEdit) else None

    def _focus_current(self) -> None:
        focus = getattr(self.current_tab(), "focus_scan_field", None)
        if callable(focus):
            focus()

    def _on_tab_changed(self, index: int) -> None:
        self._focus_current()
        self.tab_changed.emit(index)

    def _on_check_digits_toggled(self, checked: bool) -> None:
        self._settings.set_check_luhn(checked)
        # Every scan field in the window, dialogs included, reads this (ScanLineEdit.settings).
        self.scan_settings = self._settings.scan_settings
        self.statusBar().showMessage(
            "Check digits are verified." if checked else "Check digits are NOT verified.", 5000
        )

    def _on_sounds_toggled(self, checked: bool) -> None:
        self._settings.sounds_enabled = checked
        self._sounds.enabled = checked

    def _choose_one(
        self, actions: dict[str, QAction], current: str, chosen: Callable[[QAction], None]
    ) -> None:
        """Menu items of which exactly one is ticked: each carries its value as data."""
        group = QActionGroup(self)
        group.setExclusive(True)
        for value, action in actions.items():
            group.addAction(action)
            action.setData(value)
        actions[current].setChecked(True)
        group.triggered.connect(chosen)

    def _set_up_receipt_paper(self) -> None:
        ui = self.ui
        papers = {
            "roll80": ui.paper_roll80_action,
            "a4": ui.paper_a4_action,
            "letter": ui.paper_letter_action,
        }
        self._choose_one(papers, self._settings.receipt_paper, self._on_paper_chosen)
        self._push_receipt_paper(self._settings.receipt_paper)

    def _on_paper_chosen(self, action: QAction) -> None:
        paper: ReceiptPaper = action.data()
        self._settings.receipt_paper = paper
        self._push_receipt_paper(paper)
        self.statusBar().showMessage(
            f"Receipts are laid out for: {action.text().replace('&', '')}.", 5000
        )

    def _push_receipt_paper(self, paper: ReceiptPaper) -> None:
        # Tabs that print slips take the paper; the others have nothing to do with it.
        for index in range(self.ui.tabs_widget.count()):
            set_paper = getattr(self.ui.tabs_widget.widget(index), "set_receipt_paper", None)
            if callable(set_paper):
                set_paper(paper)

    def _set_up_slips(self) -> None:
        ui = self.ui
        deliveries = {
            "pdf": ui.slips_pdf_action,
            "print": ui.slips_print_action,
            "preview": ui.slips_preview_action,
        }
        self._choose_one(deliveries, self._settings.slip_delivery, self._on_slip_delivery_chosen)
        ui.slip_printer_action.triggered.connect(self.choose_slip_printer)
        self._show_slip_printer()

    def _on_slip_delivery_chosen(self, action: QAction) -> None:
        delivery: SlipDelivery = action.data()
        self._settings.slip_delivery = delivery
        self.statusBar().showMessage(f"Slips: {action.text().replace('&', '')}.", 5000)

    def choose_slip_printer(self) -> None:
        """Pick the slip printer in Qt's printer dialog (its paper is the receipt paper)."""
        if self._slip_printer_dialog is None:
            # The dialog only points at its printer: the printer must live as long.
            self._slip_printer = slip_printer(self._settings.slip_printer)
            self._slip_printer_dialog = QPrintDialog(self._slip_printer, self)
            self._slip_printer_dialog.setWindowTitle("Choose the slip printer")
            self._slip_printer_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._slip_printer_dialog.accepted.connect(self._on_slip_printer_chosen)
        self._slip_printer_dialog.show()  # window-modal, never a nested event loop

    def _on_slip_printer_chosen(self) -> None:
        dialog = self._slip_printer_dialog
        if dialog is None:
            return
        self._settings.slip_printer = dialog.printer().printerName()
        self._show_slip_printer()
        self.statusBar().showMessage(
            f"Slips print on {self._settings.slip_printer or 'the default printer'}.", 5000
        )

    def _show_slip_printer(self) -> None:
        name = self._settings.slip_printer or "the default printer"
        self.ui.slip_printer_action.setText(f"&Choose slip printer… (now: {name})")

    def _on_busy_changed(self, busy: bool) -> None:
        self._busy_label.setText("Working…" if busy else "")

    def _on_bug(self, summary: str, trace: str) -> None:
        show_bug(self, summary, trace, str(self._log_path))

    def _show_log(self) -> None:
        """Open the log in the system's text viewer; its folder when there is no log yet
        or no viewer; the status bar says where it is either way."""
        path = self._log_path
        opened = path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not opened:
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        said = "The log is" if opened else "Could not open the log; it is"
        self.statusBar().showMessage(f"{said} {path}", 15_000)

    def set_about_details(self, library_path: Path, schema_revision: str) -> None:
        """What Help → About says about the open library (set by the composition root)."""
        self._about_library = (library_path, schema_revision)

    def about_text(self) -> str:
        """Help → About as HTML: version, library, schema, Python/Qt, folders."""
        import html
        import platform

        import platformdirs
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from libtech_desktop.paths import APP_AUTHOR, APP_NAME

        library, revision = getattr(self, "_about_library", (None, "unknown"))
        rows = [
            ("Library file", str(library) if library else "unknown"),
            ("Schema revision", revision),
            ("Python", platform.python_version()),
            ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
            ("Data folder", platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            ("Log folder", str(self._log_path.parent)),
        ]
        cells = [(html.escape(k), html.escape(v)) for k, v in rows]
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in cells)
        return (
            f"<p><b>LibTech Desk</b> {html.escape(__version__)}<br/>"
            f"The desktop staff client for small libraries.</p><table>{table}</table>"
        )

    def _about(self) -> None:
        QMessageBox.about(self, "About LibTech Desk", self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Asked first: unsynced bookmobile work may need exporting before the desk closes.
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        self._settings.geometry = self.saveGeometry()
        self._settings.sync()
        QApplication.instance().removeEventFilter(self._router)  # type: ignore[union-attr]
        super().closeEvent(event)
