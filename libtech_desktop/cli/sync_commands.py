"""Offline sync from the command line (issue 7, first slice): ``sync status``,
``sync export``, ``sync export-koc``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from libtech_desktop.cli import package_commands
from libtech_desktop.cli.commands import Run


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    sync = _group(sub, "sync", "the journal of desk actions and offline sync")
    # The bookmobile package (prepare, import-package) has its own module.
    package_commands.register(sync, common)
    status = _command(sync, common, "status", sync_status, "operations not yet merged")
    status.add_argument("--json", action="store_true", help="print JSON")
    export = _command(
        sync, common, "export", sync_export, "write the journal as JSON Lines (read-only)"
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--since", type=since_arg, metavar="DATE", help=_SINCE_HELP)
    koc = _command(
        sync,
        common,
        "export-koc",
        sync_export_koc,
        "write check-outs, check-ins and payments as a Koha offline circulation file",
    )
    koc.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    koc.add_argument("--since", type=since_arg, metavar="DATE", help=_SINCE_HELP)


_SINCE_HELP = (
    "only operations made on or after this day (YYYY-MM-DD, local) or instant (ISO 8601); "
    "default: since the last package import"
)


def since_arg(text: str) -> datetime:
    """A day (its local midnight) or an ISO 8601 instant (local time if it has no zone)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time()).astimezone()
        return datetime.fromisoformat(text).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date like 2026-03-23 or an instant like 2026-03-23T14:05"
        ) from None


def sync_status(run: Run) -> int:
    state = run.lib.journal.pending()
    if run.args.json:
        payload = {
            "device_id": run.lib.journal.device_id(),
            "pending": state.pending,
            "oldest": state.oldest.isoformat() if state.oldest else None,
        }
        run.out(json.dumps(payload, indent=2))
    else:
        run.out(state.message(run.lib.context.clock.now()))
    return 0


def sync_export(run: Run) -> int:
    a = run.args
    if a.output is None:
        text, _ = run.lib.journal.export_text(a.since)
        sys.stdout.write(text)
        return 0
    count = run.lib.journal.export(a.output, a.since)
    run.out(f"Wrote {count} operation{'s' if count != 1 else ''} to {a.output}.")
    return 0


def sync_export_koc(run: Run) -> int:
    a = run.args
    count = run.lib.journal.export_koc(a.output, a.since)
    run.out(f"Wrote {count} operation{'s' if count != 1 else ''} to {a.output} (Koha .koc 1.0).")
    return 0
