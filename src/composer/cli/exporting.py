"""``composer export`` and ``composer count``.

- ``composer export FILE --channel ID [--json]``: the ready-to-paste text for one channel
  on standard output; the posts of a thread are separated by a line ``---``. Findings go
  to standard error (with ``--json`` they are in the object:
  ``{"channel", "posts", "lengths", "limit", "findings"}``).
- ``composer export FILE --all --out DIR``: one UTF-8 text file per selected channel
  (``DIR/x.txt`` ...; every channel when the post selects none).
- ``composer count --channel ID [--json-lines]``: the length of the text on standard input
  as the channel counts it: ``{"length": n, "limit": m, "fits": true}``. With
  ``--json-lines`` each input line is a JSON string and each output line one object.

Exit status: 0 fine, 1 an error-severity finding (the text does not fit), 2 unusable input
(unknown channel or organisation, unreadable file, bad JSON line).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from composer.channels import UnknownChannelError, count_spec, get_spec
from composer.channels.counting import fits
from composer.model import CHANNELS, Severity


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help="print or write the ready-to-paste text per channel"
    )
    export.add_argument("file", metavar="FILE")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--channel", metavar="ID", help=f"one of: {', '.join(CHANNELS)}")
    which.add_argument("--all", action="store_true", help="every selected channel (--out)")
    export.add_argument("--out", metavar="DIR", help="folder for the text files (--all)")
    export.add_argument("--json", action="store_true", help="print one JSON object")
    export.set_defaults(func=run_export)

    counter = subparsers.add_parser(
        "count", help="count text on standard input as a channel counts it"
    )
    counter.add_argument("--channel", metavar="ID", required=True,
                         help=f"one of: {', '.join(CHANNELS)}")
    counter.add_argument("--json-lines", action="store_true",
                         help="each input line is a JSON string; one result per line")
    counter.set_defaults(func=run_count)


def _error(text: str) -> int:
    from composer.cli import EXIT_UNUSABLE

    print(f"composer: {text}", file=sys.stderr)
    return EXIT_UNUSABLE


def run_export(args: argparse.Namespace) -> int:
    from composer.channels.export import export_channel, export_text, write_export_files
    from composer.cli import EXIT_FINDINGS, EXIT_OK, message_language
    from composer.postfile import PostFileError, load_post
    from composer.profiles import UnknownOrganisation
    from composer.safe_io import printable
    from composer.settings import Settings

    settings = Settings.load()
    language = message_language(args)
    try:
        post = load_post(args.file)
    except PostFileError as exc:
        return _error(str(exc))
    try:
        if args.all:
            if not args.out:
                return _error("--all needs --out DIR")
            channels = list(post.channels) or list(CHANNELS)
            post.channels = channels
            exports = [
                export_channel(post, channel, settings=settings, ui_language=language)
                for channel in channels
            ]
            written = write_export_files(post, Path(args.out), settings=settings,
                                         ui_language=language, channels=channels)
            for item in written:
                print(printable(str(item.path), keep_newlines=False))
                if item.replaced:
                    print(f"composer: {printable(str(item.path), keep_newlines=False)}: "
                          f"replaced {item.replaced}", file=sys.stderr)
        else:
            get_spec(args.channel, settings)
            exports = [export_channel(post, args.channel, settings=settings,
                                      ui_language=language)]
            if args.json:
                print(json.dumps(exports[0].to_dict(), ensure_ascii=False))
            else:
                print(printable(export_text(exports[0])) if sys.stdout.isatty()
                      else export_text(exports[0]))
    except UnknownChannelError as exc:
        return _error(str(exc))
    except UnknownOrganisation as exc:
        return _error(str(exc.args[0]) if exc.args else "unknown organisation")
    except OSError as exc:
        return _error(f"cannot write {args.out}: {exc.strerror or exc}")
    failed = False
    for export in exports:
        for finding in export.findings:
            failed = failed or finding.severity is Severity.ERROR
            if not args.json or args.all:
                print(f"{finding.severity.label}: {printable(finding.message)}", file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK


def _result(text: str, channel: str, settings: object) -> dict[str, object]:
    spec = get_spec(channel, settings)  # type: ignore[arg-type]
    return {"length": count_spec(text, spec), "limit": spec.max_length, "fits": fits(text, spec)}


def run_count(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE
    from composer.safe_io import loads_json
    from composer.settings import Settings

    settings = Settings.load()
    try:
        get_spec(args.channel, settings)
    except UnknownChannelError as exc:
        return _error(str(exc))
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    if not args.json_lines:
        if data.endswith("\n"):
            data = data[:-1].removesuffix("\r")  # the newline that ends the input
        print(json.dumps(_result(data, args.channel, settings)))
        return EXIT_OK
    status = EXIT_OK
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            text = loads_json(line)
        except ValueError:  # also too deeply nested, a number with too many digits
            text = None
        if not isinstance(text, str):
            print(json.dumps({"error": f"line {number}: not a JSON string"}))
            status = EXIT_UNUSABLE
            continue
        print(json.dumps(_result(text, args.channel, settings)))
    return status
