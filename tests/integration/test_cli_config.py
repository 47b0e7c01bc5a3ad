"""``libtech config set|get|list``: the library's settings by dotted key."""

from __future__ import annotations

import json

from tests.integration.conftest import CliRun


def test_set_then_get(run_cli: CliRun) -> None:
    assert run_cli("config", "set", "smtp.host", "mail.example.org") == (
        0,
        "smtp.host = mail.example.org\n",
        "",
    )
    assert run_cli("config", "get", "smtp.host")[1] == "mail.example.org\n"
    assert run_cli("config", "set", "blocks.max_owed", "10")[1] == "blocks.max_owed = 10.00\n"
    assert run_cli("config", "set", "smtp.starttls", "no")[1] == "smtp.starttls = false\n"


def test_a_setting_never_set_reads_as_its_default(run_cli: CliRun) -> None:
    assert run_cli("config", "get", "smtp.port")[1] == "587\n"
    assert run_cli("config", "get", "notices.overdue2_days")[1] == "14\n"


def test_library_name_renames_the_library(run_cli: CliRun) -> None:
    assert run_cli("config", "set", "library.name", "  Brackley Library ")[0] == 0
    _code, out, _ = run_cli("settings", "show", "--json")
    assert json.loads(out)["library_name"] == "Brackley Library"


def test_unknown_keys_and_bad_values_are_refused_with_the_reason(run_cli: CliRun) -> None:
    code, _, err = run_cli("config", "set", "smtp.hots", "x")
    assert code == 1 and "There is no setting called 'smtp.hots'" in err
    code, _, err = run_cli("config", "set", "smtp.port", "99999")
    assert code == 1 and "smtp.port must be between 1 and 65535" in err
    code, _, err = run_cli("config", "set", "blocks.override", "perhaps")
    assert code == 1 and "true or false" in err
    assert run_cli("config", "get", "smtp.port")[1] == "587\n"  # unchanged


def test_secrets_are_never_shown(run_cli: CliRun) -> None:
    code, out, _ = run_cli("config", "set", "smtp.password", "hunter2")
    assert code == 0 and "hunter2" not in out and "****" in out
    assert run_cli("config", "get", "smtp.password")[1] == "****\n"
    code, out, _ = run_cli("config", "list")
    assert "hunter2" not in out
    assert any(line.startswith("smtp.password") and "****" in line for line in out.splitlines())
    code, out, _ = run_cli("config", "list", "--json")
    settings = {s["key"]: s for s in json.loads(out)}
    assert settings["smtp.password"]["value"] == "****"
    assert settings["smtp.port"] == {
        "key": "smtp.port",
        "value": "587",
        "default": "587",
        "kind": "int",
        "help": "mail server port",
    }
