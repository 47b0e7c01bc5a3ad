"""Write the catalogue out as MARC 21: each record's original MARC with local edits,
or a record built from the columns for one catalogued by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pymarc import Record

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft
from libtech_desktop.interop.marc_mapping import apply_edits, record_from_draft
from libtech_desktop.interop.marc_reader import parse_stored
from libtech_desktop.interop.marc_writer import MarcFormat, write_marc
from libtech_desktop.services.catalogue import find_biblios
from libtech_desktop.services.context import ServiceContext

PAGE = 500
#: ``--query`` exports at most this many records (the search's own limit).
QUERY_LIMIT = 1_000_000


class MarcExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def export(self, path: str | Path, fmt: MarcFormat = "mrc", query: str | None = None) -> int:
        """Write every record (or those ``query`` finds, as the catalogue search does)
        to ``path``; how many were written."""
        return write_marc(path, self._records(query), fmt)

    def _records(self, query: str | None) -> Iterator[Record]:
        for biblio, marc in self._stored(query):
            yield marc_record(biblio, marc)

    def _stored(self, query: str | None) -> Iterator[tuple[Biblio, bytes | None]]:
        if query is not None and query.strip():
            with self._ctx.unit_of_work() as uow:
                found = sorted(find_biblios(uow, query, QUERY_LIMIT), key=lambda b: b.id)
                pairs = [(b, uow.catalogue.marc_of(b.id)) for b in found]
            yield from pairs
            return
        after = 0
        while True:
            with self._ctx.unit_of_work() as uow:
                page = list(uow.catalogue.biblios_with_marc(after, PAGE))
            if not page:
                return
            yield from page
            after = page[-1][0].id


def marc_record(biblio: Biblio, marc: bytes | None) -> Record:
    """The record to export: the stored MARC with the columns' values written in."""
    draft = BiblioDraft(biblio.title, biblio.author, biblio.isbn, biblio.year, biblio.publisher)
    if marc is None:
        return record_from_draft(draft)
    return apply_edits(parse_stored(marc), draft)
