"""The first-run wizard (issue 10): a new library's name, barcodes, loan rules, closed
days, administrator and backups, or the demo library instead.

It only gathers :class:`FirstRunAnswers`; Finish hands them to ``apply`` (the
composition root opens the new file and calls ``lib.first_run.apply``). A refusal is
shown on the last page and the wizard stays open; Cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QListWidgetItem,
    QWidget,
    QWizard,
)

from libtech_desktop.domain.barcode_scheme import (
    CHECK_DIGIT_NAMES,
    CHECK_DIGITS,
    BarcodeScheme,
)
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.first_run import (
    MIN_PASSWORD,
    WEEKDAY_NAMES,
    FirstRunAnswers,
    countries,
    public_holidays,
    subdivisions,
    validate_answers,
)
from libtech_desktop.domain.library_settings import clean_library_name
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.ui._generated.ui_first_run_wizard import Ui_FirstRunWizard
from libtech_desktop.ui.feedback import show_status

ApplyAnswers = Callable[[FirstRunAnswers], None]

WELCOME, LIBRARY, BARCODES, RULES, CLOSED, ADMIN, BACKUP, SUMMARY = range(8)
NO_COUNTRY = ""


class FirstRunWizard(QWizard):
    """Shown before the desk opens; ``chose_demo`` after it is accepted says which way."""

    def __init__(
        self,
        apply: ApplyAnswers,
        *,
        data_folder: Path,
        device_name: str = "",
        today: date | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._apply = apply
        self._today = today or date.today()
        self._holidays_for: tuple[str, str] | None = None
        self._leaving_for_demo = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Finish")
        ui = self.ui
        for digit in CHECK_DIGITS:
            ui.check_combo.addItem(CHECK_DIGIT_NAMES[digit], digit)
        ui.fine_edit.setText(format_money(25))
        ui.cap_edit.setText(format_money(500))
        ui.closed_sunday.setChecked(True)
        ui.country_combo.addItem("(none)", NO_COUNTRY)
        for code, name in countries():
            ui.country_combo.addItem(name, code)
        wanted = country if country is not None else _locale_country()
        index = ui.country_combo.findData(wanted)
        ui.country_combo.setCurrentIndex(max(index, 0))
        ui.backup_edit.setPlaceholderText(f"the data folder: {data_folder}")
        ui.second_edit.setPlaceholderText("none (a USB stick or a network share)")
        ui.device_edit.setText(device_name)
        self._data_folder = data_folder

        for edit in (ui.institution_edit,):
            edit.textChanged.connect(self._show_example)
        for box in (ui.patron_digit_spin, ui.item_digit_spin, ui.width_spin):
            box.valueChanged.connect(self._show_example)
        ui.check_combo.currentIndexChanged.connect(self._show_example)
        ui.demo_radio.toggled.connect(self._name_next_button)
        ui.country_combo.currentIndexChanged.connect(self._fill_regions)
        ui.region_combo.currentIndexChanged.connect(self._fill_holidays)
        ui.backup_button.clicked.connect(lambda: self._choose_folder(ui.backup_edit))
        ui.second_button.clicked.connect(lambda: self._choose_folder(ui.second_edit))
        self._fill_regions()
        self._show_example()

    # -- what was chosen -------------------------------------------------------------

    @property
    def chose_demo(self) -> bool:
        return self.ui.demo_radio.isChecked()

    def scheme(self) -> BarcodeScheme:
        """The barcode scheme as typed; :class:`InvalidInput` when it does not hold."""
        ui = self.ui
        return BarcodeScheme(
            patron_digit=str(ui.patron_digit_spin.value()),
            item_digit=str(ui.item_digit_spin.value()),
            institution=ui.institution_edit.text().strip(),
            width=ui.width_spin.value(),
            check_digit=ui.check_combo.currentData(),
        )

    def closed_weekdays(self) -> tuple[int, ...]:
        return tuple(i for i, box in enumerate(self._weekday_boxes()) if box.isChecked())

    def kept_holidays(self) -> tuple[tuple[date, str], ...]:
        kept = []
        for row in range(self.ui.holiday_list.count()):
            item = self.ui.holiday_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kept.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(kept)

    def answers(self) -> FirstRunAnswers:
        """Everything typed, as answers (:class:`InvalidInput` for money or a scheme that
        cannot be read; the rest is checked by :func:`validate_answers`)."""
        ui = self.ui
        fine = _money(ui.fine_edit.text(), "fine per day") or 0
        cap = _money(ui.cap_edit.text(), "most fine per item")
        return FirstRunAnswers(
            library_name=ui.name_edit.text(),
            admin_username=ui.username_edit.text(),
            admin_password=ui.password_edit.text(),
            admin_display_name=ui.display_edit.text(),
            address=ui.address_edit.toPlainText(),
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            scheme=self.scheme(),
            loan_days=ui.loan_days_spin.value(),
            renewals=ui.renewals_spin.value(),
            max_items=ui.max_items_spin.value(),
            fine_per_day_minor=fine,
            max_fine_minor=cap,
            closed_weekdays=self.closed_weekdays(),
            closed_days=self.kept_holidays(),
            backup_folder=ui.backup_edit.text(),
            backup_second_folder=ui.second_edit.text(),
            device_name=ui.device_edit.text(),
        )

    # -- QWizard ---------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        ui = self.ui
        if page_id == LIBRARY:
            ui.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page_id == ADMIN:
            ui.password_edit.clear()
            ui.again_edit.clear()
        elif page_id == SUMMARY:
            show_status(ui.summary_status, "")
            ui.summary_view.setHtml(self._summary_html())
            # Enter (or Space) on the focused Finish button sets the library up.
            # (Once the wizard has shown the button: a hidden widget takes no focus.)
            finish = self.button(QWizard.WizardButton.FinishButton)
            QTimer.singleShot(0, finish, lambda: finish.setFocus(Qt.FocusReason.OtherFocusReason))

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == WELCOME and self.chose_demo:
            # Next opens the demo library: the wizard is done (``done`` validates again).
            if not self._leaving_for_demo:
                self._leaving_for_demo = True
                self.accept()
                return False
            return True
        try:
            if page == LIBRARY:
                clean_library_name(self.ui.name_edit.text())
            elif page == BARCODES:
                self.scheme()
            elif page == RULES:
                self._check_rules()
            elif page == ADMIN:
                self._check_admin()
            elif page == SUMMARY:
                return self._finish()
        except InvalidInput as exc:
            self._refuse(page, exc.message)
            return False
        self._refuse(page, "")
        return super().validateCurrentPage()

    # -- pages -----------------------------------------------------------------------

    def _weekday_boxes(self) -> list[QCheckBox]:
        ui = self.ui
        return [
            ui.closed_monday,
            ui.closed_tuesday,
            ui.closed_wednesday,
            ui.closed_thursday,
            ui.closed_friday,
            ui.closed_saturday,
            ui.closed_sunday,
        ]

    def _name_next_button(self, demo: bool) -> None:
        text = "&Open the demo library" if demo else "&Next >"
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def _show_example(self) -> None:
        label = self.ui.example_label
        try:
            scheme = self.scheme()
        except InvalidInput as exc:
            show_status(label, exc.message, error=True)
            return
        card = scheme.display(scheme.format("patron", 1))
        item = scheme.display(scheme.format("item", 1))
        show_status(
            label,
            f"Patron cards will look like {card}\nItems will look like {item}\n"
            f"({scheme.length} digits; up to {scheme.largest_sequence:,} of each.)",
        )

    def _check_rules(self) -> None:
        ui = self.ui
        _money(ui.fine_edit.text(), "fine per day")
        _money(ui.cap_edit.text(), "most fine per item")

    def _check_admin(self) -> None:
        ui = self.ui
        username = ui.username_edit.text().strip()
        if not username or any(c.isspace() for c in username):
            ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            raise InvalidInput("Type a user name for the administrator, without spaces.")
        if len(ui.password_edit.text()) < MIN_PASSWORD:
            ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            raise InvalidInput(f"The password needs at least {MIN_PASSWORD} characters.")
        if ui.password_edit.text() != ui.again_edit.text():
            ui.again_edit.clear()
            ui.again_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            raise InvalidInput("The two passwords differ; type it again.")

    def _fill_regions(self) -> None:
        combo = self.ui.region_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("(the whole country)", "")
        for code, name in subdivisions(self.ui.country_combo.currentData() or ""):
            combo.addItem(name, code)
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        self._fill_holidays()

    def _fill_holidays(self) -> None:
        country = self.ui.country_combo.currentData() or NO_COUNTRY
        region = self.ui.region_combo.currentData() or ""
        if self._holidays_for == (country, region):
            return
        self._holidays_for = (country, region)
        listing = self.ui.holiday_list
        listing.clear()
        show_status(self.ui.closed_status, "")
        if not country:
            return
        try:
            found = public_holidays(country, region or None, self._today.year)
        except InvalidInput as exc:
            show_status(self.ui.closed_status, exc.message, error=True)
            return
        for day, name in found:
            item = QListWidgetItem(f"{day:%a %d %b %Y}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, (day, name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            listing.addItem(item)
        if listing.count():
            listing.setCurrentRow(0)

    def _choose_folder(self, edit: QLineEdit) -> None:
        start = edit.text().strip() or str(self._data_folder)
        folder = QFileDialog.getExistingDirectory(self, "Where backups go", start)
        if folder:
            edit.setText(folder)

    def _summary_html(self) -> str:
        ui = self.ui
        try:
            scheme = self.scheme()
            card = scheme.display(scheme.format("patron", 1))
        except InvalidInput as exc:
            card = exc.message
        closed = [WEEKDAY_NAMES[d] + "s" for d in self.closed_weekdays()]
        holidays = len(self.kept_holidays())
        cap = ui.cap_edit.text().strip()
        cap = f"at most {cap} per item" if cap else "no cap"
        rows = [
            ("Library", ui.name_edit.text().strip()),
            ("Address", ui.address_edit.toPlainText().strip().replace("\n", ", ") or "—"),
            (
                "Email / phone",
                f"{ui.email_edit.text().strip() or '—'} / {ui.phone_edit.text().strip() or '—'}",
            ),
            ("First patron card", card),
            (
                "Loans",
                f"{ui.loan_days_spin.value()} days, {ui.renewals_spin.value()} renewals, "
                f"at most {ui.max_items_spin.value()} items",
            ),
            ("Overdue fine", f"{ui.fine_edit.text().strip() or '0.00'} a day ({cap})"),
            ("Closed", (", ".join(closed) or "no weekday") + f"; {holidays} public holidays"),
            ("Administrator", ui.username_edit.text().strip()),
            ("Backups", ui.backup_edit.text().strip() or f"the data folder ({self._data_folder})"),
            ("Second copy", ui.second_edit.text().strip() or "none"),
            ("This desk", ui.device_edit.text().strip() or "—"),
        ]
        body = "".join(f"<tr><th align=left>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows)
        return f"<table cellspacing=4>{body}</table>"

    def _finish(self) -> bool:
        try:
            answers = validate_answers(self.answers())
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._apply(answers)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except LibtechError as exc:
            show_status(self.ui.summary_status, exc.message, error=True)
            return False
        return True

    def _refuse(self, page: int, message: str) -> None:
        label = {
            LIBRARY: self.ui.library_status,
            BARCODES: self.ui.example_label,
            RULES: self.ui.rules_status,
            ADMIN: self.ui.admin_status,
            SUMMARY: self.ui.summary_status,
        }.get(page)
        if label is None:
            return
        if message:
            show_status(label, message, error=True)
        elif page == BARCODES:
            self._show_example()
        else:
            show_status(label, "")


def _money(text: str, what: str) -> int | None:
    try:
        minor = parse_money(text)
    except InvalidInput as exc:
        raise InvalidInput(f"The {what}: {exc.message}") from exc
    if minor is not None and minor < 0:
        raise InvalidInput(f"The {what} cannot be negative.")
    return minor


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _locale_country() -> str:
    """This computer's country as an ISO code ("" when the locale has none)."""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return NO_COUNTRY
    return QLocale.territoryToCode(territory)
