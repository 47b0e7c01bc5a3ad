"""Administration → Encryption (issue 8), and asking an encrypted library's passphrase
at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.encryption import EncryptionService
from libtech_desktop.ui.runner import TaskRunner


class EncryptionDialogs:
    def __init__(self, window: QWidget, encryption: EncryptionService, runner: TaskRunner) -> None:
        self._window, self._encryption, self._runner = window, encryption, runner

    def open_encryption(self) -> None:
        """Encrypt this library with a passphrase, change it, or decrypt it."""


def ask_passphrase(path: Path, problem: str | None = None) -> str | None:
    """Before anything opens: the passphrase of the encrypted library at ``path``;
    ``problem`` says why it is asked again. ``None``: the technician cancelled."""
    return None
