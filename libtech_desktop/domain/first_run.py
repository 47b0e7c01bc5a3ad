"""The first-run answers (issue 10): what a technician tells a new library, checked.

The wizard and ``libtech setup`` fill a :class:`FirstRunAnswers`; :func:`validate_answers`
says in words what is wrong before anything is written. Public holidays come from the
``holidays`` package (:func:`public_holidays`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from types import ModuleType

from libtech_desktop.domain.barcode_scheme import BarcodeScheme
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import clean_library_name

#: Monday is 0 (``date.weekday()``).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUNDAY = 6
MIN_PASSWORD = 8
MAX_DEVICE_NAME = 64
#: Closed days are stored as dates (the calendar has no weekly rule): the weekly ones and
#: the public holidays for this year and the next four, so a library set up in December
#: does not find its Sundays open a year later.
YEARS_AHEAD = 5


@dataclass(frozen=True)
class FirstRunAnswers:
    """Everything the wizard asks. Money in minor units; ``max_fine_minor`` ``None``: no cap."""

    library_name: str
    admin_username: str
    admin_password: str
    admin_display_name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    scheme: BarcodeScheme = field(default_factory=BarcodeScheme)
    loan_days: int = 21
    renewals: int = 3
    max_items: int = 25
    fine_per_day_minor: int = 25
    max_fine_minor: int | None = 500
    #: Weekdays the library is always closed (0 Monday … 6 Sunday).
    closed_weekdays: tuple[int, ...] = (SUNDAY,)
    #: Other closed days (public holidays kept), with the reason shown.
    closed_days: tuple[tuple[date, str], ...] = ()
    backup_folder: str = ""
    backup_second_folder: str = ""
    device_name: str = ""


def validate_answers(answers: FirstRunAnswers) -> FirstRunAnswers:
    """The answers tidied (trimmed), or :class:`InvalidInput` naming the first problem."""
    name = clean_library_name(answers.library_name)
    email = answers.email.strip()
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise InvalidInput(f"{email!r} does not look like an email address.")
    for what, value, least in (
        ("loan period", answers.loan_days, 1),
        ("number of renewals", answers.renewals, 0),
        ("most items on loan", answers.max_items, 1),
        ("fine per day", answers.fine_per_day_minor, 0),
    ):
        if value < least:
            raise InvalidInput(f"The {what} must be at least {least}, not {value}.")
    if answers.loan_days > 365:
        raise InvalidInput("The loan period is at most 365 days.")
    if answers.max_fine_minor is not None and answers.max_fine_minor < 0:
        raise InvalidInput("The most fine per loan cannot be negative.")
    weekdays = tuple(sorted(set(answers.closed_weekdays)))
    if any(not 0 <= d <= 6 for d in weekdays):
        raise InvalidInput("A closed weekday is 0 (Monday) to 6 (Sunday).")
    if len(weekdays) == 7:
        raise InvalidInput("The library cannot be closed every day of the week.")
    username = answers.admin_username.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise InvalidInput("The administrator's user name is 1 to 64 characters, without spaces.")
    if len(answers.admin_password) < MIN_PASSWORD:
        raise InvalidInput(
            f"The administrator's password needs at least {MIN_PASSWORD} characters."
        )
    device = " ".join(answers.device_name.split())
    if len(device) > MAX_DEVICE_NAME:
        raise InvalidInput(f"The desk's name is at most {MAX_DEVICE_NAME} characters.")
    return replace(
        answers,
        library_name=name,
        admin_username=username,
        admin_display_name=answers.admin_display_name.strip() or username,
        address=answers.address.strip(),
        email=email,
        phone=answers.phone.strip(),
        closed_weekdays=weekdays,
        closed_days=tuple(
            sorted((d, " ".join(why.split()) or "Closed") for d, why in answers.closed_days)
        ),
        backup_folder=answers.backup_folder.strip(),
        backup_second_folder=answers.backup_second_folder.strip(),
        device_name=device,
    )


def weekly_closed_days(weekdays: tuple[int, ...], first_year: int) -> list[tuple[date, str]]:
    """Each date of ``first_year`` and the next that falls on one of ``weekdays``, with
    its reason ("Closed on Sundays"). (The calendar keeps dates, not weekdays.)"""
    days: list[tuple[date, str]] = []
    day = date(first_year, 1, 1)
    end = date(first_year + YEARS_AHEAD, 1, 1)
    while day < end:
        if day.weekday() in weekdays:
            days.append((day, f"Closed on {WEEKDAY_NAMES[day.weekday()]}s"))
        day += timedelta(days=1)
    return days


def _holidays() -> ModuleType:
    """The ``holidays`` package, loaded when the wizard first asks (it is large, and the
    desk never needs it at start)."""
    import holidays

    return holidays


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """Every country the ``holidays`` package knows: (ISO code, English name), by name."""
    holidays = _holidays()
    supported = holidays.list_supported_countries()
    named = {
        codes[1]: key.replace("_", " ").title()
        for key, codes in holidays.registry.COUNTRIES.items()
        if codes[1] in supported
    }
    return tuple(sorted(named.items(), key=lambda pair: pair[1]))


def subdivisions(country: str) -> tuple[tuple[str, str], ...]:
    """The subdivisions (states, regions) of ``country`` as (code, name shown); empty
    when it has none."""
    holidays = _holidays()
    codes = holidays.list_supported_countries().get(country, ())
    if not codes:
        return ()
    aliases = getattr(type(holidays.country_holidays(country)), "subdivisions_aliases", {})
    names: dict[str, str] = {}
    for alias, code in aliases.items():
        if len(alias) > len(names.get(code, "")):
            names[code] = alias
    return tuple((code, f"{names[code]} ({code})" if code in names else code) for code in codes)


def public_holidays(
    country: str, subdivision: str | None, first_year: int
) -> list[tuple[date, str]]:
    """The public holidays of ``country`` (and ``subdivision``) in ``first_year`` and the
    next, by date; :class:`InvalidInput` for a country or region the package lacks."""
    try:
        found = _holidays().country_holidays(
            country,
            subdiv=subdivision or None,
            years=range(first_year, first_year + YEARS_AHEAD),
        )
    except NotImplementedError as exc:
        raise InvalidInput(f"No public holidays are known for {country!r}: {exc}") from exc
    return sorted((day, str(name)) for day, name in found.items())
