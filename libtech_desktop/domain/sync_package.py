"""The bookmobile package (issue 7): what went into one, and what importing it did.

The payload's sections (JSON): ``library``, ``collection`` (items with their records),
``patrons`` (only what the desk needs offline, with their open loans), ``categories``,
``item_types``, ``rules``, ``settings`` (``blocks.*`` and ``fines.*``), ``closed_days``,
``routes`` (with their stops) and ``acknowledged``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from libtech_desktop.domain.errors import LibtechError

#: Setting keys (of the SETTINGS registry) that travel: the rules the desk applies.
TRAVELLING_SETTING_PREFIXES = ("blocks.", "fines.")
#: Patrons whose card expired longer ago than this are left at the branch.
EXPIRED_PATRON_DAYS = 365
#: The description of the one fine that carries a patron's balance onto the laptop.
BALANCE_PREFIX = "Balance at the branch on "
#: The patron card fields a package never carries (privacy).
PRIVATE_FIELDS = ("address", "email", "phone", "notes")


class PackageRefused(LibtechError):
    """This package may not be imported here (expired, older than the last one)."""


@dataclass(frozen=True)
class PackageChoices:
    """What the Prepare dialog offers: the bookmobile's location, the routes, the days."""

    location: str
    routes: tuple[str, ...]
    days: int


@dataclass(frozen=True)
class PackageSummary:
    """What a prepared package holds."""

    path: Path
    package_id: str
    prepared_at: datetime
    expires_at: datetime
    items: int
    patrons: int
    loans: int
    stops: int
    #: How the patrons were chosen, in words ("every patron whose card …").
    patron_choice: str

    def lines(self) -> list[str]:
        return [
            f"{_count(self.items, 'item')}, {_count(self.patrons, 'patron')} "
            f"({self.patron_choice}), {_count(self.loans, 'open loan')}, "
            f"{_count(self.stops, 'stop')}.",
            f"Expires {self.expires_at.astimezone().strftime('%Y-%m-%d %H:%M')}.",
            str(self.path),
        ]


@dataclass(frozen=True)
class PackageImportReport:
    """What importing a package changed on the laptop."""

    package_id: str
    library_name: str
    prepared_at: datetime
    expires_at: datetime
    items: int
    patrons: int
    loans_made: int
    loans_closed: int
    #: Patrons no longer served (not in the package, nothing pending) taken off the laptop.
    patrons_removed: int
    #: Barcodes kept as the laptop has them: named in work not yet merged at the branch.
    kept_items: tuple[str, ...] = ()
    kept_patrons: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        out = [
            f"Imported the package of {self.library_name} prepared "
            f"{self.prepared_at.astimezone().strftime('%Y-%m-%d %H:%M')}: "
            f"{_count(self.items, 'item')}, {_count(self.patrons, 'patron')}; "
            f"{_count(self.loans_made, 'loan')} added, {self.loans_closed} closed.",
            f"It expires {self.expires_at.astimezone().strftime('%Y-%m-%d %H:%M')}.",
        ]
        if self.patrons_removed:
            out.append(
                f"Removed {_count(self.patrons_removed, 'patron')} the bookmobile no longer "
                "serves, with their history."
            )
        if self.kept_items or self.kept_patrons:
            out.append(
                f"Kept {_count(len(self.kept_items), 'item')} and "
                f"{_count(len(self.kept_patrons), 'patron')} with work not yet merged "
                "(export the journal and merge it at the branch)."
            )
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
