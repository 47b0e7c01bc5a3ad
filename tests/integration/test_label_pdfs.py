"""Label, card and calibration PDFs: rasterised at 300 dpi, every barcode decoded with zxing-cpp.

A barcode counts only if it decodes to its code and sits inside its label's cell (the template
geometry plus the calibration offset) within 1 mm; spine labels and titles are read back as
PDF text with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels import (
    BarcodeSpec,
    ItemLabel,
    PatronCard,
    PrintOptions,
    RenderReport,
    SheetTemplate,
    Symbology,
    get_template,
    load_templates,
    render_calibration,
    render_cards,
    render_labels,
)
from libtech_desktop.labels.logo import normalise_logo

Decode = Callable[[Path], list[list[Any]]]
PT_TO_MM = 25.4 / 72
TOLERANCE_MM = 1.0


def item_codes(count: int, first: int = 1) -> list[str]:
    return [f"3123400{n:07d}" for n in range(first, first + count)]


def items(codes: Sequence[str], **fields: str) -> list[ItemLabel]:
    return [ItemLabel(code, library_name="Springfield Public Library", **fields) for code in codes]


def scanned_text(code: str, spec: BarcodeSpec) -> str:
    """What a scanner (zxing-cpp) reports for ``code``: Codabar keeps its start/stop."""
    if spec.symbology is Symbology.CODABAR:
        return f"{spec.codabar_start}{code}{spec.codabar_stop}"
    return code


def inside(box: tuple[float, float, float, float], rect: tuple[float, ...]) -> bool:
    left, top, right, bottom = box
    x, y, w, h = rect
    return (
        left >= x - TOLERANCE_MM
        and top >= y - TOLERANCE_MM
        and right <= x + w + TOLERANCE_MM
        and bottom <= y + h + TOLERANCE_MM
    )


def assert_every_barcode_scans(
    pdf: Path, report: RenderReport, spec: BarcodeSpec, decode_pdf: Decode
) -> list[list[Any]]:
    """Each placed barcode decodes once, on its page, inside its cell; nothing else decodes."""
    pages = decode_pdf(pdf)
    assert len(pages) == report.pages
    for number, found in enumerate(pages):
        expected = [p for p in report.placed if p.page == number and p.kind in ("barcode", "card")]
        assert sorted(d.text for d in found) == sorted(
            scanned_text(p.barcode, spec) for p in expected
        )
        for placed in expected:
            [hit] = [d for d in found if d.text == scanned_text(placed.barcode, spec)]
            assert inside(hit.box_mm, placed.rect_mm), (placed, hit)
    return pages


def page_lines(pdf: Path | io.BytesIO) -> list[list[str]]:
    reader = PdfReader(pdf)
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in reader.pages
    ]


def test_avery_5160_from_position_7_fills_two_sheets(tmp_path: Path, decode_pdf: Decode) -> None:
    template = get_template("avery-5160")
    codes = item_codes(40)
    pdf = tmp_path / "labels.pdf"
    report = render_labels(items(codes, title="Beloved"), template, PrintOptions(start=7), pdf)

    assert report.pages == 2
    on_first = [p for p in report.placed if p.page == 0]
    assert len(on_first) == 30 - 6
    assert [p.rect_mm for p in on_first] == [template.cell_rect(i) for i in range(6, 30)]
    on_second = [p for p in report.placed if p.page == 1]
    assert [p.rect_mm for p in on_second] == [template.cell_rect(i) for i in range(16)]
    assert [p.barcode for p in report.placed] == codes

    pages = assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)
    assert len(pages[0]) == 24 and len(pages[1]) == 16
    skipped = [template.cell_rect(i) for i in range(6)]
    assert not [d for d in pages[0] for cell in skipped if inside(d.box_mm, cell)]


@pytest.mark.parametrize(
    ("spec", "code", "zxing_format"),
    [
        (BarcodeSpec(), "31234000012345", "Codabar"),
        (BarcodeSpec(codabar_start="B", codabar_stop="D"), "1234-5678", "Codabar"),
        (BarcodeSpec(Symbology.CODE39), "LIB-004217", "Code39"),
        (BarcodeSpec(Symbology.CODE39, code39_check=True), "LIB-004217", "Code39"),
        (BarcodeSpec(Symbology.CODE128), "Lib/0042 x", "Code128"),
        (BarcodeSpec(Symbology.EAN13), "9780306406157", "EAN13"),  # ISBN 978-0-306-40615-7
    ],
    ids=["codabar", "codabar-b-d", "code39", "code39-mod43", "code128", "ean13-isbn"],
)
def test_every_symbology_decodes(
    spec: BarcodeSpec, code: str, zxing_format: str, tmp_path: Path, decode_pdf: Decode
) -> None:
    pdf = tmp_path / "labels.pdf"
    labels = items([code] * 3, title="Pride and Prejudice", call_number="823.7 AUS")
    report = render_labels(labels, get_template("L7160"), PrintOptions(spec=spec), pdf)

    [found] = decode_pdf(pdf)
    assert len(found) == 3
    expected = scanned_text(code, spec)
    if spec.code39_check:
        expected += "E"  # the mod-43 check character, worked by hand in test_symbology.py
    assert {d.text for d in found} == {expected}
    assert {d.format.replace(" ", "").replace("-", "") for d in found} == {zxing_format}
    for placed in report.placed:
        assert any(inside(d.box_mm, placed.rect_mm) for d in found)


def test_spine_lines_print_as_text_in_shelf_order(tmp_path: Path) -> None:
    pdf = tmp_path / "spine.pdf"
    labels = [
        ItemLabel("31234000000011", call_number="FIC SMI"),
        ItemLabel("31234000000029", call_number="823.914 SMI", prefix="REF"),
        ItemLabel("31234000000037", call_number="PS3545.I345 Z5 1990"),
    ]
    report = render_labels(
        labels, get_template("demco-spine-1x1.5"), PrintOptions(kind="spine"), pdf
    )

    assert [p.kind for p in report.placed] == ["spine"] * 3
    assert page_lines(pdf) == [
        ["FIC", "SMI", "REF", "823.914", "SMI", "PS", "3545", ".I345", "Z5", "1990"]
    ]


def test_label_text_is_real_text(tmp_path: Path) -> None:
    pdf = tmp_path / "labels.pdf"
    label = ItemLabel("31234000012345", "Springfield Public Library", "Beloved", "FIC MOR")
    render_labels([label], get_template("5160"), PrintOptions(), pdf)

    [lines] = page_lines(pdf)
    assert lines == ["Springfield Public Library", "31234000012345", "Beloved", "FIC MOR"]


def test_long_titles_are_truncated_to_the_label(tmp_path: Path, decode_pdf: Decode) -> None:
    title = "The Remains of the Day: a novel of lasting consequence, with an afterword"
    pdf = tmp_path / "labels.pdf"
    report = render_labels(
        items(["31234000012345"], title=title), get_template("5160"), PrintOptions(), pdf
    )

    [lines] = page_lines(pdf)
    assert any(line.startswith("The Remains of the Day") and line.endswith("…") for line in lines)
    assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)


def test_calibration_offset_moves_the_barcodes_by_that_many_mm(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    template = get_template("avery-5160")
    labels = items(item_codes(6))
    plain, shifted = tmp_path / "plain.pdf", tmp_path / "shifted.pdf"
    render_labels(labels, template, PrintOptions(), plain)
    report = render_labels(
        labels, template, PrintOptions(offset_x_mm=2.5, offset_y_mm=-1.5), shifted
    )

    assert report.placed[0].rect_mm[:2] == pytest.approx((4.7625 + 2.5, 12.7 - 1.5))
    assert_every_barcode_scans(shifted, report, BarcodeSpec(), decode_pdf)
    before = {d.text: d.box_mm for d in decode_pdf(plain)[0]}
    after = {d.text: d.box_mm for d in decode_pdf(shifted)[0]}
    assert before.keys() == after.keys() and len(before) == 6
    for text, box in before.items():
        moved = after[text]
        assert moved[0] - box[0] == pytest.approx(2.5, abs=0.2)
        assert moved[1] - box[1] == pytest.approx(-1.5, abs=0.2)


def test_patron_card_is_cr80_and_its_barcode_scans(tmp_path: Path, decode_pdf: Decode) -> None:
    drawn = BytesIO()
    Image.new("RGB", (640, 320), "navy").save(drawn, format="JPEG")
    logo = normalise_logo(drawn.getvalue())
    cards = [
        PatronCard(
            "Springfield Public Library", "Marge Simpson", "21234000012345", date(2027, 3, 1), logo
        ),
        PatronCard("Springfield Public Library", "Ned Flanders", "21234000067890"),
    ]
    pdf = tmp_path / "cards.pdf"
    report = render_cards(cards, pdf)

    reader = PdfReader(pdf)
    assert len(reader.pages) == report.pages == 2
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) * PT_TO_MM == pytest.approx(85.6, abs=0.01)
        assert float(box.height) * PT_TO_MM == pytest.approx(54.0, abs=0.01)
    assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)
    first, second = page_lines(pdf)
    assert first[:3] == ["Springfield Public Library", "Marge Simpson", "Expires 2027-03-01"]
    assert "Ned Flanders" in second and not any("Expires" in line for line in second)
    # The logo is on the card that has one, kept small (512 px on its longer side).
    (picture,) = reader.pages[0].images
    assert picture.image.size == (512, 256)
    assert not reader.pages[1].images


def test_both_on_a_paired_sheet_puts_barcode_left_of_spine(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    paired = SheetTemplate(
        "paired-test", "two pairs across", 215.9, 279.4, 50.8, 25.4, 4, 10,
        4.0, 12.7, 52.0, 25.4, 1.5, paired=True,
    )  # fmt: skip
    labels = items(item_codes(3), call_number="FIC SMI")
    pdf = tmp_path / "both.pdf"
    # Start 2 is a spine cell: the first pair begins at cell 3.
    report = render_labels(labels, paired, PrintOptions(kind="both", start=2), pdf)

    assert [(p.kind, p.rect_mm) for p in report.placed[:4]] == [
        ("barcode", paired.cell_rect(2)),
        ("spine", paired.cell_rect(3)),
        ("barcode", paired.cell_rect(4)),
        ("spine", paired.cell_rect(5)),
    ]
    assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)
    assert page_lines(pdf)[0].count("FIC") == 3


def test_both_on_the_shipped_paired_sheet_fills_pairs_that_scan(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    sheet = get_template("library-pair-2x1")
    labels = items(item_codes(21), call_number="823.914 SMI")
    pdf = tmp_path / "pairs.pdf"

    report = render_labels(labels, sheet, PrintOptions(kind="both"), pdf)

    # 20 pairs fill the first sheet; the 21st pair starts the second at its first cell.
    assert report.pages == 2
    kinds = [(p.page, p.kind, p.rect_mm) for p in report.placed]
    assert kinds[0] == (0, "barcode", sheet.cell_rect(0))
    assert kinds[1] == (0, "spine", sheet.cell_rect(1))
    assert kinds[-2:] == [(1, "barcode", sheet.cell_rect(0)), (1, "spine", sheet.cell_rect(1))]
    for barcode_cell, spine_cell in zip(report.placed[::2], report.placed[1::2], strict=True):
        assert barcode_cell.barcode == spine_cell.barcode
        assert barcode_cell.rect_mm[1] == spine_cell.rect_mm[1]  # side by side, one row
    assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)
    assert page_lines(pdf)[0].count("823.914") == 20


@pytest.mark.parametrize("kind", ["barcode", "spine", "both"])
def test_progress_hears_each_label_as_it_is_drawn_and_the_pdf_is_the_same(
    kind: str, tmp_path: Path, decode_pdf: Decode
) -> None:
    sheet = get_template("library-pair-2x1") if kind == "both" else get_template("avery-5160")
    labels = items(item_codes(45), title="Beloved", call_number="FIC MOR")
    options = PrintOptions(kind=kind, start=2)  # type: ignore[arg-type]
    quiet = BytesIO()
    render_labels(labels, sheet, options, quiet)
    heard: list[tuple[int, int]] = []
    pdf = tmp_path / "labels.pdf"

    with pdf.open("wb") as out:
        report = render_labels(
            labels, sheet, options, out, progress=lambda n: heard.append((n, out.tell()))
        )

    # One call per label, in order (barcode and spine of one label: one call), each made
    # while drawing: nothing of the file is written until the last label is drawn.
    assert heard == [(n, 0) for n in range(1, 46)]
    assert report.pages >= 2
    assert pdf.read_bytes() == quiet.getvalue()
    if kind != "spine":
        assert_every_barcode_scans(pdf, report, BarcodeSpec(), decode_pdf)


def test_a_cancel_from_progress_stops_the_drawing_and_writes_nothing() -> None:
    class Stop(Exception):
        pass

    def stop_at_ten(drawn: int) -> None:
        if drawn == 10:
            raise Stop

    out = BytesIO()
    with pytest.raises(Stop):
        labels, sheet = items(item_codes(40)), get_template("avery-5160")
        render_labels(labels, sheet, PrintOptions(), out, progress=stop_at_ten)
    assert out.getvalue() == b""


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(load_templates()))
def test_a_full_sheet_of_every_shipped_template_scans(
    name: str, tmp_path: Path, decode_pdf: Decode
) -> None:
    template = get_template(name)
    pdf = tmp_path / f"{name}.pdf"
    labels = items(item_codes(template.per_sheet), call_number="PS3545.I345 Z5 1990")
    spec = BarcodeSpec()
    try:
        report = render_labels(labels, template, PrintOptions(), pdf)
    except InvalidInput as error:
        # A 1-inch spine label is narrower than a 14-digit Codabar at 7.5 mil.
        assert template.label_width_mm < 38 and "does not fit" in str(error)
        report = render_labels(labels, template, PrintOptions(kind="spine"), pdf)
        assert page_lines(pdf)[0][:5] == ["PS", "3545", ".I345", "Z5", "1990"]
        return
    assert report.pages == 1
    assert_every_barcode_scans(pdf, report, spec, decode_pdf)


def test_calibration_page_has_the_template_size_and_instructions(tmp_path: Path) -> None:
    template = get_template("L7651")
    pdf = tmp_path / "calibration.pdf"
    render_calibration(template, pdf)

    [page] = PdfReader(pdf).pages
    assert float(page.mediabox.width) * PT_TO_MM == pytest.approx(210.0, abs=0.01)
    assert float(page.mediabox.height) * PT_TO_MM == pytest.approx(297.0, abs=0.01)
    text = page.extract_text()
    assert "offset" in text and "label centre" in text
    for number in (1, 33, 65):
        assert str(number) in text.split()


def test_a_code_the_symbology_cannot_carry_writes_nothing(tmp_path: Path) -> None:
    pdf = tmp_path / "labels.pdf"
    with pytest.raises(InvalidInput, match="Codabar"):
        render_labels(items(["31234000012345", "B12X"]), get_template("5160"), PrintOptions(), pdf)
    assert not pdf.exists()


def test_output_to_a_binary_stream(decode_pdf: Decode, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    render_labels(items(item_codes(2)), get_template("5161"), PrintOptions(), buffer)
    pdf = tmp_path / "stream.pdf"
    pdf.write_bytes(buffer.getvalue())
    assert len(decode_pdf(pdf)[0]) == 2


def test_labels_on_a_library_template_scan_inside_its_cells(
    tmp_path: Path, decode_pdf: Decode, library: Any
) -> None:
    """A library's own stock (3 × 4 labels of 60 × 50 mm, odd margins), saved in the
    library file and printed through the service by name: every barcode in its cell."""
    from libtech_desktop.domain.barcodes import with_check_digit

    template = SheetTemplate(
        name="our-60x50",
        description="Our own 60 x 50 mm stock",
        page_width_mm=210.0,
        page_height_mm=297.0,
        label_width_mm=60.0,
        label_height_mm=50.0,
        columns=3,
        rows=4,
        left_mm=12.5,
        top_mm=21.25,
        pitch_x_mm=63.0,
        pitch_y_mm=62.5,
        corner_radius_mm=3.0,
    )
    library.labels.save_template(template)
    codes = []
    for n in range(1, 6):
        biblio = library.catalogue.add_biblio(title=f"Book {n}", author="Author, Some")
        code = with_check_digit(f"399990000000{n}")
        library.catalogue.add_item(biblio.id, barcode=code, call_number="FIC AUT")
        codes.append(code)
    pdf = tmp_path / "ours.pdf"

    job = library.labels.print_items(codes, "our-60x50", PrintOptions(start=4), pdf)

    assert (job.template, job.pages) == ("our-60x50", 1)
    [found] = decode_pdf(pdf)
    spec = BarcodeSpec()
    assert sorted(d.text for d in found) == sorted(scanned_text(c, spec) for c in codes)
    for index, code in enumerate(codes, start=3):
        [hit] = [d for d in found if d.text == scanned_text(code, spec)]
        assert inside(hit.box_mm, template.cell_rect(index)), (code, hit)
