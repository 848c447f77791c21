"""The escalation queue in Redis, shared by every replica.

- A sorted set ordered by level, then score, then waiting time: the head is always the most urgent,
  and ZREM / ZPOPMIN make a claim atomic (exactly one agent wins).
- A stream of every queue change, which every console and gateway replica follows.
The database is the record; the sorted set is rebuilt from it with `resync`."""
from __future__ import annotations

import json
from datetime import datetime

import redis

from webhooks import redis_state
from webhooks.triage.assess import LEVEL_RANK

QUEUE = redis_state.key("escalations", "queue")
EVENTS = redis_state.key("escalations", "events")
STREAM_MAXLEN = 10_000


def rank(level: str, score: int, created_at: datetime) -> float:
    """Smaller is more urgent: level first, then score, then the earlier arrival."""
    millis = int(created_at.timestamp() * 1000)  # < 1e13 until the year 2286
    return LEVEL_RANK.get(level, 2) * 1e15 + (100 - max(0, min(100, score))) * 1e13 + millis


def enqueue(r: redis.Redis, escalation_id: int, level: str, score: int, created_at: datetime) -> None:
    r.zadd(QUEUE, {str(escalation_id): rank(level, score, created_at)})


def take(r: redis.Redis, escalation_id: int) -> bool:
    """Remove one escalation from the queue; True only for the caller that removed it."""
    return r.zrem(QUEUE, str(escalation_id)) == 1


def take_most_urgent(r: redis.Redis) -> int | None:
    popped = r.zpopmin(QUEUE, 1)
    return int(popped[0][0]) if popped else None


def queued_ids(r: redis.Redis) -> list[int]:
    return [int(m) for m in r.zrange(QUEUE, 0, -1)]


def publish(r: redis.Redis, event: dict) -> str:
    """Append an event (ids, levels, states; never message text) to the stream."""
    return r.xadd(EVENTS, {"data": json.dumps(event)}, maxlen=STREAM_MAXLEN, approximate=True)
