"""Erasing a conversation when the person asks (DELETE): the transcript, the delivery address and any contact
details go at once, from the database, Redis (the gateway's keys and Rasa's tracker) and the reports; what a
filed report keeps afterwards identifies nobody (types, means of control, place, counts), and a tip never sent (an
unconfirmed report) goes whole. A report under a
supervisor's legal hold is kept whole, and the person is told so."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import redis
from sqlalchemy import delete, select, update

from webhooks import redis_state
from webhooks.conversations import store
from webhooks.conversations.models import Conversation
from webhooks.db import Database, utcnow
from webhooks.escalations import queue
from webhooks.escalations.models import Escalation
from webhooks.reports.models import Report

log = logging.getLogger("tipline.erase")
ERASED_KEY = "erased"
# what a report keeps of the person's own words after DELETE: nothing
PERSONAL = dict(narrative_enc=None, location=None, occurred=None, people_enc=None, control_enc=None, more_enc=None,
                additions_enc=None, contact_enc=None, conversation_key=ERASED_KEY)


@dataclass(frozen=True)
class Erased:
    messages: int
    reports: int
    held_reports: int


def erase_conversation(db: Database, r: redis.Redis, conversation_key: str) -> Erased:
    with db.session() as s:
        conv = s.scalar(select(Conversation).where(Conversation.key == conversation_key).with_for_update())
        held = list(s.scalars(select(Report.id).where(Report.conversation_key == conversation_key,
                                                      Report.legal_hold.is_(True))))
        # a tip never sent (kept unconfirmed while the person was away, or at the read-back) goes whole: the person
        # did not send it, and asked that nothing stay ("lo que te escribi antes lo pueden borrar? no quiero que quede
        # nada guardado" left its city, signs and kind)
        unsent = s.execute(delete(Report).where(Report.conversation_key == conversation_key, Report.status
                                                == "unconfirmed", Report.legal_hold.is_(False))).rowcount
        reports = unsent + s.execute(update(Report).where(Report.conversation_key == conversation_key,
                                                          Report.legal_hold.is_(False))
                                     .values(**PERSONAL, updated_at=utcnow())).rowcount
        messages = 0
        escalation_ids: list[int] = []
        if conv is not None:
            escalation_ids = list(s.scalars(select(Escalation.id).where(Escalation.conversation_id == conv.id)))
            messages = store.delete_transcripts(s, [conv.id])
            s.execute(delete(Escalation).where(Escalation.conversation_id == conv.id))
            s.delete(conv)
    _erase_redis(r, conversation_key, escalation_ids)
    log.info("conversation erased", extra={"messages": messages, "reports": reports, "held_reports": len(held)})
    return Erased(messages, reports, len(held))


def _erase_redis(r: redis.Redis, conversation_key: str, escalation_ids: list[int]) -> None:
    """Every gateway key of the conversation, and Rasa's tracker ("tipline:tracker:<key>")."""
    try:
        doomed = list(r.scan_iter(match=f"{redis_state.PREFIX}:*{conversation_key}*", count=500))
        if doomed:
            r.delete(*doomed)
        for escalation_id in escalation_ids:
            queue.take(r, escalation_id)
    except redis.RedisError:
        # the tracker also expires (record_exp); the retention job retries what is left
        log.warning("redis keys of an erased conversation not removed yet")
