"""Preparing a bookmobile trip (issue 7): the branch writes one package file with the
collection, the patrons it serves (only what the desk needs offline), the rules, the
calendar and the route — the patron data encrypted with a passphrase, expiring after a
set number of days — and the laptop imports it without overwriting its own unsynced work.

Which patrons travel: every patron whose card has not been expired more than a year
(:data:`EXPIRED_PATRON_DAYS`) — anyone may walk up to the truck, and a patron left out
would be registered twice. The items they have out travel with them (so the truck can
take them back). A route chooses which stops travel (default: every route).
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import uuid
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalEntry
from libtech_desktop.domain.library_settings import SETTINGS, SettingsReader
from libtech_desktop.domain.sync import CLOCK_CHECK_KEY, DEVICE_NAME_KEY, PACKAGE_KEY, SyncRole
from libtech_desktop.domain.sync_package import (
    BALANCE_PREFIX,
    EXPIRED_PATRON_DAYS,
    TRAVELLING_SETTING_PREFIXES,
    PackageChoices,
    PackageImportReport,
    PackageRefused,
    PackageSummary,
)
from libtech_desktop.interop import package_file
from libtech_desktop.interop.package_file import PackageHeader
from libtech_desktop.services import journal, sync_state
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.patrons import patron_blocks
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)

_STEPS = 5


class PackageService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- the branch ---------------------------------------------------------------

    def choices(self) -> PackageChoices:
        """The defaults the Prepare dialog offers."""
        with self._ctx.unit_of_work() as uow:
            settings = SettingsReader(uow.settings.get)
            return PackageChoices(
                location=settings.text("bookmobile.location"),
                routes=tuple(r.name for r in uow.routes.routes()),
                days=settings.integer("sync.package_days"),
            )

    def prepare(
        self,
        out: Path,
        passphrase: str,
        *,
        location: str | None = None,
        route: str | None = None,
        item_barcodes: Sequence[str] | None = None,
        days: int | None = None,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> PackageSummary:
        """Write the bookmobile's package to ``out``; this library becomes the hub."""
        package_file.check_passphrase(passphrase)
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        now, today = self._ctx.clock.now(), self._ctx.clock.today()

        def step(n: int, what: str) -> None:
            if cancelled():
                raise Cancelled()
            tell(n, _STEPS, what)

        with self._ctx.unit_of_work() as uow:
            settings = SettingsReader(uow.settings.get)
            days = settings.integer("sync.package_days") if days is None else days
            if not 1 <= days <= 365:
                raise InvalidInput(f"A package lasts 1 to 365 days, not {days}.")
            _check_route(uow, route)
            step(0, "Reading the collection…")
            items = list(_collection(uow, location, item_barcodes, settings))
            step(1, "Reading the patrons…")
            patrons = uow.package.patrons(today - timedelta(days=EXPIRED_PATRON_DAYS))
            people = [_patron_entry(uow, row, today) for row in patrons]
            loans = uow.package.open_loans([row["id"] for row in patrons])
            step(2, "Reading the rules and the calendar…")
            have = {row["barcode"] for row in items}
            missing = sorted({loan["item"] for loan in loans} - have)
            items += [dict(r) for r in uow.package.items(barcodes=missing)] if missing else []
            routes = uow.package.routes(route)
            hub = journal.device_id(uow)
            hub_name = uow.settings.get(DEVICE_NAME_KEY) or settings.text("library.name")
            payload: dict[str, Any] = {
                "library": settings.text("library.name"),
                "collection": items,
                "patrons": people,
                "loans": loans,
                "categories": uow.package.categories(),
                "item_types": uow.package.item_types(),
                "rules": uow.package.rules(),
                "settings": _travelling_settings(settings),
                "closed_days": uow.package.closed_days(today),
                "routes": routes,
                "acknowledged": dict(uow.sync.acknowledgements()),
            }
            header = PackageHeader(
                package_id=str(uuid.uuid4()),
                hub_device=hub,
                hub_name=hub_name,
                library_name=settings.text("library.name"),
                prepared_at=now,
                expires_at=now + timedelta(days=days),
                items=len(items),
                patrons=len(people),
            )
            step(3, "Encrypting and writing the file…")
            package_file.write(out, header, payload, passphrase)
            sync_state.set_role(uow, SyncRole.HUB)
            uow.commit()
        tell(_STEPS, _STEPS, "Done.")
        return PackageSummary(
            path=out,
            package_id=header.package_id,
            prepared_at=now,
            expires_at=header.expires_at,
            items=len(items),
            patrons=len(people),
            loans=len(loans),
            stops=sum(len(r["stops"]) for r in routes),
            patron_choice=f"every card not expired more than {EXPIRED_PATRON_DAYS} days",
        )

    # -- the laptop ---------------------------------------------------------------

    def header(self, path: Path) -> PackageHeader:
        """What a package file says about itself (no passphrase needed)."""
        return package_file.read_header(path)

    def import_package(
        self,
        path: Path,
        passphrase: str,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> PackageImportReport:
        """Mirror the branch's package here, keeping this laptop's unmerged work.

        One transaction: ``progress(done, total, what)`` hears it by item and patron, and a
        cancel (:class:`Cancelled`) rolls all of it back, so the laptop keeps what it had.

        The desk's window stays free meanwhile (see :func:`_read_payload` and
        :func:`_collections_paused`)."""
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        tell(0, 1, "Reading the package…")
        with _collections_paused():
            return self._import(path, passphrase, tell, cancelled)

    def _import(
        self, path: Path, passphrase: str, tell: ProgressFn, cancelled: CancelFn
    ) -> PackageImportReport:
        header, payload = _read_payload(path, passphrase, cancelled)
        if cancelled():
            raise Cancelled()
        now, today, actor = self._ctx.clock.now(), self._ctx.clock.today(), self._ctx.actor()
        if header.expires_at <= now:
            raise PackageRefused(
                f"This package expired on {_local(header.expires_at)}; "
                "prepare a fresh one at the branch."
            )
        with self._ctx.unit_of_work() as uow:
            me = journal.device_id(uow)
            _check_newer(uow, header, me)
            sync_state.acknowledge(uow, payload["acknowledged"])
            pending = uow.journal.own(me, sync_state.acknowledged(uow).get(me, 0))
            keep_items, keep_patrons = _named(pending)
            _mirror_rules(uow, payload, today)
            items = [r for r in payload["collection"] if r["barcode"] not in keep_items]
            people = [r for r in payload["patrons"] if r["barcode"] not in keep_patrons]
            # Units: each item, each patron (and their balance), then the loans and the
            # patrons who no longer travel, one unit each.
            ticks = _Ticks(len(items) + 2 * len(people) + 2, tell, cancelled)
            for chunk in _chunks(items):
                uow.package.put_items(chunk, actor, now)
                ticks.add(len(chunk), "Items")
            for chunk in _chunks(people):
                uow.package.put_patrons(chunk, actor, now)
                ticks.add(len(chunk), "Patrons")
            balance = f"{BALANCE_PREFIX}{to_local(header.prepared_at).date().isoformat()}"
            for chunk in _chunks(people):
                owed = [(row["barcode"], row["owed_minor"]) for row in chunk]
                uow.package.set_balances(owed, balance, actor, now)
                ticks.add(len(chunk), "Balances")
            made, closed = uow.package.match_loans(
                payload["loans"], keep_items, keep_patrons, actor, now
            )
            ticks.add(1, "Loans")
            served = {r["barcode"] for r in payload["patrons"]}
            removed = uow.package.remove_patrons(served | keep_patrons, actor, now)
            ticks.add(1, "Patrons who no longer travel")
            _remember(uow, header, now)
            if cancelled():
                raise Cancelled()
            uow.commit()
        return PackageImportReport(
            package_id=header.package_id,
            library_name=header.library_name,
            prepared_at=header.prepared_at,
            expires_at=header.expires_at,
            items=header.items,
            patrons=header.patrons,
            loans_made=made,
            loans_closed=closed,
            patrons_removed=removed,
            kept_items=tuple(sorted(keep_items)),
            kept_patrons=tuple(sorted(keep_patrons)),
        )


#: Rows written between two progress reports (and two chances to cancel).
_CHUNK = 250

#: A package file this large (bytes, compressed) or larger is opened in a worker process;
#: a smaller one here (a worker takes a moment to start).
READ_APART_BYTES = 128 * 1024
#: Rows parsed at a time from what the worker hands back.
_PIECE = 1000


def _read_payload(
    path: Path, passphrase: str, cancelled: CancelFn
) -> tuple[PackageHeader, dict[str, Any]]:
    """The package's header and payload, the desk's window free meanwhile.

    Opening a package holds Python's lock through three long calls: the passphrase's key
    (scrypt, about 0.1 s), the decryption and one ``json.loads`` of the whole payload
    (about 0.1 s for 20,000 patrons); while this thread holds the lock the GUI thread
    cannot repaint. A large file is therefore opened in a worker process, which hands
    the long lists back as JSON pieces of :data:`_PIECE` rows; parsing a piece takes a
    few milliseconds, and the GUI thread runs between two. The file format is unchanged.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # package_file.read says what is wrong with it
    if size < READ_APART_BYTES:
        return package_file.read(path, passphrase)
    try:
        # "spawn", not "fork": this process runs Qt's threads.
        with ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        ) as pool:
            read = pool.submit(_read_in_pieces, path, passphrase, _PIECE)
            header, payload, pieces = read.result()
    except (BrokenProcessPool, OSError):
        # No worker could start (or it died): read it here, the window held a moment.
        return package_file.read(path, passphrase)
    for key, texts in pieces.items():
        rows: list[Any] = []
        for text in texts:
            if cancelled():
                raise Cancelled()
            rows += json.loads(text)
        payload[key] = rows
    return header, payload


def _read_in_pieces(
    path: Path, passphrase: str, piece: int
) -> tuple[PackageHeader, dict[str, Any], dict[str, list[bytes]]]:
    """In the worker process: the header, the payload without its long lists, and each
    long list as JSON pieces of ``piece`` rows."""
    header, payload = package_file.read(path, passphrase)
    pieces: dict[str, list[bytes]] = {}
    for key, value in list(payload.items()):
        if isinstance(value, list) and len(value) > piece:
            pieces[key] = [
                json.dumps(value[n : n + piece], separators=(",", ":")).encode()
                for n in range(0, len(value), piece)
            ]
            del payload[key]
    return header, payload, pieces


@contextmanager
def _collections_paused() -> Iterator[None]:
    """No automatic garbage collection while an import runs.

    The package's rows are tens of thousands of dicts (20,000 patrons, 19,000 items),
    parsed and then written in batches (the repository writes them set-based, with next
    to no ORM objects), and making them still sets off full collections, each walking
    the whole heap while holding Python's lock: on the 100k library's bench package
    0.13–0.15 s at the end of the import without this pause (0.12–0.16 s when the import
    still went through the ORM), and the GUI thread waited for them. What an import makes
    is freed by reference counting (those collections found next to no cyclic garbage),
    so collecting is put off until the import's rows are gone and there is little left
    to walk. The setting is the process's: the state before is restored."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), _CHUNK):
        yield rows[start : start + _CHUNK]


class _Ticks:
    """Counts units of work, reports each batch and raises :class:`Cancelled` on a cancel
    (inside the import's transaction, so nothing of it is kept)."""

    def __init__(self, total: int, tell: ProgressFn, cancelled: CancelFn) -> None:
        self.total, self.done = max(total, 1), 0
        self._tell, self._cancelled = tell, cancelled

    def add(self, count: int, what: str) -> None:
        self.done = min(self.done + count, self.total)
        self._tell(self.done, self.total, what)
        if self._cancelled():
            raise Cancelled()


def _local(instant: datetime) -> str:
    return to_local(instant).strftime("%Y-%m-%d %H:%M")


def _check_route(uow: UnitOfWork, route: str | None) -> None:
    if route is not None and uow.routes.route_by_name(route) is None:
        known = ", ".join(r.name for r in uow.routes.routes()) or "none yet"
        raise InvalidInput(f"There is no route called {route!r} (routes: {known}).")


def _collection(
    uow: UnitOfWork,
    location: str | None,
    barcodes: Sequence[str] | None,
    settings: SettingsReader,
) -> Sequence[dict[str, Any]]:
    if barcodes is not None:
        wanted = {b.strip() for b in barcodes if b.strip()}
        rows = [dict(r) for r in uow.package.items(barcodes=wanted)]
        unknown = sorted(wanted - {r["barcode"] for r in rows})
        if unknown:
            raise InvalidInput(f"No item has the barcode {', '.join(unknown[:10])}.")
        return rows
    return [dict(r) for r in uow.package.items(location or settings.text("bookmobile.location"))]


def _patron_entry(uow: UnitOfWork, row: Any, today: date) -> dict[str, Any]:
    """The patron as the desk needs them offline: no address, email, phone or notes."""
    entry = {k: row[k] for k in row if k != "id"}
    patron = uow.patrons.by_barcode(row["barcode"])
    assert patron is not None
    if not patron.manual_block_active(today):
        # A suspension (an incident) does not travel as such: it becomes a manual block.
        for incident in uow.incidents.suspensions(patron.id, today):
            entry["blocked_reason"] = f"Suspended at the branch: {incident.what}"
            until = incident.suspended_until
            entry["blocked_until"] = until.isoformat() if until else None
            break
    entry["owed_minor"] = uow.fines.outstanding_total(patron.id)
    entry["blocks"] = [
        {"kind": b.kind.value, "message": b.message} for b in patron_blocks(uow, patron, today)
    ]
    return entry


def _travelling_settings(settings: SettingsReader) -> dict[str, str]:
    return {
        key: settings.text(key) for key in SETTINGS if key.startswith(TRAVELLING_SETTING_PREFIXES)
    }


def _check_newer(uow: UnitOfWork, header: PackageHeader, me: str) -> None:
    if header.hub_device == me:
        raise PackageRefused(
            "This package was prepared from this library file; import it on the bookmobile's "
            "laptop."
        )
    last = _json(uow.settings.get(PACKAGE_KEY))
    if last.get("hub") != header.hub_device or not last.get("prepared"):
        return
    before = datetime.fromisoformat(last["prepared"])
    if header.prepared_at < before:
        raise PackageRefused(
            f"This package was prepared {_local(header.prepared_at)}, before the one already "
            f"imported here ({_local(before)}); nothing was changed. Import the newest package."
        )


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _named(entries: Iterable[JournalEntry]) -> tuple[set[str], set[str]]:
    """The item and patron barcodes this device's pending operations touch."""
    items: set[str] = set()
    patrons: set[str] = set()
    for entry in entries:
        data = entry.data
        if isinstance(data.get("item"), str):
            items.add(data["item"])
        for key in ("patron", "charged_patron", "barcode"):
            if isinstance(data.get(key), str):
                patrons.add(data[key])
    return items, patrons


def _mirror_rules(uow: UnitOfWork, payload: dict[str, Any], today: date) -> None:
    uow.package.put_categories(payload["categories"])
    uow.package.put_item_types(payload["item_types"])
    uow.package.put_rules(payload["rules"])
    for key, value in payload["settings"].items():
        spec = SETTINGS.get(key)
        if spec is not None and key.startswith(TRAVELLING_SETTING_PREFIXES):
            uow.settings.set(spec.storage_key, str(value))
    uow.package.put_closed_days(payload["closed_days"], today)
    uow.package.put_routes(payload["routes"])


def _remember(uow: UnitOfWork, header: PackageHeader, now: datetime) -> None:
    sync_state.set_role(uow, SyncRole.SATELLITE)
    clock = {
        "hub_device": header.hub_device,
        "hub_time": header.prepared_at.isoformat(),
        "local_time": now.isoformat(),
    }
    uow.settings.set(CLOCK_CHECK_KEY, json.dumps(clock))
    package = {
        "id": header.package_id,
        "hub": header.hub_device,
        "prepared": header.prepared_at.isoformat(),
        "expires": header.expires_at.isoformat(),
    }
    uow.settings.set(PACKAGE_KEY, json.dumps(package))
