"""Receipt slips as HTML, from Jinja2 templates shipped in ``resources/templates``.

The GUI lays the HTML out into a PDF (text stays text); the wording and layout
live in the template where a library can read and change them.
"""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, FileSystemLoader, select_autoescape

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.money import format_money
from libtech_desktop.paths import resources_dir
from libtech_desktop.services.checkin_session import CheckinReceipt
from libtech_desktop.services.checkout_session import Receipt
from libtech_desktop.services.fines import PaymentReceipt


def mask_barcode(barcode: str) -> str:
    """Only the last four digits of a card on a slip that may be left on the counter."""
    return "*" * max(0, len(barcode) - 4) + barcode[-4:]


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(resources_dir() / "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )
    env.filters["mask"] = mask_barcode
    env.filters["money"] = format_money
    return env


def _printed(at: datetime) -> str:
    return to_local(at).strftime("%d %b %Y %H:%M")


def checkout_receipt_html(receipt: Receipt, library_name: str) -> str:
    template = _environment().get_template("checkout_receipt.html.j2")
    return template.render(
        receipt=receipt, library_name=library_name, printed_at=_printed(receipt.printed_at)
    )


def checkin_receipt_html(receipt: CheckinReceipt, library_name: str) -> str:
    template = _environment().get_template("checkin_receipt.html.j2")
    return template.render(
        receipt=receipt, library_name=library_name, printed_at=_printed(receipt.printed_at)
    )


def payment_receipt_html(receipt: PaymentReceipt, library_name: str) -> str:
    """The slip for a payment: each fine paid, the total and method, what is still owed."""
    template = _environment().get_template("payment_receipt.html.j2")
    return template.render(
        receipt=receipt, library_name=library_name, printed_at=_printed(receipt.paid_at)
    )
