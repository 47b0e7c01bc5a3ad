"""Notices: what is due on which day, templates, letters, and never the same twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.notices import NoticeDelays, NoticeKind, loan_notice_due
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library

DUE = date(2026, 3, 23)  # a loan made on 2 March, 21 days
D = NoticeDelays()


def day(offset: int) -> date:
    return date.fromordinal(DUE.toordinal() + offset)


@pytest.mark.parametrize(
    ("offset", "noticed", "expected"),
    [
        (-3, set(), None),
        (-2, set(), NoticeKind.REMINDER),
        (0, set(), NoticeKind.REMINDER),
        (0, {"reminder"}, None),
        (1, {"reminder"}, NoticeKind.OVERDUE1),
        (13, {"overdue1"}, None),
        (14, {"overdue1"}, NoticeKind.OVERDUE2),
        (28, {"overdue1", "overdue2"}, NoticeKind.OVERDUE3),
        # Never notified and 30 days overdue: only the highest level, once.
        (30, set(), NoticeKind.OVERDUE3),
        (30, {"overdue3"}, None),
        # A higher level already went out: the lower ones are never sent.
        (20, {"overdue3"}, None),
    ],
)
def test_which_notice_a_loan_is_due_for(offset: int, noticed: set[str], expected: Any) -> None:
    assert loan_notice_due(DUE, day(offset), D, noticed) == expected


def test_a_delay_of_zero_switches_that_notice_off() -> None:
    off = NoticeDelays(reminder=0, overdue1=0)
    assert loan_notice_due(DUE, day(0), off, set()) is None
    assert loan_notice_due(DUE, day(5), off, set()) is None
    assert loan_notice_due(DUE, day(14), off, set()) == NoticeKind.OVERDUE2


# ---- runs ------------------------------------------------------------------------------


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    return tmp_path / "letters.pdf"


def lend(library: Library, patron: Patron, item: Item) -> None:
    library.circulation.checkout(patron.barcode, item.barcode)


def test_a_patron_without_email_gets_one_letter_a_page_with_the_address(
    library: Library,
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    patron = library.patrons.register(
        barcode="29999000000117",
        name="Okafor, Ada",
        address="12 Mill Lane\nBrackley\nNN13 7AA",
        notice_channel="print",
    )
    lend(library, patron, make_item("Middlemarch"))
    lend(library, patron, make_item("Dune"))
    other = library.patrons.register(barcode="29999000000125", name="Lindqvist, Per")
    lend(library, other, make_item("Emma"))
    clock.advance(days=22)  # 1 day overdue
    report = library.notices.run(letters_path=letters)
    assert report.printed == 2 and report.emailed == 0 and not report.failures
    assert report.letters_path == letters
    pages = [page.extract_text() for page in PdfReader(letters).pages]
    assert len(pages) == 2  # one letter a page: Ada's two books on one letter
    ada = next(p for p in pages if "Okafor" in p)
    assert "12 Mill Lane" in ada and "Middlemarch" in ada and "Dune" in ada
    assert "2026-03-23" in ada and "First overdue notice" in ada


def test_a_second_run_sends_nothing_new_and_the_log_shows_what_went_out(
    library: Library, patron: Patron, item: Item, clock: FixedClock, letters: Path
) -> None:
    lend(library, patron, item)
    clock.advance(days=21)  # due today: the courtesy reminder
    first = library.notices.run(letters_path=letters)
    assert [(p.kind, p.patron_barcode) for p in first.planned] == [
        (NoticeKind.REMINDER, patron.barcode)
    ]
    again = library.notices.run(letters_path=letters)
    assert again.planned == () and again.printed == 0
    entries = library.notices.log()
    assert [(e.kind, e.status, e.item_barcode) for e in entries] == [
        (NoticeKind.REMINDER, "printed", item.barcode)
    ]
    assert entries[0].title == "Middlemarch"


def test_a_dry_run_lists_what_is_due_and_changes_nothing(
    library: Library, patron: Patron, item: Item, clock: FixedClock, letters: Path
) -> None:
    lend(library, patron, item)
    clock.advance(days=21 + 30)
    planned = library.notices.due()
    assert [(p.kind, p.items) for p in planned] == [
        (NoticeKind.OVERDUE3, (f"{item.barcode} Middlemarch",))
    ]
    assert library.notices.log() == []
    assert not letters.exists()
    # The real run then sends exactly that one: 30 days overdue is not three notices.
    report = library.notices.run(letters_path=letters)
    assert [p.kind for p in report.planned] == [NoticeKind.OVERDUE3]


def test_lost_items_are_declared_lost_then_billed_once(
    library: Library, patron: Patron, item: Item, clock: FixedClock, letters: Path
) -> None:
    lend(library, patron, item)
    clock.advance(days=21 + 42)
    report = library.notices.run(letters_path=letters)
    assert report.declared_lost == 1
    assert [p.kind for p in report.planned] == [NoticeKind.LOST]
    text = PdfReader(letters).pages[0].extract_text()
    assert "Middlemarch" in text and "Replacement cost: 25.00" in text
    assert "Processing fee: 5.00" in text or "Processing fee:   5.00" in text
    clock.advance(days=1)
    assert library.notices.run(letters_path=letters).planned == ()


def test_a_trapped_hold_gets_a_hold_available_notice(
    library: Library,
    make_patron: Callable[..., Patron],
    item: Item,
    letters: Path,
) -> None:
    lender, holder = make_patron("Lender, Lee"), make_patron("Holder, Hana")
    lend(library, lender, item)
    library.holds.place(holder.barcode, item_barcode=item.barcode)
    result = library.circulation.checkin(item.barcode)
    assert result.trap is not None
    report = library.notices.run(letters_path=letters)
    assert [(p.kind, p.patron_barcode) for p in report.planned] == [
        (NoticeKind.HOLD, holder.barcode)
    ]
    text = PdfReader(letters).pages[0].extract_text()
    assert "Middlemarch" in text and "collect by" in text
    assert library.notices.run(letters_path=letters).planned == ()


def test_email_without_a_mail_server_fails_and_is_retried(
    library: Library, make_patron: Callable[..., Patron], item: Item, letters: Path
) -> None:
    holder = make_patron("Holder, Hana", email="hana@example.org")
    lend(library, make_patron("Lender, Lee"), item)
    library.holds.place(holder.barcode, item_barcode=item.barcode)
    library.circulation.checkin(item.barcode)
    report = library.notices.run(letters_path=letters)
    assert report.emailed == 0
    assert [f.error for f in report.failures] == [
        "No mail server is set up: enter it in Circulation → Notices → Mail server "
        "(or libtech config set smtp.host HOST)."
    ]
    (entry,) = library.notices.log()
    assert (entry.status, entry.attempts, entry.channel) == ("failed", 1, "email")
    retried = library.notices.run(letters_path=letters)
    assert [p.retry for p in retried.planned] == [True]
    # The retry still says which item it is about, as the first try did.
    assert [p.items for p in retried.planned] == [(f"{item.barcode} {item.title}",)]
    (entry,) = library.notices.log()
    assert entry.attempts == 2


# ---- templates ---------------------------------------------------------------------------


def test_a_template_is_previewed_saved_and_restored(library: Library) -> None:
    service = library.notices
    assert service.template(NoticeKind.HOLD).is_default
    text = "Subject: Ready for {{ patron.name }}\n\n{% for h in holds %}{{ h.title }}{% endfor %}"
    preview = service.preview(NoticeKind.HOLD, text)
    assert preview.subject == "Ready for Reader, Sample" and preview.body == "Beloved"
    saved = service.save_template(NoticeKind.HOLD, text)
    assert not saved.is_default and service.template(NoticeKind.HOLD).text == text
    restored = service.restore_default(NoticeKind.HOLD)
    assert restored.is_default and service.template(NoticeKind.HOLD).is_default


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Subject: x\n\n{% for %}", "error on line 3"),
        ("Subject: x\n\n{{ patron.name|shout }}", "shout"),
        ("Subject: x\n\n{{ patron.nmae }}", "nmae"),
        ("Subject: x\n\n{{ ''.__class__.__mro__ }}", "cannot be used"),
        ("Dear {{ patron.name }}", "Subject"),
    ],
)
def test_a_template_that_does_not_render_is_refused_and_not_saved(
    library: Library, text: str, says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        library.notices.save_template(NoticeKind.OVERDUE1, text)
    assert library.notices.template(NoticeKind.OVERDUE1).is_default


def test_the_library_template_is_used_by_the_run(
    library: Library, patron: Patron, item: Item, clock: FixedClock, letters: Path
) -> None:
    library.notices.save_template(
        NoticeKind.REMINDER, "Subject: Soon!\n\n{{ items[0].title }} by {{ items[0].due }}"
    )
    lend(library, patron, item)
    clock.advance(days=20)
    library.notices.run(letters_path=letters)
    text = PdfReader(letters).pages[0].extract_text()
    assert "Soon!" in text and "Middlemarch by 2026-03-23" in text


def test_the_address_sits_in_the_envelope_window(
    library: Library, make_item: Callable[..., Item], clock: FixedClock, letters: Path
) -> None:
    patron = library.patrons.register(
        barcode="29999000000117",
        name="Okafor, Ada",
        address="12 Mill Lane\nBrackley",
        notice_channel="print",
    )
    lend(library, patron, make_item("Middlemarch"))
    clock.advance(days=22)
    library.notices.run(letters_path=letters)
    page = PdfReader(letters).pages[0]
    height_pt = float(page.mediabox.height)
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            found.setdefault(text.strip(), (tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    mm = 72 / 25.4
    for line in ("Okafor, Ada", "12 Mill Lane", "Brackley"):
        x, y = found[line]
        assert 19.9 <= x / mm < 110, line  # DL/C5 window: 20 mm from the left, 90 wide
        assert 44.9 <= (height_pt - y) / mm <= 90, line  # 45 mm from the top, 45 high


def test_a_cancelled_run_keeps_what_it_sent_and_leaves_the_rest_due(
    library: Library,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
    clock: FixedClock,
    letters: Path,
) -> None:
    library.settings.set("smtp.host", "127.0.0.1")
    library.settings.set("smtp.sender", "desk@example.org")
    for n in range(2):
        patron = make_patron(email=f"p{n}@example.org")
        lend(library, patron, make_item())
    clock.advance(days=22)
    report = library.notices.run(letters_path=letters, should_cancel=lambda: True)
    assert report.cancelled and report.emailed == 0 and not report.failures
    assert library.notices.log() == []  # nothing half-done is kept
    assert len(library.notices.due()) == 2


def test_a_notice_left_pending_by_a_crash_is_not_sent_again(
    library: Library,
    patron: Patron,
    item: Item,
    clock: FixedClock,
    letters: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from libtech_desktop.services import notice_delivery as module

    lend(library, patron, item)
    clock.advance(days=22)

    def crash(*args: Any) -> int:
        raise KeyboardInterrupt  # the desk lost power between writing and printing

    monkeypatch.setattr(module, "write_letters", crash)
    with pytest.raises(KeyboardInterrupt):
        library.notices.run(letters_path=letters)
    monkeypatch.undo()
    (entry,) = library.notices.log()
    assert entry.status == "pending"
    report = library.notices.run(letters_path=letters)
    assert report.planned == () and report.interrupted == 1 and not letters.exists()


def test_an_overdue_notice_says_the_fine_accruing_so_far(
    library: Library, patron: Patron, item: Item, clock: FixedClock, letters: Path
) -> None:
    from libtech_desktop.services.loan_rules import LoanRuleService

    LoanRuleService(library.context).set_rule("adult", "book", fine_per_day_minor=25)
    lend(library, patron, item)
    clock.advance(days=21 + 14)  # 14 days overdue: the second notice
    library.notices.run(letters_path=letters)
    text = PdfReader(letters).pages[0].extract_text()
    assert "Second overdue notice" in text
    assert "14 days overdue, fine so far 3.50" in text
