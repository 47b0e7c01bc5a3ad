"""The ORM models. Rows never leave ``db/``: repositories map them to domain records.

One module per workflow's tables once it grows past a few (``fines``, ``holds``,
``notices``, ``incidents``); the catalogue and the first circulation tables live here.
Every model is importable from ``libtech_desktop.db.models``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from libtech_desktop.db.models._base import NAMING_CONVENTION, Audited, Base, UTCDateTime

ITEM_STATUSES = (
    "available",
    "on_loan",
    "in_repair",
    "withdrawn",
    "missing",
    "lost",
    "on_hold_shelf",
    "at_bindery",
)


class PatronCategory(Base):
    __tablename__ = "patron_categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    membership_days: Mapped[int]


class ItemType(Base):
    __tablename__ = "item_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Patron(Audited, Base):
    __tablename__ = "patrons"
    id: Mapped[int] = mapped_column(primary_key=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("patron_categories.id"))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    expires_on: Mapped[date | None] = mapped_column(Date)
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    blocked_by: Mapped[str | None] = mapped_column(String(64))
    #: The manual block ends at the start of this day; ``None``: until lifted (0008).
    blocked_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Postal address, lines separated by newlines, for printed notices (0008).
    address: Mapped[str | None] = mapped_column(Text)
    #: How notices reach the patron: ``email`` or ``print`` (0008).
    notice_channel: Mapped[str] = mapped_column(String(10), server_default="email")
    #: A child's guardian, another patron (0008).
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("patrons.id"))

    category: Mapped[PatronCategory] = relationship(lazy="joined")


class Biblio(Audited, Base):
    __tablename__ = "biblios"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, index=True)
    author: Mapped[str | None] = mapped_column(String(300), index=True)
    isbn: Mapped[str | None] = mapped_column(String(17), index=True)
    year: Mapped[int | None]
    publisher: Mapped[str | None] = mapped_column(String(300))
    #: The full record as it came in: its ISO 2709 bytes as read from a .mrc file, or
    #: UTF-8 ISO 2709 (MARCXML if too big) from MARCXML; the columns above are its view.
    marc: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # What the search index reads beyond the columns above (migration 0005), from the MARC.
    edition: Mapped[str | None] = mapped_column(String(200))
    series: Mapped[str | None] = mapped_column(Text)
    #: The subject headings one per line (``biblio_subjects`` has them one per row).
    subjects: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    classification: Mapped[str | None] = mapped_column(String(100), index=True)
    #: ``domain.duplicates.work_key``: records of one work share it (title, author, year).
    work_key: Mapped[str | None] = mapped_column(String(400), index=True)


class BiblioSubject(Base):
    """One subject heading of one record, with its folded key for browsing and counting."""

    __tablename__ = "biblio_subjects"
    id: Mapped[int] = mapped_column(primary_key=True)
    biblio_id: Mapped[int] = mapped_column(ForeignKey("biblios.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    heading: Mapped[str] = mapped_column(Text)
    heading_key: Mapped[str] = mapped_column(String(300), index=True)


class SubjectAuthority(Audited, Base):
    """An authorised subject heading of this library's list."""

    __tablename__ = "subject_authorities"
    id: Mapped[int] = mapped_column(primary_key=True)
    heading: Mapped[str] = mapped_column(Text)
    heading_key: Mapped[str] = mapped_column(String(300), unique=True)
    note: Mapped[str | None] = mapped_column(Text)

    references: Mapped[list[SubjectReference]] = relationship(
        back_populates="authority", cascade="all, delete-orphan", lazy="selectin"
    )


class SubjectReference(Base):
    """A "use" reference: ``variant`` is not used; catalogue under the authority."""

    __tablename__ = "subject_references"
    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(
        ForeignKey("subject_authorities.id", ondelete="CASCADE"), index=True
    )
    variant: Mapped[str] = mapped_column(Text)
    variant_key: Mapped[str] = mapped_column(String(300), unique=True)

    authority: Mapped[SubjectAuthority] = relationship(back_populates="references")


class Item(Audited, Base):
    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in ITEM_STATUSES) + ")", name="status"
        ),
        # A location's shelf list in shelf order, read through the index (migration 0005).
        Index("ix_items_location_shelf_key", "location", "shelf_key"),
        # The label print queue in shelf order: only the waiting items (migration 0006).
        Index(
            "ix_items_label_queue",
            "location",
            "shelf_key",
            sqlite_where=text("label_printed_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    biblio_id: Mapped[int] = mapped_column(ForeignKey("biblios.id"), index=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    call_number: Mapped[str | None] = mapped_column(String(100))
    item_type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"))
    location: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="available")
    condition_note: Mapped[str | None] = mapped_column(Text)
    #: In minor units (cents, pence) of the library's currency.
    price_minor: Mapped[int | None]
    acquired_on: Mapped[date | None] = mapped_column(Date)
    #: ``domain.callnumbers.shelf_key`` of the call number: shelf order as text order.
    shelf_key: Mapped[str | None] = mapped_column(String(300), index=True)
    #: When its labels were printed, and by whom; ``None``: waiting in the label queue.
    label_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    label_printed_by: Mapped[str | None] = mapped_column(String(64))

    biblio: Mapped[Biblio] = relationship(lazy="joined")
    item_type: Mapped[ItemType] = relationship(lazy="joined")


class Loan(Base):
    __tablename__ = "loans"
    __table_args__ = (
        # The schema itself forbids two open loans of one item.
        Index(
            "uq_loans_open_item",
            "item_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL"),
        ),
        CheckConstraint("renewals >= 0", name="renewals_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime())
    checked_out_by: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    renewals: Mapped[int] = mapped_column(default=0)
    last_renewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_renewed_by: Mapped[str | None] = mapped_column(String(64))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    returned_by: Mapped[str | None] = mapped_column(String(64))
    #: The bookmobile stop it was lent at, and returned at (0011); ``None``: the branch.
    stop_id: Mapped[int | None] = mapped_column(ForeignKey("stops.id"), index=True)
    returned_stop_id: Mapped[int | None] = mapped_column(ForeignKey("stops.id"), index=True)

    item: Mapped[Item] = relationship(lazy="joined")
    patron: Mapped[Patron] = relationship(lazy="joined")


class LoanRule(Base):
    __tablename__ = "loan_rules"
    __table_args__ = (
        UniqueConstraint("category_id", "item_type_id"),
        CheckConstraint("loan_days > 0", name="loan_days_positive"),
        CheckConstraint("fine_per_day_minor >= 0 AND grace_days >= 0", name="fines_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("patron_categories.id"))
    item_type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"))
    loan_days: Mapped[int]
    max_renewals: Mapped[int]
    max_items: Mapped[int]
    #: Overdue fine per open day late, after the grace days; ``max_fine_minor`` caps
    #: one loan's fine (``None``: no cap). All in minor units (0008).
    fine_per_day_minor: Mapped[int] = mapped_column(server_default="0")
    grace_days: Mapped[int] = mapped_column(server_default="0")
    max_fine_minor: Mapped[int | None]

    category: Mapped[PatronCategory] = relationship(lazy="joined")
    item_type: Mapped[ItemType] = relationship(lazy="joined")


class ClosedDay(Base):
    __tablename__ = "closed_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200))


REPAIR_STATUSES = ("queued", "in_progress", "done")


class Repair(Base):
    """A repair ticket. From 0009: its type, status, who works on it, the time spent
    and the materials' cost; ``outcome`` says how a done ticket ended."""

    __tablename__ = "repairs"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    note: Mapped[str] = mapped_column(Text)
    #: tape spine, re-case, reinforce, clean disc, replace case, … (free text, a list offered).
    repair_type: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), server_default="queued")
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    minutes_spent: Mapped[int] = mapped_column(server_default="0")
    materials_minor: Mapped[int] = mapped_column(server_default="0")
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_by: Mapped[str] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(20))

    item: Mapped[Item] = relationship(lazy="joined")


class LibrarySetting(Base):
    """One library-wide business setting (the library's name, ...), stored as text by key.

    Workstation preferences never come here: they live in QSettings on each desk."""

    __tablename__ = "library_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LabelTemplate(Audited, Base):
    """A library's own label sheet template: the fields of a ``SheetTemplate`` as JSON.

    The shipped templates stay files in ``resources/``; only the library's own stock
    lives here, so that every desk prints on the same definition."""

    __tablename__ = "label_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    definition: Mapped[str] = mapped_column(Text)


# The circulation desk's further tables (0008), one module per workflow.
# The collection's upkeep and the equipment (0009).
from libtech_desktop.db.models.collection import (  # noqa: E402
    BinderyItem,
    BinderyShipment,
    InventoryScan,
    InventorySession,
    ItemCondition,
    ReplacementRequest,
    Transfer,
    Withdrawal,
)
from libtech_desktop.db.models.equipment import (  # noqa: E402
    AccessoryCheck,
    Equipment,
    EquipmentFault,
    MaintenanceTask,
)
from libtech_desktop.db.models.fines import Fine, FineCredit, Payment  # noqa: E402
from libtech_desktop.db.models.holds import Hold  # noqa: E402
from libtech_desktop.db.models.incidents import PatronIncident  # noqa: E402
from libtech_desktop.db.models.journal import JournalEntry  # noqa: E402
from libtech_desktop.db.models.notices import Notice  # noqa: E402

# Staff accounts, roles and the audit log (0012).
from libtech_desktop.db.models.staff import (  # noqa: E402
    ApiToken,
    AuditEntry,
    Role,
    RolePermission,
    StaffAccount,
)

# The bookmobile and offline sync (0011).
from libtech_desktop.db.models.sync import (  # noqa: E402
    Route,
    Stop,
    SyncException,
    SyncImport,
    SyncOp,
    SyncPeer,
    TruckLoad,
)

__all__ = [
    "ITEM_STATUSES",
    "NAMING_CONVENTION",
    "REPAIR_STATUSES",
    "AccessoryCheck",
    "ApiToken",
    "AuditEntry",
    "Audited",
    "Base",
    "Biblio",
    "BiblioSubject",
    "BinderyItem",
    "BinderyShipment",
    "ClosedDay",
    "Equipment",
    "EquipmentFault",
    "Fine",
    "FineCredit",
    "Hold",
    "InventoryScan",
    "InventorySession",
    "Item",
    "ItemCondition",
    "ItemType",
    "JournalEntry",
    "LabelTemplate",
    "LibrarySetting",
    "Loan",
    "LoanRule",
    "MaintenanceTask",
    "Notice",
    "Patron",
    "PatronCategory",
    "PatronIncident",
    "Payment",
    "Repair",
    "ReplacementRequest",
    "Role",
    "RolePermission",
    "Route",
    "StaffAccount",
    "Stop",
    "SubjectAuthority",
    "SubjectReference",
    "SyncException",
    "SyncImport",
    "SyncOp",
    "SyncPeer",
    "Transfer",
    "TruckLoad",
    "UTCDateTime",
    "Withdrawal",
]
