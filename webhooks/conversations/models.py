from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from webhooks.db import Base, UTCDateTime, utcnow


class Conversation(Base):
    """One person on one channel. `key` is the keyed hash of the sender; the raw address is kept
    only encrypted, to reply later, and never leaves this table."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="en")
    state: Mapped[str] = mapped_column(String(16), default="open")
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    address_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    web_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    triage_flags: Mapped[str] = mapped_column(String(200), default="", server_default="")  # what triage learnt so far
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Message(Base):
    """The write-ahead log of a conversation: every inbound message is stored here before it is
    processed (status received → processing → done | failed), and every reply after it is sent."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    author: Mapped[str] = mapped_column(String(16))  # person | bot | staff | system
    provider_id: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True, index=True)
    body_enc: Mapped[str] = mapped_column(Text)
    media_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="received")
    urgency: Mapped[str | None] = mapped_column(String(16), nullable=True)  # set by triage, before the bot
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
