"""Templates for recurring posts (opening hours, road works, events), stored as data.

Bundled templates live in ``resources/templates/<organisation>.toml``; a user's own in
``<config dir>/templates/<organisation>.toml`` (an entry with the same id replaces the
bundled one). Each top-level table is one template::

    [opening-hours]
    names = { fi = "Aukioloajat", sv = "Öppettider", en = "Opening hours" }
    channels = ["facebook"]
    [opening-hours.versions]
    fi = "…"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer import settings
from composer.config_checks import line_of
from composer.drafts.errors import TemplateError
from composer.model import CHANNELS, LANGUAGES, ROLES, Post
from composer.resources import resource_path
from composer.safe_io import read_limited


@dataclass(frozen=True)
class Template:
    """A ready-made start for a recurring kind of post."""

    id: str
    organisation: str
    names: dict[str, str]
    versions: dict[str, str]
    channels: tuple[str, ...] = ()
    role: str = "organisation"
    source: Path = field(default=Path(), compare=False)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(
            iter(self.names.values()), self.id
        )

    def new_post(self) -> Post:
        return Post(
            organisation=self.organisation,
            role=self.role,
            channels=list(self.channels),
            versions=dict(self.versions),
        )


def _strings(value: Any, where: str, allowed: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: must be a table of language = text")
    for key, text in value.items():
        if key not in allowed:
            raise TemplateError(f"{where}.{key}: unknown language (known: {', '.join(allowed)})")
        if not isinstance(text, str):
            raise TemplateError(f"{where}.{key}: must be a string")
    return dict(value)


#: The largest template file read (a FIFO or a device is refused without reading).
MAX_TEMPLATE_BYTES = 1024 * 1024


def _parse(path: Path, organisation: str) -> dict[str, Template]:
    try:
        text = read_limited(path, MAX_TEMPLATE_BYTES).decode("utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: {exc}") from exc
    templates: dict[str, Template] = {}
    for key, entry in data.items():
        line = line_of(text, key)
        where = f"{path}:{line}: [{key}]" if line else f"{path}: [{key}]"
        if not isinstance(entry, dict):
            raise TemplateError(f"{where}: must be a table")
        names = _strings(entry.get("names"), f"{where} names", LANGUAGES)
        if not names:
            raise TemplateError(f"{where} names: give at least one name")
        versions = _strings(entry.get("versions", {}), f"{where} versions", LANGUAGES)
        channels = entry.get("channels", [])
        if not isinstance(channels, list) or any(c not in CHANNELS for c in channels):
            raise TemplateError(f"{where} channels: must list known channels "
                                f"({', '.join(CHANNELS)})")
        role = entry.get("role", "organisation")
        if role not in ROLES:
            raise TemplateError(f"{where} role: unknown role {role!r}")
        templates[key] = Template(key, organisation, names, versions, tuple(channels), role, path)
    return templates


def template_files(organisation: str) -> list[Path]:
    """Where the templates of ``organisation`` are read from, bundled first."""
    name = f"{organisation}.toml"
    return [resource_path("templates", name), settings.config_dir() / "templates" / name]


def templates_for(organisation: str) -> list[Template]:
    """The organisation's templates in file order; user entries replace bundled ones.

    Raises :class:`TemplateError` naming the file and entry of a malformed template."""
    merged: dict[str, Template] = {}
    for path in template_files(organisation):
        if path.is_file():
            merged.update(_parse(path, organisation))
    return list(merged.values())


def get_template(organisation: str, template_id: str) -> Template:
    for template in templates_for(organisation):
        if template.id == template_id:
            return template
    raise TemplateError(f"no template {template_id!r} for {organisation}")
