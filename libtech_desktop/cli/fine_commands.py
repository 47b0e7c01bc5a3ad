"""Fines, payments and loan rules from the command line: ``fines``, ``pay``, ``waive``,
``rules set``, ``rules list``, ``calendar close`` (issue 5); and ``--date`` for
``checkout`` and ``checkin`` (transactions entered after the fact).

Money is typed like 3.25 (or 3,25) and shown, in JSON too, as decimal strings "3.25".
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.fines import PAYMENT_METHODS, Fine
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.services.fines import PaymentReceipt
from libtech_desktop.services.loan_rules import LoanRuleService


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # parser.py imports this module: import its helpers when it calls us.
    from libtech_desktop.cli.parser import _command, _group

    _fine_commands(sub, common, _command)
    _rule_commands(sub, common, _command, _group)


def _fine_commands(sub: Any, common: argparse.ArgumentParser, _command: Any) -> None:
    fines = _command(sub, common, "fines", fines_list, "fines and fees still owed (oldest first)")
    fines.add_argument("--patron", metavar="BARCODE", help="only this patron's")
    fines.add_argument("--all", action="store_true", help="paid and waived ones too")
    fines.add_argument("--json", action="store_true", help="print JSON")
    pay_ = _command(sub, common, "pay", pay, "take a payment, oldest fines paid first")
    pay_.add_argument("patron", metavar="PATRON")
    pay_.add_argument("amount", metavar="AMOUNT", help="e.g. 3.25")
    pay_.add_argument("--method", choices=PAYMENT_METHODS, default="cash", help="default cash")
    pay_.add_argument(
        "--fine", type=int, action="append", metavar="ID", help="pay this fine (repeatable)"
    )
    waive_ = _command(sub, common, "waive", waive, "forgive what is still owed on a fine")
    waive_.add_argument("fine_id", type=int, metavar="FINE_ID")
    waive_.add_argument("--reason", required=True, help="kept with the account")
    waive_.add_argument("--amount", metavar="X.XX", help="only this much of it")


def _rule_commands(sub: Any, common: argparse.ArgumentParser, _command: Any, _group: Any) -> None:
    rules = _group(sub, "rules", "loan and fine rules by patron category and item type")
    set_ = _command(rules, common, "set", rules_set, "create or change one rule")
    set_.add_argument("--category", required=True, metavar="C")
    set_.add_argument("--item-type", required=True, metavar="T")
    set_.add_argument("--loan-days", type=int, metavar="N")
    set_.add_argument("--renewals", type=int, metavar="N")
    set_.add_argument("--max-items", type=int, metavar="N")
    set_.add_argument("--fine-per-day", metavar="X.XX")
    set_.add_argument("--grace-days", type=int, metavar="N", help="open days late not charged")
    set_.add_argument("--max-fine", metavar="X.XX", help="most one loan is fined; none: no cap")
    listing = _command(rules, common, "list", rules_list, "every loan rule")
    listing.add_argument("--json", action="store_true", help="print JSON")
    calendar = _group(sub, "calendar", "the days the library is closed")
    close = _command(
        calendar, common, "close", calendar_close, "close a day (or days): nothing due, no fines"
    )
    close.add_argument("day", type=_date, metavar="DATE", help="YYYY-MM-DD")
    close.add_argument("--to", type=_date, metavar="DATE", help="the last day closed")
    close.add_argument("--reason", default="", metavar="R")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2026-03-02, not {text!r}") from None


def _money(text: str, what: str) -> int:
    minor = parse_money(text)
    if minor is None:
        raise InvalidInput(f"Give the {what} like 3.25.")
    return minor


# -- fines -----------------------------------------------------------------------


def fine_json(fine: Fine) -> dict[str, Any]:
    return {
        "id": fine.id,
        "patron": fine.patron_barcode,
        "patron_name": fine.patron_name,
        "item": fine.item_barcode,
        "title": fine.title,
        "kind": fine.kind,
        "amount": format_money(fine.amount_minor),
        "outstanding": format_money(fine.outstanding_minor),
        "description": fine.description,
        "created": render.local_time(fine.created),
        "created_by": fine.created_by,
    }


def fines_list(run: Run) -> int:
    a = run.args
    found = run.lib.fines.fines(a.patron.strip() if a.patron else None, include_paid=a.all)
    if a.json:
        run.out(render.dumps([fine_json(f) for f in found]))
        return 0
    for f in found:
        item = f"  {f.item_barcode}" if f.item_barcode else ""
        who = "" if a.patron else f"  {f.patron_barcode} {f.patron_name}"
        run.out(
            f"{f.id:>5}  {f.kind:<10} {format_money(f.amount_minor):>8} "
            f"owed {format_money(f.outstanding_minor):>8}{who}{item}  {f.description}"
        )
    owed = sum(f.outstanding_minor for f in found)
    run.out(f"{len(found)} fine{'s' if len(found) != 1 else ''}, {format_money(owed)} owed.")
    return 0


def pay(run: Run) -> int:
    a = run.args
    receipt = run.lib.fines.pay(
        a.patron.strip(), _money(a.amount, "amount"), a.method, fine_ids=a.fine
    )
    for line in receipt_lines(receipt):
        run.out(line)
    return 0


def receipt_lines(receipt: PaymentReceipt) -> list[str]:
    lines = [
        f"Paid {format_money(receipt.amount_minor)} by {receipt.method} for "
        f"{receipt.patron_name} ({receipt.patron_barcode}):"
    ]
    for line in receipt.lines:
        left = format_money(line.outstanding_minor)
        lines.append(
            f"  fine {line.fine_id}: {format_money(line.paid_minor)} paid, {left} left"
            f" — {line.description}"
        )
    lines.append(f"Still owed: {format_money(receipt.still_owed_minor)}.")
    return lines


def waive(run: Run) -> int:
    a = run.args
    amount = _money(a.amount, "amount") if a.amount else None
    fine = run.lib.fines.waive(a.fine_id, a.reason, amount)
    run.out(
        f"Waived fine {fine.id} of {fine.patron_name} ({fine.patron_barcode}): "
        f"{format_money(fine.outstanding_minor)} still owed on it."
    )
    return 0


# -- rules and the calendar -------------------------------------------------------


def rule_json(rule: LoanRule) -> dict[str, Any]:
    return {
        "category": rule.category_code,
        "item_type": rule.item_type_code,
        "loan_days": rule.loan_days,
        "renewals": rule.max_renewals,
        "max_items": rule.max_items,
        "fine_per_day": format_money(rule.fine_per_day_minor),
        "grace_days": rule.grace_days,
        "max_fine": format_money(rule.max_fine_minor) or None,
    }


def rule_line(rule: LoanRule) -> str:
    cap = format_money(rule.max_fine_minor) if rule.max_fine_minor is not None else "no max"
    return (
        f"{rule.category_code:<10} {rule.item_type_code:<10} {rule.loan_days:>3} days, "
        f"{rule.max_renewals} renewals, {rule.max_items} items; "
        f"fine {format_money(rule.fine_per_day_minor)}/day, grace {rule.grace_days}, {cap}"
    )


def rules_set(run: Run) -> int:
    a = run.args
    no_cap = a.max_fine is not None and a.max_fine.strip().lower() == "none"
    rule = LoanRuleService(run.lib.context).set_rule(
        a.category.strip(),
        a.item_type.strip(),
        loan_days=a.loan_days,
        renewals=a.renewals,
        max_items=a.max_items,
        fine_per_day_minor=_money(a.fine_per_day, "fine") if a.fine_per_day else None,
        grace_days=a.grace_days,
        max_fine_minor=_money(a.max_fine, "maximum") if a.max_fine and not no_cap else None,
        no_max_fine=no_cap,
    )
    run.out(rule_line(rule))
    return 0


def rules_list(run: Run) -> int:
    found = LoanRuleService(run.lib.context).rules()
    if run.args.json:
        run.out(render.dumps([rule_json(r) for r in found]))
        return 0
    for rule in found:
        run.out(rule_line(rule))
    return 0


def calendar_close(run: Run) -> int:
    a = run.args
    count = LoanRuleService(run.lib.context).close_days(a.day, a.to, a.reason)
    last = f" to {a.to.isoformat()}" if a.to and a.to != a.day else ""
    run.out(f"Closed {a.day.isoformat()}{last} ({count} day{'s' if count != 1 else ''}).")
    return 0
