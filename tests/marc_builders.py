"""MARC records the tests build for themselves (real files are in tests/data/marc)."""

from __future__ import annotations

from pymarc import Field, Indicators, Record, Subfield


def marc_record(
    title: str,
    *headings: str,
    author: str | None = None,
    dewey: str | None = None,
    isbn: str | None = None,
) -> Record:
    """A book record: 245, and 100, 082, 020 when given, and one 650 per heading
    (``Cats -- Behavior`` is $aCats $xBehavior)."""
    record = Record()
    if isbn:
        record.add_field(Field("020", Indicators(" ", " "), [Subfield("a", isbn)]))
    if dewey:
        record.add_field(Field("082", Indicators("0", "4"), [Subfield("a", dewey)]))
    if author:
        record.add_field(Field("100", Indicators("1", " "), [Subfield("a", author + ".")]))
    record.add_field(Field("245", Indicators("1" if author else "0", "0"), [Subfield("a", title)]))
    for heading in headings:
        main, *subdivisions = heading.split(" -- ")
        parts = [Subfield("a", main), *(Subfield("x", x) for x in subdivisions)]
        record.add_field(Field("650", Indicators(" ", "0"), parts))
    return record
