"""Any patron CSV: each row is imported or refused with its row number (as a spreadsheet
shows it), and the library changes by whole rows only."""

from __future__ import annotations

import csv
import io
import sqlite3

from hypothesis import example, given
from hypothesis import strategies as st

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.patron_import import RowAction

HEADER = ["Card", "Surname", "First name", "Email", "Category", "Expires", "Guardian", "Grade"]

cells = st.one_of(st.text(max_size=12), st.just(""))
barcodes = st.one_of(
    st.sampled_from(["2001", "2002", "2003", " 2004 ", "", "9999", "3001", "ANON"]),
    st.text(max_size=8),
)
rows = st.one_of(
    st.tuples(
        barcodes,
        st.one_of(st.sampled_from(["Lovelace", "O'Brien", "Zoë", ""]), cells),
        cells,
        st.one_of(st.sampled_from(["ada@example.org", "not an email", ""]), cells),
        st.sampled_from(["", "adult", "child", "ADULT", "nosuch"]),
        st.sampled_from(["", "2027-01-31", "31/01/2027", "tomorrow"]),
        st.sampled_from(["", "2001", "2002", "8888"]),
        cells,
    ).map(list),
    st.just([]),  # a blank line: a spreadsheet numbers it as a row too
    st.lists(cells, max_size=10),  # too short, too long
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])
delimiters = st.sampled_from([",", ";", "\t"])


def csv_bytes(body: list[list[str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(body)
    return out.getvalue().encode(encoding, errors="replace")


def table(path, sql: str) -> set[tuple]:
    db = sqlite3.connect(path)
    try:
        return set(db.execute(sql).fetchall())
    finally:
        db.close()


PATRONS = "SELECT barcode, name, category_id, email, expires_on, notes FROM patrons"
ADDED = "SELECT json_extract(data, '$.barcode') FROM journal WHERE kind = 'patron_add'"


@given(body=st.lists(rows, max_size=8), delimiter=delimiters, encoding=encodings)
def test_every_row_is_imported_or_refused_with_its_row_number(
    library, db_path, body, delimiter, encoding
):
    data = csv_bytes(body, delimiter, encoding)
    before = table(db_path, PATRONS)
    sheet = library.patron_import.read(data)
    mapping = library.patron_import.guess_mapping(sheet)
    preview = library.patron_import.preview(sheet, mapping)
    plan = library.patron_import.import_rows(sheet, mapping)
    after = table(db_path, PATRONS)

    # The file's rows as a spreadsheet numbers them (the header is row 1), blank ones
    # skipped; every other row is in the plan under its own number.
    expected = [n for n, row in enumerate(body, start=2) if any(c.strip() for c in row)]
    assert [row.row for row in plan.rows] == expected
    assert [(r.row, r.action) for r in preview.rows] == [(r.row, r.action) for r in plan.rows]
    for row in plan.errors:
        assert row.reason and row.reason.strip()

    barcodes_after = {patron[0] for patron in after}
    new = {row.barcode for row in plan.rows if row.action is RowAction.NEW}
    assert new <= barcodes_after
    # Only whole rows: the patrons added are exactly the new rows, each journalled once.
    assert {p[0] for p in after - before if p[0] not in {b[0] for b in before}} == new
    assert len(after) == len(before) + len(new)
    changed = {p[0] for p in after - before}
    updated = {row.barcode for row in plan.rows if row.action is RowAction.UPDATE}
    assert changed <= new | updated


csv_like_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(alphabet='"\n\r,;\t a\x00\x0b\u2028é', max_size=40).map(str.encode),
)


@given(data=csv_like_bytes)
@example(data=b'"\n"')  # lines, but no cell with anything in it
@example(data=b'Card,Surname\n"' + b"x" * 200_000 + b'"\n')  # beyond csv's field limit
def test_any_bytes_are_read_as_a_sheet_or_refused_clearly(library, db_path, data):
    before = table(db_path, PATRONS)
    try:
        sheet = library.patron_import.read(data)
        mapping = library.patron_import.guess_mapping(sheet)
        library.patron_import.import_rows(sheet, mapping)
    except LibtechError as refused:
        assert str(refused).strip()
        assert table(db_path, PATRONS) == before
