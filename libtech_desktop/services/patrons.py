"""Register, edit, find and block patrons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from libtech_desktop.domain.errors import (
    CirculationRefused,
    DuplicateBarcode,
    InvalidInput,
    PatronBlocked,
)
from libtech_desktop.domain.patrons import (
    Category,
    Patron,
    PatronDraft,
    check_may_borrow,
    validate_draft,
)
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_patron
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
    ) -> Patron:
        """Register a patron; the card expires after the category's membership period."""
        draft = validate_draft(
            PatronDraft(barcode, name, category, email=email, phone=phone, notes=notes)
        )
        with self._ctx.unit_of_work() as uow:
            if uow.patrons.by_barcode(draft.barcode) is not None:
                raise DuplicateBarcode(f"A patron already has the card barcode {draft.barcode}.")
            if uow.catalogue.item_by_barcode(draft.barcode) is not None:
                raise DuplicateBarcode(f"{draft.barcode} is an item's barcode, not a free card.")
            cat = _category(uow, draft.category_code)
            expires = self._ctx.clock.today() + timedelta(days=cat.membership_days)
            draft = PatronDraft(**{**draft.__dict__, "expires_on": expires})
            patron = uow.patrons.add(draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return patron

    def update(self, patron_barcode: str, draft: PatronDraft) -> Patron:
        draft = validate_draft(draft)
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            if draft.barcode != patron.barcode and uow.patrons.by_barcode(draft.barcode):
                raise DuplicateBarcode(f"A patron already has the card barcode {draft.barcode}.")
            _category(uow, draft.category_code)
            updated = uow.patrons.update(patron.id, draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return updated

    def get(self, barcode: str) -> Patron:
        with self._ctx.unit_of_work() as uow:
            return require_patron(uow, barcode)

    def search(self, text: str, limit: int = 500) -> list[Patron]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.patrons.search(text.strip(), limit))

    def block(self, barcode: str, reason: str) -> Patron:
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput("Give a reason for the block; the desk will show it.")
        return self._set_block(barcode, reason)

    def unblock(self, barcode: str) -> Patron:
        return self._set_block(barcode, None)

    def categories(self) -> list[Category]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.patrons.categories())

    def _set_block(self, barcode: str, reason: str | None) -> Patron:
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            changed = uow.patrons.set_block(
                patron.id, reason, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return changed


def _category(uow: UnitOfWork, code: str) -> Category:
    cat = uow.patrons.category(code)
    if cat is None:
        known = ", ".join(c.code for c in uow.patrons.categories())
        raise InvalidInput(f"There is no patron category {code!r} (known: {known}).")
    return cat


@dataclass(frozen=True)
class BorrowingRefusal:
    """Why a patron may not borrow today, and whether staff may lend anyway."""

    message: str
    #: Staff may override it at the desk (the ``blocks.override`` setting allows it).
    overridable: bool
    #: What is raised when the refusal stands (an expired card is ``PatronExpired``).
    error: type[CirculationRefused] = PatronBlocked


def borrowing_refusal(uow: UnitOfWork, patron: Patron, today: date) -> BorrowingRefusal | None:
    """Called by circulation inside its unit of work, at check-out, renewal and when a
    patron's card is scanned: every block that stops ``patron`` borrowing today."""
    try:
        check_may_borrow(patron, today)
    except CirculationRefused as exc:
        return BorrowingRefusal(exc.message, overridable=False, error=type(exc))
    return None
