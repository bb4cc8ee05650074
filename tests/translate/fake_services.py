"""A loopback HTTP server that speaks DeepL's v2 API and LibreTranslate's API as their
documentation describes, so the real clients can be tested without the network."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

GOOD_KEY = "0f1e2d3c-aaaa-bbbb-cccc-123456789abc:fx"
QUOTA_KEY = "quota-exceeded-key:fx"
PHRASES = {
    ("FI", "SV"): {"Kirjasto on auki tänään.": "Biblioteket är öppet i dag."},
    ("fi", "sv"): {"Kirjasto on auki tänään.": "Biblioteket är öppet i dag."},
}


class _Handler(BaseHTTPRequestHandler):
    server: FakeServer

    def log_message(self, *args: object) -> None:  # keep test output clean
        return

    def _reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> dict:
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        if self.headers.get("Content-Type", "").startswith("application/json"):
            return json.loads(raw)
        return {k: v if len(v) > 1 else v[0] for k, v in parse_qs(raw).items()}

    def do_POST(self) -> None:
        body = self._body()
        self.server.requests.append((self.path, dict(self.headers), body))
        if self.server.delay:
            time.sleep(self.server.delay)
        if self.path == "/v2/translate":
            self._deepl(body)
        elif self.path == "/translate":
            self._libre(body)
        else:
            self._reply(404, {"message": "Not found"})

    def _deepl(self, body: dict) -> None:
        auth = self.headers.get("Authorization", "")
        key = auth.removeprefix("DeepL-Auth-Key ")
        if key == QUOTA_KEY:
            self._reply(456, {"message": "Quota Exceeded"})
            return
        if key != GOOD_KEY:
            self._reply(403, {"message": "Wrong endpoint or invalid auth key"})
            return
        texts = body["text"] if isinstance(body["text"], list) else [body["text"]]
        pair = (body.get("source_lang", "").upper(), body["target_lang"].upper())
        out = [
            {"detected_source_language": pair[0] or "FI",
             "text": PHRASES.get(pair, {}).get(t, f"[{pair[1]}] {t}"),
             "billed_characters": len(t)}
            for t in texts
        ]
        self._reply(200, {"translations": out})

    def _libre(self, body: dict) -> None:
        if self.server.libre_key and body.get("api_key") != self.server.libre_key:
            self._reply(403, {"error": "Invalid API key"})
            return
        if body.get("target") not in ("fi", "sv", "en"):
            self._reply(400, {"error": f"{body.get('target')} is not supported"})
            return
        text = body["q"]
        pair = (body["source"], body["target"])
        self._reply(200, {"translatedText": PHRASES.get(pair, {}).get(text, f"[{pair[1]}] {text}")})


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, libre_key: str | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict, dict]] = []
        self.delay = 0.0
        self.libre_key = libre_key
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> FakeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
