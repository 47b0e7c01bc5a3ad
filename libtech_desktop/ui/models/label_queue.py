"""The label queue: items added in cataloguing that wait for their labels."""

from __future__ import annotations

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.labels import QueuedLabel
from libtech_desktop.ui.models.table import Column, RowTableModel

NO_CALL_NUMBER = "(no call number)"


def label_queue_model() -> RowTableModel[QueuedLabel]:
    return RowTableModel(
        [
            Column("Barcode", lambda q: q.barcode),
            Column("Call number", lambda q: q.call_number or NO_CALL_NUMBER),
            Column("Title", lambda q: q.title),
            Column("Author", lambda q: q.author or ""),
            Column("Location", lambda q: q.location or ""),
            Column("Added", lambda q: to_local(q.added_at).strftime("%d %b %Y")),
        ]
    )
