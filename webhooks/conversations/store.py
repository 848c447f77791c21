"""Reads and writes of conversations and the write-ahead message log. No processing here."""
from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from webhooks.conversations.models import Conversation, Message
from webhooks.db import utcnow
from webhooks.escalations.models import Escalation

PENDING = ("received", "pending", "deferred")  # deferred: over a sender's limit; its request already returned


def get_or_create(session: Session, key: str, channel: str, address_enc: str | None) -> Conversation:
    conv = session.scalar(select(Conversation).where(Conversation.key == key))
    if conv is not None:
        conv.last_seen_at = utcnow()
        if conv.address_enc is None and address_enc is not None:
            conv.address_enc = address_enc  # back after the retention purge
        if conv.state == "purged":
            conv.state = "open"
        return conv
    conv = Conversation(key=key, channel=channel, address_enc=address_enc)
    try:
        with session.begin_nested():
            session.add(conv)
    except IntegrityError:  # another replica created it first
        conv = session.scalars(select(Conversation).where(Conversation.key == key)).one()
    return conv


def find_by_key(session: Session, key: str) -> Conversation | None:
    return session.scalar(select(Conversation).where(Conversation.key == key))


def find_inbound(session: Session, provider_id: str) -> Message | None:
    return session.scalar(select(Message).where(Message.provider_id == provider_id))


def add_inbound(session: Session, conv: Conversation, provider_id: str, body_enc: str,
                media_enc: str | None = None) -> Message | None:
    """Store an inbound message; None when this provider id was stored before (a retry)."""
    msg = Message(conversation_id=conv.id, direction="in", author="person", provider_id=provider_id,
                  body_enc=body_enc, media_enc=media_enc, status="received")
    try:
        with session.begin_nested():
            session.add(msg)
    except IntegrityError:
        return None
    return msg


def add_reply(session: Session, conv: Conversation, reply_to: Message | None, body_enc: str,
              author: str = "bot") -> Message:
    msg = Message(conversation_id=conv.id, direction="out", author=author, body_enc=body_enc,
                  reply_to_id=reply_to.id if reply_to else None, status="sent")
    session.add(msg)
    return msg


def unprocessed_up_to(session: Session, conv_id: int, last_id: int) -> list[Message]:
    return list(session.scalars(
        select(Message)
        .where(Message.conversation_id == conv_id, Message.direction == "in",
               Message.status.in_(PENDING), Message.id <= last_id)
        .order_by(Message.id)
    ))


def replies_to(session: Session, message_id: int) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.reply_to_id == message_id).order_by(Message.id)))


def delete_transcripts(session: Session, conversation_ids: list[int]) -> int:
    """Every message of these conversations (DELETE, retention); returns how many. Escalations stay, unlinked."""
    session.execute(update(Escalation).where(Escalation.conversation_id.in_(conversation_ids))
                    .values(raised_by_message_id=None))
    session.execute(update(Message).where(Message.conversation_id.in_(conversation_ids)).values(reply_to_id=None))
    return session.execute(delete(Message).where(Message.conversation_id.in_(conversation_ids))).rowcount
