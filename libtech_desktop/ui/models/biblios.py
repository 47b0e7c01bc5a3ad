"""The catalogue's search results: one row per bibliographic record."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.ui.models.table import Column, RowTableModel


def biblios_model() -> RowTableModel[Biblio]:
    return RowTableModel(
        [
            Column("Title", lambda b: b.title),
            Column("Author", lambda b: b.author or ""),
            Column("Year", lambda b: str(b.year) if b.year is not None else "", align_right=True),
            Column("ISBN", lambda b: b.isbn or ""),
            Column("Publisher", lambda b: b.publisher or ""),
        ]
    )
