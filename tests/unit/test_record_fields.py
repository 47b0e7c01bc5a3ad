"""The everyday fields read from real MARC records and written back into them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.marc import MarcRecord
from libtech_desktop.domain.record_fields import (
    Identifier,
    RecordFields,
    apply_columns,
    biblio_draft,
    index_text,
    new_record,
    read_fields,
    write_fields,
)
from libtech_desktop.interop.marc_convert import from_pymarc, to_pymarc
from libtech_desktop.interop.marc_reader import read_marc

MARC = Path(__file__).parents[1] / "data" / "marc"
FILES = ["test.dat", "marc8.dat", "diacritic.dat", "multi_isbn.dat", "utf8.xml", "batch.xml"]


def records(name: str) -> list[MarcRecord]:
    return [from_pymarc(e.record) for e in read_marc(MARC / name) if e.record is not None]


def first(name: str) -> MarcRecord:
    return records(name)[0]


@pytest.mark.parametrize("name", FILES)
def test_writing_back_unchanged_fields_leaves_every_real_record_as_it_was(name: str) -> None:
    for record in records(name):
        assert write_fields(record, read_fields(record)) == record
        assert (
            to_pymarc(record).as_marc()
            == to_pymarc(write_fields(record, read_fields(record))).as_marc()
        )


def test_an_lc_record_reads_as_the_form_a_technician_sees() -> None:
    fields = read_fields(first("test.dat"))

    assert fields.main_entry == "Martinsson, Tobias"
    assert fields.title == "ActivePerl with ASP and ADO"
    assert fields.responsibility == "Tobias Martinsson"
    assert (fields.place, fields.publisher, fields.date) == (
        "New York",
        "John Wiley & Sons",
        "2000",
    )
    assert fields.isbns == (Identifier("0471383147", "paper/cd-rom : alk. paper"),)
    assert fields.subjects[0] == "Perl (Computer program language)"
    assert fields.classification == "005.133"
    assert fields.physical == "xxi, 289 p. : ill. ; 23 cm. + 1 computer laser disc (4 3/4 in.)"


def test_non_filing_characters_and_qualified_isbns_are_read() -> None:
    town = next(r for r in records("multi_isbn.dat") if "town scold" in read_fields(r).title)
    fields = read_fields(town)

    assert fields.nonfiling == 4  # "The "
    assert [str(i) for i in fields.isbns] == [
        "0914378287 (v. 1)",
        "0914378295 (lim. ed.) (v. 1)",
        "0914378260 (pbk.) (v. 1)",
    ]
    assert fields.series == ("Her Waste ; pt. 1",)


def test_editing_one_field_rewrites_that_field_only() -> None:
    record = first("test.dat")
    edited = write_fields(record, replace(read_fields(record), edition="2nd ed"))

    changed = [f for f in edited.fields if f not in record.fields]
    assert [(f.tag, f.get("a")) for f in changed] == [("250", "2nd ed.")]
    assert len(edited.fields) == len(record.fields) + 1


def test_every_everyday_field_goes_into_its_marc_field_and_reads_back() -> None:
    wanted = RecordFields(
        main_entry="Smith, Zadie",
        title="White teeth : a novel",
        nonfiling=0,
        responsibility="Zadie Smith",
        edition="1st ed",
        place="London",
        publisher="Hamish Hamilton",
        date="2000",
        physical="448 p. ; 24 cm",
        series=("Penguin essentials ; 12",),
        isbns=(Identifier("9780241141656", "hbk."), Identifier("9780140276336", "pbk.")),
        issns=(Identifier("0317-8471"),),
        subjects=("London (England) -- Fiction", "Immigrants -- Fiction"),
        summary="Two friends in north London.",
        notes=("First novel.",),
        classification="823.914",
        call_number="FIC SMI",
    )

    record = new_record(wanted, date(2026, 3, 2))

    assert read_fields(record) == wanted
    assert record.first("245").get_subfields("a", "b", "c") == [
        "White teeth :",
        "a novel /",
        "Zadie Smith.",
    ]
    assert record.first("264").get_subfields("a", "b", "c") == [
        "London :",
        "Hamish Hamilton,",
        "2000.",
    ]
    assert record.first("490").get_subfields("a", "v") == ["Penguin essentials ;", "12"]
    assert record.first("008").data[7:11] == "2000"
    assert [f.get("q") for f in record.get_fields("020")] == ["hbk.", "pbk."]
    assert record.first("082").get("a") == "823.914"


def test_headings_kept_keep_their_own_field_and_source() -> None:
    record = first("test.dat")
    fields = read_fields(record)
    lcsh = record.get_fields("650")[0]

    edited = write_fields(record, replace(fields, subjects=(fields.subjects[0], "Web servers")))

    assert edited.get_fields("650")[0] == lcsh  # indicator 0 (LCSH) and all
    assert edited.get_fields("650")[1].indicator2 == "4"
    assert read_fields(edited).subjects == (fields.subjects[0], "Web servers")


def test_an_lc_class_number_goes_into_050_a_dewey_one_into_082() -> None:
    blank = new_record(RecordFields(title="X"), date(2026, 3, 2))

    lc = write_fields(blank, RecordFields(title="X", classification="PS3545.I345 Z5"))
    dewey = write_fields(blank, RecordFields(title="X", classification="823.914"))

    assert lc.first("050").get_subfields("a", "b") == ["PS3545.I345", "Z5"]
    assert dewey.first("082").get("a") == "823.914"


def test_search_text_comes_from_subjects_series_notes_and_summary() -> None:
    text = index_text(first("test.dat"))

    assert "Active server pages" in text.subjects
    assert text.notes and "Wiley Computer Publishing" in text.notes
    assert text.classification == "005.133"


def test_columns_edited_alone_are_written_into_the_record() -> None:
    record = first("test.dat")
    draft = replace(biblio_draft(record), title="ActivePerl revisited", year=2001)

    edited = apply_columns(record, draft)

    assert biblio_draft(edited) == draft
    assert apply_columns(record, biblio_draft(record)) is record
    assert read_fields(edited).responsibility == "Tobias Martinsson"


def test_a_new_record_has_a_fixed_field_of_40_characters() -> None:
    record = new_record(RecordFields(title="X", date="c1999"), date(2026, 3, 2))

    fixed = record.first("008")
    assert fixed is not None and fixed.data is not None
    assert len(fixed.data) == 40
    assert fixed.data.startswith("260302s1999")
    assert biblio_draft(record) == BiblioDraft("X", year=1999)


@pytest.mark.parametrize(
    ("call_number", "tag"), [("823.914 SMI", "092"), ("PS3545.I345 Z5", "090"), ("FIC SMI", "092")]
)
def test_a_new_local_call_number_goes_where_its_scheme_belongs(call_number: str, tag: str) -> None:
    record = new_record(RecordFields(title="X", call_number=call_number), date(2026, 3, 2))

    assert record.first(tag).get("a") == call_number
    assert read_fields(record).call_number == call_number
