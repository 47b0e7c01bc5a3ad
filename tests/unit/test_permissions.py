"""Who may call what (issue 8): every service method is covered; a library without staff
accounts is the desk with every right; with accounts, nothing runs before a login and a
role's rights are checked by the service, whichever front end calls it."""

from __future__ import annotations

import inspect

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.staff import (
    AuthenticationFailed,
    AuthenticationRequired,
    PermissionDenied,
)
from libtech_desktop.interop.passwords import hash_password
from libtech_desktop.library import open_library
from libtech_desktop.services import permissions

ADMIN_PASSWORD = "correct horse battery"


def test_every_public_method_of_every_service_needs_a_known_right(library):
    missing = []
    for name, value in vars(library).items():
        service = getattr(value, "_service", None)
        if service is None:
            continue
        cls = type(service)
        for method, _ in inspect.getmembers(cls, inspect.isfunction):
            if method.startswith("_"):
                continue
            try:
                permissions.needs(cls.__name__, method)
            except KeyError:
                missing.append(f"lib.{name}.{method}")
    assert missing == []
    assert {type(v._service).__name__ for v in vars(library).values() if hasattr(v, "_service")}
    # Every override names a real method (no stale entry hides a rename).
    for key in permissions.OVERRIDES:
        service, method = key.split(".")
        owners = [v._service for v in vars(library).values() if hasattr(v, "_service")]
        classes = {type(o).__name__: type(o) for o in owners}
        if service in classes:
            assert hasattr(classes[service], method), key


def test_a_library_without_staff_accounts_is_the_desk_with_every_right(library, patron, item):
    assert not library.staff.has_accounts()
    library.circulation.checkout(patron.barcode, item.barcode)
    fine = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    library.fines.waive(fine.id, "Goodwill")


@pytest.fixture
def secured(library, db_path, clock, patron, item):
    """The library once its first administrator exists, plus a volunteer account."""
    library.staff.create_first_administrator("ada", "Ada Admin", ADMIN_PASSWORD)
    with library.context.unit_of_work() as uow:
        uow.staff.add(
            "val", "Val Volunteer", "volunteer", hash_password("volunteer pw"), "ada", clock.now()
        )
        uow.commit()
    fine = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    return db_path, fine


def test_after_the_first_administrator_nothing_runs_before_a_login(secured, clock, patron, item):
    path, _ = secured
    with open_library(path, clock=clock) as lib:
        with pytest.raises(AuthenticationRequired):
            lib.circulation.checkout(patron.barcode, item.barcode)
        assert lib.staff.has_accounts()  # asking whether to log in needs no login
        lib.login("ada", ADMIN_PASSWORD)
        assert (
            lib.circulation.checkout(patron.barcode, item.barcode).patron_barcode == patron.barcode
        )
        lib.logout()
        with pytest.raises(AuthenticationRequired):
            lib.circulation.checkin(item.barcode)


def test_a_volunteer_may_lend_but_not_waive_a_fine(secured, clock, patron, item):
    path, fine = secured
    with open_library(path, clock=clock, user="val", password="volunteer pw") as lib:
        lib.circulation.checkout(patron.barcode, item.barcode)
        with pytest.raises(PermissionDenied, match="waive and correct fines"):
            lib.fines.waive(fine.id, "Goodwill")
    with open_library(path, clock=clock, user="ada", password=ADMIN_PASSWORD) as lib:
        assert lib.fines.fine(fine.id).outstanding_minor == 300  # nothing was waived


def test_wrong_passwords_are_refused_and_five_in_a_row_lock_the_account(secured, clock):
    path, _ = secured
    with open_library(path, clock=clock) as lib:
        for _ in range(4):
            with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
                lib.login("val", "nope")
        with pytest.raises(AuthenticationFailed, match="locked for 15 minutes"):
            lib.login("val", "nope")
        with pytest.raises(AuthenticationFailed, match="locked"):
            lib.login("val", "volunteer pw")  # even the right one, while locked
        clock.advance(hours=1)
        assert lib.login("val", "volunteer pw").role == "volunteer"
        with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
            lib.login("nobody", "whatever")


def test_the_first_administrator_is_made_once(secured):
    path, _ = secured
    with (
        open_library(path) as lib,
        pytest.raises(InvalidInput, match="already has staff accounts"),
    ):
        lib.staff.create_first_administrator("eve", "Eve", "sneaky password")
