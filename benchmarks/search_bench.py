"""Catalogue search latency on a generated catalogue (prints figures; never fails on time).

Run from the checkout::

    python3 benchmarks/search_bench.py                   # 50,000 records, 200 queries
    python3 benchmarks/search_bench.py --records 1000000 --queries 200
    python3 benchmarks/search_bench.py --records 200000 --db /tmp/bench-200k.sqlite3

With ``--db PATH`` the library file is kept there and reused by later runs with the
same ``--records`` and ``--seed`` (a ``PATH.json`` beside it keeps the vocabulary and
the random state the queries are drawn from, so the queries are the same as a fresh
build's); building 1,000,000 records takes a few minutes.

It builds a fresh library file in a temporary folder (migrations, then records with
subject headings, notes and summaries, and their items, inserted with plain SQL so
the FTS5 triggers index them as the desk would),
then times ``lib.catalogue.search`` (the whole service path: unit of work, barcode
check, query parsing, FTS5 MATCH and ranking, rows to records) for random words,
prefixes, two-word searches, field searches, ISBNs and call numbers.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from stdnum import ean

from libtech_desktop.library import open_library

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vi",
    "do",
    "gar",
    "cía",
    "már",
    "quez",
    "ño",
    "lé",
    "on",
    "bri",
    "an",
    "tha",
    "el",
    "wyn",
    "ort",
]
STAMP = "'2026-01-01 09:00:00', 'bench', '2026-01-01 09:00:00', 'bench'"


def words(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(count)]


def make_isbn(n: int) -> str:
    stem = f"978{n:09d}"
    return stem + ean.calc_check_digit(stem)


def fill(path: Path, records: int, rng: random.Random) -> list[str]:
    """Insert ``records`` records (0-2 items each); the vocabulary used."""
    vocabulary = words(rng, 5000)
    surnames = [w.capitalize() for w in words(rng, 800)]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    item_type = conn.execute("SELECT id FROM item_types WHERE code = 'book'").fetchone()[0]
    barcode = 30_000_000
    for n in range(1, records + 1):
        title = " ".join(rng.choices(vocabulary, k=rng.randint(1, 6))).capitalize()
        author = f"{rng.choice(surnames)}, {rng.choice(surnames)}"
        subjects = "\n".join(
            " -- ".join(" ".join(rng.choices(vocabulary, k=rng.randint(1, 2))) for _ in range(2))
            for _ in range(rng.randint(0, 3))
        )
        summary = " ".join(rng.choices(vocabulary, k=rng.randint(10, 30))) if n % 5 == 0 else None
        notes = " ".join(rng.choices(vocabulary, k=rng.randint(3, 8))) if n % 3 == 0 else None
        conn.execute(
            "INSERT INTO biblios (id, title, author, isbn, year, subjects, notes, summary, "
            f"created_at, created_by, updated_at, updated_by) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, {STAMP})",
            (
                n,
                title,
                author,
                make_isbn(n) if n % 3 else None,
                rng.randint(1900, 2026),
                subjects or None,
                notes,
                summary,
            ),
        )
        for _ in range(rng.choice((0, 1, 1, 2))):
            barcode += 1
            call_number = f"{rng.randint(0, 999):03d}.{rng.randint(0, 99)} {author[:3].upper()}"
            conn.execute(
                "INSERT INTO items (biblio_id, barcode, call_number, item_type_id, status, "
                f"created_at, created_by, updated_at, updated_by) "
                f"VALUES (?, ?, ?, ?, 'available', {STAMP})",
                (n, str(barcode), call_number, item_type),
            )
    conn.execute("COMMIT")
    conn.close()
    return vocabulary + [s.lower() for s in surnames]


def queries(rng: random.Random, vocabulary: list[str], records: int, count: int) -> list[str]:
    makers = [
        lambda: rng.choice(vocabulary),
        lambda: rng.choice(vocabulary)[:3],  # a short prefix: the slowest kind
        lambda: f"{rng.choice(vocabulary)} {rng.choice(vocabulary)[:4]}",
        lambda: f"ti:{rng.choice(vocabulary)}",
        lambda: f"au:{rng.choice(vocabulary)}",
        lambda: f"su:{rng.choice(vocabulary)}",
        lambda: make_isbn(rng.randint(1, records)),
        lambda: f"cn:{rng.randint(0, 999):03d}",
        lambda: f'"{rng.choice(vocabulary)} {rng.choice(vocabulary)}"',
    ]
    return [rng.choice(makers)() for _ in range(count)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def build(path: Path, records: int, seed: int, keep: bool) -> tuple[random.Random, list[str]]:
    """A library of ``records`` records at ``path`` (reused when ``keep`` and it was
    built with the same records and seed); the random state after filling, and the
    vocabulary."""
    sidecar = path.with_name(path.name + ".json")
    if keep and path.exists() and sidecar.exists():
        saved = json.loads(sidecar.read_text())
        if saved["records"] == records and saved["seed"] == seed:
            rng = random.Random()
            version, state, gauss = saved["state"]
            rng.setstate((version, tuple(state), gauss))
            print(f"{records:,} records reused from {path}")
            return rng, saved["vocabulary"]
    for stale in (path, sidecar, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    rng = random.Random(seed)
    open_library(path).close()
    started = time.perf_counter()
    vocabulary = fill(path, records, rng)
    print(f"{records:,} records inserted and indexed in {time.perf_counter() - started:.1f} s")
    if keep:
        saved = {"records": records, "seed": seed, "state": rng.getstate()}
        sidecar.write_text(json.dumps({**saved, "vocabulary": vocabulary}))
    return rng, vocabulary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--limit", type=int, default=500, help="as the catalogue tab asks")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="keep the library file here and reuse it")
    return parser


def run(**options: object) -> dict[str, float | int | str]:
    """The figures, for ``benchmarks/run_all.py``: options as the command line's
    (``records``, ``queries``, ``limit``, ``seed``, ``db``)."""
    args = _parser().parse_args([])
    vars(args).update(options)
    if args.db is not None:
        args.db = Path(args.db)
    return _measure(args)


def _measure(args: argparse.Namespace) -> dict[str, float | int | str]:
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite3"
        rng, vocabulary = build(path, args.records, args.seed, keep=args.db is not None)
        timings, found = _time_queries(
            path, queries(rng, vocabulary, args.records, args.queries), args.limit
        )
    print(
        f"{args.queries} queries (limit {args.limit}, {found / args.queries:.0f} records each "
        f"on average): p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )
    return _figures(timings, found, records=args.records, limit=args.limit)


#: The page the growth figures compare: the searches that list this many records at
#: every size, so the only thing that grows is the catalogue (with every query, a bigger
#: catalogue also lists more records for the same words: 87 on average at 10,000
#: records, 329 at a million, for a limit of 500).
SAME_PAGE = 50


def catalogue_texts(path: Path, count: int) -> list[str]:
    """``count`` searches drawn as the search row draws them, from the vocabulary kept
    beside a catalogue built with ``--db`` (every size has the same vocabulary)."""
    saved = json.loads(path.with_name(path.name + ".json").read_text())
    rng = random.Random()
    version, state, gauss = saved["state"]
    rng.setstate((version, tuple(state), gauss))
    return queries(rng, saved["vocabulary"], saved["records"], count)


def same_page(
    paths: list[Path], texts: list[str], limit: int = SAME_PAGE
) -> list[dict[str, float | int | str]]:
    """The searches of ``texts`` that list ``limit`` records on the first library (the
    smallest), timed on each library in ``paths``: they list ``limit`` on every one."""
    with open_library(paths[0]) as lib:
        kept = [t for t in texts if len(lib.catalogue.search(t, limit=limit)) == limit]
    figures = []
    for path in paths:
        timings, found = _time_queries(path, kept, limit)
        figures.append(_figures(timings, found, records=0, limit=limit))
    return figures


def _read_through(path: Path) -> None:
    """Read the library file once, so the queries meet it in the OS cache as a desk that
    has been running does (the figures are the desk's steady state; a cold start's first
    searches wait for the disk, which on a shared machine can take seconds)."""
    with path.open("rb") as f:
        while f.read(8 << 20):
            pass


def _time_queries(path: Path, texts: list[str], limit: int) -> tuple[list[float], int]:
    _read_through(path)
    with open_library(path) as lib:
        lib.catalogue.search("warm up the cache")
        timings, found = [], 0
        for text in texts:
            start = time.perf_counter()
            found += len(lib.catalogue.search(text, limit=limit))
            timings.append((time.perf_counter() - start) * 1000)
    return timings, found


def _figures(
    timings: list[float], found: int, *, records: int, limit: int
) -> dict[str, float | int | str]:
    return {
        "records": records,
        "queries": len(timings),
        "limit": limit,
        "results_mean": round(found / max(len(timings), 1), 1),
        "search_p50_ms": round(statistics.median(timings), 2),
        "search_p95_ms": round(percentile(timings, 0.95), 2),
        "search_max_ms": round(max(timings), 2),
    }


def library_queries(rng: random.Random, records: int, count: int) -> list[str]:
    """Searches on a library made by ``libtech demo --loans`` (``db/bulk_demo.py``): its
    title words, names and headings, common words and short prefixes included."""
    from libtech_desktop.db import bulk_demo
    from libtech_desktop.domain.demo_data import LAST_NAMES

    words = [
        w.lower()
        for w in (*bulk_demo.ADJECTIVES, *bulk_demo.NOUNS, *bulk_demo.PLACES, *bulk_demo.TOPICS)
        if " " not in w
    ]
    common = ["the", "of", "the garden", "history", "a", "novels"]
    makers = [
        lambda: rng.choice(words),
        lambda: rng.choice(words)[:3],  # a short prefix: the slowest kind
        lambda: f"{rng.choice(words)} {rng.choice(words)[:4]}",
        lambda: rng.choice(common),
        lambda: f"ti:{rng.choice(words)}",
        lambda: f"au:{rng.choice(LAST_NAMES).lower()}",
        lambda: f"su:{rng.choice(('novels', 'cooking', 'history', 'birds', 'love'))}",
        lambda: bulk_demo._isbn(rng.randint(250, max(250, records))),
        # A call number of two words is searched as a phrase: unquoted, cn:J FIC is J in
        # the call number and FIC anywhere (40 ms on a million records, most of it proving
        # that no title has a word starting with "fic", which ranking needs).
        lambda: "cn:" + rng.choice(("FIC", "641.5", "DVD", '"J FIC"')),
        lambda: (
            f'"{rng.choice(bulk_demo.ADJECTIVES).lower()} {rng.choice(bulk_demo.NOUNS).lower()}"'
        ),
    ]
    return [rng.choice(makers)() for _ in range(count)]


def run_on_library(
    db: str, queries: int = 200, seed: int = 1, limit: int = 500
) -> dict[str, float | int | str]:
    """Search p50/p95 on a library built by ``libtech demo --loans`` (the growth plot's
    libraries); it only reads ``db``."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        (records,) = conn.execute("SELECT count(*) FROM biblios").fetchone()
    finally:
        conn.close()
    texts = library_queries(random.Random(seed), records, queries)
    timings, found = _time_queries(Path(db), texts, limit)
    return {"db": db, **_figures(timings, found, records=records, limit=limit)}


def main() -> None:
    _measure(_parser().parse_args())


if __name__ == "__main__":
    main()
