"""Fitting a reply into SMS. A message with any character outside GSM-7 (¿ ñ á, emoji) is sent as UCS-2,
67 characters a segment; we keep each SMS under 320 characters where we can and split longer replies at a
line, sentence or word boundary, so no part ends mid-word and no character (or emoji sequence) is cut."""
from __future__ import annotations

import re

SMS_LIMIT = 320
_BREAKS = (re.compile(r"\n+"), re.compile(r"(?<=[.!?…])\s+"), re.compile(r"(?<=[,;:])\s+"), re.compile(r"\s+"))


def split_for_sms(text: str, limit: int = SMS_LIMIT) -> list[str]:
    """Parts of at most `limit` characters, joined back they give the text (whitespace at the cuts aside)."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _best_cut(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _best_cut(text: str, limit: int) -> int:
    """The latest boundary within the limit, preferring lines, then sentences, clauses, words."""
    window = text[:limit + 1]
    for pattern in _BREAKS:
        cuts = [m.start() for m in pattern.finditer(window) if limit // 3 <= m.start() <= limit]
        if cuts:
            return cuts[-1]
    return limit  # one unbroken run of 320 characters: cut it (between code points, never inside one)
