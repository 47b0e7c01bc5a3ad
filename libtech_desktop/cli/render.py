"""How the command line shows records: JSON objects for scripts, lines for people.

JSON times are ISO 8601 in UTC with their offset; human output shows local time.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from libtech_desktop.domain.catalogue import Biblio, Item
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.services.marc_import import ImportReport


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def local_time(instant: datetime) -> str:
    return to_local(instant).strftime("%Y-%m-%d %H:%M")


def item_json(item: Item, loan: Loan | None) -> dict[str, Any]:
    return {
        "barcode": item.barcode,
        "title": item.title,
        "author": item.author,
        "call_number": item.call_number,
        "status": item.status.value,
        "patron": loan.patron_barcode if loan else None,
        "due": day(loan.due) if loan else None,
        "location": item.location,
        "item_type": item.item_type_code,
        "condition_note": item.condition_note,
    }


def biblio_json(biblio: Biblio, items: int) -> dict[str, Any]:
    return {
        "id": biblio.id,
        "title": biblio.title,
        "author": biblio.author,
        "isbn": biblio.isbn,
        "year": biblio.year,
        "items": items,
    }


def biblio_line(biblio: Biblio, items: int) -> str:
    by = f" / {biblio.author}" if biblio.author else ""
    details = ", ".join(
        x for x in (biblio.isbn, str(biblio.year) if biblio.year else None) if x is not None
    )
    copies = f"{items} item{'s' if items != 1 else ''}"
    return f"{biblio.id:>6}  {biblio.title}{by}  ({details + '; ' if details else ''}{copies})"


def item_lines(item: Item, loan: Loan | None, today: date) -> list[str]:
    lines = [
        f"{item.barcode}  {item.title}" + (f" / {item.author}" if item.author else ""),
        f"  Call number: {item.call_number or '-'}    Type: {item.item_type_code}"
        f"    Location: {item.location or '-'}",
        f"  Status:      {item.status.label}",
    ]
    if item.condition_note:
        lines.append(f"  Condition:   {item.condition_note}")
    if loan is not None:
        lines.append(f"  On loan to:  {loan.patron_name} ({loan.patron_barcode})")
        lines.append(f"  Lent:        {local_time(loan.checked_out)}    {due_text(loan, today)}")
    return lines


def loan_json(loan: Loan, today: date) -> dict[str, Any]:
    return {
        "patron": loan.patron_barcode,
        "patron_name": loan.patron_name,
        "item": loan.item_barcode,
        "title": loan.title,
        "due": loan.due.isoformat(),
        "checked_out": loan.checked_out.isoformat(),
        "renewals": loan.renewals,
        "overdue_days": loan.days_overdue(today),
    }


def due_text(loan: Loan, today: date) -> str:
    overdue = loan.days_overdue(today)
    text = f"due {loan.due.isoformat()}"
    if overdue:
        text += f"  OVERDUE {overdue} day{'s' if overdue != 1 else ''}"
    return text


def loan_line(loan: Loan, today: date, *, with_patron: bool = True) -> str:
    parts = [loan.item_barcode, loan.title]
    if with_patron:
        parts.append(f"{loan.patron_name} ({loan.patron_barcode})")
    parts.append(f"lent {local_time(loan.checked_out)}")
    if loan.renewals:
        parts.append(f"renewed {loan.renewals}x")
    parts.append(due_text(loan, today))
    return "  ".join(parts)


def patron_json(patron: Patron, refusal: str | None) -> dict[str, Any]:
    return {
        "barcode": patron.barcode,
        "name": patron.name,
        "category": patron.category_code,
        "email": patron.email,
        "phone": patron.phone,
        "expires_on": day(patron.expires_on),
        "blocked_reason": patron.blocked_reason,
        "blocked_until": day(patron.blocked_until),
        "address": patron.address,
        "notice_channel": patron.notice_channel,
        "guardian": patron.guardian_barcode,
        "may_borrow": refusal is None,
        "refusal": refusal,
    }


def patron_lines(patron: Patron) -> list[str]:
    lines = [
        f"{patron.barcode}  {patron.name}",
        f"  Category: {patron.category_name}    Card expires: {day(patron.expires_on) or 'never'}",
    ]
    if patron.email or patron.phone:
        lines.append(f"  Contact:  {', '.join(c for c in (patron.email, patron.phone) if c)}")
    if patron.blocked_reason:
        lines.append(f"  BLOCKED:  {patron.blocked_reason}")
    return lines


def import_report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "added": report.added,
        "merged": report.merged,
        "skipped": report.skipped,
        "failed": report.failed,
        "errors": [{"record": e.record, "reason": e.reason} for e in report.errors],
        "warnings": [{"record": w.record, "reason": w.reason} for w in report.warnings],
        "read": report.read,
        "cancelled": report.cancelled,
    }


def import_report_lines(report: ImportReport) -> list[str]:
    lines = [
        f"Read {report.read} record{'s' if report.read != 1 else ''}"
        + (" (cancelled: only whole batches were kept)" if report.cancelled else "")
        + ":",
        f"  added {report.added}, merged {report.merged}, "
        f"skipped as duplicates {report.skipped}, failed {report.failed}",
    ]
    lines += [f"  error   record {e.record}: {e.reason}" for e in report.errors]
    lines += [f"  warning record {w.record}: {w.reason}" for w in report.warnings]
    return lines
