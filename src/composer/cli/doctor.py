"""``composer doctor``: is everything composer needs installed?

Lists each post language's spell engine, dictionary and version, or exactly what to
install (Debian and pip package names), and the optional dictionaries that tell quoted
foreign phrases from misspellings. Exit status 0 when every post language's spelling is
present, 1 when something is missing; ``--json`` prints one JSON object (not translated,
unlike the text, which is in the message language).
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


def language_title(code: str, language: str) -> str:
    """The name of language ``code`` as a heading in ``language`` (``Finnish``, ``suomi``,
    ``finska``)."""
    from composer.cli.texts import has_text, text

    if has_text(f"language-{code}"):
        return text(f"language-{code}", language)
    return language_name(code, language)


def run_doctor(args: argparse.Namespace) -> int:
    from composer.cli import message_language
    from composer.cli.texts import spelling_note, text
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
    language = message_language(args)
    ok, missing_word = text("doctor-ok", language), text("doctor-missing", language)
    width = max(len(ok), len(missing_word))
    indent = " " * 16
    print(text("doctor-spelling", language))
    for s in statuses:
        title = f"  {s.language}  {language_title(s.language, language):8}"
        if not s.available:
            print(f"{title} {missing_word:{width}}  {spelling_note(s.problem, language)}")
            print(indent + text("doctor-install", language, packages=s.install))
            continue
        version = f" {s.dictionary_version}" if s.dictionary_version else ""
        print(f"{title} {ok:{width}}  " + text(
            "doctor-engine", language, engine=s.engine, engine_version=s.engine_version,
            dictionary=s.dictionary, version=version))
        if s.path:
            print(f"{indent}{s.path}")
        for note in s.notes:
            print(f"{indent}{spelling_note(note, language)}")
        if s.install:
            print(indent + text("doctor-install", language, packages=s.install))
    names = ", ".join(language_title(code, language) for code in phrases)
    print(text("doctor-foreign-phrases", language,
               names=names or text("doctor-none", language)))
    if missing:
        print(indent + text("doctor-install", language, packages=install_hint(missing)))
    if not complete:
        print("\n" + text("doctor-incomplete", language))
    return 0 if complete else 1
