"""composer: a post composer with a guideline assistant for municipal communications.

Library use::

    from composer import load_post, check
    post = load_post("post.json")
    for finding in check(post):
        print(finding.rule, finding.message)
"""

__version__ = "0.1.0"

from composer.engine import Engine, check
from composer.model import CHANNELS, LANGUAGES, ROLES, Finding, Media, Post, Severity
from composer.postfile import PostFileError, load_post, parse_post, save_post

__all__ = [
    "CHANNELS",
    "LANGUAGES",
    "ROLES",
    "Engine",
    "Finding",
    "Media",
    "Post",
    "PostFileError",
    "Severity",
    "check",
    "load_post",
    "parse_post",
    "save_post",
]
