"""Repairs and withdrawals from the command line (issue 6): ``repair open|close|list|start|log``,
``withdraw``, ``replacements``, ``condition``."""

from __future__ import annotations

import argparse
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.domain.repairs import (
    REPAIR_TYPES,
    ConditionEntry,
    Repair,
    Replacement,
    WithdrawalReason,
    parse_status,
)

REASONS = ", ".join(r.value for r in WithdrawalReason)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    actions = _group(sub, "repair", "repair tickets: open, start, log work, close, list")
    opened = _command(actions, common, "open", repair_open, "open a repair ticket for an item")
    opened.add_argument("item", metavar="ITEM", help="the item's barcode")
    opened.add_argument(
        "--type", required=True, metavar="T", help=f"repair type: {', '.join(REPAIR_TYPES)}, …"
    )
    opened.add_argument("--note", metavar="N", help="what is wrong (default: the type)")
    start = _command(actions, common, "start", repair_start, "start work on a ticket")
    start.add_argument("ticket", type=int, metavar="TICKET")
    start.add_argument("--who", metavar="NAME", help="who works on it (default: you)")
    log = _command(actions, common, "log", repair_log, "add time spent and materials cost")
    log.add_argument("ticket", type=int, metavar="TICKET")
    log.add_argument("--minutes", type=int, default=0, metavar="N")
    log.add_argument("--cost", metavar="X.XX", help="materials cost")
    close = _command(
        actions, common, "close", repair_close, "finish a ticket: the item is available again"
    )
    close.add_argument("ticket", type=int, metavar="TICKET")
    close.add_argument("--cost", metavar="X.XX", help="materials cost to add")
    close.add_argument("--minutes", type=int, default=0, metavar="N", help="time spent to add")
    close.add_argument("--condition", default="good", choices=("good", "fair"))
    close.add_argument(
        "--withdraw", metavar="REASON", help=f"end in withdrawal instead ({REASONS})"
    )
    close.add_argument("--note", metavar="N")
    listing = _command(actions, common, "list", repair_list, "repair tickets, oldest first")
    listing.add_argument(
        "--status", metavar="S", help="queued, in_progress or done (default: not done)"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")

    withdraw = _command(
        sub, common, "withdraw", withdraw_item, "withdraw an item (the record is kept)"
    )
    withdraw.add_argument("item", metavar="ITEM", help="the item's barcode")
    withdraw.add_argument("--reason", required=True, metavar="R", help=REASONS)
    withdraw.add_argument("--note", metavar="N", help="why: the CREW/MUSTIE criteria met, …")
    withdraw.add_argument("--replace", action="store_true", help="order a replacement too")

    wanted = _command(
        sub, common, "replacements", replacements_list, "the titles to buy again (open)"
    )
    wanted.add_argument("--json", action="store_true", help="print JSON")

    condition = _command(
        sub, common, "condition", condition_show, "an item's condition history, newest first"
    )
    condition.add_argument("item", metavar="ITEM", help="the item's barcode")
    condition.add_argument(
        "--record", metavar="C", help="first record a condition (good, fair, poor, damaged)"
    )
    condition.add_argument("--note", metavar="N", help="with --record: what it looks like")
    condition.add_argument("--json", action="store_true", help="print JSON")


def _money(text: str | None) -> int:
    if text is None:
        return 0
    minor = parse_money(text)
    if minor is None:
        raise InvalidInput("Give the cost like 3.25.")
    return minor


def repair_open(run: Run) -> int:
    a = run.args
    ticket = run.lib.repairs.open_ticket(a.item, a.type, a.note)
    run.out(f"Repair ticket {ticket.id}: {ticket.item_barcode} “{ticket.title}” ({ticket.note}).")
    run.out(str(ticket.id))
    return 0


def repair_start(run: Run) -> int:
    ticket = run.lib.repairs.start(run.args.ticket, run.args.who)
    run.out(f"Repair ticket {ticket.id} in progress ({ticket.assigned_to}).")
    return 0


def repair_log(run: Run) -> int:
    a = run.args
    ticket = run.lib.repairs.log_work(a.ticket, a.minutes, _money(a.cost))
    run.out(f"Repair ticket {ticket.id}: {_work(ticket)} so far.")
    return 0


def repair_close(run: Run) -> int:
    a = run.args
    cost = _money(a.cost)
    if a.withdraw:
        ticket = run.lib.repairs.close(
            a.ticket, materials_minor=cost, minutes=a.minutes, withdraw=a.withdraw, note=a.note
        )
    else:
        ticket = run.lib.repairs.finish(
            a.ticket, condition=a.condition, minutes=a.minutes, materials_minor=cost, note=a.note
        )
    what = "withdrawn" if a.withdraw else "repaired: available again"
    run.out(f"Repair ticket {ticket.id} done ({_work(ticket)}): {ticket.item_barcode} {what}.")
    return 0


def repair_list(run: Run) -> int:
    status = run.args.status
    tickets = run.lib.repairs.tickets(parse_status(status)) if status else run.lib.repairs.queue()
    if run.args.json:
        run.out(render.dumps([ticket_json(t) for t in tickets]))
        return 0
    for ticket in tickets:
        run.out(
            f"{ticket.id:>5}  {ticket.status.label:<11}  {ticket.item_barcode}  "
            f"“{ticket.title}”  {ticket.repair_type or '-'}  {ticket.assigned_to or '-'}  "
            f"{_work(ticket)}"
        )
    if not tickets:
        run.out("No repair tickets.")
    return 0


def withdraw_item(run: Run) -> int:
    a = run.args
    done = run.lib.repairs.withdraw(a.item, a.reason, a.note, replace=a.replace)
    run.out(f"Withdrew {done.item_barcode} “{done.title}” ({done.reason.value}).")
    if done.replacement_id is not None:
        run.out(f"On the replacement list as request {done.replacement_id}.")
    return 0


def replacements_list(run: Run) -> int:
    wanted = run.lib.repairs.replacements()
    if run.args.json:
        run.out(render.dumps([replacement_json(r) for r in wanted]))
        return 0
    for request in wanted:
        by = f" / {request.author}" if request.author else ""
        run.out(f"{request.id:>5}  “{request.title}”{by}  {request.reason}")
    if not wanted:
        run.out("The replacement list is empty.")
    return 0


def condition_show(run: Run) -> int:
    a = run.args
    if a.record:
        run.lib.repairs.record_condition(a.item, a.record, a.note)
    history = run.lib.repairs.condition_history(a.item)
    if a.json:
        run.out(render.dumps([condition_json(e) for e in history]))
        return 0
    for entry in history:
        run.out(
            f"{render.local_time(entry.recorded)}  {entry.condition.value:<8}  "
            f"{entry.source:<10}  {entry.recorded_by}  {entry.note or ''}".rstrip()
        )
    if not history:
        run.out(f"No condition recorded for {a.item}.")
    return 0


def _work(ticket: Repair) -> str:
    return f"{ticket.minutes_spent} min, materials {format_money(ticket.materials_minor)}"


def ticket_json(ticket: Repair) -> dict[str, Any]:
    return {
        "id": ticket.id,
        "item": ticket.item_barcode,
        "title": ticket.title,
        "call_number": ticket.call_number,
        "type": ticket.repair_type,
        "note": ticket.note,
        "status": ticket.status.value,
        "assigned_to": ticket.assigned_to,
        "reported": ticket.reported.isoformat(),
        "reported_by": ticket.reported_by,
        "started": ticket.started.isoformat() if ticket.started else None,
        "minutes": ticket.minutes_spent,
        "materials": format_money(ticket.materials_minor),
        "outcome": ticket.outcome.value if ticket.outcome else None,
        "resolved": ticket.resolved.isoformat() if ticket.resolved else None,
    }


def replacement_json(request: Replacement) -> dict[str, Any]:
    return {
        "id": request.id,
        "biblio": request.biblio_id,
        "title": request.title,
        "author": request.author,
        "item": request.item_barcode,
        "reason": request.reason,
        "status": request.status,
        "requested": request.requested.isoformat(),
        "requested_by": request.requested_by,
    }


def condition_json(entry: ConditionEntry) -> dict[str, Any]:
    return {
        "condition": entry.condition.value,
        "note": entry.note,
        "source": entry.source,
        "recorded": entry.recorded.isoformat(),
        "recorded_by": entry.recorded_by,
    }
