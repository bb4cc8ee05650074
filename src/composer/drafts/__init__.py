"""Drafts: every post in progress kept in an SQLite store with status and history,
templates for recurring posts, and import/export of the portable post file.

Qt-free; the app's autosave and drafts dialog build on this.
"""

from composer.drafts.errors import (
    DraftError,
    DraftNotFound,
    DraftSaveError,
    DraftStoreError,
    StoreNotice,
    TemplateError,
)
from composer.drafts.records import Draft, DraftSummary, Status
from composer.drafts.store import DraftStore
from composer.drafts.templates import Template, get_template, templates_for

__all__ = [
    "Draft",
    "DraftError",
    "DraftNotFound",
    "DraftSaveError",
    "DraftStore",
    "DraftStoreError",
    "DraftSummary",
    "Status",
    "StoreNotice",
    "Template",
    "TemplateError",
    "get_template",
    "templates_for",
]
