"""Bearer tokens for the staff API: short-lived JWTs signed with a subkey of the secret."""
from __future__ import annotations

from datetime import timedelta

import jwt

from webhooks.crypto import derive_key
from webhooks.db import utcnow

ALGORITHM = "HS256"
AUDIENCE = "tipline-staff"


def issue(secret: str, user_id: int, role: str, minutes: int) -> str:
    now = utcnow()
    claims = {"sub": str(user_id), "role": role, "aud": AUDIENCE, "iat": now, "exp": now + timedelta(minutes=minutes)}
    return jwt.encode(claims, derive_key(secret, "staff-token"), algorithm=ALGORITHM)


def read(secret: str, token: str) -> int | None:
    try:
        claims = jwt.decode(token, derive_key(secret, "staff-token"), algorithms=[ALGORITHM], audience=AUDIENCE)
        return int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
