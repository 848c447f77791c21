"""Anonymous follow-up, as P3 and tip411 offer it: with the reference code and a passphrase the tipster can come
back (on the web page /follow-up, from any phone), read a staff member's question, answer it and add more,
without ever giving an identity. Only an argon2 hash of the passphrase is kept; a wrong one is counted per
code and per client, and after a few the code is locked for an hour.

From the same phone or chat session, the bot can tell the code again and issue a new passphrase (the old one
stops working), so a lost passphrase is never the end of a tip."""
from __future__ import annotations

import secrets
from functools import lru_cache

import redis
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from webhooks import redis_state
from webhooks.reports.codes import ALPHABET, normalise_reference_code
from webhooks.reports.store import ReportStore
from webhooks.staff import tokens

_hasher = PasswordHasher()
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


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Checked when a code has no passphrase, so a wrong code takes as long as a wrong passphrase."""
    return _hasher.hash("no report has this passphrase")


class Locked(Exception):
    """Too many wrong passphrases: try again later."""


class FollowUp:
    """Passphrases and sign-in; the thread itself is kept with the report (ReportStore.followup)."""

    def __init__(self, reports: ReportStore, redis_client: redis.Redis, secret_key: str) -> None:
        self.reports, self.redis, self.secret = reports, redis_client, secret_key

    def issue(self, code: str) -> str | None:
        """A new passphrase for the report (the previous one stops working)."""
        passphrase = new_passphrase()
        return passphrase if self.reports.set_passphrase_hash(code, _hasher.hash(passphrase)) else None

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
        stored = self.reports.passphrase_hash(code)
        try:
            ok = _hasher.verify(stored or _dummy_hash(), normalise_passphrase(raw_passphrase)) and stored is not None
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
        return tokens.sign(self.secret, AUDIENCE, code, TOKEN_MINUTES)

    def code_of(self, token: str) -> str | None:
        return tokens.subject_of(self.secret, AUDIENCE, token)
