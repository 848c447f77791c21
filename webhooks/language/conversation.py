"""A conversation's language is sticky: it is set by the first message that carries a language, and
changes only on clear evidence in the current message or an explicit request. Single-word replies
("sí", "ok", "merci") never switch a conversation that already has a language."""
from __future__ import annotations

import re
from dataclasses import dataclass

from webhooks.conversations.keywords import KEYWORD_WORDS
from webhooks.language.detect import FULL_BOT, UND, creole_markers, detect, more_common_in, requested_language
from webhooks.language.lexicon import WORDS

DEFAULT = "en"
# Languages langdetect confuses on short texts ("no me dan comida" reads as Portuguese to it): a conversation
# switches between them only on the lexicon's evidence, never on the statistical model alone.
CLOSE = frozenset({frozenset({"es", "pt"})})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# English words people of every language text: a reply made of them keeps the conversation's language
_ENGLISH_EVERYONE_USES = frozenset(
    "ok okay oki okey k yes yeah yep yup no nope nah please pls plz thank thanks thx ty you u bye sorry hi hello sure"
    " cool nice wow lol omg good fine great".split())
# the words the bot itself teaches ("escribe PERSONA", the SMS keywords), in every language
_TAUGHT = frozenset().union(*KEYWORD_WORDS.values()) | frozenset(
    "person persona pessoa personne ayuda sim si oui".split())


@dataclass(frozen=True)
class LanguageChoice:
    language: str
    changed: bool
    why: str  # requested | first | switched | kept

    @property
    def bot_speaks_it(self) -> bool:
        return self.language in FULL_BOT


def choose_language(current: str | None, text: str, first_message: bool) -> LanguageChoice:
    current = current or DEFAULT
    asked = requested_language(text)
    if asked:
        return LanguageChoice(asked, asked != current, "requested")
    found = detect(text)
    if found.language == UND or found.signal == "model" and found.votes == 0 and found.words <= 3:
        # (the model alone on a few words no lexicon knows: "asdfjkl;asdkfj qwpoeiruqpwoeir" after an emoji opened the
        # chat in Portuguese)
        return LanguageChoice(current, False, "kept")
    if found.language == current:  # a first message in the default language sets it as much as any other
        return LanguageChoice(current, False, "first" if first_message else "kept")
    if not first_message and current in FULL_BOT and found.words <= 3 and set(_WORD.findall(text.lower())) & (
            WORDS.get(current, set()) - WORDS.get(found.language, set())):
        # a short reply with a word of the conversation's language: "ouais vas y" to a French read-back (its "vas"
        # and "y" are Spanish too) sent the report's code in Spanish
        return LanguageChoice(current, False, "kept")
    if not first_message and current in FULL_BOT and current != "en" and found.language == "en" and (
            found.words <= 5 and set(_WORD.findall(text.lower())) <= _ENGLISH_EVERYONE_USES | _TAUGHT | WORDS.get(
                current, set())):
        # "ok yes please persona", "no. thank you" in a Spanish conversation: words everyone uses (the read-back and
        # the report went out in English, and the report was filed as English)
        return LanguageChoice(current, False, "kept")
    if not first_message and current not in FULL_BOT and found.language == "en" and found.words <= 4:
        # "ma'am sir pls reply" from a Tagalog writer waiting for a person: a few words of English are no English
        # conversation (she was sent the list of the bot's languages, then a reminder, in English)
        return LanguageChoice(current, False, "kept")
    if not first_message and frozenset({current, found.language}) in CLOSE and found.signal != "lexicon" and not (
            found.signal == "frequency" and found.words >= 8 and found.votes >= 3 and found.confidence >= 0.9):
        # (a long message whose own words and their use agree is evidence: a whole Spanish tip after "ola" was read
        # as Portuguese kept the conversation in Portuguese)
        return LanguageChoice(current, False, "kept")
    if (not first_message and found.signal == "model" and current in FULL_BOT
            and more_common_in(text, (current, found.language)) == current):
        # langdetect alone reads "En Houston, por la calle Bellaire" as French; its words are more common in Spanish
        return LanguageChoice(current, False, "kept")
    if (not first_message and current in FULL_BOT and found.language in FULL_BOT and found.signal == "model"
            and found.votes < 2):
        # "newark new jersey, na ferry street" in a Portuguese conversation: names of places read as English by the
        # model alone, with no word the lexicon knows as English; the next question came in English
        return LanguageChoice(current, False, "kept")
    if not first_message and current in FULL_BOT and found.language not in FULL_BOT and any(
            detect(part).language == current for part in re.split(r"[.!?,;]+", text) if len(part.split()) >= 2):
        # "wi mwen ka ekri. oui je peux" in a French conversation: said in French too, so the bot goes on in French
        # (the conversation moved to Creole, which the bot does not speak, and waited for a person)
        return LanguageChoice(current, False, "kept")
    if not first_message and current == "fr" and found.language == "ht" and creole_markers(text) < 2:
        # "non c'est tout, mèsi": one Creole word in a French sentence moved the conversation to Creole, and the
        # report was never filed (the bot does not speak it)
        return LanguageChoice(current, False, "kept")
    if (not first_message and current in FULL_BOT and found.language not in FULL_BOT and found.words < 3
            and found.signal not in ("script", "letters")):
        # a short reply in Latin letters ("solo yo") never moves a conversation the bot holds to a language only
        # people speak (another script, or Vietnamese letters, is clear evidence)
        return LanguageChoice(current, False, "kept")
    if (not first_message and current in FULL_BOT and found.language in FULL_BOT and found.signal == "frequency"
            and found.confidence < 0.9):
        # "el paso texas, la casita grill" in an English conversation: places and businesses are often named in
        # another language; leaving a language the bot already speaks with this person takes clearer evidence
        return LanguageChoice(current, False, "kept")
    if found.strong or (first_message and (found.signal == "lexicon" or found.words >= 3 or (
            found.signal == "frequency" and found.votes >= 1))):  # "ola": in two lexicons, Spanish by use
        return LanguageChoice(found.language, True, "first" if first_message else "switched")
    return LanguageChoice(current, False, "kept")
