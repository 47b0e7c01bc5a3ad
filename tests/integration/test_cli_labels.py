"""``libtech labels`` and ``libtech card``: real PDFs, read back with pypdf (and decoded
with zxing-cpp from a 300 dpi rasterisation, where pdftoppm is installed)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit

TEMPLATE = "avery-5160"
LETTER_PT = (612.0, 792.0)
#: CR80: 85.6 × 54 mm in points.
CARD_PT = (85.6 / 25.4 * 72, 54 / 25.4 * 72)


def item_code(n: int) -> str:
    return with_check_digit(f"39999{n:08d}")


def patron_code(n: int) -> str:
    return with_check_digit(f"29999{n:08d}")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


@pytest.fixture
def cli(run_cli: Any) -> Any:
    return run_cli


def add_items(cli: Any, numbers: range, call_number: str = "FIC ELI") -> list[str]:
    """A record with a copy for each number: they wait for labels."""
    code, out, _ = cli("biblio", "add", "--title", "Middlemarch : a study of provincial life")
    assert code == 0
    biblio = out.strip().splitlines()[-1]
    codes = [item_code(n) for n in numbers]
    for barcode in codes:
        assert cli("item", "add", biblio, barcode, "--call-number", call_number)[0] == 0
    return codes


def test_labels_from_position_7_fill_the_sheet_then_a_second_one(cli: Any, tmp_path: Path) -> None:
    codes = add_items(cli, range(1, 26))  # 24 fit from position 7 of 30; 1 more on page 2
    out = tmp_path / "labels.pdf"

    code, stdout, err = cli(
        "labels", *codes, "--template", TEMPLATE, "--start", "7", "-o", str(out)
    )

    assert (code, err) == (0, "")
    assert page_sizes(out) == [LETTER_PT, LETTER_PT]
    text = pdf_text(out)
    assert all(c in text for c in codes)
    assert "Middlemarch" in text and "provincial" not in text  # the short title
    assert "Marked 25 items printed; 0 items wait for labels." in stdout


def test_the_queue_prints_once_and_no_mark_keeps_it(cli: Any, tmp_path: Path) -> None:
    codes = add_items(cli, range(1, 4))
    proof, real, again = (tmp_path / f"{n}.pdf" for n in ("proof", "real", "again"))

    code, stdout, _ = cli("labels", "--queue", "--template", "5160", "-o", str(proof), "--no-mark")
    assert code == 0 and "stay in the label queue" in stdout
    code, stdout, _ = cli("labels", "--queue", "--template", TEMPLATE, "-o", str(real))
    assert code == 0 and "Marked 3 items printed" in stdout
    assert all(c in pdf_text(real) for c in codes)
    code, stdout, _ = cli("labels", "--queue", "--template", TEMPLATE, "-o", str(again))

    assert (code, stdout.strip()) == (0, "No items wait for labels; nothing was written.")
    assert not again.exists()


def test_requeue_puts_items_back_in_the_queue(cli: Any, tmp_path: Path) -> None:
    codes = add_items(cli, range(1, 4))
    assert cli("labels", "--queue", "--template", TEMPLATE, "-o", str(tmp_path / "a.pdf"))[0] == 0

    code, stdout, _ = cli("labels", "--requeue", codes[1])

    assert (code, stdout.strip()) == (0, "Put 1 item back in the label queue; 1 item wait.")
    out = tmp_path / "again.pdf"
    code, stdout, _ = cli("labels", "--queue", "--template", TEMPLATE, "-o", str(out))
    assert code == 0 and "Marked 1 item printed" in stdout
    assert codes[1] in pdf_text(out) and codes[0] not in pdf_text(out)


def test_requeue_of_an_unknown_barcode_changes_nothing(cli: Any, tmp_path: Path) -> None:
    [known] = add_items(cli, range(1, 2))
    out = tmp_path / "labels.pdf"
    assert cli("labels", "--queue", "--template", TEMPLATE, "-o", str(out))[0] == 0

    code, stdout, err = cli("labels", "--requeue", known, "3999")

    assert (code, stdout) == (1, "")
    assert err.startswith("libtech: error: No item has the barcode 3999")
    again = tmp_path / "again.pdf"
    _, stdout, _ = cli("labels", "--queue", "--template", TEMPLATE, "-o", str(again))
    assert stdout.strip() == "No items wait for labels; nothing was written."
    code, _, err = cli("labels", "--requeue")
    assert code == 1 and "--requeue ITEM" in err


def test_an_unknown_barcode_is_one_line_on_stderr_and_writes_nothing(
    cli: Any, tmp_path: Path
) -> None:
    [known] = add_items(cli, range(1, 2))
    out = tmp_path / "labels.pdf"

    code, stdout, err = cli("labels", known, "3999", "--template", TEMPLATE, "-o", str(out))

    assert (code, stdout) == (1, "")
    assert err.startswith("libtech: error: No item has the barcode 3999") and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("--queue",),  # no template, no output
        ("--queue", "--template", TEMPLATE),  # no output
        ("--queue", "--template", "no-such-sheet", "-o", "x.pdf"),
        ("3001", "--queue", "--template", TEMPLATE, "-o", "x.pdf"),
        (),
    ],
)
def test_incomplete_label_commands_are_refused(cli: Any, args: tuple[str, ...]) -> None:
    code, _, err = cli("labels", *args)
    assert code == 1 and err.startswith("libtech: error: ")


def test_a_range_prints_new_barcodes_with_their_check_digits(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"

    code, stdout, err = cli(
        "labels", "--range", item_code(98), "5", "--template", TEMPLATE, "-o", str(out)
    )

    assert (code, err) == (0, "")
    expected = [item_code(n) for n in range(98, 103)]
    assert all(is_valid_luhn(c) for c in expected)
    text = pdf_text(out)
    assert all(c in text for c in expected)
    assert "Wrote 5 barcode labels on 1 page" in stdout


def test_a_range_over_an_item_is_refused(cli: Any, tmp_path: Path) -> None:
    [taken] = add_items(cli, range(3, 4))
    out = tmp_path / "range.pdf"

    code, _, err = cli(
        "labels", "--range", item_code(1), "5", "--template", TEMPLATE, "-o", str(out)
    )

    assert code == 1 and taken in err
    assert not out.exists()


def test_templates_are_listed(cli: Any) -> None:
    code, out, _ = cli("labels", "--templates")
    assert code == 0 and any(line.startswith(TEMPLATE) for line in out.splitlines())

    code, out, _ = cli("labels", "--templates", "--json")
    found = {t["name"]: t for t in json.loads(out)}
    assert found[TEMPLATE]["per_sheet"] == 30


def test_cards_are_one_cr80_page_each(cli: Any, tmp_path: Path) -> None:
    patrons = [(patron_code(1), "Lovelace, Ada"), (patron_code(2), "Hopper, Grace")]
    for barcode, name in patrons:
        assert cli("patron", "add", barcode, "--name", name)[0] == 0
    out = tmp_path / "cards.pdf"

    code, stdout, err = cli("card", *(b for b, _ in patrons), "-o", str(out))

    assert (code, err) == (0, "")
    assert stdout.strip() == f"Wrote 2 cards to {out}."
    sizes = page_sizes(out)
    assert len(sizes) == 2
    assert all(w == pytest.approx(CARD_PT[0], abs=0.1) for w, _ in sizes)
    assert all(h == pytest.approx(CARD_PT[1], abs=0.1) for _, h in sizes)
    text = pdf_text(out)
    assert all(barcode in text for barcode, _ in patrons)
    assert "Ada" in text and "Hopper" in text


def test_a_card_for_an_unknown_patron_is_refused(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    code, _, err = cli("card", patron_code(9), "-o", str(out))
    assert code == 1 and patron_code(9) in err
    assert not out.exists()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_every_label_the_cli_prints_decodes_to_its_barcode(cli: Any, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    codes = add_items(cli, range(1, 7))
    out = tmp_path / "labels.pdf"
    assert cli("labels", *codes, "--template", TEMPLATE, "--start", "7", "-o", str(out))[0] == 0

    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(out), str(tmp_path / "page")], check=True
    )
    [page] = sorted(tmp_path.glob("page*.png"))
    found = zxingcpp.read_barcodes(Image.open(page))

    # Codabar carries its start/stop characters (A…A); the digits between are the code.
    assert sorted(r.text.strip("ABCDabcd") for r in found) == sorted(codes)


def test_spine_labels_carry_the_call_number_in_lines(cli: Any, tmp_path: Path) -> None:
    codes = add_items(cli, range(1, 3), call_number="823.914 SMI")
    out = tmp_path / "spine.pdf"

    code, stdout, _ = cli(
        "labels", *codes, "--template", "demco-spine-1x1.5", "--kind", "spine", "-o", str(out)
    )

    assert code == 0 and "Wrote 2 spine labels on 1 page" in stdout
    lines = pdf_text(out).split()
    assert lines.count("823.914") == 2 and lines.count("SMI") == 2


def test_a_spine_prefix_line_goes_above_the_call_number(cli: Any, tmp_path: Path) -> None:
    codes = add_items(cli, range(1, 3), call_number="823.914 SMI")
    out = tmp_path / "ref.pdf"

    code, _, _ = cli(
        "labels", *codes, "--template", "demco-spine-1x1.5", "--kind", "spine",
        "--prefix", "REF", "-o", str(out),
    )  # fmt: skip

    assert code == 0
    words = pdf_text(out).split()
    assert words.count("REF") == 2
    assert words.index("REF") < words.index("823.914") < words.index("SMI")


def test_library_templates_are_added_listed_used_and_removed(cli: Any, tmp_path: Path) -> None:
    code, out, _ = cli("labels", "--templates", "--json")
    ours = {t["name"]: t for t in json.loads(out)}[TEMPLATE]
    assert ours["library"] is False
    source = tmp_path / "ours.json"
    fields = {
        "name": "our-3x4",
        "description": "Our own 60 x 50 mm stock",
        "page_width_mm": 210.0,
        "page_height_mm": 297.0,
        "label_width_mm": 60.0,
        "label_height_mm": 50.0,
        "columns": 3,
        "rows": 4,
        "left_mm": 12.5,
        "top_mm": 21.25,
        "pitch_x_mm": 63.0,
        "pitch_y_mm": 62.5,
        "corner_radius_mm": 3.0,
    }
    source.write_text(json.dumps(fields), encoding="utf-8")

    code, out, err = cli("template", "add", str(source))
    assert (code, err) == (0, "")
    assert "Added the library's label template our-3x4 (12 a sheet)" in out

    code, out, _ = cli("labels", "--templates")
    [line] = [line for line in out.splitlines() if line.startswith("our-3x4")]
    assert "library" in line
    assert "shipped" in next(line for line in out.splitlines() if line.startswith(TEMPLATE))
    code, out, _ = cli("labels", "--templates", "--json")
    assert {t["name"]: t for t in json.loads(out)}["our-3x4"]["library"] is True

    codes = add_items(cli, range(1, 3))
    pdf = tmp_path / "ours.pdf"
    code, out, err = cli("labels", *codes, "--template", "our-3x4", "-o", str(pdf))
    assert code == 0, err
    assert "(our-3x4)" in out
    [(width, height)] = page_sizes(pdf)
    assert width == pytest.approx(210 / 25.4 * 72, abs=0.01)
    assert height == pytest.approx(297 / 25.4 * 72, abs=0.01)

    code, out, err = cli("template", "remove", "our-3x4")
    assert code == 0 and "Removed the library's label template our-3x4" in out
    code, out, _ = cli("labels", "--templates")
    assert "our-3x4" not in out


def test_template_add_and_remove_refuse_what_cannot_be(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    code, out, _ = cli("labels", "--templates", "--json")
    shipped = {t["name"]: t for t in json.loads(out)}[TEMPLATE]
    assert shipped["per_sheet"] == 30
    fields = {
        "name": TEMPLATE,
        "description": "A copy",
        "page_width_mm": 215.9,
        "page_height_mm": 279.4,
        "label_width_mm": 66.675,
        "label_height_mm": 25.4,
        "columns": 3,
        "rows": 10,
        "left_mm": 4.7625,
        "top_mm": 12.7,
        "pitch_x_mm": 69.85,
        "pitch_y_mm": 25.4,
        "corner_radius_mm": 2.0,
    }
    source.write_text(json.dumps(fields), encoding="utf-8")
    code, _, err = cli("template", "add", str(source))
    assert code != 0 and "name of a shipped template" in err

    source.write_text(json.dumps({**fields, "name": "ours", "rows": 12}), encoding="utf-8")
    code, _, err = cli("template", "add", str(source))
    assert code != 0 and "past the page height" in err

    code, _, err = cli("template", "remove", TEMPLATE)
    assert code != 0 and "cannot be deleted" in err


def test_the_library_logo_goes_on_every_card_until_cleared(cli: Any, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "crest.jpg"
    Image.new("RGB", (1200, 400), "darkgreen").save(logo)
    assert cli("patron", "add", patron_code(1), "--name", "Lovelace, Ada")[0] == 0

    code, stdout, err = cli("logo", str(logo))
    assert (code, err) == (0, "")
    assert "crest.jpg is the library's logo now (512 × 171 px)" in stdout
    with_logo = tmp_path / "with.pdf"
    assert cli("card", patron_code(1), "-o", str(with_logo))[0] == 0
    (picture,) = PdfReader(with_logo).pages[0].images
    assert picture.image.size == (512, 171)

    assert cli("logo", "--clear")[0] == 0
    without = tmp_path / "without.pdf"
    assert cli("card", patron_code(1), "-o", str(without))[0] == 0
    assert not PdfReader(without).pages[0].images


def test_a_file_that_is_not_an_image_is_refused_and_the_logo_stays(
    cli: Any, tmp_path: Path
) -> None:
    from PIL import Image

    good, bad = tmp_path / "crest.png", tmp_path / "notes.png"
    Image.new("RGB", (64, 64), "navy").save(good)
    bad.write_text("not a picture")
    assert cli("logo", str(good))[0] == 0

    code, stdout, err = cli("logo", str(bad))

    assert code == 1 and stdout == ""
    assert err.strip() == (
        "libtech: error: notes.png is not an image this program can read (use PNG or JPEG)."
    )
    assert cli("patron", "add", patron_code(1), "--name", "Lovelace, Ada")[0] == 0
    card = tmp_path / "card.pdf"
    assert cli("card", patron_code(1), "-o", str(card))[0] == 0
    assert len(PdfReader(card).pages[0].images) == 1
