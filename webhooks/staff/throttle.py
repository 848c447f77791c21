"""Slowing down password guessing, per account *and address*: failures from one address delay only
that address's next tries at that account, so a stranger cannot lock a real agent out. Each address
also has an overall ceiling across accounts."""
from __future__ import annotations

import hashlib

import redis

from webhooks import redis_state

FREE_TRIES = 5
MAX_DELAY_SECONDS = 15 * 60
WINDOW_SECONDS = 15 * 60
ADDRESS_CEILING = 50


def _pair(username: str, address: str) -> str:
    digest = hashlib.sha256(f"{username.lower()}|{address}".encode()).hexdigest()[:32]
    return redis_state.key("signin", "pair", digest)


def _addr(address: str) -> str:
    return redis_state.key("signin", "addr", hashlib.sha256(address.encode()).hexdigest()[:32])


def wait_seconds(r: redis.Redis, username: str, address: str) -> int:
    """How long this address must wait before trying this account again (0: go ahead)."""
    blocked = max(r.ttl(_pair(username, address) + ":block"), 0)
    if int(r.get(_addr(address)) or 0) >= ADDRESS_CEILING:
        blocked = max(blocked, max(r.ttl(_addr(address)), 1))
    return blocked


def failed(r: redis.Redis, username: str, address: str) -> None:
    pair = _pair(username, address)
    failures = r.incr(pair)
    r.expire(pair, WINDOW_SECONDS)
    r.incr(_addr(address))
    r.expire(_addr(address), WINDOW_SECONDS, nx=True)
    if failures >= FREE_TRIES:
        r.set(pair + ":block", 1, ex=min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_TRIES + 1)))


def succeeded(r: redis.Redis, username: str, address: str) -> None:
    r.delete(_pair(username, address), _pair(username, address) + ":block")
