"""Machine translation of missing versions: the translate dialog and its preferences page."""
