"""Team review in the app: the Team menu, the Review list, comments beside the editors,
conflict choice, the outbox status and the Team space preferences page.

Every call to the team space runs off the UI thread (:mod:`.background`)."""

from composer.ui.team.controller import TeamController, install

__all__ = ["TeamController", "install"]
