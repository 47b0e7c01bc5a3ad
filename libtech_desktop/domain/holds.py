"""Holds (reservations): the queue rules and what the desk is told when one is trapped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class HoldTrap:
    """An item caught at check-in for a waiting hold: it goes to the hold shelf."""

    hold_id: int
    item_barcode: str
    title: str
    patron_barcode: str
    patron_name: str
    #: What the hold slip shows: the patron's name or an anonymised code (a setting).
    slip_name: str
    pickup_by: date
