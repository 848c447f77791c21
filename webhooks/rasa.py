"""The one client of the Rasa server. The gateway never imports Rasa: it talks to it over HTTP,
through the REST channel for turns and the HTTP API (token-protected) for tracker events."""
from __future__ import annotations

from dataclasses import dataclass

import httpx


class RasaUnavailable(Exception):
    """Rasa did not answer in time, or answered with an error."""


@dataclass(frozen=True)
class BotReply:
    text: str


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout)

    def send(self, sender: str, text: str, metadata: dict | None = None) -> list[BotReply]:
        payload = {"sender": sender, "message": text, "metadata": metadata or {}}
        try:
            resp = self._http.post("/webhooks/rest/webhook", json=payload)
            resp.raise_for_status()
            data = resp.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc
        return [BotReply(item["text"]) for item in data if isinstance(item, dict) and item.get("text")]

    def add_event(self, sender: str, event: dict) -> None:
        try:
            resp = self._http.post(f"/conversations/{sender}/tracker/events", params={"token": self._token},
                                   json=event)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    def is_ready(self) -> bool:
        try:
            resp = self._http.get("/status", params={"token": self._token}, timeout=2)
            return resp.status_code == 200 and bool(resp.json().get("model_file"))
        except (httpx.HTTPError, ValueError):
            return False

    def close(self) -> None:
        self._http.close()
