"""Every issue-9 figure in one run: measured, set beside its target and floor, written
into docs/PERFORMANCE.md (between its figures markers), docs/performance.json and the
growth plot docs/performance-growth.png. Prints figures; never fails on time.

Run from the checkout::

    python benchmarks/run_all.py                  # everything, on the 1M-item library
    python benchmarks/run_all.py --only search    # one section; the others kept from the JSON
    python benchmarks/run_all.py --quick          # small sizes, a smoke run (writes to
                                                  # /tmp/libtech-bench/quick-*, not docs/)

``--large PATH`` is the large library (default /tmp/large/lib-1m.sqlite3; built with
``libtech demo --patrons 200000 --items 1000000 --loans 5000000`` if absent). The growth
section uses lib-10k, lib-100k and lib-1m beside it (each built if absent). Benchmarks
that write (check-outs) work on copies. A benchmark script that is missing is reported
as "missing" and the run goes on; one that fails is reported as "failed".

Sections (``--only``): circulation, scan_to_screen, search, marc_import, labels,
startup, memory, sync, growth, gui_stall.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

DOC = ROOT / "docs" / "PERFORMANCE.md"
JSON_OUT = ROOT / "docs" / "performance.json"
PLOT = ROOT / "docs" / "performance-growth.png"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
LARGE = Path("/tmp/large/lib-1m.sqlite3")
WORK = Path("/tmp/libtech-bench")

#: name -> (patrons, items, loans) of the libraries the growth plot measures.
GROWTH_SIZES = {
    "10k": (2_000, 10_000, 50_000),
    "100k": (20_000, 100_000, 500_000),
    "1m": (200_000, 1_000_000, 5_000_000),
}
QUICK_GROWTH_SIZES = {
    "1k": (200, 1_000, 5_000),
    "3k": (600, 3_000, 15_000),
    "10k": (2_000, 10_000, 50_000),
}
QUICK_LARGE = (500, 2_000, 10_000)

Figures = dict[str, Any]


@dataclass
class Row:
    what: str
    target: str
    measured: str
    floor: str = "—"
    ratio: str = "—"
    within: str = "n/a"
    command: str = ""


@dataclass
class Options:
    large: Path
    quick: bool
    work: Path
    plot: Path = PLOT


# --------------------------------------------------------------------------- helpers


def _pick(figures: Figures, *words: str, avoid: tuple[str, ...] = ()) -> tuple[str, float] | None:
    """The first figure whose name has every one of ``words`` and none of ``avoid``."""
    for name, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if all(w in name for w in words) and not any(a in name for a in avoid):
            return name, float(value)
    return None


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _missing_rows(whats: list[tuple[str, str]], text: str, command: str) -> list[Row]:
    return [Row(what, target, text, command=command) for what, target in whats]


def build_library(path: Path, patrons: int, items: int, loans: int) -> float:
    """``libtech init`` + ``libtech demo --loans`` at ``path``; the seconds it took."""
    from libtech_desktop.db.bulk_demo import build_bulk_demo
    from libtech_desktop.library import open_library

    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    building = path.with_name(path.name + ".building")
    for stale in (building, *(building.with_name(building.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    with open_library(building) as lib:
        lib.setup.ensure_defaults()
        now = lib.context.clock.now()
    print(f"building {path} ({patrons:,} patrons, {items:,} items, {loans:,} loans)…", flush=True)
    build_bulk_demo(building, patrons=patrons, items=items, loans=loans, now=now)
    building.replace(path)
    return time.perf_counter() - started


def _ensure(path: Path, size: tuple[int, int, int]) -> Path:
    if not path.exists():
        build_library(path, *size)
    return path


# -------------------------------------------------------------------------- sections


def circulation(opts: Options) -> tuple[Figures, list[Row]]:
    transactions = 200 if opts.quick else 2000
    command = (
        f"python benchmarks/circulation_bench.py --db {opts.large} --transactions {transactions}"
    )
    bench = importlib.import_module("circulation_bench")
    figures = bench.run(str(opts.large), transactions)
    rows = []
    for kind, label in (("checkout", "Check-out"), ("checkin", "Check-in")):
        p50 = _pick(figures, f"desk_{kind}_p50_ms") or _pick(
            figures, kind, "p50_ms", avoid=("floor", "ratio")
        )
        p99 = _pick(figures, f"desk_{kind}_p99_ms") or _pick(
            figures, kind, "p99_ms", avoid=("floor", "ratio")
        )
        f50 = _pick(figures, "floor", kind, "p50_ms")
        f99 = _pick(figures, "floor", kind, "p99_ms")
        if p50 and f50:
            ratio = p50[1] / f50[1] if f50[1] else float("inf")
            rows.append(
                Row(f"{label} p50 through the services (large library)", "≤ 10× floor",
                    _ms(p50[1]), _ms(f50[1]), f"{ratio:.1f}×", _yes(ratio <= 10), command)
            )  # fmt: skip
        if p99:
            floor = _ms(f99[1]) if f99 else "—"
            ratio_text = f"{p99[1] / f99[1]:.1f}×" if f99 and f99[1] else "—"
            rows.append(
                Row(f"{label} p99 through the services (large library)", "< 5 ms",
                    _ms(p99[1]), floor, ratio_text, _yes(p99[1] < 5), command)
            )  # fmt: skip
    return figures, rows


def scan_to_screen(opts: Options) -> tuple[Figures, list[Row]]:
    scans = 30 if opts.quick else 300
    command = f"python benchmarks/scan_to_screen_bench.py --db {opts.large} --scans {scans}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the real window, offscreen
    bench = importlib.import_module("scan_to_screen_bench")
    figures = bench.run(str(opts.large), scans)
    rows = []
    for kind, label in (("checkout", "check-out"), ("checkin", "check-in")):
        p99 = _pick(figures, kind, "p99_ms")
        p50 = _pick(figures, kind, "p50_ms")
        if p99:
            shown = _ms(p99[1]) + (f" (p50 {_ms(p50[1])})" if p50 else "")
            rows.append(
                Row(f"Scan to screen, {label}: Return to the updated list, p99", "< 50 ms",
                    shown, within=_yes(p99[1] < 50), command=command)
            )  # fmt: skip
    if not rows:
        p99 = _pick(figures, "p99_ms")
        if p99:
            rows.append(
                Row(
                    "Scan to screen p99",
                    "< 50 ms",
                    _ms(p99[1]),
                    within=_yes(p99[1] < 50),
                    command=command,
                )
            )
    return figures, rows


def search(opts: Options) -> tuple[Figures, list[Row]]:
    records, queries = (20_000, 50) if opts.quick else (1_000_000, 200)
    db = opts.work / f"search-{records}.sqlite3"
    command = f"python benchmarks/search_bench.py --records {records} --queries {queries} --db {db}"
    bench = importlib.import_module("search_bench")
    opts.work.mkdir(parents=True, exist_ok=True)
    figures = bench.run(records=records, queries=queries, db=db)
    p50, p95 = figures["search_p50_ms"], figures["search_p95_ms"]
    label = f"{records:,} records, ranked, limit {figures['limit']}"
    return figures, [
        Row(f"Catalogue search p50 ({label})", "—", _ms(p50), command=command),
        Row(
            f"Catalogue search p95 ({label})",
            "< 50 ms",
            _ms(p95),
            within=_yes(p95 < 50),
            command=command,
        ),
    ]


def marc_import(opts: Options) -> tuple[Figures, list[Row]]:
    records, repeat = (3_000, 1) if opts.quick else (100_000, 3)
    command = f"python benchmarks/marc_import_bench.py --records {records} --repeat {repeat}"
    figures = importlib.import_module("marc_import_bench").run(records=records, repeat=repeat)
    ratio = figures["import_over_parse_ratio"]
    return figures, [
        Row(f"MARC import rate ({records:,} records) beside pymarc's parse-only rate",
            "≥ 0.33× parse", f"{figures['import_records_per_s']:,.0f} records/s",
            f"{figures['pymarc_parse_records_per_s']:,.0f} records/s", f"{ratio:.2f}×",
            _yes(ratio >= 1 / 3), command)
    ]  # fmt: skip


def labels(opts: Options) -> tuple[Figures, list[Row]]:
    count, runs = (200, 2) if opts.quick else (1000, 5)
    command = f"python benchmarks/label_bench.py --labels {count} --runs {runs}"
    figures = importlib.import_module("label_bench").run(labels=count, runs=runs)
    best = figures["labels_best_s"] * 1000 / count  # seconds per 1,000 labels
    return figures, [
        Row(f"Barcode labels to PDF ({count:,}, best of {runs}), per 1,000", "< 2 s",
            f"{best:.2f} s", within=_yes(best < 2), command=command)
    ]  # fmt: skip


def startup(opts: Options) -> tuple[Figures, list[Row]]:
    runs = 2 if opts.quick else 5
    command = f"python benchmarks/startup_bench.py --db {opts.large} --runs {runs}"
    figures = importlib.import_module("startup_bench").run(str(opts.large), runs)
    found = (
        _pick(figures, "startup_median_s")
        or _pick(figures, "p50", "_s", avoid=("_ms", "floor"))
        or _pick(figures, "median", "_s", avoid=("_ms",))
        or _pick(figures, "p50_ms")
        or _pick(figures, "median_ms")
        or _pick(figures, "_s", avoid=("_ms", "runs"))
    )
    if found is None:
        return figures, [
            Row(
                "Start-up to a window ready to scan (large library)",
                "< 2 s",
                "no figure",
                command=command,
            )
        ]
    name, value = found
    seconds = value / 1000 if name.endswith("_ms") else value
    floor = _pick(figures, "floor_median_s")
    return figures, [
        Row("Start-up to a window ready to scan (large library), median", "< 2 s",
            f"{seconds:.2f} s", f"{floor[1]:.2f} s" if floor else "—",
            f"{seconds / floor[1]:.1f}×" if floor and floor[1] else "—",
            _yes(seconds < 2), command)
    ]  # fmt: skip


def memory(opts: Options) -> tuple[Figures, list[Row]]:
    rows_listed = 2_000 if opts.quick else 100_000
    command = f"python benchmarks/memory_bench.py --db {opts.large} --rows {rows_listed}"
    figures = importlib.import_module("memory_bench").run(str(opts.large), rows_listed)
    peak = _pick(figures, "peak", "mb") or _pick(figures, "rss", "mb")
    if peak is None:
        return figures, [
            Row("Peak memory, large library", "< 400 MB", "no figure", command=command)
        ]
    return figures, [
        Row(f"Peak RSS, large library open and a {rows_listed:,}-row list scrolled end to end",
            "< 400 MB", f"{peak[1]:.0f} MB", within=_yes(peak[1] < 400), command=command)
    ]  # fmt: skip


def sync(opts: Options) -> tuple[Figures, list[Row]]:
    ops, patrons, items = (200, 50, 200) if opts.quick else (10_000, 500, 2_000)
    command = f"python benchmarks/sync_bench.py --ops {ops} --patrons {patrons} --items {items}"
    figures = importlib.import_module("sync_bench").run(ops=ops, patrons=patrons, items=items)
    count = figures["operations"]
    return figures, [
        Row(f"Offline sync: {count:,} bookmobile operations, dry run", "—",
            f"{figures['sync_dry_run_s']:.1f} s", command=command),
        Row(f"Offline sync: {count:,} bookmobile operations, applied (each durable)", "—",
            f"{figures['sync_apply_s']:.1f} s ({figures['sync_apply_ops_per_s']:,.0f}/s)",
            command=command),
    ]  # fmt: skip


def growth(opts: Options) -> tuple[Figures, list[Row]]:
    """Check-out and search at three sizes; the plot drawn from them."""
    import growth_plot

    sizes = QUICK_GROWTH_SIZES if opts.quick else GROWTH_SIZES
    folder = opts.work / "growth" if opts.quick else opts.large.parent
    transactions, queries = (100, 40) if opts.quick else (1000, 200)
    search_bench = importlib.import_module("search_bench")
    try:
        circulation_bench: Any = importlib.import_module("circulation_bench")
    except ImportError:
        circulation_bench = None
    points: list[dict[str, Any]] = []
    for name, size in sizes.items():
        db = _ensure(folder / f"lib-{name}.sqlite3", size)
        point: dict[str, Any] = {"library": str(db), "items": size[1], "loans": size[2]}
        found = search_bench.run_on_library(str(db), queries=queries)
        point |= {"search_p50_ms": found["search_p50_ms"], "search_p95_ms": found["search_p95_ms"]}
        point["records"] = found["records"]
        # The same sizes of search_bench's own catalogue (the search row's catalogue: a
        # wide vocabulary), beside the generated library's narrow one.
        records = size[1]
        catalogue = search_bench.run(
            records=records, queries=queries, db=opts.work / f"search-{records}.sqlite3"
        )
        point |= {
            "catalogue_search_p50_ms": catalogue["search_p50_ms"],
            "catalogue_search_p95_ms": catalogue["search_p95_ms"],
        }
        if circulation_bench is not None:
            lent = circulation_bench.run(str(db), transactions)
            for key in ("p50", "p99"):
                hit = _pick(lent, f"desk_checkout_{key}_ms") or _pick(
                    lent, "checkout", f"{key}_ms", avoid=("floor", "ratio")
                )
                if hit:
                    point[f"checkout_{key}_ms"] = hit[1]
        points.append(point)
        print(f"growth {name}: {point}", flush=True)
    # Flat or not is judged on the same page at every size (search_bench.SAME_PAGE).
    catalogues = [opts.work / f"search-{size[1]}.sqlite3" for size in sizes.values()]
    libraries = [Path(p["library"]) for p in points]
    smallest = next(iter(sizes.values()))[1]
    for prefix, paths, texts in (
        ("catalogue_page", catalogues, search_bench.catalogue_texts(catalogues[0], 2 * queries)),
        ("page", libraries, search_bench.library_queries(random.Random(1), smallest, 2 * queries)),
    ):
        for point, page in zip(points, search_bench.same_page(paths, texts), strict=True):
            point |= {
                f"{prefix}_search_p50_ms": page["search_p50_ms"],
                f"{prefix}_search_p95_ms": page["search_p95_ms"],
                f"{prefix}_searches": page["queries"],
            }
    growth_plot.draw(points, opts.plot)
    command = "python benchmarks/run_all.py --only growth"
    rows = []
    first, last = points[0], points[-1]
    names = " / ".join(n.replace("m", "M") for n in sizes)
    page = f"the same {search_bench.SAME_PAGE} records listed at every size"
    for key, label, target in (
        ("checkout_p50_ms", "Check-out p50", None),
        ("checkout_p99_ms", "Check-out p99", 5.0),
        ("catalogue_page_search_p50_ms", f"Search p50 (search_bench's catalogue, {page})", None),
        ("catalogue_page_search_p95_ms", f"Search p95 (search_bench's catalogue, {page})", None),
        ("page_search_p50_ms", f"Search p50 (the generated library, {page})", None),
        ("page_search_p95_ms", f"Search p95 (the generated library, {page})", None),
        ("catalogue_search_p95_ms", "Search p95 (search_bench's catalogue, every query)", 50.0),
        ("search_p95_ms", "Search p95 (the generated library, every query)", 50.0),
    ):
        if key not in first or key not in last:
            rows.append(Row(f"Growth, {label}", "flat", "missing", command=command))
            continue
        values = " → ".join(_ms(p[key]) for p in points)
        grew = last[key] / first[key] if first[key] else float("inf")
        ok = all(p[key] < target for p in points) if target else grew < 3
        rows.append(
            Row(f"Growth, {label}: {names} items",
                f"< {target:g} ms at every size" if target else "flat (largest < 3× smallest)",
                values, ratio=f"{grew:.1f}× largest/smallest", within=_yes(ok), command=command)
        )  # fmt: skip
    return {"points": points, "plot": str(opts.plot)}, rows


#: gui_stall_bench's jobs, in its order: (figure prefix, what the row says).
GUI_STALL_JOBS = [
    ("labels", "{labels:,} barcode labels to PDF"),
    ("audit", "audit log export ({audit_entries:,} entries)"),
    ("stocktake_start", "stocktake start ({stocktake_location})"),
    ("stocktake_report", "stocktake report ({stocktake_location})"),
    ("stocktake_mark_missing", "stocktake Mark missing ({stocktake_location})"),
    ("shelf_list", "{shelf_list_rows:,}-row shelf list printed (PDF printer, ListPrinter)"),
    ("shelf_list_pdf", "the same shelf list saved as a PDF (ListPdfSaver)"),
    ("backup", "Back up now"),
    (
        "package",
        "bookmobile package import ({package_items:,} items, {package_patrons:,} patrons, "
        "{package_loans:,} loans)",
    ),
    ("restore", "restore from that backup"),
]


def gui_stall(opts: Options) -> tuple[Figures, list[Row]]:
    """The GUI thread's longest stall while each long job runs in its dialog (lib-100k)."""
    if opts.quick:
        db, sizes = opts.large, {"labels": 200, "audit": 5_000, "operations": 1_000}
    else:
        db, sizes = _ensure(opts.large.parent / "lib-100k.sqlite3", GROWTH_SIZES["100k"]), {}
    extra = "".join(f" --{k} {v}" for k, v in sizes.items())
    command = f"python benchmarks/gui_stall_bench.py --db {db}{extra}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench = importlib.import_module("gui_stall_bench")
    figures = bench.run(db=db, **sizes)
    about = {
        "labels": 0,
        "audit_entries": 0,
        "stocktake_location": "?",
        "shelf_list_rows": 0,
        "package_items": 0,
        "package_patrons": 0,
        "package_loans": 0,
    }
    about |= {k: v for k, v in figures.items() if k in about}
    rows = []
    for job, what in GUI_STALL_JOBS:
        stall, outcome = figures.get(f"{job}_max_stall_ms"), figures.get(f"{job}_outcome")
        label = f"Longest GUI-thread stall: {what.format(**about)}"
        if stall is None or outcome != "succeeded":
            rows.append(Row(label, "< 100 ms", str(outcome or "not run"), command=command))
            continue
        shown = f"{_ms(stall)} (job {figures[f'{job}_job_s']:.1f} s)"
        rows.append(Row(label, "< 100 ms", shown, within=_yes(stall < 100), command=command))
    return figures, rows


SECTIONS: dict[str, tuple[Callable[[Options], tuple[Figures, list[Row]]], list[tuple[str, str]]]] = {
    "circulation": (circulation, [("Check-out and check-in through the services (large library)", "p99 < 5 ms, p50 ≤ 10× floor")]),
    "scan_to_screen": (scan_to_screen, [("Scan to screen p99", "< 50 ms")]),
    "search": (search, [("Catalogue search p95 (1,000,000 records)", "< 50 ms")]),
    "marc_import": (marc_import, [("MARC import rate beside pymarc's parse rate", "≥ 0.33× parse")]),
    "labels": (labels, [("1,000 barcode labels to PDF", "< 2 s")]),
    "startup": (startup, [("Start-up to a window ready to scan (large library)", "< 2 s")]),
    "memory": (memory, [("Peak RSS with the large library and a 100,000-row list", "< 400 MB")]),
    "sync": (sync, [("Offline sync: 10,000 bookmobile operations", "—")]),
    "growth": (growth, [("Check-out and search at 10k, 100k and 1M items", "flat")]),
    "gui_stall": (gui_stall, [("Longest GUI-thread stall during long jobs", "< 100 ms")]),
}  # fmt: skip


# ----------------------------------------------------------------------------- output


def render_table(results: dict[str, dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [
        f"Measured {meta['generated']} by `{meta['command']}` on {meta['machine']}"
        + (" — **quick mode: small sizes, not the issue's figures**" if meta.get("quick") else "")
        + ". The machine is shared (2 CPUs, other work running), so the figures vary from run"
        " to run; each row's command reproduces it.",
        "",
        "| What | Target | Measured | Floor | Ratio | Within target | Reproduce |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in SECTIONS:
        section = results.get(name)
        if section is None:
            continue
        for row in section["rows"]:
            r = Row(**row)
            cells = [
                r.what,
                r.target,
                r.measured,
                r.floor,
                r.ratio,
                r.within,
                f"`{r.command}`" if r.command else "",
            ]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if "growth" in results and results["growth"].get("figures", {}).get("plot"):
        lines += ["", "How check-out and search grow with the library: `docs/performance-growth.png`.", "",
                  "![Check-out and search at 10k, 100k and 1M items](performance-growth.png)"]  # fmt: skip
    return "\n".join(lines)


def write_doc(doc: Path, table: str) -> None:
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{doc} has no {START} … {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")


def run_sections(names: list[str], opts: Options) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        fn, placeholders = SECTIONS[name]
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            figures, rows = fn(opts)
            status = "ok"
        except ModuleNotFoundError as exc:
            if exc.name is None or not exc.name.endswith("_bench"):
                raise
            figures, status = {}, "missing"
            rows = _missing_rows(placeholders, f"missing (benchmarks/{exc.name}.py)", "")
        except Exception as exc:  # a failing benchmark must not stop the others
            traceback.print_exc()
            figures, status = {"error": f"{type(exc).__name__}: {exc}"}, "failed"
            rows = _missing_rows(placeholders, f"failed: {type(exc).__name__}", "")
        results[name] = {
            "status": status,
            "seconds": round(time.perf_counter() - started, 1),
            "figures": figures,
            "rows": [asdict(r) for r in rows],
        }
        for r in rows:
            print(f"  {r.what}: {r.measured} (target {r.target}; within: {r.within})", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help=f"the large library (default {LARGE})")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", action="append", choices=list(SECTIONS), metavar="NAME",
                        help="run only this section (repeatable): " + ", ".join(SECTIONS))  # fmt: skip
    parser.add_argument("--work", type=Path, default=WORK, help=f"scratch folder (default {WORK})")
    parser.add_argument("--doc", type=Path, help="the page to write the table into")
    parser.add_argument("--json", type=Path, help="where the figures go as JSON")
    parser.add_argument("--plot", type=Path, help="where the growth plot goes")
    args = parser.parse_args(argv)
    quick_out = args.work / "quick"
    doc = args.doc or (quick_out / "PERFORMANCE.md" if args.quick else DOC)
    json_out = args.json or (quick_out / "performance.json" if args.quick else JSON_OUT)
    plot = args.plot or (quick_out / "performance-growth.png" if args.quick else PLOT)
    if args.quick and args.doc is None:
        quick_out.mkdir(parents=True, exist_ok=True)
        if not doc.exists():
            doc.write_text(f"# Quick run\n\n{START}\n{END}\n", encoding="utf-8")
    large = args.large or (args.work / "quick-large.sqlite3" if args.quick else LARGE)
    opts = Options(large=large, quick=args.quick, work=args.work, plot=plot)
    if not large.exists():
        size = QUICK_LARGE if args.quick else GROWTH_SIZES["1m"]
        print(f"{large} is absent: building it", flush=True)
        build_library(large, *size)
    names = args.only or list(SECTIONS)
    results = run_sections(names, opts)
    previous: dict[str, Any] = {}
    if args.only and json_out.exists():
        previous = json.loads(json_out.read_text(encoding="utf-8")).get("sections", {})
    merged = {**previous, **results}
    meta = {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python benchmarks/run_all.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "quick": args.quick,
        "large": str(large),
    }  # fmt: skip
    json_out.parent.mkdir(parents=True, exist_ok=True)
    json_out.write_text(
        json.dumps({**meta, "sections": merged}, indent=2, default=str) + "\n", encoding="utf-8"
    )
    write_doc(doc, render_table(merged, meta))
    print(f"wrote {doc}, {json_out}" + (f", {plot}" if "growth" in results else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
