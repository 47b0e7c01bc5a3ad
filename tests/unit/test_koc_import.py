"""Importing Koha offline circulation files (.koc 1.0) at the branch (issue 7): read line
by line, dry run, applied once however often the file comes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.interop import koc
from tests.conftest import NOON

HEADER = "Version=1.0\tGenerator=kocTool\tGeneratorVersion=3.1\n"


def stamp(instant: datetime) -> str:
    return koc.timestamp(instant)


def write(tmp_path: Path, *lines: str, name: str = "day.koc") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def test_the_reader_turns_each_line_into_an_operation_with_a_stable_id():
    text = HEADER + (
        f"{stamp(NOON)}\tissue\t21000\t31000\n"
        f"{stamp(NOON)}\treturn\t31000\n"
        f"{stamp(NOON)}\treturn\t31000\n"
        f"{stamp(NOON)}\tpayment\t21000\t3.25\n"
    )
    first = koc.read(text, "desk")
    again = koc.read(text, "someone")

    kinds = [op.kind for op in first.operations]
    assert kinds == [
        JournalKind.CHECKOUT,
        JournalKind.CHECKIN,
        JournalKind.CHECKIN,
        JournalKind.PAYMENT,
    ]
    assert [op.op_id for op in first.operations] == [op.op_id for op in again.operations]
    assert len({op.op_id for op in first.operations}) == 4  # the repeated line counts twice
    assert first.device_id == koc.device_of("kocTool") and first.device_name == "kocTool"
    assert first.operations[3].data["amount_minor"] == 325
    assert first.operations[0].staff == "desk"
    assert first.operations[0].at == NOON  # local time with milliseconds, read back


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2026-03-02 13:05:09\tissue\t1\t2", "line 3: not an operation (time like"),
        ("2026-03-02 13:05:09 000\tlend\t1\t2", "line 3: not an operation: "),
        ("2026-03-02 13:05:09 000\tissue\t1", "line 3: not an operation: "),
        ("2026-03-02 13:05:09 000\tpayment\t1\tlots", "line 3: "),
    ],
)
def test_a_malformed_line_is_refused_with_its_number(line, message):
    good = f"{stamp(NOON)}\treturn\t31000"
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(")):
        koc.read(HEADER + good + "\n" + line + "\n", "desk")


def test_a_file_that_is_not_koc_1_0_is_refused():
    with pytest.raises(InvalidInput, match=r"line 1: \.koc version '2\.0'"):
        koc.read("Version=2.0\tGenerator=x\n", "desk")


def test_a_koc_file_dry_runs_then_applies_once(library, clock, make_patron, make_item, tmp_path):
    ada, bob = make_patron("Lovelace, Ada"), make_patron("Babbage, Bob")
    lent, back = make_item("Emma"), make_item("Persuasion")
    library.circulation.checkout(bob.barcode, back.barcode)
    earlier = NOON + timedelta(hours=1)  # on the other system, before the import
    clock.advance(hours=3)
    path = write(
        tmp_path,
        f"{stamp(earlier)}\tissue\t{ada.barcode}\t{lent.barcode}",
        f"{stamp(earlier)}\treturn\t{back.barcode}",
        f"{stamp(earlier)}\tissue\t{ada.barcode}\t39999999999999",
    )

    predicted = library.sync.dry_run(path)

    assert (predicted.source, predicted.operations, predicted.applied) == ("koc", 3, 2)
    assert [e.reason.split(":")[0] for e in predicted.exceptions] == [
        "unknown item barcode 39999999999999"
    ]
    assert library.circulation.item_loan(lent.barcode) is None
    applied = library.sync.apply(path)
    assert (applied.applied, len(applied.exceptions)) == (2, 1)
    loan = library.circulation.item_loan(lent.barcode)
    assert loan is not None and loan.due.isoformat() == "2026-03-23"  # the rule's date
    assert to_local(loan.checked_out) == to_local(earlier)
    assert library.circulation.item_loan(back.barcode) is None
    again = library.sync.apply(path)
    assert (again.applied, again.already_applied) == (0, 3)
    assert "nothing changes" in again.message


def test_a_koc_written_here_imports_at_another_library(library, make_patron, make_item, tmp_path):
    ada, book = make_patron("Lovelace, Ada"), make_item("Emma")
    library.circulation.checkout(ada.barcode, book.barcode)
    out = tmp_path / "out.koc"
    library.journal.export_koc(out)

    read = library.sync.read(out)

    assert [(op.kind, op.data["item"]) for op in read.operations] == [
        (JournalKind.CHECKOUT, book.barcode)
    ]
    # Already on loan to Ada here: nothing to do, and it says so.
    report = library.sync.apply(out)
    assert (report.unchanged, report.exceptions) == (1, ())
