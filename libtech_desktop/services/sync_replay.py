"""Replaying one operation from another device through the desk's own services (issue 7).

The operation runs with a clock set to its (corrected) instant and as its staff member,
inside :func:`journal.replaying`, so its effect is dated when it happened there and the
journal here keeps its origin. Before that, what the branch knows that the other device
could not is checked (the item lent to someone else since, a newer loan, an unknown
barcode…): those become exceptions with a reason, never a silent discard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.clock import FixedClock, to_local
from libtech_desktop.domain.errors import LibtechError, PatronBlocked, PatronExpired
from libtech_desktop.domain.holds import HoldRefused
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import PatronDraft
from libtech_desktop.domain.search_query import fold, parse_query
from libtech_desktop.domain.staff import Actor
from libtech_desktop.domain.sync import Origin
from libtech_desktop.domain.sync_merge import IncomingOp, OpOutcome
from libtech_desktop.services import journal
from libtech_desktop.services.circulation import CirculationService
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.fines import FineService
from libtech_desktop.services.holds import HoldService
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.repairs import RepairService

APPLIED = OpOutcome("applied")


def replay(
    ctx: ServiceContext,
    op: IncomingOp,
    instant: datetime,
    *,
    override: bool = False,
    retry: bool = False,
) -> OpOutcome:
    """Apply ``op`` as of ``instant`` (its time on this library's clock). ``retry``: staff
    asked again after resolving the cause (a newer loan no longer stops a check-out);
    ``override``: lend despite a block staff may override."""
    here = replace(ctx, clock=FixedClock(instant), actor=lambda: Actor(op.staff, op.staff))
    origin = Origin(op.op_id, op.device_id, op.seq, op.staff, op.at, _stop(op))
    try:
        with here.unit_of_work() as uow:
            verdict = _CHECKS[op.kind](uow, op, instant, retry)
        if verdict is not None:
            return verdict
        with journal.replaying(origin):
            return _APPLY[op.kind](here, op, override) or APPLIED
    except PatronBlocked as error:
        return _exception(f"blocked at the branch: {error.message}")
    except PatronExpired as error:
        return _exception(f"expired at the branch: {error.message}")
    except HoldRefused as error:
        return _exception(f"a hold waits for it: {error.message}")
    except LibtechError as error:
        return _exception(error.message)


def _stop(op: IncomingOp) -> str | None:
    stop = op.data.get("stop")
    return str(stop) if stop else None


def _exception(reason: str) -> OpOutcome:
    return OpOutcome("exception", reason)


def when(instant: datetime) -> str:
    """``2 Mar 2026 14:05``: how a reason names an instant, in local time."""
    local = to_local(instant)
    return f"{local.day} {local:%b %Y %H:%M}"


def _day(instant: datetime) -> str:
    local = to_local(instant)
    return f"{local.day} {local:%b %Y}"


def _who(loan: Loan) -> str:
    return f"{loan.patron_name} ({loan.patron_barcode})"


# -- checks: what the branch knows that the device could not -----------------------------

Check = Callable[[UnitOfWork, IncomingOp, datetime, bool], OpOutcome | None]


def _unknown(uow: UnitOfWork, op: IncomingOp, *, item: bool, patron: bool) -> OpOutcome | None:
    if item and op.item and uow.catalogue.item_by_barcode(op.item) is None:
        return _exception(f"unknown item barcode {op.item}: no item has it at the branch")
    if patron and op.patron and uow.patrons.by_barcode(op.patron) is None:
        return _exception(f"unknown patron barcode {op.patron}: no card has it at the branch")
    return None


def _check_checkout(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    unknown = _unknown(uow, op, item=True, patron=True)
    if unknown is not None or op.item is None:
        return unknown
    latest = uow.sync.latest_loan(op.item)
    if latest is not None and latest.returned is None:
        if latest.patron_barcode == op.patron:
            return OpOutcome("unchanged", f"already on loan to {_who(latest)} at the branch")
        return _exception(
            f"on loan to {_who(latest)} since {when(latest.checked_out)} at the branch"
        )
    if latest is not None and not retry and latest.returned and latest.returned > instant:
        return _exception(
            f"lent at the branch to {_who(latest)} from {when(latest.checked_out)} to "
            f"{when(latest.returned)}, after this check-out on {when(instant)}"
        )
    return None


def _check_checkin(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    unknown = _unknown(uow, op, item=True, patron=False)
    if unknown is not None or op.item is None:
        return unknown
    latest = uow.sync.latest_loan(op.item)
    if latest is None or latest.returned is not None:
        return OpOutcome("unchanged", "already checked in at the branch")
    if op.patron and latest.patron_barcode != op.patron:
        return _exception(
            f"on loan at the branch to {_who(latest)} since {when(latest.checked_out)}, "
            f"not to {op.patron} whose loan was closed"
        )
    if latest.checked_out > instant:
        return _exception(
            f"lent at the branch to {_who(latest)} on {when(latest.checked_out)}, "
            f"after this return on {when(instant)}"
        )
    return None


def _check_renew(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    unknown = _unknown(uow, op, item=True, patron=True)
    if unknown is not None or op.item is None:
        return unknown
    latest = uow.sync.latest_loan(op.item)
    if latest is None:
        return _exception("the loan is gone: the item was never lent at the branch")
    if latest.returned is not None:
        return _exception(
            f"the loan is gone: {op.item} was checked in at the branch on {when(latest.returned)}"
        )
    if op.patron and latest.patron_barcode != op.patron:
        return _exception(
            f"the loan is gone: on loan to {_who(latest)} since {when(latest.checked_out)}"
        )
    return None


def _check_payment(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    unknown = _unknown(uow, op, item=False, patron=True)
    patron = uow.patrons.by_barcode(op.patron or "")
    if unknown is not None or patron is None:
        return unknown
    owed = uow.fines.outstanding_total(patron.id)
    amount = int(op.data.get("amount_minor") or 0)
    if amount > owed:
        return _exception(
            f"payment of {format_money(amount)} is more than the {format_money(owed)} "
            f"{patron.name} owes at the branch"
        )
    return None


def _check_patron_add(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    existing = uow.patrons.by_barcode(str(op.data.get("barcode") or ""))
    if existing is None:
        return None
    if existing.name == op.data.get("name"):
        return OpOutcome("unchanged", f"{existing.name} is already registered at the branch")
    return _exception(
        f"card barcode {existing.barcode} was given to {existing.name} at the branch "
        f"meanwhile, not to {op.data.get('name')}"
    )


def _check_patron_change(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    return _unknown(uow, op, item=False, patron=True)


def _check_hold(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    unknown = _unknown(uow, op, item=False, patron=True)
    if unknown is not None:
        return unknown
    if _hold_biblio(uow, op) is None:
        return _exception(
            f"no record at the branch has ISBN {op.data.get('isbn') or '—'}, the copy "
            f"{op.item or '—'} or the title “{op.data.get('title') or '—'}”"
        )
    return None


def _check_damage(
    uow: UnitOfWork, op: IncomingOp, instant: datetime, retry: bool
) -> OpOutcome | None:
    return _unknown(uow, op, item=True, patron=False)


_CHECKS: dict[JournalKind, Check] = {
    JournalKind.CHECKOUT: _check_checkout,
    JournalKind.CHECKIN: _check_checkin,
    JournalKind.RENEW: _check_renew,
    JournalKind.PAYMENT: _check_payment,
    JournalKind.PATRON_ADD: _check_patron_add,
    JournalKind.PATRON_CHANGE: _check_patron_change,
    JournalKind.HOLD_PLACE: _check_hold,
    JournalKind.DAMAGE: _check_damage,
}


# -- applying: the desk's own services --------------------------------------------------

Apply = Callable[[ServiceContext, IncomingOp, bool], OpOutcome | None]


def _due(op: IncomingOp) -> date | None:
    due = op.data.get("due")
    return date.fromisoformat(due) if isinstance(due, str) and due else None


def _apply_checkout(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    CirculationService(ctx).checkout(str(op.patron), str(op.item), override=override, due=_due(op))
    return None


def _apply_checkin(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    CirculationService(ctx).checkin(str(op.item))
    return None


def _apply_renew(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    CirculationService(ctx).renew(str(op.item), due=_due(op))
    return None


def _apply_payment(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    # The fine ids are the other device's: the payment is shared over the fines here.
    FineService(ctx).pay(
        str(op.patron),
        int(op.data["amount_minor"]),
        str(op.data.get("method") or "cash"),
        note=op.data.get("note"),
    )
    return None


def _draft(card: dict[str, object], base: PatronDraft | None = None) -> PatronDraft:
    fields = {
        "barcode": "barcode",
        "name": "name",
        "category": "category_code",
        "email": "email",
        "phone": "phone",
        "expires_on": "expires_on",
        "notes": "notes",
        "address": "address",
        "notice_channel": "notice_channel",
        "guardian": "guardian_barcode",
    }
    changed = card.get("changed")
    keys = [k for k in fields if base is None or (isinstance(changed, list) and k in changed)]
    values: dict[str, object] = {}
    for key in keys:
        value = card.get(key)
        if key == "expires_on" and isinstance(value, str):
            value = date.fromisoformat(value)
        values[fields[key]] = value
    if base is None:
        return PatronDraft(**values)  # type: ignore[arg-type]
    return replace(base, **values)  # type: ignore[arg-type]


def _apply_patron_add(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    PatronService(ctx).register_draft(_draft(op.data))
    return None


def _apply_patron_change(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    service = PatronService(ctx)
    current = service.get(str(op.patron))
    base = PatronDraft(
        barcode=current.barcode,
        name=current.name,
        category_code=current.category_code,
        email=current.email,
        phone=current.phone,
        expires_on=current.expires_on,
        notes=current.notes,
        address=current.address,
        notice_channel=current.notice_channel,
        guardian_barcode=current.guardian_barcode,
    )
    draft = _draft(op.data, base)
    if draft == base:
        return OpOutcome("unchanged", "the card at the branch already says the same")
    service.update(current.barcode, draft)
    return None


def _hold_biblio(uow: UnitOfWork, op: IncomingOp) -> int | None:
    """The record a hold names: by ISBN, else the copy's or item's barcode, else title."""
    isbn = op.data.get("isbn")
    if isbn:
        found = uow.catalogue.biblio_by_isbn(str(isbn))
        if found is not None:
            return found.id
    for key in ("item", "copy"):
        barcode = op.data.get(key)
        item = uow.catalogue.item_by_barcode(str(barcode)) if barcode else None
        if item is not None:
            return item.biblio_id
    title = op.data.get("title")
    if not title:
        return None
    try:
        query = parse_query('"' + str(title).replace('"', " ") + '"')
    except LibtechError:
        return None
    same = [b for b in uow.search.search(query, 20) if fold(b.title) == fold(str(title))]
    return same[0].id if same else None


def _apply_hold(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    with ctx.unit_of_work() as uow:
        biblio = _hold_biblio(uow, op)
        item = op.data.get("item")
        has_item = bool(item) and uow.catalogue.item_by_barcode(str(item)) is not None
    if has_item:
        HoldService(ctx).place(str(op.patron), item_barcode=str(item))
    else:
        HoldService(ctx).place(str(op.patron), biblio_id=biblio)
    return None


def _apply_damage(ctx: ServiceContext, op: IncomingOp, override: bool) -> OpOutcome | None:
    RepairService(ctx).report_damage(
        str(op.item),
        str(op.data.get("note") or "damaged"),
        op.data.get("repair_type"),
        charge_minor=int(op.data.get("charge_minor") or 0),
        source=str(op.data.get("source") or "checkin"),
    )
    return None


_APPLY: dict[JournalKind, Apply] = {
    JournalKind.CHECKOUT: _apply_checkout,
    JournalKind.CHECKIN: _apply_checkin,
    JournalKind.RENEW: _apply_renew,
    JournalKind.PAYMENT: _apply_payment,
    JournalKind.PATRON_ADD: _apply_patron_add,
    JournalKind.PATRON_CHANGE: _apply_patron_change,
    JournalKind.HOLD_PLACE: _apply_hold,
    JournalKind.DAMAGE: _apply_damage,
}
