"""Reading a JSON Lines journal export (issue 7): a header line, then one operation a
line. Every line is checked before anything is applied; the first bad one is refused
with its line number."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.sync_merge import IncomingFile, IncomingOp

FORMAT = "libtech-journal"
SUPPORTED_VERSIONS = (1,)


def read(text: str) -> IncomingFile:
    """The header and operations of a journal export, or :class:`InvalidInput`."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InvalidInput("line 1: the file is empty, not a journal export.")
    header = _header(lines[0])
    device = str(header["device_id"])
    ops = []
    for number, line in enumerate(lines[1:], start=2):
        if line.strip():
            ops.append(_operation(number, line))
    name = header.get("device_name")
    return IncomingFile(
        source="journal",
        device_id=device,
        device_name=str(name) if name else None,
        header=header,
        operations=tuple(ops),
    )


def _header(line: str) -> dict[str, Any]:
    try:
        header = json.loads(line)
    except ValueError:
        raise InvalidInput(f"line 1: not a journal export header: {_short(line)}") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InvalidInput(
            f"line 1: not a LibTech journal export (format {FORMAT!r} expected): {_short(line)}"
        )
    if header.get("version") not in SUPPORTED_VERSIONS:
        raise InvalidInput(
            f"line 1: journal format version {header.get('version')!r} is not one this "
            "program reads; update it."
        )
    if not isinstance(header.get("device_id"), str) or not header["device_id"]:
        raise InvalidInput("line 1: the header names no device_id.")
    if header.get("exported_at") is not None:
        _instant(1, header["exported_at"], "exported_at")
    return header


def _operation(number: int, line: str) -> IncomingOp:
    try:
        raw = json.loads(line)
    except ValueError:
        raise InvalidInput(f"line {number}: not an operation: {_short(line)}") from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"line {number}: not an operation: {_short(line)}")
    missing = [
        k for k in ("op_id", "seq", "device_id", "staff", "at", "kind", "data") if k not in raw
    ]
    if missing:
        raise InvalidInput(
            f"line {number}: not an operation: {', '.join(missing)} missing: {_short(line)}"
        )
    try:
        kind = JournalKind(raw["kind"])
    except ValueError:
        raise InvalidInput(f"line {number}: unknown operation kind {raw['kind']!r}.") from None
    if not isinstance(raw["data"], dict) or not isinstance(raw["seq"], int):
        raise InvalidInput(f"line {number}: not an operation: {_short(line)}")
    at = _instant(number, raw["at"], "at")
    dated = raw["data"].get("dated")
    if dated is not None:
        _instant(number, dated, "dated")
    return IncomingOp(
        op_id=str(raw["op_id"]),
        device_id=str(raw["device_id"]),
        seq=raw["seq"],
        staff=str(raw["staff"]),
        at=at,
        kind=kind,
        data=raw["data"],
    )


def _instant(number: int, value: object, name: str) -> datetime:
    try:
        instant = datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"line {number}: {name} {value!r} is not an ISO 8601 instant.") from None
    if instant.tzinfo is None:
        raise InvalidInput(f"line {number}: {name} {value!r} has no time zone.")
    return instant


def _short(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 60 else line[:57] + "…"
