"""What each language's spell checking runs on, or what to install: for
``composer doctor``, the app's settings page and the ``spelling.unavailable`` finding."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from composer import morphology
from composer.model import LANGUAGES
from composer.spelling.engines import INSTALL, SpellingUnavailable, engine, pyspellchecker

#: Where Voikko dictionaries are usually installed (for reading their version).
VOIKKO_DIRS = (Path("/usr/lib/voikko"), Path("/usr/local/lib/voikko"),
               Path("/usr/share/voikko"), Path.home() / ".voikko")


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    available: bool
    engine: str = ""
    engine_version: str = ""
    dictionary: str = ""
    dictionary_version: str = ""
    path: str = ""
    #: Empty when all is installed; else the Debian and pip packages to install.
    install: str = ""
    problem: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["notes"] = list(self.notes)
        return data


def _pip_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _debian_package(path: Path) -> tuple[str, str]:
    """(package, version) owning ``path`` according to dpkg, or empty strings."""
    if not shutil.which("dpkg-query"):
        return "", ""
    try:
        owner = subprocess.run(["dpkg-query", "-S", str(path)], capture_output=True,
                               text=True, timeout=10, check=False).stdout
        package = owner.split(":", 1)[0].strip() if owner else ""
        if not package:
            return "", ""
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                 capture_output=True, text=True, timeout=10,
                                 check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "", ""
    return package, version


def _voikko_dictionary() -> tuple[str, str, str]:
    """(description, version, folder) of the installed Finnish Voikko dictionary."""
    configured = (Path(morphology.VOIKKO_PATH),) if morphology.VOIKKO_PATH else ()
    for base in (*configured, *VOIKKO_DIRS):
        for index in sorted(base.glob("*/mor-*/index.txt")):
            try:
                fields = dict(
                    line.split(": ", 1) for line in index.read_text(encoding="utf-8")
                    .splitlines() if ": " in line
                )
            except OSError:
                continue
            if fields.get("Language", "").startswith("fi"):
                return (fields.get("Description", ""), fields.get("SM-Version", ""),
                        str(index.parent))
    return "", "", ""


def language_status(language: str) -> LanguageStatus:
    """Try the language's engine and describe it (or what is missing)."""
    try:
        spell = engine(language)
    except SpellingUnavailable as exc:
        return LanguageStatus(language, False, install=INSTALL.get(language, ""),
                              problem=exc.detail)
    if language == "fi":
        import libvoikko

        description, version, folder = _voikko_dictionary()
        package = _debian_package(Path(folder) / "index.txt")[0] if folder else ""
        return LanguageStatus(
            language, True, engine="Voikko (libvoikko)",
            engine_version=str(libvoikko.Voikko.getVersion()),
            dictionary=description or spell.dictionary, dictionary_version=version,
            path=folder,
            notes=(f"dictionary from Debian package {package}",) if package else (),
        )
    name, dictionaries = morphology.hunspell_dictionary(language) or ("", Path())
    dic = Path(dictionaries) / f"{name}.dic"
    package, version = _debian_package(dic)
    notes: list[str] = []
    preferred = morphology.HUNSPELL_DICTS[language][0]
    if name != preferred:
        notes.append(f"{preferred} is not installed; using {name}")
    if package:
        notes.append(f"dictionary from Debian package {package}")
    install = ""
    if language == "en":
        if pyspellchecker() is None:
            install = "pip: pyspellchecker"
            notes.append("pyspellchecker is missing: quick suggestions use simple edits")
        else:
            notes.append(f"suggestions ranked by pyspellchecker {_pip_version('pyspellchecker')}")
    return LanguageStatus(
        language, True, engine="Hunspell (chunspell)",
        engine_version=_pip_version("chunspell"), dictionary=name,
        dictionary_version=version, path=str(dic), install=install, notes=tuple(notes),
    )


def spelling_status() -> list[LanguageStatus]:
    return [language_status(language) for language in LANGUAGES]
