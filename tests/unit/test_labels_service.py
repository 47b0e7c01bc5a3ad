"""The label print queue and label jobs through the service, on a real library file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pymarc import Field, Indicators, MARCWriter, Record, Subfield

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.errors import (
    CheckDigitError,
    InvalidInput,
    UnknownItem,
    UnknownPatron,
)
from libtech_desktop.domain.labels import short_title
from libtech_desktop.labels import PrintOptions, RenderReport
from libtech_desktop.library import Library
from libtech_desktop.services import labels as label_service
from libtech_desktop.services.progress import Cancelled
from libtech_desktop.services.records import CopiesDraft

TEMPLATE = "avery-5160"


def item_code(n: int) -> str:
    return with_check_digit(f"39999{n:08d}")


def patron_code(n: int) -> str:
    return with_check_digit(f"29999{n:08d}")


def add_copy(
    library: Library,
    barcode: str,
    title: str = "Middlemarch",
    call_number: str | None = "FIC ELI",
    location: str | None = "Main",
) -> None:
    biblio = library.catalogue.add_biblio(title=title, author="Eliot, George")
    library.catalogue.add_item(
        biblio.id, barcode=barcode, call_number=call_number, location=location
    )


def queued(library: Library) -> list[str]:
    return [label.barcode for label in library.labels.queue()]


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    """What the service hands the renderer, instead of rendering: one list per call."""
    calls: list[list[Any]] = []

    def fake(labels: Any, template: Any, options: Any, out: Any, progress: Any) -> RenderReport:
        calls.append(list(labels))
        return RenderReport(pages=1, placed=())

    monkeypatch.setattr(label_service, "render_labels", fake)
    return calls


def test_new_items_wait_in_shelf_order_by_location(library: Library) -> None:
    add_copy(library, "3005", "White Teeth", "823.92 SMI", "Main")
    add_copy(library, "3004", "Cooking with Kids", "J 641.5 OLI", "Children")
    add_copy(library, "3003", "Swing Time", "823.914 SMI", "Main")
    add_copy(library, "3002", "Uncatalogued gift", None, "Main")
    add_copy(library, "3001", "Basic Algebra", "QA100 .B3", None)

    assert queued(library) == ["3004", "3003", "3005", "3002", "3001"]
    first = library.labels.queue()[0]
    assert (first.title, first.author, first.call_number, first.location, first.added_at) == (
        "Cooking with Kids",
        "Eliot, George",
        "J 641.5 OLI",
        "Children",
        library.context.clock.now(),
    )
    assert library.labels.waiting() == 5
    assert queued(library)[:2] == [label.barcode for label in library.labels.queue(limit=2)]


def test_new_copies_join_the_queue_and_printed_ones_leave_it(
    library: Library, rendered: list[list[Any]]
) -> None:
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
    first = item_code(1)
    copies = library.records.add_copies(biblio.id, CopiesDraft(first, count=3, call_number="FIC"))
    codes = [c.barcode for c in copies]
    assert queued(library) == codes

    job = library.labels.print_items(codes[:2], TEMPLATE, PrintOptions(), io.BytesIO())

    assert job.barcodes == tuple(codes[:2])
    assert queued(library) == codes  # printing alone does not mark them
    assert library.labels.mark_printed(codes[:2]) == 2
    assert queued(library) == codes[2:]
    assert library.labels.mark_printed(codes[:2]) == 2  # a reprint is recorded again
    assert queued(library) == codes[2:]


def test_marc_holdings_join_the_queue(library: Library, tmp_path: Path) -> None:
    record = Record(force_utf8=True)
    record.add_field(Field("245", Indicators("0", "0"), [Subfield("a", "Programming Perl")]))
    holding = [("a", "MAIN"), ("c", "ADULT"), ("o", "005.133 WAL"), ("p", "31001"), ("y", "BK")]
    record.add_field(Field("952", Indicators(" ", " "), [Subfield(c, v) for c, v in holding]))
    path = tmp_path / "koha.mrc"
    with path.open("wb") as fh:
        MARCWriter(fh).write(record)

    library.marc_import.import_file(path, items_from="952")

    assert queued(library) == ["31001"]


def test_a_label_carries_the_library_short_title_and_call_number(
    library: Library, rendered: list[list[Any]]
) -> None:
    library.settings.set_library_name("Riverside Library")
    add_copy(library, "3001", "Perl : the complete reference", "005.133 PER")

    library.labels.print_items(["3001"], TEMPLATE, PrintOptions(), io.BytesIO())

    [[label]] = rendered
    assert (label.barcode, label.library_name, label.title, label.call_number) == (
        "3001",
        "Riverside Library",
        "Perl",
        "005.133 PER",
    )


def test_short_titles_stop_at_the_subtitle_and_near_forty_characters() -> None:
    assert short_title("Perl : the complete reference") == "Perl"
    assert short_title("Middlemarch") == "Middlemarch"
    long = short_title("The Strange Case of Dr Jekyll and Mr Hyde and Other Tales of Terror")
    assert long == "The Strange Case of Dr Jekyll and Mr…"
    assert len(long) <= 40


def test_an_unknown_barcode_writes_nothing(library: Library, tmp_path: Path) -> None:
    add_copy(library, "3001")
    out = tmp_path / "labels.pdf"

    with pytest.raises(UnknownItem, match="3999"):
        library.labels.print_items(["3001", "3999"], TEMPLATE, PrintOptions(), out)
    with pytest.raises(InvalidInput):
        library.labels.print_items(["3001"], "no-such-sheet", PrintOptions(), out)

    assert not out.exists()


def test_marking_an_unknown_barcode_marks_nothing(library: Library) -> None:
    add_copy(library, "3001")

    with pytest.raises(UnknownItem, match="3999"):
        library.labels.mark_printed(["3001", "3999"])

    assert queued(library) == ["3001"]


def test_a_damaged_label_puts_its_item_back_in_the_queue(library: Library) -> None:
    add_copy(library, "3001")
    add_copy(library, "3002")
    library.labels.mark_printed(["3001", "3002"])
    assert queued(library) == []

    assert library.labels.requeue([" 3002 "]) == 1

    assert queued(library) == ["3002"]
    assert library.labels.waiting() == 1
    assert library.labels.requeue(["3002"]) == 1  # already waiting: it stays, once


def test_requeueing_an_unknown_barcode_changes_nothing(library: Library) -> None:
    add_copy(library, "3001")
    library.labels.mark_printed(["3001"])

    with pytest.raises(UnknownItem, match="3999"):
        library.labels.requeue(["3001", "3999"])

    assert queued(library) == []
    with pytest.raises(InvalidInput):
        library.labels.requeue([" "])


def test_an_empty_queue_writes_nothing(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"

    job = library.labels.print_queue(TEMPLATE, PrintOptions(), out)

    assert (job.barcodes, job.pages) == ((), 0)
    assert not out.exists()


def test_printing_the_queue_prints_it_in_shelf_order(
    library: Library, rendered: list[list[Any]]
) -> None:
    add_copy(library, "3002", call_number="823.92 SMI")
    add_copy(library, "3001", call_number="823.914 SMI")

    job = library.labels.print_queue(TEMPLATE, PrintOptions(), io.BytesIO())

    assert job.barcodes == ("3001", "3002")
    assert [label.barcode for label in rendered[0]] == ["3001", "3002"]


def test_a_range_gets_a_luhn_check_digit_on_every_label(
    library: Library, rendered: list[list[Any]]
) -> None:
    first = with_check_digit("3999900000098")

    job = library.labels.print_range(first, 4, TEMPLATE, PrintOptions(), io.BytesIO())

    payloads = [f"39999000000{n}" for n in (98, 99)] + ["3999900000100", "3999900000101"]
    assert job.barcodes == tuple(with_check_digit(p) for p in payloads)
    assert all(is_valid_luhn(code) for code in job.barcodes)
    assert [label.barcode for label in rendered[0]] == list(job.barcodes)
    assert all(label.title == "" for label in rendered[0])


def test_a_range_from_a_wrong_check_digit_is_refused_with_the_right_one(
    library: Library,
) -> None:
    right = with_check_digit("3999900000098")
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)

    with pytest.raises(CheckDigitError, match=right):
        library.labels.print_range(wrong, 4, TEMPLATE, PrintOptions(), io.BytesIO())


def test_a_range_refuses_barcodes_of_items_and_cards(library: Library, tmp_path: Path) -> None:
    add_copy(library, item_code(3))
    library.patrons.register(barcode=item_code(5), name="Lovelace, Ada")
    out = tmp_path / "range.pdf"

    with pytest.raises(InvalidInput) as refused:
        library.labels.print_range(item_code(1), 10, TEMPLATE, PrintOptions(), out)

    assert item_code(3) in str(refused.value) and item_code(5) in str(refused.value)
    assert not out.exists()
    with pytest.raises(InvalidInput):
        library.labels.print_range(item_code(1), 0, TEMPLATE, PrintOptions(), out)


def test_cards_of_unknown_patrons_are_refused(library: Library, tmp_path: Path) -> None:
    library.patrons.register(barcode=patron_code(1), name="Lovelace, Ada")
    out = tmp_path / "cards.pdf"

    with pytest.raises(UnknownPatron, match=patron_code(2)):
        library.labels.print_cards([patron_code(1), patron_code(2)], out)

    assert not out.exists()


def test_cards_print_one_page_each(library: Library) -> None:
    library.patrons.register(barcode=patron_code(1), name="Lovelace, Ada")
    library.patrons.register(barcode=patron_code(2), name="Hopper, Grace")

    job = library.labels.print_cards([patron_code(1), patron_code(2)], io.BytesIO())

    assert (job.pages, job.barcodes) == (2, (patron_code(1), patron_code(2)))


def test_the_templates_are_listed_by_name(library: Library) -> None:
    names = [t.name for t in library.labels.templates()]
    assert TEMPLATE in names and names == sorted(names)


# -- issue 9: a batch of labels with progress and Cancel --------------------------------------


def test_a_batch_reports_label_by_label_and_writes_the_whole_pdf(
    library: Library, tmp_path: Path
) -> None:
    codes = [item_code(n) for n in range(1, 601)]
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
    for code in codes:
        library.catalogue.add_item(biblio.id, barcode=code, call_number="FIC ELI")
    heard: list[tuple[int, int, str]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "labels.pdf"

    job = library.labels.print_items(
        codes, TEMPLATE, PrintOptions(), out, progress=lambda *a: heard.append(a)
    )

    assert job.placed == 600
    assert heard[0] == (0, 600, "Drawing 600 labels")
    assert heard[1:] == [(n, 600, "Labels drawn") for n in range(25, 601, 25)]
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in folder.iterdir()) == ["labels.pdf"]


def test_a_cancelled_batch_leaves_no_pdf_and_an_earlier_one_as_it_was(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_copy(library, "3001")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "labels.pdf"
    out.write_bytes(b"last week's labels")
    asked = {"cancel": False}

    def draw_then_cancel(
        labels: Any, template: Any, options: Any, stream: Any, progress: Any = None
    ) -> RenderReport:
        stream.write(b"%PDF-1.4 half a sheet")
        asked["cancel"] = True  # Cancel pressed as the finished sheets were written out
        return RenderReport(pages=1, placed=())

    monkeypatch.setattr(label_service, "render_labels", draw_then_cancel)

    with pytest.raises(Cancelled):
        library.labels.print_items(
            ["3001"], TEMPLATE, PrintOptions(), out, should_cancel=lambda: asked["cancel"]
        )
    with pytest.raises(Cancelled):  # Cancel pressed before the drawing began
        library.labels.print_range(
            item_code(50),
            10,
            TEMPLATE,
            PrintOptions(),
            folder / "new.pdf",
            should_cancel=lambda: True,
        )

    assert out.read_bytes() == b"last week's labels"
    assert sorted(p.name for p in folder.iterdir()) == ["labels.pdf"]
    assert queued(library) == ["3001"]  # nothing was marked printed


def test_a_cancel_is_heard_part_way_through_the_drawing(library: Library, tmp_path: Path) -> None:
    codes = [item_code(n) for n in range(1, 201)]
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
    for code in codes:
        library.catalogue.add_item(biblio.id, barcode=code, call_number="FIC ELI")
    folder = tmp_path / "out"
    folder.mkdir()
    stream = io.BytesIO()
    heard: list[tuple[int, int, str]] = []

    def cancel_once_the_bar_moves() -> bool:
        return heard[-1][2] == "Labels drawn"  # Cancel pressed as the bar showed 25 drawn

    for out in (folder / "labels.pdf", stream):
        heard.clear()
        with pytest.raises(Cancelled):
            library.labels.print_items(
                codes,
                TEMPLATE,
                PrintOptions(),
                out,
                progress=lambda *a: heard.append(a),
                should_cancel=cancel_once_the_bar_moves,
            )
        assert heard == [(0, 200, "Drawing 200 labels"), (25, 200, "Labels drawn")]

    assert list(folder.iterdir()) == []
    assert stream.getvalue() == b""  # nothing of the sheets drawn so far was written
    assert len(queued(library)) == 200  # none marked printed
