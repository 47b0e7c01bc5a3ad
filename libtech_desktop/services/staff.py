"""Staff accounts: logging in, and who may do what (issue 8).

A library with no staff account works as the built-in desk account with every right;
creating the first administrator ends that for the GUI, the command line and the
Python API alike. Passwords are kept only as argon2 hashes; too many failed logins in a
row lock the account for a while.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.staff import (
    ADMINISTRATOR,
    Actor,
    AuthenticationFailed,
    StaffAccount,
)
from libtech_desktop.interop import passwords
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

#: Failed logins in a row before the account locks, and for how long.
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
#: What a failed login says: never which of the two was wrong.
WRONG = "Wrong user name or password."


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters.")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def authenticate(uow: UnitOfWork, username: str, password: str, now: datetime) -> Actor:
    """The actor for a user name and password, or :class:`AuthenticationFailed`. Counts
    failures and locks the account after :data:`MAX_FAILED_LOGINS` (the caller commits:
    a failure is recorded too)."""
    account = uow.staff.by_username(username.strip())
    if account is None or not account.active:
        raise AuthenticationFailed(WRONG)
    if account.locked_until is not None and account.locked_until > now:
        raise AuthenticationFailed(_locked_message(account))
    ok, new_hash = passwords.verify(uow.staff.password_hash(account.id), password)
    if not ok:
        failed = account.failed_logins + 1
        until = now + timedelta(minutes=LOCK_MINUTES) if failed >= MAX_FAILED_LOGINS else None
        uow.staff.login_failed(account.id, failed, until)
        if until is not None:
            raise AuthenticationFailed(
                f"{WRONG} After {failed} failed attempts the account is locked for "
                f"{LOCK_MINUTES} minutes; an administrator can unlock it."
            )
        raise AuthenticationFailed(WRONG)
    uow.staff.login_succeeded(account.id, now, new_hash)
    return actor_of(uow, account)


def authenticate_token(uow: UnitOfWork, token: str, now: datetime) -> Actor:
    digest = token_hash(token)
    account = uow.staff.token_owner(digest)
    if account is None or not account.active:
        raise AuthenticationFailed("That token is unknown or was revoked.")
    uow.staff.token_used(digest, now)
    return actor_of(uow, account)


def actor_of(uow: UnitOfWork, account: StaffAccount) -> Actor:
    return Actor(
        username=account.username,
        display_name=account.display_name,
        role=account.role,
        permissions=uow.staff.permissions_of(account.role),
    )


def _locked_message(account: StaffAccount) -> str:
    until = account.locked_until.astimezone() if account.locked_until else None
    when = f" until {until:%H:%M}" if until else ""
    return (
        f"The account {account.username} is locked{when} after too many failed logins; "
        "an administrator can unlock it."
    )


class StaffService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def has_accounts(self) -> bool:
        """Whether anyone must log in (no account yet: everyone is the desk)."""
        with self._ctx.unit_of_work() as uow:
            return uow.staff.count_accounts() > 0

    def create_first_administrator(
        self, username: str, display_name: str, password: str
    ) -> StaffAccount:
        """The first account of a library, an administrator; from then on everyone logs
        in. Refused once any account exists."""
        check_password(password)
        username = _clean_username(username)
        now = self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            if uow.staff.count_accounts():
                raise InvalidInput(
                    "This library already has staff accounts: an administrator adds more."
                )
            account = uow.staff.add(
                username,
                display_name.strip() or username,
                ADMINISTRATOR,
                passwords.hash_password(password),
                self._ctx.actor().username,
                now,
            )
            uow.commit()
        return account


def _clean_username(username: str) -> str:
    cleaned = username.strip()
    if not cleaned or len(cleaned) > 64 or any(c.isspace() for c in cleaned):
        raise InvalidInput("A user name is 1 to 64 characters, without spaces.")
    return cleaned
