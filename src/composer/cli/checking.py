"""``composer check``, ``composer hashtags`` and ``composer profiles``."""

from __future__ import annotations

import argparse
import json
import sys

from composer.engine import Engine
from composer.model import Severity
from composer.postfile import PostFileError, load_post
from composer.profiles import load_profiles
from composer.safe_io import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser("check", help="check post files against the guidelines")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true", help="one JSON object per line per file")
    check.set_defaults(func=run_check)

    hashtags = subparsers.add_parser(
        "hashtags", help="suggest the organisation's official hashtags for a post"
    )
    hashtags.add_argument("file", metavar="FILE")
    hashtags.add_argument("--json", action="store_true", help='{"suggestions": [...]} as JSON')
    hashtags.set_defaults(func=run_hashtags)

    profiles = subparsers.add_parser("profiles", help="list the organisations available")
    profiles.add_argument("--json", action="store_true")
    profiles.set_defaults(func=run_profiles)


def run_check(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, message_language
    from composer.cli.texts import post_file_error, severity_label, text

    language = message_language(args)
    width = max(len(severity_label(severity, language)) for severity in Severity)
    engine = Engine()
    status = EXIT_OK
    for path in args.files:
        try:
            post = load_post(path)
        except PostFileError as exc:
            shown_error = printable(post_file_error(exc, language), keep_newlines=False)
            print(f"composer: {shown_error}", file=sys.stderr)
            status = EXIT_UNUSABLE
            continue
        findings = engine.check(post, ui_language=language, publishing=True)
        if any(f.severity is Severity.ERROR for f in findings) and status == EXIT_OK:
            status = EXIT_FINDINGS
        if args.json:
            print(json.dumps({"file": path, "findings": [f.to_dict() for f in findings]},
                             ensure_ascii=False))
            continue
        # Text output goes to a terminal: control characters (ESC, BEL ...) from the post
        # are shown escaped, never sent raw.
        shown = printable(str(path), keep_newlines=False)
        print(text("findings", language, count=len(findings), file=shown))
        for f in findings:
            where = f.language or text("where-post", language)
            if f.start is not None:
                excerpt = post.text(f.language or "")[f.start:f.end]
                where += f" {f.start}-{f.end} «{printable(excerpt, keep_newlines=False)}»"
            print(f"  {severity_label(f.severity, language):{width}} {f.rule:28} {where}")
            print(f"          {printable(f.message, keep_newlines=False)}")
            if f.suggestions:
                suggestions = ", ".join(printable(s, keep_newlines=False) for s in f.suggestions)
                print(f"          → {suggestions}")
            if f.guideline:
                print(f"          ({printable(f.guideline, keep_newlines=False)})")
    return status


def run_hashtags(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_OK, EXIT_UNUSABLE, message_language
    from composer.cli.texts import post_file_error, text
    from composer.hashtags import suggest_hashtags

    language = message_language(args)
    try:
        post = load_post(args.file)
    except PostFileError as exc:
        print(f"composer: {post_file_error(exc, language)}", file=sys.stderr)
        return EXIT_UNUSABLE
    suggestions = suggest_hashtags(post, load_profiles().get(post.organisation))
    if args.json:
        print(json.dumps({"suggestions": [s.to_dict() for s in suggestions]},
                         ensure_ascii=False))
        return EXIT_OK
    if not suggestions:
        print(text("no-hashtags", language, file=args.file))
    for s in suggestions:
        kind = text("hashtag-official" if s.official else "hashtag-other", language)
        state = text("hashtag-used" if s.used else "hashtag-not-used", language)
        print(f"{s.language}  {printable(s.tag, keep_newlines=False):32} {kind:10} {state}")
    return EXIT_OK


def run_profiles(args: argparse.Namespace) -> int:
    from composer.cli import message_language
    from composer.cli.texts import text

    language = message_language(args)
    result = load_profiles()
    if args.json:
        print(json.dumps({
            "profiles": [
                {"id": p.id, "names": p.names, "file": str(p.source), "builtin": p.builtin,
                 "languages": p.language_order, "required": p.required_languages}
                for p in result.profiles.values()
            ],
            "errors": [str(e) for e in result.errors],
        }, ensure_ascii=False))
    else:
        builtin, user = text("profile-builtin", language), text("profile-user", language)
        width = max(len(builtin), len(user))
        for p in result.profiles.values():
            kind = builtin if p.builtin else user
            print(f"{p.id:12} {p.name(language):28} {kind:{width}} {p.source}")
        for error in result.errors:
            print(f"composer: {text('profile-broken', language, error=error)}",
                  file=sys.stderr)
    return 0
