"""Keyed hashing of identifiers and encryption at rest.

- Conversations are keyed by an HMAC of the sender, never by the raw number.
- Delivery addresses, message bodies and narratives are encrypted with Fernet keys from
  TIPLINE_ENCRYPTION_KEYS (comma-separated, newest first: old ciphertexts still decrypt,
  new ones use the first key; `rotate` re-encrypts under the newest).
"""
from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def derive_key(secret: str, purpose: str) -> bytes:
    """A 32-byte subkey of the secret for one purpose, so one secret never signs two things."""
    return hmac.new(secret.encode(), b"tipline/" + purpose.encode(), hashlib.sha256).digest()


def keyed_hash(secret: str, value: str, *, purpose: str = "conversation") -> str:
    digest = hmac.new(derive_key(secret, purpose), value.encode(), hashlib.sha256).hexdigest()
    return digest[:40]


class Encryptor:
    def __init__(self, keys: list[str], fallback_secret: str | None = None) -> None:
        fernets = [Fernet(k.strip().encode()) for k in keys if k.strip()]
        if not fernets:
            if fallback_secret is None:
                raise ValueError("no encryption key configured")
            derived = base64.urlsafe_b64encode(derive_key(fallback_secret, "encryption"))
            fernets = [Fernet(derived)]
        self._multi = MultiFernet(fernets)

    @classmethod
    def from_settings(cls, settings) -> Encryptor:
        keys = [k for k in settings.tipline_encryption_keys.split(",") if k.strip()]
        fallback = settings.tipline_secret_key if settings.tipline_env == "development" else None
        return cls(keys, fallback)

    def encrypt(self, plaintext: str | None) -> str | None:
        if plaintext is None:
            return None
        return self._multi.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._multi.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise ValueError("ciphertext does not match any configured key") from exc

    def rotate(self, token: str | None) -> str | None:
        if token is None:
            return None
        return self._multi.rotate(token.encode("ascii")).decode("ascii")


def new_fernet_key() -> str:
    return Fernet.generate_key().decode("ascii")
