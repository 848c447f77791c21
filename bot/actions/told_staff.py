"""What a person wrote to staff while staff had the chat (the bot never read it), taken into the intake when staff
hand the chat back: nothing told is asked again ("i already told the lady??" came after a release, to "where?"), and
the tip the person confirms holds it."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.actions import intake
from webhooks.conversations import store
from webhooks.conversations.transcript import told_to_staff
from webhooks.escalations.models import Escalation

# the intake's questions a message told to staff can answer (the menus and the contact are the person's to choose)
ANSWERABLE = ("tip_where", "tip_when", "tip_who", "tip_control")


def told_since(db, encryptor, conversation_key: str, after: int | None) -> tuple[int, list[str]] | None:
    """The latest escalation staff had and ended (newer than escalation `after`), and what the person wrote while
    staff had it, oldest first; None when there is none."""
    with db.session() as s:
        conv = store.find_by_key(s, conversation_key)
        if conv is None:
            return None
        query = select(Escalation).where(Escalation.conversation_id == conv.id, Escalation.claimed_at.is_not(None),
                                         Escalation.ended_at.is_not(None))
        if after is not None:
            query = query.where(Escalation.id > after)
        esc = s.scalar(query.order_by(Escalation.id.desc()).limit(1))
        if esc is None:
            return None
        return esc.id, told_to_staff(s, encryptor, conv.id, esc.claimed_at, esc.ended_at)


def absorbed(slots: dict[str, Any], texts: list[str], language: str) -> dict[str, Any]:
    """The slots changed by what was told to staff: the story joined, its facts read, and each open question a
    sentence of it answers taken ("its called Golden Lotus Spa on 4th street in Fresno" for where)."""
    changes: dict[str, Any] = {}
    facts = dict(slots.get("tip_facts") or {})
    what = slots.get("tip_what")
    for text in texts:
        turn = intake.Turn(text=text, intent="inform", confidence=1.0, language=language)
        found = intake.extract(text, language)
        if not (intake.has_facts(found) or intake.describes(turn, found)):
            continue  # "ok", "yes", "thank you"
        facts = intake.merge_facts(facts, found)
        if what in (None, intake.NONE, intake.UNKNOWN):
            what = text
        elif text not in what:
            what = f"{what} / {text}"
        for sentence in (p.strip() for p in intake._SENTENCE.split(text) if p.strip()):
            part = intake.Turn(text=sentence, intent="inform", confidence=1.0, language=language)
            for name in intake.told(sentence, part, intake.extract(sentence, language)) & set(ANSWERABLE):
                if slots.get(name) is None:  # (each sentence that answers it: "the guy took her phone… shes not
                    changes[name] = f"{changes[name]} {sentence}" if name in changes else sentence  # allowed out")
    if what != slots.get("tip_what"):
        changes["tip_what"] = what
    if facts != (slots.get("tip_facts") or {}):
        changes["tip_facts"] = facts
    return changes
