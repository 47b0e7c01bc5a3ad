"""Koha offline circulation files (``.koc``, format version 1.0).

The first line is a tab-separated header of ``Name=value`` fields; every further line
is ``YYYY-MM-DD HH:MM:SS mmm`` (local time, milliseconds), a tab, the command and its
tab-separated arguments: ``issue cardnumber barcode``, ``return barcode``,
``payment cardnumber amount`` (amount with a decimal point, as 3.25). Lines end in
CRLF-free ``\\n``; Koha strips ``\\r`` anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from libtech_desktop.domain.journal import JournalEntry, JournalKind
from libtech_desktop.domain.money import format_money

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
