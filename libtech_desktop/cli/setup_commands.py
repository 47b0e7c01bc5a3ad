"""``libtech setup``: the first-run wizard's questions as flags, for scripted installs
(issue 10). The administrator's password comes from LIBTECH_PASSWORD, or is asked twice."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from datetime import date
from typing import Any

from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.barcode_scheme import CHECK_DIGITS, BarcodeScheme
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.first_run import (
    WEEKDAY_NAMES,
    FirstRunAnswers,
    public_holidays,
)
from libtech_desktop.domain.money import parse_money

PASSWORD_ENV = "LIBTECH_PASSWORD"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``libtech setup`` to the parser."""
    from libtech_desktop.cli.parser import _command

    cmd = _command(
        sub,
        common,
        "setup",
        setup,
        "set up a new library in one go (what the first-run wizard asks)",
    )
    cmd.add_argument("--name", required=True, help="the library's name")
    cmd.add_argument("--admin", required=True, metavar="USER", help="the administrator's login")
    cmd.add_argument("--admin-name", default="", metavar="NAME", help="shown at the desk")
    cmd.add_argument("--address", default="", help="postal address for slips and notices")
    cmd.add_argument("--email", default="", help="the library's reply-to address")
    cmd.add_argument("--phone", default="", help="the library's phone number")
    cmd.add_argument("--institution", default="", metavar="DIGITS", help="institution code")
    cmd.add_argument("--patron-digit", type=int, default=2, metavar="D", help="default 2")
    cmd.add_argument("--item-digit", type=int, default=3, metavar="D", help="default 3")
    cmd.add_argument("--width", type=int, default=8, metavar="N", help="sequence digits (8)")
    cmd.add_argument("--check-digit", choices=CHECK_DIGITS, default="luhn", help="default luhn")
    cmd.add_argument("--loan-days", type=int, default=21, metavar="N", help="default 21")
    cmd.add_argument("--renewals", type=int, default=3, metavar="N", help="default 3")
    cmd.add_argument("--max-items", type=int, default=25, metavar="N", help="default 25")
    cmd.add_argument("--fine", default="0.25", metavar="AMOUNT", help="per day (0.25)")
    cmd.add_argument(
        "--max-fine", default="5.00", metavar="AMOUNT", help="per item (5.00; 'none': no cap)"
    )
    cmd.add_argument(
        "--closed",
        default="sunday",
        metavar="DAYS",
        help="weekdays always closed, comma-separated (default sunday; 'none')",
    )
    cmd.add_argument(
        "--holidays",
        metavar="COUNTRY[-REGION]",
        help="close on this country's public holidays this year and next (GB-ENG, US-CA, FR)",
    )
    cmd.add_argument(
        "--open-on",
        action="append",
        default=[],
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="a public holiday the library stays open (repeatable)",
    )
    cmd.add_argument("--backup-folder", default="", metavar="DIR", help="default: data folder")
    cmd.add_argument("--second-backup-folder", default="", metavar="DIR", help="a second copy")
    cmd.add_argument("--device-name", default="", metavar="NAME", help="this desk's name")


def setup(run: Run) -> int:
    a = run.args
    if not run.lib.first_run.needed():
        raise InvalidInput("This library was set up already: change settings with libtech config.")
    today = run.lib.context.clock.today()
    holidays: tuple[tuple[date, str], ...] = ()
    if a.holidays:
        country, _, region = a.holidays.partition("-")
        found = public_holidays(country.upper(), region.upper() or None, today.year)
        holidays = tuple((day, name) for day, name in found if day not in set(a.open_on))
    answers = FirstRunAnswers(
        library_name=a.name,
        admin_username=a.admin,
        admin_password="",
        admin_display_name=a.admin_name,
        address=a.address,
        email=a.email,
        phone=a.phone,
        scheme=BarcodeScheme(
            patron_digit=str(a.patron_digit),
            item_digit=str(a.item_digit),
            institution=a.institution,
            width=a.width,
            check_digit=a.check_digit,
        ),
        loan_days=a.loan_days,
        renewals=a.renewals,
        max_items=a.max_items,
        fine_per_day_minor=_amount(a.fine, "--fine") or 0,
        max_fine_minor=None if a.max_fine.lower() == "none" else _amount(a.max_fine, "--max-fine"),
        closed_weekdays=_weekdays(a.closed),
        closed_days=holidays,
        backup_folder=a.backup_folder,
        backup_second_folder=a.second_backup_folder,
        device_name=a.device_name,
    )
    answers = _with_password(answers)
    report = run.lib.first_run.apply(answers)
    scheme = answers.scheme
    run.out(
        f"Set up {answers.library_name.strip()}: {report.rules_set} loan rules, "
        f"{report.closed_days} closed days, administrator {report.administrator}. "
        f"Patron cards start at {scheme.display(scheme.format('patron', 1))}; from now on "
        "everyone logs in."
    )
    return 0


def _with_password(answers: FirstRunAnswers) -> FirstRunAnswers:
    given = os.environ.get(PASSWORD_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise InvalidInput(
                f"No password for the administrator: set {PASSWORD_ENV}, or run in a "
                "terminal to be asked."
            )
        given = getpass.getpass(f"Password for {answers.admin_username.strip()}: ")
        if getpass.getpass("The same again: ") != given:
            raise InvalidInput("The two passwords differ; nothing was set up.")
    return replace(answers, admin_password=given)


def _amount(text: str, flag: str) -> int | None:
    try:
        return parse_money(text)
    except InvalidInput as exc:
        raise InvalidInput(f"{flag}: {exc.message}") from exc


def _weekdays(text: str) -> tuple[int, ...]:
    if text.strip().lower() in ("", "none"):
        return ()
    days = []
    for word in text.split(","):
        word = word.strip().lower()
        matches = [i for i, name in enumerate(WEEKDAY_NAMES) if name.lower().startswith(word)]
        if len(word) < 2 or len(matches) != 1:
            raise InvalidInput(f"--closed: {word!r} is not a weekday (monday … sunday).")
        days.append(matches[0])
    return tuple(days)
