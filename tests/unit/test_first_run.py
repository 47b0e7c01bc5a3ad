"""The first run: a new library set up from the wizard's answers, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.barcode_scheme import BarcodeScheme
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.first_run import (
    FirstRunAnswers,
    public_holidays,
    subdivisions,
    weekly_closed_days,
)
from libtech_desktop.domain.staff import ADMINISTRATOR
from libtech_desktop.library import open_library


def answers(**changes):
    base = {
        "library_name": "  Riverside Public Library ",
        "admin_username": "sam",
        "admin_password": "correct horse",
        "admin_display_name": "Sam Head",
        "address": "1 River Road",
        "email": "desk@riverside.example",
        "phone": "555 0100",
        "scheme": BarcodeScheme(institution="1234", width=5),
        "loan_days": 14,
        "renewals": 2,
        "max_items": 10,
        "fine_per_day_minor": 20,
        "max_fine_minor": 300,
        "closed_weekdays": (6,),
        "closed_days": ((date(2026, 12, 25), "Christmas Day"),),
        "backup_folder": "/srv/backups",
        "backup_second_folder": "/media/usb",
        "device_name": "Front desk",
    }
    base.update(changes)
    return FirstRunAnswers(**base)


def test_a_new_empty_library_needs_the_first_run(library):
    assert library.first_run.needed()


def test_apply_sets_the_library_up(library, db_path):
    report = library.first_run.apply(answers())

    settings = library.settings
    assert settings.get("library.name") == "Riverside Public Library"
    assert settings.get("library.address") == "1 River Road"
    assert settings.get("library.email") == "desk@riverside.example"
    assert settings.get("library.phone") == "555 0100"
    assert settings.get("barcode.institution") == "1234"
    assert settings.get("barcode.width") == "5"
    assert settings.get("barcode.check_digit") == "luhn"
    assert settings.get("backup.folder") == "/srv/backups"
    assert settings.get("backup.second_folder") == "/media/usb"
    assert settings.get("sync.device_name") == "Front desk"
    assert settings.get("setup.completed") == "true"
    rules = library.rules.rules()
    assert report.rules_set == len(rules) == 15  # 5 categories x 3 item types
    assert {(r.loan_days, r.max_renewals, r.max_items) for r in rules} == {(14, 2, 10)}
    assert {(r.fine_per_day_minor, r.max_fine_minor) for r in rules} == {(20, 300)}
    # The clock's year (2026) and the next four: every Sunday, and the holiday by its name.
    sundays = len(weekly_closed_days((6,), 2026))
    assert sundays == 261  # 2026-2030
    assert report.closed_days == sundays + 1 + (1 if date(2027, 12, 25).weekday() == 6 else 0)
    assert not library.first_run.needed()
    library.close()

    with open_library(db_path, user="sam", password="correct horse") as again:
        actor = again.current_actor()
        assert (actor.display_name, actor.role) == ("Sam Head", ADMINISTRATOR)
        assert again.sync.export_name().startswith("journal-front-desk-")


def test_closed_days_keep_the_holiday_name_and_stop_loans_falling_due(library):
    library.first_run.apply(answers(closed_weekdays=(5, 6)))

    with library.context.unit_of_work() as uow:
        assert uow.rules.is_closed(date(2026, 12, 25))
        assert uow.rules.is_closed(date(2027, 1, 2))  # a Saturday
        assert not uow.rules.is_closed(date(2027, 1, 4))  # a Monday
        assert len(uow.rules.closed_between(date(2026, 1, 1), date(2027, 12, 31))) == 209


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"library_name": "  "}, "name cannot be blank"),
        ({"admin_password": "short"}, "at least 8 characters"),
        ({"admin_username": "two words"}, "without spaces"),
        ({"email": "not an address"}, "does not look like an email"),
        ({"loan_days": 0}, "loan period must be at least 1"),
        ({"max_items": 0}, "most items on loan must be at least 1"),
        ({"fine_per_day_minor": -1}, "fine per day must be at least 0"),
        ({"closed_weekdays": tuple(range(7))}, "closed every day"),
        ({"device_name": "x" * 65}, "at most 64"),
    ],
)
def test_bad_answers_change_nothing(library, snapshot, changes, words):
    before = snapshot()

    with pytest.raises(InvalidInput, match=words):
        library.first_run.apply(answers(**changes))

    assert snapshot() == before
    assert not library.staff.has_accounts()
    assert library.first_run.needed()


def test_a_library_set_up_before_is_refused_and_unchanged(library, snapshot):
    library.staff.create_first_administrator("old", "Old Admin", "password1")
    before = snapshot()

    with pytest.raises(InvalidInput, match="set up before"):
        library.first_run.apply(answers())

    assert snapshot() == before
    assert not library.first_run.needed()


def test_a_library_with_books_does_not_need_the_first_run(library, make_item):
    make_item()

    assert not library.first_run.needed()


def test_blank_card_gets_the_next_number_of_the_scheme(library, make_item):
    library.first_run.apply(answers())
    library.login("sam", "correct horse")
    # Someone typed the second card by hand: it is skipped, not issued twice.
    library.patrons.register(barcode="21234000020", name="Hand, Typed")

    first = library.patrons.register(barcode="", name="Okafor, Ada")
    second = library.patrons.register(barcode="  ", name="Lindqvist, Per")

    assert (first.barcode, second.barcode) == ("21234000012", "21234000038")
    assert library.settings.get("barcode.next_patron") == "4"


def test_a_refused_registration_does_not_use_up_a_card_number(library):
    library.first_run.apply(answers())
    library.login("sam", "correct horse")

    with pytest.raises(InvalidInput, match="needs a name"):
        library.patrons.register(barcode="", name="  ")

    assert library.patrons.register(barcode="", name="Okafor, Ada").barcode == "21234000012"


def test_without_the_scheme_switched_on_a_blank_card_is_still_refused(library):
    with pytest.raises(InvalidInput, match="needs a card barcode"):
        library.patrons.register(barcode="", name="Okafor, Ada")


def test_the_barcode_settings_are_in_the_registry(library):
    library.settings.set("barcode.check_digit", "EAN13")
    library.settings.set("barcode.institution", "0042")

    assert library.settings.get("barcode.check_digit") == "ean13"
    with pytest.raises(InvalidInput, match="luhn, ean13, none"):
        library.settings.set("barcode.check_digit", "mod11")
    with pytest.raises(InvalidInput, match="up to 8 digits"):
        library.settings.set("barcode.institution", "12AB")
    with pytest.raises(InvalidInput, match="between 0 and 9"):
        library.settings.set("barcode.patron_digit", "10")


def test_weekly_closed_days_cover_five_years():
    sundays = weekly_closed_days((6,), 2026)

    assert len(sundays) == 261
    assert sundays[0] == (date(2026, 1, 4), "Closed on Sundays")
    assert sundays[-1][0] == date(2030, 12, 29)


def test_public_holidays_come_from_the_holidays_package():
    found = dict(public_holidays("GB", "ENG", 2026))

    assert found[date(2026, 12, 25)] == "Christmas Day"
    assert date(2027, 12, 25) in found
    assert ("ENG", "England (ENG)") in subdivisions("GB")
    with pytest.raises(InvalidInput, match="No public holidays"):
        public_holidays("XX", None, 2026)
