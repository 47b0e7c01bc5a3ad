"""What preparing and importing a bookmobile package needs from storage (issue 7).

A package mirrors the branch's state onto the laptop: importing writes that state
directly (it is not a desk action and is not journalled). Rows travel as plain JSON-able
mappings — they are the package's sections — keyed by barcodes, codes and names, never
by ids (ids differ between library files).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from libtech_desktop.domain.staff import Actor

Row = Mapping[str, Any]


class PackageRepository(Protocol):
    # -- the branch: reading what travels --------------------------------------

    def items(
        self, location: str | None = None, barcodes: Collection[str] | None = None
    ) -> Sequence[Row]:
        """Items at ``location`` or with these barcodes, with their records: barcode,
        title, author, isbn, call_number, item_type, location, status."""

    def patrons(self, expired_since: date) -> Sequence[Row]:
        """Patrons whose card did not expire before ``expired_since``: id, barcode, name,
        category, expires_on, blocked_reason, blocked_until — never address, email, phone
        or notes."""

    def open_loans(self, patron_ids: Collection[int]) -> Sequence[Row]:
        """Open loans of these patrons: patron, item, title, author, due, renewals,
        checked_out_at."""

    def categories(self) -> Sequence[Row]: ...
    def item_types(self) -> Sequence[Row]: ...
    def rules(self) -> Sequence[Row]: ...
    def closed_days(self, first: date) -> Sequence[Row]:
        """Closed days from ``first`` on: day, reason."""

    def routes(self, name: str | None = None) -> Sequence[Row]:
        """Routes (all, or the one named) with their ``stops``."""

    # -- the laptop: mirroring it -------------------------------------------------

    def put_categories(self, rows: Sequence[Row]) -> None: ...
    def put_item_types(self, rows: Sequence[Row]) -> None: ...
    def put_rules(self, rows: Sequence[Row]) -> None: ...
    def put_closed_days(self, rows: Sequence[Row], first: date) -> None:
        """The closed days from ``first`` on become exactly these."""

    def put_routes(self, rows: Sequence[Row]) -> None:
        """Routes and stops by name: added or updated (stops named elsewhere move)."""

    def put_items(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        """Items by barcode (their record found by ISBN, else title and author, else made)."""

    def put_patrons(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        """Patrons by barcode: name, category, expiry, manual block."""

    def set_balances(
        self,
        balances: Sequence[tuple[str, int]],
        description: str,
        actor: Actor,
        now: datetime,
    ) -> None:
        """Each patron's account (``(barcode, owed_minor)``, in turn) becomes one open
        ``manual`` fine of ``owed_minor`` (none when 0): earlier fines, credits and
        payments here are removed."""

    def match_loans(
        self,
        loans: Sequence[Row],
        keep_items: Collection[str],
        keep_patrons: Collection[str],
        actor: Actor,
        now: datetime,
    ) -> tuple[int, int]:
        """Make the open loans match ``loans``, leaving those of kept items and patrons;
        (made, closed)."""

    def remove_patrons(self, keep: Collection[str], actor: Actor, now: datetime) -> int:
        """Delete every patron whose barcode is not in ``keep`` (but the anonymised one),
        their loan history moved to the anonymised patron; how many."""
