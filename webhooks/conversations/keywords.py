"""SMS keywords (Twilio's list): a whole message of one word, in any case, with no other text."""
from __future__ import annotations

import re
from enum import Enum


class Keyword(Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


_WORDS = {
    Keyword.STOP: {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"},
    Keyword.START: {"start", "yes", "unstop"},
    Keyword.HELP: {"help", "info"},
}
_CLEAN = re.compile(r"[\s.!¡?¿]+")


def keyword_of(text: str) -> Keyword | None:
    word = _CLEAN.sub("", text or "").lower()
    for keyword, words in _WORDS.items():
        if word in words:
            return keyword
    return None
