"""A flood from one number: what is over the sender's limit is stored and answered later, the webhook
still gets its 200, urgent messages are never held back, and other people are answered at once."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.support.twilio import new_phone
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import keyed_hash
from webhooks.db import Database

pytestmark = pytest.mark.e2e


def test_a_flood_is_stored_and_deferred_without_delaying_anyone(system, phone):
    limit = int(system.env["TIPLINE_SENDER_LIMIT_PER_MINUTE"])
    answered = [system.sms(phone, f"spam message number {n}") for n in range(limit + 3)]
    assert all(r.status_code == 200 for r in answered)
    assert all("<Message>" not in r.text for r in answered[limit:]), "over the limit: stored, answered later"

    urgent = system.sms(phone, "please help me, he has a gun")
    assert "911" in urgent.text, "urgent messages are never held back"
    other = system.sms(new_phone(), "hi")
    assert "confidential" in other.text, "another person is answered at once"

    key = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")
    db = Database(system.settings.effective_database_url)
    try:
        with db.session() as s:
            conv_id = s.scalar(select(Conversation.id).where(Conversation.key == key))
            stored = s.scalar(select(func.count()).select_from(Message).where(
                Message.conversation_id == conv_id, Message.direction == "in"))
            waiting = s.scalar(select(func.count()).select_from(Message).where(
                Message.conversation_id == conv_id, Message.direction == "in",
                Message.status.in_(("received", "pending", "deferred"))))
    finally:
        db.dispose()
    assert stored == limit + 4, "every message was stored"
    assert waiting == 0, "the deferred messages were answered, in order, before the urgent one"
