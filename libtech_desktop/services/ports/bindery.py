"""What the bindery workflow needs from storage (issue 6): Bindery shipments and transfers between locations."""

from __future__ import annotations

from typing import Protocol


class BinderyRepository(Protocol):
    pass
