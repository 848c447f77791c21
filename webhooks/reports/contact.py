"""How the way to reach a person is kept in a tip: their words ("Rosa, 713 555 0199 after 6"), or "this
number" (the address they write from, copied from the conversation when the report is filed), with their words
when they said more than that ("a este número pero solo después de las 9": the safe time is kept)."""
from __future__ import annotations

THIS_NUMBER = "this number"


def this_number(words: str | None = None) -> str:
    return f"{THIS_NUMBER}: {words}" if words else THIS_NUMBER


def read(contact: str) -> tuple[bool, str]:
    """(the person chose the number they write from, their words besides that)."""
    if contact == THIS_NUMBER:
        return True, ""
    if contact.startswith(THIS_NUMBER + ": "):
        return True, contact[len(THIS_NUMBER) + 2:]
    return False, contact
