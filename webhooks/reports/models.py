from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from webhooks.db import Base, UTCDateTime, utcnow


class Report(Base):
    """A filed tip, in the shape of the Human Trafficking Case Data Standard (webhooks/reports/htcds.py).

    It names no tipster: the conversation is referenced by its keyed hash. What the person wrote in their
    own words (narrative, the other answers, additions) and any contact details they chose to share are
    encrypted at rest; the structured fields (types, means of control, place, people) are plain so staff
    can filter on them. `extracted` lists the structured fields the bot read from free text, for staff to
    confirm or correct."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_code: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    conversation_key: Mapped[str] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    # the tipster's answers, as said
    narrative_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    location: Mapped[str | None] = mapped_column(Text, nullable=True)
    occurred: Mapped[str | None] = mapped_column(Text, nullable=True)
    people_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    control_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    more_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    additions_enc: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list, added after filing
    # who is telling, and what they chose to share
    reporter_role: Mapped[str | None] = mapped_column(String(16), nullable=True)  # self | other | unspecified
    privacy_level: Mapped[str] = mapped_column(String(16), default="anonymous", server_default="anonymous")
    contact_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    # structured (HTCDS)
    is_forced_labour: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    is_sexual_exploit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    is_other_exploit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    labour_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    means_of_control: Mapped[str] = mapped_column(Text, default="", server_default="")  # comma list
    ilo_indicators: Mapped[str] = mapped_column(Text, default="", server_default="")  # comma list
    venue: Mapped[str | None] = mapped_column(String(64), nullable=True)
    city: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    state: Mapped[str | None] = mapped_column(String(8), nullable=True, index=True)
    country: Mapped[str | None] = mapped_column(String(4), nullable=True)
    ongoing: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    people_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ages: Mapped[str | None] = mapped_column(String(64), nullable=True)
    minor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    gender: Mapped[str | None] = mapped_column(String(8), nullable=True)  # only if given
    extracted: Mapped[str] = mapped_column(Text, default="", server_default="")  # comma list of field names
    # urgency and mandated reporting
    urgency_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    urgency_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    urgency_reasons: Mapped[str] = mapped_column(String(200), default="", server_default="")
    mandated_reasons: Mapped[str] = mapped_column(String(64), default="", server_default="")  # minor,imminent_danger
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # staff work on the report
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    confirmed: Mapped[str] = mapped_column(Text, default="", server_default="")  # fields staff confirmed
    notes_enc: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list of staff notes
    referral_agency: Mapped[str | None] = mapped_column(String(120), nullable=True)  # a mandated report made
    referral_reference: Mapped[str | None] = mapped_column(String(120), nullable=True)
    referral_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    referral_signed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    # anonymous follow-up: the tipster holds the code and a passphrase (argon2 hash here)
    passphrase_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    followup_enc: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list of questions and answers
    status: Mapped[str] = mapped_column(String(16), default="new")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
