"""Patron records from the command line beyond ``patron add|show|block``:
categories, membership renewal, incidents, ``import-patrons``, and a patron's data
exported or erased on request (issue 5)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.incidents import Incident
from libtech_desktop.domain.patron_import import parse_mapping
from libtech_desktop.services.patron_import import ImportPlan, PatronImportService, RowAction
from libtech_desktop.services.privacy import PrivacyService


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # parser.py imports this module: import its helpers when it calls us.
    from libtech_desktop.cli.parser import _command, _group

    category = _group(sub, "category", "patron categories (adult, child, teacher ...)")
    add = _command(category, common, "add", category_add, "add a patron category")
    add.add_argument("code", metavar="CODE", help="one word, e.g. teacher")
    add.add_argument("name", metavar="NAME", help="as shown, e.g. Teacher")
    add.add_argument("--membership-days", type=int, required=True, metavar="N")
    listing = _command(category, common, "list", category_list, "every patron category")
    listing.add_argument("--json", action="store_true", help="print JSON")

    patron = _subparsers(sub, "patron")
    renew = _command(patron, common, "renew", patron_renew, "renew a patron's membership")
    renew.add_argument("barcode", metavar="BARCODE")
    export = _command(patron, common, "export", patron_export, "a patron's own data, as JSON")
    export.add_argument("barcode", metavar="BARCODE")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json")
    erase = _command(
        patron, common, "erase", patron_erase, "erase a patron on request (history anonymised)"
    )
    erase.add_argument("barcode", metavar="BARCODE")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    incident = _group(sub, "incident", "log an incident with a patron")
    inc_add = _command(incident, common, "add", incident_add, "log an incident")
    inc_add.add_argument("barcode", metavar="PATRON")
    inc_add.add_argument("--what", required=True, help="what happened")
    inc_add.add_argument("--action", help="what was done about it")
    inc_add.add_argument("--on", type=_day, metavar="DATE", help="when (default today)")
    inc_add.add_argument(
        "--suspend-until", type=_day, metavar="DATE", help="no borrowing until this day"
    )
    incidents = _command(sub, common, "incidents", incidents_list, "a patron's incident log")
    incidents.add_argument("barcode", metavar="PATRON")
    incidents.add_argument("--json", action="store_true", help="print JSON")

    imp = _command(sub, common, "import-patrons", import_patrons, "import patrons from CSV")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="which column holds a field (barcode, name, surname, first_name, email, ...)",
    )
    imp.add_argument("--category", default="adult", help="for rows without one (default adult)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen only")
    imp.add_argument("--json", action="store_true", help="print JSON")

    privacy = _group(sub, "privacy", "loan history kept as privacy.loan_history says")
    _command(privacy, common, "anonymise", privacy_anonymise, "anonymise loan history that is due")


def _subparsers(sub: Any, name: str) -> Any:
    """The ACTION subparsers of an existing command group (``patron``)."""
    group: argparse.ArgumentParser = sub.choices[name]
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"{name} has no actions")  # pragma: no cover


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"needs a date like 2026-09-01, not {text!r}") from None


# -- categories and memberships ---------------------------------------------------


def category_add(run: Run) -> int:
    a = run.args
    cat = run.lib.patrons.add_category(a.code, a.name, a.membership_days)
    run.out(
        f"Added the category {cat.code} ({cat.name}), memberships of {cat.membership_days} days."
    )
    run.out(str(cat.id))
    return 0


def category_list(run: Run) -> int:
    cats = run.lib.patrons.categories()
    if run.args.json:
        rows = [
            {"code": c.code, "name": c.name, "membership_days": c.membership_days} for c in cats
        ]
        run.out(render.dumps(rows))
        return 0
    for c in cats:
        run.out(f"{c.code:<14} {c.name:<24} {c.membership_days} days")
    return 0


def patron_renew(run: Run) -> int:
    patron = run.lib.patrons.renew_membership(run.args.barcode)
    run.out(
        f"Renewed {patron.name} ({patron.barcode}): card expires {render.day(patron.expires_on)}."
    )
    return 0


# -- privacy ---------------------------------------------------------------------


def patron_export(run: Run) -> int:
    data = PrivacyService(run.lib.context).export(run.args.barcode)
    out = Path(run.args.output)
    try:
        out.write_text(render.dumps(data) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"Cannot write {out}: {exc.strerror or exc}.") from None
    run.out(
        f"Wrote the data of {data['patron']['name']} to {out} "
        f"({len(data['loans'])} loans, {len(data['fines'])} fines, "
        f"{len(data['incidents'])} incidents)."
    )
    return 0


def patron_erase(run: Run) -> int:
    if not run.args.yes:
        raise InvalidInput("Erasing cannot be undone: add --yes to confirm.")
    erased = PrivacyService(run.lib.context).erase(run.args.barcode)
    run.out(
        f"Erased {erased.name} ({erased.barcode}); {erased.loans_anonymised} past loans "
        "kept anonymised."
    )
    return 0


def privacy_anonymise(run: Run) -> int:
    moved = PrivacyService(run.lib.context).anonymise_loan_history()
    run.out(f"Anonymised {moved} returned loan{'s' if moved != 1 else ''}.")
    return 0


# -- incidents -------------------------------------------------------------------


def incident_add(run: Run) -> int:
    a = run.args
    incident = run.lib.patrons.record_incident(
        a.barcode, a.what, a.action, occurred_on=a.on, suspended_until=a.suspend_until
    )
    suspended = (
        f"; no borrowing until {incident.suspended_until.isoformat()}"
        if incident.suspended_until
        else ""
    )
    run.out(f"Logged the incident of {incident.occurred_on.isoformat()}{suspended}.")
    run.out(str(incident.id))
    return 0


def incident_json(incident: Incident) -> dict[str, Any]:
    return {
        "id": incident.id,
        "patron": incident.patron_barcode,
        "occurred_on": incident.occurred_on.isoformat(),
        "what": incident.what,
        "action": incident.action,
        "suspended_until": render.day(incident.suspended_until),
        "recorded_by": incident.recorded_by,
        "recorded_at": incident.recorded_at.isoformat(),
    }


def incidents_list(run: Run) -> int:
    incidents = run.lib.patrons.incidents(run.args.barcode)
    if run.args.json:
        run.out(render.dumps([incident_json(i) for i in incidents]))
        return 0
    if not incidents:
        run.out("No incidents.")
    for i in incidents:
        until = f" [suspended until {i.suspended_until.isoformat()}]" if i.suspended_until else ""
        action = f" — {i.action}" if i.action else ""
        run.out(f"{i.occurred_on.isoformat()}  {i.what}{action}{until} ({i.recorded_by})")
    return 0


# -- import ----------------------------------------------------------------------


def import_patrons(run: Run) -> int:
    a = run.args
    service = PatronImportService(run.lib.context)
    sheet = service.read(a.file)
    mapping = parse_mapping(a.map, sheet.headers, service.guess_mapping(sheet))
    if a.dry_run:
        plan = service.preview(sheet, mapping, a.category)
    else:
        plan = service.import_rows(sheet, mapping, a.category)
    if a.json:
        run.out(render.dumps(plan_json(plan)))
    else:
        for line in plan_lines(plan):
            run.out(line)
    for row in plan.errors:
        run.fail(f"row {row.row}: {row.reason}")
    return 1 if plan.errors else 0


def plan_json(plan: ImportPlan) -> dict[str, Any]:
    return {
        "imported": plan.imported,
        "new": plan.count(RowAction.NEW),
        "updated": plan.count(RowAction.UPDATE),
        "errors": plan.count(RowAction.ERROR),
        "rows": [
            {
                "row": r.row,
                "action": r.action.value,
                "barcode": r.barcode,
                "name": r.name,
                "reason": r.reason,
            }
            for r in plan.rows
        ],
    }


def plan_lines(plan: ImportPlan) -> list[str]:
    verb = ("would add", "would update") if not plan.imported else ("added", "updated")
    lines = [
        f"row {r.row}: {r.action.value:<6} {r.barcode} {r.name}"
        for r in plan.rows
        if r.action is not RowAction.ERROR
    ]
    lines.append(
        f"{verb[0].capitalize()} {plan.count(RowAction.NEW)} patrons, {verb[1]} "
        f"{plan.count(RowAction.UPDATE)}; {plan.count(RowAction.ERROR)} rows refused."
    )
    return lines
