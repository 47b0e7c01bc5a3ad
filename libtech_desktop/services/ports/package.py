"""What preparing and importing a bookmobile package needs from storage (issue 7).

A package mirrors the branch's state onto the laptop: importing writes that state
directly (it is not a desk action and is not journalled).
"""

from __future__ import annotations

from typing import Protocol


class PackageRepository(Protocol):
    """Filled by the package workflow."""
