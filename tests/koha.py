"""Koha's own .koc parser (``offline_circ/process_koc.pl``), step for step, so tests can
check that every line we write is one Koha reads."""

from __future__ import annotations

import re


def koha_parse_header_line(line: str) -> dict[str, str]:
    """Koha's ``parse_header_line`` (offline_circ/process_koc.pl), step for step:
    chomp, drop CRs, split on tabs, each field ``name=value``."""
    fields = line.rstrip("\n").replace("\r", "").split("\t")
    pairs = [field.split("=") for field in fields]
    assert all(len(pair) == 2 for pair in pairs), line  # Perl's map would mis-pair them
    return dict(pairs)  # type: ignore[arg-type]


KOHA_ARGUMENTS = {
    "issue": ["cardnumber", "barcode"],
    "return": ["barcode"],
    "payment": ["cardnumber", "amount"],
}


def koha_parse_command_line(line: str) -> dict[str, str]:
    """Koha's ``parse_command_line``: timestamp TAB command TAB arguments; the timestamp
    split on whitespace into date, time and id (the milliseconds)."""
    timestamp, command, *args = line.rstrip("\n").replace("\r", "").split("\t")
    day, time_of_day, ms = re.split(r"\s", timestamp)
    names = KOHA_ARGUMENTS[command]
    assert len(args) == len(names), line
    return {
        "date": day,
        "time": time_of_day,
        "id": ms,
        "command": command,
        **dict(zip(names, args, strict=True)),
    }
