"""A team space on a WebDAV server (Nextcloud/ownCloud ``…/remote.php/dav/files/USER/…``,
Apache mod_dav, IIS), through ``httpx``.

Only HTTPS is accepted, except on the loopback interface. Every write is conditional:
a new file with ``If-None-Match: *``, a change with ``If-Match: <ETag>``, so a file that
someone else changed is never overwritten (the server answers 412). Editing locks are
WebDAV LOCKs on a ``NAME.lock`` resource where the server has them (class 2), else a
small JSON lock file written the same conditional way.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import secrets
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote, urlsplit

import httpx

from composer.team.errors import (
    AccessDenied,
    BadInput,
    Locked,
    NotFound,
    RevisionMismatch,
    SaveInProgress,
    ServerError,
    TeamError,
    Unreachable,
)
from composer.team.storage import (
    LOCK_SECONDS,
    Entry,
    LockInfo,
    TeamStorage,
    content_revision,
)

DAV = "{DAV:}"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
#: A PROPFIND answer larger than this is refused (a listing of 10 000 files is ~5 MB).
MAX_LISTING_BYTES = 32 * 1024 * 1024
LOCK_SUFFIX = ".lock"
#: How long a change's own write lock lasts at most (released as soon as it is written).
SAVE_LOCK_SECONDS = 30

#: The namespace of composer's own WebDAV property: the listing summary of a post.
NOTE_NS = "urn:composer:team"
NOTE = f"{{{NOTE_NS}}}listing"
_PROPFIND = (b'<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
             b'xmlns:C="urn:composer:team"><D:prop><D:resourcetype/><D:getetag/>'
             b"<D:getcontentlength/><D:getlastmodified/><C:listing/></D:prop></D:propfind>")
_LOCKDISCOVERY = (b'<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:">'
                  b"<D:prop><D:lockdiscovery/></D:prop></D:propfind>")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The address with a trailing slash; :class:`BadInput` unless HTTPS (or loopback)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"{url!r} is not a WebDAV address (https://…)")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise BadInput(f"{url}: team spaces need HTTPS (plain http is only accepted on this "
                       "computer's loopback address), so passwords and posts stay private")
    if parts.username or parts.password:
        raise BadInput("put the user name in the settings, not in the address")
    return url.strip().rstrip("/") + "/"


def _status_error(response: httpx.Response, what: str) -> TeamError:
    code = response.status_code
    if code == 401:
        return AccessDenied(f"{what}: the server refused the user name or password (401); "
                            "check them in Preferences › Team space (Nextcloud wants an app "
                            "password)")
    if code == 403:
        return AccessDenied(f"{what}: the server does not allow this (403)")
    if code == 404:
        return NotFound(f"{what}: not found on the server (404)")
    if code == 409:
        return NotFound(f"{what}: the server says the folder does not exist (409); check "
                        "the team space address")
    if code == 412:
        return RevisionMismatch(f"{what}: changed on the server meanwhile (412)")
    if code == 423:
        return Locked(f"{what}: locked on the server by someone else (423)")
    if code == 507:
        return ServerError(f"{what}: the server's storage is full (507); nothing was changed")
    if 300 <= code < 400:
        where = response.headers.get("Location", "")
        return BadInput(f"{what}: the server sends this address elsewhere ({code}"
                        + (f", to {where}" if where else "") + "); use that address")
    if code >= 500:
        return ServerError(f"{what}: the server failed ({code}); try again later")
    return TeamError(f"{what}: unexpected answer from the server ({code})")


def _timeout_seconds(text: str) -> int:
    text = (text or "").strip()
    if text.lower().startswith("second-"):
        try:
            return int(text[7:])
        except ValueError:
            pass
    return LOCK_SECONDS


class WebDavStorage(TeamStorage):
    #: Reads may run in parallel threads (httpx.Client is thread-safe).
    parallel_reads = 8

    def __init__(self, url: str, user: str = "", password: str = "",
                 transport: httpx.BaseTransport | None = None) -> None:
        self.location = check_url(url)
        self._base_path = unquote(urlsplit(self.location).path)
        self._client = httpx.Client(
            base_url=self.location, auth=(user, password) if user else None,
            timeout=TIMEOUT, follow_redirects=False, transport=transport,
            limits=httpx.Limits(max_connections=self.parallel_reads),
            headers={"User-Agent": "composer"},
        )
        self._locks_supported: bool | None = None
        #: Tokens of the short write locks held by :meth:`exclusive`, by name.
        self._held: dict[str, str] = {}

    def close(self) -> None:
        self._client.close()

    def _request(self, method: str, name: str, what: str = "", ok: tuple[int, ...] = (),
                 **kwargs: object) -> httpx.Response:
        what = what or (name or self.location)
        try:
            response = self._client.request(method, quote(name), **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException:
            raise Unreachable(f"{what}: the server {self.location} did not answer in time; "
                              "nothing was changed") from None
        except httpx.TransportError as exc:
            raise Unreachable(f"{what}: cannot reach {self.location} ({type(exc).__name__}: "
                              f"{exc or 'connection closed'}); nothing was changed") from None
        if ok and response.status_code not in ok:
            raise _status_error(response, what)
        return response

    def _revision(self, response: httpx.Response, data: bytes) -> str:
        return response.headers.get("ETag") or content_revision(data)

    def list(self) -> list[Entry]:
        response = self._request("PROPFIND", "", self.location, ok=(207,),
                                 headers={"Depth": "1", "Content-Type": "application/xml"},
                                 content=_PROPFIND)
        if len(response.content) > MAX_LISTING_BYTES:
            raise ServerError(f"{self.location}: the folder listing is too large")
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError:
            raise ServerError(f"{self.location}: the server's listing is not valid XML; is "
                              "this a WebDAV address?") from None
        entries = []
        for item in root.iter(f"{DAV}response"):
            href = unquote(urlsplit(item.findtext(f"{DAV}href", "")).path)
            name = href[len(self._base_path):] if href.startswith(self._base_path) else ""
            if not name or "/" in name.rstrip("/") or name.endswith("/"):
                continue
            props = {}
            collection = False
            for propstat in item.iter(f"{DAV}propstat"):
                if "200" not in propstat.findtext(f"{DAV}status", ""):
                    continue
                for prop in propstat.iter(f"{DAV}prop"):
                    for child in prop:
                        if child.tag == f"{DAV}resourcetype":
                            collection = child.find(f"{DAV}collection") is not None
                        props[child.tag] = (child.text or "").strip()
            if collection or name.startswith("."):
                continue
            size = props.get(f"{DAV}getcontentlength", "0")
            etag = props.get(f"{DAV}getetag", "")
            if etag and not etag.startswith(('"', "W/")):
                etag = f'"{etag}"'  # some servers list it without the quotes it is sent with
            entries.append(Entry(name, etag,
                                 int(size) if size.isdigit() else 0,
                                 props.get(f"{DAV}getlastmodified", ""),
                                 props.get(NOTE, "")))
        return entries

    keeps_notes = True

    def annotate(self, name: str, note: str) -> None:
        """The note as a dead property (PROPPATCH), which leaves the ETag as it is."""
        body = ('<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" '
                f'xmlns:C="{NOTE_NS}"><D:set><D:prop><C:listing>{_xml_text(note)}'
                "</C:listing></D:prop></D:set></D:propertyupdate>").encode()
        self._request("PROPPATCH", name, ok=(207, 200),
                      headers={"Content-Type": "application/xml"}, content=body)

    def read(self, name: str) -> tuple[bytes, str]:
        response = self._request("GET", name, ok=(200,))
        return response.content, self._revision(response, response.content)

    def _written(self, response: httpx.Response, name: str, data: bytes) -> str:
        if etag := response.headers.get("ETag"):
            return etag
        head = self._request("HEAD", name, ok=(200,))
        return head.headers.get("ETag") or content_revision(data)

    def create(self, name: str, data: bytes) -> str:
        response = self._request("PUT", name, ok=(200, 201, 204),
                                 headers={"If-None-Match": "*"}, content=data)
        return self._written(response, name, data)

    def replace(self, name: str, data: bytes, revision: str) -> str:
        if revision.startswith("sha256:"):  # a server without ETags: compare, then write
            current, _now_revision = self.read(name)
            if content_revision(current) != revision:
                raise RevisionMismatch(f"{name}: changed on the server meanwhile")
            headers = {}
        else:
            headers = {"If-Match": revision}
        if token := self._held.get(name):
            headers["If"] = f"(<{token}>)"
        response = self._request("PUT", name, ok=(200, 201, 204), headers=headers,
                                 content=data)
        return self._written(response, name, data)

    def delete(self, name: str, revision: str) -> None:
        headers = {} if revision.startswith("sha256:") else {"If-Match": revision}
        with contextlib.suppress(NotFound):
            self._request("DELETE", name, ok=(200, 204), headers=headers)

    # Locks -------------------------------------------------------------------------

    def _expires(self, seconds: int) -> str:
        return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")

    def _discover(self, name: str) -> LockInfo | None:
        response = self._request("PROPFIND", name, ok=(207, 404),
                                 headers={"Depth": "0", "Content-Type": "application/xml"},
                                 content=_LOCKDISCOVERY)
        if response.status_code == 404:
            return None
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError:
            return None
        for active in root.iter(f"{DAV}activelock"):
            owner_node = active.find(f"{DAV}owner")
            owner = "".join(owner_node.itertext()).strip() if owner_node is not None else ""
            token = (active.findtext(f"{DAV}locktoken/{DAV}href") or "").strip()
            seconds = _timeout_seconds(active.findtext(f"{DAV}timeout") or "")
            return LockInfo(owner or "?", self._expires(seconds), token)
        return None

    def _dav_lock(self, name: str, owner: str, seconds: int) -> LockInfo | None:
        """A WebDAV LOCK; None where the server has no locking."""
        body = ('<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:">'
                "<D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype>"
                f"<D:owner>{_xml_text(owner)}</D:owner></D:lockinfo>").encode()
        headers = {"Timeout": f"Second-{seconds}", "Depth": "0",
                   "Content-Type": "application/xml"}
        response = self._request("LOCK", name, headers=headers, content=body)
        if response.status_code in (400, 405, 501):
            return None
        if response.status_code == 423:
            held = self._discover(name)
            if held and held.owner == owner and held.token:
                refresh = self._request(
                    "LOCK", name, ok=(200,),
                    headers={"Timeout": f"Second-{seconds}", "If": f"(<{held.token}>)"})
                del refresh
                return LockInfo(owner, self._expires(seconds), held.token)
            who = held.owner if held else "someone"
            until = held.expires if held else ""
            raise Locked(f"{who} is editing" + (f" (until {until})" if until else ""),
                         who, until)
        if response.status_code not in (200, 201):
            raise _status_error(response, name)
        token = response.headers.get("Lock-Token", "").strip().strip("<>")
        seconds = _timeout_seconds(response.headers.get("Timeout", "")) or seconds
        return LockInfo(owner, self._expires(seconds), token)

    @contextlib.contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """A short WebDAV write lock on ``name`` itself while one change is read and
        written. A server may check ``If-Match`` and then write in a second step (wsgidav
        does), so two reviewers approving from the same revision at the same moment could
        both succeed; the lock lets one in at a time (another gets :class:`Locked` and
        tries again). Without locking on the server the ETag check alone guards."""
        if self._locks_supported is False or name in self._held:
            yield
            return
        try:
            held = self._dav_lock(name, f"composer save {secrets.token_hex(4)}",
                                  SAVE_LOCK_SECONDS)
        except Locked as exc:
            raise SaveInProgress(str(exc)) from None
        if held is None:
            self._locks_supported = False  # the server has no locking
        if held is None or not held.token:
            yield
            return
        self._locks_supported = True
        self._held[name] = held.token
        try:
            yield
        finally:
            del self._held[name]
            with contextlib.suppress(TeamError):
                self._request("UNLOCK", name, ok=(200, 204, 409, 412),
                              headers={"Lock-Token": f"<{held.token}>"})

    def _file_lock(self, name: str, owner: str, seconds: int) -> LockInfo:
        try:
            data, revision = self.read(name)
        except NotFound:
            data, revision = b"", ""
        held = _lock_from_json(data)
        if held and not held.expired() and held.owner != owner:
            raise Locked(f"{held.owner} is editing (until {held.expires})", held.owner,
                         held.expires)
        token = held.token if held and held.owner == owner and held.token \
            else secrets.token_hex(8)
        info = LockInfo(owner, self._expires(seconds), token)
        payload = json.dumps({"owner": owner, "expires": info.expires, "token": token}).encode()
        try:
            if revision:
                self.replace(name, payload, revision)
            else:
                self.create(name, payload)
        except RevisionMismatch:
            raise Locked("someone took the lock at the same moment; try again") from None
        return info

    def lock(self, name: str, owner: str, seconds: int = LOCK_SECONDS) -> LockInfo:
        lock_name = name + LOCK_SUFFIX
        if self._locks_supported is not False:
            info = self._dav_lock(lock_name, owner, seconds)
            if info is not None:
                self._locks_supported = True
                return info
            self._locks_supported = False
        return self._file_lock(lock_name, owner, seconds)

    def unlock(self, name: str, lock: LockInfo) -> None:
        lock_name = name + LOCK_SUFFIX
        if self._locks_supported is not False and lock.token.startswith(("opaquelock", "urn:")):
            self._request("UNLOCK", lock_name, ok=(200, 204, 409, 412),
                          headers={"Lock-Token": f"<{lock.token}>"})
            if self._discover(lock_name) is None:  # the empty resource LOCK created
                with contextlib.suppress(TeamError):
                    self._request("DELETE", lock_name, ok=(200, 204, 404))
            return
        try:
            data, revision = self.read(lock_name)
        except NotFound:
            return
        held = _lock_from_json(data)
        if held and held.token == lock.token:
            self.delete(lock_name, revision)

    def lock_info(self, name: str) -> LockInfo | None:
        lock_name = name + LOCK_SUFFIX
        held = self._discover(lock_name)
        if held is None and self._locks_supported is not True:
            try:
                data, _ = self.read(lock_name)
            except NotFound:
                return None
            held = _lock_from_json(data)
        return held if held and not held.expired() else None


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lock_from_json(data: bytes) -> LockInfo | None:
    if not data.strip():
        return None
    try:
        value = json.loads(data)
        return LockInfo(str(value["owner"])[:200], str(value["expires"])[:64],
                        str(value.get("token", ""))[:64])
    except (ValueError, KeyError, TypeError):
        return None
