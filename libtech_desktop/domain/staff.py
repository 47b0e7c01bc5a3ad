"""Who is acting, and what they may do (issue 8).

Every service call is made on behalf of an :class:`Actor`: a staff member who logged in,
or — in a library with no staff accounts yet — the built-in desk account with every
right. What a role may do is data (``role_permissions``); the defaults here are what a
new library starts with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from libtech_desktop.domain.errors import LibtechError


class Permission(StrEnum):
    """One right. A role holds a set of them; every service method needs one (or only a
    login) — see ``services/permissions.py``."""

    CIRCULATE = "circulate"
    PATRONS = "patrons"
    PATRON_CONTACT = "patron_contact"
    FINES = "fines"
    CATALOGUE = "catalogue"
    REPAIRS = "repairs"
    LABELS = "labels"
    INVENTORY = "inventory"
    SYNC = "sync"
    WAIVE = "waive"
    DELETE = "delete"
    SETTINGS = "settings"
    REPORTS = "reports"
    NOTICES = "notices"
    AUDIT = "audit"
    STAFF = "staff"
    BACKUP = "backup"
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return PERMISSION_LABELS[self]


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CIRCULATE: "check out, check in and renew",
    Permission.PATRONS: "register and edit patrons, blocks, holds and incidents",
    Permission.PATRON_CONTACT: "see patrons' addresses, emails and phone numbers",
    Permission.FINES: "charge fines and take payments",
    Permission.CATALOGUE: "catalogue records and copies",
    Permission.REPAIRS: "repairs and the condition of items",
    Permission.LABELS: "print labels and cards",
    Permission.INVENTORY: "stocktake, bindery, transfers, equipment and the truck",
    Permission.SYNC: "prepare bookmobile packages and merge journals",
    Permission.WAIVE: "waive and correct fines",
    Permission.DELETE: "delete records, authorities and patron data",
    Permission.SETTINGS: "change the library's settings and loan rules",
    Permission.REPORTS: "run reports and export patron data",
    Permission.NOTICES: "send notices",
    Permission.AUDIT: "read the audit log",
    Permission.STAFF: "manage staff accounts and permissions",
    Permission.BACKUP: "make backups",
    Permission.RESTORE: "restore a backup",
}

ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)

_VOLUNTEER = frozenset({Permission.CIRCULATE})
_TECHNICIAN = _VOLUNTEER | {
    Permission.PATRONS,
    Permission.PATRON_CONTACT,
    Permission.FINES,
    Permission.CATALOGUE,
    Permission.REPAIRS,
    Permission.LABELS,
    Permission.INVENTORY,
    Permission.SYNC,
}
_LIBRARIAN = _TECHNICIAN | {
    Permission.WAIVE,
    Permission.DELETE,
    Permission.SETTINGS,
    Permission.REPORTS,
    Permission.NOTICES,
    Permission.AUDIT,
}

#: The roles a new library starts with: code -> (name, rights). An administrator may
#: change what each may do; these are only the defaults.
DEFAULT_ROLES: dict[str, tuple[str, frozenset[Permission]]] = {
    "volunteer": ("Volunteer / student assistant", _VOLUNTEER),
    "technician": ("Library technician", frozenset(_TECHNICIAN)),
    "librarian": ("Librarian", frozenset(_LIBRARIAN)),
    "administrator": ("Administrator", ALL_PERMISSIONS),
}
ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class Actor:
    """The staff member on whose behalf a service call is made."""

    username: str
    display_name: str
    role: str = ADMINISTRATOR
    permissions: frozenset[Permission] = field(default=ALL_PERMISSIONS)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions


#: A library with no staff accounts: everyone is the desk, with every right.
DESK_ACCOUNT = Actor(username="desk", display_name="Desk", role="desk")
#: A library with staff accounts, before anyone has logged in: no right at all.
NOBODY = Actor(username="", display_name="nobody", role="", permissions=frozenset())


@dataclass(frozen=True)
class Role:
    code: str
    name: str
    permissions: frozenset[Permission]


@dataclass(frozen=True)
class StaffAccount:
    """A staff member's account (never with the password hash)."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_logins: int = 0
    locked_until: datetime | None = None
    last_login_at: datetime | None = None


@dataclass(frozen=True)
class ApiToken:
    id: int
    username: str
    label: str
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class AuthenticationRequired(LibtechError):
    """The library has staff accounts and nobody has logged in."""

    code = "login_required"


class AuthenticationFailed(LibtechError):
    """Wrong user name or password, a revoked token, or a locked account."""

    code = "login_failed"


class PermissionDenied(LibtechError):
    """The staff member's role does not allow this."""

    code = "permission_denied"
