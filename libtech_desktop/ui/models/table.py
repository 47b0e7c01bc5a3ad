"""A read-only table model over a list of frozen rows, with columns declared once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

WARNING_BRUSH = QBrush(QColor("#b00020"))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


BOLD_FONT = _bold()


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    #: Optional: rows for which this returns True are drawn in the warning colour.
    alert: Callable[[Row], bool] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are immutable; replace them with ``set_rows`` or add with ``prepend``."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        *,
        emphasis: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        #: Rows for which this returns True are drawn bold (what just happened, say).
        self._emphasis = emphasis
        self._rows: list[Row] = []

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.alert and column.alert(row):
            return WARNING_BRUSH
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(row):
            return BOLD_FONT
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    # -- our API ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def prepend(self, row: Row) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    def row(self, index: int) -> Row:
        return self._rows[index]

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)


def show_model(view: QTableView, model: QAbstractTableModel, stretch: int) -> None:
    """Put ``model`` in ``view``: columns fit their contents, column ``stretch`` takes the rest."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Sized from the first 100 rows, not all: sizing to a 1,000-row audit log read every
    # cell on the GUI thread (about a second).
    header.setResizeContentsPrecision(100)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
