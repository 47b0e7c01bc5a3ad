"""Shared by the command-line tests (a fixed date, no stray library, an in-process runner) and
the label PDF tests (rasterise a PDF, decode its barcodes)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from libtech_desktop.cli import main

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The CLI lives on 2 March 2026, ignores any LIBTECH_DB, and logs under tmp_path."""
    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-02")
    monkeypatch.delenv("LIBTECH_DB", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@dataclass(frozen=True)
class CliResult:
    """One ``libtech`` run: exit status, stdout, stderr."""

    code: int
    out: str
    err: str

    @property
    def last_line(self) -> str:
        return self.out.rstrip("\n").splitlines()[-1]

    def json(self) -> Any:
        return json.loads(self.out)


def assert_one_error_line(result: CliResult, *words: str, code: int = 1) -> None:
    """A refusal: exit ``code``, one ``libtech: error:`` line naming ``words``."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("libtech: error: ")
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


@pytest.fixture
def cli(cli_env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
    """``cli(*args)`` runs ``libtech --db <tmp library> *args`` into a :class:`CliResult`."""

    def run(*args: str) -> CliResult:
        code = main(["--db", str(tmp_path / "library.sqlite3"), *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def run_cli(cli_env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> CliRun:
    """``run_cli(*args)`` runs ``libtech --db <tmp library> *args``: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(tmp_path / "library.sqlite3"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


# ---- label PDFs: rasterise and decode every barcode (tests/integration/test_label_pdfs.py) ----


@dataclass(frozen=True)
class DecodedBarcode:
    """A barcode zxing-cpp found on a rasterised page; box in mm from the page's top-left."""

    text: str
    format: str
    box_mm: tuple[float, float, float, float]  # left, top, right, bottom


def rasterise_pdf(pdf: Path, dpi: int = 300) -> list[Image.Image]:
    """Every page as an 8-bit grey image: pdftoppm if installed, else Qt's PDF module."""
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as folder:
            prefix = Path(folder) / "page"
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(prefix)], check=True)
            return [Image.open(path).copy() for path in sorted(Path(folder).glob("page-*.pgm"))]
    return _rasterise_with_qt(pdf, dpi)


def _rasterise_with_qt(pdf: Path, dpi: int) -> list[Image.Image]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument(None)
    document.load(str(pdf))
    pages = []
    for number in range(document.pageCount()):
        size = (document.pagePointSize(number) * dpi / 72).toSize()
        # QtPdf renders onto transparency: flatten onto white paper before going grey.
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(0xFFFFFFFF)
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(number, size))
        painter.end()
        grey = paper.convertToFormat(QImage.Format.Format_Grayscale8)
        data = bytes(grey.constBits())[: grey.bytesPerLine() * grey.height()]
        pages.append(
            Image.frombuffer(
                "L", (grey.width(), grey.height()), data, "raw", "L", grey.bytesPerLine(), 1
            ).copy()
        )
    del app
    return pages


def decode_pdf_barcodes(pdf: Path, dpi: int = 300) -> list[list[DecodedBarcode]]:
    """The barcodes zxing-cpp reads on each page of ``pdf``, in mm."""
    per_mm = dpi / 25.4
    decoded: list[list[DecodedBarcode]] = []
    for image in rasterise_pdf(pdf, dpi):
        found = []
        for result in zxingcpp.read_barcodes(image):
            corners = result.position
            xs = [
                p.x
                for p in (
                    corners.top_left,
                    corners.top_right,
                    corners.bottom_left,
                    corners.bottom_right,
                )
            ]
            ys = [
                p.y
                for p in (
                    corners.top_left,
                    corners.top_right,
                    corners.bottom_left,
                    corners.bottom_right,
                )
            ]
            box = (min(xs) / per_mm, min(ys) / per_mm, max(xs) / per_mm, max(ys) / per_mm)
            found.append(DecodedBarcode(result.text, str(result.format), box))
        decoded.append(found)
    return decoded


@pytest.fixture
def decode_pdf() -> Callable[[Path], list[list[DecodedBarcode]]]:
    """``decode_pdf(path)``: per page, every barcode found, with its box in mm."""
    return decode_pdf_barcodes
