"""Offline sync between library files (issue 7): who made an operation, how far to trust
a device's clock, and what has been merged.

A device is one library file (the branch's desk PC, the bookmobile's laptop). Every
operation keeps its origin — op id, device, sequence there, staff, time — wherever it is
replayed, so a merge applies it exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncRole(StrEnum):
    """What this library file is to the others (kept in the ``sync.role`` setting)."""

    #: Has never exchanged anything.
    STANDALONE = "standalone"
    #: Prepares bookmobile packages and merges their journals (the branch).
    HUB = "hub"
    #: Works from a package (the bookmobile's laptop): its operations must go home.
    SATELLITE = "satellite"
    #: Exchanges journals with another desk PC, both ways.
    PEER = "peer"


ROLE_KEY = "sync.role"
#: JSON {device_id: seq}: the highest of each device's sequence numbers known merged
#: elsewhere, as the last package or journal from there said.
ACKNOWLEDGED_KEY = "sync.acknowledged"
#: JSON {"hub_device": ..., "hub_time": ISO, "local_time": ISO}: the clocks when the last
#: package was imported here (the package's time against this device's clock).
CLOCK_CHECK_KEY = "sync.clock_check"
#: What this device calls itself in its files ("Bookmobile laptop").
DEVICE_NAME_KEY = "sync.device_name"
#: JSON about the package last imported: id, hub, prepared, expires (ISO instants).
PACKAGE_KEY = "sync.package"


@dataclass(frozen=True)
class Origin:
    """Where and when an operation was first made: kept by every replay of it."""

    op_id: str
    device_id: str
    #: The operation's sequence number on ``device_id``.
    seq: int
    staff: str
    #: The instant as the device's clock said it.
    at: datetime
    #: The bookmobile stop it was made at, by name, if any.
    stop: str | None = None


def clock_offset(lo: float | None, hi: float | None) -> float:
    """The correction (seconds, device clock minus ours) to apply to a device's times.

    Each sync bounds the device's offset from one side only, because a file takes an
    unknown time to travel: a journal exported on the device and imported here shows the
    offset is at least ``lo``; a package made here and imported there shows it is at most
    ``hi``. The smallest correction the bounds allow is taken — none when zero fits —
    and the middle of the two when both bounds exclude zero on the same side.
    """
    if lo is not None and hi is not None and lo > hi:
        # The clock drifted between the two syncs: the middle is the best guess.
        return (lo + hi) / 2
    if lo is not None and lo > 0:
        return (lo + hi) / 2 if hi is not None else lo
    if hi is not None and hi < 0:
        return (lo + hi) / 2 if lo is not None else hi
    return 0.0
