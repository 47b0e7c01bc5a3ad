"""The Notices dialog: what is due, Send now on the runner, the log, the template
editor with its live preview, and the mail server settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.notices import NoticeKind
from libtech_desktop.library import Library
from libtech_desktop.services.notices import NoticeRunReport
from libtech_desktop.ui.dialogs.notices_dialog import NoticesDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The main window stands in: the dialog is parented, as the app makes it."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, runner: TaskRunner, parent: QWidget) -> NoticesDialog:
    widget = NoticesDialog(parent, library.notices, library.settings, runner)
    with qtbot.waitSignals([widget.due_listed, widget.log_listed], timeout=5000):
        widget.open()
    qtbot.waitUntil(lambda: widget.ui.template_edit.toPlainText() != "", timeout=5000)
    return widget


@pytest.fixture
def overdue(library: Library, stock: Stock, clock: FixedClock) -> Stock:
    """Ada (no email: a letter) has Dune, one day overdue."""
    library.circulation.checkout(stock.patron, stock.items[0])
    clock.advance(days=22)
    return stock


def test_due_then_send_now_writes_the_letter_and_logs_it(
    qtbot: QtBot,
    library: Library,
    runner: TaskRunner,
    parent: QWidget,
    overdue: Stock,
    tmp_path: Path,
) -> None:
    dialog = NoticesDialog(parent, library.notices, library.settings, runner)
    with qtbot.waitSignal(dialog.due_listed, timeout=5000) as listed:
        dialog.open()
    (due,) = listed.args[0]
    assert (due.kind, due.patron_barcode, due.channel) == (
        NoticeKind.OVERDUE1,
        overdue.patron,
        "print",
    )
    assert dialog.due_model.rowCount() == 1 and dialog.ui.send_button.isEnabled()
    letters = tmp_path / "letters.pdf"
    dialog.ui.letters_edit.setText(str(letters))
    with qtbot.waitSignal(dialog.run_finished, timeout=10000) as finished:
        dialog.ui.send_button.click()
    report: NoticeRunReport = finished.args[0]
    assert report.printed == 1 and not report.failures
    assert "Dune" in PdfReader(letters).pages[0].extract_text()
    assert str(letters) in dialog.status_text
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.due_model.rowCount() == 0, timeout=5000)
    assert dialog.log_model.row(0).status == "printed"
    assert not dialog.ui.send_button.isEnabled()  # nothing left to send


def test_a_failure_is_shown_and_listed_with_its_error(
    qtbot: QtBot, dialog: NoticesDialog, library: Library, stock: Stock, clock: FixedClock
) -> None:
    library.patrons.register(barcode="29999000000117", name="Mail, Mo", email="mo@example.org")
    library.circulation.checkout("29999000000117", stock.items[1])
    clock.advance(days=21)
    with qtbot.waitSignal(dialog.due_listed, timeout=5000):
        dialog.refresh_due()
    with qtbot.waitSignal(dialog.run_finished, timeout=10000):
        dialog.send_now()
    assert "smtp.host" in dialog.status_text and "Mail, Mo" in dialog.status_text
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() == 1, timeout=5000)
    entry = dialog.log_model.row(0)
    assert entry.status == "failed" and "smtp.host" in (entry.last_error or "")


def test_template_preview_follows_typing_and_a_broken_one_is_refused(
    qtbot: QtBot, dialog: NoticesDialog, library: Library
) -> None:
    assert dialog.kind == NoticeKind.REMINDER
    assert dialog.ui.template_origin_label.text() == "the shipped template"
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000) as shown:
        dialog.ui.template_edit.setPlainText(
            "Subject: Hi {{ patron.name }}\n\nSoon: {{ items|length }}"
        )
    assert shown.args[0].subject == "Hi Reader, Sample"
    assert dialog.ui.preview_edit.toPlainText() == "Soon: 2"

    dialog.ui.template_edit.setPlainText("Subject: x\n\n{{ patron.name|shout }}")
    qtbot.waitUntil(lambda: "shout" in dialog.ui.preview_subject_label.text(), timeout=5000)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as refused:
        dialog.ui.save_template_button.click()
    assert "shout" in refused.args[0]
    assert library.notices.template(NoticeKind.REMINDER).is_default


def test_save_and_restore_a_template(qtbot: QtBot, dialog: NoticesDialog, library: Library) -> None:
    index = dialog.ui.kind_combo.findData(NoticeKind.HOLD.value)
    dialog.ui.kind_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "hold" in dialog.ui.template_edit.toPlainText(), timeout=5000)
    dialog.ui.template_edit.setPlainText("Subject: Come!\n\n{{ hold.title }} waits.")
    with qtbot.waitSignal(dialog.template_saved, timeout=5000):
        dialog.ui.save_template_button.click()
    assert library.notices.template(NoticeKind.HOLD).text.startswith("Subject: Come!")
    assert dialog.ui.restore_template_button.isEnabled()
    with qtbot.waitSignal(dialog.template_saved, timeout=5000):
        dialog.ui.restore_template_button.click()
    assert library.notices.template(NoticeKind.HOLD).is_default
    assert "ready to collect" in dialog.ui.template_edit.toPlainText()


def test_mail_server_settings_are_saved_and_the_password_never_shown(
    qtbot: QtBot, dialog: NoticesDialog, library: Library
) -> None:
    ui = dialog.ui
    ui.host_edit.setText("mail.example.org")
    ui.port_spin.setValue(2525)
    ui.starttls_check.setChecked(False)
    ui.sender_edit.setText("desk@example.org")
    ui.password_edit.setText("hunter2")
    with qtbot.waitSignal(dialog.smtp_saved, timeout=5000):
        ui.save_smtp_button.click()
    get = library.settings.get
    assert (get("smtp.host"), get("smtp.port"), get("smtp.starttls")) == (
        "mail.example.org",
        "2525",
        "false",
    )
    assert get("smtp.password") == "hunter2"
    qtbot.waitUntil(lambda: ui.password_edit.placeholderText() == "stored (type to change)")
    assert ui.password_edit.text() == ""


def test_send_test_message_without_a_server_says_why(qtbot: QtBot, dialog: NoticesDialog) -> None:
    dialog.ui.test_to_edit.setText("tech@example.org")
    with qtbot.waitSignal(dialog.failed, timeout=5000) as refused:
        dialog.ui.test_button.click()
    assert "smtp.host" in refused.args[0]


def _choose_kind(dialog: NoticesDialog, kind: NoticeKind) -> None:
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData(kind.value))


EDITED = "Subject: Soon\n\nBring back {{ items|length }} books."


def test_switching_kind_with_unsaved_edits_asks_inline_keep_then_discard(
    qtbot: QtBot, dialog: NoticesDialog, library: Library
) -> None:
    ui = dialog.ui
    assert not dialog.unsaved_shown
    ui.template_edit.setPlainText(EDITED)
    with qtbot.waitSignal(dialog.unsaved_asked, timeout=5000):
        _choose_kind(dialog, NoticeKind.HOLD)
    assert dialog.unsaved_shown and "unsaved changes" in ui.unsaved_label.text()
    assert dialog.kind == NoticeKind.REMINDER  # the combo stays with the edits
    assert ui.template_edit.toPlainText() == EDITED
    for button in (ui.unsaved_save_button, ui.unsaved_discard_button, ui.unsaved_keep_button):
        assert "&" in button.text()  # reachable from the keyboard

    with qtbot.waitSignal(ui.unsaved_keep_button.clicked, timeout=5000):  # a mnemonic clicks
        qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # after a beat
    assert not dialog.unsaved_shown  # Alt+G: Keep editing
    assert dialog.kind == NoticeKind.REMINDER and ui.template_edit.toPlainText() == EDITED

    with qtbot.waitSignal(dialog.unsaved_asked, timeout=5000):
        _choose_kind(dialog, NoticeKind.HOLD)
    ui.unsaved_discard_button.click()
    assert dialog.kind == NoticeKind.HOLD
    qtbot.waitUntil(lambda: "hold" in ui.template_edit.toPlainText(), timeout=5000)
    assert not dialog.unsaved_shown and not dialog.template_modified
    assert library.notices.template(NoticeKind.REMINDER).is_default  # nothing was saved


def test_switching_kind_and_saving_stores_the_edits_then_switches(
    qtbot: QtBot, dialog: NoticesDialog, library: Library
) -> None:
    ui = dialog.ui
    ui.template_edit.setPlainText(EDITED)
    with qtbot.waitSignal(dialog.unsaved_asked, timeout=5000):
        _choose_kind(dialog, NoticeKind.LOST)
    with qtbot.waitSignal(dialog.template_saved, timeout=5000) as saved:
        ui.unsaved_save_button.click()
    assert saved.args[0].kind == NoticeKind.REMINDER
    assert library.notices.template(NoticeKind.REMINDER).text == EDITED
    assert dialog.kind == NoticeKind.LOST
    qtbot.waitUntil(lambda: ui.template_edit.toPlainText() != EDITED, timeout=5000)
    assert ui.template_edit.toPlainText() == library.notices.template(NoticeKind.LOST).text
    assert not dialog.unsaved_shown


def test_saving_a_broken_template_from_the_bar_keeps_the_edits(
    qtbot: QtBot, dialog: NoticesDialog, library: Library
) -> None:
    ui = dialog.ui
    broken = "Subject: x\n\n{{ patron.name|shout }}"
    ui.template_edit.setPlainText(broken)
    with qtbot.waitSignal(dialog.unsaved_asked, timeout=5000):
        _choose_kind(dialog, NoticeKind.HOLD)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as refused:
        ui.unsaved_save_button.click()
    assert "shout" in refused.args[0]
    assert dialog.kind == NoticeKind.REMINDER and ui.template_edit.toPlainText() == broken
    assert library.notices.template(NoticeKind.REMINDER).is_default


def test_closing_with_unsaved_edits_asks_and_discard_closes(
    qtbot: QtBot, dialog: NoticesDialog
) -> None:
    ui = dialog.ui
    ui.template_edit.setPlainText(EDITED)
    ui.tabs_widget.setCurrentWidget(ui.smtp_page)
    with qtbot.waitSignal(dialog.unsaved_asked, timeout=5000):
        ui.close_button.click()
    assert dialog.isVisible() and dialog.unsaved_shown
    assert ui.tabs_widget.currentWidget() is ui.templates_page  # shows what is asked about
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        ui.unsaved_discard_button.click()
    assert not dialog.isVisible()


def test_closing_without_edits_closes_at_once(qtbot: QtBot, dialog: NoticesDialog) -> None:
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.ui.close_button.click()
    assert not dialog.isVisible() and not dialog.unsaved_shown
