"""Real servers for the team-space tests, on 127.0.0.1 only: a WebDAV server (wsgidav on
cheroot, with ETags and locks), a WSGI wrapper that answers with a chosen error status,
and a socket server that drops the connection in the middle of a request."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

USER = "anna"
PASSWORD = "app-token-1"


@contextlib.contextmanager
def serve_wsgi(app: Callable[..., Any]) -> Iterator[str]:
    from cheroot import wsgi

    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=8, timeout=10)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    host, port = server.bind_addr[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        thread.join(timeout=10)


def dav_app(root: Path, auth: bool = True, locks: bool = True) -> Callable[..., Any]:
    from wsgidav.wsgidav_app import WsgiDAVApp

    config: dict[str, Any] = {
        "provider_mapping": {"/dav": str(root)},
        "verbose": 0,
        "logging": {"enable": False},
        "lock_storage": locks,
        "property_manager": True,
        "dir_browser": {"enable": False},
        "http_authenticator": {"domain_controller": "wsgidav.dc.simple_dc.SimpleDomainController",
                               "accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}, "ben":
                                             {"password": "ben-token"}}
                                       if auth else True}},
    }
    return WsgiDAVApp(config)


@contextlib.contextmanager
def dav_server(root: Path, auth: bool = True, locks: bool = True) -> Iterator[str]:
    """A WebDAV server sharing ``root`` as ``…/dav/``; yields the base address."""
    root.mkdir(parents=True, exist_ok=True)
    with serve_wsgi(dav_app(root, auth, locks)) as base:
        yield base + "/dav/"


class Failing:
    """WSGI middleware: answers ``status`` to the methods in ``methods`` while armed."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app
        self.status = ""
        self.methods: set[str] = set()
        self.hang = 0.0

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if self.status and environ["REQUEST_METHOD"] in self.methods:
            if self.hang:
                threading.Event().wait(self.hang)
            start_response(self.status, [("Content-Type", "text/plain"),
                                         ("Content-Length", "4")])
            return [b"fail"]
        return self.app(environ, start_response)


@contextlib.contextmanager
def dropping_server(after_bytes: int = 200) -> Iterator[tuple[str, list[bytes]]]:
    """A server that reads ``after_bytes`` of a request, then closes the connection
    without answering. Yields its address and what it received."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                with contextlib.suppress(OSError):
                    while len(data) < after_bytes:
                        chunk = conn.recv(after_bytes - len(data))
                        if not chunk:
                            break
                        data += chunk
                received.append(data)
                with contextlib.suppress(OSError):
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                    b"\x01\x00\x00\x00\x00\x00\x00\x00")
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/dav/", received
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)
