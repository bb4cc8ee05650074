"""Never losing a draft: autosave and recovery, the drafts dialog, opening and saving post files."""
