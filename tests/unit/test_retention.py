"""Retention on both backends: quiet conversations lose their transcript and address; legal holds are kept."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from webhooks.conversations import store
from webhooks.conversations.models import Conversation, Message
from webhooks.conversations.retention import purge_expired
from webhooks.db import utcnow
from webhooks.reports.store import NewTip, ReportStore


def conversation(db, encryptor, key: str, days_ago: int) -> int:
    with db.session() as s:
        conv = store.get_or_create(s, key, "sms", encryptor.encrypt("+15550100"))
        msg = store.add_inbound(s, conv.id, f"sid-{key}", encryptor.encrypt("they took my passport"))
        store.add_reply(s, conv, msg, encryptor.encrypt("thank you"), author="bot")
        s.flush()
        s.execute(update(Conversation).where(Conversation.id == conv.id)
                  .values(last_seen_at=utcnow() - timedelta(days=days_ago)))
        return conv.id


def messages_of(db, conv_id: int) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.conversation_id == conv_id))


def test_old_transcripts_go_recent_and_held_ones_stay(database, encryptor):
    old = conversation(database, encryptor, "old", 100)
    recent = conversation(database, encryptor, "recent", 5)
    held = conversation(database, encryptor, "held", 100)
    reports = ReportStore(database, encryptor)
    reports.set_legal_hold(reports.file(NewTip(conversation_key="held", channel="sms", language="en",
                                               narrative="n")).reference_code, True)
    purged = purge_expired(database, days=90)
    assert purged.conversations == 1 and purged.messages == 2
    assert messages_of(database, old) == 0 and messages_of(database, recent) == 2 and messages_of(database, held) == 2
    with database.session() as s:
        assert s.get(Conversation, old).address_enc is None
    assert purge_expired(database, days=90).conversations == 0, "nothing left to do"
