"""Staff accounts: creation, password checks (argon2id) and the audit log."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from webhooks.db import Database
from webhooks.staff.models import ROLES, AuditEntry, StaffUser

_hasher = PasswordHasher()
# Verifying against this keeps a wrong username as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")
MIN_PASSWORD_LENGTH = 12


class AccountError(ValueError):
    pass


def add_user(db: Database, username: str, password: str, role: str) -> StaffUser:
    username = username.strip()
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if not username or len(username) > 64:
        raise AccountError("username must be 1 to 64 characters")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    with db.session() as s:
        if s.scalar(select(StaffUser).where(StaffUser.username == username)):
            raise AccountError(f"user {username!r} already exists")
        user = StaffUser(username=username, password_hash=_hasher.hash(password), role=role, active=True)
        s.add(user)
        s.flush()
        s.add(AuditEntry(actor_id=None, action="staff.add", target_type="staff_user", target_id=str(user.id),
                         detail=role))
        return user


def authenticate(db: Database, username: str, password: str) -> StaffUser | None:
    with db.session() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == username.strip()))
        if user is None or not user.active:
            _verify(_DUMMY_HASH, password)
            return None
        if not _verify(user.password_hash, password):
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        return user


def deactivate(db: Database, actor_id: int, user_id: int) -> bool:
    with db.session() as s:
        user = s.get(StaffUser, user_id)
        if user is None:
            return False
        user.active = False
        s.add(AuditEntry(actor_id=actor_id, action="staff.deactivate", target_type="staff_user",
                         target_id=str(user_id)))
        return True


def list_users(db: Database) -> list[StaffUser]:
    with db.session() as s:
        return list(s.scalars(select(StaffUser).order_by(StaffUser.username)))


def get_active_user(db: Database, user_id: int) -> StaffUser | None:
    with db.session() as s:
        user = s.get(StaffUser, user_id)
        return user if user is not None and user.active else None


def audit(db: Database, actor_id: int | None, action: str, target_type: str, target_id: str | None = None,
          detail: str | None = None) -> None:
    with db.session() as s:
        s.add(AuditEntry(actor_id=actor_id, action=action, target_type=target_type, target_id=target_id,
                         detail=detail))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
