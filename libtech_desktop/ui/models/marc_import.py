"""The MARC import dialog's tables: the preview of a file, and the problems of an import."""

from __future__ import annotations

from libtech_desktop.services.marc_import import ImportError_, MarcPreviewRow
from libtech_desktop.ui.models.table import Column, RowTableModel


def _text(value: object) -> str:
    return "" if value is None else str(value)


def marc_preview_model() -> RowTableModel[MarcPreviewRow]:
    return RowTableModel(
        [
            Column("#", lambda r: str(r.number), align_right=True),
            Column("Title", lambda r: r.title or ""),
            Column("Author", lambda r: r.author or ""),
            Column("ISBN", lambda r: r.isbn or ""),
            Column("Year", lambda r: _text(r.year), align_right=True),
            Column("Holdings", lambda r: str(r.holdings), align_right=True),
            Column("Problem", lambda r: r.error or "", alert=lambda r: r.error is not None),
        ]
    )


#: A problem of the import report and how serious it is: "error" or "warning".
ReportProblem = tuple[str, ImportError_]


def import_problems_model() -> RowTableModel[ReportProblem]:
    return RowTableModel(
        [
            Column("Record", lambda p: str(p[1].record), align_right=True),
            Column("Kind", lambda p: p[0], alert=lambda p: p[0] == "error"),
            Column("Reason", lambda p: p[1].reason),
        ]
    )
