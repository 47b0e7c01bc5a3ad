"""Browse the subject headings the records use, with counts, and keep the authority list.

Type the start of a heading and the list follows as you type (``cat``: Catalogs,
Cats, Cats -- Behavior...), each heading with how many records use it and what
the list says of it: authorised, or "use" another heading. With a heading selected:
Alt+A authorises it; a variant typed in the Variant box (Alt+V, Enter) is made to
"use" it; Alt+R replaces a variant with its authorised heading in every record
(pressed twice: the first press says what will change); Enter or Alt+D lists its
records.

Every service call goes through the runner; a refusal is shown in the red line,
never as a traceback or a modal box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.authorities import HeadingCount
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.authorities import AuthorityService
from libtech_desktop.services.progress import CancelFn, ProgressFn
from libtech_desktop.ui._generated.ui_headings_dialog import Ui_HeadingsDialog
from libtech_desktop.ui.models.headings import HeadingsModel, heading_records_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.progress import SHOW_AFTER_MS, JobProgress
from libtech_desktop.ui.runner import TaskRunner

PAGE_SIZE = 200
RECORDS_LIMIT = 500
REPLACE_TEXT = "&Replace in records"
CONFIRM_TEXT = "Confirm &replace"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class HeadingsDialog(QDialog):
    #: A page of headings is shown: (list[HeadingCount]).
    browsed = Signal(object)
    #: A change to the list or the records was made: (message shown).
    changed = Signal(str)
    #: The records of a heading are shown: (list[Biblio]).
    records_shown = Signal(object)
    #: A call was refused: (message shown).
    failed = Signal(str)

    def __init__(
        self,
        authority_service: AuthorityService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HeadingsDialog()
        self.ui.setupUi(self)
        self._service = authority_service
        self._runner = runner
        self._page_size = page_size
        self._progress_after_ms = progress_after_ms
        self.progress: JobProgress | None = None
        self.headings = HeadingsModel(self)
        self.records = heading_records_model()
        show_model(self.ui.headings_view, self.headings, stretch=0)
        show_model(self.ui.records_view, self.records, stretch=0)
        self._default_status = self.ui.status_label.text()
        #: The key to select once the list is shown again (after a change).
        self._keep_key: str | None = None
        #: The key of the variant whose replacement waits for a second press.
        self._confirming: str | None = None

        ui = self.ui
        ui.browse_edit.textEdited.connect(self._on_browse_edited)
        ui.browse_edit.returnPressed.connect(self._focus_list)
        ui.browse_edit.installEventFilter(self)
        ui.headings_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ui.headings_view.activated.connect(self._on_activated)
        self.headings.more_wanted.connect(self._on_more_wanted)
        self.headings.modelReset.connect(self._update_buttons)
        ui.authorise_button.clicked.connect(self.authorise)
        ui.reference_button.clicked.connect(self.add_reference)
        ui.variant_edit.returnPressed.connect(self.add_reference)
        ui.replace_button.clicked.connect(self.replace)
        ui.records_button.clicked.connect(self.show_records)
        ui.close_button.clicked.connect(self.reject)

    # -- what the tab and the tests use ------------------------------------------------

    def start(self, prefix: str = "") -> None:
        """Show the list from ``prefix`` with the browse box ready for typing."""
        self.ui.browse_edit.setText(prefix)
        self.ui.browse_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.browse_edit.selectAll()
        self.refresh()

    @property
    def error_text(self) -> str:
        return self.ui.error_label.text()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def selected(self) -> HeadingCount | None:
        index = self.ui.headings_view.currentIndex()
        return self.headings.row(index.row()) if index.isValid() else None

    def select_key(self, key: str) -> bool:
        """Make the heading with this key current, if it is in the list."""
        row = self.headings.row_of_key(key)
        if row is None:
            return False
        self.ui.headings_view.setCurrentIndex(self.headings.index(row, 0))
        return True

    def refresh(self) -> None:
        prefix, service, size = self.ui.browse_edit.text(), self._service, self._page_size
        self._submit(
            lambda: service.browse(prefix, limit=size),
            lambda rows: self._on_browsed(prefix, rows),
        )

    def authorise(self) -> None:
        heading = self.selected()
        if heading is None or heading.status != "unknown":
            return
        service = self._service
        self._keep_key = heading.key
        self._submit(
            lambda: service.add_authority(heading.heading),
            lambda a: self._on_changed(f"“{a.heading}” is now an authorised heading."),
        )

    def add_reference(self) -> None:
        heading = self.selected()
        if heading is None or heading.status != "authorised" or heading.authority_id is None:
            self._show_error("Select an authorised heading first: the variant will use it.")
            return
        service, authority_id = self._service, heading.authority_id
        variant = self.ui.variant_edit.text()
        self._keep_key = heading.key

        def added(_authority: Any) -> None:
            self.ui.variant_edit.clear()
            self._on_changed(f"“{variant.strip()}” now says: use “{heading.heading}”.")

        self._submit(lambda: service.add_reference(authority_id, variant), added)

    def replace(self) -> None:
        heading = self.selected()
        if heading is None or heading.use is None or not heading.records:
            return
        if self._confirming != heading.key:
            self._confirming = heading.key
            self.ui.replace_button.setText(CONFIRM_TEXT)
            self.ui.status_label.setText(
                f"Replace “{heading.heading}” with “{heading.use}” in "
                f"{_plural(heading.records, 'record')}? Press Alt+R again to confirm."
            )
            return
        self._reset_confirm()
        service, old, new = self._service, heading.heading, heading.use
        self._keep_key = heading.key

        def run(progress: ProgressFn, should_cancel: CancelFn) -> int:
            return service.replace_heading(old, new, progress=progress, should_cancel=should_cancel)

        job = self._runner.submit(
            run,
            lambda count: self._on_changed(
                f"Replaced “{old}” with “{new}” in {_plural(count, 'record')}."
            ),
            self._on_failed,
            long=True,
            owner=self,
        )
        self.progress = JobProgress(
            self._runner, job, self, f"Replacing “{old}” with “{new}”…", self._progress_after_ms
        )

    def show_records(self) -> None:
        heading = self.selected()
        if heading is None:
            return
        service = self._service
        self._submit(
            lambda: service.records_with_heading(heading.heading, RECORDS_LIMIT),
            lambda found: self._on_records(heading, found),
        )

    # -- outcomes -------------------------------------------------------------------

    def _on_browsed(self, prefix: str, rows: list[HeadingCount]) -> None:
        if prefix != self.ui.browse_edit.text():
            return  # typed on meanwhile: a newer browse is on its way
        self._show_error("")
        if rows and self.status_text.startswith("No heading"):
            self.ui.status_label.setText(self._default_status)
        self.headings.set_page(rows, has_more=len(rows) == self._page_size)
        key, self._keep_key = self._keep_key, None
        if rows and not (key and self.select_key(key)):
            self.ui.headings_view.setCurrentIndex(self.headings.index(0, 0))
        if not rows:
            self.ui.status_label.setText(
                f"No heading starts with “{prefix.strip()}”."
                if prefix.strip()
                else "No headings yet."
            )
        self._update_buttons()
        self.browsed.emit(rows)

    def _on_more_wanted(self, after_key: str) -> None:
        prefix, service, size = self.ui.browse_edit.text(), self._service, self._page_size

        def more(rows: list[HeadingCount]) -> None:
            if prefix == self.ui.browse_edit.text():
                self.headings.append_page(rows, has_more=len(rows) == size)

        self._submit(lambda: service.browse(prefix, limit=size, after_key=after_key), more)

    def _on_changed(self, message: str) -> None:
        self._show_error("")
        self.ui.status_label.setText(message)
        self.changed.emit(message)
        self.refresh()

    def _on_records(self, heading: HeadingCount, found: list[Biblio]) -> None:
        self.records.set_rows(found)
        more = " (the first ones)" if len(found) >= RECORDS_LIMIT else ""
        self.ui.status_label.setText(
            f"{_plural(len(found), 'record')}{more} with “{heading.heading}”."
        )
        if found:
            self.ui.records_view.setCurrentIndex(self.records.index(0, 0))
        self.records_shown.emit(found)

    def _on_failed(self, error: LibtechError) -> None:
        self._show_error(error.message)
        self.failed.emit(error.message)

    # -- helpers --------------------------------------------------------------------

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._runner.submit(fn, on_success, self._on_failed, owner=self)

    def _on_browse_edited(self, _text: str) -> None:
        self._reset_confirm()
        self.refresh()

    def _focus_list(self) -> None:
        view = self.ui.headings_view
        if self.headings.rowCount():
            if not view.currentIndex().isValid():
                view.setCurrentIndex(self.headings.index(0, 0))
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, _index: QModelIndex) -> None:
        self.show_records()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._reset_confirm()
        self.records.set_rows([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        heading = self.selected()
        status = heading.status if heading else None
        ui = self.ui
        ui.authorise_button.setEnabled(status == "unknown")
        ui.reference_button.setEnabled(status == "authorised")
        ui.replace_button.setEnabled(status == "variant" and bool(heading and heading.records))
        ui.records_button.setEnabled(bool(heading and heading.records))

    def _reset_confirm(self) -> None:
        if self._confirming is not None:
            self._confirming = None
            self.ui.replace_button.setText(REPLACE_TEXT)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the browse box goes to the list, as Enter does."""
        if (
            watched is self.ui.browse_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_list()
            return True
        return super().eventFilter(watched, event)
