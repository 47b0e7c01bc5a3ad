"""Notices: reminders, overdue and lost-item notices, hold available; by email or
printed letter (issue 5).

A run (:meth:`NoticeService.run`) first declares lost every loan overdue by
``lost.after_days`` (``services.fine_charges.declare_lost`` charges it), then works
out what is due (``domain.notices``), renders each notice from its template and
delivers it. One message goes to a patron per kind per run, listing every item of
that kind (three overdue books make one first overdue notice, not three), while the
log keeps one row per loan or hold.

Delivery is **at most once**: every notice is written 'pending' and committed before
anything is sent, then marked 'sent'/'printed'/'failed' after. A failure the
program sees (server down, recipient refused) is 'failed' and retried by the next
run. A run that dies between sending and marking leaves its rows 'pending': those
are never re-sent (the patron may have the mail already), only counted in the next
run's report and shown in the log, because a duplicate notice is what the library
promised never to send. A cancelled run deletes the rows it had not tried yet, so
they are due again next time.

This module plans a run and keeps the notice log; what a notice says (templates,
rendering) is ``services.notice_templates``, and how it is sent or printed and
marked is ``services.notice_delivery``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.notices import (
    OVERDUE_LEVELS,
    NoticeDelays,
    NoticeKind,
    NoticeLoan,
    NoticeLogEntry,
    Recipient,
    declared_lost,
    loan_notice_due,
)
from libtech_desktop.services import fine_charges as fine_rules
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.notice_delivery import (
    Mailer,
    NoticeBatch,
    NoticeDelivery,
    NoticeFailure,
    SmtpConfig,
    default_letters_path,
    describe_failure,
)
from libtech_desktop.services.notice_templates import (
    MAX_TEMPLATE,
    Letterhead,
    NoticeTemplate,
    RenderedNotice,
    default_template,
    notice_context,
    render_checked,
    render_or_default,
    sample_context,
)
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import CancelFn, ProgressFn

__all__ = [
    "NoticeFailure",
    "NoticeRunReport",
    "NoticeService",
    "NoticeTemplate",
    "PlannedNotice",
    "RenderedNotice",
]


@dataclass(frozen=True)
class PlannedNotice:
    """One message due: to whom, what kind, how, about which items."""

    patron_barcode: str
    patron_name: str
    kind: NoticeKind
    channel: str
    #: "BARCODE Title" of each item (or the held title).
    items: tuple[str, ...]
    #: A failed notice from an earlier run, sent again.
    retry: bool = False


@dataclass(frozen=True)
class NoticeRunReport:
    dry_run: bool
    planned: tuple[PlannedNotice, ...]
    #: Loans declared lost (and billed) by this run.
    declared_lost: int = 0
    emailed: int = 0
    printed: int = 0
    failures: tuple[NoticeFailure, ...] = ()
    letters_path: Path | None = None
    #: Notices an earlier, interrupted run left 'pending' (not re-sent: see the module).
    interrupted: int = 0
    cancelled: bool = False


class NoticeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- the run ------------------------------------------------------------------------

    def due(self) -> list[PlannedNotice]:
        """What a run would send now (a dry run): nothing is written or sent."""
        return list(self.run(dry_run=True).planned)

    def run(
        self,
        *,
        dry_run: bool = False,
        letters_path: Path | None = None,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
        kinds: Collection[NoticeKind] | None = None,
    ) -> NoticeRunReport:
        """Declare overdue-enough loans lost, then send every notice due (and retry
        the failed ones). Letters go into one PDF at ``letters_path`` (default: a new
        file in the user's documents). Each notice is committed as it is delivered.
        ``kinds``: only these (the desk sends "hold available" at once after a trap)."""
        now, today = self._ctx.clock.now(), self._ctx.clock.today()
        wanted = set(NoticeKind) if kinds is None else set(kinds)
        declared = 0 if dry_run or NoticeKind.LOST not in wanted else self._declare_lost(now, today)
        with self._ctx.unit_of_work() as uow:
            reader = SettingsReader(uow.settings.get)
            batches = [b for b in self._plan(uow, reader, today, dry_run) if b.kind in wanted]
            if dry_run:
                return NoticeRunReport(True, tuple(_planned(b) for b in batches))
            interrupted = uow.notices.pending_count()
            self._write_pending(uow, batches, now)
            config, head = _smtp_config(reader), Letterhead.from_settings(reader)
            uow.commit()
        batches = [b for b in batches if b.ids]
        path = letters_path or default_letters_path(now)
        delivery = NoticeDelivery(self._ctx, batches, config, head, progress, should_cancel)
        outcome = delivery.run(path, today)
        return NoticeRunReport(
            dry_run=False,
            planned=tuple(_planned(b) for b in batches),
            declared_lost=declared,
            emailed=outcome.emailed,
            printed=outcome.printed,
            failures=outcome.failures,
            letters_path=path if outcome.printed else None,
            interrupted=interrupted,
            cancelled=outcome.cancelled,
        )

    def log(self, limit: int = 500) -> list[NoticeLogEntry]:
        """What went out (and what failed, with its error), newest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.notices.log(limit))

    def send_test_message(self, to: str) -> str:
        """Send a short test mail with the current smtp.* settings; what was done.

        Refuses (:class:`InvalidInput`) with the server's complaint if it fails."""
        address = to.strip()
        if "@" not in address:
            raise InvalidInput(f"“{to}” is not an email address.")
        with self._ctx.unit_of_work() as uow:
            reader = SettingsReader(uow.settings.get)
            config, name = _smtp_config(reader), reader.text("library.name")
        config.check()
        try:
            with Mailer(config) as mailer:
                mailer.send(
                    address,
                    f"{name}: test message",
                    f"This test message from LibTech Desk shows that {name} can send "
                    f"notices through {config.host}:{config.port}.\n",
                )
        except Exception as error:  # any network failure is the technician's to fix
            raise InvalidInput(describe_failure(error)) from error
        return f"Sent a test message to {address} through {config.host}:{config.port}."

    # -- templates ------------------------------------------------------------------------

    def template(self, kind: NoticeKind) -> NoticeTemplate:
        with self._ctx.unit_of_work() as uow:
            stored = uow.settings.get(kind.setting_key)
        if stored:
            return NoticeTemplate(kind, stored, False)
        return NoticeTemplate(kind, default_template(kind), True)

    def preview(self, kind: NoticeKind, text: str) -> RenderedNotice:
        """``text`` rendered for a sample patron; :class:`InvalidInput` saying why it
        cannot be used (syntax error, unknown filter or field, sandbox violation)."""
        with self._ctx.unit_of_work() as uow:
            head = Letterhead.from_settings(SettingsReader(uow.settings.get))
        return render_checked(text, sample_context(kind, head, self._ctx.clock.today()))

    def save_template(self, kind: NoticeKind, text: str) -> NoticeTemplate:
        """Store the library's template for ``kind`` once it renders; a template that
        does not is refused whole (nothing stored)."""
        if len(text) > MAX_TEMPLATE:
            raise InvalidInput(f"A notice template can be at most {MAX_TEMPLATE} characters.")
        self.preview(kind, text)
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(kind.setting_key, text)
            uow.commit()
        return NoticeTemplate(kind, text, False)

    def restore_default(self, kind: NoticeKind) -> NoticeTemplate:
        """Go back to the shipped template for ``kind``."""
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(kind.setting_key, "")  # blank: the shipped file
            uow.commit()
        return NoticeTemplate(kind, default_template(kind), True)

    # -- steps of a run ---------------------------------------------------------------

    def _declare_lost(self, now: datetime, today: date) -> int:
        """Bill every loan overdue by ``lost.after_days`` as lost, in one transaction."""
        with self._ctx.unit_of_work() as uow:
            days = SettingsReader(uow.settings.get).integer("lost.after_days")
            if not days:
                return 0
            actor = self._ctx.actor()
            loans = uow.notices.loans_to_declare_lost(date.fromordinal(today.toordinal() - days))
            for loan in loans:
                fine_rules.declare_lost(uow, actor, now, loan)
            uow.commit()
        return len(loans)

    def _plan(
        self, uow: UnitOfWork, reader: SettingsReader, today: date, dry_run: bool
    ) -> list[NoticeBatch]:
        delays = _delays(reader)
        head = Letterhead.from_settings(reader)
        groups: dict[tuple[int, NoticeKind], NoticeBatch] = {}

        def batch(recipient: Recipient, kind: NoticeKind) -> NoticeBatch:
            key = (recipient.patron_id, kind)
            if key not in groups:
                groups[key] = NoticeBatch(recipient, kind, recipient.channel, ())
            return groups[key]

        lost = list(uow.notices.lost_unbilled())
        for loan in uow.notices.loans_due_by(date.fromordinal(today.toordinal() + delays.reminder)):
            if dry_run and declared_lost(loan.due, today, delays):
                lost.append(loan)  # a real run declares it lost first
                continue
            kind = loan_notice_due(loan.due, today, delays, loan.noticed)
            if kind is not None:
                batch(loan.recipient, kind).loans.append(loan)
        for loan in lost:
            batch(loan.recipient, NoticeKind.LOST).loans.append(loan)
        for hold in uow.notices.trapped_unnotified():
            batch(hold.recipient, NoticeKind.HOLD).holds.append(hold)
        templates = {kind: self._stored_or_default(uow, kind) for kind in NoticeKind}
        planned = list(groups.values())
        for b in planned:
            if b.kind in OVERDUE_LEVELS:
                b.loans = _with_accruing(uow, b, today)
            b.items = tuple(f"{x.item_barcode} {x.title}" for x in b.loans) + tuple(
                f"{x.item_barcode or '-'} {x.title}" for x in b.holds
            )
            context = notice_context(b.kind, b.recipient, b.loans, b.holds, head, today)
            rendered = render_or_default(b.kind, templates[b.kind], context)
            b.subject, b.body = rendered.subject, rendered.body
        return planned + _retries(uow)

    @staticmethod
    def _stored_or_default(uow: UnitOfWork, kind: NoticeKind) -> str:
        return uow.settings.get(kind.setting_key) or default_template(kind)

    @staticmethod
    def _write_pending(uow: UnitOfWork, batches: list[NoticeBatch], now: datetime) -> None:
        for b in batches:
            if b.retry:
                continue
            r = b.recipient
            rows = [(x.loan_id, None) for x in b.loans] + [(None, x.hold_id) for x in b.holds]
            for loan_id, hold_id in rows:
                new = uow.notices.add_pending(
                    r.patron_id, b.kind, loan_id, hold_id, b.channel, b.subject, b.body, now
                )
                if new is not None:  # None: another desk's run wrote it meanwhile
                    b.ids.append(new)


# ---- parts of a run ----------------------------------------------------------------------


def _planned(b: NoticeBatch) -> PlannedNotice:
    r = b.recipient
    return PlannedNotice(r.barcode, r.name, b.kind, b.channel, b.items, b.retry)


def _with_accruing(uow: UnitOfWork, b: NoticeBatch, today: date) -> list[NoticeLoan]:
    """The loans with the fine each would owe if returned today (an overdue notice
    says what is accruing; the fine itself is charged at check-in)."""
    patron = uow.patrons.by_id(b.recipient.patron_id)
    if patron is None:
        return b.loans
    accruing = {a.loan.id: a.amount_minor for a in fine_rules.accruing_fines(uow, patron, today)}
    return [replace(x, fine_minor=max(x.fine_minor, accruing.get(x.loan_id, 0))) for x in b.loans]


def _retries(uow: UnitOfWork) -> list[NoticeBatch]:
    """Failed notices, grouped back into the messages they were."""
    groups: dict[tuple[int, str, str, str, str], NoticeBatch] = {}
    for row in uow.notices.failed():
        key = (row.recipient.patron_id, row.kind.value, row.channel, row.subject, row.body)
        if key not in groups:
            groups[key] = NoticeBatch(row.recipient, row.kind, row.channel, (), retry=True)
            groups[key].subject, groups[key].body = row.subject, row.body
        groups[key].ids.append(row.id)
        groups[key].items += (row.item or row.subject,)
    return list(groups.values())


# ---- settings --------------------------------------------------------------------------


def _delays(reader: SettingsReader) -> NoticeDelays:
    return NoticeDelays(
        reminder=reader.integer("notices.reminder_days"),
        overdue1=reader.integer("notices.overdue1_days"),
        overdue2=reader.integer("notices.overdue2_days"),
        overdue3=reader.integer("notices.overdue3_days"),
        lost=reader.integer("lost.after_days"),
    )


def _smtp_config(reader: SettingsReader) -> SmtpConfig:
    return SmtpConfig(
        host=reader.text("smtp.host").strip(),
        port=reader.integer("smtp.port"),
        starttls=reader.flag("smtp.starttls"),
        username=reader.text("smtp.username").strip(),
        password=reader.text("smtp.password"),
        sender=reader.text("smtp.sender").strip(),
        reply_to=reader.text("library.email").strip(),
    )
