"""The audit commands of ``libtech`` (issue 8): ``audit list`` and ``audit export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.audit import AuditEntry


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    actions = _group(sub, "audit", "the audit log: who did what and when (librarians)")
    listing = _command(actions, common, "list", audit_list, "audit entries, newest first")
    _filters(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument(
        "--limit", type=int, default=1000, metavar="N", help="at most N entries (default 1000)"
    )
    export = _command(actions, common, "export", audit_export, "write audit entries to a CSV file")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    _filters(export)


def _filters(parser: argparse.ArgumentParser) -> None:
    from libtech_desktop.cli.parser import iso_date

    parser.add_argument("--since", type=iso_date, metavar="DATE", help="from this day on")
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="up to this day, included")
    parser.add_argument("--staff", metavar="USER", help="only this staff member's entries")
    parser.add_argument("--action", metavar="ACTION", help="only this action, e.g. fine.waive")
    parser.add_argument("--key", metavar="TEXT", help="only entries whose key contains TEXT")


def _filter_args(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "since": args.since,
        "until": args.until,
        "staff": args.staff,
        "action": args.action,
        "key": args.key,
    }


def audit_list(run: Run) -> int:
    found = run.lib.audit.entries(**_filter_args(run.args), limit=run.args.limit)
    if run.args.json:
        run.out(render.dumps([entry_json(e) for e in found]))
        return 0
    for entry in found:
        run.out(entry_line(entry))
    if not found:
        run.out("No audit entries match.")
    return 0


def audit_export(run: Run) -> int:
    out: Path = run.args.output
    count = run.lib.audit.export(out, **_filter_args(run.args))
    run.out(f"Wrote {count} audit entr{'y' if count == 1 else 'ies'} to {out}.")
    return 0


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "staff": entry.staff,
        "action": entry.action,
        "entity": entry.entity,
        "key": entry.key,
        "before": entry.before,
        "after": entry.after,
        "note": entry.note,
    }


def entry_line(entry: AuditEntry) -> str:
    what = f"{entry.entity} {entry.key}" if entry.key else entry.entity
    line = f"{render.local_time(entry.at)}  {entry.staff}  {entry.action}  {what}"
    change = entry.change_text()
    if change:
        line += f"  {change}"
    if entry.note:
        line += f"  ({entry.note})"
    return line
