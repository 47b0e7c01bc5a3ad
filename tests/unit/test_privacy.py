"""Loan history kept only as the library's setting says; a patron's own data exported
and erased on request."""

from __future__ import annotations

import sqlite3

import pytest

from libtech_desktop.domain.errors import PatronBlocked
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.services.privacy import ErasureRefused, PrivacyService


@pytest.fixture
def privacy(library):
    return PrivacyService(library.context)


@pytest.fixture
def sql(db_path):
    def run(statement: str, *params: object) -> None:
        with sqlite3.connect(db_path) as conn:
            conn.execute(statement, params)

    return run


def loan_owners(db_rows):
    return [
        row[0]
        for row in db_rows(
            "SELECT p.barcode FROM loans l JOIN patrons p ON p.id = l.patron_id ORDER BY l.id"
        )
    ]


def lend_and_return(library, clock, patron, items, days_between):
    for item in items:
        library.circulation.checkout(patron.barcode, item.barcode)
        clock.advance(days=days_between)
        library.circulation.checkin(item.barcode)


def test_keep_anonymises_nothing(library, clock, privacy, patron, make_item, db_rows):
    lend_and_return(library, clock, patron, [make_item(), make_item()], 10)

    assert privacy.anonymise_loan_history() == 0
    assert loan_owners(db_rows) == [patron.barcode] * 2
    assert db_rows("SELECT count(*) FROM patrons WHERE barcode = ?", ANONYMISED_BARCODE) == [(0,)]


def test_loans_returned_longer_ago_than_the_setting_are_anonymised(
    library, clock, privacy, patron, make_item, db_rows
):
    old, recent, out = make_item(), make_item(), make_item()
    lend_and_return(library, clock, patron, [old, recent], 10)  # returned 20 and 10 days ago
    library.circulation.checkout(patron.barcode, out.barcode)
    clock.advance(days=5)
    library.settings.set("privacy.loan_history", "12")

    assert privacy.anonymise_loan_history() == 1
    assert loan_owners(db_rows) == [ANONYMISED_BARCODE, patron.barcode, patron.barcode]
    assert privacy.anonymise_loan_history() == 0  # idempotent
    # The hidden patron is not listed nor found.
    assert ANONYMISED_BARCODE not in {p.barcode for p in library.patrons.search("")}
    assert library.patrons.search("anonymised") == []


def test_off_anonymises_every_returned_loan(library, clock, privacy, patron, make_item, db_rows):
    lend_and_return(library, clock, patron, [make_item()], 1)
    library.settings.set("privacy.loan_history", "off")

    assert privacy.anonymise_loan_history() == 1
    assert loan_owners(db_rows) == [ANONYMISED_BARCODE]


def test_export_holds_the_record_loans_fines_and_incidents(
    library, clock, privacy, patron, make_item, sql
):
    lend_and_return(library, clock, patron, [make_item("Middlemarch")], 3)
    library.patrons.record_incident(patron.barcode, "Lost temper", "Spoke to them")
    sql(
        "INSERT INTO fines (patron_id, kind, amount_minor, description, created_at, created_by)"
        " VALUES (?, 'manual', 150, 'Torn page', '2026-03-01 10:00:00', 'desk')",
        patron.id,
    )

    data = privacy.export(patron.barcode)

    assert data["patron"]["name"] == "Lovelace, Ada"
    assert data["patron"]["barcode"] == patron.barcode
    assert [loan["title"] for loan in data["loans"]] == ["Middlemarch"]
    assert [(f["amount_minor"], f["description"]) for f in data["fines"]] == [(150, "Torn page")]
    assert [i["what"] for i in data["incidents"]] == ["Lost temper"]
    assert data["holds"] == [] and data["notices"] == []
    assert data["incidents"][0]["occurred_on"] == "2026-03-05"


def test_erase_anonymises_history_and_accounts_then_deletes(
    library, clock, privacy, patron, make_patron, make_item, sql, db_rows
):
    child = library.patrons.register("C1", "Kid, A", category="child", guardian=patron.barcode)
    book = make_item()
    lend_and_return(library, clock, patron, [book], 2)
    library.patrons.record_incident(patron.barcode, "Shouted")
    sql(
        "INSERT INTO fines (id, patron_id, kind, amount_minor, description, created_at,"
        " created_by) VALUES (7, ?, 'manual', 100, 'Fee', '2026-03-01 10:00:00', 'desk')",
        patron.id,
    )
    sql(
        "INSERT INTO payments (id, patron_id, amount_minor, method, paid_at, taken_by)"
        " VALUES (3, ?, 100, 'cash', '2026-03-01 10:00:00', 'desk')",
        patron.id,
    )
    sql(
        "INSERT INTO fine_credits (fine_id, payment_id, kind, amount_minor, created_at,"
        " created_by) VALUES (7, 3, 'payment', 100, '2026-03-01 10:00:00', 'desk')"
    )
    sql(
        "INSERT INTO holds (patron_id, biblio_id, status, frozen, placed_at, placed_by)"
        " VALUES (?, ?, 'waiting', 0, '2026-03-01 10:00:00', 'desk')",
        patron.id,
        book.biblio_id,
    )

    erased = privacy.erase(patron.barcode)

    assert (erased.name, erased.loans_anonymised) == ("Lovelace, Ada", 1)
    assert db_rows("SELECT count(*) FROM patrons WHERE barcode = ?", patron.barcode) == [(0,)]
    assert loan_owners(db_rows) == [ANONYMISED_BARCODE]
    owners = "SELECT p.barcode FROM {} t JOIN patrons p ON p.id = t.patron_id"
    assert db_rows(owners.format("fines")) == [(ANONYMISED_BARCODE,)]
    assert db_rows(owners.format("payments")) == [(ANONYMISED_BARCODE,)]
    assert db_rows("SELECT count(*) FROM holds") == [(0,)]
    assert db_rows("SELECT count(*) FROM patron_incidents") == [(0,)]
    assert library.patrons.get(child.barcode).guardian_barcode is None


def test_erase_is_refused_while_items_are_out(library, privacy, patron, item, snapshot):
    library.circulation.checkout(patron.barcode, item.barcode)
    before = snapshot()
    with pytest.raises(ErasureRefused, match="still has 1 item out"):
        privacy.erase(patron.barcode)
    assert snapshot() == before


def test_erase_is_refused_while_money_is_owed(privacy, patron, sql, snapshot):
    sql(
        "INSERT INTO fines (patron_id, kind, amount_minor, description, created_at, created_by)"
        " VALUES (?, 'manual', 250, 'Fee', '2026-03-01 10:00:00', 'desk')",
        patron.id,
    )
    before = snapshot()
    with pytest.raises(ErasureRefused, match=r"owes 2\.50"):
        privacy.erase(patron.barcode)
    assert snapshot() == before


def test_the_anonymised_patron_cannot_be_erased(library, clock, privacy, patron, make_item):
    lend_and_return(library, clock, patron, [make_item()], 1)
    library.settings.set("privacy.loan_history", "off")
    privacy.anonymise_loan_history()
    with pytest.raises(ErasureRefused):
        privacy.erase(ANONYMISED_BARCODE)
    with pytest.raises(PatronBlocked, match="anonymised history"):
        library.circulation.checkout(ANONYMISED_BARCODE, make_item().barcode)
