"""The desktop app (PySide6). Widgets only: every check and export goes through the core.

Grouped by feature: :mod:`.window` (main window, menus, controllers, live checker),
:mod:`.editor`, :mod:`.findings`, :mod:`.preview`, :mod:`.drafts`, :mod:`.translate`
(machine translation), :mod:`.dialogs`, :mod:`.language` (the UI's own language) and
:mod:`.shared`. :mod:`.app` starts it all.
"""
