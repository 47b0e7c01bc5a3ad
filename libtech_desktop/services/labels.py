"""Labels and cards: the print queue, item labels, pre-printed ranges and patron cards.

Each method reads what it needs in one short unit of work, then renders outside it
(a unit of work holds the file's write lock). Anything refused is refused before the
output is touched: an unknown barcode writes nothing. Printing never takes items off
the queue by itself; ``mark_printed`` does, once the technician has seen the sheet
come out right.

A batch of labels takes ``progress(done, total, what)`` and ``should_cancel()`` (the
GUI's runner passes its own): the labels are counted as they are drawn, and a cancel
is heard after any label. A PDF file is drawn under a temporary name beside it and renamed
only when whole, so a cancel or a failure leaves no half-written PDF (and an earlier
file of that name as it was).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from libtech_desktop.domain.errors import InvalidInput, UnknownItem, UnknownPatron
from libtech_desktop.domain.labels import (
    LabelJob,
    QueuedLabel,
    clean_barcodes,
    range_barcodes,
    short_title,
    taken_refusal,
)
from libtech_desktop.domain.library_settings import DEFAULT_LIBRARY_NAME, LIBRARY_NAME_KEY
from libtech_desktop.labels import (
    BarcodeSpec,
    ItemLabel,
    PatronCard,
    PrintOptions,
    RenderReport,
    SheetTemplate,
    get_template,
    load_templates,
    render_cards,
    render_labels,
    slug_problem,
    template_from_json,
    template_to_json,
    validate_template,
)
from libtech_desktop.labels.logo import normalise_logo
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    Ticker,
    never_cancel,
    no_progress,
)

Output = Path | BinaryIO
#: The queue's default page: a few sheets' worth, what one sitting prints.
QUEUE_LIMIT = 500
CARD_TEMPLATE = "cr80"
#: The library's logo (a small PNG, base64) among the library's settings.
LOGO_KEY = "library_logo"


class LabelService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- the queue ------------------------------------------------------------------

    def queue(self, limit: int = QUEUE_LIMIT) -> list[QueuedLabel]:
        """Items waiting for labels, in shelf order (location, then call number)."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.labels.queue(limit))

    def waiting(self) -> int:
        """How many items wait for labels."""
        with self._ctx.unit_of_work() as uow:
            return uow.labels.waiting()

    def mark_printed(self, barcodes: Iterable[str]) -> int:
        """Take these items off the queue: their labels came out right. All or none:
        an unknown barcode (:class:`UnknownItem`, naming it) marks nothing. Marking a
        printed item again records the reprint. Returns how many items were marked."""
        codes = clean_barcodes(barcodes)
        with self._ctx.unit_of_work() as uow:
            _labels_for(uow, codes, "none were marked")
            marked = uow.labels.mark_printed(codes, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return marked

    def requeue(self, barcodes: Iterable[str]) -> int:
        """Put these items back in the label queue: a label was damaged or lost. All or
        none: an unknown barcode (:class:`UnknownItem`, naming it) changes nothing.
        Returns how many items were put back."""
        codes = clean_barcodes(barcodes)
        with self._ctx.unit_of_work() as uow:
            _labels_for(uow, codes, "none were put back in the label queue")
            queued = uow.labels.requeue(codes)
            uow.commit()
        return queued

    # -- printing ---------------------------------------------------------------------

    def templates(self) -> list[SheetTemplate]:
        """Every sheet template, shipped and the library's own, by name."""
        with self._ctx.unit_of_work() as uow:
            rows = list(uow.labels.templates())
        found = {**load_templates(), **{name: _stored(name, text) for name, text in rows}}
        return sorted(found.values(), key=lambda t: t.name)

    def library_template_names(self) -> set[str]:
        """The names of the library's own templates (the ones it may change or delete)."""
        with self._ctx.unit_of_work() as uow:
            return {name for name, _ in uow.labels.templates()}

    def get(self, name: str) -> SheetTemplate:
        """The template called ``name``: the library's own by its exact name, else a
        shipped one as :func:`get_template` finds it (``5160`` finds ``avery-5160``).
        :class:`InvalidInput` naming the known templates if there is none."""
        wanted = name.strip()
        with self._ctx.unit_of_work() as uow:
            text = uow.labels.template(wanted.casefold())
            rows = list(uow.labels.templates()) if text is None else []
        if text is not None:
            return _stored(wanted.casefold(), text)
        try:
            return get_template(wanted)
        except InvalidInput:
            known = sorted({*load_templates(), *(row_name for row_name, _ in rows)})
            raise InvalidInput(
                f"No label template called {name!r}. Known templates: {', '.join(known)}."
            ) from None

    def save_template(self, template: SheetTemplate) -> SheetTemplate:
        """Store the library's own template (new, or replacing its earlier version).

        Refuses (:class:`InvalidInput`, naming the problem) a name that is not a slug or
        that a shipped template has, and geometry :func:`validate_template` refuses."""
        check_library_template(template)
        with self._ctx.unit_of_work() as uow:
            uow.labels.save_template(
                template.name, template_to_json(template), self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return template

    def delete_template(self, name: str) -> None:
        """Delete the library's template ``name``; shipped templates cannot be deleted."""
        wanted = name.strip()
        if wanted in load_templates():
            raise InvalidInput(f"{wanted!r} is a shipped template; it cannot be deleted.")
        with self._ctx.unit_of_work() as uow:
            definition = uow.labels.template(wanted)
            if not uow.labels.delete_template(wanted):
                raise InvalidInput(f"The library has no label template called {wanted!r}.")
            audit.record(
                uow,
                self._ctx.actor(),
                self._ctx.clock.now(),
                "template.delete",
                "label_template",
                wanted,
                before={"definition": definition},
            )
            uow.commit()

    def print_items(
        self,
        barcodes: Iterable[str],
        template_name: str,
        options: PrintOptions,
        out: Output,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> LabelJob:
        """Labels for these items, in the order given, on ``template_name`` sheets.

        Refuses an unknown template (:class:`InvalidInput`) or barcode
        (:class:`UnknownItem`, naming it) before writing anything. Does not mark
        the items printed. Cancelled (:class:`Cancelled`): no PDF is left behind."""
        template = self.get(template_name)
        codes = clean_barcodes(barcodes)
        with self._ctx.unit_of_work() as uow:
            found = _labels_for(uow, codes, "nothing was printed")
            library = _library_name(uow)
        batch = _Batch(len(codes), progress, should_cancel)
        labels = [_item_label(found[code], library) for code in codes]
        return batch.render(template, codes, labels, options, out)

    def print_queue(
        self,
        template_name: str,
        options: PrintOptions,
        out: Output,
        limit: int = QUEUE_LIMIT,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> LabelJob:
        """Labels for up to ``limit`` waiting items, in shelf order. An empty queue
        writes nothing and returns a job of no pages. Does not mark them printed."""
        template = self.get(template_name)
        with self._ctx.unit_of_work() as uow:
            waiting = list(uow.labels.queue(limit))
            library = _library_name(uow)
        if not waiting:
            return LabelJob(template.name, (), pages=0, placed=0)
        batch = _Batch(len(waiting), progress, should_cancel)
        labels = [_item_label(label, library) for label in waiting]
        codes = [label.barcode for label in waiting]
        return batch.render(template, codes, labels, options, out)

    def print_range(
        self,
        first_barcode: str,
        count: int,
        template_name: str,
        options: PrintOptions,
        out: Output,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> LabelJob:
        """``count`` labels with consecutive barcodes from ``first_barcode``, for items
        not catalogued yet (a 14-digit library barcode gets each label's own Luhn check
        digit). Refuses barcodes an item or a patron's card already has, naming them."""
        template = self.get(template_name)
        codes = range_barcodes(first_barcode, count)
        with self._ctx.unit_of_work() as uow:
            items = uow.catalogue.item_barcodes_in(codes)
            cards = uow.patrons.barcodes_in(codes)
            library = _library_name(uow)
        if items or cards:
            owners = [taken_refusal(items, "items")] if items else []
            owners += [taken_refusal(cards, "patrons' cards")] if cards else []
            raise InvalidInput(
                f"{'; '.join(owners)}: nothing was printed. Start the range from a free barcode."
            )
        batch = _Batch(len(codes), progress, should_cancel)
        labels = [ItemLabel(barcode=code, library_name=library) for code in codes]
        return batch.render(template, codes, labels, options, out)

    def print_cards(
        self, patron_barcodes: Iterable[str], out: Output, spec: BarcodeSpec | None = None
    ) -> LabelJob:
        """One CR80 card (85.6 × 54 mm page) per patron, in the order given. An unknown
        card (:class:`UnknownPatron`, naming it) writes nothing."""
        codes = clean_barcodes(patron_barcodes)
        with self._ctx.unit_of_work() as uow:
            patrons = [(code, uow.patrons.by_barcode(code)) for code in codes]
            library = _library_name(uow)
            logo = _logo(uow)
        cards: list[PatronCard] = []
        for code, patron in patrons:
            if patron is None:
                raise UnknownPatron(f"No patron has the card {code}; no cards were printed.")
            cards.append(PatronCard(library, patron.name, patron.barcode, patron.expires_on, logo))
        report = render_cards(cards, out, spec or BarcodeSpec())
        return LabelJob(CARD_TEMPLATE, tuple(codes), report.pages, len(report.placed))

    # -- the library's logo (on patron cards) ---------------------------------------------

    def logo(self) -> bytes | None:
        """The library's logo as PNG bytes, or ``None`` when it has none."""
        with self._ctx.unit_of_work() as uow:
            return _logo(uow)

    def set_logo(self, data: bytes, name: str = "the logo") -> bytes:
        """Keep ``data`` (any common image) as the library's logo, as a small PNG; the
        PNG kept is returned. Not an image: :class:`InvalidInput`, and nothing changes."""
        png = normalise_logo(data, name)
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(LOGO_KEY, base64.b64encode(png).decode("ascii"))
            uow.commit()
        return png

    def clear_logo(self) -> bool:
        """Cards print without a logo from now on; False if there was none."""
        with self._ctx.unit_of_work() as uow:
            had = _logo(uow) is not None
            uow.settings.set(LOGO_KEY, "")
            uow.commit()
        return had


def _logo(uow: UnitOfWork) -> bytes | None:
    stored = uow.settings.get(LOGO_KEY)
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None  # damaged by hand: print without it rather than not at all


def _labels_for(uow: UnitOfWork, codes: list[str], outcome: str) -> dict[str, QueuedLabel]:
    found = dict(uow.labels.by_barcodes(codes))
    unknown = [code for code in codes if code not in found]
    if unknown:
        more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
        raise UnknownItem(f"No item has the barcode {unknown[0]}{more}; {outcome}.")
    return found


def _library_name(uow: UnitOfWork) -> str:
    name = uow.settings.get(LIBRARY_NAME_KEY)
    return name if name is not None else DEFAULT_LIBRARY_NAME


def _item_label(label: QueuedLabel, library: str) -> ItemLabel:
    return ItemLabel(
        barcode=label.barcode,
        library_name=library,
        title=short_title(label.title),
        call_number=label.call_number or "",
    )


def _job(template: SheetTemplate, codes: list[str], report: RenderReport) -> LabelJob:
    return LabelJob(template.name, tuple(codes), report.pages, len(report.placed))


class _Batch:
    """One batch of labels, counted label by label as each is drawn.

    Each drawn label is a unit of the bar, and a cancel is heard after any of them: the
    drawing stops there and nothing is written (a PDF file only appears when whole)."""

    def __init__(
        self, count: int, progress: ProgressFn | None, should_cancel: CancelFn | None
    ) -> None:
        self._tell = progress or no_progress
        self._cancelled = should_cancel or never_cancel
        self._ticker = Ticker(count, self._tell, self._cancelled, every=25)

    def render(
        self,
        template: SheetTemplate,
        codes: list[str],
        labels: Sequence[ItemLabel],
        options: PrintOptions,
        out: Output,
    ) -> LabelJob:
        self._tell(0, self._ticker.total, f"Drawing {len(labels)} labels")
        if self._cancelled():
            raise Cancelled()
        if not isinstance(out, Path):
            report = render_labels(labels, template, options, out, progress=self._drawn)
        else:
            report = _render_whole(labels, template, options, out, self._drawn, self._cancelled)
        return _job(template, codes, report)

    def _drawn(self, drawn: int) -> None:
        """One more label drawn: tell every 25th, and stop (:class:`Cancelled`) on a
        cancel."""
        self._ticker.step("Labels drawn")


def _render_whole(
    labels: Sequence[ItemLabel],
    template: SheetTemplate,
    options: PrintOptions,
    out: Path,
    drawn: Callable[[int], None],
    cancelled: CancelFn,
) -> RenderReport:
    """Draw into a temporary file beside ``out``; ``out`` appears only when whole."""
    part = out.with_name(f".{out.name}.part")
    try:
        with part.open("wb") as stream:
            report = render_labels(labels, template, options, stream, progress=drawn)
        if cancelled():  # heard while the finished sheets were being written out
            raise Cancelled("Cancelled — no labels were written.")
        os.replace(part, out)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return report


def check_library_template(
    template: SheetTemplate, shipped_names: Collection[str] | None = None
) -> None:
    """Refuse (:class:`InvalidInput`) what cannot be a library's own template: a name
    that is not a slug or that a shipped template has, or impossible geometry.
    ``shipped_names`` saves reading the shipped templates again (the editor checks
    each keystroke)."""
    problem = slug_problem(template.name)
    if problem:
        raise InvalidInput(f"Label template {template.name!r}: {problem}.")
    shipped = load_templates() if shipped_names is None else shipped_names
    if template.name in shipped:
        raise InvalidInput(
            f"{template.name!r} is the name of a shipped template; "
            "give the library's own template another name."
        )
    validate_template(template)


def _stored(name: str, text: str) -> SheetTemplate:
    return template_from_json(text, f"{name!r} (in the library file)")
