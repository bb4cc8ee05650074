"""The main window: its layout, menus, the live checker and the controllers it is composed of."""
