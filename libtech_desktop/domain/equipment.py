"""The library's equipment: the pieces, their faults and downtime, scheduled
maintenance, and the accessories of lent equipment (issue 6).

A fault puts its piece out of order unless it still works; fixing the last fault that
kept it out of service puts it back in service. Maintenance falls due every N days
and/or every N hours of use after it was last done, whichever comes first; it shows
as due ``equipment.maintenance_warn_days`` ahead (hours only once reached).
A lendable piece circulates as an item of item type ``equipment``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError, NotFound

#: The item type a lendable piece circulates as (created when missing).
EQUIPMENT_ITEM_TYPE = "equipment"
EQUIPMENT_ITEM_TYPE_NAME = "Equipment"
#: The loan rule made for each patron category with the first lendable piece.
DEFAULT_LOAN_DAYS, DEFAULT_RENEWALS, DEFAULT_MAX_ITEMS = 7, 1, 1
#: Kinds offered in lists; any other word is accepted too.
EQUIPMENT_KINDS: tuple[str, ...] = (
    "laptop",
    "projector",
    "camera",
    "copier",
    "printer",
    "computer",
    "audiovisual",
    "other",
)


class UnknownEquipment(NotFound):
    code = "unknown_equipment"


class EquipmentRefused(LibtechError):
    """The piece's state forbids the action (fixing a fixed fault, lending twice…)."""

    code = "equipment_refused"


class EquipmentStatus(StrEnum):
    IN_SERVICE = "in_service"
    OUT_OF_ORDER = "out_of_order"
    IN_REPAIR = "in_repair"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def item_status(self) -> ItemStatus:
        """What its circulating item is while the piece is in this state (if on the shelf)."""
        if self is EquipmentStatus.IN_SERVICE:
            return ItemStatus.AVAILABLE
        return ItemStatus.WITHDRAWN if self is EquipmentStatus.RETIRED else ItemStatus.IN_REPAIR


_STATUS_LABELS = {
    EquipmentStatus.IN_SERVICE: "In service",
    EquipmentStatus.OUT_OF_ORDER: "Out of order",
    EquipmentStatus.IN_REPAIR: "In repair",
    EquipmentStatus.RETIRED: "Retired",
}


@dataclass(frozen=True)
class EquipmentDraft:
    name: str
    kind: str | None = None
    model: str | None = None
    serial: str | None = None
    location: str | None = None
    purchased_on: date | None = None
    warranty_until: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Equipment:
    id: int
    name: str
    kind: str | None
    model: str | None
    serial: str | None
    location: str | None
    purchased_on: date | None
    warranty_until: date | None
    status: EquipmentStatus
    hours_used: int
    notes: str | None
    #: Lent as this item (its barcode), or ``None``.
    item_id: int | None = None
    item_barcode: str | None = None
    accessories: tuple[str, ...] = ()
    #: Faults not fixed yet.
    open_faults: int = 0
    #: The earliest day its maintenance falls due (``None``: none scheduled by days).
    maintenance_due_on: date | None = None
    #: Some maintenance is due now (by days within the warning, or by hours reached).
    maintenance_due: bool = False

    @property
    def lendable(self) -> bool:
        return self.item_id is not None

    def draft(self) -> EquipmentDraft:
        return EquipmentDraft(
            self.name,
            self.kind,
            self.model,
            self.serial,
            self.location,
            self.purchased_on,
            self.warranty_until,
            self.notes,
        )

    def warranty_text(self, today: date) -> str:
        if self.warranty_until is None:
            return ""
        ended = " (ended)" if self.warranty_until < today else ""
        return f"{self.warranty_until.isoformat()}{ended}"


@dataclass(frozen=True)
class Fault:
    id: int
    equipment_id: int
    equipment_name: str
    symptom: str
    steps_tried: tuple[str, ...]
    resolution: str | None
    #: The piece was out of service while the fault was open (downtime counts).
    out_of_service: bool
    reported_at: datetime
    reported_by: str
    fixed_at: datetime | None
    fixed_by: str | None

    @property
    def is_open(self) -> bool:
        return self.fixed_at is None

    def downtime(self, now: datetime) -> timedelta:
        """Out of service from the report to the fix (to ``now`` while still open)."""
        if not self.out_of_service:
            return timedelta(0)
        return max(timedelta(0), (self.fixed_at or now) - self.reported_at)


@dataclass(frozen=True)
class MaintenanceTask:
    id: int
    equipment_id: int
    equipment_name: str
    name: str
    every_days: int | None
    every_hours: int | None
    last_done_on: date | None
    last_done_hours: int | None


@dataclass(frozen=True)
class MaintenanceDue:
    """A task and when it falls due, as of a day and the piece's hours of use."""

    task: MaintenanceTask
    hours_used: int
    due_on: date | None
    due_hours: int | None
    #: Past its day or its hours.
    overdue: bool
    #: Due within the warning days (or overdue): remind the technician.
    due: bool

    def when_text(self) -> str:
        parts = []
        if self.due_on is not None:
            parts.append(self.due_on.isoformat())
        if self.due_hours is not None:
            parts.append(f"at {self.due_hours} h (now {self.hours_used} h)")
        return " or ".join(parts)


def maintenance_due(
    task: MaintenanceTask, hours_used: int, today: date, warn_days: int
) -> MaintenanceDue:
    """When ``task`` falls due. Never done: due at once."""
    due_on = due_hours = None
    if task.every_days is not None:
        due_on = task.last_done_on + timedelta(days=task.every_days) if task.last_done_on else today
    if task.every_hours is not None:
        due_hours = (task.last_done_hours or 0) + task.every_hours
        if task.last_done_hours is None and task.last_done_on is None:
            due_hours = hours_used
    by_hours = due_hours is not None and hours_used >= due_hours
    overdue = (due_on is not None and due_on < today) or (
        due_hours is not None and hours_used > due_hours
    )
    soon = due_on is not None and due_on <= today + timedelta(days=warn_days)
    return MaintenanceDue(task, hours_used, due_on, due_hours, overdue, overdue or soon or by_hours)


def validate_equipment(draft: EquipmentDraft) -> EquipmentDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise InvalidInput("A piece of equipment needs a name.")
    if (
        draft.purchased_on is not None
        and draft.warranty_until is not None
        and draft.warranty_until < draft.purchased_on
    ):
        raise InvalidInput("The warranty cannot end before the piece was bought.")

    def clean(text: str | None) -> str | None:
        return " ".join((text or "").split()) or None

    return EquipmentDraft(
        name=name,
        kind=clean(draft.kind and draft.kind.lower()),
        model=clean(draft.model),
        serial=clean(draft.serial),
        location=clean(draft.location),
        purchased_on=draft.purchased_on,
        warranty_until=draft.warranty_until,
        notes=(draft.notes or "").strip() or None,
    )


def parse_accessories(text: str) -> tuple[str, ...]:
    """``"charger, bag"`` or one per line: the accessories, blanks and repeats dropped."""
    seen: dict[str, None] = {}
    for part in text.replace("\n", ",").split(","):
        name = " ".join(part.split())
        if name and name.lower() not in {s.lower() for s in seen}:
            seen[name] = None
    return tuple(seen)


def check_interval(every_days: int | None, every_hours: int | None) -> None:
    if every_days is None and every_hours is None:
        raise InvalidInput("Maintenance needs an interval: every N days, every N hours, or both.")
    for value, unit in ((every_days, "days"), (every_hours, "hours")):
        if value is not None and value <= 0:
            raise InvalidInput(f"Every {value} {unit} is not an interval: give a number above 0.")


def format_downtime(span: timedelta) -> str:
    """``3 d 4 h``, ``5 h 20 min``, ``12 min``."""
    minutes = int(span.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"
