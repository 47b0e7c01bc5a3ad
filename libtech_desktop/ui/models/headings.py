"""The heading browser's tables: headings with counts (fetched a page at a time as the
list is scrolled), and the records with one heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal

from libtech_desktop.domain.authorities import HeadingCount
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.ui.models.table import AnyIndex, Column, RowTableModel

HEADING_COLUMNS: tuple[Column[HeadingCount], ...] = (
    Column("Heading", lambda h: h.heading),
    Column("Records", lambda h: str(h.records), align_right=True),
    Column("Authority", lambda h: h.authority_text, alert=lambda h: h.status == "variant"),
)


class HeadingsModel(RowTableModel[HeadingCount]):
    """Headings in key order. When the view reaches the end of a full page it asks for
    more with ``more_wanted``; the owner fetches them (off the GUI thread) and calls
    ``append_page``."""

    #: The view wants the headings after this key: (last key shown).
    more_wanted = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADING_COLUMNS, parent)
        self._has_more = False
        self._fetching = False

    def set_page(self, rows: Sequence[HeadingCount], has_more: bool) -> None:
        """The first page of a new browse."""
        self._has_more, self._fetching = has_more, False
        self.set_rows(rows)

    def append_page(self, rows: Sequence[HeadingCount], has_more: bool) -> None:
        self._has_more, self._fetching = has_more, False
        if rows:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_of_key(self, key: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.key == key:
                return number
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching and bool(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(self._rows[-1].key)


def heading_records_model() -> RowTableModel[Biblio]:
    return RowTableModel(
        [
            Column("Title", lambda b: b.title),
            Column("Author", lambda b: b.author or ""),
            Column("Year", lambda b: str(b.year) if b.year else "", align_right=True),
            Column("Record", lambda b: str(b.id), align_right=True),
        ]
    )
