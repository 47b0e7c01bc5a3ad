"""Damaged items waiting for repair."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError


class RepairOutcome(StrEnum):
    REPAIRED = "repaired"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Repair:
    id: int
    item_barcode: str
    title: str
    call_number: str | None
    note: str
    reported: datetime
    reported_by: str
    resolved: datetime | None
    outcome: RepairOutcome | None


class CannotRepair(LibtechError):
    code = "cannot_repair"


def check_can_mark_damaged(item: Item, note: str) -> str:
    note = " ".join(note.split())
    if not note:
        raise InvalidInput("Say what is wrong with the item (a short condition note).")
    if item.status is ItemStatus.IN_REPAIR:
        raise CannotRepair(f"{item.barcode} “{item.title}” is already in the repair queue.")
    if item.status is ItemStatus.WITHDRAWN:
        raise CannotRepair(f"{item.barcode} “{item.title}” has been withdrawn.")
    return note


def status_after(outcome: RepairOutcome) -> ItemStatus:
    return ItemStatus.AVAILABLE if outcome is RepairOutcome.REPAIRED else ItemStatus.WITHDRAWN
