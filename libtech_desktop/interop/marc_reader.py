"""Read MARC 21 files — ISO 2709 (.mrc/.dat) or MARCXML — one record at a time.

Every record comes back as unicode: MARC-8 or UTF-8 as leader/09 says, and UTF-8
when the leader says MARC-8 but the bytes are plainly UTF-8 (a common export bug:
real MARC-8 diacritics are never valid UTF-8). A broken record is reported by its
1-based number with a reason and the reading goes on; only a file that cannot be
read at all raises :class:`MarcFileError`.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax import SAXException

import pymarc
from pymarc import MARCReader, Record

from libtech_desktop.domain.errors import LibtechError

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
    record: Record | None = None
    error: str | None = None
    warning: str | None = None


def read_marc(path: str | Path) -> Iterator[MarcEntry]:
    """Yield every record of ``path`` in file order; the format is sniffed, not guessed
    from the name."""
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
        yield from _read_iso2709(path)
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


def _read_iso2709(path: Path) -> Iterator[MarcEntry]:
    with path.open("rb") as fh:
        reader = MARCReader(
            fh, to_unicode=True, force_utf8=False, utf8_handling="replace", permissive=True
        )
        number = 0
        while True:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # bad subfield codes: kept, not shouted
                    record = next(reader)
            except StopIteration:
                return
            number += 1
            if record is None:
                yield MarcEntry(number, error=_reason(reader.current_exception))
                continue
            chunk = reader.current_chunk
            if record.leader[9] != "a" and isinstance(chunk, bytes) and _plainly_utf8(chunk):
                record = Record(data=chunk, to_unicode=True, force_utf8=True)
            yield _entry(number, record)


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
    except (SAXException, ValueError) as exc:
        raise MarcFileError(f"{path} is not well-formed MARCXML: {exc}.") from exc
    for number, record in enumerate(records, start=1):
        yield _entry(number, record)


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
