"""Administration → Encryption (issue 8), and asking an encrypted library's passphrase
at start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.encryption import EncryptionService
from libtech_desktop.ui.dialogs.encryption_dialog import EncryptionDialog
from libtech_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner

T = TypeVar("T")

#: The code of the error a wrong passphrase gives (``db.engine.WrongPassphrase``).
WRONG_PASSPHRASE = "wrong_passphrase"


class EncryptionDialogs:
    def __init__(self, window: QWidget, encryption: EncryptionService, runner: TaskRunner) -> None:
        self._window, self._encryption, self._runner = window, encryption, runner
        self._dialog: EncryptionDialog | None = None
        # Kept: Qt holds only a weak reference to a plain object's connected methods.
        self._progress: JobProgress | None = None

    @property
    def dialog(self) -> EncryptionDialog:
        if self._dialog is None:
            dialog = EncryptionDialog(self._window)
            dialog.encrypt_given.connect(self._encrypt)
            dialog.change_given.connect(self._change)
            dialog.decrypt_given.connect(self._decrypt)
            self._dialog = dialog
        return self._dialog

    def open_encryption(self) -> None:
        """Encrypt this library with a passphrase, change it, or decrypt it."""
        dialog = self.dialog
        try:
            encrypted = self._encryption.is_encrypted()
        except LibtechError as exc:
            dialog.show_state(False)
            dialog.set_busy(True)
            dialog.show_status(str(exc), error=True)
        else:
            dialog.set_busy(False)
            dialog.show_state(encrypted)
            dialog.show_status("")
        dialog.open()

    def _encrypt(self, new: str) -> None:
        self._convert(
            lambda progress: self._encryption.encrypt(new, progress),
            "Encrypting the library…",
            "The library is now encrypted. Keep the passphrase safe.",
        )

    def _change(self, current: str, new: str) -> None:
        self._convert(
            lambda progress: self._encryption.change_passphrase(current, new, progress),
            "Changing the passphrase…",
            "The passphrase is changed: the library now opens only with the new one.",
        )

    def _decrypt(self, current: str) -> None:
        self._convert(
            lambda progress: self._encryption.decrypt(current, progress),
            "Decrypting the library…",
            "The library is no longer encrypted.",
        )

    def _convert(self, work: Callable[[Any], None], label: str, done: str) -> None:
        dialog = self.dialog
        dialog.set_busy(True)
        dialog.show_status(label)

        def run(progress: Any, should_cancel: Callable[[], bool]) -> None:
            work(progress)

        def succeeded(_: object) -> None:
            dialog.show_state(self._encryption.is_encrypted())
            dialog.show_status(done)

        def failed(exc: LibtechError) -> None:
            dialog.show_status(str(exc), error=True)

        def ended(job: Job) -> None:
            dialog.set_busy(False)
            if job.outcome == "crashed":
                dialog.show_status(JOB_CRASHED_MESSAGE, error=True)

        job = self._runner.submit(run, succeeded, failed, long=True, owner=dialog)
        JobEndWatcher(self._runner, job, dialog, ended)
        self._progress = JobProgress(self._runner, job, dialog, label)


_passphrase_dialog: PassphraseDialog | None = None


def passphrase_dialog() -> PassphraseDialog:
    """The one passphrase dialog (asked before any window exists)."""
    global _passphrase_dialog
    if _passphrase_dialog is None:
        _passphrase_dialog = PassphraseDialog()
    return _passphrase_dialog


def ask_passphrase(path: Path, problem: str | None = None) -> str | None:
    """Before anything opens: the passphrase of the encrypted library at ``path``;
    ``problem`` says why it is asked again. ``None``: the technician cancelled."""
    return passphrase_dialog().ask(Path(path).name, problem)


def open_encrypted(path: Path, opener: Callable[[str], T]) -> T | None:
    """Ask the passphrase of the encrypted library at ``path`` and open it with
    ``opener(passphrase)``, asking again (saying why) while the passphrase is wrong.
    ``None``: the technician cancelled. Other refusals propagate."""
    problem: str | None = None
    while True:
        key = ask_passphrase(path, problem)
        if key is None:
            return None
        try:
            return opener(key)
        except LibtechError as exc:
            if exc.code != WRONG_PASSPHRASE:
                raise
            problem = "That passphrase does not open this library. Try again."
