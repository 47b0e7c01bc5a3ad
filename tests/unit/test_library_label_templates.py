"""A library's own label sheet templates: stored in the library file, listed with the
shipped ones, checked before they are saved, and used by every print method."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels import (
    PrintOptions,
    SheetTemplate,
    get_template,
    slug_problem,
    slugify,
    template_from_json,
    template_to_json,
)
from libtech_desktop.library import Library


def ours(**changes: object) -> SheetTemplate:
    base = replace(get_template("avery-5160"), name="our-stock", description="Our own stock")
    return replace(base, **changes)


def test_a_saved_template_is_listed_with_the_shipped_ones_and_found_by_name(
    library: Library,
) -> None:
    saved = library.labels.save_template(ours())

    names = [t.name for t in library.labels.templates()]
    assert "our-stock" in names and "avery-5160" in names
    assert names == sorted(names)
    assert library.labels.get("our-stock") == saved == ours()
    assert library.labels.get("5160").name == "avery-5160"  # shipped lookup as before
    assert library.labels.library_template_names() == {"our-stock"}


def test_saving_again_replaces_the_library_template(library: Library) -> None:
    library.labels.save_template(ours())
    library.labels.save_template(ours(rows=9, description="Changed"))

    assert library.labels.get("our-stock").rows == 9
    assert [t.name for t in library.labels.templates()].count("our-stock") == 1


def test_delete_removes_only_library_templates(library: Library) -> None:
    library.labels.save_template(ours())
    library.labels.delete_template("our-stock")

    assert "our-stock" not in [t.name for t in library.labels.templates()]
    with pytest.raises(InvalidInput, match="no label template called 'our-stock'"):
        library.labels.delete_template("our-stock")
    with pytest.raises(InvalidInput, match="shipped template; it cannot be deleted"):
        library.labels.delete_template("avery-5160")
    assert library.labels.get("avery-5160").name == "avery-5160"


def test_a_shipped_name_is_refused(library: Library) -> None:
    with pytest.raises(InvalidInput, match="'avery-5160' is the name of a shipped template"):
        library.labels.save_template(ours(name="avery-5160"))
    assert library.labels.library_template_names() == set()


@pytest.mark.parametrize("name", ["Our Stock", "our_stock", "-ours", "ours-", "", "a" * 65])
def test_a_name_that_is_not_a_slug_is_refused(library: Library, name: str) -> None:
    with pytest.raises(InvalidInput, match="Label template"):
        library.labels.save_template(ours(name=name))
    assert library.labels.library_template_names() == set()


def test_labels_that_overflow_the_page_are_refused(library: Library) -> None:
    with pytest.raises(InvalidInput, match=r"the last row ends at .* past the page height"):
        library.labels.save_template(ours(rows=12))
    with pytest.raises(InvalidInput, match="labels would overlap"):
        library.labels.save_template(ours(pitch_x_mm=20.0))
    assert library.labels.library_template_names() == set()


def test_an_unknown_template_names_the_library_ones_too(library: Library) -> None:
    library.labels.save_template(ours())
    with pytest.raises(InvalidInput, match=r"Known templates: .*our-stock"):
        library.labels.get("nonesuch")


def test_every_print_method_finds_a_library_template(library: Library) -> None:
    library.labels.save_template(ours(columns=2, rows=5))
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
    code = with_check_digit("3999900000001")
    library.catalogue.add_item(biblio.id, barcode=code, call_number="FIC ELI")
    options = PrintOptions()

    for job in (
        library.labels.print_items([code], "our-stock", options, io.BytesIO()),
        library.labels.print_queue("our-stock", options, io.BytesIO()),
        library.labels.print_range(
            with_check_digit("3999900000100"), 11, "our-stock", options, io.BytesIO()
        ),
    ):
        assert job.template == "our-stock"
    assert job.pages == 2  # 11 labels on 10-label sheets


def test_slugs_and_json_round_trip() -> None:
    assert slug_problem("our-spine-2") is None
    assert slug_problem("Our Spine") is not None
    assert slugify("  Our Spine 2! ") == "our-spine-2"
    assert template_from_json(template_to_json(ours())) == ours()
    with pytest.raises(InvalidInput, match="unknown fields"):
        template_from_json('{"name": "x", "colour": "red"}', "x.json")
