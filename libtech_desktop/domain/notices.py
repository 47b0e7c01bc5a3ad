"""Notices to patrons: their kinds, and which one a loan or hold is due for on a day.

Kinds (the ``notices.kind`` column): a courtesy ``reminder`` before the due date;
``overdue1``/``overdue2``/``overdue3`` at 1, 14 and 28 days overdue by default; the
``lost`` bill once an item is declared lost; ``hold`` as soon as a hold is trapped.
Each delay is a setting (``notices.*_days``, ``lost.after_days``); 0 switches that
notice off.

A loan gets each kind at most once. When a run finds a loan past several levels
that never had a notice (the library started sending notices late, say), it sends
only the highest level due: a patron 30 days overdue gets the third notice, not all
three at once, and the lower levels are then never sent for that loan.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from libtech_desktop.domain.errors import InvalidInput


class NoticeKind(StrEnum):
    REMINDER = "reminder"
    OVERDUE1 = "overdue1"
    OVERDUE2 = "overdue2"
    OVERDUE3 = "overdue3"
    LOST = "lost"
    HOLD = "hold"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def template_name(self) -> str:
        """The shipped default template, in ``resources/notice_templates``."""
        return f"{self.value}.txt.j2"

    @property
    def setting_key(self) -> str:
        """Where the library's own template is kept in the library settings."""
        return f"{TEMPLATE_KEY_PREFIX}{self.value}"


_LABELS = {
    NoticeKind.REMINDER: "Courtesy reminder",
    NoticeKind.OVERDUE1: "First overdue notice",
    NoticeKind.OVERDUE2: "Second overdue notice",
    NoticeKind.OVERDUE3: "Third overdue notice",
    NoticeKind.LOST: "Lost-item bill",
    NoticeKind.HOLD: "Hold available",
}
TEMPLATE_KEY_PREFIX = "notice_template."
OVERDUE_LEVELS = (NoticeKind.OVERDUE1, NoticeKind.OVERDUE2, NoticeKind.OVERDUE3)
#: Delivery channels: email when the patron asked for it and has an address.
EMAIL, PRINT = "email", "print"


def notice_kind(text: str) -> NoticeKind:
    try:
        return NoticeKind(text.strip().lower())
    except ValueError:
        kinds = ", ".join(k.value for k in NoticeKind)
        raise InvalidInput(f"There is no notice kind {text!r}. Kinds: {kinds}.") from None


@dataclass(frozen=True)
class NoticeDelays:
    """Days before due (reminder) or overdue (the rest); 0 means never."""

    reminder: int = 2
    overdue1: int = 1
    overdue2: int = 14
    overdue3: int = 28
    lost: int = 42

    def overdue(self, kind: NoticeKind) -> int:
        return {
            NoticeKind.OVERDUE1: self.overdue1,
            NoticeKind.OVERDUE2: self.overdue2,
            NoticeKind.OVERDUE3: self.overdue3,
        }[kind]


def loan_notice_due(
    due: date, today: date, delays: NoticeDelays, noticed: Collection[str]
) -> NoticeKind | None:
    """The notice an open loan due on ``due`` should get today, given the kinds it
    already had; ``None`` if none. Only the highest overdue level reached is sent,
    and never one below a level already sent."""
    overdue = (today - due).days
    if overdue > 0:
        for position in range(len(OVERDUE_LEVELS) - 1, -1, -1):
            kind = OVERDUE_LEVELS[position]
            days = delays.overdue(kind)
            if days and overdue >= days:
                higher = OVERDUE_LEVELS[position:]
                return None if any(k.value in noticed for k in higher) else kind
        return None
    if delays.reminder and -overdue <= delays.reminder and NoticeKind.REMINDER not in noticed:
        return NoticeKind.REMINDER
    return None


def declared_lost(due: date, today: date, delays: NoticeDelays) -> bool:
    """Whether a loan still open today is overdue long enough to be declared lost."""
    return bool(delays.lost) and (today - due).days >= delays.lost


# ---- what the repository reads for a run --------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """A patron as a notice addresses them."""

    patron_id: int
    barcode: str
    name: str
    email: str | None
    address: str | None
    #: The patron's preference: 'email' or 'print'.
    preference: str

    @property
    def channel(self) -> str:
        """Email if asked for and possible; everyone else gets a printed letter."""
        return EMAIL if self.preference == EMAIL and self.email else PRINT


@dataclass(frozen=True)
class NoticeLoan:
    """An open loan (or a loan billed as lost) with what a notice says about it."""

    loan_id: int
    recipient: Recipient
    item_barcode: str
    title: str
    due: date
    #: Kinds of notice this loan already has (any status).
    noticed: frozenset[str]
    #: Outstanding overdue fine on the loan so far (minor units).
    fine_minor: int = 0
    #: The lost-item charges billed for this loan (minor units).
    replacement_minor: int = 0
    processing_minor: int = 0
    #: The loan has been declared lost (it has a lost charge).
    lost: bool = False


@dataclass(frozen=True)
class NoticeHold:
    """A trapped hold waiting for its hold-available notice."""

    hold_id: int
    recipient: Recipient
    title: str
    item_barcode: str | None
    pickup_by: date | None


@dataclass(frozen=True)
class StoredNotice:
    """A notice row being delivered (new this run, or a failure being retried)."""

    id: int
    kind: NoticeKind
    recipient: Recipient
    channel: str
    subject: str
    body: str
    attempts: int
    #: The item it is about ("39999000000016 Dune"), for lists of what is due.
    item: str = ""


@dataclass(frozen=True)
class NoticeLogEntry:
    """One line of the log of what went out."""

    id: int
    created: datetime
    sent: datetime | None
    patron_barcode: str
    patron_name: str
    kind: NoticeKind
    channel: str
    status: str
    attempts: int
    last_error: str | None
    subject: str
    item_barcode: str | None
    title: str | None
