"""What the equipment workflow needs from storage (issue 6): Equipment, faults, maintenance and accessory checks."""

from __future__ import annotations

from typing import Protocol


class EquipmentRepository(Protocol):
    pass
