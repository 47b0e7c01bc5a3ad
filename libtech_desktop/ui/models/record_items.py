"""The copies of the record open in the record editor, with price and acquisition date."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import NOT_LOANABLE, Item
from libtech_desktop.domain.money import format_money
from libtech_desktop.ui.models.items import status_text
from libtech_desktop.ui.models.table import Column, RowTableModel

BARCODE, CALL_NUMBER, LOCATION, TYPE, PRICE, ACQUIRED, STATUS = range(7)


def record_items_model() -> RowTableModel[Item]:
    return RowTableModel(
        [
            Column("Barcode", lambda i: i.barcode),
            Column("Call number", lambda i: i.call_number or ""),
            Column("Location", lambda i: i.location or ""),
            Column("Type", lambda i: i.item_type_code),
            Column("Price", lambda i: format_money(i.price_minor), align_right=True),
            Column("Acquired on", lambda i: i.acquired_on.isoformat() if i.acquired_on else ""),
            Column("Status", status_text, alert=lambda i: i.status in NOT_LOANABLE),
        ]
    )


def with_item(items: tuple[Item, ...], changed: Item, old_barcode: str) -> list[Item]:
    """``items`` with the copy once called ``old_barcode`` replaced by ``changed``."""
    return [changed if i.barcode == old_barcode else i for i in items]
