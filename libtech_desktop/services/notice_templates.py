"""What a notice says: its template and the text rendered from it (issue 5).

Templates are Jinja2 (sandboxed, no autoescape: plain text mail). The first line is
``Subject: ...``, the rest the body. A library's own template is kept in the
library settings under ``notice_template.<kind>``; without one, the shipped file in
``resources/notice_templates`` is used. A template sees one message's context
(:func:`notice_context`): the patron, the library, today, and every loan (``items``)
or hold (``holds``, ``hold``) the message is about, money already formatted.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.notices import EMAIL, NoticeHold, NoticeKind, NoticeLoan, Recipient
from libtech_desktop.paths import resources_dir

log = logging.getLogger(__name__)

#: Longest template a library may store (a notice is a letter, not a book).
MAX_TEMPLATE = 20_000

_ENV = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined)


@dataclass(frozen=True)
class NoticeTemplate:
    kind: NoticeKind
    text: str
    #: The shipped template (the library has not changed it).
    is_default: bool


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    body: str


@dataclass(frozen=True)
class Letterhead:
    """The library's own details, in every notice's context and atop every letter."""

    name: str
    address: str
    email: str
    phone: str

    @classmethod
    def from_settings(cls, reader: SettingsReader) -> Letterhead:
        return cls(
            name=reader.text("library.name"),
            address=reader.text("library.address"),
            email=reader.text("library.email"),
            phone=reader.text("library.phone"),
        )


def default_template(kind: NoticeKind) -> str:
    """The shipped template of ``kind``."""
    return (resources_dir() / "notice_templates" / kind.template_name).read_text(encoding="utf-8")


def render_checked(text: str, context: dict[str, Any]) -> RenderedNotice:
    """Render a template, or :class:`InvalidInput` saying what is wrong with it."""
    try:
        output = _ENV.from_string(text).render(context)
    except TemplateSyntaxError as error:
        raise InvalidInput(
            f"The template has an error on line {error.lineno}: {error.message}."
        ) from error
    except TemplateError as error:
        raise InvalidInput(f"The template cannot be used: {error}.") from error
    except Exception as error:  # a sandboxed template may fail in many ways
        raise InvalidInput(f"The template cannot be used: {error}.") from error
    first, _, rest = output.lstrip("\n").partition("\n")
    if not first.lower().startswith("subject:") or not first[8:].strip():
        raise InvalidInput("A notice template's first line must be “Subject: …”.")
    body = rest.lstrip("\n")
    if not body.strip():
        raise InvalidInput("The notice has a subject but no text: write its body below.")
    return RenderedNotice(first[8:].strip(), body)


def render_or_default(kind: NoticeKind, text: str, context: dict[str, Any]) -> RenderedNotice:
    """``text`` rendered; if it fails, the shipped template of ``kind`` rendered instead."""
    try:
        return render_checked(text, context)
    except InvalidInput as error:  # saved templates render; this is for odd data
        log.warning("Notice template %s failed (%s); using the shipped one", kind, error)
        return render_checked(default_template(kind), context)


def sample_context(kind: NoticeKind, head: Letterhead, today: date) -> dict[str, Any]:
    """Made-up patron and items to preview and check a template with."""
    recipient = Recipient(0, "29999000000018", "Reader, Sample", "reader@example.org", "", EMAIL)
    loans = [
        NoticeLoan(0, recipient, "39999000000016", "Middlemarch", today, frozenset(), 150),
        NoticeLoan(0, recipient, "39999000000024", "The Hobbit", today, frozenset(), 0, 2500, 500),
    ]
    holds = [NoticeHold(0, recipient, "Beloved", "39999000000032", today)]
    return notice_context(kind, recipient, loans, holds, head, today)


def notice_context(
    kind: NoticeKind,
    recipient: Recipient,
    loans: Sequence[NoticeLoan],
    holds: Sequence[NoticeHold],
    head: Letterhead,
    today: date,
) -> dict[str, Any]:
    """What a template sees for one message to ``recipient`` about ``loans``/``holds``."""
    items = [
        {
            "title": x.title,
            "barcode": x.item_barcode,
            "due": x.due.isoformat(),
            "days_overdue": max(0, (today - x.due).days),
            "fine": format_money(x.fine_minor),
            "replacement": format_money(x.replacement_minor),
            "processing": format_money(x.processing_minor),
            "total": format_money(x.replacement_minor + x.processing_minor + x.fine_minor),
        }
        for x in loans
    ]
    held = [
        {
            "title": x.title,
            "barcode": x.item_barcode or "",
            "pickup_by": x.pickup_by.isoformat() if x.pickup_by else "",
        }
        for x in holds
    ]
    return {
        "kind": kind.value,
        "today": today.isoformat(),
        "patron": {"name": recipient.name, "barcode": recipient.barcode},
        "library": {
            "name": head.name,
            "address": head.address,
            "email": head.email,
            "phone": head.phone,
        },
        "items": items,
        "holds": held,
        "hold": held[0] if held else {"title": "", "barcode": "", "pickup_by": ""},
        "total": format_money(
            sum(x.replacement_minor + x.processing_minor + x.fine_minor for x in loans)
        ),
        "fines_total": format_money(sum(x.fine_minor for x in loans)),
    }
