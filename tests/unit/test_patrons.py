"""Registering, editing, finding and blocking patrons."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.errors import DuplicateBarcode, InvalidInput, UnknownPatron
from libtech_desktop.domain.patrons import PatronDraft


@pytest.mark.parametrize(
    ("category", "expires_on"),
    [
        ("adult", date(2029, 3, 1)),  # 3 x 365 days
        ("child", date(2028, 3, 1)),  # 2 x 365 days
        ("staff", date(2031, 3, 1)),  # 5 x 365 days
    ],
)
def test_register_sets_expiry_from_the_category(library, category, expires_on):
    patron = library.patrons.register(barcode="P1", name="Lovelace, Ada", category=category)

    assert patron.expires_on == expires_on
    assert patron.category_code == category
    assert library.patrons.get("P1").expires_on == expires_on


def test_register_keeps_what_was_typed_tidied(library):
    patron = library.patrons.register(
        barcode="  P1 ",
        name="  Lovelace,   Ada ",
        category="adult",
        email=" ada@example.org ",
        phone=" 555 0100 ",
    )

    assert patron.barcode == "P1"
    assert patron.name == "Lovelace, Ada"
    assert patron.email == "ada@example.org"
    assert patron.phone == "555 0100"
    assert patron.blocked_reason is None
    assert patron.category_name == "Adult"


def test_register_defaults_to_an_adult(library):
    assert library.patrons.register("P1", "Lovelace, Ada").category_code == "adult"


def test_duplicate_card_barcode_is_refused(library, patron, snapshot):
    before = snapshot()

    with pytest.raises(DuplicateBarcode, match=f"already has the card barcode {patron.barcode}"):
        library.patrons.register(barcode=patron.barcode, name="Hopper, Grace")

    assert snapshot() == before
    assert library.patrons.get(patron.barcode).name == "Lovelace, Ada"


def test_an_item_barcode_cannot_become_a_card(library, item, snapshot):
    before = snapshot()

    with pytest.raises(DuplicateBarcode, match="is an item's barcode"):
        library.patrons.register(barcode=item.barcode, name="Hopper, Grace")

    assert snapshot() == before


@pytest.mark.parametrize("email", ["ada.example.org", "@example.org", "ada@"])
def test_bad_email_is_refused(library, email, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput, match="does not look like an email address"):
        library.patrons.register(barcode="P1", name="Lovelace, Ada", email=email)

    assert snapshot() == before


@pytest.mark.parametrize(
    ("barcode", "name", "words"),
    [
        ("", "Lovelace, Ada", "needs a card barcode"),
        ("P 1", "Lovelace, Ada", "cannot contain spaces"),
        ("P1", "   ", "needs a name"),
    ],
)
def test_missing_or_malformed_fields_are_refused(library, barcode, name, words):
    with pytest.raises(InvalidInput, match=words):
        library.patrons.register(barcode=barcode, name=name)

    assert library.patrons.search("", 100) == []


def test_unknown_category_is_refused_listing_the_known_ones(library, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput) as refused:
        library.patrons.register(barcode="P1", name="Lovelace, Ada", category="senior")

    message = str(refused.value)
    assert "no patron category 'senior'" in message
    assert "known: adult, child, staff, teacher, institution" in message
    assert snapshot() == before


def test_categories_of_a_new_library(library):
    assert [(c.code, c.membership_days) for c in library.patrons.categories()] == [
        ("adult", 1095),
        ("child", 730),
        ("staff", 1825),
        ("teacher", 365),
        ("institution", 365),
    ]


def test_block_needs_a_reason(library, patron, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput, match="Give a reason for the block"):
        library.patrons.block(patron.barcode, "   ")

    assert snapshot() == before
    assert library.patrons.get(patron.barcode).blocked_reason is None


def test_block_and_unblock(library, patron, item, clock, db_rows, as_stored):
    blocked = library.patrons.block(patron.barcode, " Owes   fines ")

    assert blocked.blocked_reason == "Owes fines"
    assert library.patrons.get(patron.barcode).blocked_reason == "Owes fines"
    assert db_rows("SELECT blocked_at, blocked_by FROM patrons") == [
        (as_stored(clock.now()), "desk")
    ]

    unblocked = library.patrons.unblock(patron.barcode)

    assert unblocked.blocked_reason is None
    assert db_rows("SELECT blocked_reason, blocked_at, blocked_by FROM patrons") == [
        (None, None, None)
    ]
    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 3, 23)


def test_block_of_an_unknown_patron_is_refused(library):
    with pytest.raises(UnknownPatron, match="No patron has the card barcode NOPE"):
        library.patrons.block("NOPE", "Whatever")


def test_get_unknown_patron_is_refused(library):
    with pytest.raises(UnknownPatron, match="No patron has the card barcode NOPE"):
        library.patrons.get("NOPE")


@pytest.fixture
def three_patrons(library):
    library.patrons.register("P1", "Lovelace, Ada", email="ada@example.org")
    library.patrons.register("P2", "Hopper, Grace", category="staff")
    library.patrons.register("P3", "Lovelace, Byron", category="child")


@pytest.mark.usefixtures("three_patrons")
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("love", ["Lovelace, Ada", "Lovelace, Byron"]),  # part of a name, any case
        ("GRACE", ["Hopper, Grace"]),
        ("P2", ["Hopper, Grace"]),  # a card barcode
        ("ada@example", ["Lovelace, Ada"]),  # part of an email address
        ("", ["Hopper, Grace", "Lovelace, Ada", "Lovelace, Byron"]),  # blank: everyone
        ("nobody", []),
        ("%", []),  # wildcards are literal characters
    ],
)
def test_search_patrons(library, text, names):
    assert [p.name for p in library.patrons.search(text)] == names


def test_update_changes_the_patron(library, patron):
    draft = PatronDraft(
        barcode="P-NEW",
        name="King, Ada",
        category_code="staff",
        email="ada@example.org",
        expires_on=date(2030, 1, 1),
    )

    updated = library.patrons.update(patron.barcode, draft)

    assert (updated.barcode, updated.name, updated.category_code) == ("P-NEW", "King, Ada", "staff")
    assert updated.expires_on == date(2030, 1, 1)
    assert library.patrons.get("P-NEW").name == "King, Ada"
    with pytest.raises(UnknownPatron):
        library.patrons.get(patron.barcode)


def test_update_to_another_patrons_barcode_is_refused(library, make_patron, snapshot):
    ada, grace = make_patron("Lovelace, Ada"), make_patron("Hopper, Grace")
    before = snapshot()

    with pytest.raises(DuplicateBarcode):
        library.patrons.update(grace.barcode, PatronDraft(ada.barcode, "Hopper, Grace", "adult"))

    assert snapshot() == before


# -- issue 5: contact details, guardians, renewals, categories, incidents -----------


def test_register_with_address_channel_and_guardian(library, patron):
    child = library.patrons.register(
        barcode="C1",
        name="Lovelace, Byron",
        category="child",
        address=" 12 Mill Lane \n\n  Oxford  OX1 2AB ",
        notice_channel="print",
        guardian=patron.barcode,
    )

    stored = library.patrons.get("C1")
    assert stored == child
    assert stored.address == "12 Mill Lane\nOxford OX1 2AB"
    assert stored.notice_channel == "print"
    assert (stored.guardian_barcode, stored.guardian_name) == (patron.barcode, "Lovelace, Ada")


def test_notices_go_by_email_when_there_is_an_address_else_print(library):
    assert library.patrons.register("E1", "A, B", email="b@example.org").notice_channel == "email"
    assert library.patrons.register("E2", "C, D").notice_channel == "print"


def test_email_notices_need_an_email_address(library, snapshot):
    before = snapshot()
    with pytest.raises(InvalidInput, match="no email address"):
        library.patrons.register("E1", "A, B", notice_channel="email")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("guardian", "words"),
    [("NOBODY", "No patron has the card NOBODY"), ("C1", "own guardian")],
)
def test_a_guardian_must_be_another_patron(library, guardian, words, snapshot):
    before = snapshot()
    with pytest.raises(InvalidInput, match=words):
        library.patrons.register("C1", "Kid, A", category="child", guardian=guardian)
    assert snapshot() == before


def test_update_edits_every_field(library, patron, make_patron):
    guardian = make_patron("Guardian, Gail")
    draft = PatronDraft(
        patron.barcode,
        "Lovelace, Ada",
        "staff",
        email="ada@example.org",
        phone="555",
        expires_on=date(2030, 1, 1),
        address="1 Street",
        notice_channel="print",
        guardian_barcode=guardian.barcode,
    )
    updated = library.patrons.update(patron.barcode, draft)

    assert updated == library.patrons.get(patron.barcode)
    assert (updated.category_code, updated.expires_on, updated.address) == (
        "staff",
        date(2030, 1, 1),
        "1 Street",
    )
    assert (updated.notice_channel, updated.guardian_name) == ("print", "Guardian, Gail")


@pytest.mark.parametrize(
    ("expires", "renewed"),
    [
        (date(2026, 6, 1), date(2029, 5, 31)),  # still valid: from the current expiry
        (date(2025, 1, 1), date(2029, 3, 1)),  # lapsed: from today
    ],
)
def test_renew_membership(library, admin, patron, expires, renewed):
    admin.set_expiry(patron.barcode, expires)

    assert library.patrons.renew_membership(patron.barcode).expires_on == renewed
    assert library.patrons.get(patron.barcode).expires_on == renewed


def test_add_a_category_and_register_in_it(library):
    cat = library.patrons.add_category("Senior", "Senior", 365)
    assert cat.code == "senior"
    patron = library.patrons.register("T1", "Elder, Sue", category="senior")
    assert patron.expires_on == date(2027, 3, 2)
    with pytest.raises(InvalidInput, match="already"):
        library.patrons.add_category("senior", "Again", 10)


def test_record_and_list_incidents(library, clock, patron):
    first = library.patrons.record_incident(
        patron.barcode, "Ate lunch over a rare book", occurred_on=date(2026, 2, 20)
    )
    second = library.patrons.record_incident(
        patron.barcode, "Threw a chair", "Banned for a fortnight", suspended_until=date(2026, 3, 16)
    )

    assert library.patrons.incidents(patron.barcode) == [second, first]
    assert (second.occurred_on, second.recorded_by, second.action) == (
        date(2026, 3, 2),
        "desk",
        "Banned for a fortnight",
    )
    assert second.suspends(date(2026, 3, 15)) and not second.suspends(date(2026, 3, 16))


@pytest.mark.parametrize(
    ("what", "on", "until", "words"),
    [
        ("  ", None, None, "Say what happened"),
        ("Fight", date(2026, 3, 3), None, "after today"),
        ("Fight", None, date(2026, 3, 2), "must end after today"),
    ],
)
def test_bad_incidents_are_refused(library, patron, what, on, until, words, snapshot):
    with pytest.raises(InvalidInput, match=words):
        library.patrons.record_incident(patron.barcode, what, occurred_on=on, suspended_until=until)
    assert library.patrons.incidents(patron.barcode) == []
