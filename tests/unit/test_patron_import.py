"""Importing patrons from a CSV roster: encodings, delimiters, column mapping, the
preview, update by barcode, bad rows reported and good rows imported together."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.patron_import import Field, guess_mapping, parse_mapping, read_sheet
from libtech_desktop.services.patron_import import PatronImportService, RowAction

ROSTER = (
    "Card;Surname;First name;Email;Grade\nC100;Núñez;José;jose@school.org;5\nC101;Smith;Anna;;4\n"
)


@pytest.fixture
def importer(library):
    return PatronImportService(library.context)


@pytest.mark.parametrize(
    "data",
    [
        ROSTER.encode("utf-8"),
        b"\xef\xbb\xbf" + ROSTER.encode("utf-8"),
        ROSTER.encode("cp1252"),
        ROSTER.replace(";", "\t").encode("utf-8"),
        ROSTER.replace(";", ",").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "windows-1252", "tabs", "commas"],
)
def test_encodings_and_delimiters_are_recognised(data):
    sheet = read_sheet(data)

    assert sheet.headers == ("Card", "Surname", "First name", "Email", "Grade")
    assert sheet.rows[0][:3] == ("C100", "Núñez", "José")


def test_columns_are_guessed_from_the_headers():
    mapping = guess_mapping(["Barcode", "Name", "Surname", "E-mail", "Category", "Class"])
    assert mapping == {
        Field.BARCODE: 0,
        Field.FIRST_NAME: 1,
        Field.SURNAME: 2,
        Field.EMAIL: 3,
        Field.CATEGORY: 4,
        Field.GROUP: 5,
    }


def test_a_mapping_can_be_overridden_or_a_field_unmapped():
    headers = ["Card", "Pupil", "Mail"]
    mapping = parse_mapping(
        ["name=pupil", "email=Mail", "barcode="], headers, guess_mapping(headers)
    )
    assert mapping == {Field.NAME: 1, Field.EMAIL: 2}
    with pytest.raises(InvalidInput, match="no column 'Phone'"):
        parse_mapping(["phone=Phone"], headers, {})
    with pytest.raises(InvalidInput, match="no patron field 'shoe'"):
        parse_mapping(["shoe=Card"], headers, {})


def test_preview_says_what_each_row_would_do_and_changes_nothing(
    library, importer, make_patron, snapshot
):
    make_patron("Old, Name", barcode="C101")
    data = (ROSTER + "C102;;;bad-address;3\nC100;Twice;Again;;5\nC103;Kid;Lone;;2\n").encode()
    sheet = importer.read(data)
    before = snapshot()

    plan = importer.preview(sheet, importer.guess_mapping(sheet), "child")

    assert [(r.row, r.action, r.barcode, r.reason) for r in plan.rows] == [
        (2, RowAction.NEW, "C100", None),
        (3, RowAction.UPDATE, "C101", None),
        (4, RowAction.ERROR, "C102", "A patron needs a name (Last, First)."),
        (5, RowAction.ERROR, "C100", "The card C100 is on an earlier row of the file too."),
        (6, RowAction.NEW, "C103", None),
    ]
    assert not plan.imported
    assert snapshot() == before


def test_import_adds_new_patrons_and_updates_existing_cards(library, importer, make_patron):
    make_patron("Old, Name", barcode="C101", email="anna@old.org")
    sheet = importer.read(ROSTER.encode())

    plan = importer.import_rows(sheet, importer.guess_mapping(sheet), "child")

    assert (plan.count(RowAction.NEW), plan.count(RowAction.UPDATE), plan.errors) == (1, 1, ())
    jose = library.patrons.get("C100")
    assert (jose.name, jose.email, jose.category_code) == (
        "Núñez, José",
        "jose@school.org",
        "child",
    )
    assert jose.notes == "Grade: 5"
    assert jose.expires_on == date(2028, 3, 1)  # a child's two-year membership
    anna = library.patrons.get("C101")
    # Updated by barcode: the name from the file, the email (blank in the file) kept.
    assert (anna.name, anna.email, anna.category_code) == ("Smith, Anna", "anna@old.org", "adult")


def test_bad_rows_are_reported_and_good_rows_imported(library, importer, item):
    data = (
        "Barcode,Name,Category,Guardian\n"
        'P1,"Parent, Pat",,\n'
        'P2,"Kid, Kit",child,P1\n'
        'P3,"Kid, Other",child,NOPE\n'
        f'{item.barcode},"Item, Clash",,\n'
        'P4,"Who, Knows",wizard,\n'
    ).encode()
    sheet = importer.read(data)

    plan = importer.import_rows(sheet, importer.guess_mapping(sheet))

    assert [(r.row, r.reason) for r in plan.errors] == [
        (4, "No patron has the card NOPE to be the guardian."),
        (5, f"{item.barcode} is an item's barcode, not a free card."),
        (6, "There is no patron category 'wizard' (adult, child, staff, teacher, institution)."),
    ]
    assert library.patrons.get("P2").guardian_barcode == "P1"
    assert {p.barcode for p in library.patrons.search("")} == {"P1", "P2"}


def test_a_crash_mid_import_imports_nothing(library, importer, monkeypatch):
    sheet = importer.read(b'Card,Name\nA1,"One, A"\nA2,"Two, B"\n')
    calls = []

    def crash(done: int, total: int) -> None:
        calls.append(done)
        if done == 2:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        importer.import_rows(sheet, importer.guess_mapping(sheet), progress=crash)
    assert calls == [1, 2]
    assert library.patrons.search("") == []


def test_a_mapping_without_barcodes_or_names_is_refused(importer):
    sheet = importer.read(b"Email,Phone\na@b.c,1\n")
    with pytest.raises(InvalidInput, match="card barcodes"):
        importer.preview(sheet, importer.guess_mapping(sheet))


def test_an_empty_file_is_refused(importer):
    with pytest.raises(InvalidInput, match="empty"):
        importer.read(b"\n\n")
