"""Draft translation between a post's language versions through the machine translation
service the organisation chose (DeepL's API or a self-hosted LibreTranslate), with the
guideline engine as gatekeeper and the API key kept in the operating system's keyring.

Nothing else in composer depends on this package; without network or a key it reports a
clear error and the rest of the app works as before.
"""

from composer.translate.errors import TranslationBlocked, TranslationError
from composer.translate.service import TranslationService, make_service
from composer.translate.workflow import TranslationResult, translate_version

__all__ = [
    "TranslationBlocked",
    "TranslationError",
    "TranslationResult",
    "TranslationService",
    "make_service",
    "translate_version",
]
