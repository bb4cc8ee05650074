"""``composer team``: team review through a shared folder or a WebDAV server.

    composer team [--team URL_OR_FOLDER] send POST.json
    composer team list [--json]
    composer team get ID OUT.json
    composer team comment ID --lang fi --text "…" [--start N --end N]
    composer team approve ID [--despite-errors]
    composer team status ID STATUS

The space comes from ``--team`` or the settings; the password from the keyring or
``COMPOSER_TEAM_PASSWORD`` (user: ``COMPOSER_TEAM_USER``). Exit 0 on success; 1 on a
conflict (both versions are kept in the space; the message says where), a status that no
longer applies, or approving a post with open errors without ``--despite-errors``; 2 on
bad input or an unreachable space. Messages are in the language ``composer --lang`` (or
``COMPOSER_LANG``) chooses; JSON output is not translated.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from composer.postfile import MAX_FILE_BYTES, PostFileError, load_post
from composer.team.errors import Conflict, OpenErrors, StatusConflict, TeamError
from composer.team.record import Status, check_id, parse_status
from composer.team.service import Fetched, TeamService

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    """Text from the team space as printable (no terminal control sequences)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                        else f"\\u{ord(m.group()):04x}", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser("team", help="review posts together through a shared "
                                 "folder or a WebDAV server")
    team.add_argument("--team", metavar="URL_OR_FOLDER",
                      help="the team space (default: the one in Preferences)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--team", metavar="URL_OR_FOLDER", default=argparse.SUPPRESS,
                        help="the team space (default: the one in Preferences)")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    send = actions.add_parser("send", parents=[common], help="send a post file for review "
                              "(a new post, or an update of one fetched with get)")
    send.add_argument("file", metavar="POST.json")
    send.set_defaults(func=run_send)

    listing = actions.add_parser("list", parents=[common], help="the team's posts")
    listing.add_argument("--json", action="store_true", help="one JSON document")
    listing.set_defaults(func=run_list)

    get = actions.add_parser("get", parents=[common], help="write a team post to a file")
    get.add_argument("id", metavar="ID")
    get.add_argument("out", metavar="OUT.json")
    get.set_defaults(func=run_get)

    comment = actions.add_parser("comment", parents=[common], help="comment on a post")
    comment.add_argument("id", metavar="ID")
    comment.add_argument("--lang", dest="comment_lang", default="", choices=("fi", "sv", "en"),
                         help="the language version the comment is about")
    comment.add_argument("--text", required=True)
    comment.add_argument("--start", type=int, help="start of the commented span")
    comment.add_argument("--end", type=int, help="end of the commented span")
    comment.set_defaults(func=run_comment)

    approve = actions.add_parser("approve", parents=[common], help="approve a post")
    approve.add_argument("id", metavar="ID")
    approve.add_argument("--despite-errors", action="store_true",
                         help="approve even though the post has open errors (recorded)")
    approve.set_defaults(func=run_approve)

    status = actions.add_parser("status", parents=[common], help="set a post's status: "
                                + ", ".join(s.value for s in Status))
    status.add_argument("id", metavar="ID")
    status.add_argument("status", metavar="STATUS")
    status.add_argument("--despite-errors", action="store_true",
                        help="approve even though the post has open errors (recorded)")
    status.set_defaults(func=run_status)


def _fail(message: str) -> None:
    print(f"composer: {_safe(message)}", file=sys.stderr)


def _language(args: argparse.Namespace) -> str:
    from composer.cli import message_language

    return message_language(args)


def _error(exc: Exception, language: str) -> str:
    """What went wrong, in ``language``."""
    from composer.cli.texts import post_file_error, team_error

    if isinstance(exc, PostFileError):
        return post_file_error(exc, language)
    return team_error(str(exc), language)


def _run(args: argparse.Namespace, action: Any) -> int:
    from composer.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE
    from composer.team.space import open_service

    language = _language(args)
    try:
        service = open_service(args.team)
    except TeamError as exc:
        _fail(_error(exc, language))
        return EXIT_UNUSABLE
    try:
        return int(action(service) or EXIT_OK)
    except (Conflict, StatusConflict, OpenErrors) as exc:
        _fail(_error(exc, language))
        return EXIT_FINDINGS
    except (TeamError, PostFileError) as exc:
        _fail(_error(exc, language))
        return EXIT_UNUSABLE
    finally:
        service.close()


def run_send(args: argparse.Namespace) -> int:
    from composer.cli import EXIT_UNUSABLE
    from composer.cli.texts import text
    from composer.team.findings import check_summary

    language = _language(args)
    try:
        post = load_post(args.file)
        link = _team_block(args.file)
    except (PostFileError, ValueError) as exc:
        _fail(_error(exc, language))
        return EXIT_UNUSABLE

    def send(service: TeamService) -> None:
        findings = check_summary(post)
        if link.get("id"):
            fetched = service.update_content(check_id(str(link["id"])), post, findings,
                                             str(link["revision"]),
                                             int(link.get("content_version") or 0))
        else:
            fetched = service.send_new(post, findings)
        print(fetched.record.id)
        if findings.errors:
            # Sent all the same: reviewing is how a post with an error gets fixed; but
            # the sender hears that the shared copy holds what must not be published.
            _fail(text("sent-with-errors", language, count=findings.errors))

    return _run(args, send)


def _team_block(path: str) -> dict[str, Any]:
    """The ``team`` object ``get`` wrote into a post file (empty for a plain post); a
    :class:`ValueError` (``path: why``, in English) if it cannot be used."""
    if Path(path).stat().st_size > MAX_FILE_BYTES:
        raise ValueError(f"{path}: too large")
    data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    block = data.get("team") if isinstance(data, dict) else None
    if block is None:
        return {}
    if not isinstance(block, dict):
        raise ValueError(f"{path}: team must be an object")
    if block.get("id") and not isinstance(block.get("revision"), str):
        raise ValueError(f"{path}: team.revision is missing; fetch the post again with "
                         "composer team get")
    version = block.get("content_version", 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError(f"{path}: team.content_version must be a number")
    return block


def run_list(args: argparse.Namespace) -> int:
    from composer.cli.texts import team_error, text

    language = _language(args)

    def show(service: TeamService) -> None:
        listing = service.list()
        for problem in listing.problems:
            _fail(text("team-skipped", language, problem=team_error(problem, language)))
        if args.json:
            print(json.dumps({"posts": [p.to_dict() for p in listing.posts],
                              "problems": listing.problems, "foreign": listing.foreign},
                             ensure_ascii=False))
            return
        for p in listing.posts:
            errors = text("team-errors", language, count=p.open_errors) if p.open_errors \
                else text("team-no-errors", language)
            extra = "  " + text("team-conflicting", language, count=len(p.conflicts)) \
                if p.conflicts else ""
            if p.locked_by:
                extra += "  " + text("team-editing", language, who=p.locked_by)
            print(_safe(f"{p.id}  {p.status.value:18} {p.author[:16]:16} "
                        f"{','.join(p.languages):8} {errors:12} {p.updated}  "
                        f"{p.title[:40]}{extra}"))

    return _run(args, show)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def post_file_of(fetched: Fetched, space: str) -> dict[str, Any]:
    record = fetched.record
    data = record.post.to_dict()
    data["team"] = {"id": record.id, "revision": fetched.revision,
                    "content_version": record.content_version, "space": space,
                    "status": record.status.value,
                    "review": [s.to_dict() for s in record.history],
                    "findings": record.findings.to_dict(),
                    "comments": [c.to_dict() for c in record.comments]}
    return data


def run_get(args: argparse.Namespace) -> int:
    def get(service: TeamService) -> None:
        fetched = service.get(args.id)
        try:
            _write_json(Path(args.out), post_file_of(fetched, service.storage.location))
        except OSError as exc:
            from composer.team.errors import BadInput

            raise BadInput(f"{args.out}: cannot write ({exc.strerror or exc})") from None

    return _run(args, get)


def run_comment(args: argparse.Namespace) -> int:
    return _run(args, lambda service: service.comment(
        args.id, args.comment_lang, args.text, args.start, args.end) and None)


def run_approve(args: argparse.Namespace) -> int:
    return _run(args, lambda service: service.set_status(
        args.id, Status.APPROVED, accept_open_errors=args.despite_errors) and None)


def run_status(args: argparse.Namespace) -> int:
    return _run(args, lambda service: service.set_status(
        args.id, parse_status(args.status), accept_open_errors=args.despite_errors) and None)
