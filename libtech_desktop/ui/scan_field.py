"""The scan field: a line edit that turns scanner bursts (or hand-keyed codes) into scans.

Keyboard-wedge scanners type the code and then Enter or Tab. Tab would normally
move focus away, so the field claims it as a terminator when the desk's scanner sends
it (Preferences → Barcodes and scanner). A scanner set to send no terminator at all is
taken when its burst ends. Enter always takes the field: a damaged label is keyed by hand. The text is normalised by
the plain-Python decoder in ``scanning/`` (whitespace, Codabar start/stop, check
digit), and the field is cleared at once, ready for the next scan.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.scanning import KeystrokeDecoder, ScanSettings, normalize

log = logging.getLogger(__name__)


class ScanLineEdit(QLineEdit):
    """Emits ``scanned`` with a clean code, or ``scan_rejected`` with the reason."""

    scanned = Signal(object)  # Scan
    scan_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._settings = ScanSettings()
        # Watches keystroke timing only, to tell a scanner's burst from hand-keying;
        # made again when the desk's scanner settings change.
        self._bursts_for = self._settings
        self._bursts = KeystrokeDecoder(self._settings)
        #: For a scanner that sends no terminator: fires when a burst has ended.
        self._burst_end = QTimer(self)
        self._burst_end.setSingleShot(True)
        self._burst_end.timeout.connect(self._on_burst_end)
        self.setClearButtonEnabled(True)

    @property
    def settings(self) -> ScanSettings:
        """This field's own settings, unless a window above it provides the desk's."""
        widget = self.parentWidget()
        while widget is not None:
            provided = getattr(widget, "scan_settings", None)
            if isinstance(provided, ScanSettings):
                return provided
            widget = widget.parentWidget()
        return self._settings

    @settings.setter
    def settings(self, value: ScanSettings) -> None:
        self._settings = value

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (Qt uses it for focus changes), so catch it here.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and "\t" in self.settings.terminators
            and self.text().strip()
        ):
            self.submit()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.text().isprintable():
            settings = self.settings
            if settings is not self._bursts_for:
                self._bursts_for, self._bursts = settings, KeystrokeDecoder(settings)
            self._bursts.feed(event.text(), self._clock.elapsed())
            if not settings.terminators:
                # Three gaps longer than a scanner's leaves no doubt the burst is over.
                self._burst_end.start(max(60, round(3 * settings.max_interkey_ms)))
        super().keyPressEvent(event)

    def _on_burst_end(self) -> None:
        """No terminator comes: a burst that has ended is a scan; hand-typing waits for
        Enter."""
        if self._was_burst(ended=True) and self.text().strip():
            self._submit(from_scanner=True)

    def submit(self) -> None:
        """Take what is in the field as one scan (also used to hand-key a damaged label)."""
        self._burst_end.stop()
        self._submit(from_scanner=self._was_burst())

    def _submit(self, *, from_scanner: bool) -> None:
        raw = self.text()
        self.clear()
        if not raw.strip():
            return
        try:
            scan = normalize(raw, self.settings, from_scanner=from_scanner)
        except LibtechError as exc:
            self.scan_rejected.emit(exc.message)
            return
        if not from_scanner:
            # Hand-keyed codes point at labels that no longer scan: worth a line in the log.
            log.info("Barcode keyed by hand: %s", scan.code)
        self.scanned.emit(scan)

    def _was_burst(self, *, ended: bool = False) -> bool:
        """Whether what was typed came as a scanner's burst, ended by a terminator (or,
        ``ended``, by the scanner falling silent)."""
        try:
            if ended:
                return self._bursts.burst_ended() is not None
            return self._bursts.feed("\r", self._clock.elapsed()) is not None
        except LibtechError:
            return True  # a burst whose content is bad; normalize() will say why


def _is_text_input(widget: QWidget | None) -> bool:
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    )


class ScanFocusRouter(QObject):
    """Window-wide: a printable key typed while focus sits on a table, a button or the
    tab bar (not a text field) belongs to the active workflow's scan field, so focus
    moves there and the key follows. A scanner burst therefore lands where it should."""

    def __init__(
        self, window: QWidget, current_scan_field: Callable[[], ScanLineEdit | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current = current_scan_field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        focus = QApplication.focusWidget()
        if focus is None or _is_text_input(focus) or focus.window() is not self._window:
            return False
        field = self._current()
        if field is None or not field.isVisible():
            return False
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(field, QKeyEvent(event.type(), event.key(), event.modifiers(), text))
        return True
