"""Patrons and their categories, and the rules about who may borrow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from libtech_desktop.domain.errors import InvalidInput, PatronBlocked, PatronExpired
from libtech_desktop.domain.money import format_money

NOTICE_CHANNELS = ("email", "print")

#: The hidden patron that anonymised loan history and erased patrons' accounts belong
#: to (Koha's AnonymousPatron): made on demand, never listed or searched.
ANONYMISED_BARCODE = "ANONYMISED"
ANONYMISED_NAME = "(anonymised)"


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
    #: The manual block ends at the start of this day; ``None``: until lifted.
    blocked_until: date | None = None
    #: Postal address, lines separated by newlines (printed notices).
    address: str | None = None
    #: How notices reach the patron: ``email`` or ``print``.
    notice_channel: str = "email"
    #: A child's guardian (another patron), by card barcode and name.
    guardian_barcode: str | None = None
    guardian_name: str | None = None

    def is_expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    def manual_block_active(self, today: date) -> bool:
        """A manual block stops borrowing until lifted, or until ``blocked_until``."""
        if not self.blocked_reason:
            return False
        return self.blocked_until is None or today < self.blocked_until


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
    address: str | None = None
    #: ``email`` or ``print``; ``None``: email when there is an address, else print.
    notice_channel: str | None = None
    guardian_barcode: str | None = None


def check_may_borrow(patron: Patron, today: date) -> None:
    """Raise the reason a patron may not borrow today, if there is one."""
    if patron.manual_block_active(today):
        raise PatronBlocked(manual_block_line(patron))
    if patron.is_expired(today):
        raise PatronExpired(expiry_line(patron))


def manual_block_line(patron: Patron) -> str:
    until = (
        f" (until {(patron.blocked_until - timedelta(days=1)).isoformat()})"
        if patron.blocked_until
        else ""
    )
    return f"{patron.name} is blocked: {patron.blocked_reason}{until}"


def expiry_line(patron: Patron) -> str:
    assert patron.expires_on is not None
    return (
        f"{patron.name}'s card expired on {patron.expires_on.isoformat()} "
        "— renew the membership first."
    )


def renewed_expiry(current: date | None, today: date, membership_days: int) -> date:
    """A renewal runs from today, or from the current expiry if that is later."""
    start = current if current is not None and current > today else today
    return start + timedelta(days=membership_days)


class BlockKind(StrEnum):
    MANUAL = "manual"
    SUSPENDED = "suspended"
    FINES = "fines"
    OVERDUE = "overdue"
    EXPIRED = "expired"


#: What staff may lend past when the ``blocks.override`` setting allows it: the
#: automatic blocks. A manual block or an incident suspension was someone's decision
#: about this patron, so the desk never overrides it; lift it instead.
OVERRIDABLE_BLOCKS = frozenset({BlockKind.FINES, BlockKind.OVERDUE, BlockKind.EXPIRED})


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    message: str

    @property
    def overridable(self) -> bool:
        return self.kind in OVERRIDABLE_BLOCKS


@dataclass(frozen=True)
class Standing:
    """What the automatic blocks need to know about a patron today."""

    owed_minor: int = 0
    max_owed_minor: int = 0
    #: Days overdue of the patron's most overdue open loan (0: none overdue).
    most_overdue_days: int = 0
    #: ``blocks.overdue_days``; 0: overdue items never block.
    overdue_limit_days: int = 0
    #: End dates (exclusive) of incident suspensions still running, with what happened.
    suspensions: tuple[tuple[date, str], ...] = ()


def borrowing_blocks(patron: Patron, today: date, standing: Standing) -> list[Block]:
    """Every reason ``patron`` may not borrow today, manual ones first, one line each."""
    blocks: list[Block] = []
    if patron.barcode == ANONYMISED_BARCODE:
        blocks.append(
            Block(BlockKind.MANUAL, "This card holds anonymised history; it never borrows.")
        )
    if patron.manual_block_active(today):
        blocks.append(Block(BlockKind.MANUAL, manual_block_line(patron)))
    for ends, what in sorted(standing.suspensions):
        if today < ends:
            last = (ends - timedelta(days=1)).isoformat()
            blocks.append(
                Block(BlockKind.SUSPENDED, f"{patron.name} is suspended until {last}: {what}")
            )
    if standing.max_owed_minor > 0 and standing.owed_minor >= standing.max_owed_minor:
        blocks.append(
            Block(
                BlockKind.FINES,
                f"{patron.name} owes {format_money(standing.owed_minor)} "
                f"(the limit is {format_money(standing.max_owed_minor)}).",
            )
        )
    limit = standing.overdue_limit_days
    if limit > 0 and standing.most_overdue_days >= limit:
        blocks.append(
            Block(
                BlockKind.OVERDUE,
                f"{patron.name} has an item {standing.most_overdue_days} days overdue "
                f"(the limit is {limit}).",
            )
        )
    if patron.is_expired(today):
        blocks.append(Block(BlockKind.EXPIRED, expiry_line(patron)))
    return blocks


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
    if email is not None and not looks_like_email(email):
        raise InvalidInput(f"That does not look like an email address: {email}.")
    # Left unset, notices go by email when there is an address (decided on saving).
    channel = (draft.notice_channel or "").strip().lower() or None
    if channel is not None and channel not in NOTICE_CHANNELS:
        raise InvalidInput(f"Notices go by email or print, not {draft.notice_channel!r}.")
    if channel == "email" and email is None:
        raise InvalidInput(f"{name} has no email address: notices by email need one.")
    guardian = (draft.guardian_barcode or "").strip() or None
    if guardian is not None and guardian == barcode:
        raise InvalidInput("A patron cannot be their own guardian.")
    return PatronDraft(
        barcode=barcode,
        name=name,
        category_code=draft.category_code.strip(),
        email=email,
        phone=(draft.phone or "").strip() or None,
        expires_on=draft.expires_on,
        notes=(draft.notes or "").strip() or None,
        address=_clean_address(draft.address),
        notice_channel=channel,
        guardian_barcode=guardian,
    )


def looks_like_email(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(local and at and domain) and not any(ch.isspace() for ch in text)


def _clean_address(text: str | None) -> str | None:
    lines: Iterable[str] = (" ".join(line.split()) for line in (text or "").splitlines())
    kept = [line for line in lines if line]
    return "\n".join(kept) or None
