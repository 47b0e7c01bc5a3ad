"""Hold slips as HTML, from ``resources/templates/hold_slip.html.j2``.

The slip goes in the trapped item on the hold shelf: the slip name (the patron's name
or an anonymised code, per ``holds.slip_name``), the card's last four characters, the
title, the item's barcode and the last day to collect it. The GUI lays it out as a PDF
as it does receipts (``ui.printing.write_slip_pdf``).
"""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, FileSystemLoader, select_autoescape

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.holds import HoldTrap
from libtech_desktop.paths import resources_dir

TEMPLATE = "hold_slip.html.j2"


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(resources_dir() / "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )


def hold_slip_html(trap: HoldTrap, library_name: str, printed_at: datetime) -> str:
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            trap=trap,
            library_name=library_name,
            pickup_by=trap.pickup_by.strftime("%a %d %b %Y"),
            printed_at=to_local(printed_at).strftime("%d %b %Y %H:%M"),
        )
    )
