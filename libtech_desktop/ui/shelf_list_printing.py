"""A shelf list on paper, for shelf reading: call numbers in shelf order, a box to tick.

Laid out as HTML in a QTextDocument; Qt breaks it into pages and numbers them. Text
stays real text in a PDF (selectable, searchable). The other lists a technician walks
the stacks with (the holds pull list, the transfers pick list, a stocktake report) save
through the same functions (:func:`ask_pdf_path`, :func:`write_pdf`, on the runner) and
print through ``ui.printing.ListPrinter`` (laid out and painted on the runner).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.shelf_list import ShelfEntry

RESOLUTION_DPI = 300
NO_CALL_NUMBER = "(no call number)"
_STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin-bottom: 2pt; }
p.about { color: #444444; margin-top: 0; }
th { text-align: left; border-bottom: 1px solid #000000; padding: 2pt 6pt 2pt 0; }
td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
td.call { font-family: monospace; font-weight: bold; white-space: pre; }
td.off { font-style: italic; }
"""


def shelf_list_html(entries: Sequence[ShelfEntry], heading: str, about: str = "") -> str:
    """The printable list: one row per item, a box to tick as the shelf is read."""
    rows = "\n".join(_row(entry) for entry in entries)
    count = f"{len(entries)} item{'s' if len(entries) != 1 else ''}"
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(heading)}</h1>"
        f"<p class='about'>{escape(about + ('; ' if about else '') + count)}</p>"
        "<table cellspacing='0' width='100%'><thead><tr>"
        "<th>✓</th><th>Call number</th><th>Title</th><th>Author</th>"
        "<th>Barcode</th><th>Status</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>"
    )


def _row(entry: ShelfEntry) -> str:
    off = entry.status != ItemStatus.AVAILABLE
    cells = [
        "☐",
        f"<td class='call'>{escape(entry.call_number or NO_CALL_NUMBER)}</td>",
        escape(entry.title),
        escape(entry.author or ""),
        escape(entry.barcode),
        f"<td class='{'off' if off else ''}'>{escape(entry.status.label)}</td>",
    ]
    return "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in cells) + "</tr>"


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def print_html(html: str, device: QPagedPaintDevice) -> None:
    """Print on ``device`` (a QPrinter, a QPdfWriter): Qt pages it and numbers the pages."""
    document(html).print_(device)


def ask_pdf_path(parent: QWidget, caption: str, file_name: str) -> Path | None:
    """Where to save a PDF, suggesting ``file_name`` in the home folder; None: cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / file_name), "PDF (*.pdf)"
    )
    return Path(chosen) if chosen else None


def pdf_not_written(path: Path, error: OSError) -> str:
    """What to tell the technician when a PDF could not be written."""
    return f"The PDF could not be written to {path}: {error.strerror or error}."


def write_pdf(html: str, path: Path, title: str = "Shelf list") -> Path:
    """Write ``html`` as an A4 PDF at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    print_html(html, writer)
    return path
