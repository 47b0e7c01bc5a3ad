"""Settings → Preferences: one dialog over the library's settings and this desk's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMainWindow, QSpinBox
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.domain.library_settings import SETTINGS
from libtech_desktop.library import Library
from libtech_desktop.ui.preferences import (
    PAGES,
    PreferencesDialog,
    PreferencesServices,
    page_for,
)
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings

from ..mail_server import Inbox, MailServer, configure, free_port

PASSWORD = "correct horse battery"


def services(library: Library) -> PreferencesServices:
    return PreferencesServices(
        settings=library.settings,
        labels=library.labels,
        notices=library.notices,
        backups=library.backups,
    )


@pytest.fixture
def workstation(tmp_path: Path) -> WorkstationSettings:
    return WorkstationSettings(tmp_path / "desk.ini")


@pytest.fixture
def dialog(
    qtbot: QtBot, library: Library, runner: TaskRunner, workstation: WorkstationSettings
) -> Iterator[PreferencesDialog]:
    window = QMainWindow()
    qtbot.addWidget(window)
    prefs = PreferencesDialog(
        window,
        services(library),
        workstation,
        runner,
        printers=lambda: (["Zebra", "Laser"], "Laser"),
    )
    with qtbot.waitSignal(prefs.loaded):
        prefs.start()
    prefs.show()
    yield prefs
    prefs.close()


def test_every_setting_in_the_registry_is_on_a_page(dialog: PreferencesDialog) -> None:
    assert set(dialog.fields) == set(SETTINGS)
    for key in SETTINGS:
        page = getattr(dialog.ui, f"{page_for(key)}_page")
        assert page.isAncestorOf(dialog.fields[key].widget), key
    assert page_for("library.email") == "library"
    assert page_for("smtp.host") == "email"
    assert page_for("sync.package_days") == "other"
    assert dialog.ui.groups_list.count() == len(PAGES)


def test_widgets_follow_the_kind_of_setting(dialog: PreferencesDialog) -> None:
    assert isinstance(dialog.fields["blocks.override"].widget, QCheckBox)
    spin = dialog.fields["smtp.port"].widget
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (1, 65535)
    secret = dialog.fields["smtp.password"].widget
    assert isinstance(secret, QLineEdit)
    assert secret.echoMode() == QLineEdit.EchoMode.Password
    name = dialog.fields["library.name"].widget
    assert isinstance(name, QLineEdit)
    assert name.text() == "LibTech Library"


def test_a_good_value_is_saved_to_the_library(
    qtbot: QtBot, dialog: PreferencesDialog, library: Library
) -> None:
    name = dialog.fields["library.name"].widget
    owed = dialog.fields["blocks.max_owed"].widget
    assert isinstance(name, QLineEdit) and isinstance(owed, QLineEdit)
    name.setText("  Riverside Library ")
    owed.setText("12")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.apply()
    assert saved.args == [["blocks.max_owed", "library.name"]]
    assert library.settings.get("library.name") == "Riverside Library"
    assert library.settings.get("blocks.max_owed") == "12.00"
    assert owed.text() == "12.00"  # shown as stored


def test_a_bad_value_is_refused_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, dialog: PreferencesDialog, library: Library
) -> None:
    name = dialog.fields["library.name"].widget
    owed = dialog.fields["lost.processing_fee"].widget
    assert isinstance(name, QLineEdit) and isinstance(owed, QLineEdit)
    name.setText("Riverside Library")
    owed.setText("five pounds")
    with qtbot.waitSignal(dialog.refused):
        dialog.apply()
    error = dialog.fields["lost.processing_fee"].error
    assert error.isVisible() and "price" in error.text()
    assert "Nothing was saved" in dialog.status_text
    assert dialog.ui.pages_stack.currentWidget().isAncestorOf(dialog.ui.notices_page)
    assert library.settings.get("library.name") == "LibTech Library"
    assert library.settings.get("lost.processing_fee") == "5.00"


def test_this_desks_preferences_go_to_its_settings_file(
    qtbot: QtBot, dialog: PreferencesDialog, tmp_path: Path
) -> None:
    ui = dialog.ui
    ui.terminator_combo.setCurrentIndex(ui.terminator_combo.findData("tab"))
    ui.prefix_edit.setText("]C1")
    ui.interkey_spin.setValue(50)
    ui.check_digits_check.setChecked(False)
    ui.sounds_check.setChecked(False)
    ui.volume_slider.setValue(30)
    ui.paper_combo.setCurrentIndex(ui.paper_combo.findData("a4"))
    ui.label_printer_combo.setCurrentIndex(ui.label_printer_combo.findData("Zebra"))
    template = ui.label_template_combo.currentData()
    assert template  # the shipped sheets
    ui.offset_x_spin.setValue(1.5)
    with qtbot.waitSignal(dialog.saved):
        dialog.apply()
    again = WorkstationSettings(tmp_path / "desk.ini")
    scan = again.scan_settings
    assert again.scan_terminator == "tab" and scan.terminators == frozenset({"\t"})
    assert (scan.prefix, scan.max_interkey_ms, scan.check_luhn) == ("]C1", 50.0, False)
    assert not again.sounds_enabled and again.volume == pytest.approx(0.3)
    assert again.receipt_paper == "a4"
    assert again.label_printer == "Zebra"
    assert again.label_offset(template, "Zebra") == (1.5, 0.0)


def test_cancel_keeps_what_was_saved(
    qtbot: QtBot, dialog: PreferencesDialog, library: Library, workstation: WorkstationSettings
) -> None:
    name = dialog.fields["library.name"].widget
    assert isinstance(name, QLineEdit)
    name.setText("Not this")
    dialog.ui.sounds_check.setChecked(False)
    dialog.reject()
    assert library.settings.get("library.name") == "LibTech Library"
    assert workstation.sounds_enabled


def test_send_test_message_reaches_the_mail_server(
    qtbot: QtBot, dialog: PreferencesDialog, library: Library
) -> None:
    server = MailServer(free_port(), Inbox())
    server.start()
    try:
        configure(library.settings, server.port)
        dialog.ui.test_address_edit.setText("tech@library.example")
        with qtbot.waitSignal(dialog.tested, timeout=10_000) as said:
            dialog.ui.send_test_button.click()
        assert "Sent a test message to tech@library.example" in said.args[0]
        assert dialog.status_text == said.args[0]
        recipients, message = server.inbox.messages[0]
        assert recipients == ["tech@library.example"]
        assert "test message" in str(message["Subject"])
    finally:
        server.stop()


def test_send_test_message_without_a_server_says_why(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    dialog.ui.test_address_edit.setText("tech@library.example")
    with qtbot.waitSignal(dialog.tested) as said:
        dialog.send_test_message()
    assert said.args[0].startswith("No test message:")
    assert dialog.ui.status_label.styleSheet()  # shown as refused


def test_a_volunteer_sees_the_library_settings_read_only(
    qtbot: QtBot, library: Library, runner: TaskRunner, workstation: WorkstationSettings
) -> None:
    library.staff.create_first_administrator("ada", "Ada Admin", PASSWORD)
    library.staff.add_account("val", "Val Volunteer", PASSWORD, "volunteer")
    library.login("val", PASSWORD)
    window = QMainWindow()
    qtbot.addWidget(window)
    from libtech_desktop.domain.staff import Permission

    prefs = PreferencesDialog(
        window,
        services(library),
        workstation,
        runner,
        may_change=lambda: library.current_actor().may(Permission.SETTINGS),
    )
    with qtbot.waitSignal(prefs.loaded):
        prefs.start()  # any staff member may read them
    assert "not change them" in prefs.status_text
    name = prefs.fields["library.name"].widget
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    assert name.text() == "LibTech Library"
    assert not prefs.fields["blocks.override"].widget.isEnabled()
    assert prefs.ui.sounds_check.isEnabled()  # this desk's own preferences stay open


def test_the_desk_opens_preferences_and_applies_the_scanner_live(
    qtbot: QtBot, desk: DeskApplication
) -> None:
    desk.window.ui.preferences_action.trigger()
    prefs = desk.preferences.dialog
    assert prefs is not None and prefs.isVisible()
    qtbot.waitUntil(lambda: bool(prefs.fields["library.name"].text()))
    qtbot.waitUntil(lambda: prefs.ui.groups_list.hasFocus())
    qtbot.keyClick(prefs.ui.groups_list, Qt.Key.Key_Down)  # the groups, by keyboard
    assert prefs.ui.pages_stack.currentWidget().isAncestorOf(prefs.ui.barcodes_page)
    prefs.ui.check_digits_check.setChecked(False)
    prefs.ui.sounds_check.setChecked(False)
    prefs.ui.terminator_combo.setCurrentIndex(prefs.ui.terminator_combo.findData("enter"))
    with qtbot.waitSignal(prefs.saved):
        prefs.apply(close=True)
    assert not prefs.isVisible()
    assert not desk.window.ui.check_digits_action.isChecked()
    assert not desk.sounds.enabled
    assert desk.window.scan_settings.terminators == frozenset({"\r", "\n"})
    assert not desk.window.scan_settings.check_luhn
    assert desk.preferences.open_preferences() is prefs  # made once, reused
    prefs.show_page("printers")
    prefs.ui.calibrate_button.click()  # the Labels dialog, where calibration is done
    labels = desk.catalogue.dialogs.labels
    assert labels is not None and labels.isVisible()
