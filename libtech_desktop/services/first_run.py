"""The first-run wizard's answers put into a new library in one unit of work (issue 10):
the library's name and address, the barcode scheme, loan rules, closed days, the first
administrator, where backups go, and this desk's name."""

from __future__ import annotations

from dataclasses import dataclass

from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.first_run import (
    FirstRunAnswers,
    validate_answers,
    weekly_closed_days,
)
from libtech_desktop.domain.library_settings import LIBRARY_NAME_KEY, SettingsReader
from libtech_desktop.domain.staff import ADMINISTRATOR
from libtech_desktop.interop import passwords
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.setup import SetupService

COMPLETED_KEY = "setup.completed"


@dataclass(frozen=True)
class FirstRunReport:
    rules_set: int
    closed_days: int
    administrator: str


class FirstRunService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def needed(self) -> bool:
        """True while the library has never been set up: no ``setup.completed``, no staff
        accounts and an empty catalogue (a new, empty file)."""
        with self._ctx.unit_of_work() as uow:
            if SettingsReader(uow.settings.get).flag(COMPLETED_KEY):
                return False
            return uow.staff.count_accounts() == 0 and uow.catalogue.item_count() == 0

    def apply(self, answers: FirstRunAnswers) -> FirstRunReport:
        """Set the library up from the answers, all or nothing; refused
        (:class:`InvalidInput`) when an answer is wrong or the library has staff already."""
        answers = validate_answers(answers)
        # The default categories and item types (a new file has them already).
        SetupService(self._ctx).ensure_defaults()
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        hashed = passwords.hash_password(answers.admin_password)
        closed = dict(weekly_closed_days(answers.closed_weekdays, self._ctx.clock.today().year))
        closed.update(answers.closed_days)  # a holiday's name wins over "Closed on Sundays"
        with self._ctx.unit_of_work() as uow:
            if uow.staff.count_accounts():
                raise InvalidInput("This library already has staff accounts: it was set up before.")
            settings = {
                LIBRARY_NAME_KEY: answers.library_name,
                "library.address": answers.address,
                "library.email": answers.email,
                "library.phone": answers.phone,
                "barcode.patron_digit": answers.scheme.patron_digit,
                "barcode.item_digit": answers.scheme.item_digit,
                "barcode.institution": answers.scheme.institution,
                "barcode.width": str(answers.scheme.width),
                "barcode.check_digit": answers.scheme.check_digit,
                "barcode.auto_cards": "true",
                "barcode.auto_items": "true",
                "backup.folder": answers.backup_folder,
                "backup.second_folder": answers.backup_second_folder,
                "sync.device_name": answers.device_name,
                COMPLETED_KEY: "true",
            }
            for key, value in settings.items():
                uow.settings.set(key, value)
            rules = 0
            for category in uow.patrons.categories():
                for item_type in uow.catalogue.item_types():
                    uow.rules.set_rule(
                        LoanRule(
                            category.code,
                            item_type.code,
                            answers.loan_days,
                            answers.renewals,
                            answers.max_items,
                            fine_per_day_minor=answers.fine_per_day_minor,
                            max_fine_minor=answers.max_fine_minor,
                        )
                    )
                    rules += 1
            for day, reason in sorted(closed.items()):
                uow.rules.add_closed_day(day, reason)
            uow.staff.add(
                answers.admin_username,
                answers.admin_display_name,
                ADMINISTRATOR,
                hashed,
                actor.username,
                now,
            )
            audit.record(
                uow,
                actor,
                now,
                "setup.first_run",
                "library",
                answers.library_name,
                after={k: v for k, v in settings.items() if k != COMPLETED_KEY},
            )
            uow.commit()
        return FirstRunReport(rules, len(closed), answers.admin_username)
