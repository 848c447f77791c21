"""Each gateway's background duties, every few seconds:
- the escalation queue in Redis rebuilt from the database when Redis lost it or missed an announcement;
- escalations nobody claimed in time: marked overdue for supervisors, and the person gets the emergency
  information again, if the conversation is still open (nothing after STOP);
- messages stored but never answered (the bot was down, a process died): answered now, in order, and
  after too long without the bot, the conversation is queued for a person;
- transcripts past the retention period: purged (hourly)."""
from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from webhooks.channels.outbound import OptedOut
from webhooks.conversations.models import Conversation
from webhooks.conversations.pipeline import why_not_to_text
from webhooks.conversations.retention import purge_expired
from webhooks.conversations.texts import TEXTS
from webhooks.conversations.texts import text as gateway_text
from webhooks.language.holding import holding_message
from webhooks.logs import get_logger
from webhooks.reports.models import Report

log = get_logger("tipline.watchdog")
PURGE_EVERY = 3600.0
_last_purge: dict[str, float] = {}


def resume_once(services) -> int:
    """Messages stored but not answered (the bot was down, a process died): answered now, in order."""
    settings = services.settings
    return services.pipeline.resume_pending(timedelta(seconds=settings.tipline_retry_after_seconds),
                                            timedelta(seconds=settings.tipline_bot_give_up_seconds))


def purge_once(services) -> int:
    """Transcripts past retention, at most hourly per gateway (cheap when there is nothing to do)."""
    now = time.monotonic()
    if now - _last_purge.get("at", -PURGE_EVERY) < PURGE_EVERY:
        return 0
    _last_purge["at"] = now
    purged = purge_expired(services.db, services.settings.tipline_retention_days)
    if purged.conversations:
        log.info("transcripts purged", extra={"conversations": purged.conversations, "messages": purged.messages})
    return purged.conversations


def requeue_once(services) -> int:
    return services.escalations.resync_if_needed()


def check_once(services) -> int:
    late = services.escalations.overdue(timedelta(seconds=services.settings.tipline_claim_timeout_seconds))
    for esc in late:
        with services.db.session() as s:
            conv = s.get(Conversation, esc.conversation_id)
            if conv.state != "open" or why_not_to_text(s, services.encryptor, conv, any_channel=True):
                continue  # (nor to a phone that is not the person's, or that someone reads, or that was not to be
                # texted, "escribo del cel de mi patrona", "no me manden nada"; nor after a last word of "no my moms
                # coming dont text back", "ey perate el ta viniendo": a child got "Hi, this is a follow-up…")
            if s.scalar(select(Report.privacy_level).where(Report.conversation_key == conv.key, Report.status != (
                    "unconfirmed")).order_by(Report.id.desc()).limit(1)) == "anonymous":
                continue  # a tip sent as "anonymous: no name, no number" is not followed by a text nobody asked for
                # ("Hi, this is a follow-up to your message…" reached two people two minutes after they filed)
            try:
                # (in a language the line has no texts in, its holding line: the reminder went out in English to
                # people writing in Tagalog and Haitian Creole)
                said = gateway_text("reminder", conv.language) if conv.language in TEXTS else (
                    holding_message(conv.language, "again") or gateway_text("reminder", "en"))
                services.outbound.send(s, conv, said, author="system")
            except OptedOut:
                continue
        log.info("escalation overdue", extra={"escalation_id": esc.id, "level": esc.level})
    return len(late)


async def run_forever(services, every_seconds: float = 10.0) -> None:
    while True:
        for duty in (requeue_once, check_once, resume_once, purge_once):
            try:
                await run_in_threadpool(duty, services)
            except Exception:
                log.exception("background duty failed", extra={"duty": duty.__name__})
        await asyncio.sleep(every_seconds)
