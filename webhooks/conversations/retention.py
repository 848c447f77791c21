"""Retention: transcripts are purged after TIPLINE_RETENTION_DAYS (a background duty of every gateway, run
hourly, safe to run from several at once). A conversation quiet for that long loses its messages and its
delivery address; a conversation with a report under legal hold is kept. Rasa's trackers in Redis expire
after the same time (record_exp, set by webhooks/stack/rasa_endpoints.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import exists, select, update

from webhooks.conversations import store
from webhooks.conversations.models import Conversation
from webhooks.db import Database, utcnow
from webhooks.reports.models import Report


@dataclass(frozen=True)
class Purged:
    conversations: int
    messages: int


def purge_expired(db: Database, days: int, batch: int = 200) -> Purged:
    cutoff = utcnow() - timedelta(days=days)
    held = exists().where(Report.conversation_key == Conversation.key, Report.legal_hold.is_(True))
    with db.session() as s:
        ids = list(s.scalars(select(Conversation.id)
                            .where(Conversation.last_seen_at < cutoff, Conversation.state != "purged", ~held)
                            .order_by(Conversation.id).limit(batch).with_for_update(skip_locked=True)))
        if not ids:
            return Purged(0, 0)
        messages = store.delete_transcripts(s, ids)
        s.execute(update(Conversation).where(Conversation.id.in_(ids)).values(address_enc=None, state="purged"))
    return Purged(len(ids), messages)
