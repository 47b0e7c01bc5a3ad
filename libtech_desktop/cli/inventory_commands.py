"""Stocktakes from the command line (issue 6): ``inventory start|scan|report|mark-missing``
and ``inventory put-right ITEM`` (an item found on the shelf while recorded on loan,
missing or lost is checked in).

``start`` prints the stocktake's number alone on its last line; ``scan`` appends barcodes
in the order they stand on the shelf (a repeat is ignored); ``report --json`` has at least
``missing``, ``misshelved`` and ``wrongly_on_loan`` as lists of item barcodes.
"""

from __future__ import annotations

import argparse
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.inventory import ScanOutcome, Stocktake, StocktakeReport


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    actions = _group(sub, "inventory", "stocktake: scan a shelf, report what is out of place")
    start = _command(
        actions, common, "start", inventory_start, "start a stocktake (prints its number)"
    )
    start.add_argument("--location", metavar="L", help="the items recorded at this location")
    start.add_argument("--from", dest="low", metavar="CALLNO", help="first call number")
    start.add_argument(
        "--to", dest="high", metavar="CALLNO", help="last call number (823.99 takes in 823.99 SMI)"
    )
    scan = _command(actions, common, "scan", inventory_scan, "add barcodes in the order they stand")
    scan.add_argument("session", type=int, metavar="SESSION")
    scan.add_argument("items", nargs="+", metavar="ITEM")
    report = _command(
        actions, common, "report", inventory_report, "missing, misshelved, wrongly on loan, …"
    )
    report.add_argument("session", type=int, metavar="SESSION")
    report.add_argument("--json", action="store_true", help="print JSON")
    mark = _command(
        actions,
        common,
        "mark-missing",
        inventory_mark_missing,
        "record the missing items as missing and finish the stocktake",
    )
    mark.add_argument("session", type=int, metavar="SESSION")
    fix = _command(
        actions,
        common,
        "put-right",
        inventory_put_right,
        "check in an item found on the shelf while recorded on loan, missing or lost",
    )
    fix.add_argument("item", metavar="ITEM")


def inventory_start(run: Run) -> int:
    a = run.args
    stocktake = run.lib.inventory.start(a.location, a.low, a.high)
    run.out(f"Stocktake {stocktake.id} started: {stocktake.description}.")
    run.out(str(stocktake.id))
    return 0


def inventory_scan(run: Run) -> int:
    outcomes = run.lib.inventory.scan(run.args.session, run.args.items)
    for outcome in outcomes:
        if outcome.problem:
            run.out(scan_line(outcome))
    added = sum(1 for o in outcomes if o.position is not None)
    total = run.lib.inventory.get(run.args.session).scanned
    run.out(f"Scanned {added} item{'s' if added != 1 else ''}; {total} in this stocktake.")
    return 0


def inventory_report(run: Run) -> int:
    report = run.lib.inventory.report(run.args.session)
    if run.args.json:
        run.out(render.dumps(report_json(report)))
        return 0
    for line in report_lines(report):
        run.out(line)
    return 0


def inventory_mark_missing(run: Run) -> int:
    marked = run.lib.inventory.mark_missing(run.args.session)
    for item in marked.items:
        run.out(f"Missing: {item.barcode} {item.call_number or ''} “{item.title}”")
    count = len(marked.items)
    run.out(
        f"Marked {count} item{'s' if count != 1 else ''} missing; "
        f"stocktake {marked.stocktake.id} is finished."
    )
    return 0


def inventory_put_right(run: Run) -> int:
    result = run.lib.inventory.put_right(run.args.item)
    item = result.item
    run.out(f"{item.barcode} “{item.title}” checked in: {item.status.label.lower()}.")
    for note in result.notes:
        run.out(note)
    return 0


def scan_line(outcome: ScanOutcome) -> str:
    return f"{outcome.barcode}: {outcome.problem}"


def report_json(report: StocktakeReport) -> dict[str, Any]:
    def codes(items: Any) -> list[str]:
        return [i.barcode for i in items]

    return {
        "session": stocktake_json(report.stocktake),
        "expected": report.expected,
        "scanned": report.scanned,
        "missing": codes(report.missing),
        "misshelved": [m.item.barcode for m in report.misshelved],
        "misshelved_detail": [
            {
                "barcode": m.item.barcode,
                "call_number": m.item.call_number,
                "position": m.position,
                "belongs": m.belongs,
            }
            for m in report.misshelved
        ],
        "wrongly_on_loan": codes(report.wrongly_on_loan),
        "found_missing_or_lost": codes(report.found),
        "unexpected_status": codes(report.unexpected_status),
        "other_location": codes(report.other_location),
        "unknown": list(report.unknown),
    }


def stocktake_json(stocktake: Stocktake) -> dict[str, Any]:
    return {
        "id": stocktake.id,
        "location": stocktake.location,
        "from": stocktake.from_call_number,
        "to": stocktake.to_call_number,
        "started_by": stocktake.started_by,
        "finished": stocktake.closed,
    }


def report_lines(report: StocktakeReport) -> list[str]:
    s = report.stocktake
    lines = [
        f"Stocktake {s.id} ({s.description}): {report.scanned} scanned, "
        f"{report.expected} expected on the shelf."
    ]
    lines += [f"Missing: {i.barcode} {i.call_number or ''} “{i.title}”" for i in report.missing]
    lines += [
        f"Misshelved: {m.item.barcode} {m.item.call_number or ''} (scan {m.position}) "
        f"belongs {m.belongs}"
        for m in report.misshelved
    ]
    lines += [f"Wrongly on loan: {i.barcode} “{i.title}”" for i in report.wrongly_on_loan]
    lines += [
        f"Recorded {i.status.label.lower()}, on the shelf: {i.barcode} “{i.title}”"
        for i in report.found
    ]
    lines += [
        f"Recorded {i.status.label.lower()}: {i.barcode} “{i.title}”"
        for i in report.unexpected_status
    ]
    lines += [
        f"Of another location ({i.location or 'none'}): {i.barcode} “{i.title}”"
        for i in report.other_location
    ]
    lines += [f"Unknown barcode: {code}" for code in report.unknown]
    if len(lines) == 1:
        lines.append("Everything expected is on the shelf, in order.")
    return lines
