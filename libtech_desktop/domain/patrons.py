"""Patrons and their categories, and the rules about who may borrow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from libtech_desktop.domain.errors import InvalidInput, PatronBlocked, PatronExpired


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    name: str
    membership_days: int


@dataclass(frozen=True)
class Patron:
    id: int
    barcode: str
    name: str
    category_code: str
    category_name: str
    email: str | None
    phone: str | None
    expires_on: date | None
    blocked_reason: str | None
    notes: str | None

    def is_expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today


@dataclass(frozen=True)
class PatronDraft:
    """What a technician fills in to register or edit a patron."""

    barcode: str
    name: str
    category_code: str
    email: str | None = None
    phone: str | None = None
    expires_on: date | None = None
    notes: str | None = None


def check_may_borrow(patron: Patron, today: date) -> None:
    """Raise the reason a patron may not borrow today, if there is one."""
    if patron.blocked_reason:
        raise PatronBlocked(f"{patron.name} is blocked: {patron.blocked_reason}")
    if patron.is_expired(today):
        assert patron.expires_on is not None
        raise PatronExpired(
            f"{patron.name}'s card expired on {patron.expires_on.isoformat()} "
            "— renew the membership first."
        )


def validate_draft(draft: PatronDraft) -> PatronDraft:
    """Tidy a draft and reject what cannot be saved."""
    barcode = draft.barcode.strip()
    name = " ".join(draft.name.split())
    if not barcode:
        raise InvalidInput("A patron needs a card barcode.")
    if any(ch.isspace() for ch in barcode):
        raise InvalidInput(f"A barcode cannot contain spaces: {barcode!r}.")
    if not name:
        raise InvalidInput("A patron needs a name (Last, First).")
    email = (draft.email or "").strip() or None
    if email is not None and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise InvalidInput(f"That does not look like an email address: {email}.")
    phone = (draft.phone or "").strip() or None
    notes = (draft.notes or "").strip() or None
    return PatronDraft(
        barcode=barcode,
        name=name,
        category_code=draft.category_code.strip(),
        email=email,
        phone=phone,
        expires_on=draft.expires_on,
        notes=notes,
    )
