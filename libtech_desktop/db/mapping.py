"""ORM row -> frozen domain record. The only place that knows both shapes."""

from __future__ import annotations

from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import Biblio, Item, ItemStatus, ItemType
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.patrons import Category, Patron
from libtech_desktop.domain.repairs import Repair, RepairOutcome, RepairStatus


def category(row: m.PatronCategory) -> Category:
    return Category(row.id, row.code, row.name, row.membership_days)


def patron(row: m.Patron, guardian: m.Patron | None = None) -> Patron:
    """``guardian``: the row of ``row.guardian_id``, when the caller has read it."""
    return Patron(
        id=row.id,
        barcode=row.barcode,
        name=row.name,
        category_code=row.category.code,
        category_name=row.category.name,
        email=row.email,
        phone=row.phone,
        expires_on=row.expires_on,
        blocked_reason=row.blocked_reason,
        notes=row.notes,
        blocked_until=row.blocked_until,
        address=row.address,
        notice_channel=row.notice_channel or "email",
        guardian_barcode=guardian.barcode if guardian else None,
        guardian_name=guardian.name if guardian else None,
    )


def item_type(row: m.ItemType) -> ItemType:
    return ItemType(row.id, row.code, row.name)


def biblio(row: m.Biblio) -> Biblio:
    return Biblio(row.id, row.title, row.author, row.isbn, row.year, row.publisher)


def item(row: m.Item) -> Item:
    return Item(
        id=row.id,
        biblio_id=row.biblio_id,
        barcode=row.barcode,
        title=row.biblio.title,
        author=row.biblio.author,
        call_number=row.call_number,
        item_type_code=row.item_type.code,
        location=row.location,
        status=ItemStatus(row.status),
        condition_note=row.condition_note,
        price_minor=row.price_minor,
        acquired_on=row.acquired_on,
    )


def loan(row: m.Loan) -> Loan:
    return Loan(
        id=row.id,
        item_barcode=row.item.barcode,
        title=row.item.biblio.title,
        call_number=row.item.call_number,
        patron_barcode=row.patron.barcode,
        patron_name=row.patron.name,
        checked_out=row.checked_out_at,
        due=row.due_on,
        renewals=row.renewals,
        returned=row.returned_at,
    )


def repair(row: m.Repair) -> Repair:
    return Repair(
        id=row.id,
        item_barcode=row.item.barcode,
        title=row.item.biblio.title,
        call_number=row.item.call_number,
        note=row.note,
        reported=row.reported_at,
        reported_by=row.reported_by,
        resolved=row.resolved_at,
        outcome=RepairOutcome(row.outcome) if row.outcome else None,
        repair_type=row.repair_type,
        status=RepairStatus(row.status or "queued"),
        assigned_to=row.assigned_to,
        started=row.started_at,
        minutes_spent=row.minutes_spent or 0,
        materials_minor=row.materials_minor or 0,
    )
