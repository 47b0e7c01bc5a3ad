"""The shelf list from the command line (``libtech shelf-list``): items in the order they
stand on the shelves, for shelf reading; items without a call number come last."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.shelf_list import ShelfEntry
from libtech_desktop.services.shelf_list import ShelfListService

#: Items asked for per call when the list is longer than one page.
PAGE = 1000
NO_CALL_NUMBER = "(no call number)"


def shelf_list(run: Run) -> int:
    a = run.args
    found = list(_entries(run.lib.shelf_list, a.location, a.start, a.limit))
    if a.json:
        run.out(render.dumps([entry_json(e) for e in found]))
        return 0
    width = max((len(e.call_number or NO_CALL_NUMBER) for e in found), default=0)
    for entry in found:
        run.out(entry_line(entry, width))
    where = f" at {a.location}" if a.location else ""
    start = f" from {a.start}" if a.start else ""
    run.out(f"{len(found)} item{'s' if len(found) != 1 else ''}{where}{start}.")
    return 0


def _entries(
    service: ShelfListService, location: str | None, start: str | None, limit: int
) -> Iterator[ShelfEntry]:
    """Up to ``limit`` entries, a page at a time (keyset: each page after the last)."""
    size = min(limit, PAGE)
    page = service.start_at(start, location, size) if start else service.page(location, None, size)
    left = limit
    while page:
        yield from page[:left]
        left -= len(page)
        if left <= 0 or len(page) < size:
            return
        size = min(left, PAGE)
        page = service.page(location, page[-1].cursor, size)


def entry_json(entry: ShelfEntry) -> dict[str, Any]:
    return {
        "call_number": entry.call_number,
        "barcode": entry.barcode,
        "title": entry.title,
        "author": entry.author,
        "location": entry.location,
        "status": entry.status.value,
        "shelf_key": entry.shelf_key,
    }


def entry_line(entry: ShelfEntry, width: int) -> str:
    call_number = (entry.call_number or NO_CALL_NUMBER).ljust(width)
    by = f" / {entry.author}" if entry.author else ""
    where = f"  [{entry.location}]" if entry.location else ""
    return f"{call_number}  {entry.barcode}  {entry.title}{by}{where}  {entry.status.label}"
