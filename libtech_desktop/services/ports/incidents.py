"""What the problem-patron workflow (incidents, suspensions) needs from storage (issue 5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from libtech_desktop.domain.incidents import Incident, IncidentDraft
from libtech_desktop.domain.staff import Actor


class IncidentRepository(Protocol):
    def add(
        self, patron_id: int, draft: IncidentDraft, actor: Actor, now: datetime
    ) -> Incident: ...
    def for_patron(self, patron_id: int) -> Sequence[Incident]:
        """The patron's incidents, newest first."""

    def suspensions(self, patron_id: int, today: date) -> Sequence[Incident]:
        """The patron's incidents whose suspension still runs today."""

    def delete_for_patron(self, patron_id: int) -> int:
        """Remove every incident of the patron (erasure); how many."""
