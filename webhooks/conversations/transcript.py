"""A conversation as staff read it (console and report detail): every message in order, with the media
references an MMS carried. Media are never fetched by the gateway: staff see where each file is and whether
it is on Twilio's media host (only those should be opened, signed in to Twilio); anything else is listed as
an unknown address."""
from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, computed_field
from sqlalchemy import select
from sqlalchemy.orm import Session

from webhooks.conversations.models import Message
from webhooks.crypto import Encryptor

TWILIO_MEDIA_HOSTS = ("api.twilio.com",)
MAX_MEDIA = 10  # Twilio sends at most ten media per MMS
MAX_MEDIA_URL = 1000


class MediaRef(BaseModel):
    url: str
    content_type: str = ""

    @computed_field
    @property
    def twilio(self) -> bool:
        """On Twilio's media host; anything else is an address nobody should open blindly."""
        return is_twilio_media(self.url)


class TranscriptLine(BaseModel):
    id: int
    direction: str
    author: str
    text: str
    created_at: datetime
    media: list[MediaRef] = []
    delivered: bool = True  # False: a reply the SMS provider did not take (staff send it again)


def is_twilio_media(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in TWILIO_MEDIA_HOSTS and "/Media/" in parts.path


def media_refs(pairs: list[tuple[str, str]]) -> list[MediaRef]:
    """What an inbound message's media fields say, bounded: at most ten, each address cut to a sane length."""
    return [MediaRef(url=url[:MAX_MEDIA_URL], content_type=kind[:100]) for url, kind in pairs[:MAX_MEDIA] if url]


def encode_media(refs: list[MediaRef]) -> str:
    return json.dumps([{"url": r.url, "content_type": r.content_type} for r in refs])


def decode_media(plain: str | None) -> list[MediaRef]:
    if not plain:
        return []
    # earlier versions stored the bare addresses
    return [MediaRef(url=i) if isinstance(i, str) else MediaRef(url=i["url"], content_type=i.get("content_type", ""))
            for i in json.loads(plain)]


def transcript(s: Session, conversation_id: int, enc: Encryptor) -> list[TranscriptLine]:
    rows = s.scalars(select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id))
    return [TranscriptLine(id=m.id, direction=m.direction, author=m.author, text=enc.decrypt(m.body_enc) or "",
                           created_at=m.created_at,
                           media=decode_media(enc.decrypt(m.media_enc)) if m.media_enc else [],
                           delivered=not (m.direction == "out" and m.status == "failed")) for m in rows]


def told_to_staff(s: Session, enc: Encryptor, conversation_id: int, claimed_at: datetime | None,
                  ended_at: datetime | None) -> list[str]:
    """What the person wrote while staff had the conversation (from the claim to its end; from the first message when
    `claimed_at` is None), oldest first: the bot never read it (webhooks/reports/store.py keeps it with the report;
    bot/actions/told_staff.py takes it into the intake)."""
    query = select(Message.body_enc).where(Message.conversation_id == conversation_id, Message.direction == "in")
    if claimed_at is not None:
        query = query.where(Message.created_at >= claimed_at)
    if ended_at is not None:
        query = query.where(Message.created_at <= ended_at)
    return [t for t in (enc.decrypt(b) or "" for b in s.scalars(query.order_by(Message.id))) if t.strip()]
