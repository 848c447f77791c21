"""The embedded default: the whole system on SQLite (no DATABASE_URL), as `tipline up` runs it on a laptop.
Whole conversations yield reports whose HTCDS fields match what was said, as on PostgreSQL
(test_intake_conversations.py runs the full set there)."""
from __future__ import annotations

import os
import secrets

import httpx
import pytest

from tests.e2e.test_intake_conversations import CASES
from tests.support import dialogue
from tests.support.servers import flush_test_redis, redis_url_for_tests
from tests.support.twilio import new_phone, post_signed_sms, sms_params
from webhooks.crypto import Encryptor, new_fernet_key
from webhooks.db import Database
from webhooks.reports.store import ReportStore
from webhooks.settings import Settings
from webhooks.stack import model
from webhooks.stack.processes import Ports, Stack
from webhooks.stack.redis_server import free_port

pytestmark = pytest.mark.e2e
PUBLIC = "https://tips.example.org"
ON_SQLITE = [c for c in CASES if c.name.startswith(("en step by step", "en all in one", "es todo en un",
                                                    "es deuda"))]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("embedded")
    redis_url = redis_url_for_tests(int(os.environ.get("TIPLINE_TEST_REDIS_DB", "13")) + 2)
    flush_test_redis(redis_url)
    env = {"TIPLINE_ENV": "development", "TIPLINE_SECRET_KEY": secrets.token_urlsafe(32),
           "TIPLINE_ENCRYPTION_KEYS": new_fernet_key(), "TIPLINE_DATA_DIR": str(run_dir / "data"),
           "TWILIO_AUTH_TOKEN": secrets.token_hex(16), "PUBLIC_BASE_URL": PUBLIC, "REDIS_URL": redis_url,
           "DATABASE_URL": ""}
    settings = Settings(**{k.lower(): v for k, v in env.items()})
    assert settings.effective_database_url.startswith("sqlite")
    db = Database(settings.effective_database_url)
    db.migrate()
    ports = Ports(gateways=(free_port(),), rasas=(free_port(),), actions=free_port())
    stack = Stack(settings, ports=ports, run_dir=run_dir, extra_env=env, log_file=run_dir / "embedded.log")
    stack.start(model.ensure_trained())
    try:
        stack.wait_ready(timeout=300)
        with httpx.Client(base_url=f"http://127.0.0.1:{ports.gateway}", timeout=30) as http:
            yield http, settings, ReportStore(db, Encryptor.from_settings(settings))
    finally:
        stack.stop()
        db.dispose()


@pytest.mark.parametrize("case", ON_SQLITE, ids=[c.name for c in ON_SQLITE])
def test_a_whole_conversation_files_the_same_report_on_sqlite(embedded, case):
    http, settings, reports = embedded
    phone = new_phone()

    def send(text: str) -> list[str]:
        return dialogue.twiml_texts(post_signed_sms(http, PUBLIC, settings.twilio_auth_token, sms_params(phone, text)))

    intake = dialogue.tell(send, case.opening, dict(case.answers), case.language)
    report = reports.by_reference(intake.code).__dict__
    for name, wanted in case.expect.items():
        got = report[name]
        if isinstance(wanted, set):
            assert wanted <= set(got), (name, got)
        else:
            assert got == wanted, (name, got)
