"""Pooled PostgreSQL connections the server dropped (a restart, an idle timeout, an administrator) are replaced
before a request uses them: the gateway answers instead of failing once per dead connection."""
import psycopg
from sqlalchemy import text

from webhooks import db as db_module
from webhooks.db import Database


def test_a_connection_the_server_dropped_while_idle_is_replaced_before_use(monkeypatch):
    from tests.support.servers import fresh_postgres_database

    with fresh_postgres_database() as url:
        database = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with database.session() as s:
                first = s.scalar(text("SELECT pg_backend_pid()"))
            with psycopg.connect(url, autocommit=True) as admin:  # the server ends it, as a restart would
                admin.execute("SELECT pg_terminate_backend(%s)", (first,))
            monkeypatch.setattr(db_module, "IDLE_BEFORE_PING", 0.0)  # it has sat idle long enough to be checked
            with database.session() as s:
                second = s.scalar(text("SELECT pg_backend_pid()"))
            assert second != first
        finally:
            database.dispose()


def test_a_busy_connection_is_not_pinged_on_every_checkout():
    from tests.support.servers import fresh_postgres_database

    with fresh_postgres_database() as url:
        database = Database(url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with database.session() as s:
                s.execute(text("SELECT 1"))
            pings = []
            original = database.engine.dialect.do_ping
            database.engine.dialect.do_ping = lambda conn: pings.append(1) or original(conn)
            for _ in range(5):
                with database.session() as s:
                    s.execute(text("SELECT 1"))
            assert pings == []  # reused at once: five round trips saved
        finally:
            database.dispose()
