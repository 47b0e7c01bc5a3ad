"""The journal (issue 7): every desk action writes one entry with its effect, a refused
one writes none; the sync state; the JSON Lines and Koha .koc exports."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest

from libtech_desktop import __version__
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.journal import DEVICE_ID_KEY, JournalKind, SyncState
from libtech_desktop.domain.patrons import PatronDraft
from libtech_desktop.domain.sync import ACKNOWLEDGED_KEY, ROLE_KEY, SyncRole
from libtech_desktop.interop import koc
from libtech_desktop.library import open_library
from tests.koha import koha_parse_command_line, koha_parse_header_line


def _entries(library, kind=None):
    return [e for e in library.journal.entries() if kind is None or e.kind is kind]


def _desk_entries(library):
    """What the desk journalled after the fixtures' registrations."""
    return [e for e in library.journal.entries() if e.kind is not JournalKind.PATRON_ADD]


def test_a_checkout_writes_one_entry_with_what_replays_it(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)

    [entry] = _desk_entries(library)
    assert entry.kind is JournalKind.CHECKOUT
    assert entry.data == {"patron": patron.barcode, "item": item.barcode, "due": "2026-03-23"}
    assert (entry.staff, entry.at) == ("desk", clock.now())
    assert entry.device_id == library.journal.device_id()


def test_a_refused_checkout_writes_nothing(library, patron, item):
    library.patrons.block(patron.barcode, "Lost card")
    before = library.journal.entries()

    with pytest.raises(LibtechError):
        library.circulation.checkout(patron.barcode, item.barcode)
    with pytest.raises(LibtechError):
        library.circulation.checkout(patron.barcode, "39999999999999")

    assert library.journal.entries() == before


def test_check_in_and_renew_are_journalled_in_order(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=1)
    library.circulation.renew(item.barcode)
    clock.advance(days=1)
    library.circulation.checkin(item.barcode)

    entries = _desk_entries(library)
    assert [e.kind for e in entries] == [
        JournalKind.CHECKOUT,
        JournalKind.RENEW,
        JournalKind.CHECKIN,
    ]
    assert entries[1].data == {"patron": patron.barcode, "item": item.barcode, "due": "2026-03-24"}
    assert entries[2].data == {"item": item.barcode, "patron": patron.barcode}
    assert entries[2].at == clock.now()
    seqs = [e.seq for e in library.journal.entries()]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert len({e.op_id for e in library.journal.entries()}) == len(seqs)


def test_a_backdated_check_in_keeps_the_real_instant_and_the_day_it_is_dated(
    library, patron, item, clock
):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=3)

    library.circulation.checkin(item.barcode, on=date(2026, 3, 3))

    entry = _entries(library, JournalKind.CHECKIN)[0]
    assert entry.at == clock.now()
    assert datetime.fromisoformat(entry.data["dated"]) == clock.now() - timedelta(days=2)


def test_a_check_in_of_an_item_not_on_loan_and_left_alone_writes_nothing(library, item):
    before = library.journal.entries()
    library.circulation.checkin(item.barcode)
    assert library.journal.entries() == before


def test_a_payment_is_journalled_and_an_overpayment_is_not(library, patron):
    library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    with pytest.raises(LibtechError):
        library.fines.pay(patron.barcode, 900)

    library.fines.pay(patron.barcode, 325 - 25, "card")

    [entry] = _entries(library, JournalKind.PAYMENT)
    assert entry.data == {
        "patron": patron.barcode,
        "amount_minor": 300,
        "method": "card",
        "fine_ids": None,
        "note": None,
    }


def test_registration_and_change_are_journalled_with_the_whole_card(library):
    patron = library.patrons.register("21111111111111", "Curie, Marie", email="m@x.org")
    with pytest.raises(LibtechError):
        library.patrons.register("21111111111111", "Someone Else")
    draft = PatronDraft("21111111111112", "Curie, Marie", "adult", phone="555")
    library.patrons.update(patron.barcode, draft)

    add, change = library.journal.entries()
    assert add.kind is JournalKind.PATRON_ADD
    assert add.data["barcode"] == "21111111111111"
    assert (add.data["email"], add.data["expires_on"]) == ("m@x.org", "2029-03-01")
    assert change.kind is JournalKind.PATRON_CHANGE
    assert change.data["patron"] == "21111111111111"
    assert (change.data["barcode"], change.data["phone"]) == ("21111111111112", "555")
    # Only what changed travels as a change: a merge elsewhere leaves the rest alone.
    # (With the email gone, notices go by letter.)
    assert change.data["changed"] == ["barcode", "email", "notice_channel", "phone"]


def test_a_hold_placed_is_journalled(library, patron, item):
    library.holds.place(patron.barcode, item_barcode=item.barcode, any_copy=True)

    [entry] = _entries(library, JournalKind.HOLD_PLACE)
    assert entry.data["patron"] == patron.barcode
    assert (entry.data["title"], entry.data["item"], entry.data["copy"]) == (
        "Middlemarch",
        None,
        item.barcode,
    )


def test_an_item_marked_damaged_is_journalled(library, item):
    library.repairs.mark_damaged(item.barcode, "Torn spine", "tape spine")

    [entry] = _entries(library, JournalKind.DAMAGE)
    assert entry.data["item"] == item.barcode
    assert (entry.data["note"], entry.data["repair_type"]) == ("Torn spine", "tape spine")


def test_the_device_id_is_made_once_per_library_file(library, db_path, clock):
    first = library.journal.device_id()
    assert re.fullmatch(r"[0-9a-f-]{36}", first)
    with library.context.unit_of_work() as uow:
        assert uow.settings.get(DEVICE_ID_KEY) == first
    library.close()
    with open_library(db_path, clock=clock) as again:
        assert again.journal.device_id() == first


def test_two_library_files_have_two_device_ids(library, tmp_path, clock):
    with open_library(tmp_path / "laptop.sqlite3", clock=clock) as laptop:
        assert laptop.journal.device_id() != library.journal.device_id()


# -- the sync state ------------------------------------------------------------------


def test_pending_counts_everything_until_a_package_is_imported(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    oldest = library.journal.entries()[0].at
    clock.advance(hours=3)

    state = library.journal.pending()

    assert state == SyncState(2, oldest)
    assert state.message(clock.now()) == "Sync: 2 operations not yet merged, oldest 3 h ago"
    assert SyncState(0, None).message(clock.now()) == "Sync: up to date"


def test_pending_counts_only_what_no_other_device_has_confirmed_merged(
    library, patron, item, clock
):
    """The branch's last package said it merged this device's operations up to the
    registration: only the check-out made after is still pending."""
    registered = library.journal.entries()[0]
    _set(library, ACKNOWLEDGED_KEY, json.dumps({registered.device_id: registered.seq}))
    clock.advance(hours=1)
    library.circulation.checkout(patron.barcode, item.barcode)

    assert library.journal.pending() == SyncState(1, clock.now())
    assert [e.kind for e in _exported(library)] == ["checkout"]


def test_a_branch_that_prepares_packages_keeps_its_own_operations_at_home(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)
    _set(library, ROLE_KEY, SyncRole.HUB.value)

    assert library.journal.pending() == SyncState(0, None)


def test_the_sync_state_says_how_many_exceptions_wait_for_staff(clock):
    state = SyncState(0, None, exceptions=2)

    assert state.message(clock.now()) == "Sync: up to date; 2 sync exceptions to resolve"


def _exported(library):
    text, _ = library.journal.export_text()
    return [SimpleNamespace(kind=json.loads(line)["kind"]) for line in text.splitlines()[1:]]


def _set(library, key, value):
    with library.context.unit_of_work() as uow:
        uow.settings.set(key, value)
        uow.commit()


# -- exports -------------------------------------------------------------------------


def test_the_json_lines_export_is_a_header_then_one_operation_a_line(
    library, patron, item, tmp_path
):
    library.circulation.checkout(patron.barcode, item.barcode)
    out = tmp_path / "journal.jsonl"

    assert library.journal.export(out) == 2
    header, *lines = [json.loads(line) for line in out.read_text().splitlines()]

    assert header == {
        "format": "libtech-journal",
        "version": 1,
        "device_id": library.journal.device_id(),
        "device_name": None,
        "generator": "LibTech Desk",
        "generator_version": __version__,
        "exported_at": library.context.clock.now().isoformat(),
        "clock_check": None,
        "acknowledged": {},
    }
    assert [line["kind"] for line in lines] == ["patron_add", "checkout"]
    assert lines[1]["data"]["item"] == item.barcode
    assert {e.op_id for e in library.journal.entries()} == {line["op_id"] for line in lines}


def test_exporting_is_read_only_twice_the_same_file(library, patron, item, tmp_path):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.journal.export(tmp_path / "a.jsonl")
    library.journal.export_koc(tmp_path / "a.koc")
    before = library.journal.entries()

    library.journal.export(tmp_path / "b.jsonl")
    library.journal.export_koc(tmp_path / "b.koc")

    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.koc").read_bytes() == (tmp_path / "b.koc").read_bytes()
    assert library.journal.entries() == before


def test_since_leaves_out_older_operations(library, patron, item, clock, tmp_path):
    clock.advance(days=1)
    library.circulation.checkout(patron.barcode, item.barcode)

    assert library.journal.export(tmp_path / "j", since=clock.now()) == 1
    assert [e.kind for e in library.journal.entries(clock.now())] == [JournalKind.CHECKOUT]


# -- Koha .koc -----------------------------------------------------------------------


def test_the_koc_export_is_what_kohas_parser_reads(library, patron, item, clock, tmp_path):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(hours=2)
    clock.instant += timedelta(milliseconds=42)
    library.circulation.checkin(item.barcode)
    library.fines.charge(patron.barcode, 325, "manual", "Lost card")
    library.fines.pay(patron.barcode, 325)
    library.holds.place(patron.barcode, item_barcode=item.barcode)  # no .koc command
    out = tmp_path / "bookmobile.koc"

    assert library.journal.export_koc(out) == 3

    raw = out.read_bytes()
    assert b"\r" not in raw
    header, *commands = raw.decode("utf-8").splitlines(keepends=True)
    assert koha_parse_header_line(header) == {
        "Version": "1.0",
        "Generator": "LibTech Desk",
        "GeneratorVersion": __version__,
    }
    parsed = [koha_parse_command_line(line) for line in commands]
    local = clock.now().astimezone()
    lent = (clock.now() - timedelta(hours=2, milliseconds=42)).astimezone()
    assert parsed == [
        {
            "date": f"{lent:%Y-%m-%d}",
            "time": f"{lent:%H:%M:%S}",
            "id": "000",
            "command": "issue",
            "cardnumber": patron.barcode,
            "barcode": item.barcode,
        },
        {
            "date": f"{local:%Y-%m-%d}",
            "time": f"{local:%H:%M:%S}",
            "id": "042",
            "command": "return",
            "barcode": item.barcode,
        },
        {
            "date": f"{local:%Y-%m-%d}",
            "time": f"{local:%H:%M:%S}",
            "id": "042",
            "command": "payment",
            "cardnumber": patron.barcode,
            "amount": "3.25",
        },
    ]
    for entry in parsed:
        datetime.strptime(f"{entry['date']} {entry['time']}", "%Y-%m-%d %H:%M:%S")


def test_a_koc_line_is_dated_as_the_action_was():
    from libtech_desktop.domain.journal import JournalEntry

    at = datetime(2026, 3, 5, 12, 0).astimezone()
    dated = datetime(2026, 3, 3, 12, 0, 0, 7000).astimezone()
    entry = JournalEntry(
        1, "op", "dev", "desk", at, JournalKind.CHECKIN, {"item": "31", "dated": dated.isoformat()}
    )
    assert koc.command_line(entry) == "2026-03-03 12:00:00 007\treturn\t31"
