"""``composer drafts``: list, export and import the drafts the app keeps.

    composer drafts list [--json] [--search TEXT] [--status STATUS]
    composer drafts export ID FILE
    composer drafts import FILE...
"""

from __future__ import annotations

import argparse
import json
import sys

from composer.drafts import DraftError, DraftStore, DraftSummary, Status, StoreNotice
from composer.drafts.recovery import kept_files, recovery_dir
from composer.postfile import PostFileError
from composer.safe_io import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    drafts = subparsers.add_parser("drafts", help="list, export and import saved drafts")
    commands = drafts.add_subparsers(dest="drafts_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list drafts, most recently changed first")
    listing.add_argument("--json", action="store_true", help="one JSON document")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="only drafts containing every word of TEXT")
    listing.add_argument("--status", choices=[s.value for s in Status])
    listing.set_defaults(func=run_list)

    export = commands.add_parser("export", help="write a draft as a portable post file")
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("file", metavar="FILE")
    export.set_defaults(func=run_export)

    imports = commands.add_parser("import", help="add post files as new drafts")
    imports.add_argument("files", nargs="+", metavar="FILE")
    imports.set_defaults(func=run_import)


def _open() -> DraftStore | None:
    try:
        store = DraftStore.open()
    except DraftError as exc:
        print(f"composer: {exc}", file=sys.stderr)
        return None
    _report(store.notices)
    return store


def _report(notices: list[StoreNotice]) -> None:
    for notice in notices:
        if notice.kind == "corrupt":
            print(f"composer: the drafts database was unusable ({notice.detail}); it was moved "
                  f"to {notice.moved_to} and a new one started", file=sys.stderr)
        elif notice.kind == "migrated":
            print(f"composer: drafts database upgraded ({notice.detail}); the old file was "
                  f"copied to {notice.moved_to}", file=sys.stderr)
        elif notice.kind == "read-only":
            print(f"composer: {notice.moved_to} cannot be written ({notice.detail}); drafts "
                  "can be read but not saved", file=sys.stderr)
        elif notice.kind == "damaged":
            print(f"composer: {printable(notice.detail, keep_newlines=False)}; it is left as "
                  "it is in the database and not listed", file=sys.stderr)


def _as_json(draft: DraftSummary) -> dict[str, object]:
    return {
        "id": draft.id,
        "title": draft.title,
        "organisation": draft.organisation,
        "status": draft.status.value,
        "created": draft.created.isoformat(timespec="seconds"),
        "updated": draft.updated.isoformat(timespec="seconds"),
        "status_changed": draft.status_changed.isoformat(timespec="seconds")
        if draft.status_changed else None,
        "exported_channels": list(draft.exported_channels),
        "changed_since_export": draft.changed_since_export,
    }


def run_list(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE

    store = _open()
    if store is None:
        return EXIT_UNUSABLE
    with store:
        seen = len(store.notices)
        drafts = store.list(search=args.search, status=args.status)
        _report(store.notices[seen:])
    kept = kept_files()
    if kept:
        print(f"composer: {len(kept)} text(s) kept when the app closed without saving "
              f"(the database was in use) wait in {recovery_dir()}; the app puts them back "
              "into the drafts when it starts", file=sys.stderr)
    if args.json:
        print(json.dumps({"drafts": [_as_json(d) for d in drafts]}, ensure_ascii=False))
        return EXIT_OK
    from composer.channels import channel_name

    rows = []
    for d in drafts:
        status = d.status.value
        if d.changed_since_export:
            status += ", changed since export"
        if d.exported_channels:
            status += f" ({', '.join(channel_name(c) for c in d.exported_channels)})"
        updated = d.updated.strftime("%Y-%m-%d %H:%M")
        title = printable(d.title, keep_newlines=False) if d.title else "(empty)"
        rows.append((d.id, updated, printable(d.organisation), status, title))
    # Columns as wide as their longest entry, so every title starts in the same column.
    org_width = max((len(row[2]) for row in rows), default=0)
    status_width = max((len(row[3]) for row in rows), default=0)
    for draft_id, updated, organisation, status, title in rows:
        print(f"{draft_id:>5}  {updated}  {organisation:{org_width}}  {status:{status_width}}  "
              f"{title}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE

    store = _open()
    if store is None:
        return EXIT_UNUSABLE
    try:
        with store:
            replaced = store.export_file(args.id, args.file)
    except DraftError as exc:
        print(f"composer: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if replaced:  # as ``export --all`` says it: nothing is replaced unsaid
        print(f"composer: {printable(str(args.file), keep_newlines=False)}: replaced "
              f"{replaced}", file=sys.stderr)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE, message_language
    from composer.cli.texts import post_file_error

    store = _open()
    if store is None:
        return EXIT_UNUSABLE
    status = EXIT_OK
    with store:
        for path in args.files:
            try:
                draft = store.import_file(path)
            except PostFileError as exc:
                print(f"composer: {post_file_error(exc, message_language(args))}",
                      file=sys.stderr)
                status = EXIT_UNUSABLE
                continue
            except DraftError as exc:
                print(f"composer: {exc}", file=sys.stderr)
                status = EXIT_UNUSABLE
                continue
            print(f"{draft.id}\t{path}")
    return status
