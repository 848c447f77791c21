"""The write-ahead log's durability: a person's message is committed to disk before anything acts on it; only the
bot's answers, which its tracker can give again, are committed without waiting for the disk."""
from sqlalchemy import text

from webhooks.conversations import store
from webhooks.conversations.models import Message


def test_only_the_answer_commits_without_waiting_for_the_disk_and_the_next_message_waits_again(database):
    with database.session() as s:
        conv = store.get_or_create(s, "k" * 64, "sms", None)
        msg = store.add_inbound(s, conv.id, "twilio:SM1", "enc", taken=True)
        message_id = msg.id
    postgres = database.engine.dialect.name == "postgresql"
    with database.session() as s:
        assert store.finish(s, message_id, wait_for_disk=False) is None  # nobody took the conversation
        if postgres:
            assert s.scalar(text("SHOW synchronous_commit")) == "off"
    with database.session() as s:
        assert s.get(Message, message_id).status == "done"
        if postgres:  # (the setting was the answer's transaction's alone)
            assert s.scalar(text("SHOW synchronous_commit")) == "on"
        store.add_inbound(s, conv.id, "twilio:SM2", "enc")
        if postgres:
            assert s.scalar(text("SHOW synchronous_commit")) == "on"
