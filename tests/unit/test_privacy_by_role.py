"""Privacy by role (issue 8): a volunteer sees a patron's name, card, category, expiry,
standing and loans — never the address, email, phone or notes; a technician does. The
service leaves them out, so no front end can show what the role may not see."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.patrons import PatronDraft
from libtech_desktop.interop.passwords import hash_password
from libtech_desktop.library import open_library

ADMIN_PASSWORD = "correct horse battery"
CONTACT = ("email", "phone", "address", "notes")


@pytest.fixture
def staffed(library, db_path, clock, item):
    """A patron with every contact detail and a loan; a volunteer and a technician."""
    ada = library.patrons.register_draft(
        PatronDraft(
            "29999000000016",
            "Lovelace, Ada",
            "adult",
            email="ada@example.org",
            phone="555 0101",
            notes="Prefers large print",
            address="1 Analytical Row\nLondon",
        )
    )
    library.circulation.checkout(ada.barcode, item.barcode)
    library.staff.create_first_administrator("ada", "Ada Admin", ADMIN_PASSWORD)
    with library.context.unit_of_work() as uow:
        for user, role in (("val", "volunteer"), ("tom", "technician")):
            uow.staff.add(
                user, user.title(), role, hash_password(f"{user} password"), "ada", clock.now()
            )
        uow.commit()
    return db_path, ada


def contact_of(patron):
    return {name: getattr(patron, name) for name in CONTACT}


def assert_no_contact(patron, ada):
    assert contact_of(patron) == dict.fromkeys(CONTACT)
    assert (patron.name, patron.barcode, patron.category_code, patron.expires_on) == (
        ada.name,
        ada.barcode,
        "adult",
        ada.expires_on,
    )


def test_a_volunteer_finds_a_patron_without_their_contact_details(staffed, clock):
    path, ada = staffed
    with open_library(path, clock=clock, user="val", password="val password") as lib:
        got = lib.patrons.get(ada.barcode)
        (found,) = lib.patrons.search("Lovelace")
    assert_no_contact(got, ada)
    assert_no_contact(found, ada)


def test_a_volunteer_at_checkout_sees_the_loans_but_no_contact_details(staffed, clock, item):
    path, ada = staffed
    with open_library(path, clock=clock, user="val", password="val password") as lib:
        summary = lib.circulation.patron_summary(ada.barcode)
        scanned = lib.circulation.scan_at_checkout(None, ada.barcode).summary
    for shown in (summary, scanned):
        assert_no_contact(shown.patron, ada)
        assert [loan.item_barcode for loan in shown.loans] == [item.barcode]


def test_a_technician_sees_the_contact_details(staffed, clock):
    path, ada = staffed
    with open_library(path, clock=clock, user="tom", password="tom password") as lib:
        got = lib.patrons.get(ada.barcode)
        (found,) = lib.patrons.search("Lovelace")
        summary = lib.circulation.patron_summary(ada.barcode)
    for patron in (got, found, summary.patron):
        assert contact_of(patron) == contact_of(ada)


def test_a_library_without_staff_accounts_shows_everything(library):
    ada = library.patrons.register("29999000000016", "Lovelace, Ada", email="ada@example.org")
    assert library.patrons.get(ada.barcode).email == "ada@example.org"
