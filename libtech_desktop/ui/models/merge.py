"""A record and its likely duplicates, side by side, with which to keep and which to merge.

Column "Keep" is a choice of one (ticking a row keeps it; every other row is then
offered for merging); column "Merge" ticks the records to merge into the kept one
(all of them at first: a likely duplicate that is not one can be unticked).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.ui.models.table import BOLD_FONT

AnyIndex = QModelIndex | QPersistentModelIndex
KEEP, MERGE = 0, 1


@dataclass(frozen=True)
class MergeRow:
    biblio: Biblio
    items: int
    #: The record the dialog was opened for.
    is_this: bool = False


_TEXT: list[tuple[str, Callable[[MergeRow], str]]] = [
    ("Keep", lambda r: ""),
    ("Merge", lambda r: ""),
    ("Record", lambda r: f"{r.biblio.id}" + (" (this record)" if r.is_this else "")),
    ("Title", lambda r: r.biblio.title),
    ("Author", lambda r: r.biblio.author or ""),
    ("Year", lambda r: str(r.biblio.year) if r.biblio.year is not None else ""),
    ("ISBN", lambda r: r.biblio.isbn or ""),
    ("Publisher", lambda r: r.biblio.publisher or ""),
    ("Items", lambda r: str(r.items)),
]
_RIGHT = {"Year", "Items"}


class MergeRecordsModel(QAbstractTableModel):
    #: The kept record or the records to merge changed.
    plan_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MergeRow] = []
        self._keep: int | None = None
        self._merge: set[int] = set()

    # -- our API -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[MergeRow], keep_id: int | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        ids = [r.biblio.id for r in self._rows]
        self._keep = keep_id if keep_id in ids else (ids[0] if ids else None)
        self._merge = {i for i in ids if i != self._keep}
        self.endResetModel()
        self.plan_changed.emit()

    def row(self, index: int) -> MergeRow:
        return self._rows[index]

    @property
    def rows(self) -> tuple[MergeRow, ...]:
        return tuple(self._rows)

    @property
    def keep_id(self) -> int | None:
        return self._keep

    def merge_rows(self) -> list[MergeRow]:
        """The records to merge into the kept one, in the order shown."""
        return [r for r in self._rows if r.biblio.id in self._merge]

    def set_keep(self, biblio_id: int) -> None:
        if biblio_id == self._keep or biblio_id not in {r.biblio.id for r in self._rows}:
            return
        if self._keep is not None:
            self._merge.add(self._keep)  # the old kept record is now a duplicate like the rest
        self._merge.discard(biblio_id)
        self._keep = biblio_id
        self._changed_all()

    def set_merge(self, biblio_id: int, merge: bool) -> None:
        if biblio_id == self._keep:
            return
        (self._merge.add if merge else self._merge.discard)(biblio_id)
        self._changed_all()

    def _changed_all(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, MERGE)
            self.dataChanged.emit(self.index(0, KEEP), last, [Qt.ItemDataRole.CheckStateRole])
        self.plan_changed.emit()

    # -- Qt model API -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TEXT)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if index.column() == KEEP or (index.column() == MERGE and row.biblio.id != self._keep):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        kept = row.biblio.id == self._keep
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == KEEP:
                return Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
            if column == MERGE and not kept:
                merged = row.biblio.id in self._merge
                return Qt.CheckState.Checked if merged else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _TEXT[column][1](row)
        if role == Qt.ItemDataRole.FontRole and kept:
            return BOLD_FONT
        if role == Qt.ItemDataRole.TextAlignmentRole and _TEXT[column][0] in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        biblio_id = self._rows[index.row()].biblio.id
        if index.column() == KEEP:
            if not checked:
                return False  # one record is always kept: tick another to change it
            self.set_keep(biblio_id)
        else:
            self.set_merge(biblio_id, checked)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_TEXT):
            return _TEXT[section][0]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def plan_text(keep_id: int, merges: Sequence[MergeRow]) -> str:
    """What a merge will do, exactly: "The 2 items of record 14 move onto record 9;
    record 14 is deleted." """
    with_items = [r for r in merges if r.items]
    ids = [r.biblio.id for r in merges]
    deleted = f"record {ids[0]} is deleted" if len(ids) == 1 else f"records {_and(ids)} are deleted"
    if not with_items:
        return f"{deleted[0].upper()}{deleted[1:]} (no items to move); record {keep_id} stays as it is."
    moved = _and(
        [
            f"the {r.items} item{'s' if r.items != 1 else ''} of record {r.biblio.id}"
            for r in with_items
        ]
    )
    verb = "moves" if len(with_items) == 1 and with_items[0].items == 1 else "move"
    return f"{moved[0].upper()}{moved[1:]} {verb} onto record {keep_id}; {deleted}."


def done_text(keep_id: int, merges: Sequence[MergeRow]) -> str:
    """The same, once done: "The 2 items of record 14 moved onto record 9; record 14 was
    deleted." """
    text = plan_text(keep_id, merges)
    for now, then in (
        (" moves onto", " moved onto"),
        (" move onto", " moved onto"),
        (" is deleted", " was deleted"),
        (" are deleted", " were deleted"),
        (" stays as it is", " stayed as it was"),
    ):
        text = text.replace(now, then)
    return text


def _and(parts: Sequence[object]) -> str:
    words = [str(p) for p in parts]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
