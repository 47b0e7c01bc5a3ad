"""Issue 8's first "done when": a volunteer cannot waive a fine by any of the three front
ends (the desk, the command line, the Python API); a script's token works until it is
revoked; a library fresh from ``libtech init`` needs no login until ``staff first-admin``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from libtech_desktop.domain.fines import Fine
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import (
    AuthenticationFailed,
    AuthenticationRequired,
    PermissionDenied,
)
from libtech_desktop.library import Library, open_library
from libtech_desktop.ui.dialogs.fines_dialog import FinesDialog
from libtech_desktop.ui.runner import TaskRunner
from tests.integration.conftest import assert_one_error_line

PASSWORD = "correct horse"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"  # the file the ``cli`` fixture opens


@pytest.fixture
def fine(library: Library, patron: Patron) -> Fine:
    """A fine owed, then the library gets its administrator and a volunteer."""
    charged = library.fines.charge(patron.barcode, 250, "manual", "Lost the bookmark")
    library.staff.create_first_administrator("ada", "Ada Admin", PASSWORD)
    library.login("ada", PASSWORD)
    library.staff.add_account("val", "Val Volunteer", PASSWORD, "volunteer")
    library.logout()
    return charged


def _outstanding(path: Path, patron: str) -> int:
    with open_library(path, user="ada", password=PASSWORD) as lib:
        return sum(f.outstanding_minor for f in lib.fines.account(patron).fines)


def test_a_volunteer_cannot_waive_through_the_python_api(fine: Fine, db_path: Path) -> None:
    with (
        open_library(db_path, user="val", password=PASSWORD) as lib,
        pytest.raises(PermissionDenied, match="waive"),
    ):
        lib.fines.waive(fine.id, "Forgiven")
    assert _outstanding(db_path, fine.patron_barcode) == 250


def test_a_volunteer_cannot_waive_on_the_command_line(
    fine: Fine, db_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIBTECH_PASSWORD", PASSWORD)
    result = cli("waive", str(fine.id), "--reason", "Forgiven", "--user", "val")
    assert_one_error_line(result, "may not", "waive")
    assert _outstanding(db_path, fine.patron_barcode) == 250
    # the same command by an administrator goes through
    assert cli("waive", str(fine.id), "--reason", "Forgiven", "--user", "ada").code == 0
    assert _outstanding(db_path, fine.patron_barcode) == 0


def test_a_volunteer_cannot_waive_at_the_desk(
    fine: Fine, library: Library, qtbot: QtBot, qapp: Any
) -> None:
    library.login("val", PASSWORD)
    runner = TaskRunner()
    try:
        dialog = FinesDialog(None, library.fines, runner)
        qtbot.addWidget(dialog)
        # A volunteer may not even read the account (the service refuses, the dialog says
        # so), let alone waive; the desk session also hides the waive button.
        with qtbot.waitSignal(dialog.failed) as refused:
            dialog.open_for(fine.patron_barcode)
        assert "may not" in refused.args[0]
        assert "may not" in dialog.status_text
        assert dialog.account is None
    finally:
        runner.shutdown()
    assert _outstanding(library.path, fine.patron_barcode) == 250


def test_a_token_works_for_a_script_until_revoked(
    fine: Fine, db_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIBTECH_PASSWORD", PASSWORD)
    token = cli("staff", "token", "ada", "--label", "nightly", "--user", "ada").last_line
    monkeypatch.delenv("LIBTECH_PASSWORD")
    monkeypatch.setenv("LIBTECH_TOKEN", token)
    listed = cli("staff", "tokens", "--json")
    assert listed.code == 0, listed.err
    (made,) = listed.json()
    assert cli("staff", "revoke-token", str(made["id"])).code == 0
    assert_one_error_line(cli("staff", "tokens"), "revoked")
    with pytest.raises(AuthenticationFailed, match="revoked"):
        open_library(db_path, token=token)


def test_a_fresh_library_needs_no_login_until_the_first_administrator(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    assert "No staff accounts" in cli("staff", "list").out
    with open_library(tmp_path / "library.sqlite3") as lib:
        assert lib.current_actor().username == "desk"
    monkeypatch.setenv("LIBTECH_NEW_PASSWORD", PASSWORD)
    assert cli("staff", "first-admin", "ada", "--name", "Ada Admin").code == 0
    assert_one_error_line(cli("staff", "list"), "log in")
    with (
        open_library(tmp_path / "library.sqlite3") as lib,
        pytest.raises(AuthenticationRequired),
    ):
        lib.staff.accounts()
