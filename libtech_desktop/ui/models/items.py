"""The copies (items) of one catalogue record."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import NOT_LOANABLE, Item
from libtech_desktop.ui.models.table import Column, RowTableModel


def _status_text(item: Item) -> str:
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
            Column("Status", _status_text, alert=lambda i: i.status in NOT_LOANABLE),
        ]
    )
