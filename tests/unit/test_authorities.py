"""Local subject authorities: "use" references, headings browsed with counts, and a
variant replaced by its authorised heading in every record."""

from __future__ import annotations

from pathlib import Path

import pytest
from pymarc import MARCWriter, Record

from libtech_desktop.domain.authorities import HeadingCount, browse_key, valid_heading
from libtech_desktop.domain.errors import AuthorityConflict, InvalidInput, NotFound
from libtech_desktop.library import Library
from libtech_desktop.services.records import RecordService

from ..marc_builders import marc_record


def catalogue(library: Library, tmp_path: Path, *records: Record) -> None:
    path = tmp_path / "records.mrc"
    with path.open("wb") as fh:
        writer = MARCWriter(fh)
        for record in records:
            writer.write(record)
    report = library.marc_import.import_file(path, match="none")
    assert report.added == len(records), report


@pytest.fixture
def cats(library: Library, tmp_path: Path) -> Library:
    """Five records: Cats in three spellings, a variant (Felines), Dogs, Catalogs."""
    catalogue(
        library,
        tmp_path,
        marc_record("The cat book", "Cats", "Cats -- Behavior"),
        marc_record("Cat care", "CATS.", "Felines"),
        marc_record("Felines of the world", "Felines", "cats"),
        marc_record("Good dogs", "Dogs"),
        marc_record("Library catalogs", "Catalogs"),
    )
    return library


def shown(rows: list[HeadingCount]) -> list[tuple[str, int, str]]:
    return [(h.heading, h.records, h.authority_text) for h in rows]


# -- domain -------------------------------------------------------------------------


def test_browse_key_folds_what_is_typed_and_a_trailing_dash_means_subdivisions() -> None:
    assert browse_key("CAT") == "cat"
    assert browse_key("Cats --") == "cats|"
    assert browse_key("  ") == ""


def test_a_blank_heading_is_refused() -> None:
    with pytest.raises(InvalidInput, match="cannot be blank"):
        valid_heading(" -- . ")
    assert valid_heading("cats--behavior.") == "cats -- behavior"


# -- browsing -----------------------------------------------------------------------


def test_browse_from_a_prefix_counts_records_however_the_heading_is_typed(cats: Library) -> None:
    found = cats.authorities.browse("cat")
    # "Cats", "CATS." and "cats" are one heading in three records; Dogs is not shown.
    assert shown(found) == [
        ("Catalogs", 1, ""),
        ("Cats", 3, ""),
        ("Cats -- Behavior", 1, ""),
    ]


def test_a_record_with_a_heading_twice_counts_once(library: Library, tmp_path: Path) -> None:
    catalogue(library, tmp_path, marc_record("Twice", "Cats", "CATS"))
    assert [(h.heading, h.records) for h in library.authorities.browse("")] == [("Cats", 1)]


def test_browse_after_a_subdivision_dash_shows_only_subdivisions(cats: Library) -> None:
    assert [h.heading for h in cats.authorities.browse("cats -- ")] == ["Cats -- Behavior"]


def test_browse_shows_unused_authorised_headings_and_variants_with_their_status(
    cats: Library,
) -> None:
    cats.authorities.add_authority("Cats", references=["Felines", "Kitties"])
    cats.authorities.add_authority("Cheetahs")
    found = cats.authorities.browse("")
    assert shown(found) == [
        ("Catalogs", 1, ""),
        ("Cats", 3, "✓ authorised"),
        ("Cats -- Behavior", 1, ""),
        ("Cheetahs", 0, "✓ authorised"),
        ("Dogs", 1, ""),
        ("Felines", 2, "use Cats"),
        ("Kitties", 0, "use Cats"),
    ]
    felines = found[5]
    assert felines.status == "variant" and felines.use == "Cats"


def test_browse_continues_after_the_last_key_shown(cats: Library) -> None:
    first = cats.authorities.browse("", limit=2)
    rest = cats.authorities.browse("", limit=10, after_key=first[-1].key)
    assert [h.heading for h in first] == ["Catalogs", "Cats"]
    assert [h.heading for h in rest] == ["Cats -- Behavior", "Dogs", "Felines"]


def test_browse_limit_must_be_sensible(cats: Library) -> None:
    with pytest.raises(InvalidInput, match="between 1 and"):
        cats.authorities.browse("", limit=0)


def test_records_with_a_heading_whatever_its_spelling(cats: Library) -> None:
    titles = [b.title for b in cats.authorities.records_with_heading("cats.")]
    assert titles == ["The cat book", "Cat care", "Felines of the world"]
    assert cats.authorities.records_with_heading("Unicorns") == []


# -- checking a heading ---------------------------------------------------------------


def test_check_heading_says_authorised_variant_or_unknown(cats: Library) -> None:
    authority = cats.authorities.add_authority("Cats", references=["Felines"])
    authorised = cats.authorities.check_heading("CATS.")
    variant = cats.authorities.check_heading("felines")
    unknown = cats.authorities.check_heading("Dogs")
    assert (authorised.status, authorised.use, authorised.authority_id) == (
        "authorised",
        "Cats",
        authority.id,
    )
    assert (variant.status, variant.use) == ("variant", "Cats")
    assert "use “Cats”" in variant.message
    assert unknown.status == "unknown" and unknown.use is None


# -- keeping the list -----------------------------------------------------------------


def test_add_authority_tidies_the_heading_and_lists_it_with_its_references(
    library: Library,
) -> None:
    added = library.authorities.add_authority(
        "cats--behavior", note="  Pet cats only ", references=["Feline behaviour", "Cat ethology"]
    )
    assert added.heading == "cats -- behavior"
    assert added.note == "Pet cats only"
    assert added.references == ("Cat ethology", "Feline behaviour")
    assert library.authorities.authorities() == [added]


def test_an_authorised_heading_cannot_be_authorised_twice(library: Library) -> None:
    library.authorities.add_authority("Cats")
    with pytest.raises(AuthorityConflict, match="“Cats” is already an authorised heading"):
        library.authorities.add_authority("CATS.")


def test_a_variant_cannot_be_authorised_while_it_says_use(library: Library) -> None:
    library.authorities.add_authority("Cats", references=["Felines"])
    with pytest.raises(AuthorityConflict, match="“use” reference to “Cats”"):
        library.authorities.add_authority("felines")


def test_a_variant_cannot_be_its_own_authority(library: Library) -> None:
    cats = library.authorities.add_authority("Cats")
    with pytest.raises(AuthorityConflict, match="the authorised heading itself"):
        library.authorities.add_reference(cats.id, "cats.")


def test_a_variant_cannot_be_an_authorised_heading(library: Library) -> None:
    cats = library.authorities.add_authority("Cats")
    library.authorities.add_authority("Felines")
    with pytest.raises(AuthorityConflict, match="“Felines” is an authorised heading"):
        library.authorities.add_reference(cats.id, "Felines")


def test_a_variant_points_to_one_heading_only(library: Library) -> None:
    library.authorities.add_authority("Cats", references=["Kitties"])
    dogs = library.authorities.add_authority("Dogs")
    with pytest.raises(AuthorityConflict, match="already says “use Cats”"):
        library.authorities.add_reference(dogs.id, "KITTIES")


def test_add_authority_with_a_bad_reference_adds_nothing(library: Library) -> None:
    library.authorities.add_authority("Cats", references=["Kitties"])
    with pytest.raises(AuthorityConflict):
        library.authorities.add_authority("Dogs", references=["Hounds", "Kitties"])
    assert [a.heading for a in library.authorities.authorities()] == ["Cats"]
    assert library.authorities.check_heading("Hounds").status == "unknown"


def test_blank_headings_and_references_are_refused(library: Library) -> None:
    with pytest.raises(InvalidInput, match="A subject heading cannot be blank"):
        library.authorities.add_authority("   ")
    cats = library.authorities.add_authority("Cats")
    with pytest.raises(InvalidInput, match="reference cannot be blank"):
        library.authorities.add_reference(cats.id, "")


def test_update_authority_renames_it_unless_the_new_name_is_taken(library: Library) -> None:
    cats = library.authorities.add_authority("Cats", references=["Kitties"])
    library.authorities.add_authority("Dogs")
    renamed = library.authorities.update_authority(cats.id, "Domestic cats", note="Pets")
    assert (renamed.heading, renamed.note, renamed.references) == (
        "Domestic cats",
        "Pets",
        ("Kitties",),
    )
    assert library.authorities.check_heading("kitties").use == "Domestic cats"
    with pytest.raises(AuthorityConflict, match="“Dogs” is already an authorised heading"):
        library.authorities.update_authority(cats.id, "dogs")
    # The same heading re-typed (a case change) is not a clash with itself.
    assert library.authorities.update_authority(cats.id, "DOMESTIC CATS").heading == "DOMESTIC CATS"


def test_delete_authority_takes_its_references_but_not_the_records_headings(
    cats: Library,
) -> None:
    authority = cats.authorities.add_authority("Cats", references=["Felines"])
    assert cats.authorities.delete_authority(authority.id).heading == "Cats"
    assert cats.authorities.authorities() == []
    assert cats.authorities.check_heading("Felines").status == "unknown"
    assert (found := cats.authorities.browse("cats"))[0].heading == "Cats" and found[0].records == 3
    with pytest.raises(NotFound, match="no subject authority number"):
        cats.authorities.delete_authority(authority.id)


def test_remove_reference(library: Library) -> None:
    cats = library.authorities.add_authority("Cats", references=["Felines", "Kitties"])
    assert library.authorities.remove_reference(cats.id, "felines.").references == ("Kitties",)
    assert library.authorities.check_heading("Felines").status == "unknown"
    with pytest.raises(NotFound, match="no “use” reference from “Felines”"):
        library.authorities.remove_reference(cats.id, "Felines")


# -- replacing a heading in the records -------------------------------------------------


def test_replace_heading_rewrites_every_record_that_uses_the_variant(
    cats: Library, tmp_path: Path
) -> None:
    catalogue(cats, tmp_path, marc_record("Big cats", "Felines -- Africa", "Felines"))
    cats.authorities.add_authority("Cats", references=["Felines"])
    assert cats.authorities.replace_heading("Felines", "Cats") == 3
    found = {h.heading: h.records for h in cats.authorities.browse("")}
    assert found["Felines"] == 0 and found["Cats"] == 4
    # Only the heading itself: its subdivisions are other headings.
    assert found["Felines -- Africa"] == 1
    records = RecordService(cats.context)
    by_title = {b.title: b.id for b in cats.authorities.records_with_heading("Cats")}
    # "Cat care" had CATS. and Felines: now Cats once, as catalogued; the MARC says so.
    assert records.record(by_title["Cat care"]).fields.subjects == ("CATS",)
    assert records.record(by_title["Felines of the world"]).fields.subjects == ("Cats",)
    # A record without the variant is left alone.
    assert records.record(by_title["The cat book"]).fields.subjects == (
        "Cats",
        "Cats -- Behavior",
    )


def test_replace_heading_puts_the_new_heading_in_the_marc(library: Library, tmp_path: Path) -> None:
    catalogue(library, tmp_path, marc_record("Pets", "Felines -- Behavior"))
    assert library.authorities.replace_heading("felines--behavior", "Cats -- Behavior") == 1
    biblio = library.authorities.records_with_heading("Cats -- Behavior")[0]
    record = RecordService(library.context).record(biblio.id)
    field = record.marc.first("650")
    assert field is not None
    assert [(s.code, s.value) for s in field.subfields] == [("a", "Cats"), ("x", "Behavior")]


def test_replace_heading_with_itself_is_refused(cats: Library) -> None:
    with pytest.raises(InvalidInput, match="are the same heading"):
        cats.authorities.replace_heading("Cats", "CATS.")
    with pytest.raises(InvalidInput, match="cannot be blank"):
        cats.authorities.replace_heading("Cats", " ")


def test_replace_heading_names_a_record_it_could_not_save_and_does_the_rest(
    library: Library, tmp_path: Path
) -> None:
    catalogue(
        library,
        tmp_path,
        marc_record("Good record", "Felines"),
        marc_record("Bad ISBN", "Felines", isbn="0306406153"),  # wrong check digit: cannot be saved
    )
    bad = [
        b.id for b in library.authorities.records_with_heading("Felines") if b.title == "Bad ISBN"
    ]
    with pytest.raises(InvalidInput, match=rf"in 1 record; not in record {bad[0]} \("):
        library.authorities.replace_heading("Felines", "Cats")
    assert [b.title for b in library.authorities.records_with_heading("Felines")] == ["Bad ISBN"]
    assert [b.title for b in library.authorities.records_with_heading("Cats")] == ["Good record"]


def test_a_cancelled_replacement_keeps_the_records_already_done(
    library: Library, tmp_path: Path
) -> None:
    catalogue(library, tmp_path, *(marc_record(f"Book {n}", "Felines") for n in range(3)))
    asked: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        asked.append(done)

    changed = library.authorities.replace_heading(
        "Felines", "Cats", progress=progress, should_cancel=lambda: len(asked) >= 2
    )
    assert changed == 2 and asked == [0, 1]
    assert [b.title for b in library.authorities.records_with_heading("Felines")] == ["Book 2"]
