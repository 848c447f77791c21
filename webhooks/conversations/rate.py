"""Rate limits, shared by every gateway through Redis: one sender's flood, and the whole line's.

A message over a limit is never dropped and never refused: it is stored (write-ahead) and answered later,
in order, by the watchdog (`MessagePipeline.resume_pending`). Urgent messages are never limited: triage
runs before this is asked. With Redis down nothing is limited (the lock falls back to message claims)."""
from __future__ import annotations

import secrets
import time
from enum import StrEnum

import redis

from webhooks import redis_state


class Over(StrEnum):
    SENDER = "sender"  # this sender sent more than its share this minute
    LINE = "line"  # the whole line is taking more messages a second than it is set to


class RateLimits:
    def __init__(self, redis_client: redis.Redis, per_sender_per_minute: int = 0, line_per_second: int = 0) -> None:
        self.redis = redis_client
        self.per_sender_per_minute = per_sender_per_minute
        self.line_per_second = line_per_second

    def over(self, conversation_key: str, now: float | None = None) -> Over | None:
        """Count this message against both limits (one round trip) and say which one it is over, if any. A sender's
        limit counts the last 60 seconds exactly (a sorted set of arrival times), so a flood that straddles a clock
        minute is held back like any other; the line's is counted per clock second."""
        if not (self.per_sender_per_minute or self.line_per_second):
            return None
        now = time.time() if now is None else now
        sender = redis_state.key("rate", conversation_key)
        line = redis_state.key("rate", "line", str(int(now)))
        try:
            pipe = self.redis.pipeline(transaction=False)
            pipe.zremrangebyscore(sender, "-inf", now - 60)
            pipe.zadd(sender, {f"{now:.6f}:{secrets.token_hex(4)}": now})
            pipe.zcard(sender)
            pipe.expire(sender, 61)
            pipe.incr(line)
            pipe.expire(line, 5)
            _, _, sent, _, line_count, _ = pipe.execute()
        except redis.RedisError:
            return None
        if self.per_sender_per_minute and sent > self.per_sender_per_minute:
            return Over.SENDER
        if self.line_per_second and line_count > self.line_per_second:
            return Over.LINE
        return None
