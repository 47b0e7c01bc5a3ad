"""Notices by email, through a real SMTP server on localhost (aiosmtpd), read back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.notices import NoticeKind
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library

from ..mail_server import REFUSED, Inbox, MailServer, free_port


@pytest.fixture
def server() -> Iterator[MailServer]:
    mail = MailServer(free_port(), Inbox())
    mail.start()
    yield mail
    mail.stop()


@pytest.fixture
def configured(library: Library, server: MailServer) -> Library:
    for key, value in (
        ("smtp.host", "127.0.0.1"),
        ("smtp.port", str(server.port)),
        ("smtp.starttls", "false"),
        ("smtp.sender", "desk@library.example"),
        ("library.name", "Brackley Library"),
        ("library.email", "help@library.example"),
    ):
        library.settings.set(key, value)
    return library


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    return tmp_path / "letters.pdf"


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_an_overdue_notice_arrives_once(
    configured: Library,
    server: MailServer,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    patron = make_patron("Okafor, Ada", email="ada@example.org")
    item = make_item("Middlemarch", author="Eliot, George")
    configured.circulation.checkout(patron.barcode, item.barcode)  # due 2026-03-23
    clock.advance(days=22)
    report = configured.notices.run(letters_path=letters)
    assert report.emailed == 1 and not report.failures and report.printed == 0
    ((to, message),) = server.inbox.messages
    assert to == ["ada@example.org"]
    assert message["To"] == "ada@example.org"
    assert message["From"] == "desk@library.example"
    assert message["Reply-To"] == "help@library.example"
    assert message["Subject"] == "Brackley Library: First overdue notice"
    text = body(message)
    assert "Middlemarch" in text and "due 2026-03-23" in text and "Okafor, Ada" in text
    (entry,) = configured.notices.log()
    assert (entry.status, entry.channel, entry.attempts) == ("sent", "email", 1)
    assert entry.sent is not None

    again = configured.notices.run(letters_path=letters)
    assert again.planned == () and again.emailed == 0
    assert len(server.inbox.messages) == 1


def test_the_holder_is_emailed_when_their_hold_is_trapped(
    configured: Library,
    server: MailServer,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    letters: Path,
) -> None:
    """The issue's "done when": the hold is trapped, the patron is notified by email."""
    holder = make_patron("Holder, Hana", email="hana@example.org")
    lender = make_patron("Lender, Lee")
    item = make_item("Beloved", author="Morrison, Toni")
    configured.circulation.checkout(lender.barcode, item.barcode)
    configured.holds.place(holder.barcode, item_barcode=item.barcode)
    assert configured.circulation.checkin(item.barcode).trap is not None
    configured.notices.run(letters_path=letters)
    ((to, message),) = server.inbox.messages
    assert to == ["hana@example.org"]
    assert "your hold is ready" in message["Subject"]
    text = body(message)
    assert "Beloved" in text and "collect by 2026-03-09" in text


def test_server_down_fails_then_the_next_run_sends_it(
    configured: Library,
    server: MailServer,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    patron = make_patron("Okafor, Ada", email="ada@example.org")
    item = make_item("Middlemarch")
    configured.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21)
    server.stop()
    report = configured.notices.run(letters_path=letters)
    assert report.emailed == 0
    (failure,) = report.failures
    assert failure.kind == NoticeKind.REMINDER
    assert failure.error.startswith("Cannot reach the mail server")
    (entry,) = configured.notices.log()
    assert (entry.status, entry.attempts) == ("failed", 1)
    assert entry.last_error == failure.error

    server.start()
    clock.advance(days=1)  # the next day the loan is also overdue: a new notice too
    retried = configured.notices.run(letters_path=letters)
    assert retried.emailed == 2 and not retried.failures
    subjects = sorted(str(m["Subject"]) for _to, m in server.inbox.messages)
    assert subjects == [
        "Brackley Library: 1 item due soon",
        "Brackley Library: First overdue notice",
    ]
    statuses = {(e.kind, e.status, e.attempts) for e in configured.notices.log()}
    assert statuses == {(NoticeKind.REMINDER, "sent", 2), (NoticeKind.OVERDUE1, "sent", 1)}


def test_a_refused_recipient_does_not_stop_the_run(
    configured: Library,
    server: MailServer,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    bad = make_patron("Nobody, Nemo", email=REFUSED)
    good = make_patron("Okafor, Ada", email="ada@example.org")
    configured.circulation.checkout(bad.barcode, make_item("Emma").barcode)
    configured.circulation.checkout(good.barcode, make_item("Dune").barcode)
    clock.advance(days=22)
    report = configured.notices.run(letters_path=letters)
    assert report.emailed == 1
    (failure,) = report.failures
    assert failure.patron_barcode == bad.barcode and "refused the recipient" in failure.error
    assert [to for to, _m in server.inbox.messages] == [["ada@example.org"]]


def test_send_test_message(configured: Library, server: MailServer) -> None:
    said = configured.notices.send_test_message("tech@library.example")
    assert "127.0.0.1" in said
    ((to, message),) = server.inbox.messages
    assert to == ["tech@library.example"]
    assert message["Subject"] == "Brackley Library: test message"
    server.stop()
    with pytest.raises(InvalidInput, match="Cannot reach the mail server"):
        configured.notices.send_test_message("tech@library.example")


def test_server_down_fails_every_email_but_still_prints_letters(
    configured: Library,
    server: MailServer,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    for n in range(2):
        patron = make_patron(email=f"p{n}@example.org")
        configured.circulation.checkout(patron.barcode, make_item().barcode)
    paper = make_patron("Paper, Pat")
    configured.circulation.checkout(paper.barcode, make_item("Emma").barcode)
    clock.advance(days=22)
    server.stop()
    report = configured.notices.run(letters_path=letters)
    assert report.printed == 1 and letters.exists()
    assert len(report.failures) == 2
    assert all(f.error.startswith("Cannot reach the mail server") for f in report.failures)
