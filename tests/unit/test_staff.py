"""Staff accounts, roles and script tokens (issue 8): what an administrator does, and
what is refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput, NotFound
from libtech_desktop.domain.staff import (
    AuthenticationFailed,
    AuthenticationRequired,
    Permission,
    PermissionDenied,
)
from libtech_desktop.library import Library, open_library

PASSWORD = "correct horse"


@pytest.fixture
def staffed(library: Library) -> Library:
    """A library with an administrator (logged in) and a volunteer."""
    library.staff.create_first_administrator("ada", "Ada Admin", PASSWORD)
    library.login("ada", PASSWORD)
    library.staff.add_account("val", "Val Volunteer", PASSWORD, "volunteer")
    return library


def _audit_rows(path: Path) -> list[tuple[str, str, str, str | None, str | None, str | None]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT staff, action, entity_key, before, after, note FROM audit_log ORDER BY id"
        ).fetchall()


def test_an_administrator_adds_accounts_that_can_log_in(staffed: Library) -> None:
    accounts = {a.username: a for a in staffed.staff.accounts()}
    assert set(accounts) == {"ada", "val"}
    assert accounts["val"].role == "volunteer"
    assert accounts["val"].display_name == "Val Volunteer"
    actor = staffed.login("val", PASSWORD)
    assert actor.role == "volunteer"
    assert actor.may(Permission.CIRCULATE) and not actor.may(Permission.WAIVE)


@pytest.mark.parametrize(
    ("username", "password", "role", "words"),
    [
        ("val", PASSWORD, "volunteer", "already"),
        ("bob", PASSWORD, "janitor", "no role"),
        ("bob", "short", "volunteer", "8 characters"),
        ("bob smith", PASSWORD, "volunteer", "without spaces"),
    ],
)
def test_adding_an_account_is_refused_clearly(
    staffed: Library, username: str, password: str, role: str, words: str
) -> None:
    with pytest.raises((InvalidInput, NotFound), match=words):
        staffed.staff.add_account(username, "Someone", password, role)
    assert [a.username for a in staffed.staff.accounts()] == ["ada", "val"]


def test_role_change_applies_at_the_next_login(staffed: Library) -> None:
    with pytest.raises(NotFound, match="no staff account"):
        staffed.staff.set_role("nobody", "librarian")
    staffed.staff.set_role("val", "librarian")
    assert staffed.login("val", PASSWORD).may(Permission.WAIVE)


def test_only_an_administrator_manages_staff(staffed: Library) -> None:
    staffed.login("val", PASSWORD)
    with pytest.raises(PermissionDenied, match="manage staff"):
        staffed.staff.add_account("eve", "Eve", PASSWORD, "administrator")
    with pytest.raises(PermissionDenied):
        staffed.staff.grant("volunteer", Permission.WAIVE)


def test_the_last_administrator_cannot_be_taken_away(staffed: Library) -> None:
    with pytest.raises(InvalidInput, match="At least one administrator"):
        staffed.staff.revoke("administrator", Permission.STAFF)
    with pytest.raises(InvalidInput, match="At least one administrator"):
        staffed.staff.set_role("ada", "librarian")
    with pytest.raises(InvalidInput, match="your own account"):
        staffed.staff.deactivate("ada")
    assert staffed.login("ada", PASSWORD).may(Permission.STAFF)


def test_rights_are_data_an_administrator_changes(staffed: Library) -> None:
    role = staffed.staff.grant("volunteer", "waive")
    assert Permission.WAIVE in role.permissions
    assert staffed.login("val", PASSWORD).may(Permission.WAIVE)
    staffed.login("ada", PASSWORD)
    staffed.staff.revoke("volunteer", Permission.WAIVE)
    assert not staffed.login("val", PASSWORD).may(Permission.WAIVE)
    staffed.login("ada", PASSWORD)
    with pytest.raises(NotFound, match="no permission"):
        staffed.staff.grant("volunteer", "fly")


def test_a_deactivated_account_cannot_log_in_until_reactivated(staffed: Library) -> None:
    staffed.staff.deactivate("val")
    with pytest.raises(AuthenticationFailed):
        staffed.login("val", PASSWORD)
    staffed.login("ada", PASSWORD)
    staffed.staff.reactivate("val")
    assert staffed.login("val", PASSWORD).username == "val"


def test_lockout_then_unlock_by_an_administrator(staffed: Library) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            staffed.login("val", "wrong password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        staffed.login("val", PASSWORD)  # even the right password, while locked
    staffed.login("ada", PASSWORD)
    locked = {a.username: a for a in staffed.staff.accounts()}["val"]
    assert locked.locked_until is not None
    staffed.staff.unlock("val")
    assert staffed.login("val", PASSWORD).username == "val"


def test_a_reset_password_replaces_the_old_one(staffed: Library) -> None:
    staffed.staff.set_password("val", "new password 1")
    with pytest.raises(AuthenticationFailed):
        staffed.login("val", PASSWORD)
    assert staffed.login("val", "new password 1").username == "val"


def test_anyone_logged_in_changes_their_own_password(staffed: Library) -> None:
    staffed.login("val", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="current password"):
        staffed.staff.change_own_password("not it", "another one")
    with pytest.raises(InvalidInput, match="8 characters"):
        staffed.staff.change_own_password(PASSWORD, "short")
    staffed.staff.change_own_password(PASSWORD, "another one")
    assert staffed.login("val", "another one").username == "val"
    staffed.logout()
    with pytest.raises(AuthenticationRequired):
        staffed.staff.change_own_password("another one", "yet another")


def test_a_token_works_for_a_script_until_revoked(staffed: Library, db_path: Path) -> None:
    token = staffed.staff.make_token("val", "overdue report cron")
    assert token.startswith("ltk_") and len(token) > 40
    with open_library(db_path, token=token) as script:
        assert script.current_actor().username == "val"
        assert script.patrons.categories()  # acting as val
    (listed,) = staffed.staff.tokens()
    assert (listed.username, listed.label, listed.revoked_at) == (
        "val",
        "overdue report cron",
        None,
    )
    assert staffed.staff.revoke_token(listed.id).revoked_at is not None
    with pytest.raises(AuthenticationFailed, match="revoked"):
        open_library(db_path, token=token)
    with pytest.raises(NotFound):
        staffed.staff.revoke_token(999)
    with sqlite3.connect(db_path) as db:
        stored = [row[0] for row in db.execute("SELECT token_hash FROM api_tokens")]
    assert token not in stored  # only its hash is kept


def test_each_change_is_audited_without_secrets(staffed: Library, db_path: Path) -> None:
    staffed.staff.set_role("val", "technician")
    staffed.staff.set_password("val", "new password 1")
    staffed.staff.grant("volunteer", Permission.REPAIRS)
    token = staffed.staff.make_token("val", "cron")
    staffed.staff.revoke_token(staffed.staff.tokens()[0].id)
    staffed.staff.deactivate("val")
    rows = _audit_rows(db_path)
    assert [r[1] for r in rows] == [
        "staff.add",
        "staff.role",
        "staff.password",
        "role.grant",
        "token.make",
        "token.revoke",
        "staff.deactivate",
    ]
    assert all(r[0] == "ada" for r in rows)
    role_change = rows[1]
    assert role_change[2] == "val"
    assert json.loads(role_change[3] or "{}") == {"role": "volunteer"}
    assert json.loads(role_change[4] or "{}") == {"role": "technician"}
    text = repr(rows)
    assert "new password 1" not in text and PASSWORD not in text and token not in text


def test_a_lock_runs_out_by_itself(library: Library, clock: FixedClock) -> None:
    library.staff.create_first_administrator("ada", "Ada Admin", PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            library.login("ada", "wrong password")
    clock.advance(hours=1)
    assert library.login("ada", PASSWORD).username == "ada"
