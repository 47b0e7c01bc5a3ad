"""Staff accounts: logging in, and who may do what (issue 8).

A library with no staff account works as the built-in desk account with every right;
creating the first administrator ends that for the GUI, the command line and the
Python API alike. Passwords are kept only as argon2 hashes; too many failed logins in a
row lock the account for a while.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from libtech_desktop.domain.errors import InvalidInput, NotFound
from libtech_desktop.domain.staff import (
    ADMINISTRATOR,
    Actor,
    ApiToken,
    AuthenticationFailed,
    AuthenticationRequired,
    Permission,
    Role,
    StaffAccount,
)
from libtech_desktop.interop import passwords
from libtech_desktop.services import audit
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

    # -- administration (issue 8) --------------------------------------------------------

    def accounts(self) -> list[StaffAccount]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.staff.accounts())

    def add_account(
        self, username: str, display_name: str, password: str, role: str
    ) -> StaffAccount:
        """A new staff member with ``role``; refused for a user name already taken."""
        check_password(password)
        username = _clean_username(username)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            _role(uow, role)
            if uow.staff.by_username(username) is not None:
                raise InvalidInput(f"There is already a staff account {username}.")
            account = uow.staff.add(
                username,
                display_name.strip() or username,
                role,
                passwords.hash_password(password),
                actor.username,
                now,
            )
            after = {"display_name": account.display_name, "role": role, "active": True}
            audit.record(uow, actor, now, "staff.add", "staff", username, after=after)
            uow.commit()
        return account

    def set_role(self, username: str, role: str) -> StaffAccount:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = _account(uow, username)
            _role(uow, role)
            if account.role == role:
                return account
            uow.staff.set_role(account.id, role)
            _keep_an_administrator(uow)
            audit.record(
                uow,
                actor,
                now,
                "staff.role",
                "staff",
                account.username,
                before={"role": account.role},
                after={"role": role},
            )
            uow.commit()
            changed = uow.staff.by_username(account.username)
        assert changed is not None
        return changed

    def set_password(self, username: str, password: str) -> None:
        """An administrator resets someone's password (and so unlocks the account)."""
        check_password(password)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = _account(uow, username)
            uow.staff.set_password_hash(account.id, passwords.hash_password(password), now)
            uow.staff.unlock(account.id)
            audit.record(uow, actor, now, "staff.password", "staff", account.username, note="reset")
            uow.commit()

    def change_own_password(self, old: str, new: str) -> None:
        """The staff member at the desk changes their own password (the old one first)."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = uow.staff.by_username(actor.username) if actor.username else None
            if account is None:
                raise AuthenticationRequired(
                    "Only a staff member who logged in can change their password."
                )
            ok, _ = passwords.verify(uow.staff.password_hash(account.id), old)
            if not ok:
                raise AuthenticationFailed("The current password is wrong.")
            check_password(new)
            if new == old:
                raise InvalidInput("The new password is the same as the old one.")
            uow.staff.set_password_hash(account.id, passwords.hash_password(new), now)
            audit.record(uow, actor, now, "staff.password", "staff", account.username, note="own")
            uow.commit()

    def deactivate(self, username: str) -> StaffAccount:
        """The staff member can no longer log in (nor use their tokens)."""
        return self._set_active(username, False)

    def reactivate(self, username: str) -> StaffAccount:
        return self._set_active(username, True)

    def _set_active(self, username: str, active: bool) -> StaffAccount:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = _account(uow, username)
            if account.active == active:
                return account
            if not active and account.username == actor.username:
                raise InvalidInput("You cannot deactivate your own account.")
            uow.staff.set_active(account.id, active)
            _keep_an_administrator(uow)
            audit.record(
                uow,
                actor,
                now,
                "staff.deactivate" if not active else "staff.reactivate",
                "staff",
                account.username,
                before={"active": account.active},
                after={"active": active},
            )
            uow.commit()
            changed = uow.staff.by_username(account.username)
        assert changed is not None
        return changed

    def unlock(self, username: str) -> StaffAccount:
        """Lift a lockout after too many failed logins."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = _account(uow, username)
            uow.staff.unlock(account.id)
            before = {"failed_logins": account.failed_logins}
            audit.record(uow, actor, now, "staff.unlock", "staff", account.username, before=before)
            uow.commit()
            changed = uow.staff.by_username(account.username)
        assert changed is not None
        return changed

    def roles(self) -> list[Role]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.staff.roles())

    def grant(self, role: str, permission: Permission | str) -> Role:
        return self._change_right(role, _permission(permission), True)

    def revoke(self, role: str, permission: Permission | str) -> Role:
        return self._change_right(role, _permission(permission), False)

    def _change_right(self, code: str, permission: Permission, give: bool) -> Role:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            role = _role(uow, code)
            if (permission in role.permissions) == give:
                return role
            if give:
                uow.staff.grant(code, permission)
            else:
                uow.staff.revoke(code, permission)
                if permission is Permission.STAFF:
                    _keep_an_administrator(uow)
            audit.record(
                uow,
                actor,
                now,
                "role.grant" if give else "role.revoke",
                "role",
                code,
                before={"permissions": sorted(role.permissions)},
                after={"permissions": sorted(uow.staff.permissions_of(code))},
            )
            uow.commit()
            changed = uow.staff.role(code)
        assert changed is not None
        return changed

    def make_token(self, username: str, label: str) -> str:
        """A new token for a script acting as ``username``; shown this once, only its
        hash is kept."""
        label = " ".join(label.split())
        if not label:
            raise InvalidInput("Give the token a label: what script or machine uses it.")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            account = _account(uow, username)
            if not account.active:
                raise InvalidInput(f"The account {account.username} is deactivated.")
            made = uow.staff.add_token(
                account.id, label[:100], token_hash(token), actor.username, now
            )
            audit.record(
                uow,
                actor,
                now,
                "token.make",
                "token",
                str(made.id),
                after={"username": account.username, "label": made.label},
            )
            uow.commit()
        return token

    def tokens(self) -> list[ApiToken]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.staff.tokens())

    def revoke_token(self, token_id: int) -> ApiToken:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            token = uow.staff.token(token_id)
            if token is None:
                raise NotFound(f"There is no token {token_id}.")
            if token.revoked_at is not None:
                return token
            uow.staff.revoke_token(token_id, now)
            audit.record(
                uow,
                actor,
                now,
                "token.revoke",
                "token",
                str(token_id),
                before={"username": token.username, "label": token.label},
            )
            uow.commit()
            revoked = uow.staff.token(token_id)
        assert revoked is not None
        return revoked


#: Every script token starts so: easy to spot in a file that should not hold one.
TOKEN_PREFIX = "ltk_"


def _account(uow: UnitOfWork, username: str) -> StaffAccount:
    account = uow.staff.by_username(username.strip())
    if account is None:
        raise NotFound(f"There is no staff account {username.strip()!r}.")
    return account


def _role(uow: UnitOfWork, code: str) -> Role:
    role = uow.staff.role(code.strip())
    if role is None:
        known = ", ".join(r.code for r in uow.staff.roles())
        raise NotFound(f"There is no role {code.strip()!r} (the roles: {known}).")
    return role


def _permission(permission: Permission | str) -> Permission:
    if isinstance(permission, Permission):
        return permission
    try:
        return Permission(permission.strip().lower())
    except ValueError:
        known = ", ".join(p.value for p in Permission)
        raise NotFound(f"There is no permission {permission!r} (the rights: {known}).") from None


def _keep_an_administrator(uow: UnitOfWork) -> None:
    """Refuse a change (made, not yet committed) that would leave no active account
    able to manage staff."""
    for account in uow.staff.accounts():
        if account.active and Permission.STAFF in uow.staff.permissions_of(account.role):
            return
    raise InvalidInput(
        "At least one administrator must keep the right to manage staff accounts: "
        "that change would leave nobody able to."
    )


def _clean_username(username: str) -> str:
    cleaned = username.strip()
    if not cleaned or len(cleaned) > 64 or any(c.isspace() for c in cleaned):
        raise InvalidInput("A user name is 1 to 64 characters, without spaces.")
    return cleaned
