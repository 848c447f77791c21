"""Talking to the real bot the way a tipster does: read the question the bot asked, answer it from a script.

The intake skips what it already knows (a tip told all at once is not asked again where it happened), so a
scripted tipster answers whatever is asked, and tests then check what ended up in the report."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# What each question of the intake says, per language (from bot/domain/tip.yml).
QUESTIONS: dict[str, dict[str, str]] = {
    "en": {"safe": "safe for you to text", "role": "about you, or about someone else",
           "privacy": "how much to share", "contact": "How can we reach you", "what": "In your own words",
           "kind": "mostly about work", "where": "Where is this happening", "when": "When did this happen",
           "who": "Who is affected|Is it just you", "control": "anything like this|So far I have",
           "more": "anything else you'd like",
           "confirm": "Here is what I have", "correction": "What should I change", "filed": "Reference code:"},
    "es": {"safe": "escribir sin peligro", "role": "de ti o de otra persona", "privacy": "cuánto compartir",
           "contact": "te podemos contactar", "what": "Con tus palabras", "kind": "más que nada con trabajo",
           "where": "Dónde está pasando", "when": "Cuándo pasó", "who": "A quiénes les está pasando|Te pasa solo a ti",
           "control": "algo así|Hasta ahora tengo", "more": "algo más que quieras", "confirm": "Esto es lo que anoté",
           "correction": "Qué quieres que cambie", "filed": "Código de referencia:"},
}
CODE = re.compile(r"\b([2-9A-Z]{4}-[2-9A-Z]{4})\b")
PASSPHRASE = re.compile(r"\b([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\b")


def question_in(replies: list[str], language: str = "en") -> str | None:
    """The kind of question the last replies ask (the latest wins)."""
    for reply in reversed(replies):
        for kind, marker in QUESTIONS[language].items():
            if any(m.lower() in reply.lower() for m in marker.split("|")):  # ("|": the victim's wording too)
                return kind
    return None


@dataclass
class Intake:
    replies: list[list[str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    code: str | None = None
    passphrase: str | None = None

    @property
    def transcript(self) -> str:
        return "\n".join(r for turn in self.replies for r in turn)


def tell(send: Callable[[str], list[str]], opening: str, answers: dict[str, str | list[str]], language: str = "en",
         max_turns: int = 20, stop_at: str | None = None) -> Intake:
    """Send `opening`, then answer each question from `answers` (kind -> text) until a report is filed (or
    the bot asks `stop_at`). `answers["confirm"]` defaults to yes; a kind the script lacks fails the test."""
    intake = Intake()
    text = opening
    for _ in range(max_turns):
        got = send(text)
        intake.replies.append(got)
        kind = question_in(got, language)
        if kind == "filed":
            intake.code = CODE.search(" ".join(got)).group(1)
            found = PASSPHRASE.search(" ".join(got))
            intake.passphrase = found.group(1) if found else None
            return intake
        assert kind is not None, f"no question recognised after {text!r}: {got}"
        intake.asked.append(kind)
        if kind == stop_at:
            return intake
        if kind == "confirm" and "confirm" not in answers:
            text = {"en": "yes", "es": "sí"}[language]
            continue
        assert kind in answers, f"the bot asked {kind!r} ({got}); the script has no answer"
        answer = answers[kind]
        if isinstance(answer, list):  # successive answers to the same question (a question first, say)
            text = answer.pop(0) if len(answer) > 1 else answer[0]
        else:
            text = answers.pop(kind) if kind in ("confirm", "correction") else answer
    raise AssertionError(f"no report after {max_turns} turns: {intake.asked}; last replies {intake.replies[-3:]}")


def twiml_texts(resp) -> list[str]:
    import xml.etree.ElementTree as ET

    assert resp.status_code == 200, resp.text
    return [m.text or "" for m in ET.fromstring(resp.text).findall("Message")]


def by_sms(system, phone: str) -> Callable[[str], list[str]]:
    return lambda text: twiml_texts(system.sms(phone, text))


def by_web(system) -> Callable[[str], list[str]]:
    data = system.http.post("/chat/sessions").json()
    headers = {"Authorization": f"Bearer {data['token']}"}

    def send(text: str) -> list[str]:
        resp = system.http.post(f"/chat/sessions/{data['session_id']}/messages", json={"text": text},
                                headers=headers)
        assert resp.status_code == 200, resp.text
        return [r["text"] for r in resp.json()["replies"]]
    return send


# A tipster who answers every question plainly (tests override what they check).
PLAIN = {
    "en": {"safe": "yes", "role": "2", "privacy": "3", "contact": "skip", "kind": "work",
           "where": "Dallas", "when": "yesterday", "who": "about 5 men", "control": "they are not allowed to leave",
           "more": "no", "what": "workers are kept in a house and never paid"},
    "es": {"safe": "sí", "role": "2", "privacy": "3", "contact": "no", "kind": "trabajo",
           "where": "en Dallas", "when": "ayer", "who": "como 5 hombres", "control": "no los dejan salir",
           "more": "no", "what": "tienen a unos trabajadores encerrados en una casa y no les pagan"},
}


def plain(language: str = "en", **answers: str) -> dict[str, str]:
    return {**PLAIN[language], **answers}
