"""The bookmobile's routes, stops and truck from the command line (issue 7):
``route list|add|stops|add-stop|update-stop|retire-stop|visits|stats``,
``stop set|show``, ``truck load|unload|list``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.routes import Route, Stop, StopStatistics, TruckItem, TruckScan


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    route = _group(sub, "route", "the bookmobile's routes and stops, their visits, statistics")
    listing = _command(route, common, "list", route_list, "the routes")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = _command(route, common, "add", route_add, "add a route")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--notes", metavar="TEXT")
    stops = _command(route, common, "stops", route_stops, "the stops with their schedule")
    stops.add_argument("route", metavar="ROUTE", nargs="?", help="only this route's stops")
    stops.add_argument("--json", action="store_true", help="print JSON")
    add_stop = _command(route, common, "add-stop", route_add_stop, "add a stop to a route")
    add_stop.add_argument("route", metavar="ROUTE")
    add_stop.add_argument("name", metavar="NAME")
    _schedule_arguments(add_stop, required=True)
    update = _command(route, common, "update-stop", route_update_stop, "change a stop")
    update.add_argument("name", metavar="NAME")
    update.add_argument("--name", dest="new_name", metavar="NEW", help="rename it")
    update.add_argument("--route", metavar="ROUTE", help="move it to another route")
    _schedule_arguments(update, required=False)
    retire = _command(
        route, common, "retire-stop", route_retire_stop, "stop visiting a stop (kept for history)"
    )
    retire.add_argument("name", metavar="NAME")
    visits = _command(route, common, "visits", route_visits, "a stop's next visits")
    visits.add_argument("name", metavar="STOP")
    visits.add_argument("--count", type=int, default=4, metavar="N")
    visits.add_argument("--from", dest="start", type=_day, metavar="DATE", help="default today")
    visits.add_argument("--json", action="store_true", help="print JSON")
    stats = _command(route, common, "stats", route_stats, "check-outs and check-ins per stop")
    stats.add_argument("--from", dest="start", type=_day, metavar="DATE", required=True)
    stats.add_argument("--to", dest="end", type=_day, metavar="DATE", required=True)
    stats.add_argument("--route", metavar="ROUTE", help="only this route's stops")
    stats.add_argument("--json", action="store_true", help="print JSON")

    stop = _group(sub, "stop", "the stop the bookmobile is at today")
    set_stop = _command(stop, common, "set", stop_set, "say which stop this desk is at today")
    which = set_stop.add_mutually_exclusive_group(required=True)
    which.add_argument("name", metavar="NAME", nargs="?")
    which.add_argument("--clear", action="store_true", help="back at the branch")
    show = _command(stop, common, "show", stop_show, "the stop this desk is at today")
    show.add_argument("--json", action="store_true", help="print JSON")

    truck = _group(sub, "truck", "load and unload the bookmobile")
    load = _command(truck, common, "load", truck_load, "scan items onto the truck")
    load.add_argument("items", metavar="BARCODE", nargs="+")
    unload = _command(truck, common, "unload", truck_unload, "scan items off the truck")
    unload.add_argument("items", metavar="BARCODE", nargs="+")
    unload.add_argument("--to", metavar="LOCATION", help="default: where each came from")
    on_truck = _command(truck, common, "list", truck_list, "what is on the truck, shelf order")
    on_truck.add_argument("--json", action="store_true", help="print JSON")


def _schedule_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--weekday", metavar="DAY", required=required, help="Monday … Sunday")
    parser.add_argument("--starts", metavar="HH:MM", required=required)
    parser.add_argument("--ends", metavar="HH:MM", required=required)
    parser.add_argument(
        "--first-visit", type=_day, metavar="DATE", required=required, help="on the weekday"
    )
    parser.add_argument(
        "--every-weeks", type=int, metavar="N", default=1 if required else None, help="1-8"
    )
    parser.add_argument("--address", metavar="TEXT")
    parser.add_argument("--position", type=int, metavar="N", help="order in the route's day")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2026-03-02, not {text!r}") from None


# -- routes and stops ----------------------------------------------------------


def route_list(run: Run) -> int:
    found = run.lib.routes.routes()
    if run.args.json:
        run.out(render.dumps([route_json(r) for r in found]))
        return 0
    for route in found:
        run.out(route.name + (f" — {route.notes}" if route.notes else ""))
    if not found:
        run.out("No routes yet: libtech route add NAME.")
    return 0


def route_add(run: Run) -> int:
    route = run.lib.routes.add_route(run.args.name, run.args.notes)
    run.out(f"Added route {route.name}.")
    return 0


def route_stops(run: Run) -> int:
    found = run.lib.routes.stops(run.args.route)
    nexts = {s.name: run.lib.routes.next_visit(s) for s in found}
    if run.args.json:
        run.out(render.dumps([stop_json(s, nexts[s.name]) for s in found]))
        return 0
    for stop in found:
        run.out(stop_line(stop, nexts[stop.name]))
    if not found:
        run.out("No stops yet: libtech route add-stop ROUTE NAME ….")
    return 0


def route_add_stop(run: Run) -> int:
    a = run.args
    stop = run.lib.routes.add_stop(
        a.route,
        a.name,
        a.weekday,
        a.starts,
        a.ends,
        a.first_visit,
        a.every_weeks,
        address=a.address,
        position=a.position,
    )
    run.out(f"Added stop {stop.name} to {stop.route_name}: {stop.schedule}.")
    return 0


def route_update_stop(run: Run) -> int:
    a = run.args
    stop = run.lib.routes.update_stop(
        a.name,
        new_name=a.new_name,
        route=a.route,
        weekday=a.weekday,
        starts_at=a.starts,
        ends_at=a.ends,
        first_visit=a.first_visit,
        every_weeks=a.every_weeks,
        address=a.address,
        position=a.position,
    )
    run.out(f"Stop {stop.name} ({stop.route_name}): {stop.schedule}.")
    return 0


def route_retire_stop(run: Run) -> int:
    stop = run.lib.routes.retire_stop(run.args.name)
    run.out(f"Retired stop {stop.name}: no longer visited, its loans' history kept.")
    return 0


def route_visits(run: Run) -> int:
    a = run.args
    days = run.lib.routes.next_visits(a.name, a.count, a.start)
    if a.json:
        run.out(render.dumps([d.isoformat() for d in days]))
        return 0
    for day in days:
        run.out(f"{day.isoformat()} {day.strftime('%A')}")
    if not days:
        run.out(f"{a.name} has no visit to come.")
    return 0


def route_stats(run: Run) -> int:
    a = run.args
    found = run.lib.routes.stop_statistics(a.start, a.end, a.route)
    if a.json:
        run.out(render.dumps([stats_json(s) for s in found]))
        return 0
    run.out(f"{'Stop':30} {'Out':>5} {'In':>5} {'Renew':>5} {'Borrowers':>9}")
    for s in found:
        run.out(f"{s.stop:30} {s.checkouts:5} {s.checkins:5} {s.renewals:5} {s.borrowers:9}")
    return 0


# -- the current stop ------------------------------------------------------------


def stop_set(run: Run) -> int:
    stop = run.lib.routes.set_current_stop(None if run.args.clear else run.args.name)
    if stop is None:
        run.out("At the branch: loans fall due by the loan rules.")
    else:
        run.out(f"At {stop.name} until {stop.ends_at} today: loans fall due on its visits.")
    return 0


def stop_show(run: Run) -> int:
    stop = run.lib.routes.current_stop()
    if run.args.json:
        run.out(render.dumps(stop_json(stop, None) if stop else None))
    elif stop is None:
        run.out("At the branch (no stop set for today).")
    else:
        run.out(f"At {stop.name} ({stop.route_name}) until {stop.ends_at}.")
    return 0


# -- the truck ---------------------------------------------------------------------


def truck_load(run: Run) -> int:
    return _scan_each(run, run.lib.truck.load)


def truck_unload(run: Run) -> int:
    to = run.args.to
    return _scan_each(run, lambda barcode: run.lib.truck.unload(barcode, to))


def _scan_each(run: Run, scan: Any) -> int:
    """Every barcode in turn; a refusal is one error line and the rest go on."""
    status = 0
    for barcode in run.args.items:
        try:
            result: TruckScan = scan(barcode)
        except LibtechError as exc:
            run.fail(str(exc))
            status = 1
            continue
        run.out(result.message)
    return status


def truck_list(run: Run) -> int:
    found = run.lib.truck.on_truck()
    if run.args.json:
        run.out(render.dumps([truck_json(t) for t in found]))
        return 0
    for t in found:
        came = f" (from {t.from_location})" if t.from_location else ""
        run.out(f"{t.barcode} {t.call_number or '':12} {t.title}{came}")
    run.out(f"{len(found)} item{'s' if len(found) != 1 else ''} on the truck.")
    return 0


# -- JSON ------------------------------------------------------------------------------


def route_json(route: Route) -> dict[str, Any]:
    return {"id": route.id, "name": route.name, "notes": route.notes, "active": route.active}


def stop_json(stop: Stop, next_visit: date | None) -> dict[str, Any]:
    return {
        "id": stop.id,
        "name": stop.name,
        "route": stop.route_name,
        "position": stop.position,
        "weekday": stop.weekday,
        "starts_at": stop.starts_at,
        "ends_at": stop.ends_at,
        "every_weeks": stop.every_weeks,
        "first_visit": stop.first_visit.isoformat(),
        "address": stop.address,
        "active": stop.active,
        "schedule": stop.schedule,
        "next_visit": render.day(next_visit),
    }


def stop_line(stop: Stop, next_visit: date | None) -> str:
    when = f"next {next_visit.isoformat()}" if next_visit else "no visit to come"
    retired = " [retired]" if not stop.active else ""
    return f"{stop.route_name} / {stop.name}: {stop.schedule}, {when}{retired}"


def stats_json(s: StopStatistics) -> dict[str, Any]:
    return {
        "stop": s.stop,
        "route": s.route,
        "checkouts": s.checkouts,
        "checkins": s.checkins,
        "renewals": s.renewals,
        "borrowers": s.borrowers,
    }


def truck_json(t: TruckItem) -> dict[str, Any]:
    return {
        "barcode": t.barcode,
        "title": t.title,
        "call_number": t.call_number,
        "from_location": t.from_location,
        "loaded_at": t.loaded_at.isoformat(),
        "loaded_by": t.loaded_by,
    }
