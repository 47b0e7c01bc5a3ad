"""Label rendering speed: Codabar barcode labels on Avery 5160 to PDF (prints figures; never
fails on time).

Run from the checkout::

    python3 benchmarks/label_bench.py                 # 1,000 labels, best of 5 runs
    python3 benchmarks/label_bench.py --labels 5000 --runs 3 --keep /tmp/labels.pdf

It times ``render_labels`` end to end (checking every code, building its module pattern with
python-barcode, drawing the bars as vector rectangles and the text as PDF text, writing the
PDF to memory), on one core, for item barcode labels with a library name, title and call
number. Target: 1,000 labels in under 2 s.

Recorded (Python 3.11, reportlab 5.1.0, python-barcode 0.16.1, one core of the build
container, pinned with taskset -c 0): 1,000 labels on 34 sheets (383 KiB) in 0.51 s best of
5, 0.63 s median (about 1,600-2,000 labels/s).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.labels import BarcodeSpec, ItemLabel, PrintOptions, get_template, render_labels

CALL_NUMBERS = ["FIC SMI", "823.914 SMI", "PS3545.I345 Z5 1990", "J 641.5 OLI", "REF 030 ENC"]


def make_labels(count: int) -> list[ItemLabel]:
    return [
        ItemLabel(
            barcode=with_check_digit(f"3123400{n:06d}"),
            library_name="Springfield Public Library",
            title=f"A book of some length, volume {n}",
            call_number=CALL_NUMBERS[n % len(CALL_NUMBERS)],
        )
        for n in range(count)
    ]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="also write the last run's PDF here")
    return parser


def run(**options: object) -> dict[str, float | int | str]:
    """The figures, for ``benchmarks/run_all.py``: options as the command line's
    (``labels``, ``runs``, ``keep``)."""
    args = _parser().parse_args([])
    vars(args).update(options)
    return _measure(args)


def _measure(args: argparse.Namespace) -> dict[str, float | int | str]:
    labels = make_labels(args.labels)
    template = get_template("avery-5160")
    options = PrintOptions(kind="barcode", spec=BarcodeSpec())
    timings = []
    for _ in range(args.runs):
        buffer = io.BytesIO()
        started = time.perf_counter()
        report = render_labels(labels, template, options, buffer)
        timings.append(time.perf_counter() - started)
    if args.keep:
        args.keep.write_bytes(buffer.getvalue())
    best, median = min(timings), statistics.median(timings)
    print(
        f"{args.labels} Codabar labels on {template.name}: {report.pages} pages, "
        f"{len(buffer.getvalue()) / 1024:.0f} KiB"
    )
    print(f"best   {best:.3f} s  ({args.labels / best:,.0f} labels/s)")
    print(f"median {median:.3f} s  ({args.labels / median:,.0f} labels/s)")
    return {
        "labels": args.labels,
        "runs": args.runs,
        "pages": report.pages,
        "labels_best_s": round(best, 4),
        "labels_median_s": round(median, 4),
        "labels_per_s": round(args.labels / best, 1),
    }


def main() -> None:
    _measure(_parser().parse_args())


if __name__ == "__main__":
    main()
