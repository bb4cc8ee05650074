"""``composer doctor``: is everything composer needs installed?

Lists each post language's spell engine, dictionary and version, or exactly what to
install (Debian and pip package names), and the optional dictionaries that tell quoted
foreign phrases from misspellings. Exit status 0 when every post language's spelling is
present, 1 when something is missing; ``--json`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json

from composer.i18n import language_name


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser(
        "doctor", help="show the spell engines and dictionaries, or what to install"
    )
    doctor.add_argument("--json", action="store_true", help="print one JSON object")
    doctor.set_defaults(func=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from composer.spelling import spelling_status
    from composer.spelling.foreign_phrases import FOREIGN, available, install_hint

    statuses = spelling_status()
    complete = all(s.available and not s.install for s in statuses)
    phrases = available()
    missing = [language for language in FOREIGN if language not in phrases]
    if args.json:
        print(json.dumps({"ok": complete, "spelling": [s.to_dict() for s in statuses],
                          "foreign_phrases": {"available": list(phrases),
                                              "install": install_hint(missing)}},
                         ensure_ascii=False))
        return 0 if complete else 1
    print("Spelling")
    for s in statuses:
        title = f"  {s.language}  {language_name(s.language, 'en'):8}"
        if not s.available:
            print(f"{title} MISSING  {s.problem}")
            print(f"{'':16}install: {s.install}")
            continue
        version = f" {s.dictionary_version}" if s.dictionary_version else ""
        print(f"{title} ok       {s.engine} {s.engine_version}, "
              f"dictionary {s.dictionary}{version}")
        if s.path:
            print(f"{'':16}{s.path}")
        for note in s.notes:
            print(f"{'':16}{note}")
        if s.install:
            print(f"{'':16}install: {s.install}")
    names = ", ".join(language_name(language, "en") for language in phrases) or "none"
    print(f"Quoted foreign phrases (optional): {names}")
    if missing:
        print(f"{'':16}install: {install_hint(missing)}")
    if not complete:
        print("\nSome spelling support is missing: install the packages above "
              "(scripts/setup.sh installs them all).")
    return 0 if complete else 1
