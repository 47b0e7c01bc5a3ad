"""Staff accounts, roles and script tokens (issue 8)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.staff import ApiToken, Permission, Role, StaffAccount


def _account(row: m.StaffAccount) -> StaffAccount:
    return StaffAccount(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role_code,
        active=row.active,
        failed_logins=row.failed_logins,
        locked_until=row.locked_until,
        last_login_at=row.last_login_at,
    )


def _token(row: m.ApiToken, username: str) -> ApiToken:
    return ApiToken(
        id=row.id,
        username=username,
        label=row.label,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


class SqlStaffRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def count_accounts(self) -> int:
        return self._s.scalar(select(func.count()).select_from(m.StaffAccount)) or 0

    def by_username(self, username: str) -> StaffAccount | None:
        row = self._s.scalar(select(m.StaffAccount).where(m.StaffAccount.username == username))
        return _account(row) if row else None

    def password_hash(self, account_id: int) -> str:
        return self._s.get_one(m.StaffAccount, account_id).password_hash

    def add(
        self,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        actor: str,
        now: datetime,
    ) -> StaffAccount:
        row = m.StaffAccount(
            username=username,
            display_name=display_name,
            role_code=role,
            password_hash=password_hash,
            active=True,
            failed_logins=0,
            created_at=now,
            created_by=actor,
            password_changed_at=now,
        )
        self._s.add(row)
        self._s.flush()
        return _account(row)

    def accounts(self) -> Sequence[StaffAccount]:
        rows = self._s.scalars(select(m.StaffAccount).order_by(m.StaffAccount.username))
        return [_account(r) for r in rows]

    def login_succeeded(self, account_id: int, now: datetime, new_hash: str | None) -> None:
        values: dict[str, object] = {
            "failed_logins": 0,
            "locked_until": None,
            "last_login_at": now,
        }
        if new_hash is not None:
            values["password_hash"] = new_hash
        self._s.execute(
            update(m.StaffAccount).where(m.StaffAccount.id == account_id).values(**values)
        )

    def login_failed(self, account_id: int, failed: int, locked_until: datetime | None) -> None:
        self._s.execute(
            update(m.StaffAccount)
            .where(m.StaffAccount.id == account_id)
            .values(failed_logins=failed, locked_until=locked_until)
        )

    def role(self, code: str) -> Role | None:
        row = self._s.get(m.Role, code)
        return Role(row.code, row.name, self.permissions_of(code)) if row else None

    def roles(self) -> Sequence[Role]:
        rows = self._s.scalars(select(m.Role).order_by(m.Role.code))
        return [Role(r.code, r.name, self.permissions_of(r.code)) for r in rows]

    def permissions_of(self, role: str) -> frozenset[Permission]:
        query = select(m.RolePermission.permission).where(m.RolePermission.role_code == role)
        known = {p.value for p in Permission}
        return frozenset(Permission(p) for p in self._s.scalars(query) if p in known)

    def token_owner(self, token_hash: str) -> StaffAccount | None:
        row = self._s.scalar(
            select(m.StaffAccount)
            .join(m.ApiToken, m.ApiToken.staff_id == m.StaffAccount.id)
            .where(m.ApiToken.token_hash == token_hash, m.ApiToken.revoked_at.is_(None))
        )
        return _account(row) if row else None

    def token_used(self, token_hash: str, now: datetime) -> None:
        self._s.execute(
            update(m.ApiToken).where(m.ApiToken.token_hash == token_hash).values(last_used_at=now)
        )

    # -- administration ---------------------------------------------------------------

    def _set(self, account_id: int, **values: object) -> None:
        self._s.execute(
            update(m.StaffAccount).where(m.StaffAccount.id == account_id).values(**values)
        )

    def set_role(self, account_id: int, role: str) -> None:
        self._set(account_id, role_code=role)

    def set_password_hash(self, account_id: int, password_hash: str, now: datetime) -> None:
        self._set(account_id, password_hash=password_hash, password_changed_at=now)

    def set_active(self, account_id: int, active: bool) -> None:
        self._set(account_id, active=active)

    def unlock(self, account_id: int) -> None:
        self._set(account_id, failed_logins=0, locked_until=None)

    def grant(self, role: str, permission: Permission) -> None:
        if permission not in self.permissions_of(role):
            self._s.add(m.RolePermission(role_code=role, permission=permission.value))
            self._s.flush()

    def revoke(self, role: str, permission: Permission) -> None:
        self._s.execute(
            delete(m.RolePermission).where(
                m.RolePermission.role_code == role,
                m.RolePermission.permission == permission.value,
            )
        )

    def add_token(
        self, account_id: int, label: str, token_hash: str, actor: str, now: datetime
    ) -> ApiToken:
        row = m.ApiToken(
            staff_id=account_id,
            label=label,
            token_hash=token_hash,
            created_at=now,
            created_by=actor,
        )
        self._s.add(row)
        self._s.flush()
        return _token(row, self._s.get_one(m.StaffAccount, account_id).username)

    def _token_rows(self) -> Select[m.ApiToken, str]:
        return select(m.ApiToken, m.StaffAccount.username).join(
            m.StaffAccount, m.ApiToken.staff_id == m.StaffAccount.id
        )

    def tokens(self) -> Sequence[ApiToken]:
        rows = self._s.execute(self._token_rows().order_by(m.ApiToken.id))
        return [_token(row, username) for row, username in rows]

    def token(self, token_id: int) -> ApiToken | None:
        found = self._s.execute(self._token_rows().where(m.ApiToken.id == token_id)).first()
        return _token(found[0], found[1]) if found else None

    def revoke_token(self, token_id: int, now: datetime) -> None:
        self._s.execute(update(m.ApiToken).where(m.ApiToken.id == token_id).values(revoked_at=now))
