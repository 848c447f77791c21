"""The real servers the tests use: PostgreSQL and Redis from DATABASE_URL / REDIS_URL (this
machine's own by default), each test run in a database of its own and a Redis db of its own."""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from urllib.parse import urlparse, urlunparse

import psycopg
import redis

POSTGRES_ADMIN_URL = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
if not POSTGRES_ADMIN_URL.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
    POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
POSTGRES_ADMIN_URL = POSTGRES_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
REDIS_BASE_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_REDIS_DB = int(os.environ.get("TIPLINE_TEST_REDIS_DB", "13"))


@contextmanager
def fresh_postgres_database():
    """A new, empty PostgreSQL database for one test run; dropped afterwards."""
    name = f"tipline_test_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = urlunparse(urlparse(POSTGRES_ADMIN_URL)._replace(path=f"/{name}"))
    try:
        yield url
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url_for_tests(db: int = TEST_REDIS_DB) -> str:
    return urlunparse(urlparse(REDIS_BASE_URL)._replace(path=f"/{db}"))


def flush_test_redis(url: str) -> None:
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
