"""Shared fixtures for the unit and integration tiers: a real library file and a fixed clock.

No Qt here: the UI tier (tests/ui) has its own conftest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.patrons import Patron, PatronDraft
from libtech_desktop.domain.staff import DESK_ACCOUNT
from libtech_desktop.library import Library, open_library

#: Monday 2 March 2026 at noon *local* time, as a UTC instant. ``FixedClock.today()``
#: reads the local date, so noon local is 2026-03-02 on every desk in every timezone
#: (noon UTC is already 3 March in Auckland); advancing by whole days keeps it near noon.
#: Tests spell out the dates they expect (a new library lends for 21 days: due 2026-03-23).
NOON = datetime(2026, 3, 2, 12, 0).astimezone().astimezone(UTC)


def patron_code(n: int) -> str:
    """A valid 14-digit patron barcode (leading 2, Luhn check digit), like a real card."""
    return with_check_digit(f"29999{n:08d}")


def item_code(n: int) -> str:
    """A valid 14-digit item barcode (leading 3, Luhn check digit)."""
    return with_check_digit(f"39999{n:08d}")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOON)


def stored_text(instant: datetime) -> str:
    """How an instant sits in the file: naive UTC text, as SQLAlchemy writes it."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@pytest.fixture
def as_stored() -> Callable[[datetime], str]:
    return stored_text


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


@pytest.fixture
def library(db_path: Path, clock: FixedClock) -> Iterator[Library]:
    lib = open_library(db_path, clock=clock)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def make_patron(library: Library) -> Callable[..., Patron]:
    """Register a patron; barcodes are numbered from 1 unless given."""
    counter = iter(range(1, 10_000))

    def make(
        name: str | None = None,
        *,
        barcode: str | None = None,
        category: str = "adult",
        email: str | None = None,
    ) -> Patron:
        n = next(counter)
        return library.patrons.register(
            barcode=barcode or patron_code(n),
            name=name or f"Patron, Number{n}",
            category=category,
            email=email,
        )

    return make


@pytest.fixture
def make_item(library: Library) -> Callable[..., Item]:
    """Catalogue a record with one copy; barcodes are numbered from 1 unless given."""
    counter = iter(range(1, 10_000))

    def make(
        title: str | None = None,
        *,
        barcode: str | None = None,
        author: str | None = "Author, Some",
        item_type: str | None = None,
        call_number: str | None = None,
    ) -> Item:
        n = next(counter)
        biblio = library.catalogue.add_biblio(title=title or f"Title number {n}", author=author)
        return library.catalogue.add_item(
            biblio.id,
            barcode=barcode or item_code(n),
            call_number=call_number,
            item_type=item_type,
        )

    return make


@pytest.fixture
def patron(make_patron: Callable[..., Patron]) -> Patron:
    return make_patron("Lovelace, Ada")


@pytest.fixture
def item(make_item: Callable[..., Item]) -> Item:
    return make_item("Middlemarch", author="Eliot, George", call_number="FIC ELI")


class Admin:
    """What a librarian (or a later workflow) sets up behind the desk's back."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def add_closed_day(self, day: date, reason: str = "Holiday") -> None:
        with self._lib.context.unit_of_work() as uow:
            uow.rules.add_closed_day(day, reason)
            uow.commit()

    def set_rule(self, rule: LoanRule) -> None:
        with self._lib.context.unit_of_work() as uow:
            uow.rules.set_rule(rule)
            uow.commit()

    def add_item_type(self, code: str, name: str) -> None:
        with self._lib.context.unit_of_work() as uow:
            uow.catalogue.add_item_type(code, name)
            uow.commit()

    def set_item_status(self, barcode: str, status: ItemStatus) -> None:
        """As inventory or lost-item billing (later issues) would mark an item."""
        with self._lib.context.unit_of_work() as uow:
            item = uow.catalogue.item_by_barcode(barcode)
            assert item is not None
            uow.catalogue.set_status(item.id, status, DESK_ACCOUNT, self._lib.context.clock.now())
            uow.commit()

    def set_expiry(self, barcode: str, expires_on: date) -> Patron:
        p = self._lib.patrons.get(barcode)
        draft = PatronDraft(
            p.barcode, p.name, p.category_code, p.email, p.phone, expires_on, p.notes
        )
        return self._lib.patrons.update(barcode, draft)


@pytest.fixture
def admin(library: Library) -> Admin:
    return Admin(library)


@pytest.fixture
def db_rows(db_path: Path) -> Callable[..., list[tuple[Any, ...]]]:
    """Read rows straight from the file with plain sqlite3, bypassing the program."""

    def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(db_path) as conn:
            return conn.execute(sql, params).fetchall()

    return rows


_SNAPSHOT_TABLES = (
    "patrons",
    "biblios",
    "items",
    "loans",
    "repairs",
    "closed_days",
    "loan_rules",
    "library_settings",
)


@pytest.fixture
def snapshot(db_path: Path) -> Callable[[], dict[str, list[tuple[Any, ...]]]]:
    """Every row of the business tables, to prove that a refusal changed nothing."""

    def take() -> dict[str, list[tuple[Any, ...]]]:
        conn = sqlite3.connect(db_path)
        try:
            return {
                table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in _SNAPSHOT_TABLES
            }
        finally:
            conn.close()

    return take
