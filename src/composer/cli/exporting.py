"""``composer export`` and ``composer count``.

- ``composer export FILE --channel ID [--json] [--force]``: the ready-to-paste text for
  one channel on standard output, ending in a newline; the posts of a thread are
  separated by a line ``---``. The post is checked first: with an error that must be
  fixed before publishing, nothing is exported, the errors go to standard error and the
  exit status is 1, unless ``--force``. Other findings go to standard error (with
  ``--json`` they are in the object: ``{"channel", "posts", "lengths", "limit",
  "findings"}``).
- ``composer export FILE --all --out DIR [--force] [--overwrite]``: one UTF-8 text file
  per selected channel (every channel when the post selects none), named after the post
  file (``DIR/market-day-x.txt`` ...); files already there are not replaced (exit 2)
  unless ``--overwrite``.
- ``composer count --channel ID [--json-lines]``: the length of the text on standard input
  as the channel counts it: ``{"length": n, "limit": m, "fits": true}``. With
  ``--json-lines`` each input line is a JSON string and each output line one object.

Exit status: 0 fine (or exported with ``--force``), 1 an error-severity finding held the
export back, 2 unusable input (unknown channel or organisation, unreadable file, bad JSON
line, export files already there).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from composer.channels import UnknownChannelError, count_spec, get_spec
from composer.channels.counting import fits
from composer.model import CHANNELS, Finding, Post, Severity
from composer.settings import Settings


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
    export.add_argument("--force", action="store_true",
                        help="export even though errors must be fixed before publishing")
    export.add_argument("--overwrite", action="store_true",
                        help="replace export files already in DIR (--all)")
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


def _report(findings: list[Finding], post: Post, language: str) -> None:
    from composer.cli.texts import severity_label
    from composer.gate import describe
    from composer.safe_io import printable

    for finding in findings:
        line = f"{severity_label(finding.severity, language)}: {describe(finding, post, language)}"
        print(printable(line), file=sys.stderr)


def _checked(post: Post, channels: list[str], settings: Settings, language: str) -> Any:
    """The check pipeline's result for ``post`` published on ``channels``: every
    finding (the gate's errors among them, an empty required version too) and each
    channel's export, computed once."""
    from composer.engine import Engine
    from composer.pipeline import PipelineRequest

    request = PipelineRequest(dataclasses.replace(post, channels=channels), language,
                              settings, publishing=True)
    result = Engine().run(request)
    if result.export_errors:
        raise UnknownChannelError(next(iter(result.export_errors)))
    return result


def run_export(args: argparse.Namespace) -> int:
    from composer.channels.export import export_text, write_export_files
    from composer.channels.files import ExportFilesExist
    from composer.cli import EXIT_FINDINGS, EXIT_OK, message_language
    from composer.cli.texts import (
        post_file_error,
        reason,
        unknown_channel,
        unknown_organisation,
    )
    from composer.cli.texts import text as cli_text
    from composer.gate import blocking
    from composer.postfile import PostFileError, load_post
    from composer.profiles import UnknownOrganisation
    from composer.safe_io import printable

    settings = Settings.load()
    language = message_language(args)
    if args.all and not args.out:
        return _error(cli_text("all-needs-out", language))
    try:
        post = load_post(args.file)
    except PostFileError as exc:
        return _error(post_file_error(exc, language))
    try:
        channels = (list(post.channels) or list(CHANNELS)) if args.all else [args.channel]
        for channel in channels:
            get_spec(channel, settings)
        result = _checked(post, channels, settings, language)
        errors = blocking(result.findings, channels, settings)
        if errors and not args.force:
            _report(errors, post, language)
            print(f"composer: {cli_text('not-exported', language, count=len(errors))}",
                  file=sys.stderr)
            return EXIT_FINDINGS
        if args.all:
            written = write_export_files(result.exports, Path(args.out),
                                         name=Path(args.file).name, overwrite=args.overwrite)
            for item in written:
                print(printable(str(item.path), keep_newlines=False))
                if item.replaced:
                    print(f"composer: {printable(str(item.path), keep_newlines=False)}: "
                          f"replaced {item.replaced}", file=sys.stderr)
        else:
            export = result.exports[args.channel]
            if args.json:
                found = [f.to_dict() for f in _reported(result.findings, args.channel)]
                print(json.dumps({**export.to_dict(), "findings": found}, ensure_ascii=False))
            else:
                text = export_text(export)
                sys.stdout.write((printable(text) if sys.stdout.isatty() else text) + "\n")
    except UnknownChannelError as exc:
        return _error(unknown_channel(exc.channel_id, CHANNELS, language))
    except UnknownOrganisation as exc:
        return _error(unknown_organisation(exc.org_id, exc.known, language))
    except ExportFilesExist as exc:
        return _error(cli_text("files-exist", language, files=str(exc)))
    except OSError as exc:
        why = reason(str(exc.strerror or exc), language)
        if not args.all:  # the standard output: "> /dev/full"
            return _error(cli_text("output-not-written", language, reason=why))
        # the file that failed, where the system names it; else the folder
        where = exc.filename if isinstance(exc.filename, str) else args.out
        return _error(cli_text("cannot-write", language, path=where, reason=why))
    if not args.json or args.all:
        shown = [f for channel in result.exports for f in _reported(result.findings, channel)]
        _report([f for f in dict.fromkeys(shown) if f.severity is not Severity.INFO
                 or f.family == "channel"], post, language)
    return EXIT_OK


def _reported(findings: list[Finding], channel: str) -> list[Finding]:
    """What exporting ``channel`` reports: its own findings, then the whole post's."""
    return [f for f in findings if f.channel == channel] + [
        f for f in findings if f.channel is None
    ]


def _result(text: str, channel: str, settings: object) -> dict[str, object]:
    spec = get_spec(channel, settings)  # type: ignore[arg-type]
    return {"length": count_spec(text, spec), "limit": spec.max_length, "fits": fits(text, spec)}


def run_count(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE, message_language
    from composer.cli.texts import unknown_channel
    from composer.safe_io import loads_json

    settings = Settings.load()
    try:
        get_spec(args.channel, settings)
    except UnknownChannelError as exc:
        return _error(unknown_channel(exc.channel_id, CHANNELS, message_language(args)))
    from composer.cli.texts import text as cli_text
    from composer.postfile import MAX_FILE_BYTES

    # Read as a post file is: at most 16 MiB, and UTF-8 text (binary input has no length
    # any network would show).
    raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    language = message_language(args)
    if len(raw) > MAX_FILE_BYTES:
        return _error("<stdin>: " + cli_text(
            "file-cannot-read", language,
            reason=cli_text("reason-larger-than", language, size="16 MiB")))
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error("<stdin>: " + cli_text("file-not-utf8", language, byte=exc.start))
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
