"""Binding slips as HTML, from ``resources/templates/binding_slips.html.j2``.

One slip per volume, each on its own page, to go inside the volume to the bindery: the
shipment, the title, call number and barcode, the binding type and colour, the notes,
and the spine lettering in large type. The GUI lays them out as a PDF on A4 or Letter
(``ui.printing.write_slip_pdf``).
"""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, FileSystemLoader, select_autoescape

from libtech_desktop.domain.bindery import Shipment
from libtech_desktop.domain.clock import to_local
from libtech_desktop.paths import resources_dir

TEMPLATE = "binding_slips.html.j2"


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(resources_dir() / "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )


def binding_slips_html(shipment: Shipment, library_name: str, printed_at: datetime) -> str:
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            shipment=shipment,
            volumes=shipment.volumes,
            library_name=library_name,
            sent_on=shipment.sent_on.strftime("%d %b %Y") if shipment.sent_on else "",
            printed_at=to_local(printed_at).strftime("%d %b %Y %H:%M"),
        )
    )
