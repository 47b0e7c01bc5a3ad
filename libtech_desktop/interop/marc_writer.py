"""Write MARC 21 files: ISO 2709 in UTF-8 (leader/09 ``a``) or a MARCXML collection."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pymarc import MARCWriter, Record, XMLWriter

MarcFormat = Literal["mrc", "xml"]


def write_marc(path: str | Path, records: Iterable[Record], fmt: MarcFormat = "mrc") -> int:
    """Write ``records`` to ``path`` (replaced if it exists); how many were written."""
    count = 0
    with Path(path).open("wb") as fh:
        writer: MARCWriter | XMLWriter = MARCWriter(fh) if fmt == "mrc" else XMLWriter(fh)
        for record in records:
            record.leader.coding_scheme = "a"  # the text is unicode, written as UTF-8
            record.force_utf8 = True
            writer.write(record)
            count += 1
        writer.close(close_fh=False)
    return count
