"""Any MARC file — random bytes, or real records with bytes changed — is imported record
by record or refused with a clear message; nothing is half-imported."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from libtech_desktop.db.search_schema import UNPLACED
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.interop.marc_light import LightField, LightRecord, light_record

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


def _old_light_record(marc: bytes, tags: frozenset[str]) -> LightRecord | None:
    """What ``marc_reader`` decoded a light record with, field by field (the reference
    :func:`light_record` must agree with)."""
    if len(marc) < 25 or marc[9] != 0x61:
        return None
    try:
        leader = marc[:24].decode("ascii")
        base = int(marc[12:17])
        directory = marc[24 : base - 1].decode("ascii")
    except (UnicodeDecodeError, ValueError):
        return None
    if len(directory) % 12 or not directory or not 24 < base < len(marc) or marc[base - 1] != 0x1E:
        return None
    if re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1d]").search(marc, base, len(marc) - 1):
        return None
    fields: list[LightField] = []
    for at in range(0, len(directory), 12):
        tag = directory[at : at + 3]
        try:
            start = base + int(directory[at + 7 : at + 12])
            end = start + int(directory[at + 3 : at + 7]) - 1
        except ValueError:
            return None
        if not base <= start <= end < len(marc) - 1 or marc[end] != 0x1E:
            return None
        value = marc[start:end]
        if 0x1E in value:
            return None
        if tag < "010" and tag.isdigit():
            if 0x1F in value:
                return None
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                return None
            if tag in tags:
                fields.append(LightField(tag, data=text))
            continue
        parts = value.split(b"\x1f")
        if len(parts[0]) != 2 or not parts[0].isascii():
            return None
        if tag in tags:
            subfields = []
            for part in parts[1:]:
                if not part:
                    continue
                if part[0] > 0x7F:
                    return None
                subfields.append((chr(part[0]), part[1:].decode("utf-8", "replace")))
            ind = parts[0].decode("ascii")
            fields.append(LightField(tag, ind[0], ind[1], subfields))
    return LightRecord(leader, fields)


def _shape(record: LightRecord | None) -> object:
    if record is None:
        return None
    return record.leader, [
        (f.tag, f.indicator1, f.indicator2, list(f.subfields), f.data) for f in record.fields
    ]


#: test.dat's records, each as UTF-8 (leader/09 "a"), as an import's worker gets them.
UTF8_RECORDS = [
    chunk[:9] + b"a" + chunk[10:] + b"\x1d" for chunk in REAL["test.dat"].split(b"\x1d")[:-1]
]
#: Bytes that upset a directory or a field: digits, signs and spaces int() takes, the
#: delimiter and terminators, a UTF-8 lead byte, a broken continuation.
UPSETTING = b"0123456789+-_ \x1d\x1e\x1f\xc3\xa9\x80"


@settings(max_examples=300)
@given(
    marc=st.sampled_from(UTF8_RECORDS).flatmap(
        lambda record: st.one_of(st.just(record), mutated(record))
    ),
    tags=st.sets(st.sampled_from(["001", "008", "020", "100", "245", "260", "650", "9XX"])),
)
@example(marc=UTF8_RECORDS[0], tags={"245"})
@example(marc=UTF8_RECORDS[0][:27] + b"+" + UTF8_RECORDS[0][28:], tags={"001"})  # "+013"
@example(marc=UTF8_RECORDS[0].replace(b"\x1fa", b"\x1f\xe9", 1), tags={"010"})  # code 0xE9
@example(marc=UTF8_RECORDS[0].replace(b"\x1fa", b"\x1f\xc3\xa9", 1), tags={"010"})  # é
def test_a_light_record_decodes_as_field_by_field_did(marc: bytes, tags: set[str]) -> None:
    assert _shape(light_record(marc, frozenset(tags))) == _shape(
        _old_light_record(marc, frozenset(tags))
    )


@given(
    record=st.sampled_from(UTF8_RECORDS),
    where=st.integers(0, 4000),
    byte=st.sampled_from(list(UPSETTING)),
)
def test_a_light_record_with_one_byte_changed_decodes_as_before(
    record: bytes, where: int, byte: int
) -> None:
    marc = bytearray(record)
    marc[where % len(marc)] = byte
    tags = frozenset({"008", "020", "245", "650"})
    assert _shape(light_record(bytes(marc), tags)) == _shape(_old_light_record(bytes(marc), tags))
