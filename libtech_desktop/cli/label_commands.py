"""Labels and cards from the command line (``libtech labels``, ``libtech card``).

``libtech labels ITEM...`` and ``--queue`` mark the items printed once the PDF is
written (``--no-mark`` leaves them in the queue, for a proof before the real sheet).
``--range`` prints pre-printed labels for barcodes no item or card has yet.
``--requeue ITEM...`` puts items back in the queue (a damaged or lost label).
``libtech template add FILE.json`` / ``remove NAME`` manage the library's own sheets.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.labels import LabelJob
from libtech_desktop.labels import (
    BarcodeSpec,
    PrintOptions,
    SheetTemplate,
    Symbology,
    template_from_json,
)

SYMBOLOGIES = ("codabar", "code39", "code128", "ean13")
KINDS = ("barcode", "spine", "both")
_KIND_NOUNS = {"barcode": "barcode label", "spine": "spine label", "both": "barcode and spine pair"}


def labels(run: Run) -> int:
    a = run.args
    if a.templates:
        return _templates(run)
    if a.requeue:
        return _requeue(run)
    if a.barcodes and (a.queue or a.range):
        raise InvalidInput("Give item barcodes, --queue or --range, not several of them.")
    if not (a.barcodes or a.queue or a.range):
        raise InvalidInput("Name the items to label, or use --queue, --range or --templates.")
    if not a.template:
        raise InvalidInput("Choose a sheet template with --template (libtech labels --templates).")
    out = _output(a.output)
    service, options = run.lib.labels, print_options(a)
    if a.range:
        first, count = a.range[0], _count(a.range[1])
        job = service.print_range(first, count, a.template, options, out)
        run.out(job_line(job, out, options))
        return 0
    if a.queue:
        job = service.print_queue(a.template, options, out, limit=a.limit)
        if not job.barcodes:
            run.out("No items wait for labels; nothing was written.")
            return 0
    else:
        job = service.print_items(a.barcodes, a.template, options, out)
    run.out(job_line(job, out, options))
    if a.no_mark:
        run.out("The items stay in the label queue (--no-mark).")
    else:
        marked = service.mark_printed(job.barcodes)
        waiting = service.waiting()
        run.out(f"Marked {_n(marked, 'item')} printed; {_n(waiting, 'item')} wait for labels.")
    return 0


def _requeue(run: Run) -> int:
    if not run.args.barcodes:
        raise InvalidInput("Name the items whose labels to print again: --requeue ITEM...")
    service = run.lib.labels
    queued = service.requeue(run.args.barcodes)
    waiting = service.waiting()
    run.out(f"Put {_n(queued, 'item')} back in the label queue; {_n(waiting, 'item')} wait.")
    return 0


def card(run: Run) -> int:
    out = _output(run.args.output)
    spec = BarcodeSpec(symbology=_symbology(run.args.symbology))
    job = run.lib.labels.print_cards(run.args.patrons, out, spec)
    run.out(f"Wrote {_n(job.pages, 'card')} to {out}.")
    return 0


def print_options(args: Any) -> PrintOptions:
    return PrintOptions(
        kind=args.kind,
        start=args.start,
        offset_x_mm=args.offset_x,
        offset_y_mm=args.offset_y,
        spec=BarcodeSpec(symbology=_symbology(args.symbology)),
        show_outlines=args.outlines,
        spine_prefix=args.prefix or "",
    )


def job_line(job: LabelJob, out: Path, options: PrintOptions) -> str:
    start = f", from label {options.start}" if options.start > 1 else ""
    return (
        f"Wrote {_n(len(job.barcodes), _KIND_NOUNS[options.kind])} on {_n(job.pages, 'page')} "
        f"to {out} ({job.template}{start})."
    )


def _templates(run: Run) -> int:
    service = run.lib.labels
    found, own = service.templates(), service.library_template_names()
    if run.args.json:
        run.out(render.dumps([template_json(t, t.name in own) for t in found]))
        return 0
    width = max((len(t.name) for t in found), default=0)
    for template in found:
        run.out(template_line(template, width, library=template.name in own))
    return 0


def template_add(run: Run) -> int:
    """``libtech template add FILE.json``: store (or replace) the library's own template."""
    path = Path(run.args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"Cannot read {path}: {error}.") from error
    service = run.lib.labels
    template = template_from_json(text, path.name)
    replaced = template.name in service.library_template_names()
    service.save_template(template)
    verb = "Replaced" if replaced else "Added"
    run.out(f"{verb} the library's label template {template.name} ({template.per_sheet} a sheet).")
    return 0


def template_remove(run: Run) -> int:
    """``libtech template remove NAME``: delete one of the library's own templates."""
    run.lib.labels.delete_template(run.args.name)
    run.out(f"Removed the library's label template {run.args.name.strip()}.")
    return 0


def template_json(template: SheetTemplate, library: bool = False) -> dict[str, Any]:
    return {
        "name": template.name,
        "description": template.description,
        "library": library,
        "columns": template.columns,
        "rows": template.rows,
        "per_sheet": template.per_sheet,
        "page_mm": [template.page_width_mm, template.page_height_mm],
        "label_mm": [template.label_width_mm, template.label_height_mm],
    }


def template_line(template: SheetTemplate, width: int, library: bool = False) -> str:
    size = f"{template.label_width_mm:g} × {template.label_height_mm:g} mm"
    grid = f"{template.columns} × {template.rows} = {template.per_sheet}"
    # The first clause names the stock; the rest (margins, pitch, sources) is in --json.
    summary = template.description.split(":", 1)[0].strip()
    origin = "library" if library else "shipped"
    return f"{template.name.ljust(width)}  {origin:<7}  {grid:>14}  {size:>17}  {summary}"


def _symbology(name: str) -> Symbology:
    return Symbology[name.upper()]


def _output(path: str | None) -> Path:
    if not path:
        raise InvalidInput("Name the PDF to write with -o FILE.pdf.")
    out = Path(path).expanduser()
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; -o needs a file name such as labels.pdf.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent} to write {out.name} in.")
    return out


def _count(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(f"COUNT must be a whole number, not {text!r}.") from None


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def logo(run: Run) -> int:
    """``libtech logo FILE`` keeps the image as the library's logo for patron cards;
    ``--clear`` removes it."""
    a = run.args
    if a.clear:
        had = run.lib.labels.clear_logo()
        run.out("The logo was removed: cards print without one." if had else "There was no logo.")
        return 0
    if not a.file:
        raise InvalidInput("Name the image to use (libtech logo FILE), or --clear.")
    path = Path(a.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    png = run.lib.labels.set_logo(data, path.name)
    with Image.open(BytesIO(png)) as kept:
        width, height = kept.size
    run.out(f"{path.name} is the library's logo now ({width} × {height} px); cards show it.")
    return 0
