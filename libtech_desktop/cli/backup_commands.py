"""The backup commands of ``libtech`` (issue 8): ``backup [DEST]``, ``backups``,
``restore SRC``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from libtech_desktop.cli.commands import Run


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command

    backup = _command(
        sub,
        common,
        "backup",
        back_up,
        "a checked copy of the library (safe while the desk is open); without DEST into "
        "the backup folder, copied to the second folder, older ones rotated away",
    )
    backup.add_argument(
        "dest",
        nargs="?",
        type=Path,
        metavar="DEST",
        help="a folder (the backup gets the usual name) or a file name ending in .sqlite3",
    )
    listing = _command(sub, common, "backups", list_backups, "this library's backups, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    restore = _command(
        sub,
        common,
        "restore",
        restore_library,
        "replace the library by a backup (checked first; the replaced one is kept aside)",
    )
    restore.add_argument("src", type=Path, metavar="SRC", help="the backup file")


def back_up(run: Run) -> int:
    report = run.lib.backups.back_up(run.args.dest)
    run.out(f"Backed up to {report.path} ({_size(report.size)}, checked).")
    for copy in report.copies:
        run.out(f"Copied to {copy}.")
    if report.removed:
        run.out(f"Removed {len(report.removed)} older backup(s).")
    for warning in report.warnings:
        run.fail(f"warning: {warning}")
    return 0


def list_backups(run: Run) -> int:
    found = run.lib.backups.backups()
    if run.args.json:
        rows = [
            {
                "file": str(info.path),
                "made_at": info.made_at.isoformat(),
                "size": info.size,
                "revision": info.revision,
            }
            for info in found
        ]
        run.out(json.dumps(rows, indent=2))
        return 0
    if not found:
        run.out(f"No backups in {run.lib.backups.folder()}.")
    for info in found:
        state = info.revision or "unreadable"
        run.out(f"{info.made_at:%Y-%m-%d %H:%M:%S}  {_size(info.size):>9}  {state}  {info.path}")
    return 0


def restore_library(run: Run) -> int:
    report = run.lib.backups.restore(run.args.src)
    run.out(f"Restored {report.library} from {report.source}.")
    if report.migrated:
        run.out(
            f"Brought its schema up to date ({report.revision_before} -> {report.revision_after})."
        )
    run.out(f"The replaced library is kept as {report.replaced}.")
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
