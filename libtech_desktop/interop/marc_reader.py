"""Read MARC 21 files — ISO 2709 (.mrc/.dat) or MARCXML — one record at a time.

Every record comes back as unicode: MARC-8 or UTF-8 as leader/09 says, and UTF-8
when the leader says MARC-8 but the bytes are plainly UTF-8 (a common export bug:
real MARC-8 diacritics are never valid UTF-8). A broken record is reported by its
1-based number with a reason and the reading goes on; only a file that cannot be
read at all raises :class:`MarcFileError`.

Each entry also carries the record as the library stores it (``marc``): the ISO 2709
bytes exactly as read for a .mrc file, ``Record.as_marc()`` (UTF-8) for MARCXML.
:func:`parse_stored` gives back, from those bytes, the record reading gave. An
importer that needs only a few fields asks for them (``tags``): a well-formed UTF-8
record then decodes only those, anything unusual still goes through pymarc whole.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax import SAXException

import pymarc
from pymarc import Record
from pymarc.exceptions import (
    EndOfRecordNotFound,
    FatalReaderError,
    PymarcException,
    RecordLengthInvalid,
    TruncatedRecord,
)

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.interop.marc_light import LightRecord, light_record

ESC = 0x1B
#: Characters XML 1.0 cannot hold; in MARC text they are debris of a bad MARC-8 escape.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
REPLACED = "control characters (a broken MARC-8 escape?) replaced by \ufffd"

_REASONS: dict[str, str] = {
    "RecordLengthInvalid": "the record length (leader/00-04) is not a number",
    "TruncatedRecord": "the record is cut short (truncated file or stray bytes)",
    "EndOfRecordNotFound": "no end-of-record mark where the length says it should be",
    "RecordLeaderInvalid": "the leader is invalid",
    "RecordDirectoryInvalid": "the directory is invalid",
    "NoFieldsFound": "the record has no fields",
    "BaseAddressInvalid": "the base address of data (leader/12-16) lies beyond the record",
    "BaseAddressNotFound": "the base address of data (leader/12-16) is missing",
}


class MarcFileError(LibtechError):
    """The file cannot be read as MARC at all (missing, unreadable, not MARC)."""

    code = "marc_file"


@dataclass(frozen=True)
class MarcEntry:
    """One record of a file: ``record`` when it parsed, else ``error`` says why not."""

    number: int
    #: The whole record, or (read with ``tags``) a light one holding those fields.
    record: Record | LightRecord | None = None
    error: str | None = None
    warning: str | None = None
    #: The record as stored (see :func:`parse_stored`); ``None`` when it did not parse.
    marc: bytes | None = None


def read_marc(
    path: str | Path, tags: Collection[str] | None = None, *, decode: bool = True
) -> Iterator[MarcEntry]:
    """Yield every record of ``path`` in file order; the format is sniffed, not guessed
    from the name. With ``tags``, a record may hold only the fields with those tags
    (``marc`` always has the whole record). With ``decode=False`` an ISO 2709 record
    comes as its bytes alone (``record`` and ``error`` both ``None``), for
    :func:`decode_entry` to decode elsewhere (another process)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(512).lstrip()
    except OSError as exc:
        raise MarcFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not head:
        raise MarcFileError(f"{path} is empty.")
    if head.startswith(b"<"):
        yield from _read_xml(path)
    elif head[:5].isdigit():
        yield from _read_iso2709(path, frozenset(tags) if tags is not None else None, decode)
    else:
        raise MarcFileError(f"{path} is neither MARC 21 (ISO 2709) nor MARCXML.")


_XML_RECORD = re.compile(rb"<(?:[\w.-]+:)?record[\s>]")


def count_records(path: str | Path) -> int:
    """About how many records ``path`` holds (end-of-record marks, or XML record tags),
    for a progress bar; 0 when it cannot tell."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return 0
    if data.lstrip().startswith(b"<"):
        return len(_XML_RECORD.findall(data))
    return data.count(b"\x1d")


def _read_iso2709(
    path: Path, tags: frozenset[str] | None, decode: bool = True
) -> Iterator[MarcEntry]:
    """What ``pymarc.MARCReader`` does, record by record, keeping each record's bytes."""
    with path.open("rb") as fh:
        number = 0
        while True:
            first5 = fh.read(5)
            if not first5:
                return
            number += 1
            try:
                chunk = _chunk(fh, first5)
            except FatalReaderError as exc:
                yield MarcEntry(number, error=_reason(exc))
                return  # MARCReader stops here too: the rest cannot be found
            yield _decoded(number, chunk, tags) if decode else MarcEntry(number, marc=chunk)


def decode_entry(entry: MarcEntry, tags: Collection[str] | None = None) -> MarcEntry:
    """An entry read with ``decode=False``, decoded as :func:`read_marc` would have;
    any other entry as it is."""
    if entry.record is not None or entry.error is not None or entry.marc is None:
        return entry
    return _decoded(entry.number, entry.marc, frozenset(tags) if tags is not None else None)


def _chunk(fh: io.BufferedReader, first5: bytes) -> bytes:
    if len(first5) < 5:
        raise TruncatedRecord
    # Five ASCII digits, counting themselves: int() alone would take "-0001" or "+1_23",
    # and a length under 5 asked read() for a negative count (a ValueError, not a refusal).
    if not first5.isdigit() or int(first5) < 5:
        raise RecordLengthInvalid
    length = int(first5)
    chunk = first5 + fh.read(length - 5)
    if len(chunk) < length:
        raise TruncatedRecord
    if chunk[-1] != 0x1D:
        raise EndOfRecordNotFound
    return chunk


def _decoded(number: int, chunk: bytes, tags: frozenset[str] | None = None) -> MarcEntry:
    light = _only(chunk, tags) if tags is not None else None
    if light is not None:  # leader/09 is "a" already: only UTF-8 records are read so
        return MarcEntry(number, record=light, marc=chunk)
    try:
        record = _whole(chunk)
    except Exception as exc:  # as MARCReader: any failure is this record's alone
        return MarcEntry(number, error=_reason(exc))
    return replace(_entry(number, record), marc=chunk)


def _whole(chunk: bytes) -> Record:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bad subfield codes: kept, not shouted
        record = Record(chunk, to_unicode=True, force_utf8=False, utf8_handling="replace")
        if record.leader[9] != "a" and _plainly_utf8(chunk):
            record = Record(data=chunk, to_unicode=True, force_utf8=True)
    return record


def _only(marc: bytes, tags: frozenset[str]) -> LightRecord | None:
    """The fields with ``tags`` of a plain, well-formed UTF-8 record (see
    :func:`~libtech_desktop.interop.marc_light.light_record`)."""
    return light_record(marc, tags)


def _plainly_utf8(chunk: bytes) -> bool:
    """Leader says MARC-8, but the bytes are UTF-8 with non-ASCII and no MARC-8 escapes."""
    if ESC in chunk or chunk.isascii():
        return False
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_xml(path: Path) -> Iterator[MarcEntry]:
    try:
        records: list[Record] = pymarc.parse_xml_to_array(  # type: ignore[no-untyped-call]
            str(path), strict=False
        )
    except KeyError as exc:  # pymarc's handler reads tag=, code=, ind1= unchecked
        key = exc.args[0] if exc.args else "?"
        name = key[-1] if isinstance(key, tuple) else key  # SAX: (namespace, name)
        raise MarcFileError(
            f"{path} is not valid MARCXML: an element lacks its {name!r} attribute."
        ) from exc
    except (SAXException, ValueError, LookupError) as exc:  # LookupError: encoding="…"
        raise MarcFileError(f"{path} is not well-formed MARCXML: {exc}.") from exc
    except PymarcException as exc:  # a leader of the wrong length...
        raise MarcFileError(f"{path} is not valid MARCXML: {exc}.") from exc
    for number, record in enumerate(records, start=1):
        entry = _entry(number, record)
        yield replace(entry, marc=stored_form(record))


def stored_form(record: Record) -> bytes:
    """``record`` (unicode) as the library stores it: UTF-8 ISO 2709, or its MARCXML
    when ISO 2709 cannot hold it (over 99,999 bytes, a tag that is not three digits or
    letters...); :func:`parse_stored` reads either."""
    try:
        marc = record.as_marc()
        if _shape(_whole(marc)) == _shape(record):
            return marc
    except Exception:  # whatever the reason, MARCXML keeps it all
        pass
    return to_marcxml(record).encode("utf-8")


def _shape(record: Record) -> list[object]:
    leader = str(record.leader)
    fields: list[object] = [leader[5:12] + leader[17:]]
    for f in record.fields:
        if f.is_control_field():
            fields.append((f.tag, f.data))
        else:
            fields.append((f.tag, tuple(f.indicators or ()), tuple(f.subfields)))
    return fields


def parse_stored(marc: bytes) -> Record:
    """The record stored as ``marc`` (see :attr:`MarcEntry.marc`), read as on import:
    unicode, leader/09 ``a``, control characters replaced."""
    xml = marc.lstrip().startswith(b"<")
    record = parse_marcxml(marc.decode("utf-8")) if xml else _whole(marc)
    _entry(0, record)  # the same unicode leader and scrub as on import
    return record


def _entry(number: int, record: Record) -> MarcEntry:
    # The text is unicode now, whatever the file had: say so in leader/09.
    record.leader.coding_scheme = "a"
    return MarcEntry(number, record=record, warning=REPLACED if _scrub(record) else None)


def _scrub(record: Record) -> bool:
    """Replace control characters in the data; whether there were any."""
    dirty = False
    for field in record.fields:
        if field.is_control_field():
            if field.data and _CONTROL.search(field.data):
                field.data, dirty = _CONTROL.sub("\ufffd", field.data), True
            continue
        for i, sf in enumerate(field.subfields):
            if _CONTROL.search(sf.value):
                field.subfields[i] = sf._replace(value=_CONTROL.sub("\ufffd", sf.value))
                dirty = True
    return dirty


def _reason(exc: BaseException | None) -> str:
    if exc is None:
        return "unreadable record"
    name = type(exc).__name__
    if name in _REASONS:
        return _REASONS[name]
    if isinstance(exc, ValueError) and "invalid literal for int" in str(exc):
        return "a length or position in the leader or directory is not a number"
    if isinstance(exc, UnicodeDecodeError):
        return f"bytes that are not valid text ({exc.reason}) in the leader or directory"
    return f"unreadable record ({name}: {exc})"


def parse_marcxml(text: str) -> Record:
    """One record from the MARCXML text the library stores."""
    records: list[Record] = pymarc.parse_xml_to_array(  # type: ignore[no-untyped-call]
        io.StringIO(text), strict=False
    )
    return records[0]


def to_marcxml(record: Record) -> str:
    """One record as unicode MARCXML text (with its namespace), as the library stores it."""
    xml: bytes = pymarc.record_to_xml(record, namespace=True)  # type: ignore[no-untyped-call]
    return xml.decode("utf-8")
