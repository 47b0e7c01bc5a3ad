"""Staff accounts, roles and permissions, script tokens, the audit log (issue 8).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28

New tables only. The roles a new library starts with (volunteer, technician, librarian,
administrator) and what each may do are written here as data; no staff account is made:
a library without one keeps working as the built-in desk account.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: domain.staff.DEFAULT_ROLES as it was at this revision (a migration never imports code
#: that may change later).
_VOLUNTEER = ["circulate"]
_TECHNICIAN = [
    *_VOLUNTEER,
    "patrons",
    "patron_contact",
    "fines",
    "catalogue",
    "repairs",
    "labels",
    "inventory",
    "sync",
]
_LIBRARIAN = [*_TECHNICIAN, "waive", "delete", "settings", "reports", "notices", "audit"]
_ADMINISTRATOR = [*_LIBRARIAN, "staff", "backup", "restore"]
ROLES = {
    "volunteer": ("Volunteer / student assistant", _VOLUNTEER),
    "technician": ("Library technician", _TECHNICIAN),
    "librarian": ("Librarian", _LIBRARIAN),
    "administrator": ("Administrator", _ADMINISTRATOR),
}


def upgrade() -> None:
    roles = op.create_table(
        "roles",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_roles")),
    )
    grants = op.create_table(
        "role_permissions",
        sa.Column("role_code", sa.String(length=32), nullable=False),
        sa.Column("permission", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_code"], ["roles.code"], name=op.f("fk_role_permissions_role_code_roles")
        ),
        sa.PrimaryKeyConstraint("role_code", "permission", name=op.f("pk_role_permissions")),
    )
    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role_code", sa.String(length=32), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["role_code"], ["roles.code"], name=op.f("fk_staff_accounts_role_code_roles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_accounts_username")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_accounts.id"], name=op.f("fk_api_tokens_staff_id_staff_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_staff_id"), ["staff_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_key", sa.String(length=100), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"])
        batch_op.create_index(batch_op.f("ix_audit_log_staff"), ["staff"])
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"])
        batch_op.create_index(batch_op.f("ix_audit_log_entity_key"), ["entity_key"])
    op.bulk_insert(roles, [{"code": code, "name": name} for code, (name, _) in ROLES.items()])
    op.bulk_insert(
        grants,
        [
            {"role_code": code, "permission": permission}
            for code, (_, permissions) in ROLES.items()
            for permission in permissions
        ],
    )


def downgrade() -> None:
    for table in ("audit_log", "api_tokens", "staff_accounts", "role_permissions", "roles"):
        op.drop_table(table)
