"""What the services need from storage. ``db/`` implements these; tests may fake them.

The first workflows' ports are here; later ones each have their module in this package
(``fines``, ``holds``, ``notices``, ``incidents``), gathered by :class:`UnitOfWork`.

Every method works inside the unit of work that holds the repository and returns
frozen domain records, never storage rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol, Self

from libtech_desktop.domain.authorities import Authority, HeadingCount
from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    ItemType,
)
from libtech_desktop.domain.circulation import Loan, LoanRule
from libtech_desktop.domain.labels import QueuedLabel
from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.domain.record_fields import IndexText, NewBiblio
from libtech_desktop.domain.repairs import (
    Borrower,
    Condition,
    ConditionEntry,
    ConditionSource,
    Repair,
    RepairOutcome,
    RepairStatus,
    Replacement,
    Withdrawal,
    WithdrawalReason,
)
from libtech_desktop.domain.search_query import SearchQuery
from libtech_desktop.domain.shelf_list import ShelfEntry, ShelfPosition
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.ports.audit import AuditRepository
from libtech_desktop.services.ports.bindery import BinderyRepository
from libtech_desktop.services.ports.equipment import EquipmentRepository
from libtech_desktop.services.ports.fines import FineRepository
from libtech_desktop.services.ports.holds import HoldRepository
from libtech_desktop.services.ports.incidents import IncidentRepository
from libtech_desktop.services.ports.inventory import InventoryRepository
from libtech_desktop.services.ports.journal import JournalRepository
from libtech_desktop.services.ports.notices import NoticeRepository
from libtech_desktop.services.ports.package import PackageRepository
from libtech_desktop.services.ports.routes import RouteRepository
from libtech_desktop.services.ports.staff import StaffRepository
from libtech_desktop.services.ports.sync import SyncRepository
from libtech_desktop.services.ports.transfers import TransferRepository


class PatronRepository(Protocol):
    def by_barcode(self, barcode: str) -> Patron | None: ...
    def barcodes_in(self, barcodes: Collection[str]) -> AbstractSet[str]:
        """Which of these barcodes are patrons' card barcodes."""

    def by_id(self, patron_id: int) -> Patron | None: ...
    def search(self, text: str, limit: int, offset: int = 0) -> Sequence[Patron]: ...
    def add(self, draft: PatronDraft, actor: Actor, now: datetime) -> Patron: ...
    def update(self, patron_id: int, draft: PatronDraft, actor: Actor, now: datetime) -> Patron: ...
    def set_block(
        self,
        patron_id: int,
        reason: str | None,
        actor: Actor,
        now: datetime,
        until: date | None = None,
    ) -> Patron:
        """Block (``reason``; ``until``: the block ends at the start of that day) or,
        with ``reason`` ``None``, lift the manual block."""

    def set_expiry(
        self, patron_id: int, expires_on: date, actor: Actor, now: datetime
    ) -> Patron: ...
    def category(self, code: str) -> Category | None: ...
    def categories(self) -> Sequence[Category]: ...
    def add_category(self, code: str, name: str, membership_days: int) -> Category: ...
    def anonymised(self, actor: Actor, now: datetime) -> Patron:
        """The hidden anonymised patron (``domain.patrons.ANONYMISED_BARCODE``), made
        if missing; never returned by :meth:`search`."""

    def anonymise_loans(
        self, to_patron_id: int, returned_before: datetime | None, patron_id: int | None = None
    ) -> int:
        """Give returned loans (returned at or before the instant; ``None``: all; only
        ``patron_id``'s if given) to ``to_patron_id``; how many moved."""

    def reassign_accounts(self, patron_id: int, to_patron_id: int) -> None:
        """Move a patron's fines and payments (with their credits) to another patron."""

    def has_trapped_holds(self, patron_id: int) -> bool: ...
    def delete(self, patron_id: int) -> None:
        """Delete the patron with their holds and notices; a ward loses this guardian."""

    def export(self, patron_id: int) -> Mapping[str, Sequence[Mapping[str, Any]]]:
        """Every stored row about the patron by table (loans, fines, fine_credits,
        payments, holds, notices, incidents), as plain JSON-able values and dates."""


class CatalogueRepository(Protocol):
    def biblio(self, biblio_id: int) -> Biblio | None: ...
    def add_biblio(
        self,
        draft: BiblioDraft,
        actor: Actor,
        now: datetime,
        marc: bytes | None = None,
        text: IndexText | None = None,
    ) -> Biblio: ...
    def add_biblios(
        self,
        records: Sequence[NewBiblio],
        actor: Actor,
        now: datetime,
    ) -> Sequence[int]:
        """Add many records (each with its stored MARC and the text read from it) at
        once; their ids, in order."""

    def insert_biblios(
        self,
        records: Sequence[NewBiblio],
        actor: Actor,
        now: datetime,
    ) -> Sequence[int]:
        """What :meth:`add_biblios` does, the same rows, by the fastest way there is (a
        MARC import's batches); their ids, in order."""

    def biblio_by_isbn(self, isbn: str) -> Biblio | None:
        """The oldest record with this ISBN-13, if any."""

    def biblio_ids_by_isbn(self, isbns: Collection[str]) -> Mapping[str, int]:
        """For each of these ISBN-13s the catalogue has, the oldest record's id."""

    def marc_of(self, biblio_id: int) -> bytes | None:
        """The record's original MARC as stored (``interop.marc_reader.parse_stored``
        reads it); ``None`` for a record made by hand."""

    def set_marc(self, biblio_id: int, marc: bytes | None) -> None: ...
    def biblios_with_marc(
        self, after_id: int, limit: int
    ) -> Sequence[tuple[Biblio, bytes | None]]: ...
    def update_biblio(
        self,
        biblio_id: int,
        draft: BiblioDraft,
        actor: Actor,
        now: datetime,
        marc: bytes | None = None,
        text: IndexText | None = None,
    ) -> Biblio:
        """Set the columns; with ``text``, replace the stored MARC, its text and headings."""

    def set_index_text(self, texts: Sequence[tuple[int, IndexText]]) -> None:
        """Set the search text and subject headings of many records by id."""

    def fill_shelf_keys(self, limit: int) -> int:
        """Key up to ``limit`` items that have a call number and no shelf key; how many."""

    def newest_biblios(self, limit: int) -> Sequence[Biblio]: ...
    def biblios_with_isbn(self, isbn: str) -> Sequence[Biblio]:
        """Every record with this ISBN-13, oldest first."""

    def biblios_with_work_key(self, key: str) -> Sequence[Biblio]:
        """Every record with this ``domain.duplicates.work_key``, oldest first."""

    def biblio_ids_by_work_key(self, keys: Collection[str]) -> Mapping[str, Biblio]:
        """The oldest record of each of these work keys the catalogue has."""

    def set_work_keys(self, keys: Sequence[tuple[int, str | None]]) -> None:
        """Set the work keys of many records by id."""

    def move_items(
        self, from_biblio_id: int, to_biblio_id: int, actor: Actor, now: datetime
    ) -> int:
        """Attach every item of one record to another (loans follow their items);
        how many moved."""

    def delete_biblio(self, biblio_id: int) -> None:
        """Delete a record that has no items left, with its stored MARC."""

    def item_counts(self, biblio_ids: Sequence[int]) -> Mapping[int, int]:
        """Items per record for these ids; a record without items maps to 0."""

    def item_by_barcode(self, barcode: str) -> Item | None: ...
    def item_barcodes_in(self, barcodes: Collection[str]) -> AbstractSet[str]:
        """Which of these barcodes items already have."""

    def items_of(self, biblio_id: int) -> Sequence[Item]: ...
    def add_items(
        self, items: Sequence[tuple[int, ItemDraft]], actor: Actor, now: datetime
    ) -> None:
        """Add many available copies, each ``(biblio id, draft)``, at once."""

    def insert_items(
        self, items: Sequence[tuple[int, ItemDraft]], actor: Actor, now: datetime
    ) -> None:
        """What :meth:`add_items` does, the same rows, by the fastest way there is (a
        MARC import's batches)."""

    def add_item(self, biblio_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item: ...
    def update_item(self, item_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item: ...
    def set_status(
        self,
        item_id: int,
        status: ItemStatus,
        actor: Actor,
        now: datetime,
        condition_note: str | None = None,
    ) -> Item: ...
    def item_type(self, code: str) -> ItemType | None: ...
    def item_types(self) -> Sequence[ItemType]: ...
    def add_item_type(self, code: str, name: str) -> ItemType: ...
    def item_count(self) -> int: ...


class LoanRepository(Protocol):
    def open_for_item(self, item_id: int) -> Loan | None: ...
    def open_for_patron(self, patron_id: int) -> Sequence[Loan]: ...
    def open_loans(self, limit: int) -> Sequence[Loan]: ...
    def count_open(self, patron_id: int, item_type_code: str) -> int: ...
    def create(
        self, item_id: int, patron_id: int, due: date, actor: Actor, now: datetime
    ) -> Loan: ...
    def close(self, loan_id: int, actor: Actor, now: datetime) -> Loan: ...
    def renew(self, loan_id: int, due: date, actor: Actor, now: datetime) -> Loan: ...
    def loan_ids(self, loan_id: int) -> tuple[int, int]:
        """The (item id, patron id) of a loan, open or returned."""
        ...


class RuleRepository(Protocol):
    def rule(self, category_code: str, item_type_code: str) -> LoanRule | None: ...
    def rules(self) -> Sequence[LoanRule]:
        """Every loan rule, by category then item type."""
        ...

    def set_rule(self, rule: LoanRule) -> LoanRule:
        """Create or replace the rule of its category and item type (both must exist)."""
        ...

    def is_closed(self, day: date) -> bool: ...
    def closed_between(self, first: date, last: date) -> AbstractSet[date]:
        """The closed days from ``first`` to ``last`` inclusive."""
        ...

    def add_closed_day(self, day: date, reason: str) -> None: ...


class RepairRepository(Protocol):
    """Repair tickets, condition history, withdrawals and the replacement list."""

    def open(
        self,
        item_id: int,
        note: str,
        actor: Actor,
        now: datetime,
        repair_type: str | None = None,
        assigned_to: str | None = None,
    ) -> Repair: ...
    def by_id(self, repair_id: int) -> Repair | None: ...
    def item_id_of(self, repair_id: int) -> int: ...
    def open_for_item(self, item_id: int) -> Repair | None: ...
    def queue(self) -> Sequence[Repair]:
        """Tickets not done (queued or in progress), oldest first."""

    def tickets(self, status: RepairStatus | None) -> Sequence[Repair]:
        """Tickets with this status (``None``: all), oldest first."""

    def start(self, repair_id: int, assigned_to: str, now: datetime) -> Repair: ...
    def add_work(self, repair_id: int, minutes: int, materials_minor: int) -> Repair: ...
    def resolve(
        self, repair_id: int, outcome: RepairOutcome, actor: Actor, now: datetime
    ) -> Repair:
        """Done: the outcome, who and when."""

    def add_condition(
        self,
        item_id: int,
        condition: Condition,
        note: str | None,
        source: ConditionSource,
        actor: Actor,
        now: datetime,
    ) -> ConditionEntry: ...
    def conditions(self, item_id: int) -> Sequence[ConditionEntry]:
        """The item's condition history, newest first."""

    def add_withdrawal(
        self, item_id: int, reason: WithdrawalReason, note: str | None, actor: Actor, now: datetime
    ) -> Withdrawal: ...
    def add_replacement(
        self, biblio_id: int, item_id: int | None, reason: str, actor: Actor, now: datetime
    ) -> Replacement: ...
    def replacements(self, status: str | None = "open") -> Sequence[Replacement]:
        """The replacement list (``None``: every status), oldest first."""

    def last_borrower(self, item_id: int) -> Borrower | None:
        """The patron of the item's open loan, else of its latest returned loan."""


class SettingsRepository(Protocol):
    """Library-wide business settings as text by key; ``None`` for a key never set.

    The services own each key's meaning, validation and default."""

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


class SearchRepository(Protocol):
    def search(self, query: SearchQuery, limit: int, offset: int = 0) -> Sequence[Biblio]:
        """Records matching a query made by ``domain.search_query.parse_query``, best
        match first (a title match before an author match...), then by title; ``limit``
        of them after the first ``offset``."""

    def newest(self, limit: int, offset: int = 0) -> Sequence[Biblio]:
        """The records newest first (a blank search), ``limit`` of them after ``offset``."""


class AuthorityRepository(Protocol):
    """Local subject authorities with "use" references, and headings in use with counts.

    Keys are ``domain.headings.heading_key`` of a heading; the service checks the
    rules (``domain.authorities``) before adding or changing anything."""

    def add(self, heading: str, note: str | None, actor: Actor, now: datetime) -> Authority: ...
    def update(
        self, authority_id: int, heading: str, note: str | None, actor: Actor, now: datetime
    ) -> Authority: ...
    def delete(self, authority_id: int) -> None:
        """Delete an authority with its references (records keep their headings)."""

    def by_id(self, authority_id: int) -> Authority | None: ...
    def by_key(self, key: str) -> Authority | None:
        """The authority whose heading has this key."""

    def by_variant_key(self, key: str) -> Authority | None:
        """The authority that a "use" reference with this key points to."""

    def lookup(self, key: str) -> tuple[Authority, bool] | None:
        """The authority this key is (``False``) or refers to as a variant (``True``)."""

    def add_reference(
        self, authority_id: int, variant: str, actor: Actor, now: datetime
    ) -> Authority: ...
    def remove_reference(
        self, authority_id: int, variant_key: str, actor: Actor, now: datetime
    ) -> bool:
        """Remove the reference with this key from the authority; whether there was one."""

    def authorities(self) -> Sequence[Authority]:
        """Every authority, in heading-key order."""

    def heading_counts(
        self, prefix: str, limit: int, after_key: str | None = None
    ) -> Sequence[HeadingCount]:
        """Up to ``limit`` headings whose key starts with ``prefix`` (and comes after
        ``after_key``), in key order: those in records with their record counts, and
        authorised headings and variants even when no record uses them."""

    def biblios_with_heading(self, key: str, limit: int) -> Sequence[Biblio]:
        """Records with a heading of this key, oldest first."""

    def biblio_ids_with_heading(self, key: str) -> Sequence[int]: ...


class ShelfRepository(Protocol):
    """The shelf list in call-number order, and suggestions drawn from the catalogue."""

    def shelved_after(
        self, position: ShelfPosition | None, location: str | None, limit: int
    ) -> Sequence[ShelfEntry]:
        """Items with a shelf key after ``position`` (``None``: from the first), by
        (shelf key, barcode); only those at ``location`` if given. A position whose key
        is ``None`` is past every shelved item: none are returned."""

    def unshelved_after(
        self, barcode: str | None, location: str | None, limit: int
    ) -> Sequence[ShelfEntry]:
        """Items without a shelf key, by barcode, after ``barcode`` (``None``: the first)."""

    def locations(self) -> Sequence[str]:
        """Every location an item has, alphabetically."""

    def biblios_by_author(self, author: str, exclude_id: int | None, limit: int) -> Sequence[int]:
        """Ids of records with exactly this main entry, newest first."""

    def biblios_with_heading(
        self, heading_key: str, exclude_id: int | None, limit: int
    ) -> Sequence[int]:
        """Ids of records with a subject heading of this key, newest first."""

    def biblios_in_class(
        self, classification: str, exclude_id: int | None, limit: int
    ) -> Sequence[int]:
        """Ids of records with exactly this classification, newest first."""

    def classification_of(self, biblio_id: int) -> str | None: ...
    def classifications(self, biblio_ids: Collection[int]) -> Mapping[int, str]:
        """The classification of each of these records that has one."""

    def headings(self, biblio_ids: Collection[int]) -> Sequence[tuple[int, str, str]]:
        """(record id, heading, heading key) of every subject heading of these records."""


class LabelRepository(Protocol):
    """The label print queue: items whose labels are not printed yet."""

    def queue(self, limit: int) -> Sequence[QueuedLabel]:
        """Up to ``limit`` waiting items in shelf order: by location, then shelf key,
        then barcode; those without a location or call number last."""

    def waiting(self) -> int:
        """How many items wait for labels."""

    def by_barcodes(self, barcodes: Collection[str]) -> Mapping[str, QueuedLabel]:
        """The items with these barcodes, printed or not, by barcode."""

    def mark_printed(self, barcodes: Collection[str], actor: Actor, now: datetime) -> int:
        """Take these items off the queue (their labels printed now); how many there were."""

    def requeue(self, barcodes: Collection[str]) -> int:
        """Put these items back in the queue (no label printed); how many there were."""

    def templates(self) -> Sequence[tuple[str, str]]:
        """The library's own sheet templates: (name, definition as JSON text), by name."""

    def template(self, name: str) -> str | None:
        """The definition (JSON text) of the library's template ``name``, if there is one."""

    def save_template(self, name: str, definition: str, actor: Actor, now: datetime) -> bool:
        """Store the library's template ``name`` (new or replaced); True if it was new."""

    def delete_template(self, name: str) -> bool:
        """Remove the library's template ``name``; False if there was none."""


class UnitOfWork(Protocol):
    """One transaction. Leaving the ``with`` block without ``commit()`` rolls back."""

    @property
    def patrons(self) -> PatronRepository: ...
    @property
    def catalogue(self) -> CatalogueRepository: ...
    @property
    def loans(self) -> LoanRepository: ...
    @property
    def rules(self) -> RuleRepository: ...
    @property
    def repairs(self) -> RepairRepository: ...
    @property
    def settings(self) -> SettingsRepository: ...
    @property
    def search(self) -> SearchRepository: ...
    @property
    def authorities(self) -> AuthorityRepository: ...
    @property
    def shelf(self) -> ShelfRepository: ...
    @property
    def labels(self) -> LabelRepository: ...
    @property
    def fines(self) -> FineRepository: ...
    @property
    def holds(self) -> HoldRepository: ...
    @property
    def notices(self) -> NoticeRepository: ...
    @property
    def incidents(self) -> IncidentRepository: ...
    @property
    def bindery(self) -> BinderyRepository: ...
    @property
    def inventory(self) -> InventoryRepository: ...
    @property
    def equipment(self) -> EquipmentRepository: ...
    @property
    def transfers(self) -> TransferRepository: ...
    @property
    def journal(self) -> JournalRepository: ...
    @property
    def routes(self) -> RouteRepository: ...
    @property
    def sync(self) -> SyncRepository: ...
    @property
    def package(self) -> PackageRepository: ...
    @property
    def staff(self) -> StaffRepository: ...
    @property
    def audit(self) -> AuditRepository: ...

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
