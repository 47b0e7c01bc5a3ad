"""``libtech setup``: a scripted install answers the first-run questions with flags."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.library import open_library
from tests.integration.conftest import assert_one_error_line

SETUP = (
    "setup",
    "--name",
    "Hill Library",
    "--admin",
    "boss",
    "--admin-name",
    "Pat Boss",
    "--institution",
    "77",
    "--width",
    "6",
    "--check-digit",
    "ean13",
    "--loan-days",
    "28",
    "--fine",
    "0.10",
    "--max-fine",
    "none",
    "--closed",
    "sat,sun",
    "--holidays",
    "GB-ENG",
    "--open-on",
    "2026-12-28",
    "--device-name",
    "Counter 1",
)


def test_setup_sets_the_library_up_for_the_administrator(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("LIBTECH_PASSWORD", "correct horse")

    result = cli(*SETUP)

    assert result.code == 0, result.err
    assert "Set up Hill Library" in result.out
    assert "administrator boss" in result.out
    with open_library(tmp_path / "library.sqlite3", user="boss", password="correct horse") as lib:
        assert lib.current_actor().display_name == "Pat Boss"
        assert lib.settings.get("barcode.check_digit") == "ean13"
        assert lib.settings.get("sync.device_name") == "Counter 1"
        assert {
            (r.loan_days, r.fine_per_day_minor, r.max_fine_minor) for r in lib.rules.rules()
        } == {(28, 10, None)}
        with lib.context.unit_of_work() as uow:
            assert uow.rules.is_closed(date(2026, 12, 25))  # Christmas Day, a Friday
            assert not uow.rules.is_closed(date(2026, 12, 28))  # kept open
            assert uow.rules.is_closed(date(2026, 3, 7))  # a Saturday
        card = lib.patrons.register(barcode="", name="Okafor, Ada").barcode
        assert card.startswith("277000001") and len(card) == 10


def test_setup_twice_is_refused(cli, monkeypatch):
    monkeypatch.setenv("LIBTECH_PASSWORD", "correct horse")
    assert cli(*SETUP).code == 0

    assert_one_error_line(cli(*SETUP), "set up already")


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (("--closed", "funday"), "not a weekday"),
        (("--fine", "lots"), "--fine"),
        (("--holidays", "XX"), "no public holidays"),
        (("--patron-digit", "3"), "different type digits"),
    ],
)
def test_bad_flags_set_nothing_up(cli, tmp_path, monkeypatch, changes, words):
    monkeypatch.setenv("LIBTECH_PASSWORD", "correct horse")

    assert_one_error_line(cli(*SETUP, *changes), words)

    with open_library(tmp_path / "library.sqlite3") as lib:
        assert lib.first_run.needed()
        assert not lib.staff.has_accounts()


def test_a_short_password_is_refused(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("LIBTECH_PASSWORD", "short")

    assert_one_error_line(cli(*SETUP), "at least 8 characters")


def test_no_password_and_no_terminal_says_how_to_give_one(cli, monkeypatch):
    monkeypatch.delenv("LIBTECH_PASSWORD", raising=False)

    assert_one_error_line(cli(*SETUP), "LIBTECH_PASSWORD")


def test_after_setup_patrons_and_copies_are_numbered_from_the_command_line(
    cli, tmp_path, monkeypatch
):
    monkeypatch.setenv("LIBTECH_PASSWORD", "correct horse")
    assert cli(*SETUP).code == 0
    monkeypatch.setenv("LIBTECH_USER", "boss")

    added = cli("patron", "add", "--name", "Okafor, Ada")

    assert added.code == 0, added.err
    with open_library(tmp_path / "library.sqlite3", user="boss", password="correct horse") as lib:
        (patron,) = lib.patrons.search("Okafor")
        assert patron.barcode.startswith("2770000") and len(patron.barcode) == 10
        assert f"({patron.barcode})" in added.out
        assert lib.settings.get("barcode.auto_items") == "true"
