"""Reads and writes of conversations and the write-ahead message log. No processing here."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, case, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from webhooks.conversations.models import Conversation, Message
from webhooks.db import UTCDateTime, utcnow
from webhooks.escalations.models import Escalation

PENDING = ("received", "pending", "deferred")  # deferred: over a sender's limit; its request already returned


# The two statements every message runs first, written out: SQLAlchemy cannot cache its ON CONFLICT constructs
# (it compiled both afresh for every message, a millisecond each); this SQL is the same on PostgreSQL and SQLite.
_UPSERT_CONVERSATION = text(
    "INSERT INTO conversations (key, channel, language, state, opted_out, address_enc, triage_flags, created_at,"
    " last_seen_at) VALUES (:key, :channel, :language, :state, :opted_out, :address_enc, :triage_flags, :now, :now)"
    " ON CONFLICT (key) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
    " address_enc = coalesce(conversations.address_enc, excluded.address_enc),"
    " state = CASE WHEN conversations.state = 'purged' THEN 'open' ELSE conversations.state END"
    " RETURNING " + ", ".join(c.name for c in Conversation.__table__.columns)
).bindparams(bindparam("now", type_=UTCDateTime())).columns(*Conversation.__table__.columns)

_UPSERT_CONVERSATION_LOADED = select(Conversation).from_statement(_UPSERT_CONVERSATION)

# a new conversation's values, as the model defines them
_NEW_CONVERSATION = {name: Conversation.__table__.c[name].default.arg
                     for name in ("language", "state", "opted_out", "triage_flags")}

_ADD_INBOUND = text(
    "INSERT INTO messages (conversation_id, direction, author, provider_id, body_enc, media_enc, status, urgency,"
    " attempts, created_at, updated_at) VALUES (:conversation_id, 'in', 'person', :provider_id, :body_enc,"
    " :media_enc, :status, :urgency, :attempts, :now, :now)"
    " ON CONFLICT (provider_id) DO NOTHING RETURNING " + ", ".join(c.name for c in Message.__table__.columns)
).bindparams(bindparam("now", type_=UTCDateTime())).columns(*Message.__table__.columns)


def get_or_create(session: Session, key: str, channel: str, address_enc: str | None) -> Conversation:
    """The conversation, created on its first message, in one statement that is safe when two replicas race. A
    known conversation is marked seen; one back after the retention purge gets its address and opens again. The
    row stays locked until the transaction ends, so what is decided with it (triage) is decided one at a time. For a
    session that has not loaded this conversation yet (every caller's is new: asking the ORM to refresh a loaded one
    cost a fifth of the statement's time)."""
    params = {**_NEW_CONVERSATION, "key": key, "channel": channel, "address_enc": address_enc, "now": utcnow()}
    return session.scalars(_UPSERT_CONVERSATION_LOADED, params).one()


def find_by_key(session: Session, key: str) -> Conversation | None:
    return session.scalar(select(Conversation).where(Conversation.key == key))


def find_inbound(session: Session, provider_id: str) -> Message | None:
    return session.scalar(select(Message).where(Message.provider_id == provider_id))


def add_inbound(session: Session, conversation_id: int, provider_id: str, body_enc: str,
                media_enc: str | None = None, urgency: str | None = None, taken: bool = False) -> Message | None:
    """Store an inbound message and return it; None when this provider id was stored before (a retry). `taken`:
    stored already claimed for processing (as `claim` leaves it), by a process that holds the conversation's lock
    and has found nothing unfinished before it."""
    stmt = select(Message).from_statement(_ADD_INBOUND)
    return session.scalars(stmt, {
        "conversation_id": conversation_id, "provider_id": provider_id, "body_enc": body_enc, "media_enc": media_enc,
        "status": "processing" if taken else "received", "attempts": 1 if taken else 0, "urgency": urgency,
        "now": utcnow()}).one_or_none()


def add_reply(session: Session, conv: Conversation, reply_to: Message | None, body_enc: str,
              author: str = "bot") -> Message:
    msg = Message(conversation_id=conv.id, direction="out", author=author, body_enc=body_enc,
                  reply_to_id=reply_to.id if reply_to else None, status="sent")
    session.add(msg)
    return msg


_ADD_REPLIES = Message.__table__.insert().returning(Message.id, sort_by_parameter_order=True)


def add_replies(session: Session, conversation_id: int, reply_to_id: int, bodies_enc: list[str],
                author: str) -> list[int]:
    """Store the replies to an inbound message, in one statement; returns their ids, in order."""
    if not bodies_enc:
        return []
    now = utcnow()
    return list(session.connection().execute(_ADD_REPLIES, [
        {"conversation_id": conversation_id, "direction": "out", "author": author, "body_enc": body_enc,
         "reply_to_id": reply_to_id, "status": "sent", "created_at": now, "updated_at": now}
        for body_enc in bodies_enc]).scalars())


_FINISH = (update(Message).where(Message.id == bindparam("message_id"))
           .values(status="done", updated_at=bindparam("now"))
           .returning(select(Conversation.owner_staff_id).where(Conversation.id == Message.conversation_id)
                      .scalar_subquery()))


# On PostgreSQL the same statement also lets this transaction's commit return before its record is on disk (it is
# there within a fraction of a second unless the server crashes first): `SET LOCAL synchronous_commit TO OFF` as a
# statement of its own cost a round trip a message, about what the disk wait saved.
_FINISH_WITHOUT_WAITING_FOR_DISK = _FINISH.returning(func.set_config("synchronous_commit", "off", True))


def finish(session: Session, message_id: int, wait_for_disk: bool = True) -> int | None:
    """Mark an inbound message answered, and say who owns its conversation now (None: nobody, the bot's answer
    goes out): one statement. `wait_for_disk=False`: only for what can be done again from what is on disk (the
    bot's answers are in its tracker), never for a person's message."""
    stmt = _FINISH if wait_for_disk or session.get_bind().dialect.name != "postgresql" else (
        _FINISH_WITHOUT_WAITING_FOR_DISK)
    return session.connection().execute(stmt, {"message_id": message_id, "now": utcnow()}).one()[0]


def unprocessed_up_to(session: Session, conv_id: int, last_id: int, stale_before: datetime) -> list[tuple[int, str]]:
    """(id, status) of the conversation's inbound messages not yet answered, up to `last_id`, oldest first; a message
    still "processing" since before `stale_before` was left by a process that died, and is taken again."""
    return [(row.id, row.status) for row in session.execute(
        select(Message.id, Message.status)
        .where(Message.conversation_id == conv_id, Message.direction == "in", Message.id <= last_id,
               or_(Message.status.in_(PENDING),
                   (Message.status == "processing") & (Message.updated_at < stale_before)))
        .order_by(Message.id)
    )]


# Built once (building a statement costs about as much as running it; these run for every message).
_UNFINISHED = case((Message.status.in_(PENDING + ("processing",)), 1), else_=0)
_INBOUND = select(func.count(), func.coalesce(func.sum(_UNFINISHED), 0)).where(
    Message.conversation_id == bindparam("conv_id"), Message.direction == "in")
_INBOUND_BEFORE = _INBOUND.where(Message.id < bindparam("message_id"))
_CLAIM = (update(Message)
          .where(Message.id == bindparam("message_id"),
                 or_(Message.status.in_(PENDING),
                     (Message.status == "processing") & (Message.updated_at < bindparam("stale_before"))))
          .values(status="processing", attempts=Message.attempts + 1, updated_at=bindparam("now"))
          .returning(Message))


def inbound_before(session: Session, conv_id: int, message_id: int | None = None) -> tuple[int, int]:
    """How many inbound messages came before this one (or are stored, without one) in the conversation, and
    how many of them are not finished (waiting, deferred, or being processed): when none is, it is next in line."""
    # (through the connection: the ORM's execution path cost about as much as the query, for two numbers)
    if message_id is None:
        before, unfinished = session.connection().execute(_INBOUND, {"conv_id": conv_id}).one()
    else:
        before, unfinished = session.connection().execute(
            _INBOUND_BEFORE, {"conv_id": conv_id, "message_id": message_id}).one()
    return int(before), int(unfinished)


def claim(session: Session, message_id: int, stale_before: datetime) -> Message | None:
    """Take an inbound message for processing, atomically (once, even with two replicas and no Redis lock), and
    load it. None when it was processed already, or is being processed by another process (since after
    `stale_before`: before that, the process that took it has died)."""
    return session.scalars(_CLAIM, {"message_id": message_id, "stale_before": stale_before, "now": utcnow()},
                           execution_options={"synchronize_session": False, "populate_existing": True}
                           ).one_or_none()


def replies_to(session: Session, message_id: int) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.reply_to_id == message_id).order_by(Message.id)))


def delete_transcripts(session: Session, conversation_ids: list[int]) -> int:
    """Every message of these conversations (DELETE, retention); returns how many. Escalations stay, unlinked."""
    session.execute(update(Escalation).where(Escalation.conversation_id.in_(conversation_ids))
                    .values(raised_by_message_id=None))
    session.execute(update(Message).where(Message.conversation_id.in_(conversation_ids)).values(reply_to_id=None))
    return session.execute(delete(Message).where(Message.conversation_id.in_(conversation_ids))).rowcount
