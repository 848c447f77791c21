"""The one client of the Rasa server(s). The gateway never imports Rasa: it talks to it over HTTP,
through the REST channel for turns and the HTTP API (token-protected) for tracker events.

RASA_URL may list several servers (comma-separated). They share their trackers and locks in Redis,
so any of them can take any turn: turns are spread round-robin, and a server that refuses the
connection is skipped. A turn that reached a server but timed out is never sent to another one
(it may have been processed; sending it again could answer it twice)."""
from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass

import httpx

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


class RasaClient:
    def __init__(self, base_urls: str | list[str], token: str, timeout: float = 10.0) -> None:
        urls = base_urls.split(",") if isinstance(base_urls, str) else base_urls
        self.base_urls = [u.strip().rstrip("/") for u in urls if u.strip()]
        if not self.base_urls:
            raise ValueError("no Rasa URL configured")
        self._token = token
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=2.0),
                                  limits=httpx.Limits(max_connections=200, max_keepalive_connections=50))
        self._next = itertools.cycle(range(len(self.base_urls)))
        self._lock = threading.Lock()

    def _servers(self) -> list[str]:
        with self._lock:
            start = next(self._next)
        return self.base_urls[start:] + self.base_urls[:start]

    def _post(self, path: str, **kwargs) -> httpx.Response:
        return self._request("POST", path, **kwargs)

    def _get(self, path: str, **kwargs) -> httpx.Response:
        return self._request("GET", path, **kwargs)

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        """Try each server in turn. A POST moves on only when nothing was sent (connection refused); a GET,
        which changes nothing, also moves on after a timeout or a server error."""
        last: Exception | None = None
        for base in self._servers():
            try:
                resp = self._http.request(method, base + path, **kwargs)
            except httpx.ConnectError as exc:
                last = exc
                continue
            except httpx.HTTPError as exc:
                if method == "GET":
                    last = exc
                    continue
                raise RasaUnavailable(type(exc).__name__) from exc
            if resp.status_code >= 500:
                if method == "GET":
                    last = RasaUnavailable(f"status {resp.status_code}")
                    continue
                raise RasaUnavailable(f"status {resp.status_code}")
            resp.raise_for_status()
            return resp
        raise RasaUnavailable(type(last).__name__ if last else "no server")

    def send(self, sender: str, text: str, metadata: dict | None = None) -> list[BotReply]:
        payload = {"sender": sender, "message": text, "metadata": metadata or {}}
        try:
            data = self._post("/webhooks/rest/webhook", json=payload).json()
        except (httpx.HTTPStatusError, ValueError) as exc:
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
        except (httpx.HTTPStatusError, ValueError, AttributeError) as exc:
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
        except (httpx.HTTPStatusError, ValueError, AttributeError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    def restart(self, sender: str) -> None:
        """Forget the bot's side of a conversation (a person ended it): the next message starts afresh."""
        self.add_event(sender, {"event": "restart"})

    def add_event(self, sender: str, event: dict) -> None:
        try:
            self._post(f"/conversations/{sender}/tracker/events", params={"token": self._token}, json=event)
        except httpx.HTTPStatusError as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    def is_ready(self) -> bool:
        """At least one server has a model loaded."""
        for base in self.base_urls:
            try:
                resp = self._http.get(base + "/status", params={"token": self._token}, timeout=2)
                if resp.status_code == 200 and resp.json().get("model_file"):
                    return True
            except (httpx.HTTPError, ValueError):
                continue
        return False

    def close(self) -> None:
        self._http.close()
