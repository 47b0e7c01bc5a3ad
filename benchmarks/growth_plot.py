"""The growth plot: check-out p50/p99 and catalogue search p50/p95 at 10k, 100k and 1M
items, on a log x-axis with the targets drawn (matplotlib, Agg; writes a PNG).

    python benchmarks/growth_plot.py                      # from docs/performance.json
    python benchmarks/growth_plot.py --json F --out F.png

``benchmarks/run_all.py`` measures the points (section ``growth``) and calls
:func:`draw`; this script redraws the plot from the figures it recorded.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
JSON_IN = ROOT / "docs" / "performance.json"
PNG_OUT = ROOT / "docs" / "performance-growth.png"

#: (figure, label, colour, line style) of each curve.
CURVES = (
    ("checkout_p50_ms", "check-out p50", "tab:blue", "-", "o"),
    ("checkout_p99_ms", "check-out p99", "tab:blue", "--", "s"),
    (
        "catalogue_page_search_p50_ms",
        "search p50, same 50 listed (search_bench)",
        "tab:green",
        "-",
        "o",
    ),
    (
        "catalogue_page_search_p95_ms",
        "search p95, same 50 listed (search_bench)",
        "tab:green",
        "--",
        "s",
    ),
    (
        "page_search_p50_ms",
        "search p50, same 50 listed (generated library)",
        "tab:orange",
        "-",
        "o",
    ),
    (
        "page_search_p95_ms",
        "search p95, same 50 listed (generated library)",
        "tab:orange",
        "--",
        "s",
    ),
    ("catalogue_search_p95_ms", "search p95, every query (search_bench)", "tab:gray", ":", "^"),
)
#: (value in ms, label, colour) of the target lines.
TARGETS = (
    (5.0, "check-out p99 target (5 ms)", "tab:blue"),
    (50.0, "search p95 target (50 ms)", "tab:orange"),
)


def draw(points: Sequence[dict[str, Any]], out: Path) -> Path:
    """Plot ``points`` (each with ``items`` and any of the CURVES' figures) to ``out``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=(10, 5), dpi=110)
    xs_all = [p["items"] for p in points]
    for key, label, colour, style, marker in CURVES:
        shown = [(p["items"], p[key]) for p in points if p.get(key) is not None]
        if not shown:
            continue
        xs, ys = zip(*shown, strict=True)
        ax.plot(xs, ys, style, marker=marker, color=colour, label=label)
        for x, y in shown:
            ax.annotate(f"{y:.1f}", (x, y), textcoords="offset points", xytext=(6, 4), fontsize=8)
    for value, label, colour in TARGETS:
        ax.axhline(value, color=colour, linestyle=":", linewidth=1.2, label=label)
    ax.set_xscale("log")
    ax.set_xticks(xs_all)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _size(x)))
    ax.set_xlim(min(xs_all) / 2, max(xs_all) * 2)
    values = [p[k] for p in points for k, *_ in CURVES if p.get(k)] + [t for t, *_ in TARGETS]
    ax.set_yscale("log")  # the targets (5 and 50 ms) and sub-millisecond medians on one scale
    ax.set_ylim(min(values) / 2, max(values) * 2)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:g}"))
    ax.set_xlabel("items in the library (log scale; 5 loans per item over ten years)")
    ax.set_ylabel("ms per check-out / search (log scale)")
    ax.set_title("LibTech Desk: how check-out and search grow with the library")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out


def _size(x: float) -> str:
    if x >= 1_000_000:
        return f"{x / 1_000_000:g}M"
    if x >= 1_000:
        return f"{x / 1_000:g}k"
    return f"{x:g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=JSON_IN)
    parser.add_argument("--out", type=Path, default=PNG_OUT)
    args = parser.parse_args()
    data = json.loads(args.json.read_text(encoding="utf-8"))
    points = data["sections"]["growth"]["figures"]["points"]
    print(f"wrote {draw(points, args.out)}")


if __name__ == "__main__":
    main()
