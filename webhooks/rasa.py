"""The one client of the Rasa server(s). The gateway never imports Rasa: it talks to it over HTTP,
through the REST channel for turns and the HTTP API (token-protected) for tracker events.

RASA_URL may list several servers (comma-separated). They share their trackers and locks in Redis,
so any of them can take any turn: turns are spread round-robin, and a server that refuses the
connection is skipped. A turn that reached a server but timed out is never sent to another one
(it may have been processed; sending it again could answer it twice)."""
from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass
from urllib.parse import urlencode

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError

MESSAGE_REF = "tipline_message"  # metadata key: the stored message a turn answers (for exactly-once retries)
CONFIRM_PAYLOAD = "tipline_confirm"  # key of the custom payload with which the bot asks the gateway to confirm


class RasaUnavailable(Exception):
    """No Rasa server answered in time, or one answered with an error."""


@dataclass(frozen=True)
class BotReply:
    text: str
    custom: dict | None = None  # a payload for the gateway, never shown to the person

    @property
    def confirms(self) -> str | None:
        """What a "yes" to this reply would confirm ("end" | "delete"), when the bot asked (bot/actions/control.py)."""
        return (self.custom or {}).get(CONFIRM_PAYLOAD)


class _Response:
    def __init__(self, status: int, body: bytes) -> None:
        self.status_code, self.body = status, body

    def json(self):
        return json.loads(self.body)  # ValueError on a body that is not JSON


class RasaClient:
    """Turns over HTTP/1.1 connections kept open between turns (urllib3's pool: a connection the server closed
    while idle is noticed before it is used, and a new one is opened). It was httpx, which cost 0.66 ms of CPU a
    turn against 0.42 ms for urllib3 on the same loopback server; the gateway shares its cores with Rasa."""

    def __init__(self, base_urls: str | list[str], token: str, timeout: float = 10.0) -> None:
        urls = base_urls.split(",") if isinstance(base_urls, str) else base_urls
        self.base_urls = [u.strip().rstrip("/") for u in urls if u.strip()]
        if not self.base_urls:
            raise ValueError("no Rasa URL configured")
        self._token = token
        self._timeout = urllib3.Timeout(connect=2.0, read=timeout)
        # retries=False: a failed request raises at once, and is never sent twice behind the caller's back
        self._http = urllib3.PoolManager(maxsize=50, block=False, retries=False, timeout=self._timeout)
        self._next = itertools.cycle(range(len(self.base_urls)))
        self._lock = threading.Lock()

    def _servers(self) -> list[str]:
        with self._lock:
            start = next(self._next)
        return self.base_urls[start:] + self.base_urls[:start]

    def _post(self, path: str, params: dict | None = None, json_body: object = None) -> _Response:
        return self._request("POST", path, params, json_body)

    def _get(self, path: str, params: dict | None = None) -> _Response:
        return self._request("GET", path, params)

    def _request(self, method: str, path: str, params: dict | None = None, json_body: object = None) -> _Response:
        """Try each server in turn. A POST moves on only when nothing was sent (the connection was refused or
        never opened); a GET, which changes nothing, also moves on after a timeout or a server error."""
        query = "?" + urlencode(params) if params else ""
        body = (json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
                if json_body is not None else None)
        headers = {"Content-Type": "application/json"} if body is not None else None
        last: Exception | None = None
        for base in self._servers():
            try:
                raw = self._http.request(method, base + path + query, body=body, headers=headers,
                                         redirect=False)
            except ConnectTimeoutError as exc:  # refused, or not connected in time: nothing was sent
                last = exc
                continue
            except HTTPError as exc:
                if method == "GET":
                    last = exc
                    continue
                raise RasaUnavailable(type(exc).__name__) from exc
            if raw.status >= 500:
                if method == "GET":
                    last = RasaUnavailable(f"status {raw.status}")
                    continue
                raise RasaUnavailable(f"status {raw.status}")
            if raw.status >= 400:
                raise RasaUnavailable(f"status {raw.status}")
            return _Response(raw.status, raw.data)
        raise RasaUnavailable(type(last).__name__ if last else "no server")

    def send(self, sender: str, text: str, metadata: dict | None = None) -> list[BotReply]:
        payload = {"sender": sender, "message": text, "metadata": metadata or {}}
        try:
            data = self._post("/webhooks/rest/webhook", json_body=payload).json()
        except ValueError as exc:
            raise RasaUnavailable(type(exc).__name__) from exc
        replies = []
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and item.get("text"):
                replies.append(BotReply(str(item["text"])))
            elif isinstance(item, dict) and isinstance(item.get("custom"), dict):
                replies.append(BotReply("", item["custom"]))
        return replies

    def answered(self, sender: str, message_ref: int) -> list[BotReply] | None:
        """The bot's answers to the message the gateway sent as `message_ref`, if a server already took that
        turn (the gateway died, or timed out, after sending it): asked before a retry, so that no message is
        taken twice by the bot. None when the bot never saw it."""
        try:
            resp = self._get(f"/conversations/{sender}/tracker",
                             params={"token": self._token, "include_events": "AFTER_RESTART"})
            events = resp.json().get("events") or []
        except (ValueError, AttributeError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc
        start = next((i for i in range(len(events) - 1, -1, -1) if events[i].get("event") == "user"
                      and (events[i].get("metadata") or {}).get(MESSAGE_REF) == message_ref), None)
        if start is None:
            return None
        replies = []
        for event in events[start + 1:]:
            if event.get("event") == "user":
                break
            if event.get("event") == "bot":
                custom = (event.get("data") or {}).get("custom")
                if event.get("text"):
                    replies.append(BotReply(str(event["text"])))
                elif isinstance(custom, dict):
                    replies.append(BotReply("", custom))
        return replies

    def in_intake(self, sender: str) -> bool:
        """The bot is in the middle of its questions for this conversation (its form is active)."""
        try:
            resp = self._get(f"/conversations/{sender}/tracker",
                             params={"token": self._token, "include_events": "NONE"})
            return (resp.json().get("active_loop") or {}).get("name") == "tip_form"
        except (ValueError, AttributeError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    def restart(self, sender: str) -> None:
        """Forget the bot's side of a conversation (a person ended it): the next message starts afresh."""
        self.add_event(sender, {"event": "restart"})

    def add_event(self, sender: str, event: dict) -> None:
        self._post(f"/conversations/{sender}/tracker/events", params={"token": self._token}, json_body=event)

    def is_ready(self) -> bool:
        """At least one server has a model loaded."""
        query = urlencode({"token": self._token})
        for base in self.base_urls:
            try:
                resp = self._http.request("GET", f"{base}/status?{query}", timeout=urllib3.Timeout(2.0),
                                          redirect=False)
                if resp.status == 200 and json.loads(resp.data).get("model_file"):
                    return True
            except (HTTPError, ValueError, AttributeError):
                continue
        return False

    def close(self) -> None:
        self._http.clear()
