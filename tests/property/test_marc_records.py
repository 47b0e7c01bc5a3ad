"""Any MARC file — random bytes, or real records with bytes changed — is imported record
by record or refused with a clear message; nothing is half-imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from libtech_desktop.db.search_schema import UNPLACED
from libtech_desktop.domain.errors import LibtechError

MARC_DATA = Path(__file__).resolve().parents[1] / "data" / "marc"
REAL = {name: (MARC_DATA / name).read_bytes() for name in ("test.dat", "multi_isbn.dat")}
REAL_XML = (MARC_DATA / "batch.xml").read_bytes()
#: Bytes that mean something in ISO 2709 (terminators, delimiter, digits) or MARCXML.
TELLING = b'\x1d\x1e\x1f0123456789 a<>/"=\x1b(B$1\xc3\xe9'


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 12))):
        where = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        byte = draw(st.one_of(st.sampled_from(list(TELLING)), st.integers(0, 255)))
        if kind == "flip":
            data[where] = byte
        elif kind == "insert":
            data.insert(where, byte)
        elif kind == "delete" and len(data) > 1:
            del data[where]
        elif kind == "cut":
            data = data[: max(where, 1)]
    return bytes(data)


marc_files = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(list(TELLING)), max_size=200).map(bytes),
    st.sampled_from(list(REAL.values())).flatmap(mutated),
    mutated(REAL_XML),
)


def counts(path: Path) -> tuple[int, int, int]:
    db = sqlite3.connect(path)
    try:
        return tuple(
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("biblios", "items", "biblio_search")
        )
    finally:
        db.close()


def records_without_marc_or_index(path: Path) -> int:
    """Imported records missing their search-index row: a half-imported record."""
    db = sqlite3.connect(path)
    try:
        return db.execute(
            "SELECT count(*) FROM biblios AS b WHERE NOT EXISTS "
            "(SELECT 1 FROM biblio_search AS s WHERE s.rowid = coalesce("
            f"(SELECT key FROM biblio_search_order WHERE biblio_id = b.id), {UNPLACED} + b.id))"
        ).fetchone()[0]
    finally:
        db.close()


@settings(max_examples=200)  # a few ms each
@given(data=marc_files)
@example(data=REAL["test.dat"])
@example(data=b"\x1d")
@example(data=b"00000nam  2200000   4500\x1e\x1d")  # a length under 5 (read(-5))
@example(data=REAL_XML.replace(b'encoding="UTF-8"', b'encoding="TF-8"'))  # LookupError
@example(data=REAL_XML.replace(b'datafield tag="245"', b"datafield", 1))  # KeyError
@example(data=REAL_XML.replace(b"<marc:leader>00925", b"<marc:leader>925", 1))  # leader
def test_any_marc_file_is_imported_record_by_record_or_refused(
    library, db_path, tmp_path_factory, data
):
    path = tmp_path_factory.mktemp("marc") / "records.mrc"
    path.write_bytes(data)
    before = counts(db_path)
    try:
        library.marc_import.preview(path)
        report = library.marc_import.import_file(path, match="none")
    except LibtechError as refused:
        assert str(refused).strip()
        assert counts(db_path) == before  # a file refused as a whole changes nothing
        return
    after = counts(db_path)
    assert report.added + report.merged + report.skipped + report.failed == report.read
    assert after[0] - before[0] == report.added
    for error in report.errors:
        assert 1 <= error.record <= report.read
        assert error.reason.strip()
    assert records_without_marc_or_index(db_path) == 0
