"""Issue 3's "done when", end to end through the Python API a front end uses.

A technician imports real MARC (MARC-8 LC records with diacritics, a UTF-8 record and
a file of broken records), reads the report, fixes a record in the editor, finds it
by a field search and by its accent-free spelling, merges a duplicate, and exports
the catalogue to MARC that re-imports identically.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.record_fields import Identifier, RecordFields, read_fields, write_fields
from libtech_desktop.library import Library, open_library
from libtech_desktop.services.records import CopiesDraft

MARC = Path(__file__).parents[1] / "data" / "marc"


def test_import_fix_find_merge_and_export_round_trip(
    library: Library, tmp_path: Path, clock: FixedClock
) -> None:
    mixed = tmp_path / "delivery.mrc"
    mixed.write_bytes(
        b"".join(
            (MARC / name).read_bytes()
            for name in ("test.dat", "marc8.dat", "diacritic.dat", "bad_records.mrc")
        )
    )

    report = library.marc_import.import_file(mixed)

    assert (report.added, report.failed) == (14, 7)
    assert all(error.record > 12 for error in report.errors)  # numbered in file order

    # Fix a record in the editor: a typo in the title, an edition, a local subject.
    [escape] = library.catalogue.search("ti:loneliness")
    opened = library.records.record(escape.id)
    fields = opened.fields
    fixed = replace(
        fields,
        title="Escape from loneliness : a translation",
        edition="1st American ed",
        subjects=(*fields.subjects, "Solitude -- Religious aspects"),
    )
    library.records.save(escape.id, write_fields(opened.marc, fixed), override_warnings=True)

    # Found by field searches and without its accents ("communauté" in a 500 note).
    assert [b.id for b in library.catalogue.search("ti:translation au:tournier")] == [escape.id]
    assert [b.id for b in library.catalogue.search("su:solitude")] == [escape.id]
    assert escape.id in [b.id for b in library.catalogue.search("communaute")]

    # A copy catalogued again by hand is found as a duplicate and merged.
    copy = library.records.new_record()
    again = write_fields(
        copy.marc,
        RecordFields(main_entry="Tournier, Paul", title=fixed.title, date="1962"),
    )
    dup = library.records.save(None, again, override_warnings=True)
    assert dup.biblio is not None
    library.records.add_copies(dup.biblio.id, CopiesDraft("T0001", 2, "248.86 TOU"))
    assert [b.id for b in library.catalogue.find_duplicates(dup.biblio.id)] == [escape.id]
    library.catalogue.merge(escape.id, dup.biblio.id)
    assert [i.barcode for i in library.records.record(escape.id).items] == ["T0001", "T0002"]

    # Export, re-import into a new library, export again: the same records, byte for byte.
    first_export = tmp_path / "catalogue.mrc"
    count = library.marc_export.export(first_export)
    with open_library(tmp_path / "other.sqlite3", clock=clock) as other:
        again_report = other.marc_import.import_file(first_export)
        second_export = tmp_path / "again.mrc"
        other.marc_export.export(second_export)
        reopened = other.catalogue.search("ti:translation")

    assert count == 14 and again_report.added == 14 and again_report.failed == 0
    assert second_export.read_bytes() == first_export.read_bytes()
    assert [b.title for b in reopened] == ["Escape from loneliness : a translation"]


def test_every_field_of_a_marc8_record_survives_an_edit_and_the_round_trip(
    library: Library, tmp_path: Path
) -> None:
    library.marc_import.import_file(MARC / "marc8.dat")
    [record] = library.catalogue.search("tournier")
    opened = library.records.record(record.id)
    edited = write_fields(
        opened.marc, replace(opened.fields, isbns=(Identifier("9780060684303", "pbk."),))
    )
    library.records.save(record.id, edited, override_warnings=True)

    library.marc_export.export(tmp_path / "out.mrc")
    with open_library(tmp_path / "again.sqlite3") as other:
        other.marc_import.import_file(tmp_path / "out.mrc")
        [back] = other.catalogue.search("isbn:0060684305")
        reread = other.records.record(back.id).marc

    assert reread.fields == edited.fields
    assert read_fields(reread).isbns == (Identifier("9780060684303", "pbk."),)
    assert "à la communauté" in str(reread.first("240"))
