"""Anonymous follow-up, as P3 and tip411 offer it: with the reference code and a passphrase the tipster can come
back (on the web page /follow-up, from any phone), read a staff member's question, answer it and add more,
without ever giving an identity. Only an argon2 hash of the passphrase is kept; a wrong one is counted per
code and per client, and after a few the code is locked for an hour.

From the same phone or chat session, the bot can tell the code again and issue a new passphrase (the old one
stops working), so a lost passphrase is never the end of a tip."""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import timedelta

import jwt
import redis
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from webhooks import redis_state
from webhooks.crypto import Encryptor, derive_key
from webhooks.db import Database, utcnow
from webhooks.reports.codes import ALPHABET, normalise_reference_code
from webhooks.reports.models import Report

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("no report has this passphrase")
TRIES_PER_CODE = 5  # wrong passphrases per code per hour
TRIES_PER_CLIENT = 20  # wrong passphrases per client address per hour
WINDOW_SECONDS = 3600
TOKEN_MINUTES = 30
AUDIENCE = "tipline-followup"


def new_passphrase() -> str:
    """Twelve characters a person can copy from an SMS: no 0/O, 1/I/L; about 59 bits."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return "-".join(chars[i:i + 4] for i in range(0, 12, 4))


def normalise_passphrase(raw: str) -> str:
    cleaned = "".join(ch for ch in (raw or "").upper() if ch.isalnum())
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


class Locked(Exception):
    """Too many wrong passphrases: try again later."""


@dataclass(frozen=True)
class ThreadEntry:
    at: str
    author: str  # tipster | staff
    text: str


class FollowUp:
    def __init__(self, db: Database, encryptor: Encryptor, redis_client: redis.Redis, secret_key: str) -> None:
        self.db, self.enc, self.redis, self.secret = db, encryptor, redis_client, secret_key

    def issue(self, code: str) -> str | None:
        """A new passphrase for the report (the previous one stops working)."""
        passphrase = new_passphrase()
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code).with_for_update())
            if report is None:
                return None
            report.passphrase_hash = _hasher.hash(passphrase)
        return passphrase

    def sign_in(self, raw_code: str, raw_passphrase: str, client: str) -> str | None:
        """A short-lived token for this report, or None; raises Locked after too many wrong tries."""
        code = normalise_reference_code(raw_code or "")
        per_code, per_client = redis_state.key("followup", "fails", code), redis_state.key("followup", "ip", client)
        try:
            fails = [int(v or 0) for v in self.redis.mget(per_code, per_client)]
        except redis.RedisError:
            fails = [0, 0]
        if fails[0] >= TRIES_PER_CODE or fails[1] >= TRIES_PER_CLIENT:
            raise Locked()
        with self.db.session() as s:
            stored = s.scalar(select(Report.passphrase_hash).where(Report.reference_code == code))
        try:
            ok = _hasher.verify(stored or _DUMMY, normalise_passphrase(raw_passphrase)) and stored is not None
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            try:
                for key in (per_code, per_client):
                    self.redis.incr(key)
                    self.redis.expire(key, WINDOW_SECONDS)
            except redis.RedisError:
                pass
            return None
        now = utcnow()
        return jwt.encode({"sub": code, "aud": AUDIENCE, "iat": now, "exp": now + timedelta(minutes=TOKEN_MINUTES)},
                          derive_key(self.secret, "followup-token"), algorithm="HS256")

    def code_of(self, token: str) -> str | None:
        try:
            return jwt.decode(token, derive_key(self.secret, "followup-token"), algorithms=["HS256"],
                              audience=AUDIENCE)["sub"]
        except (jwt.PyJWTError, KeyError):
            return None

    def thread(self, code: str) -> list[ThreadEntry]:
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code))
            raw = self.enc.decrypt(report.followup_enc) if report is not None else None
        return [ThreadEntry(**entry) for entry in json.loads(raw or "[]")]

    def add(self, code: str, author: str, text: str) -> bool:
        """A staff question, or the tipster's answer or addition (kept encrypted with the report)."""
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code).with_for_update())
            if report is None:
                return False
            entries = json.loads(self.enc.decrypt(report.followup_enc) or "[]")
            entries.append({"at": utcnow().isoformat(timespec="seconds"), "author": author, "text": text})
            report.followup_enc = self.enc.encrypt(json.dumps(entries, ensure_ascii=False))
            report.updated_at = utcnow()
            if author == "tipster" and report.status == "closed":
                report.status = "triaged"  # new information reopens it
        return True
