"""Team review in the app: the Team menu, the Review list, comments beside the editors,
conflict choice, the outbox status and the Team space preferences page
(:func:`composer.ui.team.controller.install` adds them to the main window).

Every call to the team space runs off the UI thread (the shared background Worker)."""
