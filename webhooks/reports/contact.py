"""How the way to reach a person is kept in a tip: their words ("Rosa, 713 555 0199 after 6"), or "this
number" (the address they write from, copied from the conversation when the report is filed), with their words
when they said more than that ("a este número pero solo después de las 9": the safe time is kept)."""
from __future__ import annotations

import re

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


# a phone number or an email, as written
NUMBER_OR_EMAIL = re.compile(r"\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.]+")
# what still reaches a person once their name is out: a number, an email, or "this number"
_REACHABLE = re.compile(NUMBER_OR_EMAIL.pattern + r"|\b(this|este|ce|esse) (number|numero|numéro|número)\b",
                        re.IGNORECASE)


# a social media handle given to be reached on: "snap is jaylaa.x", "mi ig es @kary_22", "whats 956…" (numbers are
# read above); a handle said this way is the person's own contact and leaves with it
_HANDLE = re.compile(r"\b(?:snap(?:chat)?|sc|ig|insta(?:gram)?|tiktok|tik tok|fb|facebook|telegram|kik|discord|twitter)"
                     r"\s*(?:is|es|e|é|est|:|=|-)?\s*@?(?P<handle>[A-Za-z0-9_.]*[A-Za-z_][A-Za-z0-9_.]{2,29})"
                     r"|(?<![\w.])@(?P<at>[A-Za-z0-9_.]{3,30})\b", re.IGNORECASE)
_NOT_A_HANDLE = frozenset("but pero mais mas only solo just and the my mi is es at after off out it too also please pls"
                          " or y e ou et was".split())


def handles(text: str | None) -> list[str]:
    """The social media handles in a text, as written (without the @)."""
    found = []
    for m in _HANDLE.finditer(text or ""):
        handle = (m.group("handle") or m.group("at") or "").rstrip(".")
        if handle and handle.lower() not in _NOT_A_HANDLE:
            found.append(handle)
    return found


def numbers_and_emails(text: str | None) -> list[str]:
    """The phone numbers and emails in a text, as written."""
    return [m.group(0).strip() for m in NUMBER_OR_EMAIL.finditer(text or "")]


def reachable(contact: str | None) -> str | None:
    """The numbers and emails of a contact, without the person's name ("Ana, 555 0100 after 6" → "555 0100");
    "this number" stays as it is kept. None when nothing is left that reaches them."""
    if not contact:
        return None
    mine, said = read(contact)
    kept = [m.group(0).strip() for m in _REACHABLE.finditer(said)]
    if mine:
        return this_number(", ".join(kept) or None)
    return ", ".join(kept) or None
