"""The copies (items) of one catalogue record, and the item types a copy can have."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from libtech_desktop.domain.catalogue import NOT_LOANABLE, Item, ItemType
from libtech_desktop.ui.models.table import Column, RowTableModel


def status_text(item: Item) -> str:
    """The copy's status, with its condition note when it has one."""
    if item.condition_note:
        return f"{item.status.label} — {item.condition_note}"
    return item.status.label


def items_model() -> RowTableModel[Item]:
    return RowTableModel(
        [
            Column("Barcode", lambda i: i.barcode),
            Column("Call number", lambda i: i.call_number or ""),
            Column("Type", lambda i: i.item_type_code),
            Column("Location", lambda i: i.location or ""),
            Column("Status", status_text, alert=lambda i: i.status in NOT_LOANABLE),
        ]
    )


def fill_item_types(combo: QComboBox, types: Sequence[ItemType]) -> None:
    """The item types as choices ("Book (book)"), each carrying its code."""
    combo.clear()
    for item_type in types:
        combo.addItem(f"{item_type.name} ({item_type.code})", item_type.code)
