"""Signing in: throttling per account and address, the password, then the TOTP second factor."""
from __future__ import annotations

from dataclasses import dataclass

import pyotp
import redis
from sqlalchemy import select

from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.staff import accounts, throttle
from webhooks.staff.models import StaffUser


@dataclass
class SignInRefused(Exception):
    reason: str
    retry_after: int = 0


def sign_in(db: Database, r: redis.Redis, enc: Encryptor, username: str, password: str, otp: str | None,
            address: str, require_second_factor: bool) -> StaffUser:
    wait = throttle.wait_seconds(r, username, address)
    if wait:
        raise SignInRefused("too many attempts; try again later", wait)
    user = accounts.authenticate(db, username, password)
    if user is not None and user.totp_secret_enc:
        secret = enc.decrypt(user.totp_secret_enc)
        if not otp or not pyotp.TOTP(secret).verify(otp.strip().replace(" ", ""), valid_window=1):
            user = None
    elif user is not None and require_second_factor:
        throttle.succeeded(r, username, address)
        raise SignInRefused("a second factor is required: ask a supervisor to run `tipline staff totp NAME`")
    if user is None:
        throttle.failed(r, username, address)
        raise SignInRefused("wrong username, password or code")
    throttle.succeeded(r, username, address)
    return user


def enroll(db: Database, enc: Encryptor, username: str, issuer: str = "Tip line") -> str:
    """Give the account a new TOTP secret; returns the otpauth:// URI for an authenticator app."""
    secret = pyotp.random_base32()
    with db.session() as s:


        user = s.scalar(select(StaffUser).where(StaffUser.username == username))
        if user is None:
            raise accounts.AccountError(f"no user {username!r}")
        user.totp_secret_enc = enc.encrypt(secret)
        s.add(accounts.AuditEntry(actor_id=None, action="staff.totp_enrol", target_type="staff_user",
                                  target_id=str(user.id)))
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=issuer)
