"""Binding and transfers from the command line: ``bindery send|receive|list``,
``transfer ITEM... --to LOCATION``, ``transfer arrive ITEM...``, ``transfer cancel ID...``
and ``transfers`` (the pick list) (issue 6)."""

from __future__ import annotations

import argparse
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.bindery import Instructions, Shipment, Volume
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.domain.transfers import Transfer

TRANSFER_USAGE = (
    "libtech transfer ITEM... --to LOCATION | transfer arrive ITEM... | "
    "transfer cancel TRANSFER_ID..."
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group, iso_date

    bindery = _group(sub, "bindery", "send volumes to the bindery and receive them back")
    send = _command(
        bindery, common, "send", bindery_send, "prepare items and send them in one shipment"
    )
    send.add_argument("items", nargs="+", metavar="ITEM", help="item barcodes")
    send.add_argument("--bindery", metavar="NAME", help="the bindery they go to")
    send.add_argument("--binding-type", metavar="T", help="e.g. buckram, library binding")
    send.add_argument("--colour", "--color", dest="colour", metavar="C", help="cloth colour")
    send.add_argument("--lettering", metavar="TEXT", help="spine lettering; lines split by ' / '")
    send.add_argument("--note", metavar="N", help="instructions for every volume")
    send.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="sent on (default today)")
    receive = _command(
        bindery, common, "receive", bindery_receive, "receive a shipment's volumes back"
    )
    receive.add_argument("shipment", type=int, metavar="SHIPMENT")
    receive.add_argument("items", nargs="*", metavar="ITEM", help="only these (default: all out)")
    cost = receive.add_mutually_exclusive_group()
    cost.add_argument("--cost", metavar="X.XX", help="what binding each volume cost")
    cost.add_argument("--total", metavar="X.XX", help="the bill, shared among the volumes")
    listing = _command(bindery, common, "list", bindery_list, "shipments at or for the bindery")
    listing.add_argument("--all", action="store_true", help="received shipments too")
    listing.add_argument("--json", action="store_true", help="print JSON")

    transfer = _command(sub, common, "transfer", transfer_command, "move items to another location")
    transfer.usage = TRANSFER_USAGE
    transfer.add_argument(
        "words",
        nargs="+",
        metavar="ITEM",
        help="item barcodes; or 'arrive' and barcodes scanned at the destination; "
        "or 'cancel' and transfer ids",
    )
    transfer.add_argument("--to", metavar="LOCATION", help="where the items go")
    transfers = _command(
        sub, common, "transfers", transfers_list, "the pick list: open moves in walking order"
    )
    transfers.add_argument("--json", action="store_true", help="print JSON")


# -- bindery ---------------------------------------------------------------------


def bindery_send(run: Run) -> int:
    a = run.args
    lettering = "\n".join(part.strip() for part in a.lettering.split("/")) if a.lettering else None
    instructions = Instructions(a.binding_type, a.colour, lettering, a.note)
    shipment = run.lib.bindery.send_items(
        a.items, instructions, bindery=a.bindery, note=a.note, on=a.on
    )
    for volume in shipment.volumes:
        run.out(volume_line(volume))
    to = f" to {shipment.bindery}" if shipment.bindery else ""
    count = len(shipment.volumes)
    run.out(
        f"Shipment {shipment.id}{to}: {count} volume{'s' if count != 1 else ''} sent on "
        f"{render.day(shipment.sent_on)}."
    )
    run.out(str(shipment.id))
    return 0


def bindery_receive(run: Run) -> int:
    a = run.args
    shipment = run.lib.bindery.receive(
        a.shipment,
        a.items or None,
        cost_each_minor=_money(a.cost, "--cost"),
        total_cost_minor=_money(a.total, "--total"),
    )
    run.out(shipment_line(shipment))
    for volume in shipment.outstanding:
        run.out(f"  still at the bindery: {volume_line(volume)}")
    return 0


def bindery_list(run: Run) -> int:
    shipments = run.lib.bindery.shipments(include_received=run.args.all)
    if run.args.json:
        run.out(render.dumps([shipment_json(s) for s in shipments]))
        return 0
    for shipment in shipments:
        run.out(shipment_line(shipment))
        for volume in shipment.volumes:
            run.out(f"  {volume_line(volume)}")
    if not shipments:
        run.out("No shipment is being prepared or at the bindery.")
    return 0


def _money(text: str | None, option: str) -> int | None:
    if text is None:
        return None
    minor = parse_money(text)
    if minor is None:
        raise InvalidInput(f"{option} needs an amount, like 12.50.")
    return minor


def volume_line(volume: Volume) -> str:
    how = ", ".join(x for x in (volume.binding_type, volume.colour) if x)
    state = "received" if volume.received else "out"
    cost = f" {format_money(volume.cost_minor)}" if volume.cost_minor is not None else ""
    return (
        f"{volume.barcode}  {volume.call_number or '(no call number)'}  “{volume.title}”"
        f"{f'  [{how}]' if how else ''}  {state}{cost}"
    )


def shipment_line(shipment: Shipment) -> str:
    to = f" to {shipment.bindery}" if shipment.bindery else ""
    dates = [
        f"{what} {render.day(day)}"
        for what, day in (("sent", shipment.sent_on), ("received", shipment.received_on))
        if day is not None
    ]
    state = ", ".join(dates) or shipment.status.value
    total = shipment.total_cost_minor
    cost = f", cost {format_money(total)}" if total is not None else ""
    return (
        f"Shipment {shipment.id}{to}: {state}, "
        f"{shipment.received_count} of {len(shipment.volumes)} back{cost}."
    )


def volume_json(volume: Volume) -> dict[str, Any]:
    return {
        "id": volume.id,
        "item": volume.barcode,
        "title": volume.title,
        "call_number": volume.call_number,
        "binding_type": volume.binding_type,
        "colour": volume.colour,
        "lettering": list(volume.lettering_lines),
        "instructions": volume.notes,
        "received_at": volume.received_at.isoformat() if volume.received_at else None,
        "cost": format_money(volume.cost_minor) or None,
    }


def shipment_json(shipment: Shipment) -> dict[str, Any]:
    total = shipment.total_cost_minor
    return {
        "id": shipment.id,
        "status": shipment.status.value,
        "bindery": shipment.bindery,
        "note": shipment.note,
        "sent_on": render.day(shipment.sent_on),
        "received_on": render.day(shipment.received_on),
        "volumes": [volume_json(v) for v in shipment.volumes],
        "outstanding": [v.barcode for v in shipment.outstanding],
        "total_cost": format_money(total) if total is not None else None,
    }


# -- transfers -------------------------------------------------------------------


def transfer_command(run: Run) -> int:
    words = [w.strip() for w in run.args.words]
    action = words[0].lower()
    if action in ("arrive", "cancel"):
        if run.args.to:
            raise InvalidInput(f"transfer {action} takes no --to.")
        if len(words) < 2:
            what = "the item barcodes" if action == "arrive" else "the transfer ids"
            raise InvalidInput(f"transfer {action} needs {what}.")
        return (_arrive if action == "arrive" else _cancel)(run, words[1:])
    if not run.args.to:
        raise InvalidInput("Say where the items go: transfer ITEM... --to LOCATION.")
    return _each(run, words, lambda code: _request(run, code))


def _request(run: Run, barcode: str) -> None:
    transfer = run.lib.transfers.request(barcode, run.args.to)
    run.out(f"{transfer_line(transfer)}  (transfer {transfer.id})")
    run.out(str(transfer.id))


def _arrive(run: Run, barcodes: list[str]) -> int:
    def one(barcode: str) -> None:
        t = run.lib.transfers.arrive(barcode)
        run.out(f"{t.barcode} “{t.title}” arrived: now in {t.to_location} (transfer {t.id}).")

    return _each(run, barcodes, one)


def _cancel(run: Run, ids: list[str]) -> int:
    def one(text: str) -> None:
        if not text.isdigit():
            raise InvalidInput(f"{text!r} is not a transfer id (a number).")
        t = run.lib.transfers.cancel(int(text))
        run.out(f"Transfer {t.id} of {t.barcode} cancelled: it stays where it is.")

    return _each(run, ids, one)


def _each(run: Run, values: list[str], action: Any) -> int:
    """Apply ``action`` to each value; report failures and carry on (exit 1 if any)."""
    status = 0
    for value in values:
        try:
            action(value)
        except LibtechError as exc:
            run.fail(str(exc))
            status = 1
    return status


def transfers_list(run: Run) -> int:
    picks = run.lib.transfers.pick_list()
    if run.args.json:
        run.out(render.dumps([transfer_json(t) for t in picks]))
        return 0
    for transfer in picks:
        run.out(f"{transfer.id:>5}  {transfer_line(transfer)}")
    if not picks:
        run.out("Nothing to move.")
    return 0


def transfer_line(transfer: Transfer) -> str:
    return (
        f"{transfer.from_location or '(no location)'} / "
        f"{transfer.call_number or '(no call number)'}  {transfer.barcode}  “{transfer.title}”"
        f"  -> {transfer.to_location}"
    )


def transfer_json(transfer: Transfer) -> dict[str, Any]:
    return {
        "id": transfer.id,
        "item": transfer.barcode,
        "title": transfer.title,
        "call_number": transfer.call_number,
        "from": transfer.from_location,
        "to": transfer.to_location,
        "status": transfer.status.value,
        "requested_at": transfer.requested_at.isoformat(),
    }
