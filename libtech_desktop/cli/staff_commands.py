"""Staff accounts, roles and script tokens from the command line (issue 8):
``staff first-admin|list|add|role|password|deactivate|reactivate|unlock|token|tokens|
revoke-token`` and ``role list|grant|revoke``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.staff import ApiToken, Role, StaffAccount

#: A new password for scripts and tests; otherwise it is asked twice in the terminal.
NEW_PASSWORD_ENV = "LIBTECH_NEW_PASSWORD"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    staff = _group(sub, "staff", "staff accounts and script tokens (administrators)")
    first = _command(
        staff, common, "first-admin", first_admin, "create the library's first administrator"
    )
    first.add_argument("username", metavar="USER")
    first.add_argument("--name", required=True, help="the name shown at the desk")
    listing = _command(staff, common, "list", staff_list, "list the staff accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = _command(staff, common, "add", staff_add, "add a staff account")
    add.add_argument("username", metavar="USER")
    add.add_argument("--name", required=True, help="the name shown at the desk")
    add.add_argument("--role", required=True, help="volunteer, technician, librarian, …")
    role = _command(staff, common, "role", staff_role, "give a staff member another role")
    role.add_argument("username", metavar="USER")
    role.add_argument("role", metavar="ROLE")
    for name, handler, text in (
        ("password", staff_password, "set a new password for a staff member"),
        ("deactivate", staff_deactivate, "stop a staff member logging in"),
        ("reactivate", staff_reactivate, "let a deactivated staff member log in again"),
        ("unlock", staff_unlock, "unlock an account locked after failed logins"),
    ):
        _command(staff, common, name, handler, text).add_argument("username", metavar="USER")
    token = _command(staff, common, "token", staff_token, "make a token for a script (shown once)")
    token.add_argument("username", metavar="USER", help="the staff member the script acts as")
    token.add_argument("--label", required=True, help="what script or machine uses it")
    tokens = _command(staff, common, "tokens", staff_tokens, "list script tokens")
    tokens.add_argument("--json", action="store_true", help="print JSON")
    revoke = _command(staff, common, "revoke-token", staff_revoke_token, "revoke a token")
    revoke.add_argument("token_id", type=int, metavar="ID")

    roles = _group(sub, "role", "roles and what each may do (administrators)")
    role_list_cmd = _command(roles, common, "list", role_list, "roles and their rights")
    role_list_cmd.add_argument("--json", action="store_true", help="print JSON")
    for name, handler, text in (
        ("grant", role_grant, "give a role a right"),
        ("revoke", role_revoke, "take a right from a role"),
    ):
        cmd = _command(roles, common, name, handler, text)
        cmd.add_argument("role", metavar="ROLE")
        cmd.add_argument("permission", metavar="PERMISSION", help="e.g. waive, fines, staff")


def new_password(username: str) -> str:
    """``LIBTECH_NEW_PASSWORD``, else asked twice in the terminal."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No new password for {username}: set {NEW_PASSWORD_ENV}, or run in a terminal "
            "to be asked."
        )
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("The same again: ") != first:
        raise InvalidInput("The two passwords differ; nothing was changed.")
    return first


def first_admin(run: Run) -> int:
    a = run.args
    account = run.lib.staff.create_first_administrator(a.username, a.name, new_password(a.username))
    run.out(
        f"Created the administrator {account.username} ({account.display_name}); from now on "
        "everyone logs in (--user, LIBTECH_USER and LIBTECH_PASSWORD, or LIBTECH_TOKEN)."
    )
    return 0


def staff_list(run: Run) -> int:
    accounts = run.lib.staff.accounts()
    if run.args.json:
        run.out(render.dumps([account_json(a) for a in accounts]))
        return 0
    for account in accounts:
        run.out(account_line(account))
    if not accounts:
        run.out("No staff accounts: everyone is the desk (libtech staff first-admin USER).")
    return 0


def staff_add(run: Run) -> int:
    a = run.args
    account = run.lib.staff.add_account(a.username, a.name, new_password(a.username), a.role)
    run.out(f"Added {account.username} ({account.display_name}) as {account.role}.")
    return 0


def staff_role(run: Run) -> int:
    account = run.lib.staff.set_role(run.args.username, run.args.role)
    run.out(f"{account.username} is now {account.role}.")
    return 0


def staff_password(run: Run) -> int:
    username = run.args.username
    run.lib.staff.set_password(username, new_password(username))
    run.out(f"Set a new password for {username}.")
    return 0


def staff_deactivate(run: Run) -> int:
    account = run.lib.staff.deactivate(run.args.username)
    run.out(f"Deactivated {account.username}: they can no longer log in.")
    return 0


def staff_reactivate(run: Run) -> int:
    account = run.lib.staff.reactivate(run.args.username)
    run.out(f"Reactivated {account.username}.")
    return 0


def staff_unlock(run: Run) -> int:
    account = run.lib.staff.unlock(run.args.username)
    run.out(f"Unlocked {account.username}.")
    return 0


def staff_token(run: Run) -> int:
    token = run.lib.staff.make_token(run.args.username, run.args.label)
    run.out(
        f"A token for scripts acting as {run.args.username} (set LIBTECH_TOKEN); it is shown "
        "only now:"
    )
    run.out(token)
    return 0


def staff_tokens(run: Run) -> int:
    tokens = run.lib.staff.tokens()
    if run.args.json:
        run.out(render.dumps([token_json(t) for t in tokens]))
        return 0
    for token in tokens:
        run.out(token_line(token))
    if not tokens:
        run.out("No script tokens.")
    return 0


def staff_revoke_token(run: Run) -> int:
    token = run.lib.staff.revoke_token(run.args.token_id)
    run.out(f"Revoked token {token.id} ({token.label}) of {token.username}.")
    return 0


def role_list(run: Run) -> int:
    roles = run.lib.staff.roles()
    if run.args.json:
        run.out(render.dumps([role_json(r) for r in roles]))
        return 0
    for role in roles:
        rights = ", ".join(sorted(role.permissions)) or "nothing"
        run.out(f"{role.code:<14} {role.name}: {rights}")
    return 0


def role_grant(run: Run) -> int:
    role = run.lib.staff.grant(run.args.role, run.args.permission)
    run.out(f"{role.code} may now {run.args.permission.strip().lower()}.")
    return 0


def role_revoke(run: Run) -> int:
    role = run.lib.staff.revoke(run.args.role, run.args.permission)
    run.out(f"{role.code} may no longer {run.args.permission.strip().lower()}.")
    return 0


# -- rendering ----------------------------------------------------------------------


def account_json(account: StaffAccount) -> dict[str, Any]:
    return {
        "username": account.username,
        "display_name": account.display_name,
        "role": account.role,
        "active": account.active,
        "failed_logins": account.failed_logins,
        "locked_until": account.locked_until.isoformat() if account.locked_until else None,
        "last_login_at": account.last_login_at.isoformat() if account.last_login_at else None,
    }


def account_line(account: StaffAccount) -> str:
    state = "" if account.active else " (deactivated)"
    if account.locked_until is not None:
        state += f" (locked until {render.local_time(account.locked_until)})"
    return f"{account.username:<16} {account.role:<14} {account.display_name}{state}"


def token_json(token: ApiToken) -> dict[str, Any]:
    return {
        "id": token.id,
        "username": token.username,
        "label": token.label,
        "created_at": token.created_at.isoformat(),
        "last_used_at": token.last_used_at.isoformat() if token.last_used_at else None,
        "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
    }


def token_line(token: ApiToken) -> str:
    state = " (revoked)" if token.revoked_at else ""
    used = f", last used {render.local_time(token.last_used_at)}" if token.last_used_at else ""
    return f"{token.id:>4}  {token.username:<16} {token.label}{used}{state}"


def role_json(role: Role) -> dict[str, Any]:
    return {"code": role.code, "name": role.name, "permissions": sorted(role.permissions)}
