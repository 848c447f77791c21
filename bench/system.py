"""The whole system for a benchmark run: a private Redis, a fresh PostgreSQL database when
DATABASE_URL's server answers (else SQLite), the model trained from this repo, and the processes."""
from __future__ import annotations

import secrets
import tempfile
from contextlib import ExitStack, contextmanager
from pathlib import Path

from webhooks.crypto import new_fernet_key
from webhooks.db import Database
from webhooks.settings import Settings
from webhooks.stack import model
from webhooks.stack.processes import Ports, Stack
from webhooks.stack.redis_server import free_port, start_private_redis

PUBLIC = "https://bench.example.org"


@contextmanager
def database_url():
    try:
        from tests.support.servers import fresh_postgres_database

        with fresh_postgres_database() as url:
            yield url
    except Exception:  # no PostgreSQL here: the embedded default
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"


@contextmanager
def shared_state():
    """(env, settings, db) for one benchmark run; torn down afterwards."""
    with ExitStack() as cleanup, tempfile.TemporaryDirectory() as tmp:
        redis_proc, redis_url = start_private_redis(Path(tmp) / "redis", appendonly=False)
        cleanup.callback(redis_proc.kill)
        db_url = cleanup.enter_context(database_url())
        env = {"TIPLINE_ENV": "development", "TIPLINE_SECRET_KEY": secrets.token_urlsafe(32),
               "TIPLINE_ENCRYPTION_KEYS": new_fernet_key(), "TIPLINE_DATA_DIR": tmp,
               "TWILIO_AUTH_TOKEN": secrets.token_hex(16), "PUBLIC_BASE_URL": PUBLIC, "DATABASE_URL": db_url,
               "REDIS_URL": redis_url, "TIPLINE_LOG_LEVEL": "WARNING", "TIPLINE_CLAIM_TIMEOUT_SECONDS": "3600"}
        settings = Settings(**{k.lower(): v for k, v in env.items()})
        db = Database(settings.effective_database_url)
        db.migrate()
        try:
            yield env, settings, db, Path(tmp)
        finally:
            db.dispose()


@contextmanager
def running(env: dict, settings: Settings, run_dir: Path, rasa_servers: int = 1):
    ports = Ports(gateways=(free_port(),), rasas=tuple(free_port() for _ in range(rasa_servers)), actions=free_port())
    results = Path(__file__).resolve().parent / "results"
    results.mkdir(exist_ok=True)
    stack = Stack(settings, ports=ports, run_dir=run_dir, extra_env=env, log_file=results / "last-run.log")
    stack.start(model.ensure_trained())
    try:
        stack.wait_ready(timeout=300)
        yield stack
    finally:
        stack.stop()
