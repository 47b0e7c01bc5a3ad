"""Local subject authorities: keep headings consistent, browse them with counts.

The list holds authorised headings, each with "use" references from the variants a
cataloguer might type. Browsing shows every heading the records use, with how many
records use it and where it stands in the list; a variant can be replaced by its
authorised heading in every record at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace

from libtech_desktop.domain.authorities import (
    Authority,
    HeadingCheck,
    HeadingCount,
    HeadingStatus,
    browse_key,
    check_new_authority,
    check_new_reference,
    valid_heading,
    valid_note,
)
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.errors import InvalidInput, LibtechError, NotFound
from libtech_desktop.domain.headings import heading_key, tidy_heading
from libtech_desktop.domain.record_fields import write_fields
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)
from libtech_desktop.services.records import RecordService

__all__ = ["AuthorityService"]

MAX_BROWSE = 5000


class AuthorityService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- reading --------------------------------------------------------------------

    def browse(
        self, prefix: str = "", limit: int = 200, after_key: str | None = None
    ) -> list[HeadingCount]:
        """Headings in key order from what is typed (``cat`` shows Cats, Cats --
        Behavior, Catalogs...): those the records use, with how many records use each,
        and the list's authorised headings and variants even when unused. ``after_key``
        (the last key shown) continues a list."""
        if not 1 <= limit <= MAX_BROWSE:
            raise InvalidInput(f"Show between 1 and {MAX_BROWSE} headings at a time, not {limit}.")
        with self._ctx.unit_of_work() as uow:
            return list(uow.authorities.heading_counts(browse_key(prefix), limit, after_key))

    def check_heading(self, text: str) -> HeadingCheck:
        """Where a heading typed in the record editor stands in the list."""
        heading = tidy_heading(text or "")
        key = heading_key(heading)
        if not key:
            return HeadingCheck(heading, "unknown")
        with self._ctx.unit_of_work() as uow:
            found = uow.authorities.lookup(key)
        if found is None:
            return HeadingCheck(heading, "unknown")
        authority, is_variant = found
        status: HeadingStatus = "variant" if is_variant else "authorised"
        return HeadingCheck(heading, status, authority.heading, authority.id)

    def authorities(self) -> list[Authority]:
        """The whole list, in heading order."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.authorities.authorities())

    def authority(self, authority_id: int) -> Authority:
        with self._ctx.unit_of_work() as uow:
            return _require(uow, authority_id)

    def records_with_heading(self, heading: str, limit: int = 500) -> list[Biblio]:
        """Records with this heading, however each one types it; oldest first."""
        key = heading_key(heading or "")
        if not key:
            return []
        with self._ctx.unit_of_work() as uow:
            return list(uow.authorities.biblios_with_heading(key, limit))

    # -- changing the list ------------------------------------------------------------

    def add_authority(
        self, heading: str, note: str | None = None, references: Iterable[str] = ()
    ) -> Authority:
        """Authorise a heading, with "use" references from ``references``: all or none."""
        heading = valid_heading(heading)
        variants = [valid_heading(v, "A “use” reference") for v in references]
        key = heading_key(heading)
        with self._ctx.unit_of_work() as uow:
            repo = uow.authorities
            check_new_authority(heading, repo.by_key(key), repo.by_variant_key(key))
            authority = repo.add(
                heading, valid_note(note), self._ctx.actor(), self._ctx.clock.now()
            )
            for variant in variants:
                authority = self._reference(uow, authority, variant)
            uow.commit()
        return authority

    def update_authority(
        self, authority_id: int, heading: str, note: str | None = None
    ) -> Authority:
        """Change an authority's heading or note. Records keep the headings they have:
        ``replace_heading`` changes them."""
        heading = valid_heading(heading)
        key = heading_key(heading)
        with self._ctx.unit_of_work() as uow:
            repo = uow.authorities
            current = _require(uow, authority_id)
            if key != current.key:
                check_new_authority(heading, repo.by_key(key), repo.by_variant_key(key))
            authority = repo.update(
                authority_id, heading, valid_note(note), self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return authority

    def delete_authority(self, authority_id: int) -> Authority:
        """Take a heading off the list, with its references; records keep their headings.
        The authority as it was, for the message."""
        with self._ctx.unit_of_work() as uow:
            authority = _require(uow, authority_id)
            uow.authorities.delete(authority_id)
            audit.record(
                uow,
                self._ctx.actor(),
                self._ctx.clock.now(),
                "authority.delete",
                "authority",
                str(authority_id),
                before={
                    "heading": authority.heading,
                    "note": authority.note,
                    "references": list(authority.references),
                },
            )
            uow.commit()
        return authority

    def add_reference(self, authority_id: int, variant: str) -> Authority:
        """``variant`` is not used: catalogue under the authority's heading instead."""
        variant = valid_heading(variant, "A “use” reference")
        with self._ctx.unit_of_work() as uow:
            authority = self._reference(uow, _require(uow, authority_id), variant)
            uow.commit()
        return authority

    def remove_reference(self, authority_id: int, variant: str) -> Authority:
        key = heading_key(variant or "")
        with self._ctx.unit_of_work() as uow:
            authority = _require(uow, authority_id)
            now, actor = self._ctx.clock.now(), self._ctx.actor()
            if not key or not uow.authorities.remove_reference(authority_id, key, actor, now):
                raise NotFound(f"“{authority.heading}” has no “use” reference from “{variant}”.")
            authority = _require(uow, authority_id)
            uow.commit()
        return authority

    # -- changing the records ---------------------------------------------------------

    def replace_heading(
        self,
        old: str,
        new: str,
        *,
        progress: ProgressFn = no_progress,
        should_cancel: CancelFn = never_cancel,
    ) -> int:
        """Change heading ``old`` (however each record types it) to ``new`` in every
        record that has it; how many records changed. A record that already has ``new``
        just loses ``old``.

        Each record is saved on its own (through the record editor's save, so its
        columns, search text and headings follow): a cancel keeps those done. A record
        that cannot be saved (its MARC has an error) is left as it was and named in
        the refusal raised once the others are done."""
        old_key, heading = heading_key(old or ""), valid_heading(new)
        if not old_key:
            raise InvalidInput("Say which heading to replace.")
        if old_key == heading_key(heading):
            raise InvalidInput(f"“{tidy_heading(old)}” and “{heading}” are the same heading.")
        with self._ctx.unit_of_work() as uow:
            ids = list(uow.authorities.biblio_ids_with_heading(old_key))
        records, changed, failed = RecordService(self._ctx), 0, []
        for done, biblio_id in enumerate(ids):
            if should_cancel():
                break
            with suppress(Cancelled):  # seen by should_cancel() before the next record
                progress(done, len(ids), f"record {biblio_id}")
            try:
                changed += self._replace_in(records, biblio_id, old_key, heading)
            except LibtechError as exc:
                failed.append(f"record {biblio_id} ({exc})")
        if failed:
            raise InvalidInput(
                f"Replaced the heading in {changed} record{'s' if changed != 1 else ''}; "
                f"not in {'; '.join(failed)}."
            )
        return changed

    @staticmethod
    def _replace_in(records: RecordService, biblio_id: int, old_key: str, new: str) -> int:
        record = records.record(biblio_id)
        fields = record.fields
        subjects: dict[str, str] = {}
        for subject in fields.subjects:
            shown = new if heading_key(subject) == old_key else subject
            subjects.setdefault(heading_key(shown), shown)
        if tuple(subjects.values()) == fields.subjects:
            return 0
        marc = write_fields(record.marc, replace(fields, subjects=tuple(subjects.values())))
        records.save(biblio_id, marc, override_warnings=True)
        return 1

    def _reference(self, uow: UnitOfWork, authority: Authority, variant: str) -> Authority:
        repo, key = uow.authorities, heading_key(variant)
        check_new_reference(variant, authority, repo.by_key(key), repo.by_variant_key(key))
        return repo.add_reference(authority.id, variant, self._ctx.actor(), self._ctx.clock.now())


def _require(uow: UnitOfWork, authority_id: int) -> Authority:
    authority = uow.authorities.by_id(authority_id)
    if authority is None:
        raise NotFound(f"There is no subject authority number {authority_id}.")
    return authority
