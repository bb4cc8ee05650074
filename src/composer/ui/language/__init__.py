"""The language the UI speaks (Qt translators) and the names of post languages in it."""
