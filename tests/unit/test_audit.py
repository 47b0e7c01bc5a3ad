"""The audit log (issue 8): every audited change writes exactly one entry, with who, when
and the values before and after, in the same transaction; a refused change writes none;
the program has no way to change or delete an entry; a librarian filters and exports it."""

from __future__ import annotations

import csv
import inspect
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from libtech_desktop.db.repositories import audit as audit_repository
from libtech_desktop.db.repositories.audit import SqlAuditRepository
from libtech_desktop.domain.audit import AuditFilter
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.patrons import PatronDraft
from libtech_desktop.domain.staff import PermissionDenied
from libtech_desktop.interop.passwords import hash_password
from libtech_desktop.labels import get_template
from libtech_desktop.library import open_library
from libtech_desktop.services.audit import AuditService

ADMIN_PASSWORD = "correct horse battery"


def only_entry(library, action):
    found = library.audit.entries(action=action)
    assert len(found) == 1, found
    return found[0]


def count(db_rows) -> int:
    return db_rows("SELECT count(*) FROM audit_log")[0][0]


# -- the "done when" ----------------------------------------------------------


def test_a_librarians_waiver_is_in_the_log_with_before_and_after_and_a_volunteers_is_refused(
    library, db_path, clock, patron, db_rows
):
    fine = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    library.staff.create_first_administrator("ada", "Ada Admin", ADMIN_PASSWORD)
    with library.context.unit_of_work() as uow:
        for user, role in (("lin", "librarian"), ("val", "volunteer")):
            uow.staff.add(
                user, user.title(), role, hash_password(f"{user} password"), "ada", clock.now()
            )
        uow.commit()
    before = count(db_rows)

    with open_library(db_path, clock=clock, user="val", password="val password") as lib:
        with pytest.raises(PermissionDenied):
            lib.fines.waive(fine.id, "Goodwill", 200)
        with pytest.raises(PermissionDenied):
            lib.audit.entries()  # a volunteer does not read the log either
    assert count(db_rows) == before

    clock.advance(hours=1)
    with open_library(db_path, clock=clock, user="lin", password="lin password") as lib:
        lib.fines.waive(fine.id, "Goodwill", 200)
        entry = only_entry(lib, "fine.waive")
    assert (entry.staff, entry.entity, entry.key) == ("lin", "fine", str(fine.id))
    assert entry.at == clock.now()
    assert entry.before == {"outstanding_minor": 300, "patron": patron.barcode}
    assert entry.after == {"outstanding_minor": 100, "patron": patron.barcode}
    assert entry.note == "Goodwill"
    assert entry.change_text() == f"outstanding: 3.00 → 1.00; patron: {patron.barcode}"


# -- every audited action, one entry each ---------------------------------------------


def test_a_correction_records_the_amount_before_and_after(library, patron):
    fine = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    library.fines.correct(fine.id, 450, "Price was wrong")
    entry = only_entry(library, "fine.correct")
    assert (entry.staff, entry.key, entry.note) == ("desk", str(fine.id), "Price was wrong")
    assert entry.before["outstanding_minor"] == 300
    assert entry.after["outstanding_minor"] == 450


def test_blocking_and_unblocking_record_the_reason_and_end_before_and_after(library, patron, clock):
    until = clock.today() + timedelta(days=7)
    library.patrons.block(patron.barcode, "Abusive at the desk", until)
    library.patrons.unblock(patron.barcode)

    block = only_entry(library, "patron.block")
    assert (block.entity, block.key) == ("patron", patron.barcode)
    assert block.before == {"reason": None, "until": None}
    assert block.after == {"reason": "Abusive at the desk", "until": until.isoformat()}
    unblock = only_entry(library, "patron.unblock")
    assert unblock.before == block.after
    assert unblock.after == {"reason": None, "until": None}


def test_registering_and_changing_a_patron_record_only_the_changed_fields(library):
    ada = library.patrons.register("29999000000016", "Lovelace, Ada", email="ada@example.org")
    registered = only_entry(library, "patron.register")
    assert registered.key == ada.barcode and registered.before is None
    assert "email: ada@example.org" in registered.change_text()
    assert "phone" not in registered.change_text()  # nothing given, nothing said
    assert registered.after["name"] == "Lovelace, Ada"
    assert registered.after["email"] == "ada@example.org"

    draft = PatronDraft(
        ada.barcode,
        ada.name,
        "adult",
        email="ada@new.example.org",
        phone="555 0101",
        expires_on=ada.expires_on,
        notice_channel="email",
    )
    library.patrons.update(ada.barcode, draft)
    change = only_entry(library, "patron.update")
    assert change.before == {"email": "ada@example.org", "phone": None}
    assert change.after == {"email": "ada@new.example.org", "phone": "555 0101"}


def test_saving_a_patron_unchanged_is_not_a_change(library, patron):
    library.patrons.update(
        patron.barcode,
        PatronDraft(
            patron.barcode,
            patron.name,
            patron.category_code,
            expires_on=patron.expires_on,
            notice_channel=patron.notice_channel,
        ),
    )
    assert library.audit.entries(action="patron.update") == []


def test_exporting_and_erasing_a_patron_are_recorded_without_keeping_their_name(
    library, patron, item
):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.circulation.checkin(item.barcode)
    library.privacy.export(patron.barcode)
    export = only_entry(library, "patron.export")
    assert (export.key, export.after["loans"]) == (patron.barcode, 1)

    library.privacy.erase(patron.barcode)
    erase = only_entry(library, "patron.erase")
    assert (erase.entity, erase.key, erase.after) == ("patron", patron.barcode, None)
    assert erase.before == {"loans": 1, "category": "adult"}
    assert patron.name not in repr(erase)


def test_deleting_an_authority_a_template_and_merging_a_record_away_are_recorded(
    library, make_item
):
    heading = library.authorities.add_authority(
        "Twain, Mark, 1835-1910", "Pen name", ["Clemens, Samuel"]
    )
    library.authorities.delete_authority(heading.id)
    gone = only_entry(library, "authority.delete")
    assert (gone.entity, gone.key) == ("authority", str(heading.id))
    assert gone.before == {
        "heading": "Twain, Mark, 1835-1910",
        "note": "Pen name",
        "references": ["Clemens, Samuel"],
    }

    template = replace(get_template("avery-5160"), name="our-stock", description="Ours")
    library.labels.save_template(template)
    library.labels.delete_template("our-stock")
    deleted = only_entry(library, "template.delete")
    assert deleted.key == "our-stock" and "our-stock" in deleted.before["definition"]

    kept, merged = make_item("Emma"), make_item("Emma (duplicate)")
    library.catalogue.merge(kept.biblio_id, merged.biblio_id)
    merge = only_entry(library, "record.merge")
    assert (merge.entity, merge.key) == ("record", str(merged.biblio_id))
    assert merge.before["title"] == "Emma (duplicate)"
    assert merge.after == {"merged_into": kept.biblio_id, "items_moved": 1}
    assert merge.change_text() == (
        f"author: Author, Some → (gone); items moved: 1; merged into: {kept.biblio_id}; "
        "title: Emma (duplicate) → (gone)"
    )


def test_refused_changes_write_no_entry(library, patron, item, db_rows):
    fine = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    library.circulation.checkout(patron.barcode, item.barcode)
    refused = [
        lambda: library.fines.waive(fine.id, "Too much", 400),
        lambda: library.fines.correct(fine.id, 300, "Same"),
        lambda: library.fines.waive(fine.id, "   "),
        lambda: library.patrons.block(patron.barcode, "  "),
        lambda: library.patrons.update(patron.barcode, PatronDraft(patron.barcode, "", "adult")),
        lambda: library.privacy.erase(patron.barcode),  # an item is out
        lambda: library.labels.delete_template("no-such-template"),
        lambda: library.catalogue.merge(item.biblio_id, item.biblio_id),
        lambda: library.authorities.delete_authority(999),
    ]
    before = count(db_rows)
    for attempt in refused:
        with pytest.raises(LibtechError):
            attempt()
    assert count(db_rows) == before
    assert library.fines.fine(fine.id).outstanding_minor == 300


# -- append-only ------------------------------------------------------------------------


def test_the_program_offers_no_way_to_change_or_delete_an_entry():
    service = {
        n for n, _ in inspect.getmembers(AuditService, inspect.isfunction) if not n.startswith("_")
    }
    assert service == {"entries", "export", "actions", "staff_names"}
    repository = {
        n
        for n, _ in inspect.getmembers(SqlAuditRepository, inspect.isfunction)
        if not n.startswith("_")
    }
    assert repository == {"add", "entries", "iter_entries", "count", "actions", "staff_names"}


def test_entries_are_plain_frozen_values(library, patron):
    library.patrons.block(patron.barcode, "Lost temper")
    entry = only_entry(library, "patron.block")
    with pytest.raises(AttributeError):
        entry.note = "rewritten"  # type: ignore[misc]
    assert only_entry(library, "patron.block").note is None


# -- reading the log --------------------------------------------------------------------


@pytest.fixture
def three_days(library, make_patron, clock):
    """Blocks on 2, 3 and 4 March 2026 (the last one of Bob's), then a waiver."""
    ada, bob = make_patron("Lovelace, Ada"), make_patron("Babbage, Charles")
    library.patrons.block(ada.barcode, "One")
    clock.advance(days=1)
    library.patrons.block(bob.barcode, "Two")
    clock.advance(days=1)
    library.patrons.unblock(bob.barcode)
    fine = library.fines.charge(ada.barcode, 100, "manual", "Card")
    library.fines.waive(fine.id, "Goodwill")
    return ada, bob


def test_entries_are_newest_first_and_filtered_by_day_staff_action_and_key(library, three_days):
    ada, bob = three_days
    everything = library.audit.entries()
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    assert everything[0].action == "fine.waive"

    def actions(**filters):
        return [
            e.action
            for e in library.audit.entries(**filters)
            if e.entity == "patron" and e.action != "patron.register"
        ]

    assert actions(since=date(2026, 3, 3), until=date(2026, 3, 3)) == ["patron.block"]
    assert actions(since=date(2026, 3, 3)) == ["patron.unblock", "patron.block"]
    assert actions(until=date(2026, 3, 2)) == ["patron.block"]
    assert actions(key=bob.barcode[-6:]) == ["patron.unblock", "patron.block"]
    assert [e.key for e in library.audit.entries(action="patron.block")] == [
        bob.barcode,
        ada.barcode,
    ]
    assert library.audit.entries(staff="DESK", limit=2) == everything[:2]
    assert library.audit.entries(staff="someone") == []
    assert library.audit.staff_names() == ["desk"]
    assert {"fine.waive", "patron.erase", "record.merge"} <= set(library.audit.actions())


def test_a_period_that_ends_before_it_starts_is_refused(library):
    with pytest.raises(LibtechError, match="before its start"):
        library.audit.entries(since=date(2026, 3, 3), until=date(2026, 3, 2))


def test_the_export_writes_csv_with_a_header_and_is_itself_audited(
    library, three_days, tmp_path: Path
):
    ada, _ = three_days
    out = tmp_path / "audit.csv"
    assert library.audit.export(out, key=ada.barcode, action="patron.block") == 1
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["at", "staff", "action", "entity", "key", "before", "after", "note"]
    assert len(rows) == 2
    assert rows[1][1:5] == ["desk", "patron.block", "patron", ada.barcode]
    assert rows[1][6] == '{"reason": "One", "until": null}'

    exported = only_entry(library, "audit.export")
    assert exported.after == {
        "entries": 1,
        "file": str(out),
        "key": ada.barcode,
        "action": "patron.block",
    }


def test_an_export_to_a_folder_that_is_not_there_is_refused_and_not_audited(
    library, tmp_path: Path
):
    with pytest.raises(LibtechError, match="Could not write"):
        library.audit.export(tmp_path / "missing" / "audit.csv")
    assert library.audit.entries(action="audit.export") == []


def test_yes_and_no_read_as_words_in_the_log():
    from datetime import UTC, datetime

    from libtech_desktop.domain.audit import AuditEntry

    entry = AuditEntry(
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        "ada",
        "staff.deactivate",
        "staff",
        "val",
        {"active": True},
        {"active": False},
        None,
    )
    assert entry.change_text() == "active: yes → no"


# -- issue 9: a large export with progress and Cancel -----------------------------------------


def test_the_export_reports_entry_by_entry_and_a_cancel_leaves_no_file(
    library, three_days, tmp_path: Path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "audit.csv"
    out.write_text("last month's export\n", encoding="utf-8")
    entries = len(library.audit.entries())
    heard: list[tuple[int, int, str]] = []

    def tell(done: int, total: int, what: str) -> None:
        heard.append((done, total, what))

    with pytest.raises(LibtechError, match="Cancelled"):
        library.audit.export(
            out, progress=tell, should_cancel=lambda: heard[-1][2] == "Entries written"
        )

    assert heard == [(0, 1, "Reading the audit log"), (entries, entries, "Entries written")]
    assert out.read_text(encoding="utf-8") == "last month's export\n"
    assert [p.name for p in folder.iterdir()] == ["audit.csv"]
    assert library.audit.entries(action="audit.export") == []  # a cancelled export is not one

    assert library.audit.export(out, progress=tell) == entries
    assert len(out.read_text(encoding="utf-8").splitlines()) == entries + 1


# -- issue 9: a long log is read as it is written, a few hundred entries at a time -----------


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read the log two entries a time, so a handful of entries spans several reads."""
    monkeypatch.setattr(audit_repository, "_CHUNK", 2)


def test_the_log_read_as_it_is_used_is_the_same_log(library, three_days, small_chunks):
    _ada, bob = three_days
    assert len(library.audit.entries()) >= 3 * 2  # three reads' worth
    wanted = [
        AuditFilter(limit=1000),
        AuditFilter(limit=3),
        AuditFilter(action="patron.block", limit=1000),
        AuditFilter(key=bob.barcode[-6:], limit=1000),
        AuditFilter(staff="DESK", limit=1000),
        AuditFilter(staff="someone", limit=1000),
    ]
    with library.context.unit_of_work() as uow:
        for filters in wanted:
            whole = list(uow.audit.entries(filters))
            assert list(uow.audit.iter_entries(filters)) == whole
            assert uow.audit.count(filters) == len(whole)


def test_an_export_longer_than_one_read_is_whole_and_newest_first(
    library, three_days, small_chunks, tmp_path: Path
):
    everything = library.audit.entries()
    out = tmp_path / "audit.csv"

    assert library.audit.export(out) == len(everything)

    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["at"], r["action"], r["key"]) for r in rows] == [
        (e.at.isoformat(), e.action, e.key or "") for e in everything
    ]
    assert only_entry(library, "audit.export").after["entries"] == len(everything)


def test_a_cancel_half_way_through_the_log_leaves_no_file_and_no_entry(
    library, three_days, small_chunks, tmp_path: Path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "audit.csv"
    asked: list[int] = []

    def cancel_after_three() -> bool:
        asked.append(1)
        return len(asked) > 3  # the export's own check, then three entries written

    with pytest.raises(LibtechError, match="Cancelled"):
        library.audit.export(out, should_cancel=cancel_after_three)

    assert len(asked) == 4 < len(library.audit.entries())  # stopped part-way through
    assert list(folder.iterdir()) == []
    assert library.audit.entries(action="audit.export") == []
