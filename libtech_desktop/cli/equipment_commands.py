"""Equipment from the command line: ``equipment add|list|status|hours|lend|fault|faults|
step|fix|returned`` and ``equipment maintenance add|done|due`` (issue 6)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.equipment import (
    Equipment,
    EquipmentDraft,
    EquipmentStatus,
    Fault,
    MaintenanceDue,
    format_downtime,
    parse_accessories,
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    eq = _group(sub, "equipment", "the library's equipment: faults, maintenance, lending")
    add = _command(eq, common, "add", equipment_add, "add a piece of equipment")
    add.add_argument("--name", required=True, metavar="N")
    add.add_argument("--kind", metavar="K", help="laptop, projector, camera, copier, …")
    add.add_argument("--model", metavar="M")
    add.add_argument("--serial", metavar="S")
    add.add_argument("--location", metavar="L")
    add.add_argument("--purchased", type=_day, metavar="DATE")
    add.add_argument("--warranty", type=_day, metavar="DATE", help="warranty ends on")
    add.add_argument("--notes")
    _lending_options(add)
    listing = _command(eq, common, "list", equipment_list, "every piece with its state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    status = _command(eq, common, "status", equipment_status, "change a piece's status")
    status.add_argument("equipment_id", type=int, metavar="EQUIPMENT_ID")
    status.add_argument("status", choices=[s.value for s in EquipmentStatus], metavar="STATUS")
    hours = _command(eq, common, "hours", equipment_hours, "record its hours of use (meter)")
    hours.add_argument("equipment_id", type=int, metavar="EQUIPMENT_ID")
    hours.add_argument("hours", type=int, metavar="HOURS")
    lend = _command(eq, common, "lend", equipment_lend, "make a piece lendable as an item")
    lend.add_argument("equipment_id", type=int, metavar="EQUIPMENT_ID")
    _lending_options(lend, required=True)

    fault = _command(eq, common, "fault", equipment_fault, "report a fault (prints its id)")
    fault.add_argument("equipment_id", type=int, metavar="EQUIPMENT_ID")
    fault.add_argument("--symptom", required=True, metavar="S")
    fault.add_argument("--still-works", action="store_true", help="it stays in service meanwhile")
    faults = _command(eq, common, "faults", equipment_faults, "faults, open ones first")
    faults.add_argument("--equipment", type=int, metavar="EQUIPMENT_ID")
    faults.add_argument("--open", action="store_true", help="only faults not fixed")
    faults.add_argument("--json", action="store_true", help="print JSON")
    step = _command(eq, common, "step", equipment_step, "note a troubleshooting step tried")
    step.add_argument("fault_id", type=int, metavar="FAULT")
    step.add_argument("--tried", required=True, metavar="T")
    fix = _command(eq, common, "fix", equipment_fix, "close a fault with its resolution")
    fix.add_argument("fault_id", type=int, metavar="FAULT")
    fix.add_argument("--resolution", required=True, metavar="R")
    returned = _command(
        eq, common, "returned", equipment_returned, "check the accessories of a returned piece"
    )
    returned.add_argument("item", metavar="ITEM", help="the item barcode (its latest loan)")
    returned.add_argument(
        "--with", dest="present", default="", metavar="LIST", help='what came back: "charger,bag"'
    )

    maint = eq.add_parser("maintenance", help="scheduled upkeep: add, done, due")
    actions = maint.add_subparsers(dest="maintenance_command", metavar="ACTION", required=True)
    m_add = _command(actions, common, "add", maintenance_add, "schedule upkeep (prints its id)")
    m_add.add_argument("equipment_id", type=int, metavar="EQUIPMENT_ID")
    m_add.add_argument("--name", required=True, metavar="N", help="lamp change, service, …")
    m_add.add_argument("--every-days", type=int, metavar="D")
    m_add.add_argument("--every-hours", type=int, metavar="H")
    m_add.add_argument("--last-done", type=_day, metavar="DATE", help="default today")
    done = _command(actions, common, "done", maintenance_done, "mark upkeep done")
    done.add_argument("task_id", type=int, metavar="TASK")
    done.add_argument("--on", type=_day, metavar="DATE", help="default today")
    due = _command(actions, common, "due", maintenance_due, "upkeep due soon or overdue")
    due.add_argument("--within", type=int, metavar="DAYS", help="default: the library setting")
    due.add_argument("--json", action="store_true", help="print JSON")


def _lending_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--lendable", required=required, metavar="BARCODE", help="lend it as this item barcode"
    )
    parser.add_argument(
        "--accessories", default="", metavar="LIST", help='checked at return: "charger,bag"'
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"needs a date like 2026-09-01, not {text!r}") from None


# -- the pieces ---------------------------------------------------------------------


def equipment_add(run: Run) -> int:
    a = run.args
    draft = EquipmentDraft(
        a.name, a.kind, a.model, a.serial, a.location, a.purchased, a.warranty, a.notes
    )
    piece = run.lib.equipment.add(draft)
    run.out(f"Added {piece.name} as equipment {piece.id}.")
    if a.lendable:
        _lend(run, piece.id)
    run.out(str(piece.id))
    return 0


def equipment_lend(run: Run) -> int:
    _lend(run, run.args.equipment_id)
    return 0


def _lend(run: Run, equipment_id: int) -> None:
    made = run.lib.equipment.make_lendable(
        equipment_id, run.args.lendable, parse_accessories(run.args.accessories)
    )
    for note in made.notes:
        run.out(note)
    with_what = ", ".join(made.equipment.accessories) or "no accessories"
    run.out(f"Lendable as item {made.item.barcode} ({with_what}).")


def equipment_list(run: Run) -> int:
    pieces = run.lib.equipment.pieces()
    today = run.lib.context.clock.today()
    if run.args.json:
        run.out(render.dumps([equipment_json(p) for p in pieces]))
        return 0
    for piece in pieces:
        run.out(equipment_line(piece, today))
    if not pieces:
        run.out("No equipment yet.")
    return 0


def equipment_status(run: Run) -> int:
    piece = run.lib.equipment.set_status(run.args.equipment_id, EquipmentStatus(run.args.status))
    run.out(f"{piece.name} is now {piece.status.label.lower()}.")
    return 0


def equipment_hours(run: Run) -> int:
    piece = run.lib.equipment.record_hours(run.args.equipment_id, run.args.hours)
    run.out(f"{piece.name}: {piece.hours_used} hours of use.")
    return 0


# -- faults -------------------------------------------------------------------------


def equipment_fault(run: Run) -> int:
    a = run.args
    fault = run.lib.equipment.report_fault(a.equipment_id, a.symptom, still_works=a.still_works)
    piece = run.lib.equipment.get(fault.equipment_id)
    run.out(f"Fault {fault.id} on {piece.name}: {piece.status.label.lower()}.")
    run.out(str(fault.id))
    return 0


def equipment_faults(run: Run) -> int:
    found = run.lib.equipment.faults(run.args.equipment, open_only=run.args.open)
    now = run.lib.context.clock.now()
    if run.args.json:
        run.out(render.dumps([fault_json(f, now) for f in found]))
        return 0
    for fault in found:
        state = "fixed" if not fault.is_open else "open"
        run.out(
            f"{fault.id:>5}  {fault.equipment_name}  {state}  {fault.symptom}  "
            f"(down {format_downtime(fault.downtime(now))})"
        )
    if not found:
        run.out("No faults.")
    return 0


def equipment_step(run: Run) -> int:
    fault = run.lib.equipment.add_step(run.args.fault_id, run.args.tried)
    run.out(f"Fault {fault.id}: {len(fault.steps_tried)} steps tried.")
    return 0


def equipment_fix(run: Run) -> int:
    fault = run.lib.equipment.fix(run.args.fault_id, run.args.resolution)
    piece = run.lib.equipment.get(fault.equipment_id)
    down = format_downtime(fault.downtime(run.lib.context.clock.now()))
    run.out(
        f"Fault {fault.id} fixed: {fault.resolution} (down {down}). "
        f"{piece.name} is {piece.status.label.lower()}."
    )
    return 0


def equipment_returned(run: Run) -> int:
    came_back = parse_accessories(run.args.present)
    missing = run.lib.equipment.record_accessory_check(
        run.args.item, dict.fromkeys(came_back, True)
    )
    if missing:
        run.out(f"MISSING: {', '.join(missing)} — a fault was opened; the piece is held back.")
    else:
        run.out("All accessories back.")
    return 0


# -- maintenance ---------------------------------------------------------------------


def maintenance_add(run: Run) -> int:
    a = run.args
    due = run.lib.equipment.add_maintenance(
        a.equipment_id,
        a.name,
        every_days=a.every_days,
        every_hours=a.every_hours,
        last_done_on=a.last_done,
    )
    run.out(f"{due.task.name} on {due.task.equipment_name}: next due {due.when_text()}.")
    run.out(str(due.task.id))
    return 0


def maintenance_done(run: Run) -> int:
    due = run.lib.equipment.maintenance_done(run.args.task_id, on=run.args.on)
    run.out(f"{due.task.name} on {due.task.equipment_name} done; next due {due.when_text()}.")
    return 0


def maintenance_due(run: Run) -> int:
    found = run.lib.equipment.due_maintenance(run.args.within)
    if run.args.json:
        run.out(render.dumps([due_json(d) for d in found]))
        return 0
    for due in found:
        late = "OVERDUE" if due.overdue else "due"
        run.out(
            f"{due.task.id:>5}  {due.task.equipment_name}  {due.task.name}  "
            f"{late} {due.when_text()}"
        )
    if not found:
        run.out("No maintenance due.")
    return 0


# -- rendering -----------------------------------------------------------------------


def equipment_json(piece: Equipment) -> dict[str, Any]:
    return {
        "id": piece.id,
        "name": piece.name,
        "kind": piece.kind,
        "model": piece.model,
        "serial": piece.serial,
        "location": piece.location,
        "purchased_on": render.day(piece.purchased_on),
        "warranty_until": render.day(piece.warranty_until),
        "status": piece.status.value,
        "hours_used": piece.hours_used,
        "item": piece.item_barcode,
        "accessories": list(piece.accessories),
        "open_faults": piece.open_faults,
        "maintenance_due_on": render.day(piece.maintenance_due_on),
        "maintenance_due": piece.maintenance_due,
    }


def equipment_line(piece: Equipment, today: date) -> str:
    extra = [
        x
        for x in (
            piece.kind,
            piece.model,
            f"serial {piece.serial}" if piece.serial else None,
            piece.location,
            f"item {piece.item_barcode}" if piece.item_barcode else None,
            f"{piece.open_faults} open fault(s)" if piece.open_faults else None,
            "MAINTENANCE DUE" if piece.maintenance_due else None,
        )
        if x
    ]
    return f"{piece.id:>5}  {piece.name}  {piece.status.label.lower()}  {'  '.join(extra)}"


def fault_json(fault: Fault, now: Any) -> dict[str, Any]:
    return {
        "id": fault.id,
        "equipment": fault.equipment_id,
        "equipment_name": fault.equipment_name,
        "symptom": fault.symptom,
        "steps_tried": list(fault.steps_tried),
        "resolution": fault.resolution,
        "out_of_service": fault.out_of_service,
        "reported_at": fault.reported_at.isoformat(),
        "reported_by": fault.reported_by,
        "fixed_at": fault.fixed_at.isoformat() if fault.fixed_at else None,
        "fixed_by": fault.fixed_by,
        "downtime_minutes": int(fault.downtime(now).total_seconds()) // 60,
    }


def due_json(due: MaintenanceDue) -> dict[str, Any]:
    return {
        "task": due.task.id,
        "equipment": due.task.equipment_id,
        "equipment_name": due.task.equipment_name,
        "name": due.task.name,
        "every_days": due.task.every_days,
        "every_hours": due.task.every_hours,
        "last_done_on": render.day(due.task.last_done_on),
        "due_on": render.day(due.due_on),
        "due_hours": due.due_hours,
        "hours_used": due.hours_used,
        "overdue": due.overdue,
    }
