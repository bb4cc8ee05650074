"""Stand-alone dialogs: about, preferences and the guideline viewer."""
