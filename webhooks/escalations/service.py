"""Escalations: raised by the pipeline when triage says urgent, claimed by exactly one agent, then
released back to the bot or closed. The database is the record; Redis holds the ranked queue and the
event stream; every change is audited."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import redis
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from webhooks.conversations.models import Conversation
from webhooks.db import Database, utcnow
from webhooks.escalations import queue
from webhooks.escalations.models import OPEN_STATES, Escalation
from webhooks.logs import get_logger
from webhooks.rasa import RasaClient, RasaUnavailable
from webhooks.staff.accounts import audit
from webhooks.triage.assess import LEVEL_RANK, Assessment

log = get_logger("tipline.escalations")
SYNCED = queue.QUEUE + ":synced"
# an escalation raised again this soon after the last one of the conversation keeps its urgency and reasons
CAME_BACK_WITHIN = timedelta(hours=12)  # present while Redis holds the queue the database describes


class ClaimLost(Exception):
    """Someone else claimed it first, or it is no longer waiting."""


class NotYours(Exception):
    """Only the agent who claimed a conversation (or a supervisor) may act on it."""


@dataclass(frozen=True)
class Raised:
    escalation_id: int
    new: bool  # a new escalation (the person is told a person is joining)
    raised: bool  # an open one whose level went up


def waiting_seconds(esc: Escalation, now: datetime | None = None) -> int:
    end = esc.claimed_at or esc.ended_at or now or utcnow()
    return max(0, int((end - esc.created_at).total_seconds()))


class EscalationService:
    def __init__(self, db: Database, redis_client: redis.Redis, rasa: RasaClient) -> None:
        self.db = db
        self.redis = redis_client
        self.rasa = rasa
        self._queue_stale = False  # an announcement failed (Redis was away): rebuild the queue when it is back

    # raised by the pipeline, inside its transaction --------------------------------------------------
    def raise_for(self, s: Session, conv: Conversation, assessment: Assessment, raised_by: int | None = None) -> Raised:
        esc = s.scalar(select(Escalation).where(Escalation.conversation_id == conv.id,
                                                Escalation.state.in_(OPEN_STATES)))
        reasons = ",".join(assessment.reasons)
        if esc is None:
            level, score, reasons = self._with_what_came_before(s, conv.id, assessment)
            esc = Escalation(conversation_id=conv.id, level=level, score=score,
                             reasons=reasons, language=conv.language, state="queued", raised_by_message_id=raised_by)
            s.add(esc)
            s.flush()
            return Raised(esc.id, new=True, raised=False)
        more_urgent = (LEVEL_RANK[assessment.level], -assessment.score) < (LEVEL_RANK[esc.level], -esc.score)
        if more_urgent:
            esc.level, esc.score = assessment.level, assessment.score
        esc.reasons = ",".join(r for r in dict.fromkeys(esc.reasons.split(",") + list(assessment.reasons)) if r)
        return Raised(esc.id, new=False, raised=more_urgent)

    @staticmethod
    def _with_what_came_before(s: Session, conversation_id: int, assessment: Assessment) -> tuple[str, int, str]:
        """A person asked for again after staff released or closed this conversation: at least as urgent as the
        last time, and with its reasons ("sam r u there? he left to the front", from a woman locked in a back room
        an hour before, was queued as a routine "asked for a person" among the rest)."""
        level, score, reasons = assessment.level, assessment.score, list(assessment.reasons)
        before = s.scalar(select(Escalation).where(Escalation.conversation_id == conversation_id,
                                                   Escalation.created_at >= utcnow() - CAME_BACK_WITHIN)
                          .order_by(Escalation.id.desc()).limit(1))
        if before is None:
            return level, score, ",".join(reasons)
        if (LEVEL_RANK[before.level], -before.score) < (LEVEL_RANK[level], -score):
            level, score = before.level, before.score
        earlier = [r for r in (before.reasons or "").split(",") if r and r != "came_back"]
        return level, score, ",".join(dict.fromkeys([*reasons, *earlier, "came_back"]))

    @staticmethod
    def language_changed(s: Session, conversation_id: int, language: str, bot_speaks_it: bool) -> None:
        """The conversation goes on in another language: its open escalation says so, and no longer asks for an
        interpreter once the language is one the team and the bot speak."""
        for esc in s.scalars(select(Escalation).where(Escalation.conversation_id == conversation_id,
                                                      Escalation.state.in_(OPEN_STATES))):
            esc.language = language
            if bot_speaks_it:
                esc.reasons = ",".join(r for r in (esc.reasons or "").split(",") if r and r != "interpreter_needed")

    def is_open(self, s: Session, conversation_id: int) -> bool:
        """A person has been asked for (or is already there) in this conversation."""
        return s.scalar(select(Escalation.id).where(Escalation.conversation_id == conversation_id,
                                                    Escalation.state.in_(OPEN_STATES)).limit(1)) is not None

    def open_reasons(self, s: Session, conversation_id: int) -> set[str]:
        """Why a person was asked for in this conversation, while that is open (empty when nobody was)."""
        reasons = s.scalars(select(Escalation.reasons).where(Escalation.conversation_id == conversation_id,
                                                             Escalation.state.in_(OPEN_STATES)))
        return {r for joined in reasons for r in (joined or "").split(",") if r}

    def raised_by(self, s: Session, message_id: int) -> Escalation | None:
        """The escalation this message opened, if it opened one."""
        return s.scalar(select(Escalation).where(Escalation.raised_by_message_id == message_id))

    def announce(self, raised: Raised) -> None:
        """After the transaction: rank it in the queue and tell every console."""
        with self.db.session() as s:
            esc = s.get(Escalation, raised.escalation_id)
            if esc is None:
                return
            event = self._event("queued" if raised.new else "raised", esc)
            queued = esc.state == "queued"
            level, score, created_at = esc.level, esc.score, esc.created_at
        try:
            if queued:
                queue.enqueue(self.redis, raised.escalation_id, level, score, created_at)
            queue.publish(self.redis, event)
        except redis.RedisError:
            # The database has it; the watchdog puts it in the queue once Redis answers again.
            self._queue_stale = True
            log.warning("escalation not announced: Redis unavailable", extra={"escalation_id": raised.escalation_id})

    def message_for_staff(self, conversation_id: int, message_id: int) -> None:
        """A person wrote in a conversation a staff member owns: tell the consoles (ids only)."""
        with self.db.session() as s:
            esc = s.scalar(select(Escalation).where(Escalation.conversation_id == conversation_id,
                                                    Escalation.state == "claimed"))
        if esc is not None:
            try:
                queue.publish(self.redis, self._event("message", esc, message_id=message_id, staff_id=esc.claimed_by))
            except redis.RedisError:
                log.warning("staff not told of a message: Redis unavailable", extra={"escalation_id": esc.id})

    # staff actions -----------------------------------------------------------------------------------
    def claim(self, escalation_id: int, staff_id: int) -> Escalation:
        """Take one escalation. Of two agents clicking at once, exactly one wins (ZREM is atomic)."""
        if not queue.take(self.redis, escalation_id):
            raise ClaimLost()
        return self._claimed(escalation_id, staff_id)

    def claim_most_urgent(self, staff_id: int) -> Escalation | None:
        """The one button: the head of the queue (ZPOPMIN is atomic)."""
        while (escalation_id := queue.take_most_urgent(self.redis)) is not None:
            try:
                return self._claimed(escalation_id, staff_id)
            except ClaimLost:
                continue  # a stale entry: already ended in the database
        return None

    def _claimed(self, escalation_id: int, staff_id: int) -> Escalation:
        with self.db.session() as s:
            won = s.execute(update(Escalation).where(Escalation.id == escalation_id, Escalation.state == "queued")
                            .values(state="claimed", claimed_by=staff_id, claimed_at=utcnow())).rowcount == 1
            if not won:
                raise ClaimLost()
            esc = s.get(Escalation, escalation_id)
            conv = s.get(Conversation, esc.conversation_id)
            conv.owner_staff_id = staff_id  # from now on every message goes to this agent, never to Rasa
            key = conv.key
        self._rasa_event(key, "pause")
        audit(self.db, staff_id, "escalation.claim", "escalation", str(escalation_id))
        queue.publish(self.redis, self._event("claimed", esc, staff_id=staff_id))
        return esc

    def release(self, escalation_id: int, staff_id: int, is_supervisor: bool = False) -> Escalation:
        return self._end(escalation_id, staff_id, "released", is_supervisor)

    def close(self, escalation_id: int, staff_id: int, is_supervisor: bool = False) -> Escalation:
        return self._end(escalation_id, staff_id, "closed", is_supervisor)

    def _end(self, escalation_id: int, staff_id: int, state: str, is_supervisor: bool) -> Escalation:
        with self.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            if esc is None or esc.state not in OPEN_STATES:
                raise ClaimLost()
            if esc.state == "claimed" and esc.claimed_by != staff_id and not is_supervisor:
                raise NotYours()
            was_queued = esc.state == "queued"
            esc.state, esc.ended_at = state, utcnow()
            conv = s.get(Conversation, esc.conversation_id)
            conv.owner_staff_id = None  # the bot answers again, from where its form was
            key = conv.key
        if was_queued:
            queue.take(self.redis, escalation_id)
        self._rasa_event(key, "resume")
        audit(self.db, staff_id, {"released": "escalation.release", "closed": "escalation.close"}[state],
              "escalation", str(escalation_id))
        queue.publish(self.redis, self._event(state, esc, staff_id=staff_id))
        return esc

    def assert_owner(self, escalation_id: int, staff_id: int, is_supervisor: bool = False) -> Escalation:
        with self.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            if esc is None:
                raise ClaimLost()
            if not is_supervisor and (esc.state != "claimed" or esc.claimed_by != staff_id):
                raise NotYours()
            return esc

    def resync(self) -> int:
        """Rebuild the Redis queue from the database (at start, and after Redis lost it or was away)."""
        with self.db.session() as s:
            waiting = list(s.scalars(select(Escalation).where(Escalation.state == "queued")))
        for esc in waiting:
            queue.enqueue(self.redis, esc.id, esc.level, esc.score, esc.created_at)
        self.redis.set(SYNCED, "1")
        self._queue_stale = False
        return len(waiting)

    def resync_if_needed(self) -> int:
        """A Redis that restarted empty (no persistence) has no marker; one that was away missed announcements."""
        if self._queue_stale or not self.redis.exists(SYNCED):
            count = self.resync()
            queue.publish(self.redis, {"type": "resync", "queued": count})  # consoles refresh their queue
            log.info("escalation queue rebuilt", extra={"queued": count})
            return count
        return 0

    def overdue(self, older_than: timedelta) -> list[Escalation]:
        """Queued escalations nobody claimed in time. Each is marked once, by one replica."""
        cutoff = utcnow() - older_than
        with self.db.session() as s:
            candidates = list(s.scalars(select(Escalation.id).where(
                Escalation.state == "queued", Escalation.overdue.is_(False), Escalation.created_at < cutoff)))
        marked = []
        for escalation_id in candidates:
            with self.db.session() as s:
                won = s.execute(update(Escalation).where(Escalation.id == escalation_id, Escalation.overdue.is_(False))
                                .values(overdue=True)).rowcount == 1
                if won:
                    marked.append(s.get(Escalation, escalation_id))
        for esc in marked:
            queue.publish(self.redis, self._event("overdue", esc))
        return marked

    # helpers -----------------------------------------------------------------------------------------
    def _rasa_event(self, key: str, event: str) -> None:
        try:
            self.rasa.add_event(key, {"event": event})
        except RasaUnavailable:
            # The gateway's ownership check is what keeps Rasa out; pausing the tracker is a second lock.
            log.warning("rasa tracker not updated", extra={"conversation": key, "rasa_event": event})

    @staticmethod
    def _event(kind: str, esc: Escalation, **extra) -> dict:
        return {"type": kind, "escalation_id": esc.id, "level": esc.level, "score": esc.score,
                "state": esc.state, "language": esc.language, **extra}
