"""Which language one message is in: en, es, fr, pt, ht, zh, vi, ko, ar, ru, tl, or "und".

Cheap signals first, `langdetect` (seeded, restricted to our Latin-script languages) only where they
do not decide: script (Hangul, Han, Arabic, Cyrillic), Vietnamese letters, a Haitian Creole lexicon
built from openly licensed word lists, a lexicon of very short messages, then how common each word is in
each Latin-script language (`wordfreq`'s word lists, CC BY-SA 4.0): "cerrar" is Spanish, "fechar"
Portuguese, "fermer" French, where letters alone say little."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from webhooks.language.lexicon import HAITIAN_MARKERS, REQUESTS, WORDS

SUPPORTED = ("en", "es", "fr", "pt", "ht", "zh", "vi", "ko", "ar", "ru", "tl")
MODEL_LANGUAGES = ("en", "es", "fr", "pt", "tl", "vi")
FULL_BOT = ("en", "es", "fr", "pt")  # the bot converses in these; the others get a person
UND = "und"
VIETNAMESE_LETTERS = set("ăđơưĂĐƠƯ")  # with the tone-marked vowels of U+1EA0–U+1EF9; â ê ô are French too
# Letters only one of the Latin-script languages writes (Vietnamese is decided before): a word with one counts
# as a word of that language.
LETTERS = {"pt": "ãõ", "es": "ñ", "fr": "œùûëï"}
_FRENCH_ELISION = re.compile(r"^(?:l|d|j|qu|n|s|c|m|t)'[aeiouyhàâéèêîôû]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+")


@dataclass(frozen=True)
class Detection:
    language: str  # a SUPPORTED code, or "und" when the message carries no language signal
    confidence: float  # 0..1
    signal: str  # script | letters | lexicon | frequency | model | none
    words: int
    votes: int = 0  # lexicon words of the chosen language

    @property
    def strong(self) -> bool:
        return self.signal in ("script", "letters") or (self.signal == "lexicon" and self.confidence >= 0.7
                                                        and self.votes >= 2) or (
            self.signal == "model" and ((self.confidence >= 0.8 and self.words >= 4)
                                        or (self.confidence >= 0.95 and self.words >= 3))) or (
            self.signal == "frequency" and self.words >= 3 and self.confidence >= 0.75)


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "ko"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3040 <= code <= 0x30FF:
        return "zh"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "ar"
    if 0x0400 <= code <= 0x04FF:
        return "ru"
    return None


def _is_vietnamese_letter(ch: str) -> bool:
    return ch in VIETNAMESE_LETTERS or 0x1EA0 <= ord(ch) <= 0x1EF9


@lru_cache
def _other_words() -> frozenset[str]:
    """Words of the other languages' lexicons: a Creole marker that is one of them ("yo" in "solo yo") is no marker."""
    return frozenset().union(*(words for code, words in WORDS.items() if code != "ht"))


@lru_cache
def haitian_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "ht_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#")) | frozenset(HAITIAN_MARKERS)


@lru_cache
def _factory():

    import langdetect
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    profiles = Path(langdetect.__file__).resolve().parent / "profiles"
    factory.load_json_profile([(profiles / code).read_text(encoding="utf-8")
                               for code in MODEL_LANGUAGES])
    factory.set_seed(0)
    return factory


UNKNOWN_ZIPF = 0.0  # a word a language's list does not have
# Where a word is as common in two languages ("modelo", "total"), the likelier caller on a US hotline wins:
# English, then Spanish; Filipino lists hold much borrowed English, so Tagalog needs more than a tie.
# (Tuned on bench.language_eval's dev half.) Its keys are the languages the word lists are read for.
FREQUENCY_PRIOR = {"en": 0.2, "es": 0.15, "fr": 0.0, "pt": 0.0, "tl": -0.6, "vi": -0.4}


@lru_cache
def _frequencies() -> dict[str, dict[str, float]]:
    """Zipf frequency (log10 per billion words + 9) of each word, per Latin-script language."""
    import wordfreq

    tables = {}
    for code in FREQUENCY_PRIOR:
        freq = wordfreq.get_frequency_dict("fil" if code == "tl" else code, wordlist="small")
        tables[code] = {w: round(math.log10(f) + 9, 2) for w, f in freq.items() if f > 0}
    return tables


def warm_up() -> None:
    _frequencies()
    _factory()


def _by_frequency(tokens: list[str], among) -> tuple[str | None, float]:
    """The language whose words these most commonly are, and its lead over the next one."""
    tables = _frequencies()
    tokens = [t.split("'", 1)[1] if _FRENCH_ELISION.match(t) else t for t in tokens]
    scores = sorted(((sum(tables[c].get(t, UNKNOWN_ZIPF) for t in tokens) / len(tokens) + FREQUENCY_PRIOR[c], c)
                     for c in among if c in tables), reverse=True)
    if not scores or scores[0][0] - FREQUENCY_PRIOR[scores[0][1]] <= 0:
        return None, 0.0
    lead = scores[0][0] - (scores[1][0] if len(scores) > 1 else 0.0)
    return scores[0][1], lead


def more_common_in(text: str, languages: tuple[str, ...]) -> str | None:
    """Which of these languages the message's words are more commonly words of (wordfreq), or None."""
    tokens = words_of(text)
    return _by_frequency(tokens, languages)[0] if tokens else None


def _model(tokens: list[str]) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(" ".join(tokens))
    try:
        detector.get_probabilities()
    except LangDetectException:
        return UND, 0.0
    # langdetect reads Tagalog into short strings of rare words ("Kyrgyz", "Tadjik"); take Tagalog only where
    # some word is one Filipino speakers use.
    filipino = _frequencies()["tl"]
    ranked = sorted(((p, lang) for lang, p in zip(detector.langlist, detector.langprob or (), strict=False)
                     if lang != "tl" or any(t in filipino for t in tokens)), reverse=True)
    if not ranked or ranked[0][0] <= 0:
        return UND, 0.0
    return ranked[0][1], ranked[0][0]


def creole_markers(text: str) -> int:
    """How many of the message's words are Haitian Creole words that French does not use ("mèsi", "mwen")."""
    return sum(1 for t in words_of(unicodedata.normalize("NFC", text or "")) if t in HAITIAN_MARKERS
               and t not in _other_words())


def words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(_URL.sub(" ", text))]


def requested_language(text: str) -> str | None:
    """An explicit ask for a language: "en español", "in English please", "Kreyòl"."""
    lowered = unicodedata.normalize("NFC", text.lower())
    tokens = words_of(lowered)
    if len(tokens) > 6 or len(tokens) > 2 and not _ASKS_FOR.search(lowered):
        return None  # "4 women, vietnamese, 20s 30s" describes people (it moved the chat to Vietnamese, then silence)
    for code, names in REQUESTS.items():
        for name in names:
            at = lowered.find(name)
            if at >= 0 and not _NOT_SPOKEN.search(lowered[:at]) and not _SPOKEN_BY_OTHERS.search(lowered[:at]) and (
                    not _PEOPLE_AFTER.match(lowered[at + len(name):])) and not (
                    _OWN_SKILL.search(lowered[:at]) or _NOT_GOOD_AFTER.match(lowered[at + len(name):])):
                return code
    return None  # "no entiendo inglés" names a language the person does not want: what they wrote in tells


# words that ask for a language, beside its name ("in English please", "hablas español?", "fala português?"); a
# longer message naming a language without them tells something else
_ASKS_FOR = re.compile(r"(^|\W)(in|en|em|speak|speaks|speaking|talk|write|text|habla|hablan|hablar|hablas|hable"
                       r"|hablo|falo|escrib\w*|fala|falar|falam|parle|parler|parlez|ecri\w*|translate|traduc\w*|idioma|language"
                       r"|lengua|langue|lingua|please|pls|plz|favor|porfa|plait|svp|someone|alguien|alguem|quelqu'un"
                       r"|anyone|only|solo|so|seulement)(\W|$)")


# before a language's name, these say it is the one the person cannot read ("no hablo inglés", "i don't speak
# spanish", "je ne parle pas anglais", "não falo inglês")
_NOT_SPOKEN = re.compile(r"(^|\W)(no|not|don'?t|dont|do not|can'?t|cant|cannot|ne|n'|pas|nao|não|nem|ni)(\W|$)")


# a language said of the people a tip is about, not asked for ("6 of us chinese women", "they only speak spanish",
# "solo hablan inglés": each switched the chat, and the answer was lost)
_SPOKEN_BY_OTHERS = re.compile(r"(^|\W)(they|he|she|them|who|hablan|falam|parlent)(\W|$)")
# "sorry my english no good", "my english is not good": how well the person reads it, not a request for it (it got
# "Okay, I'll write in English from now on")
_OWN_SKILL = re.compile(r"(^|\W)(my|mi|mon|ma|meu|minha)\s*$")
_NOT_GOOD_AFTER = re.compile(r"\s*(is |es |est |e |é )?(no|not|isn'?t|bad|poor|malo|mal|muy mal|pas|nao|não|ruim)\b")
_PEOPLE_AFTER = re.compile(r"\s*(women|woman|men|man|girls?|boys?|workers?|people|guys|ladies|family|families|kids"
                           r"|mujeres|hombres|muchachas|muchachos|chicas|trabajadores|gente|mulheres|homens|meninas"
                           r"|trabalhadores|femmes|hommes|filles|travailleurs)\b")


# "sorry my english no good", "no english", "i dont speak much english": the person reads English badly (they got
# the not-safe pause, in English, and English menus after)
_POOR_ENGLISH = re.compile(r"\b(my|mi) (english|ingles)( is| es)? (no|not|very|muy|bad|poor|malo|little|poco|poquito)\b"
                          r"|(^|\bsorry |\bi |\byo )no (speak |hablo |habla )?(much |mucho )?(english|ingles)\b"
                          r"|(^|\bi |\bsorry |\byo )(don'?t|dont|do not|no|cannot|can'?t) (speak|understand|read|hablo"
                          r"|entiendo)"
                          r"( much| good| very good| well| bien| mucho)? (english|ingles)\b"
                          r"|\b(poco|little) (english|ingles)\b")


def reads_english_badly(text: str) -> bool:
    return bool(_POOR_ENGLISH.search(unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()))


def detect(text: str) -> Detection:
    text = unicodedata.normalize("NFC", text or "")
    letters = [ch for ch in text if ch.isalpha()]
    tokens = words_of(text)
    if not letters:
        return Detection(UND, 0.0, "none", 0)
    scripts: dict[str, int] = {}
    for ch in letters:
        script = _script(ch)
        if script:
            scripts[script] = scripts.get(script, 0) + 1
    if scripts:
        code, count = max(scripts.items(), key=lambda kv: kv[1])
        # A Han or Hangul character carries about as much as a short Latin word ("python 模型类名" is Chinese).
        weight = 4 if code in ("zh", "ko") else 1
        if count * weight * 2 >= len(letters):
            return Detection(code, 1.0, "script", max(1, len(tokens)))
    if any(_is_vietnamese_letter(ch) for ch in letters):
        return Detection("vi", 1.0, "letters", len(tokens))

    # Haitian Creole: most words in the Creole lexicon, and at least one word French does not use.
    ht = haitian_words()
    in_ht = sum(1 for t in tokens if t in ht)
    if tokens and any(t in HAITIAN_MARKERS and t not in _other_words() for t in tokens) and in_ht / len(tokens) >= 0.6:
        return Detection("ht", min(1.0, 0.6 + in_ht / len(tokens) * 0.4), "lexicon", len(tokens), in_ht)

    votes = {code: sum(1 for t in tokens if t in words or any(ch in t for ch in LETTERS.get(code, ""))
                       or (code == "fr" and _FRENCH_ELISION.match(t)))
             for code, words in WORDS.items()}
    ranked = sorted(votes.values(), reverse=True)
    best, second = (ranked + [0, 0])[:2]
    leaders = [code for code, v in votes.items() if v == best and best > 0]
    if tokens and all(t in ("yo", "yoo", "yooo", "me", "mi", "a", "no", "e") for t in tokens):
        # "yo": a greeting in English texting, "I" in Spanish; "me" ("about me" to the role question) is as English
        # as Spanish ("help", "yes", "me" moved the chat to Spanish)
        return Detection(UND, 0.0, "none", len(tokens))
    if len(tokens) <= 2 or (len(leaders) == 1 and best >= max(2, len(tokens) * 0.4)):
        if len(leaders) == 1:
            return Detection(leaders[0], best / (best + second), "lexicon", len(tokens), best)
        if not leaders:
            if all(t in ("ok", "okay", "k", "kk", "lol", "haha", "jaja", "hmm", "oh") for t in tokens):
                return Detection(UND, 0.0, "none", len(tokens))
    # How common the words are in each language: a tie among the lexicon's leaders is broken by use ("total",
    # "error"); otherwise the most common reading counts only if it agrees with the lexicon's leader, if any.
    by_freq, lead = _by_frequency(tokens, leaders if len(leaders) > 1 else FREQUENCY_PRIOR)
    if by_freq is not None and (not leaders or by_freq in leaders):
        return Detection(by_freq, min(1.0, 0.5 + lead / 4), "frequency", len(tokens), best if leaders else 0)
    code, prob = _model(tokens)
    if code == UND:
        return Detection(UND, 0.0, "none", len(tokens))
    if leaders and code not in leaders and len(tokens) <= 2:
        return Detection(leaders[0], 0.5, "lexicon", len(tokens), best)
    return Detection(code, prob, "model", len(tokens), votes.get(code, 0))
