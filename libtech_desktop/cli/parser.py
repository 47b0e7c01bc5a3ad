"""The ``libtech`` command line: every command, its arguments and its help."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from libtech_desktop import __version__
from libtech_desktop.cli import authority_commands, commands, label_commands, shelf_commands

Handler = Callable[..., int]

DESCRIPTION = """\
LibTech Desk from the command line: the same library and the same rules as the
desk, for scripting and batch work. A command that creates something prints the
new id alone on the last line. Errors are one line on stderr; exit status 1 for
a refusal, 2 for a mistyped command, 3 for a bug.
"""
EPILOG = """\
The library file is --db PATH, else $LIBTECH_DB, else library.sqlite3 in the
user's data directory. For tests and demos, LIBTECH_TODAY=YYYY-MM-DD fixes the
date the desk lives in.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="libtech",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(parser, default=None)
    parser.add_argument("--version", action="version", version=f"libtech {__version__}")
    # --db and --debug are accepted after the command as well; SUPPRESS keeps a
    # subcommand from overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _library_commands(sub, common)
    _patron_commands(sub, common)
    _catalogue_commands(sub, common)
    _circulation_commands(sub, common)
    _authority_commands(sub, common)
    _shelf_commands(sub, common)
    _label_commands(sub, common)
    # Later workflows register their own commands, each from its module (imported here:
    # they build on this module's _command and _group).
    from libtech_desktop.cli import (
        audit_commands,
        backup_commands,
        bindery_commands,
        encryption_commands,
        equipment_commands,
        fine_commands,
        hold_commands,
        inventory_commands,
        notice_commands,
        patron_commands,
        repair_commands,
        route_commands,
        setup_commands,
        staff_commands,
        sync_commands,
    )

    for module in (
        fine_commands,
        hold_commands,
        notice_commands,
        patron_commands,
        repair_commands,
        bindery_commands,
        inventory_commands,
        equipment_commands,
        sync_commands,
        route_commands,
        staff_commands,
        setup_commands,
        audit_commands,
        backup_commands,
        encryption_commands,
    ):
        module.register(sub, common)
    return parser


def _add_common(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=default, help="the library file (created if new)"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="show the full traceback of an internal error",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="act as this staff member (the password is asked; or LIBTECH_USER and "
        "LIBTECH_PASSWORD, or LIBTECH_TOKEN)",
    )


def _command(
    sub: Any, common: argparse.ArgumentParser, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, parents=[common], help=help_text, description=help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def _group(sub: Any, name: str, help_text: str) -> Any:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def _library_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    init = _command(sub, common, "init", commands.init, "make a library ready to lend (idempotent)")
    init.add_argument(
        "--name",
        metavar="NAME",
        help="the library's name, as on receipts (renames an existing one)",
    )
    demo = _command(
        sub, common, "demo", commands.demo, "fill an empty library with a realistic demo"
    )
    demo.add_argument("--patrons", type=int, default=50, metavar="N", help="default 50")
    demo.add_argument("--items", type=int, default=200, metavar="N", help="default 200")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="default 1")
    demo.add_argument(
        "--loans",
        type=int,
        metavar="N",
        help="loans over ten years, nearly all returned (a large library: written in bulk, "
        "as is any demo over 20,000 patrons or items; default 5 per item)",
    )
    settings = _group(sub, "settings", "the library's own settings, kept in the library file")
    show = _command(
        settings, common, "show", commands.settings_show, "the library's name, file and schema"
    )
    show.add_argument("--json", action="store_true", help="print JSON")


def _patron_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    patron = _group(sub, "patron", "register, show and block patrons")
    add = _command(patron, common, "add", commands.patron_add, "register a patron")
    add.add_argument(
        "barcode",
        metavar="BARCODE",
        nargs="?",
        default="",
        help="the card; left out: the next card of the library's scheme (barcode.auto_cards)",
    )
    add.add_argument("--name", required=True, help='"Last, First"')
    add.add_argument("--category", default="adult", help="patron category (default adult)")
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--address", help="postal address; lines separated by newlines or ' / '")
    add.add_argument(
        "--notices",
        choices=("email", "print"),
        help="how notices reach them (default: email if there is an address, else print)",
    )
    add.add_argument("--guardian", metavar="CARD", help="a child's guardian: another patron")
    block = _command(patron, common, "block", commands.patron_block, "block a patron")
    block.add_argument("barcode", metavar="BARCODE")
    block.add_argument("--reason", required=True, help="shown at the desk")
    block.add_argument(
        "--until",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the block ends on this day (default: until lifted)",
    )
    unblock = _command(patron, common, "unblock", commands.patron_unblock, "lift a block")
    unblock.add_argument("barcode", metavar="BARCODE")
    show = _command(patron, common, "show", commands.patron_show, "a patron and their loans")
    show.add_argument("barcode", metavar="BARCODE")
    show.add_argument("--json", action="store_true", help="print JSON")


def _catalogue_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    biblio = _group(sub, "biblio", "bibliographic records")
    add = _command(biblio, common, "add", commands.biblio_add, "add a bibliographic record")
    add.add_argument("--title", required=True)
    add.add_argument("--author")
    add.add_argument("--isbn")
    add.add_argument("--year", type=int)
    dupes = _command(
        biblio,
        common,
        "duplicates",
        commands.biblio_duplicates,
        "records that look like this one: same ISBN, or same title, author and year",
    )
    dupes.add_argument("biblio_id", type=int, metavar="ID")
    dupes.add_argument("--json", action="store_true", help="print JSON")
    merge = _command(
        biblio,
        common,
        "merge",
        commands.biblio_merge,
        "move the items of MERGE_ID onto KEEP_ID and delete MERGE_ID",
    )
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID")
    merge.add_argument("merge_id", type=int, metavar="MERGE_ID")
    item = _group(sub, "item", "items (copies)")
    item_add = _command(item, common, "add", commands.item_add, "add a copy to a record")
    item_add.add_argument("biblio_id", type=int, metavar="BIBLIO_ID")
    item_add.add_argument("barcode", metavar="BARCODE")
    item_add.add_argument("--call-number")
    item_add.add_argument("--type", dest="item_type", help="item type (default book)")
    item_add.add_argument("--location")
    show = _command(item, common, "show", commands.item_show, "an item, its status and loan")
    show.add_argument("barcode", metavar="BARCODE")
    show.add_argument("--json", action="store_true", help="print JSON")
    _search_command(sub, common)
    _marc_commands(sub, common)


SEARCH_HELP = """\
find records, best match first. Words match any field and as prefixes (hobb finds
The Hobbit), accents and case aside; "a phrase" in quotes; OR, NOT or -word, ( );
fields ti: au: su: se: no: isbn: cn: (e.g. au:tolkien cn:823). An item's barcode
finds its record.
"""


def _search_command(sub: Any, common: argparse.ArgumentParser) -> None:
    search = _command(sub, common, "search", commands.search, SEARCH_HELP.split(".")[0])
    search.description = SEARCH_HELP
    search.formatter_class = argparse.RawDescriptionHelpFormatter
    search.add_argument("query", nargs="+", metavar="QUERY", help="words are joined by spaces")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="at most N records (default 50)"
    )


def iso_date(text: str) -> date:
    """An argument ``YYYY-MM-DD``; anything else is a usage error naming the format."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-23") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _marc_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = _command(
        sub,
        common,
        "import-marc",
        commands.import_marc,
        "load a MARC 21 file (ISO 2709 or MARCXML, MARC-8 or UTF-8) into the catalogue",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--match",
        choices=("isbn", "none"),
        default="isbn",
        help="isbn (default): a record whose ISBN is already catalogued is merged or skipped",
    )
    imp.add_argument(
        "--items-from",
        choices=("852", "952"),
        help="make items from these holdings fields (952: Koha)",
    )
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    exp = _command(
        sub,
        common,
        "export-marc",
        commands.export_marc,
        "write the catalogue as MARC 21, with local edits; prints the count",
    )
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=("mrc", "xml"), default="mrc", help="default mrc")
    exp.add_argument("--query", metavar="Q", help="only the records this search finds")


def _authority_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    headings = _command(
        sub,
        common,
        "headings",
        authority_commands.headings,
        "subject headings starting with PREFIX, with how many records use each, and "
        "what the authority list says of each (authorised, or use another)",
    )
    headings.add_argument("prefix", nargs="*", metavar="PREFIX", help="e.g. cats; all if none")
    headings.add_argument("--json", action="store_true", help="print JSON")
    headings.add_argument(
        "--limit", type=_positive, default=200, metavar="N", help="at most N headings (default 200)"
    )
    authority = _group(sub, "authority", "the library's list of authorised subject headings")
    add = _command(
        authority, common, "add", authority_commands.authority_add, "authorise a subject heading"
    )
    add.add_argument("heading", metavar="HEADING", help='e.g. "Cats -- Behavior"')
    add.add_argument(
        "--use",
        action="append",
        default=[],
        metavar="VARIANT",
        help="a heading not to use: catalogue under HEADING instead (repeatable)",
    )
    add.add_argument("--note", metavar="N", help="a scope note for cataloguers")
    listing = _command(
        authority, common, "list", authority_commands.authority_list, "the authorised headings"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")


SHELF_LIST_HELP = """\
items in the order they stand on the shelves (call-number order: Dewey 823.914
before 823.92, LC QA76 before QA100; each prefixed collection such as FIC or REF
after the main one), for shelf reading; items without a call number come last.
"""


def _shelf_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    shelf = _command(sub, common, "shelf-list", shelf_commands.shelf_list, "items in shelf order")
    shelf.description = SHELF_LIST_HELP
    shelf.formatter_class = argparse.RawDescriptionHelpFormatter
    shelf.add_argument("--location", metavar="L", help="only the items at this location")
    shelf.add_argument(
        "--from",
        dest="start",
        metavar="CALLNO",
        help="start where this call number stands (e.g. 823.9 or QA76)",
    )
    shelf.add_argument(
        "--limit", type=_positive, default=200, metavar="N", help="at most N items (default 200)"
    )
    shelf.add_argument("--json", action="store_true", help="print JSON")


LABELS_HELP = """\
print barcode and spine labels to a PDF at the sheet's exact size: the items named, the
queue of items waiting for labels (--queue), or a range of new barcodes for pre-printed
labels (--range FIRST COUNT, 14-digit barcodes with their Luhn check digits). Printed
items leave the queue unless --no-mark. --requeue ITEM... puts items back in the queue
(a damaged or lost label). --templates lists the sheets, shipped and the library's
own (libtech template add FILE.json, libtech template remove NAME).
"""


def _label_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    labels = _command(sub, common, "labels", label_commands.labels, LABELS_HELP.split(":")[0])
    labels.description = LABELS_HELP
    labels.formatter_class = argparse.RawDescriptionHelpFormatter
    labels.add_argument("barcodes", nargs="*", metavar="ITEM_BARCODE")
    mode = labels.add_mutually_exclusive_group()
    mode.add_argument("--queue", action="store_true", help="every item waiting for labels")
    mode.add_argument(
        "--range", nargs=2, metavar=("FIRST", "COUNT"), help="COUNT new barcodes from FIRST"
    )
    mode.add_argument("--templates", action="store_true", help="list the sheet templates")
    mode.add_argument(
        "--requeue", action="store_true", help="put the items named back in the queue (new label)"
    )
    labels.add_argument("--template", metavar="NAME", help="the sheet, e.g. avery-5160")
    labels.add_argument("-o", "--output", metavar="FILE", help="the PDF to write")
    labels.add_argument(
        "--start", type=_positive, default=1, metavar="N", help="first free label on the sheet"
    )
    labels.add_argument("--kind", choices=label_commands.KINDS, default="barcode")
    labels.add_argument(
        "--symbology", choices=label_commands.SYMBOLOGIES, default="codabar", help="default codabar"
    )
    labels.add_argument("--offset-x", type=float, default=0.0, metavar="MM", help="printer shift")
    labels.add_argument("--offset-y", type=float, default=0.0, metavar="MM", help="printer shift")
    labels.add_argument("--outlines", action="store_true", help="draw each label's outline")
    labels.add_argument(
        "--prefix", metavar="TEXT", help="a line above the call number on each spine (REF, J, YA)"
    )
    labels.add_argument("--no-mark", action="store_true", help="leave the items in the queue")
    labels.add_argument(
        "--limit", type=_positive, default=500, metavar="N", help="--queue: at most N (default 500)"
    )
    labels.add_argument("--json", action="store_true", help="--templates: print JSON")
    template = _group(sub, "template", "the library's own label sheet templates")
    add = _command(
        template,
        common,
        "add",
        label_commands.template_add,
        "add (or replace) a library template from a JSON file of its fields",
    )
    add.add_argument(
        "file", metavar="FILE.json", help="the fields, as in resources/label_templates/*.json"
    )
    remove = _command(
        template, common, "remove", label_commands.template_remove, "delete a library template"
    )
    remove.add_argument("name", metavar="NAME")
    card = _command(
        sub, common, "card", label_commands.card, "print patron ID cards (CR80) to a PDF"
    )
    card.add_argument("patrons", nargs="+", metavar="PATRON_BARCODE")
    card.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    card.add_argument(
        "--symbology", choices=label_commands.SYMBOLOGIES, default="codabar", help="default codabar"
    )
    logo = _command(
        sub, common, "logo", label_commands.logo, "set the library's logo for patron cards"
    )
    logo.add_argument("file", nargs="?", metavar="FILE", help="an image (PNG, JPEG, …)")
    logo.add_argument("--clear", action="store_true", help="cards print without a logo")


def _circulation_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    checkout = _command(sub, common, "checkout", commands.checkout, "lend items to a patron")
    checkout.add_argument("patron", metavar="PATRON")
    checkout.add_argument("items", nargs="+", metavar="ITEM")
    checkin = _command(sub, common, "checkin", commands.checkin, "check items back in")
    checkin.add_argument("items", nargs="+", metavar="ITEM")
    for backdated in (checkout, checkin):
        backdated.add_argument(
            "--date",
            type=iso_date,
            metavar="YYYY-MM-DD",
            help="entered after the fact: dated as given, due dates and fines from that day",
        )
    renew = _command(sub, common, "renew", commands.renew, "renew items on loan")
    renew.add_argument("items", nargs="+", metavar="ITEM")
    loans = _command(sub, common, "loans", commands.loans, "list open loans, soonest due first")
    loans.add_argument("--patron", metavar="BARCODE", help="only this patron's loans")
    loans.add_argument("--json", action="store_true", help="print JSON")
