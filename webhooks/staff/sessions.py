"""Console sign-in sessions: a random id in an HttpOnly, SameSite=Strict cookie, the session itself
(with its CSRF token) in Redis, so signing out or deactivating an account ends it everywhere."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import redis

from webhooks import redis_state

COOKIE = "tipline_staff"


@dataclass(frozen=True)
class StaffSession:
    user_id: int
    csrf_token: str


def _key(session_id: str) -> str:
    return redis_state.key("staff-session", hashlib.sha256(session_id.encode()).hexdigest())


def create(r: redis.Redis, user_id: int, minutes: int) -> tuple[str, StaffSession]:
    session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    r.hset(_key(session_id), mapping={"user_id": user_id, "csrf": csrf})
    r.expire(_key(session_id), minutes * 60)
    return session_id, StaffSession(user_id, csrf)


def read(r: redis.Redis, session_id: str) -> StaffSession | None:
    data = r.hgetall(_key(session_id)) if session_id else {}
    if not data:
        return None
    return StaffSession(int(data["user_id"]), data["csrf"])


def end(r: redis.Redis, session_id: str) -> None:
    r.delete(_key(session_id))
