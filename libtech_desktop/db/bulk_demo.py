"""A large demo library in minutes: patrons, a catalogue with its MARC, copies, ten
years of loans, holds and fines, written with plain SQL straight to the driver.

``services/demo.py`` loads a desk-sized demo through the repositories, a row at a
time; that takes hours for a million copies. This writer builds the same kind of
library at scale for benchmarks and trials:

* it works on a copy of the (empty, initialised) library file, ``PATH.bulk-partial``,
  with the rollback journal off, and moves the copy over the library only when every
  row, index and the search index are in: an interruption (Ctrl+C, a crash, a cancel)
  leaves the library as it was and removes the copy, never a half library that looks
  whole;
* the secondary indexes and the search-index triggers of the tables it fills are
  dropped while it loads and made again after, from the very SQL the schema holds;
  the full-text index is then filled in one statement with the expressions of the
  desk's own triggers, so it ends exactly as they would leave it, and the patrons'
  trigram index is rebuilt from the patrons in one statement;
* the records' MARC is written here field by field, byte for byte what the catalogue
  stores for a record catalogued by hand (checked against the slow path on a sample
  while it runs).

Invariants kept: an open loan's item is ``on_loan`` and no item has two open loans;
open loans belong to patrons who may borrow (not expired, not blocked, within their
rule's limit); every history loan was returned before the next loan of its copy; the
holds wait on copies out on loan, by other patrons; fines are overdue fines of loans
returned late, under the patron's rule.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from libtech_desktop.db.search_order import STEP
from libtech_desktop.db.search_schema import PATRON_SEARCH_TABLE, SEARCH_ORDER_TABLE
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.callnumbers import Scheme, classify, shelf_key
from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.circulation import next_open_day
from libtech_desktop.domain.demo_data import (
    CATALOGUE,
    FIRST_NAMES,
    ITEM_PREFIX,
    LAST_NAMES,
    LIBRARY_CODE,
    PATRON_PREFIX,
    call_number,
    isbn13_check_digit,
    shelf_of,
    subjects_of_shelf,
)
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.headings import heading_key
from libtech_desktop.domain.library_settings import LIBRARY_NAME_KEY
from libtech_desktop.domain.record_fields import (
    Identifier,
    RecordFields,
    new_record,
    nonfiling_characters,
)
from libtech_desktop.interop.marc_convert import to_pymarc
from libtech_desktop.interop.marc_reader import stored_form

#: The call number's field by its scheme (as ``domain.record_fields`` writes it).
CALL_NUMBER_TAG = {Scheme.DEWEY: "092", Scheme.LC: "090", Scheme.LOCAL: "099"}
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

#: The tables this writer fills; their secondary indexes and triggers are dropped
#: while it loads and made again after.
FILLED_TABLES = (
    "patrons",
    "biblios",
    "biblio_subjects",
    "items",
    "loans",
    "holds",
    "fines",
    "repairs",
)
#: The library's name when it has none yet (as the small demo's).
DEMO_LIBRARY_NAME = "Demo Library"
HISTORY_DAYS = 3650
#: Of all loans, the share still out (the rest are history).
OPEN_SHARE = 0.02
#: Of the open loans, roughly this share is overdue.
OVERDUE_SHARE = 0.15
CHILD_SHARE, STAFF_SHARE, EXPIRED_SHARE, EMAIL_SHARE = 0.20, 0.04, 0.06, 0.85
#: One hold for this many open loans.
HOLD_EVERY = 12
#: Rows per executemany (and between progress reports and cancel checks).
CHUNK = 50_000
#: Every this-many generated records, the fast MARC is checked against the slow path.
MARC_CHECK_EVERY = 5_000
COPY_WEIGHTS = ((1, 70), (2, 20), (3, 10))
SHELF_WEIGHTS = (("FIC", 42), ("J FIC", 20), ("NF", 31), ("DVD", 5), ("MAG", 2))
# fmt: off
PUBLISHERS = (
    "Penguin Books", "Vintage", "HarperCollins", "Random House", "Simon & Schuster",
    "Macmillan", "Scholastic", "Bloomsbury", "Faber & Faber", "Picador", "Knopf",
    "Little, Brown", "Oxford University Press", "Cambridge University Press", "Hachette",
    "Orion", "Puffin Books", "Walker Books", "Tor Books", "Grove Press", "W. W. Norton",
    "Houghton Mifflin", "Chronicle Books", "DK Publishing", "Lonely Planet",
)
ADJECTIVES = (
    "Silent", "Hidden", "Last", "Broken", "Golden", "Forgotten", "Secret", "Quiet", "Distant",
    "Burning", "Lost", "Winter", "Summer", "Dark", "Bright", "Wild", "Little", "Long",
    "Crimson", "Silver", "Empty", "Endless", "Restless", "Frozen", "Hollow", "Invisible",
    "Midnight", "Northern", "Southern", "Painted", "Paper", "Glass", "Iron", "Gentle",
    "Fearless", "Curious", "Borrowed", "Stolen", "Sleeping", "Wandering", "Salt", "Stone",
    "Velvet", "Blue", "Green", "Scarlet", "Hungry", "Lonely", "Second",
)
NOUNS = (
    "Garden", "River", "House", "Orchard", "Harbour", "Lighthouse", "Mountain", "Island",
    "Letter", "Daughter", "Son", "Mother", "Father", "Sister", "Brother", "Kingdom", "Forest",
    "Road", "Bridge", "Window", "Door", "Library", "Map", "Journey", "Storm", "Sea", "Sky",
    "Night", "Morning", "Promise", "Secret", "Song", "Dream", "Shadow", "Crown", "Sword",
    "Fire", "Moon", "Star", "City", "Village", "Valley", "Winter", "Station", "Clock", "Mirror",
    "Painter", "Teacher", "Doctor", "Witness", "Stranger", "Keeper", "Traveller", "Orphan",
    "Widow", "Queen", "King", "Thief", "Spy", "Detective", "Wolf", "Fox", "Bear", "Raven",
    "Horse", "Whale", "Dragon", "Tiger", "Owl", "Heart",
)
PLACES = (
    "Moscow", "Lisbon", "Kyoto", "Cairo", "Dublin", "Havana", "Vienna", "Lagos", "Oslo",
    "Prague", "Marrakesh", "Istanbul", "Venice", "Mumbai", "Shanghai", "Seville", "Edinburgh",
    "Nairobi", "Buenos Aires", "Montreal", "the North", "the Coast", "the Valley", "Paris",
    "Berlin", "Tokyo", "the Desert", "the Highlands", "Alaska",
)
TOPICS = (
    "Gardening", "Birds", "Astronomy", "Cooking", "Photography", "Chess", "Knitting",
    "Woodworking", "Economics", "Psychology", "Philosophy", "World history", "Mathematics",
    "Physics", "Chemistry", "Geology", "Climate", "Ancient Rome", "Ancient Egypt",
    "The Second World War", "Parenting", "Running", "Yoga", "Baking", "Wine", "Coffee",
    "Architecture", "Painting", "Music theory", "Jazz", "Poetry", "Writing", "Sailing",
    "Mountaineering", "Trees", "Insects", "The ocean", "The brain", "Sleep", "Nutrition",
)
NF_PATTERNS = (
    "{t}: a beginner's guide", "A short history of {l}", "The story of {l}", "{t} for everyone",
    "Understanding {l}", "The complete book of {l}", "An introduction to {l}",
    "The {t} handbook", "Everyday {l}", "{t} explained",
)
#: (Dewey number, headings) for non-fiction: call numbers and subjects that agree.
DEWEY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("635", ("Gardening",)),
    ("598", ("Birds",)),
    ("520", ("Astronomy -- Popular works",)),
    ("641.5", ("Cooking",)),
    ("770", ("Photography",)),
    ("794.1", ("Chess",)),
    ("746.43", ("Knitting",)),
    ("684", ("Woodwork",)),
    ("330", ("Economics",)),
    ("150", ("Psychology",)),
    ("100", ("Philosophy",)),
    ("909", ("World history",)),
    ("510", ("Mathematics",)),
    ("530", ("Physics -- Popular works",)),
    ("540", ("Chemistry",)),
    ("551", ("Geology",)),
    ("551.6", ("Climatic changes",)),
    ("937", ("Rome -- History",)),
    ("932", ("Egypt -- History",)),
    ("940.53", ("World War, 1939-1945",)),
    ("649", ("Parenting",)),
    ("796.42", ("Running",)),
    ("613.7", ("Yoga",)),
    ("641.81", ("Baking",)),
    ("641.22", ("Wine and wine making",)),
    ("641.3373", ("Coffee",)),
    ("720", ("Architecture",)),
    ("750", ("Painting",)),
    ("781", ("Music theory",)),
    ("781.65", ("Jazz",)),
    ("808.1", ("Poetry -- Authorship",)),
    ("808.02", ("Authorship",)),
    ("797.1", ("Sailing",)),
    ("796.522", ("Mountaineering",)),
    ("582.16", ("Trees",)),
    ("595.7", ("Insects",)),
    ("551.46", ("Ocean",)),
    ("612.8", ("Brain -- Popular works",)),
    ("612.821", ("Sleep",)),
    ("613.2", ("Nutrition",)),
)
FICTION_SUBJECTS = (
    "Detective and mystery stories", "Love stories", "Science fiction", "Fantasy fiction",
    "Historical fiction", "Thrillers (Fiction)", "Families -- Fiction", "Friendship -- Fiction",
    "Domestic fiction", "Psychological fiction",
)
CHILD_SUBJECTS = (
    "Animals -- Juvenile fiction", "Friendship -- Juvenile fiction", "Adventure stories",
    "Picture books for children", "Schools -- Juvenile fiction",
)
# fmt: on
BLOCK_REASONS = (
    "Unpaid fines over limit",
    "Lost item not paid for",
    "Returned mail — address needs checking",
)
REPAIR_NOTES = ("Spine split, pages loose", "Water damage", "Torn pages", "Cover detached")
STREETS = ("Elm Street", "Mill Lane", "Station Road", "High Street", "Church Road", "Park Avenue")


class BulkDemoRefused(LibtechError):
    code = "demo_refused"


class BulkDemoCancelled(LibtechError):
    code = "cancelled"


@dataclass(frozen=True)
class BulkDemoReport:
    patrons: int
    expired_patrons: int
    blocked_patrons: int
    biblios: int
    items: int
    loans: int
    open_loans: int
    overdue_loans: int
    holds: int
    fines: int
    repairs: int
    seconds: float


def _no_progress(done: int, total: int, what: str) -> None:
    return None


def _never() -> bool:
    return False


def partial_path(path: Path) -> Path:
    """Where the library is built before it is moved over ``path``."""
    return path.with_name(path.name + ".bulk-partial")


def build_bulk_demo(
    path: Path,
    *,
    patrons: int,
    items: int,
    loans: int,
    seed: int = 1,
    now: datetime,
    actor: str = "desk",
    progress: ProgressFn = _no_progress,
    should_cancel: CancelFn = _never,
) -> BulkDemoReport:
    """Fill the empty, initialised, plain (unencrypted) library at ``path``; the same
    seed and ``now``, the same library.

    Every connection to ``path`` must be closed first (its write-ahead log is folded
    into the file here and the file is replaced at the end). ``now`` is aware."""
    import time

    started = time.perf_counter()
    if min(patrons, items, loans) < 0:
        raise InvalidInput("The numbers of demo patrons, items and loans cannot be negative.")
    if loans and (not patrons or not items):
        raise InvalidInput("Loans need patrons and items: give --patrons and --items too.")
    partial = partial_path(path)
    _fold_wal(path)
    partial.unlink(missing_ok=True)
    try:
        _copy(path, partial)
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            report = _Builder(
                conn, patrons, items, loans, seed, now, actor, progress, should_cancel
            )
            counts = report.run()
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        _fsync(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BulkDemoReport(**counts, seconds=round(time.perf_counter() - started, 1))


def _fold_wal(path: Path) -> None:
    """Checkpoint the library's write-ahead log into the file and truncate it, so the
    file alone is the library (and the log cannot outlive the file it belongs to)."""
    if not path.exists():
        raise InvalidInput(f"No library at {path}; run `libtech --db {path} init` first.")
    conn = sqlite3.connect(path)
    try:
        header = conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise BulkDemoRefused(
            f"{path} is not a plain SQLite library (an encrypted library cannot take a "
            "bulk demo; decrypt it or use a new --db file)."
        ) from exc
    try:
        if header is None:
            raise BulkDemoRefused(f"{path} is not a library file.")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _copy(source: Path, dest: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -------------------------------------------------------------------------- the MARC


def _field(tag: str, data: str) -> tuple[str, bytes]:
    return tag, data.encode("utf-8") + b"\x1e"


def iso2709(fields: Sequence[tuple[str, bytes]]) -> bytes:
    """Fields (tag, data ending in the field terminator) as an ISO 2709 record with
    the leader a hand-catalogued book gets (``nam a22…  a 4500``)."""
    directory, start = [], 0
    for tag, data in fields:
        directory.append(f"{tag}{len(data):04d}{start:05d}")
        start += len(data)
    base = 24 + 12 * len(fields) + 1
    total = base + start + 1
    head = f"{total:05d}nam a22{base:05d} a 4500{''.join(directory)}\x1e".encode("ascii")
    return head + b"".join(data for _, data in fields) + b"\x1d"


class _Marc:
    """The stored MARC of a record catalogued by hand on ``entered``, written fast; the
    650 fields are made once per heading by the slow path itself."""

    def __init__(self, entered: date) -> None:
        self._entered = entered
        self._stamp = f"{entered:%y%m%d}s"
        self._subjects: dict[str, bytes] = {}
        self._tags: dict[str, str] = {}

    def fields(self, draft: BiblioDraft, cls: str, number: str, subjects: Sequence[str]) -> bytes:
        year = f"{draft.year:04d}" if draft.year else "    "
        fields = [_field("008", f"{self._stamp}{year}{' ' * 24}und d")]
        if draft.isbn:
            fields.append(_field("020", f"  \x1fa{draft.isbn}"))
        if cls:
            fields.append(_field("082", f"04\x1fa{cls}"))
        if number:
            fields.append(_field(self.call_number_tag(number), f"  \x1fa{number}"))
        fields.append(_field("100", f"1 \x1fa{draft.author}"))
        fields.append(_field("245", f"1{nonfiling_characters(draft.title)}\x1fa{draft.title}"))
        fields.append(_field("264", f" 1\x1fb{draft.publisher},\x1fc{draft.year}."))
        fields.extend(("650", self._subject(s)) for s in subjects)
        fields.sort(key=lambda field: field[0])  # stable: repeated 650s keep their order
        return iso2709(fields)

    def call_number_tag(self, number: str) -> str:
        """092 (Dewey), 090 (LC) or 099 (local), as the record editor chooses."""
        if number not in self._tags:
            self._tags[number] = CALL_NUMBER_TAG[classify(number)]
        return self._tags[number]

    def _subject(self, heading: str) -> bytes:
        if heading not in self._subjects:
            slow = self.slow(BiblioDraft("X", "Y, Z", None, 2000, "P"), "", "", (heading,))
            self._subjects[heading] = _field_data(slow, "650")
        return self._subjects[heading]

    def slow(self, draft: BiblioDraft, cls: str, number: str, subjects: Sequence[str]) -> bytes:
        fields = RecordFields(
            main_entry=draft.author or "",
            title=draft.title,
            nonfiling=nonfiling_characters(draft.title),
            publisher=draft.publisher or "",
            date=str(draft.year) if draft.year else "",
            isbns=(Identifier(draft.isbn),) if draft.isbn else (),
            subjects=tuple(subjects),
            classification=cls,
            call_number=number,
        )
        return stored_form(to_pymarc(new_record(fields, self._entered)))


def _field_data(record: bytes, tag: str) -> bytes:
    base = int(record[12:17])
    directory = record[24 : base - 1]
    for at in range(0, len(directory), 12):
        entry = directory[at : at + 12].decode("ascii")
        if entry[:3] == tag:
            length, start = int(entry[3:7]), int(entry[7:12])
            return record[base + start : base + start + length]
    raise ValueError(f"no {tag} field")


# ------------------------------------------------------------------------- the build


def _stamp(moment: datetime) -> str:
    """An aware datetime as the library stores it: naive UTC text with microseconds."""
    from datetime import UTC

    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Builder:
    def __init__(
        self,
        conn: sqlite3.Connection,
        patrons: int,
        items: int,
        loans: int,
        seed: int,
        now: datetime,
        actor: str,
        progress: ProgressFn,
        should_cancel: CancelFn,
    ) -> None:
        self.c = conn
        self.n_patrons, self.n_items, self.n_loans = patrons, items, loans
        self.rng = random.Random(f"libtech-bulk-demo-{seed}")
        self.now, self.today, self.actor = now, now.date(), actor
        self.now_text = _stamp(now)
        self._progress, self._cancel = progress, should_cancel
        self.total = patrons + items + loans + 3 * CHUNK
        self.done = 0
        # The day texts of the ten years before today, and today.
        self.first_day = self.today - timedelta(days=HISTORY_DAYS)
        self.day_text = [
            (self.first_day + timedelta(days=d)).isoformat() for d in range(HISTORY_DAYS + 400)
        ]

    # -- helpers -----------------------------------------------------------------

    def step(self, count: int, what: str) -> None:
        self.done += count
        self._progress(min(self.done, self.total), self.total, what)
        if self._cancel():
            raise BulkDemoCancelled("The demo was cancelled; the library is as it was.")

    def insert(self, table: str, columns: str, rows: Sequence[tuple[object, ...]]) -> None:
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.c.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)

    def one(self, sql: str) -> int:
        return int(self.c.execute(sql).fetchone()[0])

    # -- the whole -----------------------------------------------------------------

    def run(self) -> dict[str, int]:
        c = self.c
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "cache_size = -262144",
            "foreign_keys = OFF",
            "locking_mode = EXCLUSIVE",
        ):
            c.execute(f"PRAGMA {pragma}")
        self._check_ready()
        c.execute("BEGIN")
        saved = c.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            f"AND sql IS NOT NULL AND tbl_name IN ({', '.join('?' * len(FILLED_TABLES))})",
            FILLED_TABLES,
        ).fetchall()
        for kind, name, _ in saved:
            c.execute(f'DROP {kind.upper()} "{name}"')
        counts = self._fill()
        self.step(0, "Indexes")
        for kind, _, sql in saved:
            if kind == "index":
                c.execute(sql)
        self.step(CHUNK, "Search index")
        self._fill_search_index()
        self._fill_patron_search()
        for kind, _, sql in saved:
            if kind == "trigger":
                c.execute(sql)
        named = c.execute("SELECT 1 FROM library_settings WHERE key = ?", (LIBRARY_NAME_KEY,))
        if named.fetchone() is None:
            c.execute(
                "INSERT INTO library_settings (key, value) VALUES (?, ?)",
                (LIBRARY_NAME_KEY, DEMO_LIBRARY_NAME),
            )
        self.step(CHUNK, "Checking")
        problems = c.execute("PRAGMA foreign_key_check").fetchmany(5)
        if problems:
            raise RuntimeError(f"bulk demo: foreign keys broken: {problems}")
        c.execute("COMMIT")
        c.execute("PRAGMA foreign_keys = ON")
        self.step(CHUNK, "Done")
        return counts

    def _check_ready(self) -> None:
        for table in ("items", "patrons", "loans", "biblios"):
            if self.c.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                raise BulkDemoRefused(
                    f"This library already has {table}; a demo only goes into an empty "
                    "library (use a new --db file)."
                )
        self.categories = dict(self.c.execute("SELECT code, id FROM patron_categories"))
        self.types = dict(self.c.execute("SELECT code, id FROM item_types"))
        missing = [c for c in ("adult", "child", "staff") if c not in self.categories]
        missing += [t for t in ("book", "dvd", "magazine") if t not in self.types]
        if missing:
            raise BulkDemoRefused(
                f"The demo needs {', '.join(missing)}; run `libtech init` on this library first."
            )
        self.rules: dict[tuple[int, int], tuple[int, int, int, int | None]] = {
            (cat, typ): (days, most, fine, cap)
            for cat, typ, days, most, fine, cap in self.c.execute(
                "SELECT category_id, item_type_id, loan_days, max_items, fine_per_day_minor, "
                "max_fine_minor FROM loan_rules"
            )
        }
        self.closed = {
            date.fromisoformat(d) for (d,) in self.c.execute("SELECT day FROM closed_days")
        }

    def _fill(self) -> dict[str, int]:
        patrons = self._patrons()
        items = self._catalogue()
        loans = self._loans(patrons, items)
        return {**patrons.counts, **items.counts, **loans}

    # -- patrons -------------------------------------------------------------------

    def _patrons(self) -> _Patrons:
        rng, count = self.rng, self.n_patrons
        out = _Patrons(count)
        kids = round(count * CHILD_SHARE)
        staff = max(1, round(count * STAFF_SHARE)) if count >= 10 else 0
        cats = ["child"] * kids + ["staff"] * staff + ["adult"] * (count - kids - staff)
        rng.shuffle(cats)
        blocked = (
            set(rng.sample(range(count), min(count, max(1, count // 1000)))) if count else set()
        )
        created = _stamp(self.now - timedelta(days=HISTORY_DAYS + 30))
        rows: list[tuple[object, ...]] = []
        sequence = 1
        for n in range(count):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            category = cats[n]
            barcode = with_check_digit(f"{PATRON_PREFIX}{LIBRARY_CODE}{sequence:08d}")
            sequence += 1
            email = None
            if category == "staff" or (category == "adult" and rng.random() < EMAIL_SHARE):
                email = f"{_ascii(first)}.{_ascii(last)}{n + 1}@example.org".lower()
            expired = rng.random() < EXPIRED_SHARE
            expires = self.today + timedelta(
                days=rng.randint(-365, -1) if expired else rng.randint(30, 1000)
            )
            address = None if email else f"{rng.randint(1, 240)} {rng.choice(STREETS)}\nMillbrook"
            reason = rng.choice(BLOCK_REASONS) if n in blocked else None
            rows.append(
                (
                    n + 1, barcode, f"{last}, {first}", self.categories[category], email,
                    expires.isoformat(), reason, self.now_text if reason else None,
                    self.actor if reason else None, created, self.actor, created, self.actor,
                    address, "email" if email else "print",
                )
            )  # fmt: skip
            out.category.append(self.categories[category])
            out.usable.append(not expired and reason is None)
            out.expired += expired
            if len(rows) == CHUNK:
                self._patron_rows(rows)
        self._patron_rows(rows)
        out.counts = {
            "patrons": count,
            "expired_patrons": out.expired,
            "blocked_patrons": len(blocked),
        }
        return out

    def _fill_patron_search(self) -> None:
        """The patrons' trigram index (migration 0014), which its triggers fill a patron
        at a time, filled from ``patrons`` in one statement (it keeps no copy of them)."""
        self.c.execute(
            f"INSERT INTO {PATRON_SEARCH_TABLE} ({PATRON_SEARCH_TABLE}) VALUES ('rebuild')"
        )

    def _patron_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.insert(
            "patrons",
            "id, barcode, name, category_id, email, expires_on, blocked_reason, blocked_at, "
            "blocked_by, created_at, created_by, updated_at, updated_by, address, notice_channel",
            rows,
        )
        self.step(len(rows), "Patrons")
        rows.clear()

    # -- the catalogue ----------------------------------------------------------------

    def _catalogue(self) -> _Items:
        rng, total = self.rng, self.n_items
        marc = _Marc(self.today)
        out = _Items()
        authors = [
            f"{rng.choice(LAST_NAMES)}, {rng.choice(FIRST_NAMES)}"
            + (f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.3 else "")
            for _ in range(max(50, total // 20))
        ]
        created = _stamp(self.now - timedelta(days=HISTORY_DAYS + 30))
        shelves = [s for s, _ in SHELF_WEIGHTS]
        shelf_weights = [w for _, w in SHELF_WEIGHTS]
        copies = [n for n, _ in COPY_WEIGHTS]
        copy_weights = [w for _, w in COPY_WEIGHTS]
        keys: dict[str, str] = {}
        biblios: list[tuple[object, ...]] = []
        subjects: list[tuple[object, ...]] = []
        item_rows: list[tuple[object, ...]] = []
        made, biblio_id, subject_id = 0, 0, 0
        checked: set[tuple[object, ...]] = set()  # record shapes checked against the slow path
        while made < total:
            biblio_id += 1
            draft, cls, number, heads, location, type_code, real = self._record(
                rng, biblio_id, authors, shelves, shelf_weights
            )
            if real:
                stored = marc.slow(draft, cls, number, heads)
            else:
                stored = marc.fields(draft, cls, number, heads)
                shape = (marc.call_number_tag(number), bool(draft.isbn), bool(cls), heads)
                if biblio_id % MARC_CHECK_EVERY == 0 or shape not in checked:
                    checked.add(shape)
                    slow = marc.slow(draft, cls, number, heads)
                    if slow != stored:
                        raise RuntimeError(f"bulk demo MARC differs: {stored!r} != {slow!r}")
            biblios.append(
                (
                    biblio_id, draft.title, draft.author, draft.isbn, draft.year,
                    draft.publisher, created, self.actor, created, self.actor, stored,
                    "\n".join(heads) or None, cls or None, work_key(draft),
                )
            )  # fmt: skip
            for position, heading in enumerate(heads, start=1):
                subject_id += 1
                key = heading_key(heading)
                subjects.append((subject_id, biblio_id, position, heading, key))
            wanted = rng.choices(copies, copy_weights)[0]
            type_id = self.types[type_code]
            if number not in keys:
                keys[number] = shelf_key(number)
            for _ in range(min(wanted, total - made)):
                made += 1
                barcode = with_check_digit(f"{ITEM_PREFIX}{LIBRARY_CODE}{made:08d}")
                price = rng.randint(8, 45) * 100 + rng.choice((0, 50, 99))
                item_rows.append(
                    (
                        made, biblio_id, barcode, number, type_id, location, "available",
                        created, self.actor, created, self.actor, price, keys[number],
                        created, self.actor,
                    )
                )  # fmt: skip
                out.biblio.append(biblio_id)
                out.type.append(type_id)
            if len(item_rows) >= CHUNK:
                self._catalogue_rows(biblios, subjects, item_rows)
        self._catalogue_rows(biblios, subjects, item_rows)
        out.counts = {"biblios": biblio_id, "items": total}
        return out

    def _record(
        self,
        rng: random.Random,
        biblio_id: int,
        authors: list[str],
        shelves: list[str],
        weights: list[int],
    ) -> tuple[BiblioDraft, str, str, tuple[str, ...], str, str, bool]:
        """One record: its draft, class number, call number, headings, location, type,
        and whether it is one of the real titles (its MARC made by the slow path)."""
        if biblio_id <= len(CATALOGUE):
            entry = CATALOGUE[biblio_id - 1]
            location, type_code = shelf_of(entry.shelf)
            isbn = entry.isbn or (_isbn(biblio_id) if type_code == "book" else None)
            draft = BiblioDraft(entry.title, entry.author, isbn, entry.year, entry.publisher)
            cls = entry.shelf if entry.shelf[:1].isdigit() else ""
            number = call_number(entry.shelf, entry.author, entry.title)
            return draft, cls, number, subjects_of_shelf(entry.shelf), location, type_code, True
        shelf = rng.choices(shelves, weights)[0]
        author = rng.choice(authors)
        year = min(2026, max(1950, self.today.year - int(rng.expovariate(1 / 12))))
        publisher = rng.choice(PUBLISHERS)
        cls = ""
        heads: tuple[str, ...]
        if shelf == "NF":
            cls, heads = rng.choice(DEWEY)
            topic = TOPICS[DEWEY.index((cls, heads)) % len(TOPICS)]
            title = rng.choice(NF_PATTERNS).format(t=topic, l=topic.lower())
            title = title[0].upper() + title[1:]
            shelf_name = cls
        else:
            title = _novel_title(rng)
            if shelf == "FIC":
                heads = ("Novels", *rng.sample(FICTION_SUBJECTS, rng.choice((0, 1, 1, 2))))
            elif shelf == "J FIC":
                heads = ("Children's stories", *rng.sample(CHILD_SUBJECTS, rng.choice((0, 1))))
            elif shelf == "DVD":
                heads = ("Feature films",)
            else:
                heads = ("Periodicals",)
                title = (
                    f"{rng.choice(NOUNS)} {rng.choice(('Monthly', 'Review', 'Weekly'))} ({year})"
                )
            shelf_name = shelf
        location, type_code = shelf_of(shelf_name)
        isbn = _isbn(biblio_id) if type_code == "book" else None
        number = call_number(shelf_name, author, title)
        draft = BiblioDraft(title, author, isbn, year, publisher)
        return draft, cls, number, heads, location, type_code, False

    def _catalogue_rows(
        self,
        biblios: list[tuple[object, ...]],
        subjects: list[tuple[object, ...]],
        items: list[tuple[object, ...]],
    ) -> None:
        self.insert(
            "biblios",
            "id, title, author, isbn, year, publisher, created_at, created_by, updated_at, "
            "updated_by, marc, subjects, classification, work_key",
            biblios,
        )
        self.insert("biblio_subjects", "id, biblio_id, position, heading, heading_key", subjects)
        self.insert(
            "items",
            "id, biblio_id, barcode, call_number, item_type_id, location, status, created_at, "
            "created_by, updated_at, updated_by, price_minor, shelf_key, label_printed_at, "
            "label_printed_by",
            items,
        )
        self.step(len(items), "Catalogue")
        biblios.clear()
        subjects.clear()
        items.clear()

    # -- circulation ------------------------------------------------------------------

    def _loans(self, patrons: _Patrons, items: _Items) -> dict[str, int]:
        rng = self.rng
        n_items, n_patrons = self.n_items, self.n_patrons
        result = {"loans": 0, "open_loans": 0, "overdue_loans": 0, "holds": 0, "fines": 0}
        result["repairs"] = self._repairs(n_items)
        if not self.n_loans:
            return result
        open_count = min(round(self.n_loans * OPEN_SHARE), n_items // 3)
        history = self.n_loans - open_count
        # Who may borrow each item type (any patron, once; the usable ones, now).
        eligible: dict[int, list[int]] = {}
        usable: dict[int, list[int]] = {}
        for type_id in set(items.type):
            cats = {cat for cat, typ in self.rules if typ == type_id}
            eligible[type_id] = [p for p in range(n_patrons) if patrons.category[p] in cats]
            usable[type_id] = [p for p in eligible[type_id] if patrons.usable[p]]
        # The open loans: distinct items (not in repair), patrons within their limit.
        open_at: dict[int, tuple[int, int]] = {}  # item -> (start minute, patron)
        counts: dict[tuple[int, int], int] = {}
        for item in rng.sample(range(n_items), n_items):
            if len(open_at) == open_count:
                break
            if item in self.in_repair or not usable.get(items.type[item]):
                continue
            type_id = items.type[item]
            for _ in range(5):
                patron = rng.choice(usable[type_id])
                rule = self.rules[(patrons.category[patron], type_id)]
                if counts.get((patron, type_id), 0) < rule[1]:
                    break
            else:
                continue
            counts[(patron, type_id)] = counts.get((patron, type_id), 0) + 1
            late = rng.random() < OVERDUE_SHARE
            days_ago = rule[0] + rng.randint(1, 40) if late else rng.randint(0, rule[0] - 1)
            minute = (HISTORY_DAYS - days_ago) * 1440 + rng.randint(9 * 60 + 30, 17 * 60)
            open_at[item] = (min(minute, HISTORY_DAYS * 1440 + 11 * 60), patron)
        # How many history loans each copy had: a tenth of the copies are popular.
        per_item = [0] * n_items
        popular = max(1, n_items // 10)
        randrange, rand = rng.randrange, rng.random
        for _ in range(history):
            per_item[randrange(popular) if rand() < 0.3 else randrange(n_items)] += 1
        keys = self._timelines(per_item, open_at, items, patrons, eligible)
        self.step(0, "Sorting loans")
        keys.sort()
        return {**result, **self._write_loans(keys, items, patrons, open_at)}

    def _repairs(self, n_items: int) -> int:
        chosen = self.rng.sample(range(n_items), min(n_items, n_items // 5000))
        self.in_repair = set(chosen)
        rows = [
            (i + 1, self.rng.choice(REPAIR_NOTES), "queued", self.now_text, self.actor)
            for i in chosen
        ]
        self.insert("repairs", "item_id, note, status, reported_at, reported_by", rows)
        self.c.executemany(
            "UPDATE items SET status = 'in_repair', condition_note = ? WHERE id = ?",
            [(note, item) for item, note, *_ in rows],
        )
        return len(rows)

    def _timelines(
        self,
        per_item: list[int],
        open_at: dict[int, tuple[int, int]],
        items: _Items,
        patrons: _Patrons,
        eligible: dict[int, list[int]],
    ) -> list[int]:
        """Each loan as one sortable int: start minute, item, patron, minutes lent (0:
        still out), so the loans go in in the order they were made."""
        rng = self.rng
        randint, choice = rng.randint, rng.choice
        self.item_bits = max(1, self.n_items.bit_length())
        self.patron_bits = max(1, self.n_patrons.bit_length())
        ib, pb = self.item_bits, self.patron_bits
        keys: list[int] = []
        end_of_history = HISTORY_DAYS * 1440
        for item, count in enumerate(per_item):
            opened = open_at.get(item)
            if opened is not None:
                minute, patron = opened
                keys.append((((minute << ib) | item) << pb | patron) << 20)
            if not count:
                continue
            horizon = (opened[0] if opened else end_of_history) // 1440
            count = min(count, horizon // 3)
            if count <= 0:
                continue
            slot = horizon // count
            people = eligible[items.type[item]]
            for n in range(count):
                lent = randint(1, max(1, min(slot - 1, 45)))
                start_day = n * slot + randint(0, max(0, slot - lent - 1))
                start = start_day * 1440 + randint(9 * 60 + 30, 17 * 60)
                back = lent * 1440 + randint(-120, 300)
                keys.append((((start << ib) | item) << pb | choice(people)) << 20 | back)
            if len(keys) >= 4 * CHUNK:
                self.step(0, "Planning loans")
        return keys

    def _write_loans(
        self,
        keys: list[int],
        items: _Items,
        patrons: _Patrons,
        open_at: dict[int, tuple[int, int]],
    ) -> dict[str, int]:
        rng = self.rng
        ib, pb = self.item_bits, self.patron_bits
        item_mask, patron_mask, back_mask = (1 << ib) - 1, (1 << pb) - 1, (1 << 20) - 1
        day_text, actor = self.day_text, self.actor
        rules, categories, types = self.rules, patrons.category, items.type
        fine_target = max(4, self.n_patrons // 50)
        late_guess = max(1, len(keys) // 2)
        fine_chance = min(1.0, fine_target / late_guess)
        rows: list[tuple[object, ...]] = []
        fines: list[tuple[object, ...]] = []
        open_loans: list[tuple[int, int, int]] = []  # loan id, item, patron
        overdue = 0
        closed = self.closed

        def moment(minute: int) -> str:
            day, rest = divmod(minute, 1440)
            return f"{day_text[day]} {rest // 60:02d}:{rest % 60:02d}:00.000000"

        for loan_id, key in enumerate(keys, start=1):
            back = key & back_mask
            key >>= 20
            patron = key & patron_mask
            key >>= pb
            item = key & item_mask
            start = key >> ib
            days, _, per_day, cap = rules[(categories[patron], types[item])]
            start_day = start // 1440
            due_day = start_day + days
            if closed:
                due = next_open_day(self.first_day + timedelta(days=due_day), closed.__contains__)
                due_text = due.isoformat()
                due_day = (due - self.first_day).days
            else:
                due_text = day_text[due_day]
            if back:
                returned = moment(start + back)
                rows.append(
                    (
                        loan_id,
                        item + 1,
                        patron + 1,
                        moment(start),
                        actor,
                        due_text,
                        0,
                        returned,
                        actor,
                    )
                )
                late = (start + back) // 1440 - due_day
                if late > 0 and per_day and rng.random() < fine_chance:
                    amount = late * per_day if cap is None else min(cap, late * per_day)
                    text = f"Overdue: returned {returned[:10]} ({late} days late)"
                    fines.append(
                        (patron + 1, item + 1, loan_id, "overdue", amount, text, returned, actor)
                    )
            else:
                rows.append(
                    (loan_id, item + 1, patron + 1, moment(start), actor, due_text, 0, None, None)
                )
                open_loans.append((loan_id, item, patron))
                overdue += due_day < HISTORY_DAYS
            if len(rows) == CHUNK:
                self._loan_rows(rows)
        self._loan_rows(rows)
        self.insert(
            "fines",
            "patron_id, item_id, loan_id, kind, amount_minor, description, created_at, created_by",
            fines,
        )
        self.c.executemany(
            "UPDATE items SET status = 'on_loan', updated_at = ?, updated_by = ? WHERE id = ?",
            [(self.now_text, actor, item + 1) for _, item, _ in open_loans],
        )
        holds = self._holds(open_loans, items, patrons)
        return {
            "loans": len(keys),
            "open_loans": len(open_loans),
            "overdue_loans": overdue,
            "holds": holds,
            "fines": len(fines),
        }

    def _loan_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.insert(
            "loans",
            "id, item_id, patron_id, checked_out_at, checked_out_by, due_on, renewals, "
            "returned_at, returned_by",
            rows,
        )
        self.step(len(rows), "Loans")
        rows.clear()

    def _holds(
        self, open_loans: list[tuple[int, int, int]], items: _Items, patrons: _Patrons
    ) -> int:
        """Holds by other patrons on a few titles out on loan."""
        rng = self.rng
        takers = [p for p in range(self.n_patrons) if patrons.usable[p]]
        if not takers:
            return 0
        seen: set[tuple[int, int]] = set()
        rows = []
        for _, item, borrower in open_loans[::HOLD_EVERY]:
            holder = rng.choice(takers)
            biblio = items.biblio[item]
            if holder == borrower or (holder, biblio) in seen:
                continue
            seen.add((holder, biblio))
            placed = _stamp(self.now - timedelta(minutes=rng.randint(60, 20 * 1440)))
            rows.append((holder + 1, biblio, "waiting", 0, placed, self.actor))
        self.insert("holds", "patron_id, biblio_id, status, frozen, placed_at, placed_by", rows)
        return len(rows)

    # -- the search index ------------------------------------------------------------

    def _fill_search_index(self) -> None:
        """What ``biblio_search_biblio_insert`` and ``biblio_search_item_insert`` leave
        after every record and copy went in one by one: one row per record with the
        same expressions, the call numbers of its copies joined in id order; every
        record placed in title order, its key spaced as migration 0013 spaces them."""
        self.c.execute(
            f"INSERT INTO {SEARCH_ORDER_TABLE} (key, biblio_id) "
            f"SELECT row_number() OVER (ORDER BY title, id) * {STEP}, id FROM biblios"
        )
        self.c.execute(
            "INSERT INTO biblio_search (rowid, title, author, subjects, series, notes, "
            "summary, isbn, call_number) SELECT o.key, b.title, coalesce(b.author, ''), "
            "coalesce(b.subjects, ''), coalesce(b.series, ''), coalesce(b.notes, ''), "
            "coalesce(b.summary, ''), replace(coalesce(b.isbn, ''), '-', ''), "
            "coalesce((SELECT group_concat(i.call_number, ' ') FROM items AS i "
            f"WHERE i.biblio_id = b.id), '') FROM {SEARCH_ORDER_TABLE} AS o "
            "JOIN biblios AS b ON b.id = o.biblio_id ORDER BY o.key"
        )


class _Patrons:
    def __init__(self, count: int) -> None:
        self.category: list[int] = []
        self.usable: list[bool] = []
        self.expired = 0
        self.counts: dict[str, int] = {}


class _Items:
    def __init__(self) -> None:
        self.biblio: list[int] = []
        self.type: list[int] = []
        self.counts: dict[str, int] = {}


def _novel_title(rng: random.Random) -> str:
    pattern = rng.randrange(8)
    adjective, noun, other = rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(NOUNS)
    if pattern == 0:
        return f"The {adjective} {noun}"
    if pattern == 1:
        return f"The {noun} of {rng.choice(PLACES)}"
    if pattern == 2:
        return f"A {noun} in {rng.choice(PLACES)}"
    if pattern == 3:
        return f"The {noun} and the {other}"
    if pattern == 4:
        return f"{rng.choice(FIRST_NAMES)}'s {noun}"
    if pattern == 5:
        return f"The {adjective} {noun} of {rng.choice(PLACES)}"
    if pattern == 6:
        return f"{adjective} {noun}s"
    return f"The {noun}'s {other}"


def _isbn(biblio_id: int) -> str:
    stem = f"97910{biblio_id:07d}"
    return stem + isbn13_check_digit(stem)


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalpha())
