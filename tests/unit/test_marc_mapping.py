"""MARC 21 -> columns and items, and local edits back into the record (no storage)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pymarc import Field, Indicators, Record, Subfield

from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.interop.marc_mapping import (
    apply_edits,
    biblio_draft,
    holdings,
    mapped_tags,
    record_from_draft,
    trim_isbd,
)
from libtech_desktop.interop.marc_reader import (
    MarcFileError,
    parse_marcxml,
    parse_stored,
    read_marc,
    stored_form,
    to_marcxml,
)

MARC = Path(__file__).parents[1] / "data" / "marc"


def only_record(name: str) -> Record:
    [entry] = list(read_marc(MARC / name))
    assert entry.record is not None
    return entry.record


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def field(tag: str, ind: str = "  ", **subfields: str) -> Field:
    return Field(tag, Indicators(ind[0], ind[1]), [Subfield(c, v) for c, v in subfields.items()])


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("Programming Perl /", "Programming Perl"),
        ("Perl : programmer's reference /", "Perl : programmer's reference"),
        ("Wall, Larry.", "Wall, Larry"),
        ("Brown, Martin C.", "Brown, Martin C."),
        ("John Wiley & Sons,", "John Wiley & Sons"),
        (
            "The pragmatic programmer :  from journeyman",
            "The pragmatic programmer : from journeyman",
        ),
    ],
)
def test_isbd_punctuation_is_trimmed(raw: str, trimmed: str) -> None:
    assert trim_isbd(raw) == trimmed


def test_an_lc_record_maps_to_the_catalogue_columns() -> None:
    record = next(read_marc(MARC / "test.dat")).record
    assert record is not None

    assert biblio_draft(record) == BiblioDraft(
        title="ActivePerl with ASP and ADO",
        author="Martinsson, Tobias",
        isbn="9780471383147",  # from "0471383147 (paper/cd-rom : alk. paper)"
        year=2000,
        publisher="John Wiley & Sons",
    )


def test_the_first_valid_isbn_is_taken_and_invalid_ones_are_ignored() -> None:
    record = Record()
    record.add_field(field("245", "00", a="Title."))
    record.add_field(field("020", a="0471383148 (bad check digit)"))
    record.add_field(field("020", a="1565926994"))
    assert biblio_draft(record).isbn == "9781565926998"
    assert biblio_draft(only_record("multi_isbn.dat")).isbn == "9780914378280"


def test_year_falls_back_to_008_and_264_is_preferred_to_260() -> None:
    record = Record()
    record.add_field(Field("008", data="850101s1984    nyu           000 0 eng d"))
    record.add_field(field("245", "00", a="Title."))
    assert biblio_draft(record).year == 1984
    record.add_field(field("260", a="London :", b="Old Press,", c="c1990."))
    record.add_field(field("264", " 1", a="Paris :", b="New Press,", c="[2001]"))
    assert (biblio_draft(record).year, biblio_draft(record).publisher) == (2001, "New Press")


def test_852_and_952_holdings_become_item_drafts() -> None:
    record = Record()
    record.add_field(field("852", b="MAIN", c="Stacks", h="823.914", i="ISH", p="3001"))
    record.add_field(field("952", a="BRANCH", c="CHILD", o="J 823 DAH", y="BK", p="3002"))
    [h852] = holdings(record, "852")
    [h952] = holdings(record, "952")
    assert (h852.item.barcode, h852.item.call_number, h852.item.location) == (
        "3001",
        "823.914 ISH",
        "MAIN / Stacks",
    )
    assert (h952.item.barcode, h952.item.call_number, h952.item.location, h952.item_type) == (
        "3002",
        "J 823 DAH",
        "CHILD",
        "BK",
    )


def test_marc8_and_utf8_records_read_as_the_same_unicode() -> None:
    marc8 = only_record("marc8.dat")
    utf8 = only_record("utf8_with_leader_flag.dat")
    assert marc8["240"]["a"] == "De la solitude à la communauté."
    # The UTF-8 file is decomposed (NFD), MARC-8 decodes composed: the same text.
    assert [nfc(str(f)) for f in marc8.fields] == [nfc(str(f)) for f in utf8.fields]
    assert "Eva Hemmungs Wirtén" in nfc(only_record("diacritic.dat")["505"]["a"])


def test_a_utf8_record_whose_leader_claims_marc8_is_read_as_utf8(tmp_path: Path) -> None:
    raw = (MARC / "utf8_with_leader_flag.dat").read_bytes()
    wrong = raw[:9] + b" " + raw[10:]  # the export bug: UTF-8 bytes, MARC-8 leader
    (tmp_path / "wrong.mrc").write_bytes(wrong)
    [entry] = list(read_marc(tmp_path / "wrong.mrc"))
    assert entry.record is not None
    assert nfc(entry.record["240"]["a"]) == "De la solitude à la communauté."


def test_broken_records_are_reported_by_number_and_the_rest_read() -> None:
    entries = list(read_marc(MARC / "bad_records.mrc"))
    good = [e.number for e in entries if e.record is not None]
    bad = {e.number: e.error for e in entries if e.record is None}
    assert good == [1, 8]
    assert set(bad) == {2, 3, 4, 5, 6, 7, 9}
    assert "base address" in (bad[2] or "")
    assert all(bad.values())


def test_a_bad_marc8_escape_is_repaired_with_a_warning_and_stays_storable() -> None:
    [entry] = list(read_marc(MARC / "bad_marc8_escape.dat"))
    assert entry.record is not None and entry.warning
    assert biblio_draft(entry.record).title == "Bulletin de la Société linnenne de Bordeaux"
    assert parse_marcxml(to_marcxml(entry.record))["245"]["a"] == entry.record["245"]["a"]


def test_marcxml_collections_are_read() -> None:
    titles = [biblio_draft(e.record).title for e in read_marc(MARC / "batch.xml") if e.record]
    assert titles == ["The Great Ray Charles", "The White House"]
    assert "Préludes" in str(only_record("utf8.xml"))


def test_a_file_that_is_not_marc_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(MarcFileError):
        list(read_marc(tmp_path / "notes.txt"))
    with pytest.raises(MarcFileError):
        list(read_marc(tmp_path / "missing.mrc"))


def test_unedited_columns_leave_the_record_exactly_as_it_was() -> None:
    for entry in read_marc(MARC / "test.dat"):
        assert entry.record is not None
        before = to_marcxml(entry.record)
        after = apply_edits(entry.record, biblio_draft(entry.record))
        assert to_marcxml(after) == before


def test_edits_are_written_into_245_100_020_and_264() -> None:
    record = next(read_marc(MARC / "test.dat")).record
    assert record is not None
    edited = BiblioDraft(
        title="ActivePerl : the ASP and ADO way",
        author="Martinsson, Tobias Karl",
        isbn="9781565926998",
        year=2001,
        publisher="Wiley",
    )

    record = apply_edits(record, edited)

    assert biblio_draft(record) == edited
    assert record["245"].get_subfields("a", "b") == ["ActivePerl :", "the ASP and ADO way /"]
    assert record["245"]["c"]  # the statement of responsibility is kept
    assert record["100"]["d"] == "1976-"
    assert record.get_fields("020")[0]["a"] == "9781565926998"
    assert record["008"].data[7:11] == "2001"


def test_a_hand_made_record_becomes_marc() -> None:
    draft = BiblioDraft("Middlemarch", "Eliot, George", "9780141439549", 1994, "Penguin")
    record = record_from_draft(draft)
    assert biblio_draft(record) == draft
    assert record.leader[9] == "a"


def whole_shape(record: Record) -> list[object]:
    return [
        (f.tag, f.data)
        if f.is_control_field()
        else (f.tag, tuple(f.indicators or ()), tuple(f.subfields))
        for f in record.fields
    ]


@pytest.mark.parametrize(
    "name",
    ["test.dat", "marc8.dat", "diacritic.dat", "utf8_with_leader_flag.dat", "bad_records.mrc"],
)
def test_reading_only_the_mapped_fields_gives_the_same_columns_and_bytes(name: str) -> None:
    whole = list(read_marc(MARC / name))
    only = list(read_marc(MARC / name, tags=mapped_tags("852")))

    assert [(e.number, e.error, e.warning) for e in only] == [
        (e.number, e.error, e.warning) for e in whole
    ]
    for full, part in zip(whole, only, strict=True):
        assert part.marc == full.marc
        if full.record is None:
            continue
        assert part.record is not None and full.marc is not None
        assert biblio_draft(part.record) == biblio_draft(full.record)
        assert holdings(part.record, "852") == holdings(full.record, "852")
        assert str(part.record.leader) == str(full.record.leader)
        assert whole_shape(parse_stored(full.marc)) == whole_shape(full.record)
    raw = (MARC / name).read_bytes()
    assert b"".join(e.marc for e in whole if e.marc) in raw or name == "bad_records.mrc"


def test_a_utf8_record_decodes_only_the_mapped_fields(tmp_path: Path) -> None:
    record = Record(force_utf8=True)
    record.leader.coding_scheme = "a"
    record.add_field(Field("001", data="x1"))
    record.add_field(field("245", "10", a="Été /", c="Zoë."))
    record.add_field(field("590", a="A local note with ünïcode."))
    (tmp_path / "one.mrc").write_bytes(record.as_marc())

    [entry] = list(read_marc(tmp_path / "one.mrc", tags=mapped_tags()))

    assert entry.record is not None and entry.marc == record.as_marc()
    assert [f.tag for f in entry.record.fields] == ["245"]
    assert entry.record["245"].get_subfields("a", "c") == ["Été /", "Zoë."]
    assert whole_shape(parse_stored(entry.marc)) == whole_shape(record)


def test_a_marcxml_record_is_stored_as_iso2709_or_as_marcxml_when_too_big() -> None:
    record = only_record("utf8.xml")
    stored = stored_form(record)
    assert stored[:5].isdigit()
    assert whole_shape(parse_stored(stored)) == whole_shape(record)

    record.add_field(field("500", a="long " * 25_000))  # past ISO 2709's 99,999 bytes
    stored = stored_form(record)
    assert stored.startswith(b"<")
    assert whole_shape(parse_stored(stored)) == whole_shape(record)
