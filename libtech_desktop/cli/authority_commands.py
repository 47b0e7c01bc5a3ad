"""Subject headings from the command line: browse them with counts, keep the
authority list (``libtech headings``, ``libtech authority add|list``)."""

from __future__ import annotations

from typing import Any

from libtech_desktop.cli import render
from libtech_desktop.cli.commands import Run
from libtech_desktop.domain.authorities import Authority, HeadingCount


def headings(run: Run) -> int:
    prefix = " ".join(run.args.prefix)
    found = run.lib.authorities.browse(prefix, limit=run.args.limit)
    if run.args.json:
        run.out(render.dumps([heading_json(h) for h in found]))
        return 0
    for heading in found:
        run.out(heading_line(heading))
    if not found:
        run.out(f"No headings start with “{prefix}”." if prefix.strip() else "No headings yet.")
    return 0


def authority_add(run: Run) -> int:
    a = run.args
    authority = run.lib.authorities.add_authority(a.heading, note=a.note, references=a.use)
    used_for = f" (used for: {', '.join(authority.references)})" if authority.references else ""
    run.out(f"Authorised “{authority.heading}”{used_for}.")
    run.out(str(authority.id))
    return 0


def authority_list(run: Run) -> int:
    found = run.lib.authorities.authorities()
    if run.args.json:
        run.out(render.dumps([authority_json(a) for a in found]))
        return 0
    for authority in found:
        note = f"  ({authority.note})" if authority.note else ""
        run.out(f"{authority.id:>6}  {authority.heading}{note}")
        if authority.references:
            run.out(f"        used for: {'; '.join(authority.references)}")
    if not found:
        run.out("No authorised headings yet.")
    return 0


def heading_json(heading: HeadingCount) -> dict[str, Any]:
    return {
        "heading": heading.heading,
        "key": heading.key,
        "records": heading.records,
        "status": heading.status,
        "authority_id": heading.authority_id,
        "use": heading.use,
    }


def heading_line(heading: HeadingCount) -> str:
    status = f"  [{heading.authority_text}]" if heading.authority_text else ""
    return f"{heading.records:>7}  {heading.heading}{status}"


def authority_json(authority: Authority) -> dict[str, Any]:
    return {
        "id": authority.id,
        "heading": authority.heading,
        "note": authority.note,
        "references": list(authority.references),
    }
