"""How a bug (anything that is not a LibtechError) reaches the technician: logged with
its traceback, and shown in a non-modal window that does not steal the scan field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_bug(parent: QWidget, summary: str, trace: str, log_path: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("LibTech Desk — something went wrong")
    box.setText(
        "LibTech Desk hit a problem it did not expect. Nothing half-done was saved.\n\n"
        f"{summary}\n\nThe details are in the log: {log_path}"
    )
    box.setDetailedText(trace)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
