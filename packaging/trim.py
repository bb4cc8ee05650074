"""What the bundle leaves out of Qt: plugins, libraries and translations composer never uses.

Shared by ``composer.spec`` and ``hooks/hook-PySide6.QtGui.py`` (plugins are dropped in
the hook, before PyInstaller collects the system libraries they link against: the GTK
platform theme alone would bring GTK, Cairo and Pango).
"""

from __future__ import annotations

from pathlib import PurePath

#: Languages of the UI; Qt's own translations are kept only for these.
UI_LANGUAGES = ("fi", "sv", "en")

#: Qt plugins left out, as "<plugin type>/<file name start>" (or a whole plugin type).
DROPPED_PLUGINS = (
    "egldeviceintegrations", "generic", "qmltooling", "qmllint", "designer", "sqldrivers",
    "wayland-graphics-integration-server", "tls", "networkinformation",
    "vectorimageformats", "printsupport",
    # Linux framebuffer, VNC and test platforms; offscreen stays for headless runs.
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimal",
    "platforms/libqvnc", "platforms/libqvkkhrdisplay", "platforms/qminimal",
    "platforms/qdirect2d",
    # GTK theme: native look comes through the XDG desktop portal theme instead.
    "platformthemes/libqgtk3",
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    # Image formats nobody attaches to a social media post.
    "imageformats/libqpdf", "imageformats/qpdf", "imageformats/libqicns", "imageformats/qicns",
    "imageformats/libqtga", "imageformats/qtga", "imageformats/libqwbmp", "imageformats/qwbmp",
    "imageformats/libqtiff", "imageformats/qtiff",
    # Wayland: buffer sharing between compositors and embedded shells.
    "wayland-graphics-integration-client/libdmabuf-server",
    "wayland-graphics-integration-client/libdrm-egl-server",
    "wayland-graphics-integration-client/libshm-emulation-server",
    "wayland-graphics-integration-client/libvulkan-server",
    "wayland-shell-integration/libivi-shell", "wayland-shell-integration/libfullscreen",
)

#: Qt libraries only the dropped modules and plugins link against.
DROPPED_LIBRARIES = (
    "libQt6Quick", "libQt6Qml", "libQt6Network", "libQt6EglFS", "libQt6WaylandCompositor",
    "libQt6WaylandEgl", "libQt6VirtualKeyboard", "libQt6Pdf", "libQt6OpenGLWidgets",
    "Qt6Quick", "Qt6Qml", "Qt6Network", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6OpenGLWidgets",
)

#: Qt translation catalogues kept (qtbase holds the standard buttons and dialogs).
KEPT_TRANSLATIONS = ("qt", "qtbase")


def keep_plugin(path: str) -> bool:
    """Whether a Qt plugin (its path contains ``plugins/<type>/``) goes into the bundle."""
    parts = PurePath(path.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    index = len(parts) - 1 - parts[::-1].index("plugins")
    relative = "/".join(parts[index + 1:])
    return not any(relative.startswith(prefix) for prefix in DROPPED_PLUGINS)


def keep(destination: str) -> bool:
    """Whether a collected file (its destination path in the bundle) is kept."""
    path = destination.replace("\\", "/")
    if not keep_plugin(path):
        return False
    name = PurePath(path).name
    if "PySide6/" in path and "/translations/" in path and name.endswith(".qm"):
        catalogue, _, language = PurePath(name).stem.rpartition("_")
        return catalogue in KEPT_TRANSLATIONS and language in UI_LANGUAGES
    return not name.startswith(DROPPED_LIBRARIES)
