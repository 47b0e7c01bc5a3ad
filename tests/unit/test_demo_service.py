"""The demo loader reports progress and a cancel leaves the library untouched."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.services.demo import DemoService
from libtech_desktop.services.progress import Cancelled


def test_progress_is_reported_up_to_the_total(library: Library) -> None:
    seen: list[tuple[int, int, str]] = []
    report = DemoService(library.context).populate(
        30, 120, seed=3, progress=lambda d, t, w: seen.append((d, t, w))
    )
    assert report.items == 120 and report.patrons == 30
    assert seen, "no progress was reported"
    done, total, _ = seen[-1]
    assert done == total
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert {w for _, _, w in seen} == {"Patrons", "Catalogue"}


def test_cancel_rolls_the_whole_demo_back(library: Library) -> None:
    calls = 0

    def cancel_after_forty() -> bool:
        nonlocal calls
        calls += 1
        return calls > 40

    with pytest.raises(Cancelled):
        DemoService(library.context).populate(30, 120, seed=3, should_cancel=cancel_after_forty)

    assert library.patrons.search("", limit=100) == []
    assert library.catalogue.search("", limit=100) == []


def test_demo_records_are_catalogued_with_headings_and_class_numbers(library: Library) -> None:
    """The demo shows the cataloguing tools at work: headings to browse, class numbers
    to suggest, the MARC behind each record."""
    DemoService(library.context).populate(patrons=5, items=250, seed=3)

    novels = library.authorities.browse("novels")
    cooking = library.catalogue.search("su:cooking")

    assert novels and novels[0].heading == "Novels" and novels[0].records > 10
    assert cooking
    record = library.records.record(cooking[0].id)
    assert record.fields.classification.startswith("641")
    assert record.fields.subjects == ("Cooking",)


def test_a_demo_library_has_its_labels_on_already(library: Library) -> None:
    DemoService(library.context).populate(patrons=5, items=40, seed=3)

    assert library.labels.waiting() == 0


def test_the_demo_desk_has_holds_to_trap_and_fines_to_collect(library: Library) -> None:
    report = DemoService(library.context).populate(30, 120, seed=3)
    owing = [f for f in library.fines.fines() if f.outstanding_minor]
    assert len({f.patron_barcode for f in owing}) == report.patrons_owing == 4
    assert max(f.outstanding_minor for f in owing) == 1200  # blocked over 10.00

    holds = library.holds.holds()
    assert len(holds) == report.holds >= 1
    # Each waits on a record with a copy out on loan to someone else: check it in, and
    # the hold shelf has its first item.
    hold = holds[0]
    lent = [loan for loan in library.circulation.open_loans() if loan.title == hold.title]
    assert lent and all(loan.patron_barcode != hold.patron_barcode for loan in lent)
    result = library.circulation.checkin(lent[0].item_barcode)
    assert result.trap is not None and result.trap.patron_barcode == hold.patron_barcode


def test_the_demo_has_a_projector_due_for_upkeep_and_a_lendable_laptop(
    library: Library,
) -> None:
    from libtech_desktop.services.demo import DEMO_LAPTOP_BARCODE

    DemoService(library.context).populate(10, 30, seed=2)

    pieces = {p.name: p for p in library.equipment.pieces()}
    assert set(pieces) == {"Projector, meeting room", "Laptop 1"}
    due = {d.task.name for d in library.equipment.due_maintenance()}
    assert due == {"Replace the lamp", "Clean the air filter"}
    assert pieces["Laptop 1"].item_barcode == DEMO_LAPTOP_BARCODE
    assert library.catalogue.item(DEMO_LAPTOP_BARCODE).status is ItemStatus.AVAILABLE
