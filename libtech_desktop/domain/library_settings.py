"""Library-wide business settings: their keys, defaults and rules.

They are stored as text by key (``library_settings``); a key never set means its
default here, so a new setting needs no migration. :data:`SETTINGS` lists every one a
librarian may change (``libtech config set KEY VALUE``), with its kind and default;
:class:`SettingsReader` reads them typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import format_money, parse_money

LIBRARY_NAME_KEY = "library_name"
DEFAULT_LIBRARY_NAME = "LibTech Library"
#: Long enough for "Friends of the ... Memorial Library, Branch ..."; short enough
#: for a receipt line and a window title.
MAX_LIBRARY_NAME = 100


def clean_library_name(name: str) -> str:
    """``name`` trimmed, or :class:`InvalidInput` if it is blank or too long."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidInput("The library name cannot be blank.")
    if len(cleaned) > MAX_LIBRARY_NAME:
        raise InvalidInput(
            f"The library name can be at most {MAX_LIBRARY_NAME} characters "
            f"(this one has {len(cleaned)})."
        )
    return cleaned


# ---- the registry: every setting a librarian can change, by its dotted key ------------

SettingKind = Literal["text", "int", "money", "bool", "choice", "secret", "history"]


@dataclass(frozen=True)
class SettingSpec:
    """One library setting: its dotted key (as ``libtech config`` names it), its kind,
    its default as stored text, and what it means (shown by ``config list``)."""

    key: str
    kind: SettingKind
    default: str
    help: str
    choices: tuple[str, ...] = ()
    #: The key it is stored under when that differs (settings from before the registry).
    stored_as: str | None = None
    #: Smallest and largest value of an ``int`` setting.
    minimum: int = 0
    maximum: int = 100_000

    @property
    def storage_key(self) -> str:
        return self.stored_as or self.key


#: Loan history is kept forever (``keep``), not at all once returned (``off``), or this
#: many days after the return; then the loan is anonymised.
HISTORY_KEEP = -1

SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "library.name",
            "text",
            DEFAULT_LIBRARY_NAME,
            "the library's name, as on slips, cards and notices",
            stored_as=LIBRARY_NAME_KEY,
        ),
        SettingSpec("library.address", "text", "", "postal address for slips and notices"),
        SettingSpec("library.email", "text", "", "the library's reply-to address on notices"),
        SettingSpec("library.phone", "text", "", "the library's phone number on notices"),
        SettingSpec(
            "blocks.max_owed", "money", "10.00", "block borrowing when a patron owes this much"
        ),
        SettingSpec(
            "blocks.overdue_days",
            "int",
            "28",
            "block borrowing when any item is this many days overdue (0: never)",
        ),
        SettingSpec(
            "blocks.override", "bool", "false", "staff may lend to a blocked patron anyway"
        ),
        SettingSpec(
            "lost.after_days",
            "int",
            "42",
            "an overdue item is declared lost and billed after this many days (0: never)",
        ),
        SettingSpec(
            "lost.processing_fee", "money", "5.00", "charged with a lost item's replacement"
        ),
        SettingSpec(
            "lost.default_price", "money", "25.00", "replacement cost of an item with no price"
        ),
        SettingSpec(
            "lost.refund",
            "choice",
            "replacement",
            "when a lost item comes back: refund nothing, the replacement cost, or all",
            choices=("none", "replacement", "all"),
        ),
        SettingSpec(
            "holds.pickup_days",
            "int",
            "7",
            "days a trapped item waits on the hold shelf",
            minimum=1,
        ),
        SettingSpec(
            "holds.slip_name",
            "choice",
            "name",
            "hold slips show the patron's name or an anonymised code",
            choices=("name", "code"),
        ),
        SettingSpec(
            "privacy.loan_history",
            "history",
            "keep",
            "returned loans kept with the patron: keep, off, or a number of days",
        ),
        SettingSpec(
            "notices.reminder_days", "int", "2", "courtesy reminder this many days before due"
        ),
        SettingSpec("notices.overdue1_days", "int", "1", "first overdue notice, days overdue"),
        SettingSpec("notices.overdue2_days", "int", "14", "second overdue notice, days overdue"),
        SettingSpec("notices.overdue3_days", "int", "28", "third overdue notice, days overdue"),
        SettingSpec(
            "damage.charge_borrower",
            "bool",
            "true",
            "an item flagged damaged at check-in may be charged to its last borrower",
        ),
        SettingSpec(
            "equipment.maintenance_warn_days",
            "int",
            "7",
            "maintenance shows as due this many days ahead",
        ),
        SettingSpec(
            "bookmobile.location",
            "text",
            "Bookmobile",
            "the location of items on the bookmobile (loading the truck moves items there)",
        ),
        SettingSpec(
            "sync.package_days",
            "int",
            "14",
            "a bookmobile package cannot be imported after this many days",
            minimum=1,
            maximum=365,
        ),
        SettingSpec(
            "security.idle_lock_minutes",
            "int",
            "10",
            "lock the desk after this many idle minutes (0: never); unlock with the password",
            maximum=1440,
        ),
        SettingSpec("backup.folder", "text", "", "where backups go (empty: the data folder)"),
        SettingSpec(
            "backup.second_folder",
            "text",
            "",
            "a second place for each backup (a USB stick, a network share); empty: none",
        ),
        SettingSpec("backup.keep", "int", "10", "backups kept; older ones are removed", minimum=1),
        SettingSpec(
            "backup.every_hours",
            "int",
            "4",
            "back up this often while the program runs (0: only at close)",
            maximum=168,
        ),
        SettingSpec(
            "barcode.patron_digit",
            "int",
            "2",
            "first digit of every patron card the library issues",
            maximum=9,
        ),
        SettingSpec(
            "barcode.item_digit",
            "int",
            "3",
            "first digit of every item barcode the library issues",
            maximum=9,
        ),
        SettingSpec(
            "barcode.institution",
            "text",
            "",
            "the library's institution code, digits after the type digit (may be empty)",
        ),
        SettingSpec(
            "barcode.width",
            "int",
            "8",
            "digits of the running number in a barcode",
            minimum=1,
            maximum=12,
        ),
        SettingSpec(
            "barcode.check_digit",
            "choice",
            "luhn",
            "the barcode's last digit: luhn (mod 10), ean13 (weights 3/1) or none",
            choices=("luhn", "ean13", "none"),
        ),
        SettingSpec(
            "barcode.auto_cards",
            "bool",
            "false",
            "a patron registered with the card left blank gets the next card of the scheme",
        ),
        SettingSpec(
            "barcode.auto_items",
            "bool",
            "false",
            "copies added with the barcode left blank get the next item barcodes of the scheme",
        ),
        SettingSpec(
            "barcode.next_patron",
            "int",
            "1",
            "running number of the next patron card issued",
            minimum=1,
            maximum=999_999_999_999,
        ),
        SettingSpec(
            "barcode.next_item",
            "int",
            "1",
            "running number of the next item barcode issued",
            minimum=1,
            maximum=999_999_999_999,
        ),
        SettingSpec(
            "setup.completed",
            "bool",
            "false",
            "the first-run setup was finished (the wizard is not shown again)",
        ),
        SettingSpec(
            "sync.device_name",
            "text",
            "",
            "this desk's name, in journal exports and packages (empty: a device code)",
        ),
        SettingSpec("smtp.host", "text", "", "mail server for emailed notices"),
        SettingSpec("smtp.port", "int", "587", "mail server port", minimum=1, maximum=65535),
        SettingSpec("smtp.sender", "text", "", "From: address of emailed notices"),
        SettingSpec("smtp.starttls", "bool", "true", "use STARTTLS"),
        SettingSpec("smtp.username", "text", "", "mail server login (blank: none)"),
        SettingSpec("smtp.password", "secret", "", "mail server password"),
    )
}

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def setting_spec(key: str) -> SettingSpec:
    spec = SETTINGS.get(key.strip().lower())
    if spec is None:
        known = ", ".join(sorted(SETTINGS))
        raise InvalidInput(f"There is no setting called {key!r}. Settings: {known}.")
    return spec


def clean_setting(key: str, text: str) -> str:
    """The text to store for ``key`` given what was typed; :class:`InvalidInput` if wrong."""
    spec = setting_spec(key)
    value = text.strip()
    if spec.key == "library.name":
        return clean_library_name(value)
    if spec.key == "barcode.institution":
        if (value and not value.isdigit()) or len(value) > 8:
            raise InvalidInput(f"{spec.key} is up to 8 digits, not {text!r}.")
        return value
    if spec.kind == "int":
        if not value.isdigit():
            raise InvalidInput(f"{spec.key} must be a whole number, not {text!r}.")
        number = int(value)
        if not spec.minimum <= number <= spec.maximum:
            raise InvalidInput(
                f"{spec.key} must be between {spec.minimum} and {spec.maximum}, not {number}."
            )
        return str(number)
    if spec.kind == "money":
        minor = parse_money(value)
        if minor is None:
            raise InvalidInput(f"{spec.key} needs an amount like 10.00.")
        return format_money(minor)
    if spec.kind == "bool":
        if value.lower() in _TRUE:
            return "true"
        if value.lower() in _FALSE:
            return "false"
        raise InvalidInput(f"{spec.key} is true or false, not {text!r}.")
    if spec.kind == "choice":
        if value.lower() not in spec.choices:
            raise InvalidInput(f"{spec.key} is one of {', '.join(spec.choices)}, not {text!r}.")
        return value.lower()
    if spec.kind == "history":
        if value.lower() in ("keep", "off") or value.isdigit():
            return value.lower()
        raise InvalidInput(f"{spec.key} is keep, off, or a number of days, not {text!r}.")
    return value


class SettingsReader:
    """Typed reading of the settings, over any ``key -> stored text or None`` lookup
    (a unit of work's settings repository, say). A key never set reads as its default."""

    def __init__(self, get: Callable[[str], str | None]) -> None:
        self._get = get

    def text(self, key: str) -> str:
        spec = setting_spec(key)
        stored = self._get(spec.storage_key)
        return spec.default if stored is None else stored

    def integer(self, key: str) -> int:
        return int(self.text(key))

    def money(self, key: str) -> int:
        """In minor units."""
        return parse_money(self.text(key)) or 0

    def flag(self, key: str) -> bool:
        return self.text(key) == "true"

    def history_days(self, key: str = "privacy.loan_history") -> int:
        """:data:`HISTORY_KEEP`, 0 (``off``) or a number of days."""
        value = self.text(key)
        if value == "keep":
            return HISTORY_KEEP
        return 0 if value == "off" else int(value)
