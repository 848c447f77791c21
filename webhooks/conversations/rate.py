"""Rate limits, shared by every gateway through Redis: one sender's flood, and the whole line's.

A message over a limit is never dropped and never refused: it is stored (write-ahead) and answered later,
in order, by the watchdog (`MessagePipeline.resume_pending`). Urgent messages are never limited: triage
runs before this is asked. With Redis down nothing is limited (the lock falls back to message claims)."""
from __future__ import annotations

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
        """Count this message against both limits (one round trip) and say which one it is over, if any."""
        if not (self.per_sender_per_minute or self.line_per_second):
            return None
        now = time.time() if now is None else now
        sender = redis_state.key("rate", conversation_key, str(int(now // 60)))
        line = redis_state.key("rate", "line", str(int(now)))
        try:
            pipe = self.redis.pipeline(transaction=False)
            pipe.incr(sender)
            pipe.expire(sender, 120)
            pipe.incr(line)
            pipe.expire(line, 5)
            sent, _, line_count, _ = pipe.execute()
        except redis.RedisError:
            return None
        if self.per_sender_per_minute and sent > self.per_sender_per_minute:
            return Over.SENDER
        if self.line_per_second and line_count > self.line_per_second:
            return Over.LINE
        return None
