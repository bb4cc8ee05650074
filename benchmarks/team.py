"""Team space listing: ``python -m benchmarks.team``.

500 posts in a team space, listed the way the Review list does it:
* on a WebDAV server (wsgidav on cheroot, its own process on 127.0.0.1): one PROPFIND
  that brings each post's listing note (a WebDAV property composer sets with every write,
  valid for the ETag it names), and a repeated listing;
* the same after a restart of the app (the listing cache in the user data folder);
* in a local folder (a network drive adds its own latency).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.stats import Result, time_ms

POSTS = 500
TARGET_MS = 1000.0

_SERVER = """
import sys
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp
app = WsgiDAVApp({"provider_mapping": {"/dav": sys.argv[1]}, "verbose": 0,
                  "property_manager": True,
                  "logging": {"enable": False}, "dir_browser": {"enable": False},
                  "http_authenticator": {"domain_controller":
                      "wsgidav.dc.simple_dc.SimpleDomainController", "accept_basic": True,
                      "accept_digest": False, "default_to_digest": False},
                  "simple_dc": {"user_mapping": {"*": {"bench": {"password": "bench"}}}}})
server = wsgi.Server(("127.0.0.1", 0), app, numthreads=8)
server.prepare()
print(server.bind_addr[1], flush=True)
server.serve()
"""


def _fill(folder: Path) -> None:
    from composer.model import Post
    from composer.team.record import FindingsSummary, Status, TeamPost, new_id

    for i in range(POSTS):
        post = Post(organisation="kokkola", channels=["facebook", "instagram"], versions={
            "fi": f"{i}. Kirjaston aukioloajat muuttuvat kesäkuussa, tervetuloa! " * 8,
            "sv": f"{i}. Bibliotekets öppettider ändras i juni, välkommen! " * 8})
        record = TeamPost(id=new_id(), post=post, findings=FindingsSummary(warnings=i % 3),
                          created_by="Anna", updated_by="Anna").with_step(Status.READY, "Anna")
        (folder / f"{record.id}.team.json").write_bytes(record.to_bytes())


def _annotate(url: str) -> None:
    """Attach the listing notes composer writes with every post (as PROPPATCH)."""
    from composer.team.record import from_bytes
    from composer.team.service import note_of, summarise
    from composer.team.webdav import WebDavStorage

    storage = WebDavStorage(url, "bench", "bench")
    for entry in storage.list():
        data, revision = storage.read(entry.name)
        storage.annotate(entry.name, note_of(summarise(from_bytes(data, entry.name),
                                                       revision)))
    storage.close()


def run_all() -> list[Result]:
    from composer.team.folder import FolderStorage
    from composer.team.service import TeamService
    from composer.team.webdav import WebDavStorage

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _fill(folder)
        server = subprocess.Popen([sys.executable, "-c", _SERVER, str(folder)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            port = int(server.stdout.readline())  # type: ignore[union-attr]
            url = f"http://127.0.0.1:{port}/dav/"
            _annotate(url)

            def cold(_: int) -> None:
                service = TeamService(WebDavStorage(url, "bench", "bench"), "bench")
                assert len(service.list().posts) == POSTS
                service.close()

            samples = time_ms(cold, 5, warmup=1)
            results.append(Result(f"team: list {POSTS} posts on WebDAV (loopback), first time",
                                  "ms", samples, f"≤ {TARGET_MS:.0f}",
                                  passed=max(samples) <= TARGET_MS))
            warm_service = TeamService(WebDavStorage(url, "bench", "bench"), "bench")
            samples = time_ms(lambda _: warm_service.list(), 10, warmup=1)
            warm_service.close()
            results.append(Result(f"team: list {POSTS} posts on WebDAV (loopback), again",
                                  "ms", samples, f"≤ {TARGET_MS:.0f}",
                                  passed=max(samples) <= TARGET_MS))
            cache = folder.parent / f"{folder.name}-cache.json"

            def restarted(_: int) -> None:
                service = TeamService(WebDavStorage(url, "bench", "bench"), "bench", cache)
                assert len(service.list().posts) == POSTS
                service.close()

            samples = time_ms(restarted, 10, warmup=1)
            cache.unlink(missing_ok=True)
            results.append(Result(f"team: list {POSTS} posts on WebDAV (loopback), after a "
                                  "restart (listing cache)", "ms", samples,
                                  f"≤ {TARGET_MS:.0f}", passed=max(samples) <= TARGET_MS))
        finally:
            server.terminate()
            server.wait(timeout=10)
        samples = time_ms(lambda _: TeamService(FolderStorage(folder), "bench").list(), 10,
                          warmup=1)
        results.append(Result(f"team: list {POSTS} posts in a folder, first time", "ms",
                              samples, f"≤ {TARGET_MS:.0f}", passed=max(samples) <= TARGET_MS))
    return results


def main() -> int:
    for r in run_all():
        print(f"{r.name:60} median {r.median:8.1f} p95 {r.p95:8.1f} max {r.max:8.1f} {r.unit}"
              f"  {r.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
