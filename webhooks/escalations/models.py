from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from webhooks.db import Base, UTCDateTime, utcnow

OPEN_STATES = ("queued", "claimed")


class Escalation(Base):
    """A conversation put in front of a person: queued → claimed → released | closed."""

    __tablename__ = "escalations"
    # a number is never given again (SQLite reused an erased one's: a staff message reached another person)
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    raised_by_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    level: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(Text, default="")  # comma-separated reason codes
    language: Mapped[str] = mapped_column(String(8), default="en")
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    overdue: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
