"""Rasa dies mid-conversation: the person gets one holding reply, nothing they sent is lost, and when
Rasa is back every message is answered, in order, as new SMS (nobody is waiting on TwiML any more)."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from tests.support import dialogue
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import keyed_hash
from webhooks.db import Database

pytestmark = pytest.mark.e2e


def test_messages_sent_while_rasa_is_down_are_answered_in_order_when_it_is_back(system, phone):
    assert "confidential" in system.sms(phone, "hi").text
    port = system.stack.ports.rasa
    system.stack.kill(f"rasa:{port}")
    try:
        first = system.sms(phone, "they keep the workers locked in the warehouse at night")
        second = system.sms(phone, "Golden Gate Warehouse on 3rd Street, Oakland")
        assert "We have your message" in first.text and "911" in first.text
        assert "<Message>" not in second.text, "one holding reply per outage, not one per message"
    finally:
        system.stack.restart_rasa(port)

    key = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")
    db = Database(system.settings.effective_database_url)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            with db.session() as s:
                conv = s.scalar(select(Conversation).where(Conversation.key == key))
                inbound = list(s.scalars(select(Message).where(Message.conversation_id == conv.id,
                                                                Message.direction == "in").order_by(Message.id)))
                statuses = [m.status for m in inbound]
                bot_answers = [len(list(s.scalars(select(Message).where(Message.reply_to_id == m.id,
                                                                         Message.author == "bot")))) for m in inbound]
            if statuses == ["done", "done", "done"]:
                break
            time.sleep(1)
        assert statuses == ["done", "done", "done"], statuses
        # each got its answer, sent by SMS, in order: workers locked in call a person, so "where?" came first (the
        # menus last), and the place that followed answered it; no question was sent twice
        bodies = [r.form["Body"] for r in system.twilio.messages_to(phone)]
        assert all(n >= 1 for n in bot_answers[:3]), bot_answers
        asked = [dialogue.question_in([b]) for b in bodies]
        assert asked.index("where") < asked.index("who") and asked.count("where") == 1, bodies
        # and the conversation goes on where it was
        assert dialogue.question_in(dialogue.twiml_texts(system.sms(phone, "about 6 men"))) == "control"
    finally:
        db.dispose()
