"""Importing and exporting MARC 21 through the services, on a real library file."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pymarc
import pytest
from pymarc import Field, Indicators, MARCWriter, Record, Subfield

from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.interop.marc_reader import MarcFileError
from libtech_desktop.library import Library

MARC = Path(__file__).parents[1] / "data" / "marc"
TEST_DAT_TITLES = [
    "ActivePerl with ASP and ADO",
    "Programming the Perl DBI",
    "Perl : programmer's reference",
    "Perl : the complete reference",
    "CGI programming with Perl",
    "Proceedings of the Perl Conference 4.0 : July 17-20, 2000, Monterey, California",
    "Perl for system administration",
    "Programming Perl",
    "Perl programmer's interactive workbook",
    "Cross-platform Perl",
]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def shape(record: Record) -> list[object]:
    """Every field and subfield, as unicode: what a round trip must keep."""
    return [
        (f.tag, f.data)
        if f.is_control_field()
        else (f.tag, tuple(f.indicators), tuple((s.code, s.value) for s in f.subfields))
        for f in record.fields
    ]


def original(name: str) -> list[Record]:
    with (MARC / name).open("rb") as fh:
        return list(pymarc.MARCReader(fh, to_unicode=True))


def all_biblios(library: Library) -> list[BiblioDraft]:
    found = sorted(library.catalogue.search("", limit=10_000), key=lambda b: b.id)
    return [BiblioDraft(b.title, b.author, b.isbn, b.year, b.publisher) for b in found]


def write_records(path: Path, *records: Record) -> Path:
    with path.open("wb") as fh:
        writer = MARCWriter(fh)
        for record in records:
            writer.write(record)
        writer.close(close_fh=False)
    return path


def book(title: str, isbn: str | None, *holdings: Field) -> Record:
    record = Record(force_utf8=True)
    record.add_field(Field("245", Indicators("0", "0"), [Subfield("a", title)]))
    if isbn:
        record.add_field(Field("020", Indicators(" ", " "), [Subfield("a", isbn)]))
    for holding in holdings:
        record.add_field(holding)
    return record


def koha(barcode: str, item_type: str, call: str = "005.133 WAL") -> Field:
    subfields = [("a", "MAIN"), ("c", "ADULT"), ("o", call), ("p", barcode), ("y", item_type)]
    return Field("952", Indicators(" ", " "), [Subfield(c, v) for c, v in subfields])


def test_an_lc_marc8_file_imports_every_record(library: Library) -> None:
    report = library.marc_import.import_file(MARC / "test.dat")

    assert (report.added, report.merged, report.skipped, report.failed) == (10, 0, 0, 0)
    assert report.errors == () and report.read == 10
    drafts = all_biblios(library)
    assert [d.title for d in drafts] == TEST_DAT_TITLES
    assert drafts[0].isbn == "9780471383147" and drafts[0].author == "Martinsson, Tobias"
    assert drafts[2].isbn is None  # record 3 has no 020
    assert drafts[7].isbn == "9780596000271"


@pytest.mark.parametrize("name", ["marc8.dat", "utf8_with_leader_flag.dat"])
def test_diacritics_come_through_as_unicode(library: Library, name: str, tmp_path: Path) -> None:
    library.marc_import.import_file(MARC / name)
    [draft] = all_biblios(library)
    assert (draft.title, draft.author) == ("Escape from loneliness", "Tournier, Paul")

    library.marc_export.export(tmp_path / "out.xml", "xml")

    [record] = pymarc.parse_xml_to_array(str(tmp_path / "out.xml"))
    assert nfc(record["240"]["a"]) == "De la solitude à la communauté."


def test_a_utf8_record_keeps_its_diacritics(library: Library, tmp_path: Path) -> None:
    library.marc_import.import_file(MARC / "diacritic.dat")
    library.marc_export.export(tmp_path / "out.mrc", "mrc")
    [record] = original("diacritic.dat")
    [exported] = pymarc.MARCReader((tmp_path / "out.mrc").read_bytes())
    assert "Eva Hemmungs Wirtén" in nfc(exported["505"]["a"])
    assert shape(exported) == shape(record)


def test_broken_records_are_reported_and_the_rest_imported(library: Library) -> None:
    report = library.marc_import.import_file(MARC / "bad_records.mrc", match="none")

    assert (report.added, report.failed) == (2, 7)
    assert [e.record for e in report.errors] == [2, 3, 4, 5, 6, 7, 9]
    assert all(e.reason for e in report.errors)
    assert [d.title for d in all_biblios(library)] == [
        "The pragmatic programmer : from journeyman to master"
    ] * 2


def test_a_bad_marc8_escape_does_not_stop_the_import(library: Library) -> None:
    report = library.marc_import.import_file(MARC / "bad_marc8_escape.dat")
    assert (report.added, report.failed) == (1, 0)
    assert [w.record for w in report.warnings] == [1]
    assert all_biblios(library)[0].title == "Bulletin de la Société linnenne de Bordeaux"


@pytest.mark.parametrize(
    ("name", "titles"),
    [("batch.xml", ["The Great Ray Charles", "The White House"]), ("utf8.xml", ["Zen Classics"])],
)
def test_marcxml_files_import(library: Library, name: str, titles: list[str]) -> None:
    report = library.marc_import.import_file(MARC / name)
    assert report.added == len(titles) and report.failed == 0
    assert [d.title for d in all_biblios(library)] == titles


def test_koha_952_holdings_become_items(library: Library, tmp_path: Path) -> None:
    path = write_records(
        tmp_path / "koha.mrc",
        book("Programming Perl /", "0596000278", koha("31001", "DVD"), koha("31002", "BK")),
    )

    report = library.marc_import.import_file(path, items_from="952")

    assert report.added == 1 and report.errors == ()
    [warning] = report.warnings
    assert (warning.record, "'BK'" in warning.reason) == (1, True)
    [biblio] = library.catalogue.search('"Programming Perl"')  # the phrase, not the words
    items = library.catalogue.items_of(biblio.id)
    assert [(i.barcode, i.item_type_code, i.call_number, i.location) for i in items] == [
        ("31001", "dvd", "005.133 WAL", "ADULT"),
        ("31002", "book", "005.133 WAL", "ADULT"),
    ]


def test_isbn_duplicates_are_merged_when_they_bring_items_else_skipped(
    library: Library, tmp_path: Path
) -> None:
    library.marc_import.import_file(MARC / "test.dat")
    path = write_records(
        tmp_path / "more.mrc",
        book("Programming Perl", "0596000278", koha("32001", "BK")),  # record 8 of test.dat
        book("Programming the Perl DBI", "1565926994"),  # no items: nothing new
        book("Cross-platform Perl", "0764547291", koha("32001", "BK")),  # barcode taken now
    )

    report = library.marc_import.import_file(path, items_from="952")

    assert (report.added, report.merged, report.skipped, report.failed) == (0, 1, 2, 0)
    [error] = report.errors
    assert error.record == 3 and "32001" in error.reason
    assert len(all_biblios(library)) == 10
    assert library.catalogue.item("32001").title == "Programming Perl"

    again = library.marc_import.import_file(path, match="none", items_from="952")
    assert (again.added, len(again.errors)) == (3, 2)  # records kept, taken barcodes reported


@pytest.mark.parametrize("fmt", ["mrc", "xml"])
def test_import_then_export_loses_nothing(library: Library, tmp_path: Path, fmt: str) -> None:
    library.marc_import.import_file(MARC / "test.dat")
    out = tmp_path / f"out.{fmt}"

    assert library.marc_export.export(out, fmt) == 10  # type: ignore[arg-type]

    if fmt == "mrc":
        exported = list(pymarc.MARCReader(out.read_bytes()))
        assert all(r.leader[9] == "a" for r in exported)
    else:
        exported = pymarc.parse_xml_to_array(str(out))
    assert [shape(r) for r in exported] == [shape(r) for r in original("test.dat")]


def test_a_local_edit_shows_in_the_exported_245(library: Library, tmp_path: Path) -> None:
    library.marc_import.import_file(MARC / "test.dat")
    [biblio] = library.catalogue.search('"Programming Perl"')  # the phrase, not the words
    library.catalogue.update_biblio(
        biblio.id,
        BiblioDraft("Programming Perl : third edition", biblio.author, biblio.isbn, 2000, None),
    )
    library.catalogue.add_biblio("Made by hand", author="Eliot, George", year=1871)

    assert library.marc_export.export(tmp_path / "out.mrc", "mrc", query="Programming") == 3
    assert library.marc_export.export(tmp_path / "all.mrc", "mrc") == 11

    exported = list(pymarc.MARCReader((tmp_path / "all.mrc").read_bytes()))
    edited = exported[7]
    assert edited["245"].get_subfields("a", "b", "c") == [
        "Programming Perl :",
        "third edition /",
        "Larry Wall, Tom Christiansen & Jon Orwant.",
    ]
    assert edited["260"].get_subfields("b") == []  # the publisher was cleared
    assert edited["001"].data == original("test.dat")[7]["001"].data
    assert exported[10]["245"]["a"] == "Made by hand"
    assert exported[10]["100"]["a"] == "Eliot, George"


def test_cancel_keeps_whole_batches_and_reports(library: Library) -> None:
    asked: list[int] = []

    def cancel_at_the_eighth_record() -> bool:
        asked.append(1)
        return len(asked) > 7

    report = library.marc_import.import_file(
        MARC / "test.dat", batch_size=3, should_cancel=cancel_at_the_eighth_record
    )

    assert report.cancelled
    assert report.added == 6  # two whole batches; the third was cut short
    assert [d.title for d in all_biblios(library)] == TEST_DAT_TITLES[:6]


def test_progress_counts_records(library: Library) -> None:
    calls: list[tuple[int, int]] = []
    library.marc_import.import_file(
        MARC / "test.dat", progress=lambda done, total, what: calls.append((done, total))
    )
    assert calls[-1] == (10, 10)


def test_an_unreadable_file_is_an_expected_error(library: Library, tmp_path: Path) -> None:
    with pytest.raises(MarcFileError):
        library.marc_import.import_file(tmp_path / "nope.mrc")


def test_isbn_duplicates_within_one_batch_are_merged_onto_the_first(
    library: Library, tmp_path: Path
) -> None:
    path = write_records(
        tmp_path / "twice.mrc",
        book("Programming Perl", "0596000278", koha("33001", "BK")),
        book("Programming Perl, again", "9780596000271", koha("33002", "BK")),
        book("Programming Perl, thrice", "0596000278", koha("33001", "BK")),
    )

    report = library.marc_import.import_file(path, items_from="952", batch_size=10)

    assert (report.added, report.merged, report.skipped) == (1, 1, 1)
    assert [(e.record, "33001" in e.reason) for e in report.errors] == [(3, True)]
    [biblio] = library.catalogue.search('"Programming Perl"')
    assert [i.barcode for i in library.catalogue.items_of(biblio.id)] == ["33001", "33002"]


def test_a_patron_card_barcode_is_not_an_item(
    library: Library, tmp_path: Path, make_patron: Any
) -> None:
    make_patron(barcode="34001")
    path = write_records(
        tmp_path / "card.mrc", book("Cross-platform Perl", None, koha("34001", "BK"))
    )

    report = library.marc_import.import_file(path, items_from="952")

    assert report.added == 1
    [error] = report.errors
    [biblio] = library.catalogue.search("Cross-platform")
    assert "patron" in error.reason and library.catalogue.items_of(biblio.id) == []


def test_a_marcxml_import_exports_every_field(library: Library, tmp_path: Path) -> None:
    library.marc_import.import_file(MARC / "batch.xml")
    library.marc_export.export(tmp_path / "out.mrc", "mrc")

    exported = list(pymarc.MARCReader((tmp_path / "out.mrc").read_bytes()))
    assert [shape(r) for r in exported] == [
        shape(r) for r in pymarc.parse_xml_to_array(str(MARC / "batch.xml"))
    ]


def test_a_record_of_a_work_already_catalogued_is_added_with_a_warning(
    library: Library, tmp_path: Path
) -> None:
    """No ISBN to match on: the same title, author and year (spelled otherwise) is
    reported as a likely duplicate, by record number, and imported for the technician
    to merge."""
    kept = library.catalogue.add_biblio(
        "Cien años de soledad", "García Márquez, Gabriel", year=1967
    )
    path = tmp_path / "twins.mrc"
    with path.open("wb") as out:
        for title in ("Cien anos de soledad /", "CIEN AÑOS DE SOLEDAD.", "Otra cosa"):
            record = Record(force_utf8=True)
            record.leader.coding_scheme = "a"
            record.add_field(data_field("100", "1 ", a="Garcia Marquez, Gabriel."))
            record.add_field(data_field("245", "10", a=title))
            record.add_field(data_field("264", " 1", c="1967."))
            out.write(record.as_marc())

    report = library.marc_import.import_file(path, match="none")

    assert (report.added, report.failed) == (3, 0)
    assert [(w.record, w.reason.split(";")[0]) for w in report.warnings] == [
        (
            1,
            f"looks like catalogue record {kept.id}, “Cien años de soledad” (same title, author and year)",
        ),
        (
            2,
            f"looks like catalogue record {kept.id}, “Cien años de soledad” (same title, author and year)",
        ),
    ]
    assert len(library.catalogue.find_duplicates(kept.id)) == 2


def data_field(tag: str, indicators: str, **subfields: str) -> Field:
    return Field(
        tag, Indicators(*indicators), [Subfield(code, value) for code, value in subfields.items()]
    )


def test_imported_rows_are_stored_exactly_as_rows_saved_one_by_one(
    library: Library, db_rows: Any
) -> None:
    """The import's bulk insert binds its values as the ORM does: the same text for a
    timestamp, readable back as the same aware time."""
    library.marc_import.import_file(MARC / "marc8.dat")
    library.catalogue.add_biblio("By hand", "Someone, A.")

    stamps = db_rows("SELECT created_at, updated_at FROM biblios ORDER BY id")

    assert stamps[0] == stamps[1]  # the clock is fixed: one instant, one stored form
    [imported] = library.catalogue.search("tournier")
    assert library.records.record(imported.id).biblio == imported
