"""Fill a library with a realistic demo: patrons, records, copies and a desk's worth of loans.

One transaction straight through the repositories (not the other services, which
would open a transaction per row): a 10 000-item demo loads in seconds, and a
failure leaves the library as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from libtech_desktop.domain.catalogue import BiblioDraft, Item, ItemDraft, ItemStatus
from libtech_desktop.domain.circulation import LoanRule, next_open_day
from libtech_desktop.domain.demo_data import (
    DEMO_ROUTE,
    DEMO_STOPS,
    DEMO_TRUCK_ITEMS,
    DemoBiblio,
    DemoLibrary,
    DemoPatron,
    generate_demo,
)
from libtech_desktop.domain.equipment import EquipmentDraft
from libtech_desktop.domain.errors import DuplicateBarcode, InvalidInput, LibtechError
from libtech_desktop.domain.library_settings import LIBRARY_NAME_KEY
from libtech_desktop.domain.marc import MarcRecord
from libtech_desktop.domain.patrons import Patron, PatronDraft
from libtech_desktop.domain.record_fields import (
    Identifier,
    RecordFields,
    index_text,
    new_record,
    nonfiling_characters,
)
from libtech_desktop.interop.marc_convert import to_pymarc
from libtech_desktop.interop.marc_reader import stored_form
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    ProgressFn,
    Ticker,
    never_cancel,
    no_progress,
)
from libtech_desktop.services.routes import RouteService
from libtech_desktop.services.truck import TruckService

ON_LOAN_SHARE = 0.15
#: The demo's lendable laptop (a 14-digit item barcode with its check digit).
DEMO_LAPTOP_BARCODE = "39999000999993"
#: One copy in this many of those on loan has a hold waiting for it.
HOLD_EVERY = 12
#: Patrons who owe fines in a demo (the first owes 12.00: blocked over 10.00).
FINED_PATRONS = 4
#: Given to a library that has no name yet; a name already set is kept.
DEMO_LIBRARY_NAME = "Demo Library"
#: Due dates spread over this many days either side of today, so some are overdue.
DUE_SPREAD_DAYS = 20
OPENS, OPEN_MINUTES = time(9, 30), 8 * 60
BLOCK_REASONS = (
    "Unpaid fines over limit",
    "Lost item not paid for",
    "Returned mail — address needs checking",
    "Damaged items not settled",
)
REPAIR_NOTES = (
    "Spine split, pages loose",
    "Water damage to the back cover",
    "Torn pages 40-52",
    "Disc scratched, skips in chapter 3",
    "Cover detached",
)


class DemoRefused(LibtechError):
    code = "demo_refused"


@dataclass(frozen=True)
class DemoReport:
    patrons: int
    expired_patrons: int
    blocked_patrons: int
    biblios: int
    items: int
    loans: int
    overdue_loans: int
    repairs: int
    #: Holds waiting on copies out on loan (they trap when those come back).
    holds: int = 0
    #: Patrons with fines to pay from earlier late returns.
    patrons_owing: int = 0


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def populate(
        self,
        patrons: int = 50,
        items: int = 200,
        seed: int = 1,
        *,
        progress: ProgressFn = no_progress,
        should_cancel: CancelFn = never_cancel,
    ) -> DemoReport:
        """Load a demo library of ``patrons`` and ``items``; the same seed, the same library.

        A library without a name is named ``DEMO_LIBRARY_NAME``. A cancel
        (``should_cancel``) rolls the whole demo back, the name included."""
        if patrons < 0 or items < 0:
            raise InvalidInput("The numbers of demo patrons and items cannot be negative.")
        try:
            plan = generate_demo(patrons=patrons, items=items, seed=seed)
        except ValueError as exc:
            raise InvalidInput(f"Cannot make that demo: {exc}.") from exc
        # A separate stream, so the circulation picture never shifts the plan's barcodes.
        rng = random.Random(f"libtech-demo-circulation-{seed}")
        with self._ctx.unit_of_work() as uow:
            _check_ready(uow, plan)
            ticker = Ticker(len(plan.patrons) + len(plan.biblios), progress, should_cancel)
            loader = _Loader(uow, self._ctx, rng, ticker)
            report = loader.load(plan)
            if uow.settings.get(LIBRARY_NAME_KEY) is None:
                uow.settings.set(LIBRARY_NAME_KEY, DEMO_LIBRARY_NAME)
            uow.commit()
        if items:
            self._equip()
            self._bookmobile(plan)
        return report

    def _bookmobile(self, plan: DemoLibrary) -> None:
        """A bookmobile route with stops (one visited today) and a few copies on the
        truck, through the route and truck services (their own rules)."""
        routes, today = RouteService(self._ctx), self._ctx.clock.today()
        if routes.stops():
            return
        routes.add_route(DEMO_ROUTE, "The demo's bookmobile round")
        for name, offset, starts, ends, every, address in DEMO_STOPS:
            first = today + timedelta(days=offset)
            routes.add_stop(
                DEMO_ROUTE, name, first.weekday(), starts, ends, first, every, address=address
            )
        truck, loaded = TruckService(self._ctx), 0
        for item in (i for b in plan.biblios for i in b.items):
            if loaded == DEMO_TRUCK_ITEMS:
                break
            try:
                loaded += truck.load(item.barcode).changed
            except LibtechError:  # on loan: not on the shelf to load
                continue

    def _equip(self) -> None:
        """A projector whose lamp is due for a change and a laptop lent at the desk with
        its charger: the Equipment dialog and the accessories checklist have something
        to show. Made through the equipment service (its own rules for lendable pieces)."""
        equipment = EquipmentService(self._ctx)
        today = self._ctx.clock.today()
        projector = equipment.add(
            EquipmentDraft(
                "Projector, meeting room",
                kind="projector",
                model="Epson EB-W51",
                serial="X4K9D2",
                location="Meeting room",
                purchased_on=today - timedelta(days=700),
                warranty_until=today + timedelta(days=30),
            )
        )
        equipment.add_maintenance(projector.id, "Replace the lamp", every_hours=2000)
        equipment.record_hours(projector.id, 2012)  # the lamp is past its 2,000 hours
        equipment.add_maintenance(
            projector.id,
            "Clean the air filter",
            every_days=90,
            last_done_on=today - timedelta(days=88),
        )
        laptop = equipment.add(
            EquipmentDraft("Laptop 1", kind="laptop", model="ThinkPad E14", location="Desk")
        )
        equipment.make_lendable(laptop.id, DEMO_LAPTOP_BARCODE, "charger, bag")
        LabelService(self._ctx).mark_printed([DEMO_LAPTOP_BARCODE])  # labelled, as the books


def demo_record(demo: DemoBiblio, today: date) -> MarcRecord:
    """The demo title as a catalogued MARC record: what a real catalogue holds."""
    fields = RecordFields(
        main_entry=demo.author,
        title=demo.title,
        nonfiling=nonfiling_characters(demo.title),
        publisher=demo.publisher or "",
        date=str(demo.year) if demo.year else "",
        isbns=(Identifier(demo.isbn),) if demo.isbn else (),
        subjects=demo.subjects,
        classification=demo.classification or "",
        call_number=demo.items[0].call_number if demo.items else "",
    )
    return new_record(fields, today)


def _check_ready(uow: UnitOfWork, plan: DemoLibrary) -> None:
    if uow.catalogue.item_count():
        raise DemoRefused(
            "This library already has items; a demo only goes into an empty library "
            "(use a new --db file)."
        )
    categories = {p.category for p in plan.patrons}
    types = {i.item_type for b in plan.biblios for i in b.items}
    missing = [f"patron category {c!r}" for c in sorted(categories) if not uow.patrons.category(c)]
    missing += [f"item type {t!r}" for t in sorted(types) if not uow.catalogue.item_type(t)]
    if missing:
        raise DemoRefused(
            f"The demo needs {', '.join(missing)}; run `libtech init` on this library first."
        )
    for patron in plan.patrons:
        if uow.patrons.by_barcode(patron.barcode) is not None:
            raise DuplicateBarcode(
                f"A patron already has the demo card barcode {patron.barcode}; "
                "use a new --db file or another --seed."
            )


class _Loader:
    def __init__(
        self, uow: UnitOfWork, ctx: ServiceContext, rng: random.Random, ticker: Ticker
    ) -> None:
        self._uow = uow
        self._ticker = ticker
        self._actor = ctx.actor()
        self._now = ctx.clock.now()
        self._today = ctx.clock.today()
        self._rng = rng
        self._rules: dict[tuple[str, str], LoanRule | None] = {}

    def load(self, plan: DemoLibrary) -> DemoReport:
        patrons = [self._add_patron(p) for p in plan.patrons]
        items = self._add_catalogue(plan)
        blocked = self._block_some(patrons)
        self._rng.shuffle(items)
        lent = round(len(items) * ON_LOAN_SHARE)
        blocked_ids = {p.id for p in blocked}
        borrowers = [p for p in patrons if p.id not in blocked_ids]
        loans = self._lend(items[:lent], borrowers)
        repairs = self._repair(items[lent:])
        holds = self._reserve(items[:lent], borrowers)
        owing = self._fine_some(borrowers)
        return DemoReport(
            patrons=len(patrons),
            expired_patrons=sum(1 for p in patrons if p.is_expired(self._today)),
            blocked_patrons=len(blocked),
            biblios=len(plan.biblios),
            items=len(items),
            loans=len(loans),
            overdue_loans=sum(1 for due in loans if due < self._today),
            repairs=repairs,
            holds=holds,
            patrons_owing=owing,
        )

    def _add_patron(self, demo: DemoPatron) -> Patron:
        self._ticker.step("Patrons")
        draft = PatronDraft(
            barcode=demo.barcode,
            name=demo.name,
            category_code=demo.category,
            email=demo.email,
            expires_on=self._today + timedelta(days=demo.expires_in_days),
        )
        return self._uow.patrons.add(draft, self._actor, self._now)

    def _add_catalogue(self, plan: DemoLibrary) -> list[Item]:
        items: list[Item] = []
        for demo in plan.biblios:
            self._ticker.step("Catalogue")
            record = BiblioDraft(demo.title, demo.author, demo.isbn, demo.year, demo.publisher)
            marc = demo_record(demo, self._today)
            stored = stored_form(to_pymarc(marc))
            biblio = self._uow.catalogue.add_biblio(
                record, self._actor, self._now, stored, index_text(marc)
            )
            for copy in demo.items:
                draft = ItemDraft(copy.barcode, copy.call_number, copy.item_type, copy.location)
                items.append(self._uow.catalogue.add_item(biblio.id, draft, self._actor, self._now))
        # The demo's shelves are stocked already: their labels are on, none wait.
        self._uow.labels.mark_printed([i.barcode for i in items], self._actor, self._now)
        return items

    def _block_some(self, patrons: Sequence[Patron]) -> list[Patron]:
        if not patrons:
            return []
        count = min(len(patrons), self._rng.choice((1, 2)))
        blocked = []
        for patron, reason in zip(
            self._rng.sample(list(patrons), count),
            self._rng.sample(BLOCK_REASONS, count),
            strict=True,
        ):
            blocked.append(self._uow.patrons.set_block(patron.id, reason, self._actor, self._now))
        return blocked

    def _lend(self, items: Sequence[Item], patrons: Sequence[Patron]) -> list[date]:
        """Lend ``items`` to patrons who may borrow, within their rules; the due dates."""
        borrowers = [p for p in patrons if not p.is_expired(self._today)]
        counts: dict[tuple[int, str], int] = {}
        dues: list[date] = []
        if not borrowers:
            return dues
        for item in items:
            for patron in self._rng.sample(borrowers, min(len(borrowers), 5)):
                rule = self._rule(patron.category_code, item.item_type_code)
                key = (patron.id, item.item_type_code)
                if rule is None or counts.get(key, 0) >= rule.max_items:
                    continue
                counts[key] = counts.get(key, 0) + 1
                dues.append(self._lend_one(item, patron, rule))
                break
        return dues

    def _lend_one(self, item: Item, patron: Patron, rule: LoanRule) -> date:
        offset = self._rng.randint(-DUE_SPREAD_DAYS, DUE_SPREAD_DAYS)
        due = next_open_day(self._today + timedelta(days=offset), self._uow.rules.is_closed)
        # Lent one loan period before the due date, during opening hours (local time);
        # never later than now, should a short loan period put that day ahead of today.
        opened = datetime.combine(due - timedelta(days=rule.loan_days), OPENS).astimezone()
        lent_at = opened + timedelta(minutes=self._rng.randint(0, OPEN_MINUTES))
        lent_at = min(lent_at.astimezone(UTC), self._now)
        self._uow.loans.create(item.id, patron.id, due, self._actor, lent_at)
        return due

    def _repair(self, items: Sequence[Item]) -> int:
        chosen = items[: self._rng.choice((2, 3))]
        for item, note in zip(chosen, self._rng.sample(REPAIR_NOTES, len(chosen)), strict=True):
            self._uow.catalogue.set_status(
                item.id, ItemStatus.IN_REPAIR, self._actor, self._now, condition_note=note
            )
            self._uow.repairs.open(item.id, note, self._actor, self._now)
        return len(chosen)

    def _reserve(self, lent: Sequence[Item], patrons: Sequence[Patron]) -> int:
        """Holds by other patrons on a few copies out on loan: the hold shelf fills as
        they come back at the demo's check-in desk."""
        count = 0
        for item in lent[: max(1, len(lent) // HOLD_EVERY)]:
            loan = self._uow.loans.open_for_item(item.id)
            others = [p for p in patrons if loan is None or p.barcode != loan.patron_barcode]
            if not others:
                continue
            holder = self._rng.choice(others)
            self._uow.holds.add(holder.id, item.biblio_id, None, self._actor, self._now)
            count += 1
        return count

    def _fine_some(self, patrons: Sequence[Patron]) -> int:
        """Fines from earlier late returns for a few patrons: the Account dialog has
        something to show, and one patron owes enough to be blocked automatically."""
        chosen = self._rng.sample(list(patrons), min(len(patrons), FINED_PATRONS))
        for number, patron in enumerate(chosen):
            days = self._rng.randint(3, 12) if number else 48
            when = self._today - timedelta(days=self._rng.randint(10, 60))
            text = f"Overdue: returned {when.isoformat()} ({days} days late)"
            self._uow.fines.add(patron.id, "overdue", days * 25, text, self._actor, self._now)
        return len(chosen)

    def _rule(self, category: str, item_type: str) -> LoanRule | None:
        key = (category, item_type)
        if key not in self._rules:
            self._rules[key] = self._uow.rules.rule(category, item_type)
        return self._rules[key]
