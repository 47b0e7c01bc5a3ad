"""Damage, repair tickets, withdrawal, the replacement list and condition history.

A repair ticket goes queued → in progress → done; a done ticket ended either with the
item mended (``repaired``: back to available) or taken out of the collection
(``withdrawn``). Every look at an item's state is a condition entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError

#: The repair types offered in lists; any other words are accepted too.
REPAIR_TYPES: tuple[str, ...] = (
    "tape spine",
    "re-case",
    "reinforce",
    "clean disc",
    "replace case",
    "rebind",
    "other",
)


class RepairOutcome(StrEnum):
    REPAIRED = "repaired"
    WITHDRAWN = "withdrawn"


class RepairStatus(StrEnum):
    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"queued": "Queued", "in_progress": "In progress", "done": "Done"}[self.value]


class Condition(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    DAMAGED = "damaged"


class ConditionSource(StrEnum):
    """Where a condition entry was noted."""

    CHECKIN = "checkin"
    REPAIR = "repair"
    WITHDRAWAL = "withdrawal"
    HAND = "hand"


class WithdrawalReason(StrEnum):
    DAMAGED = "damaged"
    OUTDATED = "outdated"
    LOST = "lost"
    SUPERSEDED = "superseded"
    DUPLICATE = "duplicate"
    WEEDED = "weeded"


@dataclass(frozen=True)
class Repair:
    """A repair ticket."""

    id: int
    item_barcode: str
    title: str
    call_number: str | None
    note: str
    reported: datetime
    reported_by: str
    resolved: datetime | None
    outcome: RepairOutcome | None
    repair_type: str | None = None
    status: RepairStatus = RepairStatus.QUEUED
    #: Who works on it (a staff username or a name).
    assigned_to: str | None = None
    started: datetime | None = None
    minutes_spent: int = 0
    #: Materials' cost in minor units.
    materials_minor: int = 0


@dataclass(frozen=True)
class ConditionEntry:
    id: int
    item_barcode: str
    condition: Condition
    note: str | None
    source: str
    recorded: datetime
    recorded_by: str


@dataclass(frozen=True)
class Withdrawal:
    id: int
    item_barcode: str
    title: str
    reason: WithdrawalReason
    note: str | None
    withdrawn: datetime
    withdrawn_by: str
    #: The replacement request made with it, if one.
    replacement_id: int | None = None


@dataclass(frozen=True)
class Replacement:
    """A title on the replacement list (read later by acquisitions)."""

    id: int
    biblio_id: int
    title: str
    author: str | None
    #: The copy it replaces, if one.
    item_barcode: str | None
    reason: str
    status: str
    requested: datetime
    requested_by: str


@dataclass(frozen=True)
class Borrower:
    """The last patron who had an item on loan."""

    patron_id: int
    barcode: str
    name: str
    loan_id: int


@dataclass(frozen=True)
class DamageContext:
    """What the damage dialog needs to know before asking."""

    item: Item
    #: The last borrower, when the library charges damage to borrowers and there is one.
    chargeable: Borrower | None


@dataclass(frozen=True)
class DamageReport:
    repair: Repair
    #: The damage charge made, in minor units (0: none).
    charged_minor: int = 0
    charged_patron: str | None = None


class CannotRepair(LibtechError):
    code = "cannot_repair"


class CannotWithdraw(LibtechError):
    code = "cannot_withdraw"


def clean_text(text: str | None) -> str:
    return " ".join((text or "").split())


def check_can_mark_damaged(item: Item, note: str) -> str:
    note = clean_text(note)
    if not note:
        raise InvalidInput("Say what is wrong with the item (a short condition note).")
    if item.status is ItemStatus.IN_REPAIR:
        raise CannotRepair(f"{item.barcode} “{item.title}” is already in the repair queue.")
    if item.status is ItemStatus.WITHDRAWN:
        raise CannotRepair(f"{item.barcode} “{item.title}” has been withdrawn.")
    return note


def clean_repair_type(repair_type: str | None) -> str | None:
    """A type from :data:`REPAIR_TYPES` or the technician's own words (``None``: unsaid)."""
    cleaned = clean_text(repair_type).lower()
    if len(cleaned) > 64:
        raise InvalidInput("Say the repair type in 64 characters or fewer.")
    return cleaned or None


def parse_condition(value: str | Condition) -> Condition:
    try:
        return Condition(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(c.value for c in Condition)
        raise InvalidInput(f"A condition is one of {allowed}, not “{value}”.") from None


def parse_reason(value: str | WithdrawalReason) -> WithdrawalReason:
    try:
        return WithdrawalReason(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in WithdrawalReason)
        raise InvalidInput(f"A withdrawal reason is one of {allowed}, not “{value}”.") from None


def parse_status(value: str | RepairStatus) -> RepairStatus:
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return RepairStatus(text)
    except ValueError:
        allowed = ", ".join(s.value for s in RepairStatus)
        raise InvalidInput(f"A ticket status is one of {allowed}, not “{value}”.") from None


def check_work(minutes: int, materials_minor: int) -> None:
    if minutes < 0:
        raise InvalidInput("Time spent cannot be negative.")
    if materials_minor < 0:
        raise InvalidInput("A materials cost cannot be negative.")


def check_can_withdraw(item: Item, on_loan: bool) -> None:
    if item.status is ItemStatus.WITHDRAWN:
        raise CannotWithdraw(f"{item.barcode} “{item.title}” has already been withdrawn.")
    if on_loan:
        raise CannotWithdraw(
            f"{item.barcode} “{item.title}” is on loan: check it in (or bill it as lost) "
            "before withdrawing it."
        )


def status_after(outcome: RepairOutcome) -> ItemStatus:
    return ItemStatus.AVAILABLE if outcome is RepairOutcome.REPAIRED else ItemStatus.WITHDRAWN
