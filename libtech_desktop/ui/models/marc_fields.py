"""The record editor's MARC view: the leader and one editable row per field.

Columns: Tag | Ind1 | Ind2 | Subfields (``$aTitle :$bsub``). Rows keep the text as
typed, so a line that is not yet a field (a tag of two digits, a missing ``$``) stays
on screen, drawn in red with the reason in its tooltip, until the technician fixes
it; :meth:`MarcFieldsModel.record` refuses to build a record while any line is bad.
A blank indicator is shown as ``#`` (the MARC documentation's sign) and may be typed
as ``#``, ``\\``, ``_``, a space or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.marc import (
    DEFAULT_LEADER,
    MarcField,
    MarcRecord,
    format_subfields,
    is_control_tag,
    parse_field,
    parse_leader,
)

AnyIndex = QModelIndex | QPersistentModelIndex
TAG, IND1, IND2, SUBFIELDS = range(4)
HEADERS = ("Tag", "Ind1", "Ind2", "Subfields")
LEADER_TAG = "LDR"
BLANK_SHOWN = "#"
_BLANKS = {"", " ", "#", "\\", "_"}
BAD_BACKGROUND = QBrush(QColor("#fbe3e4"))
BAD_FOREGROUND = QBrush(QColor("#8a1c1f"))


@dataclass(frozen=True)
class MarcLine:
    """One row as typed; ``field`` is what it means, or ``None`` with ``problem`` saying why."""

    tag: str
    ind1: str = " "
    ind2: str = " "
    text: str = ""
    field: MarcField | None = None
    problem: str | None = None


def line_of(field: MarcField) -> MarcLine:
    return MarcLine(field.tag, field.indicator1, field.indicator2, format_subfields(field), field)


def checked(line: MarcLine) -> MarcLine:
    """``line`` with its meaning (or its problem) worked out again."""
    try:
        field = parse_field(line.tag, _blank(line.ind1), _blank(line.ind2), line.text)
    except InvalidInput as exc:
        return replace(line, field=None, problem=exc.message)
    return replace(line, field=field, problem=None)


def _blank(indicator: str) -> str:
    return " " if indicator in _BLANKS else indicator


class MarcFieldsModel(QAbstractTableModel):
    """Row 0 is the leader; rows 1.. are the fields, in record order."""

    #: A line became bad or good: the first problem (``"Line 3 (24): …"``) or ``""``.
    problems_changed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._leader = DEFAULT_LEADER
        self._leader_problem: str | None = None
        self._lines: list[MarcLine] = []
        self._first_problem = ""

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index.row(), index.column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        problem = self.problem_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, shown=True)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(row, column, shown=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or self._text(row, column, shown=True) or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return BAD_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return BAD_FOREGROUND
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if not self._editable(row, column):
            return False
        text = "" if value is None else str(value)
        if row == 0:
            self._set_leader(text)
        else:
            line = self._lines[row - 1]
            if column == TAG:
                line = replace(line, tag=text.strip())
            elif column == IND1:
                line = replace(line, ind1=_blank(text.strip()))
            elif column == IND2:
                line = replace(line, ind2=_blank(text.strip()))
            else:
                line = replace(line, text=text)
            self._lines[row - 1] = checked(line)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self._announce()
        return True

    # -- our API ----------------------------------------------------------------

    def set_record(self, record: MarcRecord) -> None:
        self.beginResetModel()
        self._leader, self._leader_problem = record.leader, None
        self._lines = [line_of(f) for f in record.fields]
        self.endResetModel()
        self._announce()

    def record(self) -> MarcRecord:
        """The record the rows spell; :class:`InvalidInput` naming the first bad line."""
        if self._first_problem:
            raise InvalidInput(self._first_problem)
        fields = [line.field for line in self._lines if line.field is not None]
        return MarcRecord(self._leader, tuple(fields))

    def insert_field(self, row: int, tag: str = "") -> QModelIndex:
        """A new, empty line at ``row`` (after the leader at the earliest); its tag's index."""
        row = max(1, min(row, self.rowCount()))
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row - 1, checked(MarcLine(tag)))
        self.endInsertRows()
        self._announce()
        return self.index(row, TAG)

    def remove_field(self, row: int) -> bool:
        """Delete the field at ``row``; the leader cannot be deleted."""
        if not 1 <= row < self.rowCount():
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row - 1]
        self.endRemoveRows()
        self._announce()
        return True

    @property
    def first_problem(self) -> str:
        """``"Line 3 (24): “24” is not a tag…"``, or ``""`` when every line is a field."""
        return self._first_problem

    def problem_at(self, row: int) -> str | None:
        if row == 0:
            return self._leader_problem
        return self._lines[row - 1].problem if 0 < row <= len(self._lines) else None

    def row_of_tag(self, tag: str) -> int | None:
        """The row of the first field tagged ``tag``."""
        for number, line in enumerate(self._lines, start=1):
            if line.tag == tag:
                return number
        return None

    def line(self, row: int) -> MarcLine:
        return self._lines[row - 1]

    # -- helpers ----------------------------------------------------------------

    def _editable(self, row: int, column: int) -> bool:
        if row == 0:
            return column == SUBFIELDS
        return not (column in (IND1, IND2) and is_control_tag(self._lines[row - 1].tag))

    def _text(self, row: int, column: int, *, shown: bool) -> str:
        if row == 0:
            return {TAG: LEADER_TAG, SUBFIELDS: self._leader}.get(column, "")
        line = self._lines[row - 1]
        if column == TAG:
            return line.tag
        if column in (IND1, IND2):
            if is_control_tag(line.tag):
                return ""
            value = line.ind1 if column == IND1 else line.ind2
            return BLANK_SHOWN if shown and value == " " else value.strip()
        return line.text

    def _set_leader(self, text: str) -> None:
        try:
            self._leader, self._leader_problem = parse_leader(text), None
        except InvalidInput as exc:
            self._leader, self._leader_problem = text, exc.message

    def _announce(self) -> None:
        first = ""
        if self._leader_problem:
            first = f"Line 1 (leader): {self._leader_problem}"
        else:
            for number, line in enumerate(self._lines, start=2):
                if line.problem:
                    first = f"Line {number} ({line.tag or 'no tag'}): {line.problem}"
                    break
        if first != self._first_problem:
            self._first_problem = first
            self.problems_changed.emit(first)
