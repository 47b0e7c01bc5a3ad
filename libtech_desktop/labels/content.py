"""What goes on a label or a card: plain values, filled in by the service from the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ItemLabel:
    """One item's labels: its barcode label and its spine label."""

    barcode: str
    library_name: str = ""
    title: str = ""
    call_number: str = ""
    #: Collection prefix printed above the call number on the spine (REF, J, YA).
    prefix: str = ""


@dataclass(frozen=True)
class PatronCard:
    library_name: str
    name: str
    barcode: str
    expires_on: date | None = None
    #: The library's logo as PNG bytes (see ``labels.logo``), or ``None``.
    logo: bytes | None = None
