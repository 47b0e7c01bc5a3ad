"""Staff accounts, roles and the audit log (migration 0012, issue 8).

- ``roles`` and ``role_permissions``: what each role may do — data an administrator
  changes (seeded with ``domain.staff.DEFAULT_ROLES``).
- ``staff_accounts``: who may log in; the password only as an argon2 hash; failed logins
  counted, the account locked until ``locked_until`` after too many.
- ``api_tokens``: tokens an administrator made for scripts (``LIBTECH_TOKEN``); only
  their SHA-256 is kept.
- ``audit_log``: who did what and when, with the values before and after (JSON). The
  program only ever inserts rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime


class Role(Base):
    __tablename__ = "roles"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class RolePermission(Base):
    __tablename__ = "role_permissions"
    role_code: Mapped[str] = mapped_column(ForeignKey("roles.code"), primary_key=True)
    permission: Mapped[str] = mapped_column(String(32), primary_key=True)


class StaffAccount(Base):
    __tablename__ = "staff_accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role_code: Mapped[str] = mapped_column(ForeignKey("roles.code"))
    #: argon2id, as argon2-cffi writes it ("$argon2id$v=19$m=...").
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(server_default="1")
    failed_logins: Mapped[int] = mapped_column(server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    #: SHA-256 (hex) of the token; the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: The staff member (username) who acted.
    staff: Mapped[str] = mapped_column(String(64), index=True)
    #: What was done, dotted: "fine.waive", "patron.update", "role.grant", "backup.restore", …
    action: Mapped[str] = mapped_column(String(64), index=True)
    #: What it was done to: "fine", "patron", "role", … and which (a barcode, an id).
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str | None] = mapped_column(String(100), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
