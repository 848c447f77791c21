"""Alembic migrations, run programmatically (`tipline migrate`, and at start-up of `tipline up`).

Processes that start together (several replicas, `tipline up` beside `tipline staff add`) may all try to
migrate: one migrates at a time (a PostgreSQL advisory lock; a file lock beside a SQLite database),
the others then find the schema at head."""
from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent
ADVISORY_LOCK_ID = 7_287_451_003  # any fixed number: "the tip line is migrating"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        config.attributes["engine"] = engine
    return config


@contextmanager
def _one_at_a_time(engine: Engine) -> Iterator[None]:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        with open(f"{database}.migrate-lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return
    yield


def _lock_postgres(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK_ID})")


def upgrade_to_head(engine: Engine) -> None:
    with _one_at_a_time(engine), engine.begin() as connection:
        _lock_postgres(connection)
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
