"""Checks before a record is saved: errors stop it, warnings may be overridden."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.errors import CheckDigitError, InvalidInput, LibtechError
from libtech_desktop.domain.verification import Finding, VerificationWarning, check_biblio
from libtech_desktop.library import Library

GOOD = BiblioDraft("Middlemarch", "Eliot, George", "0-306-40615-2", 1871, "Blackwood")


def fields(findings: tuple[Finding, ...]) -> list[str]:
    return [f.field for f in findings]


def test_a_complete_record_has_nothing_to_say() -> None:
    findings = check_biblio(GOOD, 2026)
    assert findings.ok
    assert (findings.errors, findings.warnings) == ((), ())


def test_missing_title_is_an_error() -> None:
    findings = check_biblio(BiblioDraft("   ", "Eliot, George"), 2026)
    assert fields(findings.errors) == ["title"]
    assert findings.errors[0].message == "A record needs a title."


@pytest.mark.parametrize("year", [999, 2028, 20266])
def test_an_implausible_year_is_an_error(year: int) -> None:
    findings = check_biblio(BiblioDraft("T", "A", year=year), 2026)
    assert fields(findings.errors) == ["year"]
    assert f"{year} is not a plausible year" in findings.errors[0].message


def test_an_invalid_isbn_is_an_error_saying_what_is_wrong() -> None:
    findings = check_biblio(BiblioDraft("T", "A", isbn="978-0-441-47812-4", publisher="P"), 2026)
    assert fields(findings.errors) == ["isbn"]
    assert findings.errors[0].message == (
        "978-0-441-47812-4 is not a valid ISBN: the check digit should be 5, not 4."
    )


def test_several_errors_are_all_reported() -> None:
    findings = check_biblio(BiblioDraft(" ", year=12, isbn="123"), 2026)
    assert fields(findings.errors) == ["title", "year", "isbn"]


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (BiblioDraft("Beowulf", None, year=1999), "author", "no author"),
        (BiblioDraft("Announced", "A", year=2027), "year", "next year"),
        (BiblioDraft("THE HOBBIT", "Tolkien, J. R. R."), "title", "all in capitals"),
        (BiblioDraft("Calculus", "A", isbn="0-306-40615-2"), "publisher", "no publisher"),
    ],
)
def test_warnings(draft: BiblioDraft, field: str, words: str) -> None:
    findings = check_biblio(draft, 2026)
    assert findings.errors == ()
    assert fields(findings.warnings) == [field]
    assert words in findings.warnings[0].message


@pytest.mark.parametrize("title", ["UK", "1984", "Nineteen Eighty-Four", "R.U.R."])
def test_short_or_mixed_case_titles_are_not_shouting(title: str) -> None:
    assert check_biblio(BiblioDraft(title, "A"), 2026).warnings == ()


def test_warning_exception_carries_the_findings() -> None:
    findings = check_biblio(BiblioDraft("Beowulf"), 2026)
    error = VerificationWarning(findings)
    assert isinstance(error, LibtechError)
    assert error.findings is findings
    assert error.code == "verification_warning"
    assert "no author" in str(error)


# -- through the service ---------------------------------------------------------


def test_warnings_block_a_save_unless_overridden(library: Library, snapshot: Any) -> None:
    before = snapshot()
    with pytest.raises(VerificationWarning) as caught:
        library.catalogue.add_biblio(title="Beowulf", override_warnings=False)
    assert fields(caught.value.findings.warnings) == ["author"]
    assert snapshot() == before

    assert library.catalogue.add_biblio(title="Beowulf", override_warnings=True).title == "Beowulf"


def test_default_still_saves_with_warnings(library: Library) -> None:
    # Until the desk asks for confirmation, existing callers save as before.
    assert library.catalogue.add_biblio(title="Beowulf").author is None


def test_update_refuses_warnings_unless_overridden(library: Library) -> None:
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
    with pytest.raises(VerificationWarning, match="all in capitals"):
        library.catalogue.update_biblio(
            biblio.id, BiblioDraft("MIDDLEMARCH", "Eliot, George"), override_warnings=False
        )
    assert library.catalogue.get_biblio(biblio.id).title == "Middlemarch"


def test_errors_cannot_be_overridden(library: Library) -> None:
    with pytest.raises(InvalidInput, match="needs a title"):
        library.catalogue.add_biblio(title=" ", author="A", override_warnings=True)
    with pytest.raises(CheckDigitError, match="check digit should be 5"):
        library.catalogue.add_biblio(title="T", isbn="9780441478124", override_warnings=True)


def test_check_reports_without_saving(library: Library) -> None:
    findings = library.catalogue.check(BiblioDraft("Beowulf", year=2027))
    assert fields(findings.warnings) == ["year", "author"]
    assert library.catalogue.search("") == []
