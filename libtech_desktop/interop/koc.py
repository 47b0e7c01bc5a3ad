"""Koha offline circulation files (``.koc``, format version 1.0).

The first line is a tab-separated header of ``Name=value`` fields; every further line
is ``YYYY-MM-DD HH:MM:SS mmm`` (local time, milliseconds), a tab, the command and its
tab-separated arguments: ``issue cardnumber barcode``, ``return barcode``,
``payment cardnumber amount`` (amount with a decimal point, as 3.25). Lines end in
CRLF-free ``\\n``; Koha strips ``\\r`` anyway.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalEntry, JournalKind
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.domain.sync_merge import IncomingFile, IncomingOp

KOC_VERSION = "1.0"
#: The journal kinds a .koc file can carry; the rest have no Koha offline command.
KOC_KINDS = frozenset({JournalKind.CHECKOUT, JournalKind.CHECKIN, JournalKind.PAYMENT})


def header(generator: str, generator_version: str) -> str:
    return f"Version={KOC_VERSION}\tGenerator={generator}\tGeneratorVersion={generator_version}"


def timestamp(instant: datetime) -> str:
    """``2026-03-02 13:05:09 042``: the instant in local time, with milliseconds."""
    local = instant.astimezone()
    return f"{local:%Y-%m-%d %H:%M:%S} {local.microsecond // 1000:03d}"


def command_line(entry: JournalEntry) -> str | None:
    """The .koc line for one journal entry; ``None`` for a kind Koha cannot take."""
    data = entry.data
    when = datetime.fromisoformat(data["dated"]) if data.get("dated") else entry.at
    stamp = timestamp(when)
    if entry.kind is JournalKind.CHECKOUT:
        return f"{stamp}\tissue\t{_field(data['patron'])}\t{_field(data['item'])}"
    if entry.kind is JournalKind.CHECKIN:
        return f"{stamp}\treturn\t{_field(data['item'])}"
    if entry.kind is JournalKind.PAYMENT:
        amount = format_money(int(data["amount_minor"]))
        return f"{stamp}\tpayment\t{_field(data['patron'])}\t{amount}"
    return None


def lines(entries: Iterable[JournalEntry], generator: str, version: str) -> Iterator[str]:
    """The header, then one line per entry Koha can take, in journal order."""
    yield header(generator, version)
    for entry in entries:
        line = command_line(entry)
        if line is not None:
            yield line


def _field(value: object) -> str:
    # A barcode never holds a tab or a line break; if one did, it would split the line.
    return " ".join(str(value).split())


# -- reading ---------------------------------------------------------------------------

#: The namespace of the deterministic ids given to a .koc file's devices and lines.
KOC_NAMESPACE = uuid.UUID("6f1d2c3e-9a57-4c1b-8d0e-5b7a4f2e9c10")


def device_of(generator: str) -> str:
    """The device id a .koc generator is merged as (the same for every file it writes)."""
    return str(uuid.uuid5(KOC_NAMESPACE, f"generator:{generator}"))


def read(text: str, staff: str) -> IncomingFile:
    """A .koc file as operations, or :class:`InvalidInput` naming the first bad line.

    Each line's op id is derived from the generator, the line's text and how many times
    that same text came before it, so importing the same file twice changes nothing."""
    lines = text.replace("\r", "").split("\n")
    fields = _header_fields(lines[0] if lines else "")
    generator = fields.get("Generator") or "Koha offline circulation"
    device = device_of(generator)
    seen: Counter[str] = Counter()
    ops = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        seen[line] += 1
        op_id = str(uuid.uuid5(KOC_NAMESPACE, f"{generator}\n{line}\n{seen[line]}"))
        at, kind, data = _command(number, line)
        ops.append(IncomingOp(op_id, device, number, staff, at, kind, data))
    return IncomingFile("koc", device, generator, {"generator": generator, **fields}, tuple(ops))


def _header_fields(line: str) -> dict[str, str]:
    fields = {}
    for part in line.strip().split("\t"):
        name, sep, value = part.partition("=")
        if not sep:
            raise InvalidInput(f"line 1: not a .koc header (Version=1.0 …): {_short(line)}")
        fields[name.strip()] = value.strip()
    if fields.get("Version") != KOC_VERSION:
        raise InvalidInput(
            f"line 1: .koc version {fields.get('Version')!r}; this program reads {KOC_VERSION}."
        )
    return fields


def _command(number: int, line: str) -> tuple[datetime, JournalKind, dict[str, Any]]:
    parts = [p.strip() for p in line.split("\t")]
    try:
        at = datetime.strptime(parts[0], "%Y-%m-%d %H:%M:%S %f").astimezone()
    except ValueError:
        raise InvalidInput(
            f"line {number}: not an operation (time like 2026-03-02 13:05:09 042 "
            f"expected): {_short(line)}"
        ) from None
    command, args = (parts[1] if len(parts) > 1 else ""), parts[2:]
    if command == "issue" and len(args) == 2 and all(args):
        return at, JournalKind.CHECKOUT, {"patron": args[0], "item": args[1]}
    if command == "return" and len(args) == 1 and args[0]:
        return at, JournalKind.CHECKIN, {"item": args[0], "patron": None}
    if command == "payment" and len(args) == 2 and args[0]:
        try:
            amount = parse_money(args[1])
        except InvalidInput as error:
            raise InvalidInput(f"line {number}: {error.message}") from None
        if not amount:
            raise InvalidInput(f"line {number}: a payment needs an amount: {_short(line)}")
        data = {"patron": args[0], "amount_minor": amount, "method": "cash", "note": "Koha .koc"}
        return at, JournalKind.PAYMENT, data
    raise InvalidInput(f"line {number}: not an operation: {_short(line)}")


def _short(line: str) -> str:
    line = line.strip().replace("\t", " ")
    return line if len(line) <= 60 else line[:57] + "…"
