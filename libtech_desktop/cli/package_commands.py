"""``libtech sync prepare`` and ``libtech sync import-package``: the bookmobile package
(issue 7). Registered into the ``sync`` group by :mod:`sync_commands`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from libtech_desktop.cli.commands import Run
from libtech_desktop.cli.passphrase import ENV_VAR, passphrase
from libtech_desktop.domain.errors import InvalidInput

_PASS_HELP = f"read the passphrase from the first line of FILE (else ${ENV_VAR}, else a prompt)"


def register(sync: Any, common: argparse.ArgumentParser) -> None:
    """Add the package commands to the ``sync`` group."""
    from libtech_desktop.cli.parser import _command

    prepare = _command(
        sync,
        common,
        "prepare",
        sync_prepare,
        "write the bookmobile's package (collection, patrons, rules, route), encrypted",
    )
    which = prepare.add_mutually_exclusive_group()
    which.add_argument(
        "--location", metavar="L", help="the items at this location (default: bookmobile.location)"
    )
    which.add_argument(
        "--items", type=Path, metavar="FILE", help="the items whose barcodes FILE lists, one a line"
    )
    prepare.add_argument(
        "--route", metavar="R", help="only this route's stops travel (default: every route)"
    )
    prepare.add_argument(
        "--days", type=int, metavar="N", help="the package expires after N days (sync.package_days)"
    )
    prepare.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    prepare.add_argument("--passphrase-file", type=Path, metavar="FILE", help=_PASS_HELP)
    load = _command(
        sync, common, "import-package", sync_import_package, "import a bookmobile package here"
    )
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--passphrase-file", type=Path, metavar="FILE", help=_PASS_HELP)


def sync_prepare(run: Run) -> int:
    a = run.args
    barcodes = _barcodes(a.items) if a.items is not None else None
    secret = passphrase(a.passphrase_file, confirm=True)
    summary = run.lib.packages.prepare(
        a.output,
        secret,
        location=a.location,
        route=a.route,
        item_barcodes=barcodes,
        days=a.days,
    )
    for line in summary.lines():
        run.out(line)
    return 0


def sync_import_package(run: Run) -> int:
    a = run.args
    header = run.lib.packages.header(a.file)
    run.out(
        f"Package of {header.source}, prepared "
        f"{header.prepared_at.astimezone():%Y-%m-%d %H:%M}: "
        f"{header.items} items, {header.patrons} patrons."
    )
    report = run.lib.packages.import_package(a.file, passphrase(a.passphrase_file, confirm=False))
    for line in report.lines():
        run.out(line)
    return 0


def _barcodes(file: Path) -> list[str]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InvalidInput(f"Could not read {file}: {e.strerror}.") from e
    codes = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not codes:
        raise InvalidInput(f"{file} lists no item barcodes.")
    return codes
