"""Local subject authorities: the library's own list of authorised headings, each
with "use" references from the variants cataloguers might type instead.

Headings are compared by :func:`~libtech_desktop.domain.headings.heading_key`, so
``cats--behaviour.`` and ``Cats -- Behaviour`` are one heading. A key is either
authorised (one authority), a variant (a "use" reference to one authority) or
unknown: never two of these at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from libtech_desktop.domain.errors import AuthorityConflict, InvalidInput
from libtech_desktop.domain.headings import SUBDIVISION_SEP, heading_key, tidy_heading

HeadingStatus = Literal["authorised", "variant", "unknown"]

#: What the record editor and the heading browser show for each status.
AUTHORISED_MARK = "✓ authorised"


@dataclass(frozen=True)
class Authority:
    id: int
    heading: str
    note: str | None
    #: The variants that "use" this heading, in key order.
    references: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return heading_key(self.heading)


@dataclass(frozen=True)
class HeadingCount:
    """One heading in the browse list: records using it and where it stands."""

    heading: str
    key: str
    #: Records with this heading (however it is typed in each).
    records: int
    #: The authority this heading is, or (for a variant) points to; ``None``: unknown.
    authority_id: int | None
    #: For a variant: the authorised heading to use instead.
    use: str | None

    @property
    def status(self) -> HeadingStatus:
        if self.use is not None:
            return "variant"
        return "authorised" if self.authority_id is not None else "unknown"

    @property
    def authority_text(self) -> str:
        """``✓ authorised``, ``use Cats`` or nothing."""
        if self.use is not None:
            return f"use {self.use}"
        return AUTHORISED_MARK if self.authority_id is not None else ""


@dataclass(frozen=True)
class HeadingCheck:
    """What the list says of a heading typed in the record editor."""

    heading: str
    status: HeadingStatus
    #: The authorised form: the heading itself as the list spells it, or the one to use.
    use: str | None = None
    authority_id: int | None = None

    @property
    def message(self) -> str:
        if self.status == "authorised":
            return f"“{self.use}” is an authorised heading."
        if self.status == "variant":
            return f"“{self.heading}” is not used: use “{self.use}”."
        return f"“{self.heading}” is not in the subject authority list."


# -- rules ------------------------------------------------------------------------


def valid_heading(text: str, what: str = "A subject heading") -> str:
    """The heading tidied for storing; blank (or punctuation alone) is refused."""
    heading = tidy_heading(text or "")
    if not heading or not heading_key(heading):
        raise InvalidInput(f"{what} cannot be blank.")
    return heading


def valid_note(note: str | None) -> str | None:
    text = " ".join((note or "").split())
    return text or None


def check_new_authority(
    heading: str, authorised: Authority | None, used_by: Authority | None
) -> None:
    """Refuse a heading already authorised, or already a "use" reference to another.

    ``authorised`` and ``used_by`` are what the list holds under the heading's key
    (the authority being edited, if any, excluded by the caller)."""
    if authorised is not None:
        raise AuthorityConflict(f"“{authorised.heading}” is already an authorised heading.")
    if used_by is not None:
        raise AuthorityConflict(
            f"“{heading}” is a “use” reference to “{used_by.heading}”; remove that "
            "reference first to authorise it."
        )


def check_new_reference(
    variant: str, authority: Authority, authorised: Authority | None, used_by: Authority | None
) -> None:
    """Refuse a variant that is the authority itself, an authorised heading, or already
    a "use" reference (to this authority or another)."""
    if heading_key(variant) == authority.key:
        raise AuthorityConflict(
            f"“{variant}” is the authorised heading itself; a “use” reference needs a "
            "different heading."
        )
    if authorised is not None:
        raise AuthorityConflict(
            f"“{authorised.heading}” is an authorised heading, so it cannot also say "
            f"“use {authority.heading}”."
        )
    if used_by is not None:
        if used_by.id == authority.id:
            raise AuthorityConflict(f"“{variant}” already says “use {authority.heading}”.")
        raise AuthorityConflict(
            f"“{variant}” already says “use {used_by.heading}”; a variant can point to "
            "only one heading."
        )


def browse_key(text: str) -> str:
    """The key prefix a browse shows for what is typed so far: ``cat`` shows Catalogs,
    Cats, Cats -- Behavior...; ``cats --`` only the subdivisions of Cats."""
    key = heading_key(text)
    if key and text.rstrip().endswith(SUBDIVISION_SEP.strip()):
        return key + "|"
    return key
