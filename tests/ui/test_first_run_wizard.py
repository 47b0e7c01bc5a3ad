"""The first-run wizard, driven from the keyboard: Finish sets the library up and the new
administrator logs in; Cancel writes nothing; the demo library instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from libtech_desktop import app
from libtech_desktop.domain.first_run import FirstRunAnswers
from libtech_desktop.library import open_library
from libtech_desktop.ui.first_run_wizard import (
    ADMIN,
    BACKUP,
    BARCODES,
    CLOSED,
    LIBRARY,
    RULES,
    SUMMARY,
    WELCOME,
    FirstRunWizard,
)


def enter(qtbot: QtBot, widget: QWidget) -> None:
    """Return in a field: the wizard's default button (Next, or Finish) takes it."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def fill_in(qtbot: QtBot, wizard: FirstRunWizard, password_again: str = "correct horse") -> date:
    """Every page from the keyboard, up to the backups; the public holiday unticked."""
    ui = wizard.ui
    assert wizard.currentId() == WELCOME
    enter(qtbot, ui.new_radio)
    assert wizard.currentId() == LIBRARY
    qtbot.keyClicks(ui.name_edit, "Riverside Public Library")
    qtbot.keyClicks(ui.email_edit, "desk@riverside.example")
    enter(qtbot, ui.email_edit)
    assert wizard.currentId() == BARCODES
    qtbot.keyClicks(ui.institution_edit, "1234")
    assert "Patron cards will look like 2 1234 00000001 8" in ui.example_label.text()
    ui.width_spin.selectAll()
    qtbot.keyClicks(ui.width_spin, "5")
    assert "2 1234 00001 2" in ui.example_label.text()
    enter(qtbot, ui.width_spin)
    assert wizard.currentId() == RULES
    ui.loan_days_spin.selectAll()
    qtbot.keyClicks(ui.loan_days_spin, "14")
    enter(qtbot, ui.loan_days_spin)
    assert wizard.currentId() == CLOSED
    qtbot.keyClick(ui.closed_saturday, Qt.Key.Key_Space)  # Sunday is ticked already
    ui.country_combo.setCurrentIndex(0)
    qtbot.keyClicks(ui.country_combo, "Germany")
    assert ui.country_combo.currentData() == "DE"
    ui.holiday_list.setFocus()
    qtbot.keyClick(ui.holiday_list, Qt.Key.Key_Space)  # untick the first holiday
    unticked: date = ui.holiday_list.item(0).data(Qt.ItemDataRole.UserRole)[0]
    assert unticked not in dict(wizard.kept_holidays())
    enter(qtbot, ui.closed_saturday)
    assert wizard.currentId() == ADMIN
    qtbot.keyClicks(ui.username_edit, "sam")
    qtbot.keyClicks(ui.display_edit, "Sam Head")
    qtbot.keyClicks(ui.password_edit, "correct horse")
    qtbot.keyClicks(ui.again_edit, password_again)
    enter(qtbot, ui.again_edit)
    return unticked


def make_wizard(qtbot: QtBot, apply: Callable[[FirstRunAnswers], None], tmp_path: Path):
    wizard = FirstRunWizard(apply, data_folder=tmp_path, device_name="desk-1", country="GB")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_finish_sets_the_library_up_and_the_administrator_logs_in(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"

    def apply(answers: FirstRunAnswers) -> None:
        with open_library(path) as library:
            library.first_run.apply(answers)

    wizard = make_wizard(qtbot, apply, tmp_path)
    unticked = fill_in(qtbot, wizard)
    kept = wizard.kept_holidays()
    assert wizard.currentId() == BACKUP
    enter(qtbot, wizard.ui.device_edit)
    assert wizard.currentId() == SUMMARY
    summary = wizard.ui.summary_view.toPlainText()
    assert "Riverside Public Library" in summary
    assert "2 1234 00001 2" in summary
    assert "Saturdays, Sundays" in summary

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.focusWidget() is finish)
    with qtbot.waitSignal(wizard.finished):
        qtbot.keyClick(finish, Qt.Key.Key_Space)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.chose_demo
    with open_library(path, user="sam", password="correct horse") as library:
        assert library.current_actor().display_name == "Sam Head"
        assert library.settings.get("library.name") == "Riverside Public Library"
        assert library.settings.get("library.email") == "desk@riverside.example"
        assert library.settings.get("barcode.width") == "5"
        assert library.settings.get("sync.device_name") == "desk-1"
        assert {r.loan_days for r in library.rules.rules()} == {14}
        assert library.patrons.register(barcode="", name="Okafor, Ada").barcode == "21234000012"
        with library.context.unit_of_work() as uow:
            assert not uow.rules.is_closed(unticked)
            assert all(uow.rules.is_closed(day) for day, _name in kept)


def test_the_passwords_must_match_before_the_wizard_goes_on(qtbot, tmp_path):
    wizard = make_wizard(qtbot, lambda answers: None, tmp_path)

    fill_in(qtbot, wizard, password_again="correct horsf")

    assert wizard.currentId() == ADMIN
    assert "passwords differ" in wizard.ui.admin_status.text()
    assert wizard.ui.again_edit.text() == ""


def test_a_refusal_at_finish_is_shown_and_the_wizard_stays(qtbot, tmp_path):
    from libtech_desktop.domain.errors import InvalidInput

    def apply(answers: FirstRunAnswers) -> None:
        raise InvalidInput("The disk is full.")

    wizard = make_wizard(qtbot, apply, tmp_path)
    fill_in(qtbot, wizard)
    enter(qtbot, wizard.ui.device_edit)
    qtbot.keyClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.Key.Key_Space)

    assert wizard.isVisible()
    assert wizard.currentId() == SUMMARY
    assert "The disk is full." in wizard.ui.summary_status.text()


# -- app.first_run: when the wizard is shown, and what it returns ---------------------


def drive_modal(qtbot: QtBot, steps: Callable[[FirstRunWizard], None], seen: list[str]) -> None:
    """Once the wizard is up (modal), run ``steps`` on it; a failure closes it."""

    def go() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(10, go)
            return
        seen.append("wizard")
        try:
            steps(wizard)
        except BaseException as exc:  # pragma: no cover - shown by the test's assert
            seen.append(f"failed: {exc!r}")
            wizard.reject()

    QTimer.singleShot(0, go)


def test_cancel_writes_nothing_and_main_returns_nothing_to_open(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    seen: list[str] = []

    def cancel(wizard: FirstRunWizard) -> None:
        fill_in(qtbot, wizard)
        qtbot.keyClick(wizard.ui.device_edit, Qt.Key.Key_Escape)

    drive_modal(qtbot, cancel, seen)
    result = app.first_run(app.parse_args(["--db", str(path)]), path)

    assert seen == ["wizard"]
    assert result is None
    assert list(tmp_path.iterdir()) == []


def test_finish_from_main_opens_the_new_library(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    seen: list[str] = []

    def finish(wizard: FirstRunWizard) -> None:
        fill_in(qtbot, wizard)
        enter(qtbot, wizard.ui.device_edit)
        qtbot.keyClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.Key.Key_Space)

    drive_modal(qtbot, finish, seen)
    result = app.first_run(app.parse_args(["--db", str(path)]), path)

    assert seen == ["wizard"]
    assert result == (path, False)
    with open_library(path) as library:
        assert library.staff.has_accounts()
        assert not library.first_run.needed()


def test_the_demo_choice_opens_the_demo_library(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(app.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    path = tmp_path / "new.sqlite3"
    seen: list[str] = []

    def demo(wizard: FirstRunWizard) -> None:
        qtbot.keyClick(wizard.ui.demo_radio, Qt.Key.Key_Space)  # Tab there, Space
        assert wizard.chose_demo
        assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Open the demo library"
        enter(qtbot, wizard.ui.demo_radio)

    drive_modal(qtbot, demo, seen)
    result = app.first_run(app.parse_args(["--db", str(path)]), path)

    assert seen == ["wizard"]
    assert result == (tmp_path / "data" / "demo.sqlite3", True)
    assert not path.exists()


@pytest.mark.parametrize("argv", [["--demo"], []])
def test_no_wizard_with_demo_or_for_a_library_set_up_before(qtbot, tmp_path, argv):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        library.patrons.register(barcode="P1", name="Okafor, Ada")
        library.catalogue.add_item(library.catalogue.add_biblio(title="Dune").id, "I1")
    seen: list[str] = []
    drive_modal(qtbot, lambda wizard: wizard.reject(), seen)

    result = app.first_run(app.parse_args(["--db", str(path), *argv]), path)
    qtbot.wait(50)  # let a wizard, wrongly shown, be seen

    assert seen == []
    assert result == (path, bool(argv))
