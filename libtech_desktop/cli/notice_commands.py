"""Notices and settings from the command line: ``notices run``, ``notices log``,
``config set|get|list`` (issue 5).

``libtech notices run`` declares lost what is overdue long enough, sends what is due by
email and writes the printed letters into one PDF (``--letters FILE.pdf``, else a new
file in the user's documents), retrying earlier failures; ``--dry-run`` lists what
would go without sending or changing anything. Failures are reported on stderr and
make the exit status 1; they stay in the log and are retried by the next run.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import SettingSpec, setting_spec
from libtech_desktop.domain.notices import NoticeLogEntry
from libtech_desktop.services.notices import NoticeRunReport, PlannedNotice

#: How a secret setting is shown.
MASK = "****"

NOTICES_HELP = """\
send the notices that are due (courtesy reminders, overdue 1st/2nd/3rd, lost-item bills,
holds available): by email to patrons who chose email and have an address, as printed
letters (one PDF, one letter a page, for window envelopes) to everyone else. A notice is
never sent twice; a failed one is retried by the next run.
"""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command, _group

    notices = _group(sub, "notices", "notices to patrons: send what is due, see the log")
    run = _command(notices, common, "run", notices_run, NOTICES_HELP.split(":")[0])
    run.description = NOTICES_HELP
    run.formatter_class = argparse.RawDescriptionHelpFormatter
    run.add_argument("--dry-run", action="store_true", help="list what is due; send nothing")
    run.add_argument("--letters", metavar="FILE.pdf", help="where to write the printed letters")
    run.add_argument("--json", action="store_true", help="print JSON")
    log = _command(notices, common, "log", notices_log, "what went out, newest first")
    log.add_argument("--limit", type=int, default=200, metavar="N", help="default 200")
    log.add_argument("--json", action="store_true", help="print JSON")

    config = _group(sub, "config", "the library's settings by key (smtp.host, library.name…)")
    cset = _command(config, common, "set", config_set, "change one setting")
    cset.add_argument("key", metavar="KEY")
    cset.add_argument("value", metavar="VALUE")
    cget = _command(config, common, "get", config_get, "print one setting's value")
    cget.add_argument("key", metavar="KEY")
    clist = _command(config, common, "list", config_list, "every setting, its value and meaning")
    clist.add_argument("--json", action="store_true", help="print JSON")


# -- notices ---------------------------------------------------------------------------


def notices_run(run: Run) -> int:
    a = run.args
    letters = _letters_path(a.letters) if a.letters else None
    # The nightly run tidies first: holds left on the shelf pass on (their next patron
    # is then told in this same run), and old loan history is anonymised.
    expired = [] if a.dry_run else run.lib.holds.expire_uncollected()
    anonymised = 0 if a.dry_run else run.lib.privacy.anonymise_loan_history()
    report = run.lib.notices.run(dry_run=a.dry_run, letters_path=letters)
    if a.json:
        data = report_json(report)
        data["holds_expired"] = len(expired)
        data["loans_anonymised"] = anonymised
        run.out(render.dumps(data))
    else:
        if expired:
            run.out(f"{_n(len(expired), 'uncollected hold')} expired and passed on.")
        if anonymised:
            run.out(f"Anonymised {_n(anonymised, 'returned loan')}, as privacy.loan_history says.")
        _report_lines(run, report)
    for failure in report.failures:
        run.fail(
            f"{failure.kind.label} to {failure.patron_name} ({failure.patron_barcode}) "
            f"not delivered: {failure.error}"
        )
    return 1 if report.failures else 0


def _report_lines(run: Run, report: NoticeRunReport) -> None:
    if report.declared_lost:
        run.out(f"Declared {_n(report.declared_lost, 'overdue loan')} lost and billed.")
    if not report.planned:
        run.out("No notices are due.")
    for notice in report.planned:
        run.out(planned_line(notice))
    if report.dry_run:
        run.out(f"{_n(len(report.planned), 'notice')} due (dry run: nothing was sent).")
        return
    run.out(f"Emailed {_n(report.emailed, 'notice')}; printed {_n(report.printed, 'letter')}.")
    if report.letters_path is not None:
        run.out(f"Letters to print: {report.letters_path}")
    if report.interrupted:
        run.out(
            f"{_n(report.interrupted, 'notice')} from an interrupted run may or may not have "
            "gone out; they are not re-sent (see libtech notices log)."
        )


def planned_line(notice: PlannedNotice) -> str:
    retry = " (retry)" if notice.retry else ""
    items = "; ".join(notice.items)
    return (
        f"{notice.patron_barcode}  {notice.patron_name}  {notice.kind.label}{retry}  "
        f"by {notice.channel}: {items}"
    )


def report_json(report: NoticeRunReport) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "declared_lost": report.declared_lost,
        "notices": [
            {
                "patron": n.patron_barcode,
                "name": n.patron_name,
                "kind": n.kind.value,
                "channel": n.channel,
                "items": list(n.items),
                "retry": n.retry,
            }
            for n in report.planned
        ],
        "emailed": report.emailed,
        "printed": report.printed,
        "failures": [
            {"patron": f.patron_barcode, "kind": f.kind.value, "error": f.error}
            for f in report.failures
        ],
        "letters": str(report.letters_path) if report.letters_path else None,
        "interrupted": report.interrupted,
    }


def notices_log(run: Run) -> int:
    if run.args.limit < 1:
        raise InvalidInput("--limit must be 1 or more.")
    entries = run.lib.notices.log(run.args.limit)
    if run.args.json:
        run.out(render.dumps([log_json(e) for e in entries]))
        return 0
    if not entries:
        run.out("No notices have been sent.")
    for entry in entries:
        run.out(log_line(entry))
    return 0


def log_json(entry: NoticeLogEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created": entry.created.isoformat(),
        "sent": entry.sent.isoformat() if entry.sent else None,
        "patron": entry.patron_barcode,
        "name": entry.patron_name,
        "kind": entry.kind.value,
        "channel": entry.channel,
        "status": entry.status,
        "attempts": entry.attempts,
        "error": entry.last_error,
        "subject": entry.subject,
        "item": entry.item_barcode,
        "title": entry.title,
    }


def log_line(entry: NoticeLogEntry) -> str:
    when = render.local_time(entry.sent or entry.created)
    item = f"  {entry.item_barcode} {entry.title}" if entry.item_barcode else ""
    error = f"  — {entry.last_error}" if entry.last_error else ""
    return (
        f"{when}  {entry.status:<7}  {entry.channel:<5}  {entry.kind.label:<21}  "
        f"{entry.patron_barcode} {entry.patron_name}{item}{error}"
    )


def _letters_path(text: str) -> Path:
    out = Path(text).expanduser()
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; --letters needs a file name such as letters.pdf.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent} to write {out.name} in.")
    return out


# -- config ------------------------------------------------------------------------------


def config_set(run: Run) -> int:
    stored = run.lib.settings.set(run.args.key, run.args.value)
    shown = MASK if _secret(run.args.key) else stored
    run.out(f"{run.args.key.strip().lower()} = {shown}")
    return 0


def config_get(run: Run) -> int:
    value = run.lib.settings.get(run.args.key)
    run.out(MASK if _secret(run.args.key) and value else value)
    return 0


def config_list(run: Run) -> int:
    settings = run.lib.settings.all()
    if run.args.json:
        run.out(render.dumps([setting_json(spec, value) for spec, value in settings]))
        return 0
    width = max(len(spec.key) for spec, _ in settings)
    for spec, value in settings:
        run.out(f"{spec.key.ljust(width)}  {_shown(spec, value) or '-':<24}  {spec.help}")
    return 0


def setting_json(spec: SettingSpec, value: str) -> dict[str, Any]:
    return {
        "key": spec.key,
        "value": _shown(spec, value),
        "default": spec.default,
        "kind": spec.kind,
        "help": spec.help,
    }


def _shown(spec: SettingSpec, value: str) -> str:
    return MASK if spec.kind == "secret" and value else value


def _secret(key: str) -> bool:
    return setting_spec(key).kind == "secret"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
