"""How notices leave the building: email over SMTP, or printed letters as one PDF,
each message marked in the notice log as it goes.

Email is a standard MIME message (``email.message.EmailMessage``, UTF-8) sent with
``smtplib``: STARTTLS and login when the settings ask for them. Letters are A4 pages
drawn with reportlab, one letter a page, the patron's name and address placed for a
DL/C5 window envelope: a 90 x 45 mm block 20 mm from the left and 45 mm from the top.
:class:`NoticeDelivery` is the last step of a run: it delivers the run's
:class:`NoticeBatch` messages (already written 'pending' and committed) and marks
each 'sent', 'printed' or 'failed' in its own transaction; a cancelled run deletes
the rows it had not tried yet. Everything here does network or file work: the GUI
calls it on its runner only.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from types import TracebackType
from typing import Self

import platformdirs
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.notices import EMAIL, NoticeHold, NoticeKind, NoticeLoan, Recipient
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.notice_templates import Letterhead
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn

log = logging.getLogger(__name__)

#: Seconds to wait for the mail server before calling it down.
SMTP_TIMEOUT = 20
#: The address window of a DL/C5 window envelope, from the page's top left corner.
WINDOW_LEFT_MM, WINDOW_TOP_MM = 20.0, 45.0
WINDOW_WIDTH_MM, WINDOW_HEIGHT_MM = 90.0, 45.0


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    starttls: bool
    username: str
    password: str
    sender: str
    reply_to: str = ""

    def check(self) -> None:
        """Refuse settings that cannot send anything, saying which to set."""
        if not self.host:
            raise InvalidInput(
                "No mail server is set up: enter it in Circulation → Notices → Mail server "
                "(or libtech config set smtp.host HOST)."
            )
        if not self.sender:
            raise InvalidInput(
                "Set the From: address first: libtech config set smtp.sender ADDRESS."
            )


def build_message(config: SmtpConfig, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or None)
    if config.reply_to:
        message["Reply-To"] = config.reply_to
    message.set_content(body, charset="utf-8")
    return message


class Mailer:
    """One connection to the mail server for a run; opened on first use.

    Errors (server down, refused login, refused recipient) are ``smtplib.SMTPException``
    or ``OSError``: the caller records them against the notice and carries on."""

    def __init__(self, config: SmtpConfig) -> None:
        self._config = config
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def send(self, to: str, subject: str, body: str) -> None:
        smtp = self._connection()
        try:
            smtp.send_message(build_message(self._config, to, subject, body))
        except smtplib.SMTPServerDisconnected:
            self._smtp = None
            raise
        except smtplib.SMTPRecipientsRefused:
            smtp.rset()  # the connection stays usable for the next patron
            raise

    def close(self) -> None:
        if self._smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._smtp.quit()
            self._smtp = None

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is None:
            config = self._config
            smtp = smtplib.SMTP(config.host, config.port, timeout=SMTP_TIMEOUT)
            try:
                if config.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if config.username:
                    smtp.login(config.username, config.password)
            except BaseException:
                smtp.close()
                raise
            self._smtp = smtp
        return self._smtp


def describe_failure(error: BaseException) -> str:
    """A delivery error as one line for the log and the technician."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{who}: {code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
            for who, (code, reply) in error.recipients.items()
        )
        return f"The mail server refused the recipient ({refused})."
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return "The mail server refused the login (check smtp.username and smtp.password)."
    if isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        text = message.decode(errors="replace") if isinstance(message, bytes) else str(message)
        return f"The mail server said {error.smtp_code} {text}."
    if isinstance(error, (ConnectionError, TimeoutError, OSError)):
        return f"Cannot reach the mail server: {error}."
    return f"Sending failed: {error}."


def is_server_failure(error: BaseException) -> bool:
    """The server cannot be used at all (down, unreachable, login refused): no point
    trying it again for the next patron in this run."""
    if isinstance(error, (smtplib.SMTPConnectError, smtplib.SMTPAuthenticationError)):
        return True
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)


# ---- printed letters ----------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    name: str
    address: str | None
    subject: str
    body: str


def default_letters_path(now: datetime) -> Path:
    """Where a run's letters go unless told: the user's documents, one file a run."""
    folder = Path(platformdirs.user_documents_dir()) / "LibTech notices"
    return folder / f"letters-{now.astimezone():%Y-%m-%d-%H%M%S}.pdf"


def write_letters(path: Path, letters: Sequence[Letter], head: Letterhead, day: date) -> int:
    """Draw ``letters`` into one PDF at ``path``, each on a new page; pages written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(f"{head.name}: notices of {day.isoformat()}")
    pages = 0
    for letter in letters:
        pages += _draw_letter(canvas, letter, head, day)
    canvas.save()
    return pages


def _draw_letter(canvas: Canvas, letter: Letter, head: Letterhead, day: date) -> int:
    width, height = A4
    _letterhead(canvas, head)
    # The address block, where the envelope's window is.
    lines = [letter.name, *(letter.address or "").splitlines()]
    text = canvas.beginText(WINDOW_LEFT_MM * mm, height - (WINDOW_TOP_MM + 5) * mm)
    text.setFont("Helvetica", 11)
    for line in [x.strip() for x in lines if x.strip()][:8]:
        text.textLine(_fit(line, "Helvetica", 11, (WINDOW_WIDTH_MM - 5) * mm))
    canvas.drawText(text)
    canvas.setFont("Helvetica", 10)
    canvas.drawRightString(width - 20 * mm, height - 100 * mm, day.strftime("%d %B %Y"))
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(20 * mm, height - 110 * mm, letter.subject[:90])
    pages, y = 1, height - 120 * mm
    canvas.setFont("Helvetica", 10)
    for raw in letter.body.splitlines() or [""]:
        for line in textwrap.wrap(raw, 95, replace_whitespace=False) or [""]:
            if y < 20 * mm:  # a long letter continues on its own next page
                canvas.showPage()
                canvas.setFont("Helvetica", 10)
                pages, y = pages + 1, height - 20 * mm
            canvas.drawString(20 * mm, y, line)
            y -= 5 * mm
    canvas.showPage()
    return pages


def _fit(line: str, font: str, size: float, width: float) -> str:
    """``line`` cut to ``width`` points: an address never runs out of the window."""
    while line and stringWidth(line, font, size) > width:
        line = line[:-1]
    return line


def _letterhead(canvas: Canvas, head: Letterhead) -> None:
    width, height = A4
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawRightString(width - 20 * mm, height - 20 * mm, head.name)
    canvas.setFont("Helvetica", 9)
    y = height - 26 * mm
    for line in [*head.address.splitlines(), head.phone, head.email]:
        if line.strip():
            canvas.drawRightString(width - 20 * mm, y, line.strip())
            y -= 4.5 * mm


# ---- a run's delivery -------------------------------------------------------------------


@dataclass
class NoticeBatch:
    """One message: notice rows of one patron and kind, sent or printed together."""

    recipient: Recipient
    kind: NoticeKind
    channel: str
    items: tuple[str, ...]
    loans: list[NoticeLoan] = field(default_factory=list)
    holds: list[NoticeHold] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    retry: bool = False


@dataclass(frozen=True)
class NoticeFailure:
    patron_barcode: str
    patron_name: str
    kind: NoticeKind
    error: str


@dataclass(frozen=True)
class DeliveryOutcome:
    emailed: int
    printed: int
    failures: tuple[NoticeFailure, ...]
    cancelled: bool


class NoticeDelivery:
    """Sends and prints the batches of one run, marking each as it goes."""

    def __init__(
        self,
        context: ServiceContext,
        batches: list[NoticeBatch],
        config: SmtpConfig,
        head: Letterhead,
        progress: ProgressFn | None,
        should_cancel: CancelFn | None,
    ) -> None:
        self._ctx, self._batches, self._config, self._head = context, batches, config, head
        self._progress, self._should_cancel = progress, should_cancel
        self._failures: list[NoticeFailure] = []
        self._cancelled = False
        self._server_down = False

    def run(self, letters_path: Path, today: date) -> DeliveryOutcome:
        """Write the letters into one PDF at ``letters_path``, then send the mail."""
        letters = [b for b in self._batches if b.channel != EMAIL]
        mails = [b for b in self._batches if b.channel == EMAIL]
        printed = self._print(letters, letters_path, today) if letters else 0
        emailed = self._mail(mails)
        return DeliveryOutcome(emailed, printed, tuple(self._failures), self._cancelled)

    def _print(self, batches: list[NoticeBatch], path: Path, today: date) -> int:
        letters = [
            Letter(b.recipient.name, b.recipient.address, b.subject, b.body) for b in batches
        ]
        try:
            write_letters(path, letters, self._head, today)
        except OSError as error:
            message = f"The letters could not be written to {path}: {error}."
            for b in batches:
                self._record(b, "failed", message)
            return 0
        for b in batches:
            self._record(b, "printed")
        return len(batches)

    def _mail(self, batches: list[NoticeBatch]) -> int:
        sent = 0
        problem: str | None = None
        try:
            self._config.check()
        except InvalidInput as error:
            problem = error.message
        with Mailer(self._config) as mailer:
            for position, b in enumerate(batches):
                if self._cancel_requested(position, len(batches), b):
                    self._discard(batches[position:])
                    break
                failure = problem or self._send(mailer, b)
                if failure and self._server_down:
                    problem = failure  # the rest fail alike, without waiting again
                self._record(b, "failed" if failure else "sent", failure)
                sent += failure is None
        return sent

    def _send(self, mailer: Mailer, b: NoticeBatch) -> str | None:
        if not b.recipient.email:
            return f"{b.recipient.name} has no email address any more."
        try:
            mailer.send(b.recipient.email, b.subject, b.body)
        except Exception as error:  # recorded and retried: a run never stops at one
            log.warning("Notice to %s not sent: %s", b.recipient.email, error)
            self._server_down = is_server_failure(error)
            return describe_failure(error)
        return None

    def _cancel_requested(self, position: int, total: int, b: NoticeBatch) -> bool:
        if self._progress is not None:
            try:
                self._progress(position, total, f"{b.kind.label} to {b.recipient.name}")
            except Cancelled:
                self._cancelled = True
        if self._should_cancel is not None and self._should_cancel():
            self._cancelled = True
        return self._cancelled

    def _record(self, b: NoticeBatch, status: str, error: str | None = None) -> None:
        with self._ctx.unit_of_work() as uow:
            uow.notices.mark(b.ids, status, self._ctx.clock.now(), error)
            uow.commit()
        if error is not None:
            r = b.recipient
            self._failures.append(NoticeFailure(r.barcode, r.name, b.kind, error))

    def _discard(self, batches: list[NoticeBatch]) -> None:
        with self._ctx.unit_of_work() as uow:
            uow.notices.discard_pending([i for b in batches if not b.retry for i in b.ids])
            uow.commit()
