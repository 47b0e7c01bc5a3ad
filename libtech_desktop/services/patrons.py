"""Register, edit, find, renew and block patrons; their incidents; who may borrow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.errors import (
    CirculationRefused,
    DuplicateBarcode,
    InvalidInput,
    PatronBlocked,
    PatronExpired,
)
from libtech_desktop.domain.incidents import Incident, IncidentDraft, validate_incident
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.patrons import (
    ANONYMISED_BARCODE,
    Block,
    BlockKind,
    Category,
    Patron,
    PatronDraft,
    Standing,
    borrowing_blocks,
    renewed_expiry,
    validate_draft,
)
from libtech_desktop.domain.staff import Actor, Permission
from libtech_desktop.services import audit, journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_patron
from libtech_desktop.services.numbering import next_card_number
from libtech_desktop.services.ports import UnitOfWork


class PatronService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def register(
        self,
        barcode: str,
        name: str,
        category: str = "adult",
        email: str | None = None,
        phone: str | None = None,
        notes: str | None = None,
        *,
        address: str | None = None,
        notice_channel: str | None = None,
        guardian: str | None = None,
    ) -> Patron:
        """Register a patron; the card expires after the category's membership period.
        ``guardian``: a child's guardian's card barcode."""
        draft = PatronDraft(
            barcode,
            name,
            category,
            email=email,
            phone=phone,
            notes=notes,
            address=address,
            notice_channel=notice_channel,
            guardian_barcode=guardian,
        )
        return self.register_draft(draft)

    def register_draft(self, draft: PatronDraft) -> Patron:
        """Register from a full draft; without an expiry, the category's period from today.
        With the card left blank, the next card of the library's barcode scheme is issued
        (when ``barcode.auto_cards`` is on, as a library set up by the first run has it)."""
        with self._ctx.unit_of_work() as uow:
            if not draft.barcode.strip():
                draft = replace(draft, barcode=next_card_number(uow))
            draft = validate_draft(draft)
            patron = add_patron(uow, self._ctx, draft)
            data = _draft_data(replace(draft, expires_on=patron.expires_on))
            actor, now = self._ctx.actor(), self._ctx.clock.now()
            journal.record(uow, actor, now, JournalKind.PATRON_ADD, data)
            audit.record(uow, actor, now, "patron.register", "patron", patron.barcode, after=data)
            uow.commit()
        return patron

    def update(self, patron_barcode: str, draft: PatronDraft) -> Patron:
        draft = validate_draft(draft)
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            updated = update_patron(uow, self._ctx, patron, draft)
            after = _draft_data(_as_draft(updated))
            before = _draft_data(_as_draft(patron))
            # A merge elsewhere changes only these fields: a laptop that never held the
            # address must not blank the branch's.
            changed = sorted(key for key in after if after[key] != before[key])
            data: dict[str, object] = {"patron": patron.barcode, **after, "changed": changed}
            actor, now = self._ctx.actor(), self._ctx.clock.now()
            journal.record(uow, actor, now, JournalKind.PATRON_CHANGE, data)
            if changed:
                audit.record(
                    uow,
                    actor,
                    now,
                    "patron.update",
                    "patron",
                    patron.barcode,
                    before={k: before[k] for k in changed},
                    after={k: after[k] for k in changed},
                )
            uow.commit()
        return updated

    def get(self, barcode: str) -> Patron:
        """The patron, without contact details for staff who may not see them."""
        with self._ctx.unit_of_work() as uow:
            return visible_to(self._ctx.actor(), require_patron(uow, barcode))

    def search(self, text: str, limit: int = 500) -> list[Patron]:
        """The first ``limit`` patrons of :meth:`search_page`'s list."""
        return self.search_page(text, 0, limit)

    def search_page(self, text: str, offset: int, limit: int) -> list[Patron]:
        """Patrons ``offset`` to ``offset + limit`` found by the search box, by name: a
        card's exact barcode (scanned or typed) finds that patron alone; a part of a
        name or email lists every match; blank lists everyone. For a list read a page at
        a time as it scrolls (the pages follow one order)."""
        text, actor = text.strip(), self._ctx.actor()
        with self._ctx.unit_of_work() as uow:
            card = uow.patrons.by_barcode(text) if text else None
            if card is not None and card.barcode != ANONYMISED_BARCODE:
                # A scan is the desk's hot path: the card's index, not a search.
                found: Sequence[Patron] = [card] if offset == 0 < limit else []
            else:
                found = uow.patrons.search(text, limit, offset)
            return [visible_to(actor, p) for p in found]

    def renew_membership(self, barcode: str) -> Patron:
        """Extend the card by the category's period, from today or from the current
        expiry if that is later."""
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            cat = _category(uow, patron.category_code)
            expires = renewed_expiry(patron.expires_on, today, cat.membership_days)
            renewed = uow.patrons.set_expiry(
                patron.id, expires, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return renewed

    def block(self, barcode: str, reason: str, until: date | None = None) -> Patron:
        """A manual block; ``until``: the first day the patron may borrow again."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput("Give a reason for the block; the desk will show it.")
        if until is not None and until <= self._ctx.clock.today():
            raise InvalidInput(f"A block must end after today, not on {until.isoformat()}.")
        return self._set_block(barcode, reason, until)

    def unblock(self, barcode: str) -> Patron:
        return self._set_block(barcode, None, None)

    def categories(self) -> list[Category]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.patrons.categories())

    def add_category(self, code: str, name: str, membership_days: int) -> Category:
        code, name = code.strip().lower(), " ".join(name.split())
        if not code or any(ch.isspace() for ch in code):
            raise InvalidInput(f"A category code is one word, like teacher, not {code!r}.")
        if not name:
            raise InvalidInput("A category needs a name.")
        if membership_days < 1:
            raise InvalidInput("A membership lasts at least one day.")
        with self._ctx.unit_of_work() as uow:
            if uow.patrons.category(code) is not None:
                raise InvalidInput(f"There is already a patron category {code!r}.")
            cat = uow.patrons.add_category(code, name, membership_days)
            uow.commit()
        return cat

    def record_incident(
        self,
        barcode: str,
        what: str,
        action: str | None = None,
        *,
        occurred_on: date | None = None,
        suspended_until: date | None = None,
    ) -> Incident:
        """Log an incident (today unless ``occurred_on``); ``suspended_until``: the
        patron may not borrow until that day."""
        today = self._ctx.clock.today()
        draft = validate_incident(
            IncidentDraft(occurred_on or today, what, action, suspended_until), today
        )
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            incident = uow.incidents.add(patron.id, draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return incident

    def incidents(self, barcode: str) -> list[Incident]:
        """The patron's incidents, newest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.incidents.for_patron(require_patron(uow, barcode).id))

    def blocks(self, barcode: str) -> list[Block]:
        """Every reason the patron may not borrow today (empty: they may)."""
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            return patron_blocks(uow, patron, self._ctx.clock.today())

    def _set_block(self, barcode: str, reason: str | None, until: date | None) -> Patron:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            changed = uow.patrons.set_block(patron.id, reason, actor, now, until)
            audit.record(
                uow,
                actor,
                now,
                "patron.block" if reason is not None else "patron.unblock",
                "patron",
                patron.barcode,
                before={"reason": patron.blocked_reason, "until": patron.blocked_until},
                after={"reason": changed.blocked_reason, "until": changed.blocked_until},
            )
            uow.commit()
        return changed


def visible_to(actor: Actor, patron: Patron) -> Patron:
    """``patron`` as ``actor`` may see them: without the right to patrons' contact
    details (a volunteer) the address, email, phone and notes are ``None``; the name,
    card, category, expiry and standing stay."""
    if actor.may(Permission.PATRON_CONTACT):
        return patron
    return replace(patron, email=None, phone=None, address=None, notes=None)


def _as_draft(patron: Patron) -> PatronDraft:
    return PatronDraft(
        barcode=patron.barcode,
        name=patron.name,
        category_code=patron.category_code,
        email=patron.email,
        phone=patron.phone,
        expires_on=patron.expires_on,
        notes=patron.notes,
        address=patron.address,
        notice_channel=patron.notice_channel,
        guardian_barcode=patron.guardian_barcode,
    )


def _draft_data(draft: PatronDraft) -> dict[str, str | None]:
    """A draft as the journal keeps it: enough to register or change the patron elsewhere."""
    return {
        "barcode": draft.barcode,
        "name": draft.name,
        "category": draft.category_code,
        "email": draft.email,
        "phone": draft.phone,
        "expires_on": draft.expires_on.isoformat() if draft.expires_on else None,
        "notes": draft.notes,
        "address": draft.address,
        "notice_channel": draft.notice_channel,
        "guardian": draft.guardian_barcode,
    }


def add_patron(uow: UnitOfWork, ctx: ServiceContext, draft: PatronDraft) -> Patron:
    """Register a validated draft inside ``uow`` (also used by the CSV import)."""
    if uow.patrons.by_barcode(draft.barcode) is not None:
        raise DuplicateBarcode(f"A patron already has the card barcode {draft.barcode}.")
    if uow.catalogue.item_by_barcode(draft.barcode) is not None:
        raise DuplicateBarcode(f"{draft.barcode} is an item's barcode, not a free card.")
    cat = _category(uow, draft.category_code)
    _check_guardian(uow, draft)
    if draft.expires_on is None:
        draft = replace(draft, expires_on=ctx.clock.today() + timedelta(days=cat.membership_days))
    return uow.patrons.add(draft, ctx.actor(), ctx.clock.now())


def update_patron(
    uow: UnitOfWork, ctx: ServiceContext, patron: Patron, draft: PatronDraft
) -> Patron:
    """Save a validated draft over ``patron`` inside ``uow``."""
    if draft.barcode != patron.barcode and uow.patrons.by_barcode(draft.barcode):
        raise DuplicateBarcode(f"A patron already has the card barcode {draft.barcode}.")
    _category(uow, draft.category_code)
    if draft.guardian_barcode == patron.barcode:
        raise InvalidInput("A patron cannot be their own guardian.")
    _check_guardian(uow, draft)
    return uow.patrons.update(patron.id, draft, ctx.actor(), ctx.clock.now())


def _check_guardian(uow: UnitOfWork, draft: PatronDraft) -> None:
    if draft.guardian_barcode and uow.patrons.by_barcode(draft.guardian_barcode) is None:
        raise InvalidInput(f"No patron has the card {draft.guardian_barcode} to be the guardian.")


def _category(uow: UnitOfWork, code: str) -> Category:
    cat = uow.patrons.category(code)
    if cat is None:
        known = ", ".join(c.code for c in uow.patrons.categories())
        raise InvalidInput(f"There is no patron category {code!r} (known: {known}).")
    return cat


@dataclass(frozen=True)
class BorrowingRefusal:
    """Why a patron may not borrow today, and whether staff may lend anyway."""

    #: Every reason, one line each.
    message: str
    #: Staff may override it at the desk (the ``blocks.override`` setting allows it).
    overridable: bool
    #: What is raised when the refusal stands (an expired card is ``PatronExpired``).
    error: type[CirculationRefused] = PatronBlocked
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class BorrowingFacts:
    """What the block checks read of a patron, read once per desk action: the checks,
    the summary the desk shows and its fines all use the same reading."""

    #: The patron's open loans (due date order).
    loans: tuple[Loan, ...]
    #: Fines charged and not yet paid, in minor units.
    owed_minor: int
    #: Suspensions still running today: (until, what happened).
    suspensions: tuple[tuple[date, str], ...]


def borrowing_facts(uow: UnitOfWork, patron: Patron, today: date) -> BorrowingFacts:
    """Read what :func:`patron_blocks` needs: the open loans, the fines owed and the
    suspensions (three statements)."""
    return BorrowingFacts(
        loans=tuple(uow.loans.open_for_patron(patron.id)),
        owed_minor=uow.fines.outstanding_total(patron.id),
        suspensions=tuple(
            (i.suspended_until, i.what)
            for i in uow.incidents.suspensions(patron.id, today)
            if i.suspended_until is not None
        ),
    )


def patron_blocks(
    uow: UnitOfWork, patron: Patron, today: date, facts: BorrowingFacts | None = None
) -> list[Block]:
    """Every block on ``patron`` today: manual, suspension, fines, overdue, expiry.
    ``facts``: what the caller has read already (:func:`borrowing_facts`)."""
    facts = borrowing_facts(uow, patron, today) if facts is None else facts
    settings = SettingsReader(uow.settings.get)
    standing = Standing(
        owed_minor=facts.owed_minor,
        max_owed_minor=settings.money("blocks.max_owed"),
        most_overdue_days=max((loan.days_overdue(today) for loan in facts.loans), default=0),
        overdue_limit_days=settings.integer("blocks.overdue_days"),
        suspensions=facts.suspensions,
    )
    return borrowing_blocks(patron, today, standing)


def borrowing_refusal(
    uow: UnitOfWork, patron: Patron, today: date, facts: BorrowingFacts | None = None
) -> BorrowingRefusal | None:
    """Called by circulation inside its unit of work, at check-out, renewal and when a
    patron's card is scanned: every block that stops ``patron`` borrowing today.

    Overridable only when ``blocks.override`` is on and every block is automatic
    (fines, overdue items, expiry): a manual block or a suspension is never overridden.
    ``facts``: what the caller has read already (:func:`borrowing_facts`)."""
    blocks = patron_blocks(uow, patron, today, facts)
    if not blocks:
        return None
    allowed = SettingsReader(uow.settings.get).flag("blocks.override")
    only_expiry = all(b.kind is BlockKind.EXPIRED for b in blocks)
    return BorrowingRefusal(
        message="\n".join(b.message for b in blocks),
        overridable=allowed and all(b.overridable for b in blocks),
        error=PatronExpired if only_expiry else PatronBlocked,
        blocks=tuple(blocks),
    )
