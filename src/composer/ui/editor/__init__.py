"""Editing a post: the version editors with their highlights and quick-fix menus, hashtag
chips, find bar, media and the post header."""
