"""The record editor's questions to the record service: the check made as the
technician goes, and the save that answers errors with their findings.

``LiveCheck`` is a plain helper of the editor's: its timer is the editor's child,
its runner jobs are owned by the editor, and an answer older than the last question
is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.marc import MarcRecord
from libtech_desktop.domain.verification import Findings, VerificationWarning
from libtech_desktop.services.records import CatalogueRecord, RecordService
from libtech_desktop.ui.runner import TaskRunner

#: A field is checked this long after the technician leaves it (typing on never waits).
CHECK_AFTER_MS = 250


class LiveCheck:
    """``due`` times out ``CHECK_AFTER_MS`` after ``schedule``; ``ask`` checks a record
    and hands the answer to ``answered`` unless a newer question was asked meanwhile."""

    def __init__(
        self,
        records: RecordService,
        runner: TaskRunner,
        editor: QWidget,
        answered: Callable[[Findings], None],
        failed: Callable[[LibtechError], None],
    ) -> None:
        self._records, self._runner, self._editor = records, runner, editor
        self._answered, self._failed = answered, failed
        self._generation = 0
        self.due = QTimer(editor)
        self.due.setSingleShot(True)
        self.due.setInterval(CHECK_AFTER_MS)

    def schedule(self) -> None:
        self.due.start()

    def ask(self, marc: MarcRecord, biblio_id: int | None) -> None:
        self._generation += 1
        generation, records = self._generation, self._records
        self._runner.submit(
            lambda: (generation, records.check(marc, biblio_id)),
            self._on_answer,
            self._failed,
            owner=self._editor,
        )

    def _on_answer(self, answer: tuple[int, Findings]) -> None:
        generation, findings = answer
        if generation == self._generation:  # else a newer check is on its way
            self._answered(findings)


def save_or_findings(
    records: RecordService, biblio_id: int | None, marc: MarcRecord, override_warnings: bool
) -> CatalogueRecord | Findings:
    """Save (on the worker); errors come back as findings, to be shown on their fields."""
    try:
        return records.save(biblio_id, marc, override_warnings=override_warnings)
    except VerificationWarning:
        raise
    except InvalidInput:
        findings = records.check(marc, biblio_id)
        if findings.errors:
            return findings
        raise
