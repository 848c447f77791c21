"""Several machines' worth of processes on one: two gateways and two Rasa servers sharing the real
Redis (trackers, locks) and PostgreSQL. One conversation alternates between them."""
from __future__ import annotations

import os
import secrets

import httpx
import pytest
from sqlalchemy import func, select

from tests.support import dialogue
from tests.support.servers import flush_test_redis, fresh_postgres_database, redis_url_for_tests
from tests.support.twilio import post_signed_sms, sms_params
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import keyed_hash, new_fernet_key
from webhooks.db import Database
from webhooks.reports.models import Report
from webhooks.settings import Settings
from webhooks.stack import model
from webhooks.stack.processes import Ports, Stack
from webhooks.stack.redis_server import free_port

pytestmark = pytest.mark.e2e
PUBLIC = "https://tips.example.org"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("cluster")
    with fresh_postgres_database() as database_url:
        redis_url = redis_url_for_tests(int(os.environ.get("TIPLINE_TEST_REDIS_DB", "13")) + 1)
        flush_test_redis(redis_url)
        env = {"TIPLINE_ENV": "development", "TIPLINE_SECRET_KEY": secrets.token_urlsafe(32),
               "TIPLINE_ENCRYPTION_KEYS": new_fernet_key(), "TIPLINE_DATA_DIR": str(run_dir / "data"),
               "TWILIO_AUTH_TOKEN": secrets.token_hex(16), "PUBLIC_BASE_URL": PUBLIC,
               "DATABASE_URL": database_url, "REDIS_URL": redis_url}
        settings = Settings(**{k.lower(): v for k, v in env.items()})
        db = Database(settings.effective_database_url)
        db.migrate()
        ports = Ports(gateways=(free_port(), free_port()), rasas=(free_port(), free_port()), actions=free_port())
        stack = Stack(settings, ports=ports, run_dir=run_dir, extra_env=env, log_file=run_dir / "cluster.log")
        stack.start(model.ensure_trained())
        try:
            stack.wait_ready(timeout=300)
            yield stack, settings, db
        finally:
            stack.stop()
            db.dispose()


def test_one_conversation_across_two_gateways_and_two_rasa_servers(cluster, phone):
    stack, settings, db = cluster
    gateways = [httpx.Client(base_url=f"http://127.0.0.1:{p}", timeout=30) for p in stack.ports.gateways]
    sids = []

    def send(text: str) -> list[str]:
        n = len(sids)
        if n == 2:  # one Rasa server dies mid-conversation; the other carries on
            stack.kill(f"rasa:{stack.ports.rasas[0]}")
        params = sms_params(phone, text)
        sids.append(params["MessageSid"])
        return dialogue.twiml_texts(post_signed_sms(gateways[n % 2], PUBLIC, settings.twilio_auth_token, params))

    intake = dialogue.tell(send, "hi", dialogue.plain(
        what="there is a house where men are brought in a van and work all day at the quarry for no pay",
        where="near the quarry on Route 9, outside Dalton, Georgia", when="every day since the spring"))
    assert intake.code and len(sids) >= 8

    key = keyed_hash(settings.tipline_secret_key, f"sms:{phone}")
    with db.session() as s:
        conv = s.scalar(select(Conversation).where(Conversation.key == key))
        inbound = list(s.scalars(select(Message).where(Message.conversation_id == conv.id,
                                                        Message.direction == "in").order_by(Message.id)))
        assert [m.provider_id for m in inbound] == [f"twilio:{sid}" for sid in sids], "order kept, none lost"
        assert all(m.status == "done" for m in inbound)
        for m in inbound:  # every turn answered, none twice
            answers = s.scalar(select(func.count()).select_from(Message).where(Message.reply_to_id == m.id))
            assert 1 <= answers <= 2
        assert s.scalar(select(func.count()).select_from(Report).where(Report.conversation_key == key)) == 1
    for client in gateways:
        client.close()
