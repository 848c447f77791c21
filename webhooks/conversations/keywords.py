"""SMS keywords (Twilio's list): a whole message of one word, in any case, with no other text."""
from __future__ import annotations

import re
from enum import Enum


class Keyword(Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    DELETE = "delete"


_WORDS = {
    # and the same plain word in the bot's other languages ("PARE" and "PARAR" were filed as the answer to "when?")
    Keyword.STOP: {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "parar", "pare",
                   "sair", "cancelar", "arreter", "arrêter", "arrete", "arrête", "arret", "arrêt", "alto"},
    Keyword.START: {"start", "yes", "unstop", "iniciar", "comenzar", "empezar", "comecar", "começar"},
    Keyword.HELP: {"help", "info"},
    # not one of Twilio's: erases the conversation after one confirmation (the opening message names it)
    Keyword.DELETE: {"delete", "erase", "borrar", "borra", "eliminar", "supprimer", "effacer", "apagar"},
}
# A reply to "Reply YES to ..." (a confirmation the gateway asked for), in the bot's languages.
_YES = {"yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "confirm", "si", "sí", "s", "claro", "dale",
        "oui", "ouais", "sim", "isso", "yes please", "si por favor", "sí por favor", "oui svp", "sim por favor",
        "yes erase it", "yes delete", "si borra", "sí borra", "si borralo", "sí bórralo", "👍"}
_NO = {"no", "n", "nope", "nah", "no thanks", "non", "nao", "não", "no gracias", "non merci", "não obrigado",
       "keep going", "continue", "seguir", "sigue", "continuer", "continuar", "👎"}
_CLEAN = re.compile(r"[\s.!¡?¿]+")


# Twilio's keywords are an SMS convention; DELETE works on every channel.
_EVERY_CHANNEL = frozenset({Keyword.DELETE})


def keyword_of(text: str, channel: str = "sms") -> Keyword | None:
    word = _CLEAN.sub("", text or "").lower()
    for keyword, words in _WORDS.items():
        if word in words:
            return keyword if channel == "sms" or keyword in _EVERY_CHANNEL else None
    return None


def _short(text: str) -> str:
    return " ".join(re.sub(r"[.!¡?¿,]+", " ", text or "").lower().split())


def is_yes(text: str) -> bool:
    return _short(text) in _YES


def is_no(text: str) -> bool:
    return _short(text) in _NO
