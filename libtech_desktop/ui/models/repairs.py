"""The repair queue: damaged items waiting to be mended or withdrawn."""

from __future__ import annotations

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.repairs import Repair
from libtech_desktop.ui.models.table import Column, RowTableModel


def repairs_model() -> RowTableModel[Repair]:
    return RowTableModel(
        [
            Column("Reported", lambda r: to_local(r.reported).strftime("%d %b %Y %H:%M")),
            Column("Barcode", lambda r: r.item_barcode),
            Column("Title", lambda r: r.title),
            Column("Call number", lambda r: r.call_number or ""),
            Column("Note", lambda r: r.note),
            Column("Reported by", lambda r: r.reported_by),
        ]
    )
