"""The rate limits against the real Redis: what a flooding sender and a surging line each run into."""
from __future__ import annotations

import secrets

import pytest
import redis

from tests.support.servers import redis_url_for_tests
from webhooks.conversations.rate import Over, RateLimits


@pytest.fixture
def client():
    c = redis.Redis.from_url(redis_url_for_tests(), decode_responses=True)
    yield c
    c.close()


def test_one_sender_over_its_minute_share_is_held_back_and_others_are_not(client):
    limits = RateLimits(client, per_sender_per_minute=3)
    flooder, other, now = secrets.token_hex(8), secrets.token_hex(8), 1_000_000.0 + secrets.randbelow(10**6) * 60
    assert [limits.over(flooder, now) for _ in range(5)] == [None, None, None, Over.SENDER, Over.SENDER]
    assert limits.over(other, now) is None
    assert limits.over(flooder, now + 60) is None, "the next minute starts afresh"


def test_a_flood_across_a_clock_minute_is_still_held_back(client):
    limits = RateLimits(client, per_sender_per_minute=3)
    flooder = secrets.token_hex(8)
    end_of_minute = 3_000_000_000.0 + secrets.randbelow(10**6) * 60 + 59
    first = [limits.over(flooder, end_of_minute) for _ in range(2)]
    then = [limits.over(flooder, end_of_minute + 2) for _ in range(3)]  # two seconds later, in the next minute
    assert first + then == [None, None, None, Over.SENDER, Over.SENDER]
    assert limits.over(flooder, end_of_minute + 63) is None, "a minute after the flood, the sender is heard again"


def test_the_whole_line_over_its_second_share_is_held_back_then_recovers(client):
    limits = RateLimits(client, line_per_second=4)
    now = 2_000_000_000.0 + secrets.randbelow(10**6)
    results = [limits.over(secrets.token_hex(8), now) for _ in range(6)]
    assert results == [None] * 4 + [Over.LINE] * 2
    assert limits.over(secrets.token_hex(8), now + 1) is None


def test_without_redis_nothing_is_held_back():
    dead = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)
    assert RateLimits(dead, per_sender_per_minute=1, line_per_second=1).over("k") is None
