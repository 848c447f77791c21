"""The read-back of a tip before it is filed: short lines in the conversation's language, only for what
is known, so the person can confirm it or correct it ("no, it was Tuesday")."""
from __future__ import annotations

from typing import Any

from bot.actions.intake import NONE, UNKNOWN
from webhooks.reports import htcds

LABELS = {
    "en": {"what": "What", "kind": "Kind", "where": "Where", "when": "When", "who": "Who", "signs": "Signs",
           "more": "Also", "ongoing": "still going on", "past": "not going on now", "people": "{n} people",
           "minor": "may include someone under 18", "ages": "ages {ages}"},
    "es": {"what": "Qué", "kind": "Tipo", "where": "Dónde", "when": "Cuándo", "who": "Quiénes", "signs": "Señales",
           "more": "Además", "ongoing": "sigue pasando", "past": "ya no está pasando", "people": "{n} personas",
           "minor": "puede haber menores de 18", "ages": "edades {ages}"},
    "fr": {"what": "Quoi", "kind": "Type", "where": "Où", "when": "Quand", "who": "Qui", "signs": "Signes",
           "more": "Aussi", "ongoing": "ça continue", "past": "c'est terminé", "people": "{n} personnes",
           "minor": "peut-être des mineurs", "ages": "âges {ages}"},
    "pt": {"what": "O quê", "kind": "Tipo", "where": "Onde", "when": "Quando", "who": "Quem", "signs": "Sinais",
           "more": "Também", "ongoing": "ainda acontece", "past": "não acontece mais", "people": "{n} pessoas",
           "minor": "pode haver menores de 18", "ages": "idades {ages}"},
}
MAX_QUOTE = 140


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1].rstrip() + "…"


def _given(value: Any) -> bool:
    return value not in (None, "", UNKNOWN, NONE)


def place_of(facts: dict[str, Any]) -> str | None:
    parts = [facts.get("venue"), facts.get("city"), facts.get("state"),
             facts.get("country") if facts.get("country") not in (None, "US") else None]
    return ", ".join(p for p in parts if p) or None


def summary(slots: dict[str, Any], language: str) -> str:
    words = LABELS.get(language, LABELS["en"])
    facts = slots.get("tip_facts") or {}
    lines: list[tuple[str, str]] = []
    if _given(slots.get("tip_what")):
        lines.append(("what", _quote(slots["tip_what"])))
    kinds = facts.get("exploitation") or [k for k in (slots.get("exploitation_type") or "").split(",")
                                          if k in htcds.EXPLOITATION_TYPES]
    if kinds:
        lines.append(("kind", ", ".join(htcds.label(k, language) for k in kinds)))
    where = slots.get("tip_where") if _given(slots.get("tip_where")) else place_of(facts)
    if where:
        lines.append(("where", _quote(where)))
    if _given(slots.get("tip_when")):
        lines.append(("when", _quote(slots["tip_when"])))
    elif facts.get("ongoing") is not None:
        lines.append(("when", words["ongoing"] if facts["ongoing"] else words["past"]))
    if _given(slots.get("tip_who")):
        lines.append(("who", _quote(slots["tip_who"])))
    else:
        who = []
        if facts.get("people_count"):
            who.append(words["people"].format(n=facts["people_count"]))
        if facts.get("ages"):
            who.append(words["ages"].format(ages=", ".join(str(a) for a in facts["ages"])))
        if facts.get("minor"):
            who.append(words["minor"])
        if who:
            lines.append(("who", ", ".join(who)))
    means = facts.get("means_of_control") or []
    if means:
        lines.append(("signs", ", ".join(htcds.label(m, language) for m in means)))
    elif _given(slots.get("tip_control")):
        lines.append(("signs", _quote(slots["tip_control"])))
    if _given(slots.get("tip_more")):
        lines.append(("more", _quote(slots["tip_more"])))
    return "\n".join(f"{words[key]}: {value}" for key, value in lines)
