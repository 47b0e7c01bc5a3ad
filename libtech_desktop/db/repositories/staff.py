"""Staff accounts, roles and script tokens (issue 8)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.staff import Permission, Role, StaffAccount


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
