"""Incidents with problem patrons: a dated log, and suspensions that block borrowing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from libtech_desktop.domain.errors import InvalidInput


@dataclass(frozen=True)
class Incident:
    id: int
    patron_barcode: str
    occurred_on: date
    #: What happened, in the staff member's words.
    what: str
    #: What was done about it.
    action: str | None
    #: Borrowing is suspended until the end of the day before this date; ``None``: none.
    suspended_until: date | None
    recorded_at: datetime
    recorded_by: str

    def suspends(self, today: date) -> bool:
        return self.suspended_until is not None and today < self.suspended_until


@dataclass(frozen=True)
class IncidentDraft:
    occurred_on: date
    what: str
    action: str | None = None
    suspended_until: date | None = None


def validate_incident(draft: IncidentDraft, today: date) -> IncidentDraft:
    what = " ".join(draft.what.split())
    if not what:
        raise InvalidInput("Say what happened; the log keeps it.")
    if draft.occurred_on > today:
        raise InvalidInput(
            f"An incident cannot be on {draft.occurred_on.isoformat()}, after today."
        )
    until = draft.suspended_until
    if until is not None and until <= today:
        raise InvalidInput(
            f"A suspension must end after today; {until.isoformat()} has already come."
        )
    action = " ".join((draft.action or "").split()) or None
    return IncidentDraft(draft.occurred_on, what, action, until)
