"""One function per command: call the services, print the outcome, return the exit status.

Refusals are :class:`LibtechError`; a single-object command lets them propagate to
``main``, which prints one line. A batch (several items) reports each failure on
stderr, carries on with the rest and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from libtech_desktop.cli import render
from libtech_desktop.db.bulk_demo import build_bulk_demo
from libtech_desktop.domain.errors import (
    LibtechError,
    PatronBlocked,
    PatronExpired,
    UnknownPatron,
)
from libtech_desktop.library import Library
from libtech_desktop.services.demo import DemoService

#: Refusals about the patron: every further item would be refused alike.
_PATRON_REFUSALS = (UnknownPatron, PatronBlocked, PatronExpired)


@dataclass(frozen=True)
class Run:
    """One invocation: the open library, the parsed arguments, whether the file is new."""

    lib: Library
    args: argparse.Namespace
    created: bool

    def out(self, text: str = "") -> None:
        print(text, file=sys.stdout)

    def fail(self, message: str) -> None:
        # One line, always: a refusal with several reasons lists them joined.
        print(f"libtech: error: {'; '.join(message.splitlines())}", file=sys.stderr)


# -- the library ----------------------------------------------------------------


def init(run: Run) -> int:
    # The name first: a refused name leaves an existing library as it was.
    named = _name_library(run, run.args.name) if run.args.name is not None else None
    report = run.lib.setup.ensure_defaults()
    if run.created:
        run.out(f"Created a new library at {run.lib.path}, ready to lend.")
    else:
        added = (
            f"{report.categories_added} categories, {report.item_types_added} item types, "
            f"{report.rules_added} loan rules"
        )
        if any((report.categories_added, report.item_types_added, report.rules_added)):
            run.out(f"The library at {run.lib.path} already existed; added the missing {added}.")
        else:
            run.out(f"The library at {run.lib.path} already exists and has its defaults.")
    if named:
        run.out(named)
    return 0


def _name_library(run: Run, name: str) -> str:
    """Set the library's name; what to tell the technician about it."""
    before = run.lib.settings.library_name()
    after = run.lib.settings.set_library_name(name)
    if run.created:
        return f"Named it “{after}”."
    if after == before:
        return f"The library is named “{after}” (unchanged)."
    return f"Renamed the library from “{before}” to “{after}”."


#: Above this many patrons or items (or with --loans) the demo is written in bulk.
BULK_DEMO_FROM = 20_000
#: Loans per item when a bulk demo is asked for without --loans.
BULK_LOANS_PER_ITEM = 5


def demo(run: Run) -> int:
    a = run.args
    if a.loans is not None or max(a.patrons, a.items) > BULK_DEMO_FROM:
        return _bulk_demo(run)
    report = DemoService(run.lib.context).populate(patrons=a.patrons, items=a.items, seed=a.seed)
    run.out(f"Demo library “{run.lib.settings.library_name()}” at {run.lib.path} (seed {a.seed}):")
    run.out(
        f"  {report.patrons} patrons ({report.expired_patrons} expired, "
        f"{report.blocked_patrons} blocked)"
    )
    run.out(f"  {report.biblios} records, {report.items} items")
    run.out(f"  {report.loans} on loan ({report.overdue_loans} overdue)")
    run.out(f"  {report.repairs} in the repair queue")
    return 0


def _bulk_demo(run: Run) -> int:
    """The large demo: written with plain SQL into a copy, moved over the library when
    whole (an interruption leaves the library as it was)."""
    a = run.args
    loans = a.loans if a.loans is not None else a.items * BULK_LOANS_PER_ITEM
    ctx = run.lib.context
    now, actor = ctx.clock.now(), ctx.actor().username
    run.lib.close()  # the library file is replaced at the end: nothing may hold it open
    progress = _ProgressLines()
    report = build_bulk_demo(
        run.lib.path,
        patrons=a.patrons,
        items=a.items,
        loans=loans,
        seed=a.seed,
        now=now,
        actor=actor,
        progress=progress,
    )
    progress.finish()
    run.out(f"Demo library “{run.lib.settings.library_name()}” at {run.lib.path} (seed {a.seed}):")
    run.out(
        f"  {report.patrons:,} patrons ({report.expired_patrons:,} expired, "
        f"{report.blocked_patrons:,} blocked)"
    )
    run.out(f"  {report.biblios:,} records, {report.items:,} items")
    run.out(
        f"  {report.loans:,} loans over ten years: {report.open_loans:,} on loan "
        f"({report.overdue_loans:,} overdue)"
    )
    run.out(f"  {report.holds:,} holds, {report.fines:,} fines, {report.repairs:,} in repair")
    run.out(f"  built in {report.seconds:,.1f} s")
    return 0


class _ProgressLines:
    """Progress on stderr: a line when the phase changes, and every few seconds."""

    EVERY_S = 5.0

    def __init__(self) -> None:
        self._what = ""
        self._last = 0.0

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if what == self._what and now - self._last < self.EVERY_S:
            return
        self._what, self._last = what, now
        print(f"  {what}… {100 * done // max(total, 1)} %", file=sys.stderr, flush=True)

    def finish(self) -> None:
        print("  done", file=sys.stderr, flush=True)


def settings_show(run: Run) -> int:
    shown = {
        "library_name": run.lib.settings.library_name(),
        "path": str(run.lib.path),
        "schema_revision": run.lib.schema_revision(),
    }
    if run.args.json:
        run.out(render.dumps(shown))
        return 0
    run.out(f"Library name:    {shown['library_name']}")
    run.out(f"File:            {shown['path']}")
    run.out(f"Schema revision: {shown['schema_revision'] or '-'}")
    return 0


# -- patrons --------------------------------------------------------------------


def patron_add(run: Run) -> int:
    a = run.args
    address = a.address.replace(" / ", "\n") if a.address else None
    patron = run.lib.patrons.register(
        barcode=a.barcode,
        name=a.name,
        category=a.category,
        email=a.email,
        phone=a.phone,
        address=address,
        notice_channel=a.notices,
        guardian=a.guardian,
    )
    expires = render.day(patron.expires_on) or "never"
    run.out(
        f"Registered {patron.name} ({patron.barcode}), {patron.category_name}; "
        f"card expires {expires}."
    )
    run.out(str(patron.id))
    return 0


def patron_block(run: Run) -> int:
    a = run.args
    patron = run.lib.patrons.block(a.barcode, a.reason, a.until)
    until = f" (until {a.until.isoformat()})" if a.until else ""
    run.out(f"Blocked {patron.name} ({patron.barcode}): {patron.blocked_reason}{until}")
    return 0


def patron_unblock(run: Run) -> int:
    patron = run.lib.patrons.unblock(run.args.barcode)
    run.out(f"Unblocked {patron.name} ({patron.barcode}).")
    return 0


def patron_show(run: Run) -> int:
    summary = run.lib.circulation.patron_summary(run.args.barcode.strip())
    if run.args.json:
        data = render.patron_json(summary.patron, summary.refusal)
        data["loans"] = [render.loan_json(loan, summary.today) for loan in summary.loans]
        run.out(render.dumps(data))
        return 0
    for line in render.patron_lines(summary.patron):
        run.out(line)
    if summary.refusal and not summary.patron.blocked_reason:
        run.out(f"  MAY NOT BORROW: {summary.refusal}")
    run.out(f"  Loans:    {len(summary.loans)} ({summary.overdue_count} overdue)")
    for loan in summary.loans:
        run.out("    " + render.loan_line(loan, summary.today, with_patron=False))
    return 0


# -- the catalogue --------------------------------------------------------------


def biblio_add(run: Run) -> int:
    a = run.args
    biblio = run.lib.catalogue.add_biblio(title=a.title, author=a.author, isbn=a.isbn, year=a.year)
    by = f" / {biblio.author}" if biblio.author else ""
    run.out(f"Added record {biblio.id}: {biblio.title}{by}")
    run.out(str(biblio.id))
    return 0


def biblio_duplicates(run: Run) -> int:
    found = run.lib.catalogue.find_duplicates(run.args.biblio_id)
    counts = run.lib.catalogue.item_counts([b.id for b in found])
    if run.args.json:
        run.out(render.dumps([render.biblio_json(b, counts[b.id]) for b in found]))
        return 0
    for biblio in found:
        run.out(render.biblio_line(biblio, counts[biblio.id]))
    if not found:
        run.out(f"No duplicates of record {run.args.biblio_id}.")
    return 0


def biblio_merge(run: Run) -> int:
    a = run.args
    moved = len(run.lib.catalogue.items_of(a.merge_id))
    kept = run.lib.catalogue.merge(a.keep_id, a.merge_id)
    run.out(
        f"Merged record {a.merge_id} into {kept.id} “{kept.title}”: "
        f"moved {moved} item{'s' if moved != 1 else ''}, deleted record {a.merge_id}."
    )
    run.out(str(kept.id))
    return 0


def item_add(run: Run) -> int:
    a = run.args
    item = run.lib.catalogue.add_item(
        a.biblio_id,
        barcode=a.barcode,
        call_number=a.call_number,
        item_type=a.item_type,
        location=a.location,
    )
    details = ", ".join(x for x in (item.item_type_code, item.call_number, item.location) if x)
    run.out(f"Added item {item.barcode} to record {item.biblio_id} “{item.title}” ({details}).")
    run.out(str(item.id))
    return 0


def item_show(run: Run) -> int:
    item = run.lib.catalogue.item(run.args.barcode)
    loan = run.lib.circulation.item_loan(item.barcode)
    if run.args.json:
        run.out(render.dumps(render.item_json(item, loan)))
    else:
        for line in render.item_lines(item, loan, run.lib.context.clock.today()):
            run.out(line)
    return 0


def search(run: Run) -> int:
    """Records best match first; a search that cannot be read is a refusal (exit 1)."""
    found = run.lib.catalogue.search(" ".join(run.args.query), limit=run.args.limit)
    counts = run.lib.catalogue.item_counts([b.id for b in found])
    if run.args.json:
        run.out(render.dumps([render.biblio_json(b, counts[b.id]) for b in found]))
        return 0
    for biblio in found:
        run.out(render.biblio_line(biblio, counts[biblio.id]))
    if not found:
        run.out("No records found.")
    return 0


# -- MARC -----------------------------------------------------------------------


def import_marc(run: Run) -> int:
    a = run.args
    report = run.lib.marc_import.import_file(a.file, match=a.match, items_from=a.items_from)
    if a.json:
        run.out(render.dumps(render.import_report_json(report)))
    else:
        for line in render.import_report_lines(report):
            run.out(line)
    return 0


def export_marc(run: Run) -> int:
    count = run.lib.marc_export.export(run.args.file, fmt=run.args.format, query=run.args.query)
    run.out(f"Exported {count} record{'s' if count != 1 else ''} to {run.args.file}.")
    run.out(str(count))
    return 0


# -- circulation ----------------------------------------------------------------


def checkout(run: Run) -> int:
    def one(barcode: str) -> None:
        loan = run.lib.circulation.checkout(run.args.patron.strip(), barcode, on=run.args.date)
        run.out(f"{loan.item_barcode}  {loan.title}  due {loan.due.isoformat()}")
        for note in loan.notes:
            run.out(f"  !! {note}")

    return _each(run, one, stop_on=_PATRON_REFUSALS)


def checkin(run: Run) -> int:
    def one(barcode: str) -> None:
        result = run.lib.circulation.checkin(barcode, on=run.args.date)
        run.out(f"{result.item.barcode}  {result.item.title}  {result.message}")
        if result.trap is not None:
            run.out(f"  {result.trap.message}")
        if result.accessories:
            listed = ", ".join(result.accessories)
            run.out(
                f"  Check the accessories are back: {listed} "
                f'(libtech equipment returned {result.item.barcode} --with "…")'
            )

    return _each(run, one)


def renew(run: Run) -> int:
    def one(barcode: str) -> None:
        loan = run.lib.circulation.renew(barcode)
        run.out(
            f"{loan.item_barcode}  {loan.title}  due {loan.due.isoformat()}"
            f"  (renewal {loan.renewals})"
        )

    return _each(run, one)


def loans(run: Run) -> int:
    patron = run.args.patron.strip() if run.args.patron else None
    today = run.lib.context.clock.today()
    found = run.lib.circulation.open_loans(patron)
    if run.args.json:
        run.out(render.dumps([render.loan_json(loan, today) for loan in found]))
        return 0
    for loan in found:
        run.out(render.loan_line(loan, today, with_patron=patron is None))
    overdue = sum(1 for loan in found if loan.is_overdue(today))
    run.out(f"{len(found)} open loan{'s' if len(found) != 1 else ''}, {overdue} overdue.")
    return 0


def _each(
    run: Run,
    action: Callable[[str], None],
    stop_on: tuple[type[LibtechError], ...] = (),
) -> int:
    """Apply ``action`` to every item barcode; report failures and keep going."""
    status = 0
    for raw in run.args.items:
        try:
            action(raw.strip())
        except stop_on:
            raise
        except LibtechError as exc:
            run.fail(str(exc))
            status = 1
    return status
