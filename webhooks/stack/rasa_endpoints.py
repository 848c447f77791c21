"""Rasa's endpoints file, made from REDIS_URL and ACTION_SERVER_URL: our action server, and Redis for
trackers and locks, so any Rasa replica can take any turn.

Used by `tipline up` and, as `python rasa_endpoints.py > endpoints.yml`, by the Rasa container image
(which has PyYAML but not this project), so it imports nothing else from the project."""
from __future__ import annotations

import os
import sys
from urllib.parse import unquote, urlparse

import yaml


def rasa_endpoints(redis_url: str, action_url: str, tracker_expiry_seconds: int | None = None) -> dict:
    parsed = urlparse(redis_url)
    redis_common: dict = {"url": parsed.hostname or "127.0.0.1", "port": parsed.port or 6379,
                          "db": int((parsed.path or "/0").lstrip("/") or 0), "key_prefix": "tipline"}
    if parsed.password:
        redis_common["password"] = unquote(parsed.password)
    if parsed.scheme == "rediss":
        redis_common["use_ssl"] = True
    tracker_store = {"type": "redis", **redis_common}
    if tracker_expiry_seconds:
        tracker_store["record_exp"] = tracker_expiry_seconds
    return {
        # only actions listed with send_domain get the domain; ours read none (bot/action_server.py)
        "action_endpoint": {"url": action_url, "enable_selective_domain": True},
        "tracker_store": tracker_store,
        "lock_store": {"type": "redis", **redis_common},
    }


if __name__ == "__main__":
    endpoints = rasa_endpoints(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
                               os.environ.get("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook"),
                               int(os.environ.get("TIPLINE_RETENTION_DAYS", "90")) * 86400)
    yaml.safe_dump(endpoints, sys.stdout)
