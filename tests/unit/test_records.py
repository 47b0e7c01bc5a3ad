"""The record editor's use cases: open, check, save, add copies, change a copy's status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import CirculationRefused, InvalidInput, UnknownRecord
from libtech_desktop.domain.marc import MarcField
from libtech_desktop.domain.record_fields import Identifier, RecordFields, read_fields, write_fields
from libtech_desktop.domain.verification import VerificationWarning
from libtech_desktop.library import Library
from libtech_desktop.services.records import CopiesDraft

MARC = Path(__file__).parents[1] / "data" / "marc"
Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]


def catalogued(library: Library, **changes: Any) -> Any:
    fields = RecordFields(
        main_entry="Smith, Zadie",
        title="White teeth",
        publisher="Hamish Hamilton",
        date="2000",
        isbns=(Identifier("9780241141656", "hbk."),),
        subjects=("London (England) -- Fiction",),
        classification="823.914",
    )
    blank = library.records.new_record()
    return write_fields(blank.marc, replace(fields, **changes))


def test_a_scanned_isbn_opens_a_new_record_with_it_filled(library: Library) -> None:
    new = library.records.new_record("9780306406157")

    assert new.biblio is None
    assert new.fields.isbns == (Identifier("9780306406157"),)
    assert new.marc.first("008") is not None


def test_a_saved_record_is_found_by_its_subjects_notes_and_accent_free(library: Library) -> None:
    marc = catalogued(
        library, title="Élan vital", notes=("Translated from the French.",), summary="Essays."
    )

    saved = library.records.save(None, marc)

    assert saved.biblio is not None
    assert [b.id for b in library.catalogue.search("su:london")] == [saved.biblio.id]
    assert [b.id for b in library.catalogue.search("elan")] == [saved.biblio.id]
    assert [b.id for b in library.catalogue.search("no:translated")] == [saved.biblio.id]
    assert library.records.record(saved.biblio.id).marc.fields == marc.fields


def test_a_wrong_isbn_check_digit_is_refused_and_nothing_is_saved(
    library: Library, snapshot: Snapshot
) -> None:
    marc = catalogued(library, isbns=(Identifier("9780241141657"),))
    before = snapshot()

    findings = library.records.check(marc)
    with pytest.raises(InvalidInput, match="check digit should be 6"):
        library.records.save(None, marc)

    assert [f.field for f in findings.errors] == ["isbn"]
    assert snapshot() == before


def test_a_wrong_issn_is_an_error_too(library: Library) -> None:
    marc = catalogued(library, issns=(Identifier("0317-8472"),))

    assert [f.field for f in library.records.check(marc).errors] == ["issn"]


def test_warnings_are_saved_only_when_overridden(library: Library, snapshot: Snapshot) -> None:
    marc = catalogued(library, main_entry="")
    before = snapshot()

    with pytest.raises(VerificationWarning, match="no author") as raised:
        library.records.save(None, marc)
    assert snapshot() == before
    assert [f.field for f in raised.value.findings.warnings] == ["author"]

    saved = library.records.save(None, marc, override_warnings=True)
    assert saved.biblio is not None and saved.biblio.author is None


def test_saving_a_likely_duplicate_names_the_record_it_duplicates(library: Library) -> None:
    first = library.records.save(None, catalogued(library))
    assert first.biblio is not None

    again = catalogued(library, isbns=())
    findings = library.records.check(again)

    assert [f.field for f in findings.warnings] == ["duplicate"]
    assert f"record {first.biblio.id}, “White teeth”" in findings.warnings[0].message
    assert library.records.check(first.marc, first.biblio.id).warnings == ()


def test_an_edit_in_the_marc_view_is_kept_and_exported(library: Library, tmp_path: Path) -> None:
    saved = library.records.save(None, catalogued(library))
    assert saved.biblio is not None
    local = MarcField.of("590", " ", " ", ("a", "Signed by the author."))

    library.records.save(saved.biblio.id, saved.marc.with_fields([*saved.marc.fields, local]))
    library.marc_export.export(tmp_path / "out.mrc")

    assert library.records.record(saved.biblio.id).marc.first("590") == local
    assert b"Signed by the author." in (tmp_path / "out.mrc").read_bytes()


def test_an_edited_imported_record_keeps_every_other_field(library: Library) -> None:
    library.marc_import.import_file(MARC / "test.dat")
    [biblio] = library.catalogue.search("activeperl")
    opened = library.records.record(biblio.id)

    edited = write_fields(opened.marc, replace(opened.fields, title="ActivePerl revisited"))
    library.records.save(biblio.id, edited, override_warnings=True)

    reopened = library.records.record(biblio.id).marc
    assert [f.tag for f in reopened.fields] == [f.tag for f in opened.marc.fields]
    assert library.catalogue.get_biblio(biblio.id).title == "ActivePerl revisited"


def test_copies_get_consecutive_barcodes_price_and_date(library: Library) -> None:
    saved = library.records.save(None, catalogued(library))
    assert saved.biblio is not None
    first = with_check_digit("3999900000010")

    items = library.records.add_copies(
        saved.biblio.id,
        CopiesDraft(first, 3, "823.914 SMI", "Adult fiction", None, 1299, date(2026, 3, 1)),
    )

    assert [i.barcode[:-1] for i in items] == ["3999900000010", "3999900000011", "3999900000012"]
    assert all(is_valid_luhn(i.barcode) for i in items)
    assert {(i.price_minor, i.acquired_on, i.item_type_code) for i in items} == {
        (1299, date(2026, 3, 1), "book")
    }
    assert [i.barcode for i in library.records.record(saved.biblio.id).items] == [
        i.barcode for i in items
    ]


def test_a_taken_barcode_refuses_every_copy(
    library: Library, make_item: Callable[..., Any], snapshot: Snapshot
) -> None:
    taken = make_item(barcode="B0011")
    saved = library.records.save(None, catalogued(library))
    assert saved.biblio is not None
    before = snapshot()

    with pytest.raises(InvalidInput, match=f"{taken.barcode} already belongs to another item"):
        library.records.add_copies(saved.biblio.id, CopiesDraft("B0010", 3, "FIC SMI"))

    assert snapshot() == before


def test_copies_without_a_call_number_need_a_confirmation(library: Library) -> None:
    saved = library.records.save(None, catalogued(library))
    assert saved.biblio is not None

    with pytest.raises(VerificationWarning, match="no call number"):
        library.records.add_copies(saved.biblio.id, CopiesDraft("B0001", 2))
    added = library.records.add_copies(
        saved.biblio.id, CopiesDraft("B0001", 2), override_warnings=True
    )

    assert [i.barcode for i in added] == ["B0001", "B0002"]


def test_a_copy_can_be_marked_missing_but_not_put_on_loan(
    library: Library, make_item: Callable[..., Any]
) -> None:
    item = make_item()

    missing = library.records.set_item_status(item.barcode, ItemStatus.MISSING, "Not on shelf")

    assert library.catalogue.item(item.barcode).status is ItemStatus.MISSING
    assert missing.condition_note == "Not on shelf"
    with pytest.raises(InvalidInput, match="only by checking it out"):
        library.records.set_item_status(item.barcode, ItemStatus.ON_LOAN)


def test_a_copy_on_loan_keeps_its_status(
    library: Library, make_item: Callable[..., Any], make_patron: Callable[..., Any]
) -> None:
    item, patron = make_item(), make_patron()
    library.circulation.checkout(patron.barcode, item.barcode)

    with pytest.raises(CirculationRefused, match="check it in"):
        library.records.set_item_status(item.barcode, ItemStatus.WITHDRAWN)


def test_an_unknown_record_number_is_said_plainly(library: Library) -> None:
    with pytest.raises(UnknownRecord, match="no record number 99"):
        library.records.record(99)


def test_a_record_made_from_columns_opens_as_marc(library: Library) -> None:
    biblio = library.catalogue.add_biblio("Middlemarch", "Eliot, George", year=1994)

    opened = library.records.record(biblio.id)

    assert read_fields(opened.marc).title == "Middlemarch"
    assert read_fields(opened.marc).main_entry == "Eliot, George"
    assert read_fields(opened.marc).date == "1994"


def test_a_heading_the_authority_list_says_not_to_use_is_a_warning(library: Library) -> None:
    library.authorities.add_authority("Cats", references=("Felines",))
    library.authorities.add_authority("Cats -- Behavior", references=("Cats -- Behaviour",))
    marc = catalogued(
        library, subjects=("Cats -- Behaviour", "Felines -- Juvenile literature", "Cats")
    )

    warnings = [f.message for f in library.records.check(marc).warnings if f.field == "subjects"]

    assert warnings == [
        "“Cats -- Behaviour” is not used here: use “Cats -- Behavior”.",
        "“Felines -- Juvenile literature” is not used here: use “Cats -- Juvenile literature”.",
    ]


def test_copies_left_blank_get_the_next_barcodes_of_the_library_scheme(library):
    """A library numbering its items (the first-run wizard turns it on): the copies get
    the scheme's next numbers, each with its own check digit, and the counter moves on;
    a number already on an item is skipped."""
    from libtech_desktop.domain.barcode_scheme import BarcodeScheme

    for key, value in {
        "barcode.auto_items": "true",
        "barcode.item_digit": "3",
        "barcode.institution": "1234",
        "barcode.width": "8",
        "barcode.check_digit": "luhn",
        "barcode.next_item": "41",
    }.items():
        library.settings.set(key, value)
    scheme = BarcodeScheme(item_digit="3", institution="1234", width=8, check_digit="luhn")
    record = library.catalogue.add_biblio(title="Numbered", author="Counter, A")
    library.catalogue.add_item(record.id, barcode=scheme.format("item", 42), call_number="X")
    items = library.records.add_copies(record.id, CopiesDraft("", 3, "FIC NUM"))
    assert [i.barcode for i in items] == [scheme.format("item", n) for n in (41, 43, 44)]
    assert all(scheme.check(i.barcode) is None for i in items)
    assert library.settings.get("barcode.next_item") == "45"


def test_copies_left_blank_are_refused_when_the_library_does_not_number_items(library):
    record = library.catalogue.add_biblio(title="Unnumbered", author="Counter, B")
    with pytest.raises(InvalidInput, match="first copy's barcode"):
        library.records.add_copies(record.id, CopiesDraft("", 2, "FIC UNN"))
    assert library.settings.get("barcode.next_item") == "1"
