"""``libtech staff …`` and ``libtech role …`` end to end (issue 8)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.conftest import assert_one_error_line

PASSWORD = "correct horse"


@pytest.fixture
def admin_cli(cli: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A library with its first administrator; every command acts as ada."""
    monkeypatch.setenv("LIBTECH_NEW_PASSWORD", PASSWORD)
    result = cli("staff", "first-admin", "ada", "--name", "Ada Admin")
    assert result.code == 0, result.err
    monkeypatch.setenv("LIBTECH_USER", "ada")
    monkeypatch.setenv("LIBTECH_PASSWORD", PASSWORD)
    return cli


def test_first_admin_then_accounts_listed_as_json(admin_cli: Any) -> None:
    assert (
        admin_cli("staff", "add", "val", "--name", "Val Volunteer", "--role", "volunteer").code == 0
    )
    result = admin_cli("staff", "list", "--json")
    assert result.code == 0, result.err
    listed = {a["username"]: a for a in result.json()}
    assert listed["ada"]["role"] == "administrator"
    assert listed["val"] == listed["val"] | {"role": "volunteer", "active": True}


def test_a_second_first_admin_is_refused(admin_cli: Any) -> None:
    result = admin_cli("staff", "first-admin", "eve", "--name", "Eve")
    assert_one_error_line(result, "already has staff accounts")


def test_role_password_deactivate_and_unlock(
    admin_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin_cli("staff", "add", "val", "--name", "Val", "--role", "volunteer")
    assert admin_cli("staff", "role", "val", "technician").code == 0
    monkeypatch.setenv("LIBTECH_NEW_PASSWORD", "another one")
    assert admin_cli("staff", "password", "val").code == 0
    listed = {a["username"]: a for a in admin_cli("staff", "list", "--json").json()}
    assert listed["val"]["role"] == "technician"
    # val's new password works (a technician, who may not manage staff); five wrong ones
    # in a row lock the account until an administrator unlocks it
    monkeypatch.setenv("LIBTECH_USER", "val")
    monkeypatch.setenv("LIBTECH_PASSWORD", "another one")
    assert_one_error_line(admin_cli("staff", "list"), "may not")
    for _ in range(5):
        monkeypatch.setenv("LIBTECH_PASSWORD", "wrong password")
        assert_one_error_line(admin_cli("staff", "list"), "wrong user name or password")
    monkeypatch.setenv("LIBTECH_PASSWORD", "another one")
    assert_one_error_line(admin_cli("staff", "list"), "locked")
    monkeypatch.setenv("LIBTECH_USER", "ada")
    monkeypatch.setenv("LIBTECH_PASSWORD", PASSWORD)
    assert admin_cli("staff", "unlock", "val").code == 0
    assert admin_cli("staff", "deactivate", "val").code == 0
    assert "(deactivated)" in admin_cli("staff", "list").out
    assert_one_error_line(admin_cli("staff", "deactivate", "ada"), "your own account")


def test_roles_are_listed_granted_and_revoked(admin_cli: Any) -> None:
    roles = {r["code"]: r for r in admin_cli("role", "list", "--json").json()}
    assert roles["volunteer"]["permissions"] == ["circulate"]
    assert admin_cli("role", "grant", "volunteer", "waive").code == 0
    roles = {r["code"]: r for r in admin_cli("role", "list", "--json").json()}
    assert roles["volunteer"]["permissions"] == ["circulate", "waive"]
    assert admin_cli("role", "revoke", "volunteer", "waive").code == 0
    assert_one_error_line(admin_cli("role", "grant", "volunteer", "fly"), "no permission")
    assert_one_error_line(admin_cli("role", "grant", "janitor", "waive"), "no role")
    assert_one_error_line(
        admin_cli("role", "revoke", "administrator", "staff"), "at least one administrator"
    )


def test_a_token_is_printed_once_listed_and_revoked(
    admin_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = admin_cli("staff", "token", "ada", "--label", "nightly report")
    assert result.code == 0, result.err
    token = result.last_line
    assert token.startswith("ltk_")
    (listed,) = admin_cli("staff", "tokens", "--json").json()
    assert (listed["username"], listed["label"], listed["revoked_at"]) == (
        "ada",
        "nightly report",
        None,
    )
    assert token not in admin_cli("staff", "tokens").out
    assert admin_cli("staff", "revoke-token", str(listed["id"])).code == 0
    assert "(revoked)" in admin_cli("staff", "tokens").out
    assert_one_error_line(admin_cli("staff", "revoke-token", "99"), "no token")


def test_no_new_password_without_a_terminal_is_one_clear_line(
    admin_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LIBTECH_NEW_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    result = admin_cli("staff", "add", "val", "--name", "Val", "--role", "volunteer")
    assert_one_error_line(result, "LIBTECH_NEW_PASSWORD")


def test_a_short_password_is_refused(admin_cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBTECH_NEW_PASSWORD", "short")
    result = admin_cli("staff", "add", "val", "--name", "Val", "--role", "volunteer")
    assert_one_error_line(result, "8 characters")
