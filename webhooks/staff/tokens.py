"""Short-lived bearer tokens (JWTs), each kind signed with its own subkey of the secret and its own audience:
staff API tokens here, anonymous follow-up tokens in webhooks/reports/followup.py."""
from __future__ import annotations

from datetime import timedelta

import jwt

from webhooks.crypto import derive_key
from webhooks.db import utcnow

ALGORITHM = "HS256"
AUDIENCE = "tipline-staff"


def sign(secret: str, audience: str, subject: str, minutes: int, **claims) -> str:
    now = utcnow()
    return jwt.encode({"sub": subject, "aud": audience, "iat": now, "exp": now + timedelta(minutes=minutes), **claims},
                      derive_key(secret, audience), algorithm=ALGORITHM)


def subject_of(secret: str, audience: str, token: str) -> str | None:
    try:
        return str(jwt.decode(token, derive_key(secret, audience), algorithms=[ALGORITHM], audience=audience)["sub"])
    except (jwt.PyJWTError, KeyError):
        return None


def issue(secret: str, user_id: int, role: str, minutes: int) -> str:
    return sign(secret, AUDIENCE, str(user_id), minutes, role=role)


def read(secret: str, token: str) -> int | None:
    subject = subject_of(secret, AUDIENCE, token)
    return int(subject) if subject is not None and subject.isdigit() else None
