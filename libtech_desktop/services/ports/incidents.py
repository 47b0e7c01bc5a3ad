"""What the problem-patron workflow (incidents, suspensions) needs from storage (issue 5)."""

from __future__ import annotations

from typing import Protocol


class IncidentRepository(Protocol):
    pass
