"""Checks on a bibliographic record before it is saved.

An *error* means the record cannot be saved as it is (no title, a year that cannot
be a year of publication, an ISBN whose digits are wrong). A *warning* points at
something unusual that may still be right (no author: an anonymous work; next
year: an announced title); the technician may override warnings, never errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.identifiers import isbn_problem

#: The earliest year a record may carry (the desk catalogues printed books).
EARLIEST_YEAR = 1000


@dataclass(frozen=True)
class Finding:
    """One problem with one field (``title``, ``author``, ``year``, ``isbn``, ``publisher``)."""

    field: str
    message: str


@dataclass(frozen=True)
class Findings:
    errors: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        """Nothing to say: neither errors nor warnings."""
        return not self.errors and not self.warnings

    def messages(self, findings: tuple[Finding, ...] | None = None) -> str:
        """The messages of ``findings`` (errors, then warnings, by default) on one line."""
        chosen = self.errors + self.warnings if findings is None else findings
        return " ".join(f.message for f in chosen)


class VerificationWarning(LibtechError):
    """The record has warnings (its ``findings``): save it again with
    ``override_warnings=True`` once the technician has confirmed them."""

    code = "verification_warning"

    def __init__(self, findings: Findings) -> None:
        super().__init__("Please check: " + findings.messages(findings.warnings))
        self.findings = findings


def check_biblio(draft: BiblioDraft, this_year: int) -> Findings:
    """Every error and warning about ``draft`` (as typed, before tidying)."""
    errors: list[Finding] = []
    warnings: list[Finding] = []
    title = " ".join(draft.title.split())
    author = " ".join((draft.author or "").split())
    publisher = " ".join((draft.publisher or "").split())
    isbn = (draft.isbn or "").strip()

    if not title:
        errors.append(Finding("title", "A record needs a title."))
    elif _all_capitals(title):
        warnings.append(
            Finding("title", f"The title “{title}” is all in capitals; type it as on the page.")
        )

    if draft.year is not None:
        if not EARLIEST_YEAR <= draft.year <= this_year + 1:
            errors.append(Finding("year", f"{draft.year} is not a plausible year of publication."))
        elif draft.year > this_year:
            warnings.append(
                Finding("year", f"{draft.year} is next year: right only for an announced title.")
            )

    if isbn:
        problem = isbn_problem(isbn)
        if problem is not None:
            errors.append(Finding("isbn", f"{isbn} is not a valid ISBN: {problem}."))
        elif not publisher:
            warnings.append(
                Finding("publisher", "The record has an ISBN but no publisher: add the publisher.")
            )

    if not author:
        warnings.append(
            Finding("author", "The record has no author: right only for an anonymous work.")
        )
    return Findings(tuple(errors), tuple(warnings))


def _all_capitals(title: str) -> bool:
    """Several letters, none lower case (``ROME`` but not ``UK`` or ``1984``)."""
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)
