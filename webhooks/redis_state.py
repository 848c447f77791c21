"""The one Redis connection pool of a process, and the key names every replica shares."""
from __future__ import annotations

import redis
import redis.asyncio as aioredis

PREFIX = "tipline"


def key(*parts: str) -> str:
    return ":".join((PREFIX, *parts))


def connect(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=2,
                                health_check_interval=30)


def connect_async(url: str) -> aioredis.Redis:
    return aioredis.Redis.from_url(url, decode_responses=True, socket_connect_timeout=2, health_check_interval=30)
