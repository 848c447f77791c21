"""Reference codes a person can read over the phone: no 0/O, 1/I/L or U, grouped as XXXX-XXXX."""
from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def normalise_reference_code(raw: str) -> str:
    """What a person typed ("k7m2 9qxz", "K7M2-9QXZ") in the stored form."""
    cleaned = "".join(ch for ch in raw.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


# a code as a person copies it into a message: "K7M2-9QXZ", "k7m2 9qxz", "K7M29QXZ" (a letter the alphabet leaves out,
# typed for a digit that looks like it, is read as that digit)
_SHAPED = re.compile(r"(?<![A-Za-z0-9-])(?=([A-Za-z0-9]{4})([- ]?)([A-Za-z0-9]{4})(?![A-Za-z0-9-]))")


def codes_in(text: str) -> list[str]:
    """The reference codes a message holds, in the stored form. Eight letters and digits count when they are written
    as XXXX-XXXX, or hold both a letter and a digit ("saturday" and "2025 2026" are not codes)."""
    found = []
    for m in _SHAPED.finditer(text or ""):
        raw = m.group(1) + m.group(3)
        code = normalise_reference_code(raw)
        if not all(ch in ALPHABET or ch == "-" for ch in code):
            continue
        plain = code.replace("-", "")
        if m.group(2) != "-" and not (any(ch.isdigit() for ch in plain) and any(ch.isalpha() for ch in plain)):
            continue
        if m.group(2) == "-" and (plain.isdigit() or plain.isalpha() and raw.islower()):
            continue  # "2026-2027", "well-done" (a code is given as shown: capitals, or letters and digits)
        if code not in found:
            found.append(code)
    return found


# a passphrase as issued (XXXX-XXXX-XXXX), typed into a message: "mon code cest 8XCH-V66N mot de passe NFH4-82AY-DZ8T"
# was read back and kept in the report's story, for any staff member to read
_PASSPHRASE_SHAPED = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9]{4}[- ][A-Za-z0-9]{4}[- ][A-Za-z0-9]{4}(?![A-Za-z0-9-])")


def without_passphrases(text: str) -> str:
    """The message with anything shaped like a passphrase taken out (a phone number is not one: it has no letter)."""
    def hidden(m: re.Match) -> str:
        groups = re.split(r"[- ]", m.group(0))
        # each group holds a digit or is written in capitals ("cest 8XCH-V66N" is a word and a code)
        looks = all(any(c.isdigit() for c in g) or g.isupper() for g in groups) and any(c.isalpha() for c in m.group(0))
        return "[passphrase removed]" if looks else m.group(0)
    return _PASSPHRASE_SHAPED.sub(hidden, text or "")
