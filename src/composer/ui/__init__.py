"""The desktop app (PySide6). Widgets only: every check and export goes through the core."""
