"""Slip PDFs on each paper: the page size, real text, and long slips over several sheets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from libtech_desktop.ui.printing import ReceiptPaper, write_roll_pdf, write_slip_pdf

MM_PER_PT = 25.4 / 72


def slip(lines: int) -> str:
    rows = "".join(
        f"<tr><td>3999900000{n:04d}</td><td align='right'>Due Mon 23 Mar 2026</td></tr>"
        for n in range(lines)
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 9pt;'>"
        "<p align='center'><b>Test Library</b><br/>Check-in receipt</p>"
        f"<table width='100%'>{rows}</table><p>The end of the slip.</p></body></html>"
    )


def page_mm(path: Path) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width) * MM_PER_PT, float(p.mediabox.height) * MM_PER_PT)
        for p in PdfReader(path).pages
    ]


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("paper", "width", "height"),
    [("a4", 210.0, 297.0), ("letter", 215.9, 279.4)],
)
def test_sheet_papers_have_their_page_size(
    qapp: object, tmp_path: Path, paper: ReceiptPaper, width: float, height: float
) -> None:
    path = write_slip_pdf(slip(3), tmp_path / f"{paper}.pdf", paper)
    ((w, h),) = page_mm(path)
    assert w == pytest.approx(width, abs=0.5)
    assert h == pytest.approx(height, abs=0.5)
    text = text_of(path)
    assert "Test Library" in text and "39999000000002" in text


def test_roll_is_80_mm_wide_and_cut_to_the_slip(qapp: object, tmp_path: Path) -> None:
    short = write_slip_pdf(slip(2), tmp_path / "short.pdf", "roll80")
    long = write_roll_pdf(slip(60), tmp_path / "long.pdf")  # the old name still works
    ((short_w, short_h),) = page_mm(short)
    ((long_w, long_h),) = page_mm(long)  # a roll never breaks into pages
    assert round(short_w) == round(long_w) == 80
    assert 59.5 <= short_h < long_h  # at least 60 mm, give or take a point's rounding
    assert "39999000000059" in text_of(long) and "The end of the slip." in text_of(long)


def test_long_slip_on_a4_runs_over_pages_and_loses_no_line(qapp: object, tmp_path: Path) -> None:
    path = write_slip_pdf(slip(150), tmp_path / "long.pdf", "a4")
    sizes = page_mm(path)
    assert len(sizes) >= 2
    assert all(round(w) == 210 and round(h) == 297 for w, h in sizes)
    text = text_of(path)
    assert all(f"3999900000{n:04d}" in text for n in range(150))
    assert text.count("39999") == 150  # no line drawn twice across a page break


def test_sheet_slip_stays_a_narrow_column(qapp: object, tmp_path: Path) -> None:
    """The slip is not stretched across A4: its text sits in the left ~90 mm after the margin."""
    path = write_slip_pdf(slip(1), tmp_path / "a4.pdf", "a4")
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():  # where the text starts on the page: its matrix times the page's
            xs.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4]) * MM_PER_PT)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert xs
    assert min(xs) >= 14  # the 15 mm margin
    assert max(xs) <= 15 + 90


def test_unknown_paper_is_refused(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Unknown receipt paper"):
        write_slip_pdf(slip(1), tmp_path / "x.pdf", "a5")  # type: ignore[arg-type]


@pytest.mark.parametrize("paper", ["roll80", "a4"])
def test_a_printed_slip_is_laid_out_as_its_pdf(
    qapp: object, tmp_path: Path, paper: ReceiptPaper
) -> None:
    """What goes to the slip printer is the same page as the saved PDF: a roll cut to
    the slip's length, or a sheet with the slip in its column."""
    from PySide6.QtPrintSupport import QPrinter

    from libtech_desktop.ui.printing import print_slip

    saved = write_slip_pdf(slip(12), tmp_path / "saved.pdf", paper)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    print_slip(slip(12), printer, paper)

    ((saved_w, saved_h),) = page_mm(saved)
    ((printed_w, printed_h),) = page_mm(tmp_path / "printed.pdf")
    assert printed_w == pytest.approx(saved_w, abs=0.5)
    assert printed_h == pytest.approx(saved_h, abs=2.0)  # fonts hint per resolution
    assert text_of(tmp_path / "printed.pdf") == text_of(saved)


def test_the_print_preview_paints_the_slip(qapp: object, qtbot: object) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from libtech_desktop.ui.printing import preview_slip, print_slip

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = preview_slip(None, printer, lambda target: print_slip(slip(3), target, "roll80"))
    painted: list[object] = []
    dialog.paintRequested.connect(painted.append)
    dialog.open()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert painted and preview.pageCount() == 1
    dialog.close()
