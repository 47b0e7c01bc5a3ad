"""Holds from the command line: ``hold place|cancel|freeze``, ``holds``, ``holds pull-list``,
``holds expire`` (issue 5)."""

from __future__ import annotations

import argparse
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.holds import Hold, HoldTrap, PullEntry


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command

    hold = sub.add_parser("hold", help="place, cancel and freeze a hold (reservation)")
    actions = hold.add_subparsers(dest="hold_command", metavar="ACTION", required=True)
    place = _command(actions, common, "place", hold_place, "put a patron in a record's queue")
    place.add_argument("patron", metavar="PATRON", help="the patron's card barcode")
    target = place.add_mutually_exclusive_group(required=True)
    target.add_argument("--biblio", type=int, metavar="ID", help="any copy of this record")
    target.add_argument("--item", metavar="BARCODE", help="this one copy only")
    cancel = _command(actions, common, "cancel", hold_cancel, "cancel a hold")
    cancel.add_argument("hold_id", type=int, metavar="HOLD_ID")
    freeze = _command(
        actions, common, "freeze", hold_freeze, "freeze a hold (keeps its place, passed over)"
    )
    freeze.add_argument("hold_id", type=int, metavar="HOLD_ID")
    freeze.add_argument("--off", action="store_true", help="unfreeze it")

    holds = sub.add_parser(
        "holds",
        parents=[common],
        help="open holds; pull-list: copies to fetch from the shelf; expire",
        description="open holds (waiting and on the hold shelf), oldest first",
    )
    holds.set_defaults(handler=holds_list)
    holds.add_argument("--patron", metavar="BARCODE", help="only this patron's holds")
    holds.add_argument("--json", action="store_true", help="print JSON")
    more = holds.add_subparsers(dest="holds_command", metavar="ACTION")
    pull = _command(
        more, common, "pull-list", holds_pull_list, "copies on the shelf to fetch, in shelf order"
    )
    pull.add_argument("--json", action="store_true", help="print JSON")
    _command(
        more,
        common,
        "expire",
        holds_expire,
        "expire holds not collected by their pickup day; pass their items on",
    )


def hold_place(run: Run) -> int:
    a = run.args
    hold = run.lib.holds.place(a.patron, biblio_id=a.biblio, item_barcode=a.item)
    copy = f"copy {hold.item_barcode}" if hold.item_barcode else "any copy"
    run.out(
        f"Hold {hold.id} for {hold.patron_name} on “{hold.title}” ({copy}): "
        f"number {hold.position} in the queue."
    )
    run.out(str(hold.id))
    return 0


def hold_cancel(run: Run) -> int:
    hold = run.lib.holds.cancel(run.args.hold_id)
    run.out(f"Cancelled hold {hold.id} of {hold.patron_name} on “{hold.title}”.")
    if hold.trapped_item_barcode:
        item = run.lib.catalogue.item(hold.trapped_item_barcode)
        run.out(f"{item.barcode} is now {item.status.label.lower()}.")
    return 0


def hold_freeze(run: Run) -> int:
    hold = run.lib.holds.freeze(run.args.hold_id, frozen=not run.args.off)
    state = "Froze" if hold.frozen else "Unfroze"
    run.out(f"{state} hold {hold.id} of {hold.patron_name} on “{hold.title}”.")
    return 0


def holds_list(run: Run) -> int:
    found = run.lib.holds.holds(run.args.patron)
    if run.args.json:
        run.out(render.dumps([hold_json(h) for h in found]))
        return 0
    for hold in found:
        run.out(hold_line(hold))
    if not found:
        run.out("No open holds.")
    return 0


def holds_pull_list(run: Run) -> int:
    entries = run.lib.holds.pull_list()
    if run.args.json:
        run.out(render.dumps([pull_json(e) for e in entries]))
        return 0
    for entry in entries:
        run.out(pull_line(entry))
    if not entries:
        run.out("Nothing to pull: no copy on the shelf fills a waiting hold.")
    return 0


def holds_expire(run: Run) -> int:
    expired = run.lib.holds.expire_uncollected()
    for expiry in expired:
        hold = expiry.hold
        went = (
            f"now held for {_trap_words(expiry.next_trap)}"
            if expiry.next_trap
            else "put it back on the shelf"
        )
        run.out(
            f"Hold {hold.id} of {hold.patron_name} expired: {expiry.item_barcode} "
            f"“{hold.title}” — {went}."
        )
    run.out(f"{len(expired)} hold{'s' if len(expired) != 1 else ''} expired.")
    return 0


def _trap_words(trap: HoldTrap) -> str:
    return f"{trap.slip_name} until {trap.pickup_by.isoformat()} (hold {trap.hold_id})"


def hold_json(hold: Hold) -> dict[str, Any]:
    return {
        "id": hold.id,
        "patron": hold.patron_barcode,
        "patron_name": hold.patron_name,
        "biblio": hold.biblio_id,
        "title": hold.title,
        "item": hold.item_shown,
        "item_level": hold.item_id is not None,
        "status": hold.status.value,
        "frozen": hold.frozen,
        "position": hold.position,
        "placed_at": hold.placed_at.isoformat(),
        "pickup_by": render.day(hold.pickup_by),
    }


def hold_line(hold: Hold) -> str:
    where = (
        f"until {hold.pickup_by.isoformat()}"
        if hold.pickup_by
        else f"number {hold.position} in the queue"
    )
    copy = f" [{hold.item_shown}]" if hold.item_shown else ""
    return (
        f"{hold.id:>5}  {hold.patron_barcode}  {hold.patron_name}  “{hold.title}”{copy}  "
        f"{hold.status_text.lower()}, {where}"
    )


def pull_json(entry: PullEntry) -> dict[str, Any]:
    return {
        "hold": entry.hold_id,
        "item": entry.item_barcode,
        "title": entry.title,
        "call_number": entry.call_number,
        "location": entry.location,
        "patron": entry.patron_barcode,
        "patron_name": entry.patron_name,
    }


def pull_line(entry: PullEntry) -> str:
    place = " / ".join(x for x in (entry.location, entry.call_number) if x) or "(no call number)"
    return f"{place}  {entry.item_barcode}  “{entry.title}”  for hold {entry.hold_id}"
