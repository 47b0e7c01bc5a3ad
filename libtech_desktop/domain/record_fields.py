"""The fields a technician edits every day, read from and written into a MARC record.

:func:`read_fields` gives the record editor's form; :func:`write_fields` puts the form
back, rewriting only the MARC fields whose form value changed, so everything the
form does not show (a 246, a $6 link, a local 9XX) stays exactly as it was. The
catalogue's columns (:func:`biblio_draft`) and its search text (:func:`index_text`)
are views of the same record.

The readers take a ``RecordLike``: a ``MarcRecord`` or a pymarc ``Record``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from libtech_desktop.domain.callnumbers import Scheme, classify
from libtech_desktop.domain.catalogue import BiblioDraft, normalize_isbn
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.headings import heading_key
from libtech_desktop.domain.marc import FieldLike, MarcField, MarcRecord, RecordLike, Subfield

MAIN_ENTRY_TAGS = ("100", "110", "111")
SUBJECT_TAGS = ("600", "610", "611", "630", "650", "651", "655")
SERIES_TAGS = ("490", "440", "830")
CALL_NUMBER_TAGS = ("092", "090", "099")
#: Where a new local call number goes: 092 (local Dewey), 090 (local LC), 099 (other).
_LOCAL_CALL_NUMBER_TAG = {Scheme.DEWEY: "092", Scheme.LC: "090", Scheme.LOCAL: "099"}
#: A subject heading's main part; the rest are subdivisions joined by `` -- ``.
_HEADING_MAIN = "abcdqt"
_SUBDIVISIONS = "vxyz"
_TRAILING_ISBD = " /:;,="
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
SUBDIVISION_SEP = " -- "
_ONE_GROUP = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Identifier:
    """An ISBN or ISSN as catalogued, with its qualifier: ``0-306-40615-2`` ``pbk.``."""

    value: str
    qualifier: str = ""

    def __str__(self) -> str:
        if not self.qualifier:
            return self.value
        if self.qualifier.startswith("("):
            return f"{self.value} {self.qualifier}"
        return f"{self.value} ({self.qualifier})"

    @classmethod
    def parse(cls, text: str) -> Identifier:
        """``0306406152 (pbk.)``, ``0306406152 pbk.`` or ``0306406152``; several
        qualifiers (``(lim. ed.) (v. 1)``) are kept as written."""
        value, _, rest = " ".join(text.split()).partition(" ")
        rest = rest.strip()
        if _ONE_GROUP.fullmatch(rest):
            rest = rest[1:-1].strip()
        return cls(value, rest)


@dataclass(frozen=True)
class RecordFields:
    main_entry: str = ""
    title: str = ""
    #: Characters of the title to skip when filing (``The `` = 4): 245 second indicator.
    nonfiling: int = 0
    responsibility: str = ""
    edition: str = ""
    place: str = ""
    publisher: str = ""
    date: str = ""
    physical: str = ""
    series: tuple[str, ...] = ()
    isbns: tuple[Identifier, ...] = ()
    issns: tuple[Identifier, ...] = ()
    subjects: tuple[str, ...] = ()
    summary: str = ""
    notes: tuple[str, ...] = ()
    classification: str = ""
    call_number: str = ""


@dataclass(frozen=True)
class IndexText:
    """What the search index and the browse lists take from a record beyond its columns."""

    edition: str | None
    series: str | None
    subjects: tuple[str, ...]
    notes: str | None
    summary: str | None
    classification: str | None
    #: ``domain.headings.heading_key`` of each subject, in order (worked out with the
    #: text: an import does it in its worker process).
    subject_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewBiblio:
    """A record to store: its columns, its MARC, its text and its work key."""

    draft: BiblioDraft
    marc: bytes | None = None
    text: IndexText | None = None
    work_key: str | None = None


# -- reading ----------------------------------------------------------------------


def trim_isbd(text: str) -> str:
    """Drop ISBD's trailing punctuation (`` /``, `` :``, ``,`` and a final period), but keep
    the period of an initial (``Brown, Martin C.``). Composed (NFC), as typed at the desk:
    UTF-8 MARC is often decomposed, and the MARC itself keeps its own form."""
    text = " ".join(text.split())
    if not text.isascii():  # ASCII is its own NFC
        text = unicodedata.normalize("NFC", text)
    text = text.rstrip(_TRAILING_ISBD)
    # An initial ends the text: its match starts at most three characters from the end.
    if (
        text.endswith(".")
        and not text.endswith("...")
        and not _INITIAL.search(text, max(len(text) - 3, 0))
    ):
        text = text[:-1].rstrip(_TRAILING_ISBD)
    return text


def first_field(record: RecordLike, tags: Sequence[str]) -> FieldLike | None:
    for tag in tags:
        found = record.get_fields(tag)
        if found:
            return found[0]
    return None


def sub(field: FieldLike | None, code: str) -> str | None:
    if field is None:
        return None
    values = field.get_subfields(code)
    return values[0] if values else None


def imprint(record: RecordLike) -> FieldLike | None:
    """The publication statement: 264 with second indicator 1, else 260, else any 264."""
    for field in record.get_fields("264"):
        if field.indicator2 == "1":
            return field
    return first_field(record, ("260", "264"))


def title_of(record: RecordLike) -> str:
    field = first_field(record, ("245",))
    parts = [" ".join(v.split()) for v in (sub(field, "a"), sub(field, "b")) if v]
    return trim_isbd(" ".join(parts))


def author_of(record: RecordLike) -> str | None:
    return trim_isbd(sub(first_field(record, MAIN_ENTRY_TAGS), "a") or "") or None


def valid_isbn(value: str) -> str | None:
    """The ISBN-13 of the first word of ``value``, or ``None`` when it is not a valid ISBN."""
    words = value.split()
    if not words:
        return None
    try:
        return normalize_isbn(words[0])  # "0471383147 (paper/cd-rom : alk. paper)"
    except InvalidInput:
        return None


def isbn_of(record: RecordLike) -> str | None:
    """The first valid ISBN in 020 $a, as ISBN-13; invalid ones stay only in the MARC."""
    for field in record.get_fields("020"):
        for value in field.get_subfields("a"):
            if isbn := valid_isbn(value):
                return isbn
    return None


def year_of(record: RecordLike) -> int | None:
    date = sub(imprint(record), "c")
    if date and (found := _YEAR.search(date)):
        return int(found.group(1))
    fixed = first_field(record, ("008",))
    if fixed is not None and fixed.data and fixed.data[7:11].isdigit():
        return int(fixed.data[7:11])
    return None


def publisher_of(record: RecordLike) -> str | None:
    return trim_isbd(sub(imprint(record), "b") or "") or None


def biblio_draft(record: RecordLike) -> BiblioDraft:
    """The catalogue's columns as the record says them (not yet validated)."""
    return BiblioDraft(
        title=title_of(record),
        author=author_of(record),
        isbn=isbn_of(record),
        year=year_of(record),
        publisher=publisher_of(record),
    )


def heading_of(field: FieldLike) -> str:
    """``Cats -- Behavior -- Juvenile literature`` from 650 $aCats $xBehavior $vJuvenile..."""
    return _heading(_pairs(field))


@lru_cache(maxsize=65536)
def _heading(subfields: tuple[tuple[str, str], ...]) -> str:
    """:func:`heading_of` from the field's subfields. Cached: a catalogue repeats its
    headings, and an import reads every one."""
    main = " ".join(v for c, v in subfields if c in _HEADING_MAIN)
    rest = [v for c, v in subfields if c in _SUBDIVISIONS]
    parts = [trim_isbd(p) for p in (main, *rest) if p.strip()]
    return SUBDIVISION_SEP.join(p for p in parts if p)


def _pairs(field: FieldLike) -> tuple[tuple[str, str], ...]:
    """(code, value) of every subfield: pymarc's and the domain's subfields are named
    tuples, a light record's plain ones."""
    subfields = getattr(field, "subfields", ())
    return tuple([(sf[0], sf[1]) for sf in subfields])


def subjects_of(record: RecordLike) -> tuple[str, ...]:
    headings = (heading_of(f) for f in record.get_fields(*SUBJECT_TAGS))
    return tuple(dict.fromkeys(h for h in headings if h))


def series_of(record: RecordLike) -> tuple[str, ...]:
    for tag in SERIES_TAGS:
        found = [_series_text(f) for f in record.get_fields(tag)]
        if found:
            return tuple(s for s in found if s)
    return ()


def _series_text(field: FieldLike) -> str:
    title = trim_isbd(" ".join(field.get_subfields("a", "n", "p")))
    volume = trim_isbd(" ".join(field.get_subfields("v")))
    return f"{title} ; {volume}" if title and volume else title


def _texts(record: RecordLike, tag: str) -> tuple[str, ...]:
    found = (" ".join(" ".join(f.get_subfields("a")).split()) for f in record.get_fields(tag))
    return tuple(t for t in found if t)


def classification_of(record: RecordLike) -> str:
    dewey = first_field(record, ("082",))
    if dewey is not None and (number := sub(dewey, "a")):
        return number.replace("/", "").strip()
    lc = first_field(record, ("050",))
    return " ".join(" ".join(lc.get_subfields("a", "b")).split()) if lc is not None else ""


def call_number_of(record: RecordLike) -> str:
    field = first_field(record, CALL_NUMBER_TAGS)
    return " ".join(" ".join(field.get_subfields("a", "b")).split()) if field else ""


def _physical_text(field: FieldLike | None) -> str:
    if field is None:
        return ""
    text = trim_isbd(" ".join(field.get_subfields("a", "b", "c")))
    extra = trim_isbd(" ".join(field.get_subfields("e")))
    return f"{text.rstrip(' +')} + {extra}" if extra else text


def _identifiers(record: RecordLike, tag: str) -> tuple[Identifier, ...]:
    found = []
    for field in record.get_fields(tag):
        for value in field.get_subfields("a"):
            parsed = Identifier.parse(value)
            qualifiers = [parsed.qualifier, *(q.strip("() ") for q in field.get_subfields("q"))]
            found.append(Identifier(parsed.value, " ".join(q for q in qualifiers if q)))
    return tuple(i for i in found if i.value)


def read_fields(record: RecordLike) -> RecordFields:
    title_field = first_field(record, ("245",))
    nonfiling = title_field.indicator2 if title_field is not None else None
    place = imprint(record)
    physical = first_field(record, ("300",))
    return RecordFields(
        main_entry=author_of(record) or "",
        title=title_of(record),
        nonfiling=int(nonfiling) if nonfiling and nonfiling.isdigit() else 0,
        responsibility=trim_isbd(sub(title_field, "c") or ""),
        edition=trim_isbd(sub(first_field(record, ("250",)), "a") or ""),
        place=trim_isbd(sub(place, "a") or "").strip("[]"),
        publisher=publisher_of(record) or "",
        date=trim_isbd(sub(place, "c") or ""),
        physical=_physical_text(physical),
        series=series_of(record),
        isbns=_identifiers(record, "020"),
        issns=_identifiers(record, "022"),
        subjects=subjects_of(record),
        summary=" ".join(_texts(record, "520")),
        notes=_texts(record, "500"),
        classification=classification_of(record),
        call_number=call_number_of(record),
    )


def index_text(record: RecordLike) -> IndexText:
    """Read field by field (not through :func:`read_fields`): imports call it per record."""
    edition = trim_isbd(sub(first_field(record, ("250",)), "a") or "")
    summary = " ".join(_texts(record, "520"))
    subjects = subjects_of(record)
    return IndexText(
        edition=edition or None,
        series=" ; ".join(series_of(record)) or None,
        subjects=subjects,
        subject_keys=tuple(heading_key(s) for s in subjects),
        notes=" ".join(_texts(record, "500")) or None,
        summary=summary or None,
        classification=classification_of(record) or None,
    )


#: The fields :func:`biblio_draft` and :func:`index_text` read: what an import decodes.
INDEXED_TAGS = frozenset(
    {"008", "020", "245", "250", "260", "264", "082", "050", "500", "520"}
    | set(MAIN_ENTRY_TAGS)
    | set(SUBJECT_TAGS)
    | set(SERIES_TAGS)
)


# -- writing ----------------------------------------------------------------------


def write_fields(record: MarcRecord, new: RecordFields) -> MarcRecord:
    """``record`` with the form's values written in; fields whose value did not change
    are left as they were, subfields, punctuation and all."""
    old = read_fields(record)
    if new.main_entry != old.main_entry:
        record = _write_main_entry(record, new.main_entry)
    if (new.title, new.nonfiling, new.responsibility) != (
        old.title,
        old.nonfiling,
        old.responsibility,
    ):
        record = _write_title(record, new)
    if new.edition != old.edition:
        record = _write_simple(record, "250", new.edition and f"{new.edition}.")
    if (new.place, new.publisher, new.date) != (old.place, old.publisher, old.date):
        record = _write_imprint(record, new)
    if new.physical != old.physical:
        record = _write_physical(record, new.physical)
    if new.series != old.series:
        series = [_series_field(s) for s in new.series]
        record = record.replace_tags(("440", "490"), series)
    if new.isbns != old.isbns:
        record = record.replace_tags(("020",), [_identifier("020", i) for i in new.isbns])
    if new.issns != old.issns:
        record = record.replace_tags(("022",), [_identifier("022", i) for i in new.issns])
    if new.subjects != old.subjects:
        record = _write_subjects(record, new.subjects)
    if new.summary != old.summary:
        record = _write_simple(record, "520", new.summary)
    if new.notes != old.notes:
        record = record.replace_tags(
            ("500",), [MarcField.of("500", " ", " ", ("a", n)) for n in new.notes]
        )
    if new.classification != old.classification:
        record = _write_classification(record, new.classification)
    if new.call_number != old.call_number:
        record = _write_call_number(record, new.call_number)
    return record


def _write_simple(record: MarcRecord, tag: str, value: str) -> MarcRecord:
    field = record.first(tag)
    if not value:
        return record.replace_tags((tag,), [])
    if field is None:
        return record.replace_tags((tag,), [MarcField.of(tag, " ", " ", ("a", value))])
    return _swap(record, field, _set_sub(field, "a", value))


def _swap(record: MarcRecord, old: MarcField, new: MarcField) -> MarcRecord:
    fields = list(record.fields)
    fields[fields.index(old)] = new
    return record.with_fields(fields)


def _set_sub(field: MarcField, code: str, value: str | None, order: str = "") -> MarcField:
    """``field`` with its first ``$code`` set to ``value`` (dropped for ``None``); a new one
    goes before the first subfield that comes after ``code`` in ``order``."""
    subfields = list(field.subfields)
    at = next((i for i, sf in enumerate(subfields) if sf.code == code), None)
    if at is not None:
        subfields = [sf for i, sf in enumerate(subfields) if sf.code != code or i == at]
        if value is None:
            del subfields[at]
        else:
            subfields[at] = Subfield(code, value)
        return field.with_subfields(subfields)
    if value is None:
        return field
    after = order[order.index(code) + 1 :] if code in order else ""
    at = next((i for i, sf in enumerate(subfields) if sf.code in after), len(subfields))
    subfields.insert(at, Subfield(code, value))
    return field.with_subfields(subfields)


def _write_main_entry(record: MarcRecord, name: str) -> MarcRecord:
    field = record.first(*MAIN_ENTRY_TAGS)
    if not name:
        return record.replace_tags(MAIN_ENTRY_TAGS, [])
    if field is None:
        return record.replace_tags(("100",), [MarcField.of("100", "1", " ", ("a", name))])
    return _swap(record, field, _set_sub(field, "a", name))


def _write_title(record: MarcRecord, new: RecordFields) -> MarcRecord:
    field = record.first("245") or MarcField("245", "1" if new.main_entry else "0", "0")
    rest = [sf for sf in field.subfields if sf.code not in "abc"]
    proper, _, other = new.title.partition(" : ")
    head = [Subfield("a", proper + (" :" if other else ""))]
    if other:
        head.append(Subfield("b", other))
    tail = [Subfield("c", new.responsibility + ".")] if new.responsibility else []
    if new.responsibility:  # ISBD: the title ends " /" before the responsibility
        last = (rest or head)[-1]
        marked = Subfield(last.code, last.value.rstrip(" ./") + " /")
        if rest:
            rest[-1] = marked
        else:
            head[-1] = marked
    indicator2 = str(max(0, min(9, new.nonfiling)))
    built = MarcField("245", field.indicator1, indicator2, tuple(head + rest + tail))
    if record.first("245") is None:
        return record.replace_tags(("245",), [built])
    return _swap(record, field, built)


def _write_imprint(record: MarcRecord, new: RecordFields) -> MarcRecord:
    field = record.first("264", "260")
    for candidate in record.get_fields("264"):
        if candidate.indicator2 == "1":
            field = candidate
            break
    if not (new.place or new.publisher or new.date):
        return (
            record
            if field is None
            else record.with_fields(f for f in record.fields if f is not field)
        )
    built = field or MarcField("264", " ", "1")
    has_b, has_c = bool(new.publisher), bool(new.date)
    built = _set_sub(
        built, "a", (new.place + (" :" if has_b else ",")) if new.place else None, "abc"
    )
    built = _set_sub(built, "b", (new.publisher + ("," if has_c else "")) if has_b else None, "abc")
    built = _set_sub(built, "c", (new.date.rstrip(".") + ".") if has_c else None, "abc")
    record = (
        record.replace_tags(("264",), [built]) if field is None else _swap(record, field, built)
    )
    return _write_date1(record, new.date)


def _write_date1(record: MarcRecord, date: str) -> MarcRecord:
    """Keep 008/07-10 (Date 1) in step with the imprint's year."""
    fixed = record.first("008")
    if fixed is None or not fixed.data or len(fixed.data) < 11:
        return record
    found = _YEAR.search(date)
    date1 = found.group(1) if found else "uuuu"
    return _swap(record, fixed, MarcField.control("008", fixed.data[:7] + date1 + fixed.data[11:]))


def _write_physical(record: MarcRecord, text: str) -> MarcRecord:
    """``xxi, 289 p. : ill. ; 23 cm + 1 CD-ROM`` into $a, $b, $c and $e, ISBD-punctuated."""
    if not text:
        return record.replace_tags(("300",), [])
    body, _, extra = text.partition(" + ")
    extent, _, rest = body.partition(" : ")
    other, size = "", ""
    if rest:
        other, _, size = rest.partition(" ; ")
    else:
        extent, _, size = body.partition(" ; ")
    parts = [(c, v) for c, v in (("a", extent), ("b", other), ("c", size), ("e", extra)) if v]
    marks = {"b": " :", "c": " ;", "e": " +"}
    pairs = [
        (code, value + (marks[parts[i + 1][0]] if i + 1 < len(parts) else ""))
        for i, (code, value) in enumerate(parts)
    ]
    field = record.first("300")
    built = MarcField.of("300", " ", " ", *pairs)
    if field is not None:
        kept = [sf for sf in field.subfields if sf.code not in "abce"]
        built = built.with_subfields(list(built.subfields) + kept)
    return record.replace_tags(("300",), [built])


def _series_field(text: str) -> MarcField:
    title, _, volume = text.partition(" ; ")
    if volume:
        return MarcField.of("490", "0", " ", ("a", f"{title} ;"), ("v", volume))
    return MarcField.of("490", "0", " ", ("a", title))


def _identifier(tag: str, identifier: Identifier) -> MarcField:
    pairs = [("a", identifier.value)]
    if identifier.qualifier:
        pairs.append(("q", identifier.qualifier))
    return MarcField.of(tag, " ", " ", *pairs)


def subject_field(heading: str) -> MarcField:
    """A new local topical heading (650, source not specified): main part and $x."""
    main, *rest = [p.strip() for p in heading.split(SUBDIVISION_SEP.strip()) if p.strip()]
    return MarcField.of("650", " ", "4", ("a", main), *(("x", r) for r in rest))


def _write_subjects(record: MarcRecord, subjects: tuple[str, ...]) -> MarcRecord:
    """Headings still wanted keep their own field (tag, source, $2); new ones become 650s."""
    existing = {heading_of(f): f for f in record.get_fields(*SUBJECT_TAGS)}
    wanted = [existing.get(s) or subject_field(s) for s in subjects]
    return record.replace_tags(SUBJECT_TAGS, sorted(wanted, key=lambda f: f.tag))


def _write_classification(record: MarcRecord, number: str) -> MarcRecord:
    if not number:
        return record.replace_tags(("082", "050"), [])
    if classify(number) is Scheme.LC:
        cls, _, cutter = number.partition(" ")
        pairs = [("a", cls)] + ([("b", cutter)] if cutter else [])
        return record.replace_tags(("050",), [MarcField.of("050", " ", "4", *pairs)])
    return record.replace_tags(("082",), [MarcField.of("082", "0", "4", ("a", number))])


def _write_call_number(record: MarcRecord, call_number: str) -> MarcRecord:
    field = record.first(*CALL_NUMBER_TAGS)
    tag = field.tag if field is not None else _LOCAL_CALL_NUMBER_TAG[classify(call_number)]
    new = [MarcField.of(tag, " ", " ", ("a", call_number))] if call_number else []
    return record.replace_tags(CALL_NUMBER_TAGS, new)


def apply_columns(record: MarcRecord, draft: BiblioDraft) -> MarcRecord:
    """``record`` with the catalogue's columns in ``draft`` written in where they differ
    from what the record says (a record edited by its columns only, not in the editor);
    a record whose columns were never changed comes back unchanged."""
    was = biblio_draft(record)
    if draft == was:
        return record
    fields = read_fields(record)
    changes: dict[str, object] = {}
    if draft.title != was.title:
        changes["title"] = draft.title
    if draft.author != was.author:
        changes["main_entry"] = draft.author or ""
    if draft.isbn != was.isbn:
        others = [i for i in fields.isbns if not was.isbn or valid_isbn(i.value) != was.isbn]
        mine = [Identifier(draft.isbn)] if draft.isbn else []
        changes["isbns"] = tuple(mine + others)
    if draft.year != was.year:
        changes["date"] = str(draft.year) if draft.year else ""
    if draft.publisher != was.publisher:
        changes["publisher"] = draft.publisher or ""
    return write_fields(record, replace(fields, **changes))  # type: ignore[arg-type]


_ARTICLES = ("The ", "An ", "A ")


def nonfiling_characters(title: str) -> int:
    """The characters an English initial article takes (``The `` = 4), else 0: the
    245 second indicator a cataloguer would set."""
    return next((len(a) for a in _ARTICLES if title.startswith(a)), 0)


def new_record(fields: RecordFields, entered: date) -> MarcRecord:
    """A record catalogued by hand on ``entered``: a leader, an 008 (books, single date,
    language undetermined) and the form's fields."""
    fixed = f"{entered:%y%m%d}s" + " " * 28 + "und d"  # 40 characters
    return write_fields(MarcRecord(fields=(MarcField.control("008", fixed),)), fields)
