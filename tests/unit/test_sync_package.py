"""The bookmobile package (issue 7): prepared at the branch, imported on the laptop."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import PatronBlocked
from libtech_desktop.domain.sync import CLOCK_CHECK_KEY, PACKAGE_KEY, SyncRole
from libtech_desktop.domain.sync_package import PackageRefused
from libtech_desktop.interop import package_file
from libtech_desktop.interop.package_file import WrongPassphrase
from libtech_desktop.library import open_library
from libtech_desktop.services import sync_state
from libtech_desktop.services.progress import Cancelled
from tests.conftest import NOON, item_code, patron_code

PASS = "correct horse battery"


@pytest.fixture
def branch(library, make_patron, make_item):
    """A branch with three items on the bookmobile and one at home; three patrons."""
    for n in range(1, 4):
        biblio = library.catalogue.add_biblio(title=f"Bookmobile title {n}", author="Writer, A")
        library.catalogue.add_item(biblio.id, barcode=item_code(n), location="Bookmobile")
    home = library.catalogue.add_biblio(title="At home", author="Writer, B")
    library.catalogue.add_item(home.id, barcode=item_code(9), location="Main")
    library.patrons.register(
        patron_code(1), "Lovelace, Ada", email="ada@example.org", phone="555-0101"
    )
    library.patrons.register(patron_code(2), "Babbage, Charles")
    library.patrons.register(patron_code(3), "Hopper, Grace")
    return library


@pytest.fixture
def laptop(tmp_path, clock):
    lib = open_library(tmp_path / "laptop.sqlite3", clock=clock)
    try:
        yield lib
    finally:
        lib.close()


def _package(branch, tmp_path, name="trip.lbp", **kw):
    out = tmp_path / name
    summary = branch.packages.prepare(out, PASS, **kw)
    return out, summary


def _rows(lib, sql, *params):
    with sqlite3.connect(lib.path) as conn:
        return conn.execute(sql, params).fetchall()


def _setting(lib, key):
    with lib.context.unit_of_work() as uow:
        return uow.settings.get(key)


# -- preparing -----------------------------------------------------------------------


def test_prepare_writes_the_bookmobile_collection_and_makes_the_branch_the_hub(branch, tmp_path):
    out, summary = _package(branch, tmp_path)

    header = package_file.read_header(out)
    assert (header.items, header.patrons) == (3, 3)
    assert header.expires_at - header.prepared_at == timedelta(days=14)
    assert (summary.items, summary.patrons, summary.path) == (3, 3, out)
    _, payload = package_file.read(out, PASS)
    assert sorted(i["barcode"] for i in payload["collection"]) == [item_code(n) for n in (1, 2, 3)]
    with branch.context.unit_of_work() as uow:
        assert sync_state.role(uow) is SyncRole.HUB


def test_the_patron_data_is_not_readable_in_the_file_and_carries_no_contact_details(
    branch, tmp_path
):
    out, _ = _package(branch, tmp_path)

    raw = out.read_bytes()
    assert b"Lovelace" not in raw and b"Babbage" not in raw
    _, payload = package_file.read(out, PASS)
    ada = next(p for p in payload["patrons"] if p["barcode"] == patron_code(1))
    assert ada["name"] == "Lovelace, Ada"
    text = json.dumps(payload)
    assert "ada@example.org" not in text and "555-0101" not in text
    assert not {"address", "email", "phone", "notes"} & set(ada)


def test_a_card_expired_more_than_a_year_ago_stays_at_the_branch(branch, admin, tmp_path):
    admin.set_expiry(patron_code(3), NOON.date() - timedelta(days=400))

    _, summary = _package(branch, tmp_path)

    assert summary.patrons == 2


def test_a_short_passphrase_is_refused_before_anything_is_written(branch, tmp_path):
    with pytest.raises(Exception, match="at least 8 characters"):
        branch.packages.prepare(tmp_path / "x.lbp", "short")
    assert not (tmp_path / "x.lbp").exists()


# -- importing -----------------------------------------------------------------------


def test_the_laptop_lends_with_the_branch_rules_and_refuses_a_patron_blocked_there(
    branch, laptop, tmp_path
):
    branch.patrons.block(patron_code(2), "Lost three books")
    branch.circulation.checkout(patron_code(3), item_code(1))
    out, _ = _package(branch, tmp_path)

    report = laptop.packages.import_package(out, PASS)

    assert (report.items, report.patrons, report.loans_made) == (3, 3, 1)
    [loan] = laptop.circulation.open_loans(patron_code(3))
    assert loan.item_barcode == item_code(1)
    made = laptop.circulation.checkout(patron_code(1), item_code(2))
    assert made.due.isoformat() == "2026-03-23"  # the branch's 21-day rule
    with pytest.raises(PatronBlocked, match="Lost three books"):
        laptop.circulation.checkout(patron_code(2), item_code(3))
    with laptop.context.unit_of_work() as uow:
        assert sync_state.role(uow) is SyncRole.SATELLITE
    clock_check = json.loads(_setting(laptop, CLOCK_CHECK_KEY))
    assert clock_check["hub_device"] == branch.journal.device_id()
    assert json.loads(_setting(laptop, PACKAGE_KEY))["id"] == report.package_id


def test_a_balance_owed_at_the_branch_shows_and_blocks_on_the_laptop(branch, laptop, tmp_path):
    branch.fines.charge(patron_code(1), 1250, "manual", "Damaged jacket")
    out, _ = _package(branch, tmp_path)

    laptop.packages.import_package(out, PASS)

    assert laptop.circulation.patron_summary(patron_code(1)).owed_minor == 1250
    [(description,)] = _rows(laptop, "SELECT description FROM fines")
    assert description == "Balance at the branch on 2026-03-02"
    with pytest.raises(PatronBlocked):
        laptop.circulation.checkout(patron_code(1), item_code(2))


def test_a_wrong_passphrase_and_a_flipped_byte_are_refused_changing_nothing(
    branch, laptop, tmp_path
):
    out, _ = _package(branch, tmp_path)
    before = _rows(laptop, "SELECT key, value FROM library_settings ORDER BY key")

    with pytest.raises(WrongPassphrase, match="does not open this package"):
        laptop.packages.import_package(out, "not the passphrase")
    data = bytearray(out.read_bytes())
    data[-20] ^= 0x01
    flipped = tmp_path / "flipped.lbp"
    flipped.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase, match="or the file was changed"):
        laptop.packages.import_package(flipped, PASS)

    assert _rows(laptop, "SELECT key, value FROM library_settings ORDER BY key") == before
    assert _rows(laptop, "SELECT count(*) FROM patrons") == [(0,)]


def test_an_edited_expiry_in_the_header_is_refused(branch, laptop, tmp_path):
    out, _ = _package(branch, tmp_path)
    data = out.read_bytes()
    later = data.replace(b'"expires_at":"2026-03-16', b'"expires_at":"2027-03-16', 1)
    assert later != data
    out.write_bytes(later)

    with pytest.raises(WrongPassphrase):
        laptop.packages.import_package(out, PASS)


def test_an_expired_package_is_refused(branch, tmp_path):
    out, _ = _package(branch, tmp_path, days=3)
    later = FixedClock(NOON + timedelta(days=4))
    with open_library(tmp_path / "laptop.sqlite3", clock=later) as laptop:
        with pytest.raises(PackageRefused, match=r"expired on 2026-03-05.*prepare a fresh one"):
            laptop.packages.import_package(out, PASS)
        assert _rows(laptop, "SELECT count(*) FROM patrons") == [(0,)]


def test_an_older_package_after_a_newer_one_is_refused(branch, laptop, clock, tmp_path):
    old, _ = _package(branch, tmp_path, "old.lbp")
    clock.advance(hours=2)
    new, _ = _package(branch, tmp_path, "new.lbp")
    laptop.packages.import_package(new, PASS)

    with pytest.raises(PackageRefused, match="before the one already imported"):
        laptop.packages.import_package(old, PASS)


def test_a_second_package_keeps_a_loan_the_laptop_made_and_has_not_exported(
    branch, laptop, clock, tmp_path
):
    first, _ = _package(branch, tmp_path, "first.lbp")
    laptop.packages.import_package(first, PASS)
    laptop.circulation.checkout(patron_code(1), item_code(2))
    clock.advance(hours=1)
    second, _ = _package(branch, tmp_path, "second.lbp")

    report = laptop.packages.import_package(second, PASS)

    [loan] = laptop.circulation.open_loans(patron_code(1))
    assert loan.item_barcode == item_code(2)
    assert report.kept_items == (item_code(2),)
    assert report.kept_patrons == (patron_code(1),)
    assert any("Kept 1 item and 1 patron" in line for line in report.lines())


def test_a_loan_the_branch_no_longer_has_is_closed_and_unserved_patrons_leave(
    branch, laptop, admin, clock, tmp_path
):
    branch.circulation.checkout(patron_code(3), item_code(1))
    first, _ = _package(branch, tmp_path, "first.lbp")
    laptop.packages.import_package(first, PASS)
    branch.circulation.checkin(item_code(1))
    admin.set_expiry(patron_code(2), NOON.date() - timedelta(days=400))
    clock.advance(hours=1)
    second, _ = _package(branch, tmp_path, "second.lbp")

    report = laptop.packages.import_package(second, PASS)

    assert report.loans_closed == 1
    assert laptop.circulation.open_loans(patron_code(3)) == []
    assert report.patrons_removed == 1
    assert _rows(laptop, "SELECT barcode FROM patrons WHERE barcode = ?", patron_code(2)) == []


def test_a_route_package_carries_its_stops_and_every_patron(branch, laptop, clock, tmp_path):
    """Only the North route's stops travel, but every patron does (anyone may walk up to
    the truck); the laptop lends at Elm Street (a Monday stop) due on a visit."""
    branch.routes.add_route("South")
    branch.routes.add_stop("South", "Mill Lane", 1, "10:00", "11:30", NOON.date() + timedelta(1))
    branch.routes.add_route("North")
    branch.routes.add_stop("North", "Elm Street", 0, "10:00", "11:30", NOON.date())
    branch.routes.set_current_stop("Elm Street")
    branch.circulation.checkout(patron_code(1), item_code(1))
    branch.routes.set_current_stop(None)

    out, summary = _package(branch, tmp_path, route="North")
    laptop.packages.import_package(out, PASS)

    assert summary.stops == 1
    assert _rows(laptop, "SELECT barcode FROM patrons WHERE barcode != 'ANONYMISED'") == [
        (patron_code(n),) for n in range(1, summary.patrons + 1)
    ]
    assert summary.patrons >= 2
    assert [r.name for r in laptop.routes.routes()] == ["North"]
    [stop] = laptop.routes.stops("North")
    assert (stop.name, stop.weekday, stop.starts_at) == ("Elm Street", 0, "10:00")
    laptop.routes.set_current_stop("Elm Street")
    loan = laptop.circulation.checkout(patron_code(1), item_code(2))
    assert loan.due.isoformat() == "2026-03-23"  # 21 days is a Monday: a visit


# -- issue 9: progress and Cancel ------------------------------------------------------------


def test_an_import_reports_item_by_item_and_a_cancel_changes_nothing(branch, laptop, tmp_path):
    out, _ = _package(branch, tmp_path)
    before = _rows(laptop, "SELECT key, value FROM library_settings ORDER BY key")
    heard: list[tuple[int, int, str]] = []

    def tell(done: int, total: int, what: str) -> None:
        heard.append((done, total, what))

    with pytest.raises(Cancelled):
        laptop.packages.import_package(
            out, PASS, progress=tell, should_cancel=lambda: heard[-1][2] == "Patrons"
        )

    assert [what for _, _, what in heard] == ["Reading the package…", "Items", "Patrons"]
    assert heard[1][:2] == (3, 3 + 2 * 3 + 2)  # 3 items; 3 patrons and their balances; 2 steps
    assert _rows(laptop, "SELECT count(*) FROM items") == [(0,)]
    assert _rows(laptop, "SELECT count(*) FROM patrons") == [(0,)]
    assert _rows(laptop, "SELECT key, value FROM library_settings ORDER BY key") == before

    heard.clear()
    report = laptop.packages.import_package(out, PASS, progress=tell)

    assert report.items == 3
    done, total, _ = heard[-1]
    assert done == total == 11
    assert [d for d, _, _ in heard[1:]] == sorted(d for d, _, _ in heard[1:])
    assert _rows(laptop, "SELECT count(*) FROM items") == [(3,)]


# -- issue 9: a large package is opened apart, the desk's window free ---------------------


@pytest.fixture
def read_apart(monkeypatch):
    """Every package counts as large: it is opened in a worker process and handed back in
    pieces of two rows (as 20,000 patrons would be, 1,000 at a time). Opening one in this
    process fails the test: the worker, a new process, has its own ``package_file``."""
    from libtech_desktop.services import sync_package

    def not_here(*_args: object) -> None:
        raise AssertionError("the package was opened in the desk's process")

    monkeypatch.setattr(sync_package, "READ_APART_BYTES", 0)
    monkeypatch.setattr(sync_package, "_PIECE", 2)
    monkeypatch.setattr(sync_package.package_file, "read", not_here)


def test_a_large_package_opened_apart_imports_the_same(branch, laptop, tmp_path, read_apart):
    branch.circulation.checkout(patron_code(2), item_code(1))
    out, _ = _package(branch, tmp_path)

    report = laptop.packages.import_package(out, PASS)

    assert (report.items, report.patrons, report.loans_made) == (3, 3, 1)
    assert _rows(laptop, "SELECT barcode, name FROM patrons ORDER BY barcode") == [
        (patron_code(1), "Lovelace, Ada"),
        (patron_code(2), "Babbage, Charles"),
        (patron_code(3), "Hopper, Grace"),
    ]
    assert _rows(laptop, "SELECT barcode FROM items ORDER BY barcode") == [
        (item_code(1),),
        (item_code(2),),
        (item_code(3),),
    ]
    assert laptop.circulation.item_loan(item_code(1)) is not None


def test_a_large_package_opened_apart_refuses_a_wrong_passphrase_and_hears_a_cancel(
    branch, laptop, tmp_path, read_apart
):
    out, _ = _package(branch, tmp_path)

    with pytest.raises(WrongPassphrase, match="does not open this package"):
        laptop.packages.import_package(out, "not the passphrase")
    with pytest.raises(Cancelled):  # Cancel pressed while the package was being read
        laptop.packages.import_package(out, PASS, should_cancel=lambda: True)

    assert _rows(laptop, "SELECT count(*) FROM patrons") == [(0,)]
    assert _setting(laptop, PACKAGE_KEY) is None


def test_collecting_garbage_resumes_after_an_import_refused_or_done(branch, laptop, tmp_path):
    import gc

    out, _ = _package(branch, tmp_path)
    with pytest.raises(WrongPassphrase):
        laptop.packages.import_package(out, "not the passphrase")
    assert gc.isenabled()
    laptop.packages.import_package(out, PASS)
    assert gc.isenabled()
