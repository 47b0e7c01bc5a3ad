"""Offline sync from the command line (issue 7): ``sync status``, ``sync export``,
``sync export-koc``, ``sync import``, ``sync import-koc`` and the exceptions queue
(``sync exceptions``, ``sync resolve``, ``sync dismiss``)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from libtech_desktop.cli import package_commands
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.sync_merge import MergeReport, SyncExceptionEntry


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
    _register_merge(sync, common)


def _register_merge(sync: Any, common: argparse.ArgumentParser) -> None:
    from libtech_desktop.cli.parser import _command

    for name, handler, text in (
        ("import", sync_import, "merge another device's journal (JSON Lines) here"),
        ("import-koc", sync_import_koc, "merge a Koha offline circulation file (.koc) here"),
    ):
        cmd = _command(sync, common, name, handler, text)
        cmd.add_argument("file", type=Path, metavar="FILE")
        cmd.add_argument(
            "--dry-run", action="store_true", help="show what would happen; change nothing"
        )
        cmd.add_argument("--json", action="store_true", help="print JSON")
    queue = _command(
        sync, common, "exceptions", sync_exceptions, "merged operations that did not apply"
    )
    queue.add_argument("--all", action="store_true", help="resolved and dismissed ones too")
    queue.add_argument("--json", action="store_true", help="print JSON")
    resolve = _command(sync, common, "resolve", sync_resolve, "apply an exception's operation now")
    resolve.add_argument("id", type=int, metavar="ID")
    resolve.add_argument(
        "--override", action="store_true", help="lend despite a block staff may override"
    )
    dismiss = _command(sync, common, "dismiss", sync_dismiss, "close an exception unapplied")
    dismiss.add_argument("id", type=int, metavar="ID")
    dismiss.add_argument("--note", required=True, metavar="TEXT", help="why (kept)")


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
            "exceptions": state.exceptions,
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


def sync_import(run: Run) -> int:
    return _merge(run, koc=False)


def sync_import_koc(run: Run) -> int:
    return _merge(run, koc=True)


def _merge(run: Run, *, koc: bool) -> int:
    a, merge = run.args, run.lib.sync
    if koc and merge.read(a.file).source != "koc":
        raise InvalidInput(f"{a.file} is not a Koha .koc file (its first line is not Version=1.0).")
    report = merge.dry_run(a.file) if a.dry_run else merge.apply(a.file)
    if a.json:
        run.out(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    run.out(_summary(report))
    for e in report.exceptions:
        run.out(
            f"  {_when(e.at)}  {e.action}  item {e.item or '-'}  patron {e.patron or '-'}: "
            f"{e.reason}"
        )
    return 0


def _summary(report: MergeReport) -> str:
    who = report.device_name or report.device_id
    head = "Dry run — nothing changed. " if report.dry_run else ""
    return f"{head}{who} ({report.source}): {report.message}"


def _when(at: datetime) -> str:
    return f"{to_local(at):%Y-%m-%d %H:%M}"


def sync_exceptions(run: Run) -> int:
    entries = run.lib.sync.exceptions(None if run.args.all else "open")
    if run.args.json:
        run.out(json.dumps([e.as_json() for e in entries], indent=2, ensure_ascii=False))
        return 0
    if not entries:
        run.out("No sync exceptions." if run.args.all else "No sync exceptions to resolve.")
    for e in entries:
        run.out(_exception_line(e))
    return 0


def _exception_line(e: SyncExceptionEntry) -> str:
    status = "" if e.status == "open" else f" [{e.status}: {e.resolution}]"
    return (
        f"{e.id}  {_when(e.at)}  {e.action}  item {e.item or '-'}  "
        f"patron {e.patron or '-'}: {e.reason}{status}"
    )


def sync_resolve(run: Run) -> int:
    done = run.lib.sync.retry(run.args.id, override=run.args.override)
    run.out(f"Exception {done.id} resolved: {done.resolution}.")
    return 0


def sync_dismiss(run: Run) -> int:
    done = run.lib.sync.dismiss(run.args.id, run.args.note)
    run.out(f"Exception {done.id} dismissed: {done.resolution}")
    return 0
