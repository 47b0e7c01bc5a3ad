"""``libtech equipment`` end to end, on a real library file: a projector fault through to
its fix, maintenance reminders, and a laptop lent and returned with its charger."""

from __future__ import annotations

import json

from libtech_desktop.domain.barcodes import with_check_digit
from tests.integration.conftest import CliRun

TEACHER = with_check_digit("2999900000001")
LAPTOP = with_check_digit("3999900000001")


def last_line(out: str) -> str:
    return out.rstrip("\n").splitlines()[-1]


def test_a_projector_fault_through_to_its_fix(run_cli: CliRun) -> None:
    code, out, _ = run_cli(
        "equipment", "add", "--name", "Projector 2", "--kind", "projector",
        "--serial", "X4K9", "--location", "Room 2", "--warranty", "2027-09-01",
    )  # fmt: skip
    assert code == 0
    pid = last_line(out)
    assert pid.isdigit()

    code, out, _ = run_cli("equipment", "fault", pid, "--symptom", "No picture")
    assert code == 0 and "out of order" in out
    fault = last_line(out)
    assert run_cli("equipment", "step", fault, "--tried", "Reseated the lamp")[0] == 0
    code, out, _ = run_cli("equipment", "fix", fault, "--resolution", "Replaced the lamp")
    assert code == 0 and "Replaced the lamp" in out and "in service" in out

    code, out, _ = run_cli("equipment", "list", "--json")
    [piece] = json.loads(out)
    assert piece["status"] == "in_service" and piece["open_faults"] == 0
    assert piece["serial"] == "X4K9" and piece["warranty_until"] == "2027-09-01"
    code, out, _ = run_cli("equipment", "faults", "--json")
    [logged] = json.loads(out)
    assert logged["steps_tried"] == ["Reseated the lamp"]
    assert logged["resolution"] == "Replaced the lamp"


def test_a_fault_on_unknown_equipment_is_one_error_line(run_cli: CliRun) -> None:
    code, out, err = run_cli("equipment", "fault", "99", "--symptom", "Dead")
    assert code == 1 and out == ""
    assert err.strip() == "libtech: error: There is no equipment number 99."


def test_maintenance_due_and_done(run_cli: CliRun) -> None:
    pid = last_line(run_cli("equipment", "add", "--name", "Copier")[1])
    code, out, _ = run_cli(
        "equipment", "maintenance", "add", pid, "--name", "Service",
        "--every-days", "30", "--last-done", "2026-02-01",
    )  # fmt: skip
    assert code == 0 and "next due 2026-03-03" in out
    task = last_line(out)
    code, out, _ = run_cli("equipment", "maintenance", "due", "--json")
    [due] = json.loads(out)
    assert due["name"] == "Service" and due["due_on"] == "2026-03-03"
    assert run_cli("equipment", "maintenance", "done", task)[0] == 0
    assert "No maintenance due." in run_cli("equipment", "maintenance", "due")[1]


def test_a_laptop_lent_and_returned_with_its_charger(run_cli: CliRun) -> None:
    assert run_cli("init")[0] == 0
    assert (
        run_cli("patron", "add", TEACHER, "--name", "Rossi, Ana", "--category", "teacher")[0] == 0
    )
    code, out, _ = run_cli(
        "equipment", "add", "--name", "Laptop 1", "--kind", "laptop",
        "--lendable", LAPTOP, "--accessories", "charger,bag",
    )  # fmt: skip
    assert code == 0, out
    assert "Added loan rules for equipment (7 days" in out
    assert f"Lendable as item {LAPTOP} (charger, bag)" in out
    assert last_line(out).isdigit()

    code, out, _ = run_cli("checkout", TEACHER, LAPTOP)
    assert code == 0 and "2026-03-09" in out
    code, out, _ = run_cli("checkin", LAPTOP)
    assert code == 0 and "Check the accessories are back: charger, bag" in out
    code, out, _ = run_cli("equipment", "returned", LAPTOP, "--with", "charger,bag")
    assert code == 0 and out.strip() == "All accessories back."


def test_a_laptop_returned_without_its_charger(run_cli: CliRun) -> None:
    assert run_cli("init")[0] == 0
    assert run_cli("patron", "add", TEACHER, "--name", "Rossi, Ana")[0] == 0
    pid = last_line(
        run_cli(
            "equipment", "add", "--name", "Laptop 1",
            "--lendable", LAPTOP, "--accessories", "charger,bag",
        )[1]
    )  # fmt: skip
    run_cli("checkout", TEACHER, LAPTOP)
    run_cli("checkin", LAPTOP)
    code, out, _ = run_cli("equipment", "returned", LAPTOP, "--with", "bag")
    assert code == 0 and out.startswith("MISSING: charger")
    [fault] = json.loads(run_cli("equipment", "faults", "--open", "--json")[1])
    assert fault["symptom"] == "Returned without: charger"
    [piece] = json.loads(run_cli("equipment", "list", "--json")[1])
    assert piece["id"] == int(pid) and piece["status"] == "out_of_order"
