"""The catalogue's search results: one row per bibliographic record."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.identifiers import hyphenate_isbn
from libtech_desktop.ui.models.paged import FIRST_PAGE, PagedTableModel
from libtech_desktop.ui.models.table import Column
from libtech_desktop.ui.runner import TaskRunner


def biblios_model(runner: TaskRunner, first_page: int = FIRST_PAGE) -> PagedTableModel[Biblio]:
    """Search results, read a page at a time as the list scrolls (``load``)."""
    return PagedTableModel(
        [
            Column("Title", lambda b: b.title),
            Column("Author", lambda b: b.author or ""),
            Column("Year", lambda b: str(b.year) if b.year is not None else "", align_right=True),
            Column("ISBN", lambda b: _shown_isbn(b.isbn)),
            Column("Publisher", lambda b: b.publisher or ""),
        ],
        runner,
        first_page=first_page,
    )


def _shown_isbn(isbn: str | None) -> str:
    """Hyphenated as printed on the book (978-0-14-143962-4): easier to read back."""
    if not isbn:
        return ""
    try:
        return hyphenate_isbn(isbn)
    except LibtechError:
        return isbn
