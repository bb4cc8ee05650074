"""Team review through a space the organisation already runs: a shared folder or a
WebDAV server. Qt-free; the CLI (``composer team``) and the app use it.

* :mod:`~composer.team.storage`: the storage interface; :mod:`~composer.team.folder` and
  :mod:`~composer.team.webdav` implement it.
* :mod:`~composer.team.record`: the team post file (post, review record, comments).
* :mod:`~composer.team.service`: what a user does (send, list, comment, approve …).
* :mod:`~composer.team.outbox`: changes waiting to be sent while offline.
"""

from composer.team.errors import Conflict, TeamError
from composer.team.record import Status, TeamPost
from composer.team.service import Fetched, Listing, Summary, TeamService
from composer.team.space import open_service, open_storage

__all__ = ["Conflict", "Fetched", "Listing", "Status", "Summary", "TeamError", "TeamPost",
           "TeamService", "open_service", "open_storage"]
