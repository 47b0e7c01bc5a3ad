"""Merging the bookmobile laptop's journal at the branch (issue 7): two library files, the
laptop's operations replayed with their effects, each exception with its reason, a dry
run that predicts the apply, idempotent and resumable imports, the clock corrected."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.sync import CLOCK_CHECK_KEY, DEVICE_NAME_KEY, SyncRole
from libtech_desktop.domain.sync_merge import IncomingOp, replay_order
from libtech_desktop.library import Library, open_library
from libtech_desktop.services import journal, sync_state
from tests.conftest import NOON, item_code, patron_code

ADA, BOB, CY, DEE = (patron_code(n) for n in (1, 2, 3, 9))
B1, B2, B3, B4, B5 = (item_code(n) for n in range(1, 6))


@dataclass
class Day:
    branch: Library
    laptop: Library
    branch_clock: FixedClock
    laptop_clock: FixedClock
    tmp: Path

    def export(self, name: str = "laptop.jsonl") -> Path:
        out = self.tmp / name
        self.laptop.journal.export(out)
        return out

    def loan(self, lib: Library, item: str) -> tuple[str, str, str | None, str | None] | None:
        """(patron, due, returned_at, stop) of the item's latest loan, read from the file."""
        with sqlite3.connect(lib.path) as db:
            return db.execute(
                "SELECT p.barcode, l.due_on, l.returned_at, s.name FROM loans l "
                "JOIN items i ON i.id = l.item_id JOIN patrons p ON p.id = l.patron_id "
                "LEFT JOIN stops s ON s.id = l.stop_id WHERE i.barcode = ? "
                "ORDER BY l.id DESC LIMIT 1",
                (item,),
            ).fetchone()


def _set(lib: Library, key: str, value: str) -> None:
    with lib.context.unit_of_work() as uow:
        uow.settings.set(key, value)
        uow.commit()


def make_laptop(branch: Library, path: Path, clock: FixedClock) -> Library:
    """A copy of the branch's file that then goes its own way (what a package gives)."""
    source, target = sqlite3.connect(branch.path), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    laptop = open_library(path, clock=clock)
    _set(laptop, "sync.device_id", str(uuid.uuid4()))
    _set(laptop, DEVICE_NAME_KEY, "Bookmobile laptop")
    with laptop.context.unit_of_work() as uow:
        sync_state.set_role(uow, SyncRole.SATELLITE)
        uow.commit()
    return laptop


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    """Ada, Bob and Cy; five books; a stop on Wednesdays. Bob has B5 (due 23 Mar)."""
    branch_clock, laptop_clock = FixedClock(NOON), FixedClock(NOON)
    branch = open_library(tmp_path / "branch.sqlite3", clock=branch_clock)
    for code, name in ((ADA, "Lovelace, Ada"), (BOB, "Babbage, Bob"), (CY, "Cyrus, Cy")):
        branch.patrons.register(code, name)
    for n, code in enumerate((B1, B2, B3, B4, B5), start=1):
        record = branch.catalogue.add_biblio(title=f"Book {n}", author="Author, Some")
        branch.catalogue.add_item(record.id, barcode=code)
    branch.routes.add_route("North")
    branch.routes.add_stop("North", "Elm Street", 2, "10:00", "12:00", date(2026, 3, 4))
    branch.circulation.checkout(BOB, B5)
    laptop = make_laptop(branch, tmp_path / "laptop.sqlite3", laptop_clock)
    laptop.routes.set_current_stop("Elm Street")
    try:
        yield Day(branch, laptop, branch_clock, laptop_clock, tmp_path)
    finally:
        laptop.close()
        branch.close()


def test_the_laptops_day_is_replayed_at_the_branch_with_its_effects(day):
    day.laptop.patrons.register(DEE, "Dee, Dora")
    day.laptop.circulation.checkout(DEE, B1)
    day.laptop_clock.advance(days=28)  # 30 Mar: B5 is 7 days late
    back = day.laptop.circulation.checkin(B5)
    day.laptop.fines.pay(BOB, back.fine_minor)
    day.branch_clock.advance(days=28, hours=2)

    report = day.branch.sync.apply(day.export())

    assert (report.operations, report.applied, report.exceptions) == (4, 4, ())
    assert day.branch.patrons.get(DEE).name == "Dee, Dora"
    # Due on the stop's visit (Wed 25 Mar), as the laptop said, made at the stop.
    assert day.loan(day.branch, B1)[:2] == (DEE, "2026-03-25")
    assert day.loan(day.branch, B1)[3] == "Elm Street"
    # The fine as of the laptop's check-in (7 days late), then paid on the truck.
    fines = day.branch.fines.fines(BOB, include_paid=True)
    assert [(f.amount_minor, f.outstanding_minor) for f in fines] == [(back.fine_minor, 0)]
    assert back.fine_minor == 175
    closed = day.loan(day.branch, B5)
    assert closed is not None and closed[2] is not None
    assert closed[2].startswith("2026-03-30")  # the laptop's check-in time, not the import's


def test_registrations_come_first_then_by_corrected_time_then_by_seq():
    at = NOON

    def op(seq: int, kind: JournalKind, minutes: int) -> IncomingOp:
        return IncomingOp(f"op{seq}", "d", seq, "s", at + timedelta(minutes=minutes), kind, {})

    ops = [
        op(1, JournalKind.CHECKOUT, 5),
        op(2, JournalKind.PATRON_ADD, 10),
        op(3, JournalKind.CHECKIN, 1),
        op(4, JournalKind.CHECKOUT, 1),
    ]
    assert [o.seq for o in replay_order(ops, 0)] == [2, 3, 4, 1]


def test_an_item_lent_at_the_branch_meanwhile_and_a_patron_blocked_are_exceptions(day):
    day.branch.patrons.block(CY, "Lost two books")
    day.branch.circulation.checkout(BOB, B4)
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B4)  # the laptop did not know
    day.laptop.circulation.checkout(CY, B3)
    day.laptop.circulation.checkout(ADA, B2)
    day.branch_clock.advance(hours=5)

    report = day.branch.sync.apply(day.export())

    assert (report.applied, len(report.exceptions)) == (1, 2)
    by_item = {e.item: e for e in report.exceptions}
    assert by_item[B4].reason.startswith("on loan to Babbage, Bob")
    assert "since 2 Mar 2026" in by_item[B4].reason and "at the branch" in by_item[B4].reason
    assert by_item[B3].reason.startswith("blocked at the branch:")
    assert "Lost two books" in by_item[B3].reason
    # Not the desk's usual check-in-then-out: Bob keeps B4.
    assert day.loan(day.branch, B4)[0] == BOB
    queue = day.branch.sync.exceptions()
    assert {(e.item, e.patron, e.action) for e in queue} == {
        (B4, ADA, "check out"),
        (B3, CY, "check out"),
    }


def test_unknown_barcodes_renewals_payments_and_registrations_say_why(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    day.laptop.circulation.renew(B5)  # Bob's loan: checked in at the branch meanwhile
    day.laptop.patrons.register(DEE, "Dee, Dora")
    day.branch.circulation.checkin(B5)
    day.branch.patrons.register(DEE, "Someone, Else")
    out = day.export()
    lines = out.read_text().splitlines()
    forged = json.loads(lines[1])
    forged.update(op_id=str(uuid.uuid4()), seq=99, data={**forged["data"], "item": "39999999"})
    paid = json.loads(lines[1])
    paid.update(
        op_id=str(uuid.uuid4()),
        seq=100,
        kind="payment",
        data={"patron": ADA, "amount_minor": 500, "method": "cash", "note": None},
    )
    out.write_text("\n".join([*lines, json.dumps(forged), json.dumps(paid)]) + "\n")
    day.branch_clock.advance(hours=2)

    report = day.branch.sync.apply(out)

    reasons = {e.action: e.reason for e in report.exceptions}
    assert reasons["renew"].startswith("the loan is gone: ") and "checked in" in reasons["renew"]
    assert reasons["register patron"].startswith(f"card barcode {DEE} was given to Someone, Else")
    assert reasons["payment 5.00"] == (
        "payment of 5.00 is more than the 0.00 Lovelace, Ada owes at the branch"
    )
    unknown = [e for e in report.exceptions if e.item == "39999999"]
    assert unknown[0].reason.startswith("unknown item barcode 39999999")
    assert report.applied == 1  # ADA's B2


def test_a_checkin_already_done_at_the_branch_is_unchanged_not_an_exception(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkin(B5)
    day.branch_clock.advance(hours=2)
    day.branch.circulation.checkin(B5)

    report = day.branch.sync.apply(day.export())

    assert (report.unchanged, report.exceptions) == (1, ())


def test_a_checkin_of_a_loan_made_after_it_at_the_branch_is_an_exception(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkin(B5)  # 13:00 on the truck
    day.branch_clock.advance(hours=2)
    day.branch.circulation.checkin(B5)
    day.branch.circulation.checkout(ADA, B5)  # 14:00 at the branch

    report = day.branch.sync.apply(day.export())

    assert [e.reason.split(" since ")[0] for e in report.exceptions] == [
        "on loan at the branch to Lovelace, Ada (" + ADA + ")"
    ]
    assert day.loan(day.branch, B5)[0] == ADA


def test_the_dry_run_predicts_the_apply_and_leaves_the_branch_untouched(day):
    day.branch.circulation.checkout(BOB, B4)
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B4)
    day.laptop.circulation.checkout(ADA, B2)
    day.laptop.circulation.checkin(B5)
    day.branch_clock.advance(hours=3)
    path = day.export()

    seen: list[tuple[int, int]] = []
    predicted = day.branch.sync.dry_run(path, progress=lambda d, t, w: seen.append((d, t)))

    assert predicted.dry_run and predicted.message == (
        "3 operations: 2 will apply, 0 unchanged, 1 exception."
    )
    assert day.loan(day.branch, B2) is None
    assert day.branch.sync.exceptions() == [] and day.branch.sync.imports() == []
    assert seen[-1] == (3, 3)
    applied = day.branch.sync.apply(path)
    assert (applied.applied, applied.unchanged) == (predicted.applied, predicted.unchanged)
    assert [(e.item, e.reason) for e in applied.exceptions] == [
        (e.item, e.reason) for e in predicted.exceptions
    ]


def test_the_same_file_twice_changes_nothing_and_says_so(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    day.laptop.circulation.checkin(B5)
    path = day.export()
    day.branch_clock.advance(hours=2)
    day.branch.sync.apply(path)
    journal_before = len(day.branch.journal.entries())

    again = day.branch.sync.apply(path)

    assert (again.applied, again.already_applied) == (0, 2)
    assert again.message == "2 operations: all already merged here — nothing changes."
    assert len(day.branch.journal.entries()) == journal_before
    assert day.branch.sync.dry_run(path).message == again.message


def test_an_import_cut_short_resumes_without_duplicates(day):
    day.laptop_clock.advance(hours=1)
    for item in (B1, B2, B3):
        day.laptop.circulation.checkout(ADA, item)
    path = day.export()
    day.branch_clock.advance(hours=2)
    asked = iter(range(100))

    cut = day.branch.sync.apply(path, should_cancel=lambda: next(asked) >= 2)

    assert (cut.finished, cut.applied) == (False, 2)
    assert day.branch.sync.imports()[0].finished_at is None
    resumed = day.branch.sync.apply(path)
    assert (resumed.finished, resumed.applied, resumed.already_applied) == (True, 1, 2)
    assert len(day.branch.circulation.open_loans(ADA)) == 3
    history = day.branch.sync.imports()
    assert len(history) == 1 and history[0].applied == 3 and history[0].finished_at


def test_a_replay_whose_ledger_row_was_lost_is_not_applied_twice(day):
    """A power cut after the operation's own commit, before its ledger row."""
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    path = day.export()
    op = day.branch.sync.read(path).operations[0]
    from libtech_desktop.services import sync_replay

    sync_replay.replay(day.branch.context, op, op.at)

    report = day.branch.sync.apply(path)
    assert (report.applied, report.already_applied) == (0, 1)
    assert len(day.branch.circulation.open_loans(ADA)) == 1


def test_a_laptop_clock_thirty_minutes_slow_is_corrected(day):
    # The package was made at the branch at noon and imported at once on the laptop,
    # whose clock said 11:30; the journal is exported and imported at once too.
    branch_id = day.branch.journal.device_id()
    day.laptop_clock.instant = NOON - timedelta(minutes=30)
    check = {
        "hub_device": branch_id,
        "hub_time": NOON.isoformat(),
        "local_time": day.laptop_clock.now().isoformat(),
    }
    _set(day.laptop, CLOCK_CHECK_KEY, json.dumps(check))
    day.laptop.routes.set_current_stop(None)
    day.laptop_clock.advance(hours=1)  # 12:30 on the laptop, 13:00 really
    day.laptop.circulation.checkin(B5)
    day.branch_clock.advance(hours=2)
    day.laptop_clock.advance(hours=2)  # exported 14:30 by the laptop, 15:00 really
    path = day.export()
    day.branch_clock.instant = NOON + timedelta(hours=3)

    report = day.branch.sync.apply(path)

    assert report.clock_offset_s == -1800
    returned = day.loan(day.branch, B5)[2]
    assert returned is not None
    got = datetime.fromisoformat(returned + "+00:00")
    assert got == NOON + timedelta(hours=1)


def test_after_a_merge_the_peer_acknowledgement_and_role_are_recorded(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    day.branch.sync.apply(day.export())
    laptop_id = day.laptop.journal.device_id()
    with day.branch.context.unit_of_work() as uow:
        assert uow.sync.acknowledgements()[laptop_id] >= 1
        assert sync_state.role(uow) is SyncRole.PEER


def test_retry_after_staff_checked_the_other_loan_in_and_dismiss_with_a_note(day):
    day.branch.circulation.checkout(BOB, B4)
    day.branch.patrons.block(CY, "Lost two books")
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B4)
    day.laptop.circulation.checkout(CY, B3)
    day.branch_clock.advance(hours=2)
    day.branch.sync.apply(day.export())
    lent, blocked = sorted(day.branch.sync.exceptions(), key=lambda e: e.item != B4)

    with pytest.raises(InvalidInput, match="Still not applied: on loan to Babbage, Bob"):
        day.branch.sync.retry(lent.id)
    day.branch.circulation.checkin(B4)
    resolved = day.branch.sync.retry(lent.id)

    assert resolved.status == "resolved"
    assert day.loan(day.branch, B4)[0] == ADA
    dismissed = day.branch.sync.dismiss(blocked.id, "Cy returned it at the desk")
    assert (dismissed.status, dismissed.resolution) == ("dismissed", "Cy returned it at the desk")
    assert day.branch.sync.exceptions() == []
    assert len(day.branch.sync.exceptions(None)) == 2
    with pytest.raises(InvalidInput, match="already dismissed"):
        day.branch.sync.dismiss(blocked.id, "again")


def test_a_malformed_line_is_refused_with_its_number_and_nothing_applied(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    path = day.export()
    path.write_text(path.read_text() + "{not json\n")

    with pytest.raises(InvalidInput, match="line 3: not an operation"):
        day.branch.sync.apply(path)
    assert day.loan(day.branch, B2) is None


def test_a_patron_change_applies_only_the_changed_fields(day):
    from libtech_desktop.domain.patrons import PatronDraft

    day.branch.patrons.update(
        ADA, PatronDraft(ADA, "Lovelace, Ada", "adult", address="1 Branch Road")
    )
    day.laptop.patrons.update(ADA, PatronDraft(ADA, "Lovelace, Ada", "adult", phone="555-0101"))
    day.branch_clock.advance(hours=1)

    day.branch.sync.apply(day.export())

    ada = day.branch.patrons.get(ADA)
    assert (ada.phone, ada.address) == ("555-0101", "1 Branch Road")


def test_the_journal_here_keeps_the_origin_of_a_merged_operation(day):
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    op = day.branch.sync.read(day.export()).operations[0]

    day.branch.sync.apply(day.export())

    merged = [e for e in day.branch.journal.entries() if e.op_id == op.op_id]
    assert len(merged) == 1 and merged[0].device_id == op.device_id
    assert journal.current_origin() is None


def test_a_hold_waiting_for_another_patron_and_an_expired_card_are_exceptions(day):
    day.branch.holds.place(BOB, item_barcode=B2)
    day.laptop_clock.advance(hours=1)
    day.laptop.circulation.checkout(ADA, B2)
    day.branch_clock.advance(hours=2)

    report = day.branch.sync.apply(day.export())

    assert len(report.exceptions) == 1
    reason = report.exceptions[0].reason
    assert reason.startswith("a hold waits for it: ") and "Babbage, Bob" in reason
    assert day.loan(day.branch, B2) is None
