"""Shelf list pages and cataloguing suggestions on a generated catalogue (prints figures;
never fails on time).

Run from the checkout::

    python3 benchmarks/shelf_list_bench.py                    # 100,000 items
    python3 benchmarks/shelf_list_bench.py --items 1000000 --db /tmp/shelf-1m.sqlite3

With ``--db PATH`` the library file is kept and reused by later runs (1,000,000 items
take about three minutes to build). Records, subject headings and items are inserted
with plain SQL; items get their shelf keys as the repository would give them.

Figures at 1,000,000 items (one record each, 3% without a call number), best of 5,
measured before migration 0005 gained ``ix_items_location_shelf_key`` and
``ix_biblios_classification``: a page of 200 (first, next, "go to") 4 ms; a page in
the no-call-number section 63 ms (sorted by barcode among those items); a 1% location
38 ms; ``locations()`` 330 ms; suggestions 16 ms, 100-200 ms when the record's class
number is looked up. The two indexes serve the location and class-number cases; run
the script again for today's figures.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.headings import heading_key
from libtech_desktop.library import open_library

NOW = "2026-01-01 00:00:00.000000"
LOCATIONS = ["Main", "Branch", "Annex", "Stack"]


def _call_number(rnd: random.Random) -> str | None:
    r = rnd.random()
    cutter = rnd.choice("ABCDEFGH") + rnd.choice("AEIOU") + rnd.choice("LMNRS")
    if r < 0.45:
        return f"{rnd.randint(0, 999):03d}.{rnd.randint(0, 9999)} {cutter}"
    if r < 0.8:
        letters = rnd.choice(["QA", "PR", "BF", "HD", "KF"])
        return f"{letters}{rnd.randint(1, 9999)}.{rnd.choice('ABCDEFG')}{rnd.randint(1, 99)} {rnd.randint(1950, 2025)}"
    return f"FIC {cutter}" if r < 0.97 else None


def build(path: Path, count: int, seed: int) -> None:
    open_library(path).close()
    rnd = random.Random(seed)
    authors = [f"Author{n}, A" for n in range(max(count // 50, 10))]
    headings = [f"Topic {n} -- Sub" for n in range(max(count // 200, 10))]
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO biblios (id, title, author, year, classification, created_at, created_by,"
        " updated_at, updated_by) VALUES (?, ?, ?, 2000, ?, ?, 'x', ?, 'x')",
        (
            (
                i,
                f"Title {i}",
                rnd.choice(authors),
                f"{rnd.randint(0, 999):03d}.{rnd.randint(0, 99)}",
                NOW,
                NOW,
            )
            for i in range(1, count + 1)
        ),
    )

    def subjects() -> Iterator[tuple[int, int, str, str]]:
        for i in range(1, count + 1):
            for position, heading in enumerate(rnd.sample(headings, 2)):
                yield i, position, heading, heading_key(heading)

    conn.executemany(
        "INSERT INTO biblio_subjects (biblio_id, position, heading, heading_key) VALUES (?, ?, ?, ?)",
        subjects(),
    )

    def items() -> Iterator[tuple[Any, ...]]:
        for i in range(1, count + 1):
            call = _call_number(rnd)
            location = rnd.choice(LOCATIONS) if rnd.random() < 0.99 else "Rare"
            key = shelf_key(call) if call else None
            yield i, f"3{i:09d}", call, key, location, NOW, NOW

    conn.executemany(
        "INSERT INTO items (biblio_id, barcode, call_number, shelf_key, location, item_type_id,"
        " status, created_at, created_by, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, 1, 'available', ?, 'x', ?, 'x')",
        items(),
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def timed(label: str, fn: Callable[[], Any], repeats: int = 5) -> Any:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    size = len(result) if hasattr(result, "__len__") else result
    print(
        f"{label:42s} best {min(times) * 1000:7.1f} ms  worst {max(times) * 1000:7.1f} ms  ({size})"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="keep the library file here and reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "shelf.sqlite3"
        if not path.exists():
            print(f"Building {args.items:,} items in {path}…")
            build(path, args.items, args.seed)
        with open_library(path) as lib:
            shelf, suggest = lib.shelf_list, lib.suggestions
            first = timed("first page (200)", lambda: shelf.page())
            timed("next page", lambda: shelf.page(after=first[-1].cursor))
            timed("go to 823.9", lambda: shelf.start_at("823.9"))
            timed("go to QA76", lambda: shelf.start_at("QA76"))
            tail = timed("go to past the end (no call numbers)", lambda: shelf.start_at("ZZZ 9"))
            if tail:
                timed("next page without call numbers", lambda: shelf.page(after=tail[-1].cursor))
            timed("location Main", lambda: shelf.page(location="Main"))
            timed("location Rare (1%)", lambda: shelf.page(location="Rare"))
            timed("locations()", shelf.locations)
            timed(
                "suggestions: author and a heading",
                lambda: suggest.for_record("Author7, A", ["Topic 3 -- Sub"], "x").subjects,
            )
            timed(
                "suggestions: with the record's class",
                lambda: suggest.for_record("Author7, A", [], "x", exclude_biblio_id=5).subjects,
            )


if __name__ == "__main__":
    main()
