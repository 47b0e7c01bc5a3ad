"""Class numbers and subject headings to suggest while a record is catalogued.

Drawn from related records (``domain.suggestions``): the same main entry, a shared
subject heading, the same class number. Each source reads at most ``SAMPLE`` records,
newest first, through an index, so a heading on half the catalogue costs no more
than a rare one.
"""

from __future__ import annotations

from collections.abc import Sequence

from libtech_desktop.domain.headings import heading_key, tidy_heading
from libtech_desktop.domain.suggestions import Source, Suggestion, Suggestions, Tally
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

__all__ = ["SAMPLE", "Suggestion", "SuggestionService", "Suggestions"]

#: Records read per source (an author, a heading, a class number).
SAMPLE = 200
#: Headings of the record looked up at most (the first ones: the main subjects).
HEADINGS_USED = 10

_Related = dict[tuple[Source, str], list[int]]


class SuggestionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def for_record(
        self,
        main_entry: str,
        subjects: Sequence[str],
        title: str,
        exclude_biblio_id: int | None = None,
        limit: int = 8,
        *,
        class_number: str | None = None,
    ) -> Suggestions:
        """Suggestions for a record with this main entry and these headings; never one it
        already has. ``exclude_biblio_id`` is the record itself, when already saved: it
        does not count, and its stored class number is the record's own unless
        ``class_number`` is given. ``title`` is accepted for title-based sources to come.
        """
        del title  # not used yet: see the docstring
        author = " ".join(main_entry.split())
        own = {heading_key(s): tidy_heading(s) for s in subjects if heading_key(s)}
        with self._ctx.unit_of_work() as uow:
            if class_number is None and exclude_biblio_id is not None:
                class_number = uow.shelf.classification_of(exclude_biblio_id)
            own_class = (class_number or "").strip()
            related = _related(uow, author, list(own.items()), exclude_biblio_id)
            classes = _class_numbers(uow, related, own_class, limit)
            if own_class:
                related[(Source.CLASS, own_class)] = list(
                    uow.shelf.biblios_in_class(own_class, exclude_biblio_id, SAMPLE)
                )
            headings = _subjects(uow, related, own, limit)
        return Suggestions(class_numbers=classes, subjects=headings)


def _related(
    uow: UnitOfWork, author: str, own: list[tuple[str, str]], exclude: int | None
) -> _Related:
    """Records by the same author, and with each of the record's headings."""
    related: _Related = {}
    if author:
        related[(Source.AUTHOR, author)] = list(
            uow.shelf.biblios_by_author(author, exclude, SAMPLE)
        )
    for key, heading in own[:HEADINGS_USED]:
        related[(Source.SUBJECT, heading)] = list(
            uow.shelf.biblios_with_heading(key, exclude, SAMPLE)
        )
    return related


def _class_numbers(uow: UnitOfWork, related: _Related, own: str, limit: int) -> list[Suggestion]:
    classes = uow.shelf.classifications({i for ids in related.values() for i in ids})
    tally = Tally(exclude_keys=[own])
    for (source, about), ids in related.items():
        for biblio_id in ids:
            value = (classes.get(biblio_id) or "").strip()
            tally.add(value, value, biblio_id, source, about)
    return tally.ranked(limit)


def _subjects(
    uow: UnitOfWork, related: _Related, own: dict[str, str], limit: int
) -> list[Suggestion]:
    by_record: dict[int, list[tuple[str, str]]] = {}
    for biblio_id, heading, key in uow.shelf.headings({i for ids in related.values() for i in ids}):
        by_record.setdefault(biblio_id, []).append((heading, key))
    tally = Tally(exclude_keys=own)
    for (source, about), ids in related.items():
        for biblio_id in ids:
            for heading, key in by_record.get(biblio_id, []):
                tally.add(key, heading, biblio_id, source, about)
    return tally.ranked(limit)
