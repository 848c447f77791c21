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


# Both counts in one script: one command and one reply a message (the six-command pipeline it replaces cost the
# gateway about 0.8 ms of CPU a message, mostly in packing commands and reading replies).
_COUNT = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
local sent = redis.call('ZCARD', KEYS[1])
redis.call('EXPIRE', KEYS[1], 61)
local line = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], 5)
return {sent, line}
"""


class RateLimits:
    def __init__(self, redis_client: redis.Redis, per_sender_per_minute: int = 0, line_per_second: int = 0) -> None:
        self.redis = redis_client
        self.per_sender_per_minute = per_sender_per_minute
        self.line_per_second = line_per_second
        self._count = redis_client.register_script(_COUNT)

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
            sent, line_count = self._count(keys=[sender, line],
                                           args=[repr(now), repr(now - 60), f"{now:.6f}:{secrets.token_hex(4)}"])
        except redis.RedisError:
            return None
        if self.per_sender_per_minute and sent > self.per_sender_per_minute:
            return Over.SENDER
        if self.line_per_second and line_count > self.line_per_second:
            return Over.LINE
        return None
