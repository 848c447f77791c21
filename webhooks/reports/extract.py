"""What one free-text message says about a tip, read by rules in English, Spanish, French and Portuguese.

The message is normalised the way triage reads it (webhooks/triage/assess.py: lower case, accents off), then
tokenised, with SMS spellings spelled out ("u" -> "you", "q" -> "que", "jsp" -> "je sais pas"), letters typed
three times or more collapsed ("nooo"), and a near miss of a key word corrected ("pasport"). The cues it looks
for are in lexicon.py; places are in places.py.

A cue negated just before it ("they did not take my passport", "no me quitaron nada", "ils ne m'ont pas pris")
does not count. Pure functions, no I/O; patterns are compiled on first use and never raise on any input."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from webhooks.reports import lexicon, places
from webhooks.reports.htcds import MEANS_OF_CONTROL
from webhooks.triage import lexicon as triage_lexicon
from webhooks.triage.assess import a_count_not_an_age, ages_as_digits, normalise, not_a_minor_now
from webhooks.triage.emergency import country_said
from webhooks.triage.lexicon import COUNTED

MAX_CHARS = 10_000  # a longer message is read up to here


@dataclass
class Extracted:
    exploitation: frozenset[str] = frozenset()  # subset of htcds.EXPLOITATION_TYPES
    labour_type: str | None = None  # normalised English: "agriculture", "domestic work", "sex work", ...
    means_of_control: frozenset[str] = frozenset()  # subset of htcds.MEANS_OF_CONTROL
    people_count: int | None = None
    people_min: int | None = None  # the low end when the count was said as a range ("3 or 4 girls": 3, count 4)
    ages: tuple[int, ...] = ()
    minor: bool | None = None
    gender: str | None = None  # female | male | mixed, only when the words say so
    venue: str | None = None  # normalised English: "nail salon", "farm", "private home", ...
    city: str | None = None
    state: str | None = None  # two-letter US code
    country: str | None = None  # ISO 3166 alpha-2
    state_said: bool = False  # the state was named, not taken from the city ("Pasadena" alone is CA)
    ongoing: bool | None = None
    role: str | None = None  # self | other
    privacy: str | None = None  # share | confidential | anonymous
    dont_know: bool = False  # the whole message means "I don't know" / "rather not say"
    nothing_more: bool = False  # the whole message means "nothing else"


def is_empty(e: Extracted) -> bool:
    """Nothing about the tip itself (who answers, how privately, "I don't know" are not the tip)."""
    return not (e.exploitation or e.labour_type or e.means_of_control or e.people_count or e.ages
                or e.minor is not None or e.venue or e.city or e.state or e.country or e.ongoing is not None)


# ------------------------------------------------------------------------------------------------ text
_PRE = [(re.compile(p), r) for p, r in (
    (r"(\d)\s*[-–]\s*(\d)", r"\1 to \2"), (r"\bw/o\b", " without "), (r"\bw/", " with "), (r"\bb/c\b", " because "),
    (r"\by/o\b", " yo "), (r"\bn/a\b", " na "), (r"\bl\.a\.", " los angeles "), (r"\bd\.c\.?", " dc "),
    (r"\bsince (at least|about|around|like|maybe|roughly|probably|almost) ", "since "),  # "since at least spring"
    (r"\bu\.s\.a\.?", " usa "), (r"\bu\.s\.", " usa "), (r"\bee\.? ?uu\.?", " eeuu "), (r"\bst\. ", "st "),
    (r"œ", "oe"), (r"æ", "ae"), (r"[´`ʼ]", "'"),
    # "keep r pay", "took r ids": SMS "r" before what is theirs is "our" ("they r here" stays)
    (r"\br (?=(pay|paychecks?|checks?|money|wages|ids?|papers|passports?|documents|docs|phones?|cards?)\b)", "our "),
    # "keeps there passports", "takes all there money": "their" ("there" alone is a place and stays)
    (r"\b(there|thier|thr) (?=(own |real |)(pay|paychecks?|checks?|money|cash|wages|tips|ids?|papers|passports?"
     r"|documents|docs|phones?|cell ?phones?|cells|cards?|visas?|green cards?|keys|room keys|car keys|families|family"
     r"|kids|children|stuff|things|bags|belongings|shoes|food)\b)", "their "),
    # "dont want 2 give my info": "2" is "to" after a word that takes one ("have 2 kids" stays a count)
    (r"\b(want|wants|wanted|wanna|need|needs|needed|going|try|trying|tried|able|afraid|scared|allowed|supposed"
     r"|used|came|come|comes|go|goes|went|talk|talking|talked|back|next|due|according) 2 (?=[a-z])", r"\1 to "),
)]
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.!?;:]|,")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_DIGIT_WORD = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")


def _as_text(text: object) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return (text if isinstance(text, str) else str(text or ""))[:MAX_CHARS]


@cache
def _typo_index() -> dict[str, str | None]:
    index: dict[str, str | None] = {}
    for word in lexicon.VOCAB:
        for variant in {word} | {word[:i] + word[i + 1:] for i in range(1, len(word))}:
            index[variant] = word if index.get(variant, word) == word else None  # None: two words are that close
    return index


def _corrected(token: str) -> str:
    """A key word one letter away ("pasport", "imigration"), if only one is that close."""
    if len(token) < 7 or token in lexicon.VOCAB or token in lexicon.NOT_TYPOS or not token.isalpha():
        return token
    index = _typo_index()
    near = {index.get(token)} | {index.get(token[:i] + token[i + 1:]) for i in range(1, len(token))}
    near = {w for w in near if w and w[0] == token[0] and abs(len(w) - len(token)) <= 1}
    return near.pop() if len(near) == 1 else token


# French written without the apostrophe: "c est", "l a", "j ai" ("c est" became "c'est est": SMS "c" is "c'est")
_NO_APOSTROPHE = re.compile(r"\b(c|j|l|n|d|qu) (?=(est|etait|ai|avait|a|ont|y|en)\b)")


def prepare(text: str, language: str | None = None) -> str:
    """The text lexicon.py's patterns read: lower case, no accents, SMS spellings spelled out, one space between
    tokens, "." (end of sentence, or a new line) and "," kept as clause marks."""
    text = ages_as_digits(normalise(_as_text(text).replace("\n", " . ")))
    for pattern, replacement in _PRE:
        text = pattern.sub(replacement, text)
    if language == "fr":
        text = _NO_APOSTROPHE.sub(r"\1'", text)
    general, local = lexicon.SMS[None], lexicon.SMS.get(language, {})
    tokens = []
    for token in _TOKEN.findall(text):
        if token in ".!?;:":
            if tokens[-1:] != ["."]:
                tokens.append(".")
            continue
        token = _REPEATS.sub(r"\1", token)
        token = local.get(token) or general.get(token) or token
        if language in ("es", "pt") and token[:1] == "k" and token[1:2] in ("e", "i"):
            token = "qu" + token[1:]  # "kiero", "kitaron"
        tokens.append(_corrected(_DIGIT_WORD.sub(" ", token)).replace("_", " "))
    return re.sub(r"\bno one\b", "nobody", " ".join(tokens))


# --------------------------------------------------------------------------------------------- compile
def _expand(pattern: str) -> str:
    for name, part in lexicon.PARTS.items():
        pattern = pattern.replace(f"<{name}>", part)
    return normalise(pattern)  # read the way messages are, as triage does


def _rx(patterns: tuple[str, ...] | list[str] | str) -> re.Pattern:
    patterns = (patterns,) if isinstance(patterns, str) else patterns
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns))


def _grouped(pairs: tuple[tuple[str, tuple[str, ...] | str], ...]) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for a list of (value, patterns); the match's group names its value."""
    body = "|".join(f"(?P<g{i}>{_rx(p).pattern})" for i, (_, p) in enumerate(pairs))
    return re.compile(body), {f"g{i}": value for i, (value, _) in enumerate(pairs)}


@dataclass(frozen=True)
class _Rules:
    means: dict[str, tuple[re.Pattern, re.Pattern | None]]  # means of control: cues, look-alikes
    weak_threat: re.Pattern
    sex: re.Pattern
    forced: re.Pattern
    other_exploit: re.Pattern
    coercion: re.Pattern
    work: re.Pattern
    promise: re.Pattern
    promised_job: re.Pattern
    labour: tuple[re.Pattern, dict[str, str]]
    venue: tuple[re.Pattern, dict[str, str]]
    ongoing_strong: re.Pattern
    ongoing_weak: re.Pattern
    past_ended: re.Pattern
    now_too: re.Pattern
    past: re.Pattern
    arrived: re.Pattern
    count: re.Pattern
    count_we: re.Pattern
    count_range: re.Pattern
    ages: tuple[re.Pattern, ...]
    bare_age: re.Pattern
    controller_age: re.Pattern
    minor: re.Pattern
    looks_young: re.Pattern
    minor_not: re.Pattern
    cared_for_kids: re.Pattern
    under_18: re.Pattern
    adults: re.Pattern
    role_self_whole: re.Pattern
    role_self: re.Pattern
    role_not_self: re.Pattern
    role_other: re.Pattern
    related: re.Pattern
    privacy: dict[str, re.Pattern]
    question: re.Pattern
    dont_know: re.Pattern
    nothing_more: re.Pattern
    no_alone: re.Pattern


@cache
def _rules() -> _Rules:
    lx = lexicon
    return _Rules(
        means={name: (_rx(lx.MEANS[name]), _rx(lx.NOT_MEANS[name]) if name in lx.NOT_MEANS else None)
               for name in MEANS_OF_CONTROL},
        weak_threat=_rx(lx.WEAK_THREAT), sex=_rx(lx.SEX), forced=_rx(lx.FORCED_LABOUR),
        other_exploit=_rx(lx.OTHER_EXPLOIT), coercion=_rx(lx.COERCION), work=_rx(lx.WORK_WORDS),
        promise=_rx(lx.PROMISE_SPAN), promised_job=_rx(lx.PROMISED_JOB), labour=_grouped(lx.LABOUR),
        venue=_grouped(lx.VENUES),
        ongoing_strong=_rx(lx.ONGOING_STRONG), ongoing_weak=_rx(lx.ONGOING_WEAK), past=_rx(lx.PAST),
        past_ended=_rx(tuple(p for p in lx.PAST if p not in lx.PAST_TIME)), now_too=_rx(lx.NOW_TOO),
        arrived=_rx(lx.ARRIVED_THEN),
        count=re.compile(lx.COUNT), count_we=re.compile(lx.COUNT_WE), count_range=re.compile(lx.COUNT_RANGE),
        ages=tuple(re.compile(p) for p in lx.AGES), bare_age=re.compile(lx.BARE_AGE),
        controller_age=re.compile(lx.CONTROLLER_AGE),
        minor=_rx(lx.MINOR), looks_young=_rx(lx.LOOKS_YOUNG),
        minor_not=_rx(lx.MINOR_NOT), cared_for_kids=_rx(lx.CARED_FOR_KIDS),
        under_18=_rx(lx.UNDER_18), adults=_rx(lx.ADULTS),
        role_self_whole=_rx(lx.ROLE_SELF_WHOLE), role_self=_rx(lx.ROLE_SELF), role_not_self=_rx(lx.ROLE_NOT_SELF),
        role_other=_rx(lx.ROLE_OTHER), related=_rx(lx.RELATED),
        privacy={level: _rx(p) for level, p in lx.PRIVACY_WORDS.items()},
        question=re.compile(lx.QUESTION, re.IGNORECASE),
        dont_know=_rx(lx.DONT_KNOW), nothing_more=_rx(lx.NOTHING_MORE), no_alone=_rx(lx.NO_ALONE),
    )


# -------------------------------------------------------------------------------------------- negation
_OWN_NEGATION = frozenset({"pas", "jamais", "rien", "plus", "aucun", "aucune"})  # the "pas" of "ne ... pas"


_SOMEONE_BEFORE = frozenset({"une", "la", "cette", "chaque", "autre", "quelle", "seule", "grande", "petite", "vieille"})


def _negated(s: str, start: int, end: int) -> bool:
    """Is the cue at s[start:end] negated by a word just before it (or by "pas" right after it)?"""
    own = bool(set(s[start:end].split()) & _OWN_NEGATION)
    before = s[max(0, start - 80):start].split()
    for steps, token in enumerate(reversed(before)):
        negator = token in lexicon.NEGATORS or token.endswith("n't") or token.startswith("n'") or (
            # "personne a frappé personne": nobody, not "une personne" (someone)
            token == "personne" and (steps + 1 >= len(before) or before[-steps - 2] not in _SOMEONE_BEFORE))
        if negator and steps + 1 < len(before) and before[-steps - 2] in lexicon.SAY_WORDS:
            negator = False  # "if i say no he hurts me": a no that is said negates nothing
        if negator and not (own and token[:2] in ("ne", "n'")):
            return True
        if token in lexicon.BOUNDARIES or token not in lexicon.BETWEEN or steps >= 3:
            break
    after = s[end:end + 40].split()
    if after and after[0] in ("pas", "jamais"):
        return True
    # only a sign named in a word or two, as a topic ("threats? no"): not one told ("le quitaron el pasaporte, no?" is
    # "right?"), nor one with its own no ("no nos pagan nada": "nada" says how much)
    return not own and len(s[start:end].split()) <= 2 and _denied_after(before, after)


# The no after the sign, as Portuguese and Spanish say it: "ameaça direta não", "amenazas no, pero le deben", "threats?
# no", "menaces non"; or not known: "threats? idk", "se há ameaças, isso já não sei dizer" (each was read back as a
# threat). Only where the no or the doubt closes the clause: "threats, no food, no breaks" keeps its threats.
_POST_NO = frozenset("no nao non nope none".split())
_MODIFIER = frozenset("direta diretas direto directa directas directo direct directe directes fisica fisicas physical"
                      " as such".split())
_CLOSES = frozenset(". , tem hay ha there mas pero but mais".split())
_SEEN = frozenset("he vi visto vimos hemos i seen saw vu vi ouvi escuche oido heard".split())
_UNKNOWN = ("idk", "nao sei", "no se", "not sure", "je sais pas", "je ne sais pas", "sei la", "no idea", "ni idea",
            "dunno", "i dont know", "i don't know", "no sabria", "nao saberia", "je saurais pas")
_IF_THERE_ARE = (("se", "ha"), ("si", "hay"), ("if", "any"), ("if", "there", "are"), ("if", "there", "is"),
                 ("s'il", "y", "a"), ("si", "il", "y", "a"), ("se", "tem"), ("se", "houver"))


def _denied_after(before: list[str], after: list[str]) -> bool:
    if any(tuple(before[-len(c):]) == c for c in _IF_THERE_ARE):  # "if there are threats, i can't say"
        clause = " ".join(after[:10])
        return any(f" {u}" in f" {clause}" for u in _UNKNOWN)
    if before and before[-1] not in lexicon.BOUNDARIES:
        return False  # "they use threats? no": the no is not about the word
    rest = after[1:] if after[:1] and after[0] in _MODIFIER else after
    if rest[:1] and rest[0] in (".", ",", "?"):
        rest = rest[1:]
    if rest[:1] and rest[0] in _POST_NO and (len(rest) == 1 or rest[1] in _CLOSES or rest[1] in _SEEN):
        return True  # ("amenazas no he visto")
    following = " ".join(rest[:4])
    # "threats? idk", "menaces je sais pas" (as the topic, the doubt straight after it)
    return any(following.startswith(u) for u in _UNKNOWN) and (after[:1] == ["."] or after[:1] == rest[:1])


def _hits(rx: re.Pattern, s: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(s) if m.end() > m.start() and not _negated(s, *m.span())]


def _blank(rx: re.Pattern | None, s: str) -> str:
    """s with its look-alikes blanked out, positions kept."""
    return rx.sub(lambda m: " " * len(m.group()), s) if rx is not None else s


def _clause(s: str, start: int, end: int) -> tuple[int, int]:
    right = s.find(".", end)
    return s.rfind(".", 0, start) + 1, len(s) if right < 0 else right


# "my cousin Ana (17)": an age in brackets after a name or a person (brackets are dropped before reading; "workers
# (12)" is a count)
_BRACKETED_AGE = re.compile(r"\b(?!" + COUNTED + r"\b)(?P<word>[^\W\d_]{2,}) \((?P<age>\d{1,2})\)", re.IGNORECASE)


# --------------------------------------------------------------------------------------------- extract
def extract(text: str, language: str | None = None, expecting: str | None = None) -> Extracted:
    """Everything this one message says about a tip. `language` picks SMS spellings ("q" is "que" in Spanish);
    `expecting` names the question just asked, for bare answers: "privacy" (1, 2, 3), "age" ("15"), "count"
    ("5") or "more" ("no" then means nothing more)."""
    raw = _as_text(text)
    # a phone number tells nothing of the tip, and its area code is no age or count ("minha irma, 85 98811-2233" was
    # filed as aged 85)
    s = prepare(_BRACKETED_AGE.sub(r"\g<word>, \g<age> yo,", _PHONE_NUMBER.sub(" ", raw)), language)
    whole = " ".join(t for t in s.split() if t not in (".", ","))
    if not whole:
        return Extracted()
    r = _rules()
    means, cues = _means(s, r)
    if "ThreatOfLawEnforcement" in means and _only_asked_about_the_law(raw):
        means.discard("ThreatOfLawEnforcement")  # "is this gonna get me arrested??", "la police va venir me prendre?"
    promised = [m.span() for m in r.promise.finditer(s)]  # the job promised is not the work or the place
    labour = _first(r.labour, s, promised)  # "promised a job as a waitress"
    ages, minor = _ages_and_minor(s, whole, r, expecting, language)
    city, state, country, state_said = places.find(s, places.cased(raw))
    # (only where it was seen to matter, French and Portuguese: the reading runs for every message read)
    said_in = country_said(raw) if country in (None, "US") and language in ("fr", "pt") else None
    if said_in == "BR" and country == "US" and language == "pt":
        # "um bar em Sinop MT": Mato Grosso, not Montana (filed as the United States)
        state, country, state_said = None, "BR", False
    elif said_in and country is None:
        country = said_in  # "un bar em Sinop MT", "on est dans le 19e": the country the emergency numbers were read for
    venue = _venue(s, r, promised)
    if city is None and state is None:
        named = places.named(raw, not_own=country is not None)
        if named and normalise(named) not in (venue or ""):  # "en Walmart" is where, but not a city
            city, country = named, None  # a country said beside it is where people came from
    kinds = _exploitation(s, r, means, labour, minor)
    count, slack = _count(s, whole, r, expecting)
    return Extracted(
        exploitation=kinds,
        labour_type=labour,
        means_of_control=frozenset(means),
        people_count=count,
        people_min=count - slack if slack and count and count > slack else None,
        ages=ages,
        minor=minor,
        gender=_gender(s, "SexualExploit" in kinds),
        venue=venue,
        city=city, state=state, country=country, state_said=state_said,
        ongoing=_ongoing(s, r),
        role=_role(s, whole, r, cues),
        privacy=_privacy(s, whole, r, expecting, bool(r.question.match(raw.strip()[:300]))),
        dont_know=bool(r.dont_know.fullmatch(whole)),
        nothing_more=bool(r.nothing_more.fullmatch(whole) or expecting == "more" and r.no_alone.fullmatch(whole)),
    )


def _means(s: str, r: _Rules) -> tuple[set[str], list[str]]:
    """The means of control named, and the words of each cue (whom it is done to)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for name, (rx, look_alikes) in r.means.items():
        hits = _hits(rx, _blank(look_alikes, s))
        if hits:
            spans[name] = hits
    if _long_day(s):
        spans.setdefault("ExcessiveWorkingHours", []).append((0, 0))
    # "threatens" alone is a threat, unless its clause says of what: immigration, the children
    named = [a for n in ("ThreatOfLawEnforcement", "UsesChildren") for a, _ in spans.get(n, ())]
    for start, end in _hits(r.weak_threat, _blank(r.means["Threats"][1], s)):
        left, right = _clause(s, start, end)
        if not any(left <= a < right for a in named):
            spans.setdefault("Threats", []).append((start, end))
    return set(spans), [s[a:b] for hits in spans.values() for a, b in hits]


# police, arrest or deportation named in a sentence
_THE_LAW = re.compile(r"\b(police|polic\w*|cops?|arrest\w*|deport\w*|immigration|inmigracion|imigracao|migra|ice|jail"
                      r"|prison|prisao|cadeia|carcel|flics?|expuls\w*|arrete\w*|prendre|presa|preso|detenid\w*)\b")
# someone said or threatened it: "he says the police will arrest me", "dice que llama a la migra"
_SAID_BY_SOMEONE = re.compile(r"\b(says?|said|tells?|told|threat\w*|dice|dijo|amenaza\w*|dit|menace\w*|diz|disse"
                              r"|ameaca\w*|ameaça\w*|warns?|warned)\b")


def _only_asked_about_the_law(raw: str) -> bool:
    """The police or deportation are named only in the person's own questions ("is this gonna get me arrested??",
    "si ustedes van lo van a deportar a mi sobrino?"): a fear, asked of us, not a threat by the one in control (each
    was filed as "threats of police or immigration")."""
    sentences = [m.group(0) for m in re.finditer(r"[^.!?]+[.!?]*", raw)]
    law = [p for p in sentences if _THE_LAW.search(normalise(p))]
    return bool(law) and all("?" in p and not _SAID_BY_SOMEONE.search(normalise(p)) for p in law)


# the people themselves have their papers: "they have their passports", "she still has her ID", "ellas tienen sus
# papeles", "elas tem os documentos delas", "elles ont leurs passeports"
_HAS_OWN_PAPERS = re.compile(
    r"\b(they|she|he|we|i) (still |do |does )?(have|has|got|keep|keeps) (their|her|his|our|my) (own )?(passports?"
    r"|papers|documents|ids?|visas?)\b|\b(ellas|ellos|ella|el) (si |todavia )?(tienen|tiene) (sus|su) (propios? )?"
    r"(pasaportes?|papeles|documentos|identificacion)\b|\b(elas|eles|ela|ele) (ainda )?(tem|tem) (os|o|seus|seu)"
    r" (proprios? )?(passaportes?|documentos)( dela| dele| delas| deles)?\b|\b(elles|ils|elle|il) (ont|a) (leurs?|ses"
    r"|son|sa) (propres? )?(passeports?|papiers|documents)\b(?! (sur|dans|avec) (lui|elle|eux))?")


def denied_signs(text: str, language: str | None = None) -> frozenset[str]:
    """The signs of control this message says did not happen: "he didnt take their phones actually, just the
    passports", "no les quito el celular" (a correction at the read-back; the sign stayed)."""
    s = prepare(text, language)
    r = _rules()
    denied = set()
    for name, (rx, look_alikes) in r.means.items():
        blanked = _blank(look_alikes, s)
        hits = [m.span() for m in rx.finditer(blanked) if m.end() > m.start()]
        if hits and all(_negated(blanked, *span) for span in hits):
            denied.add(name)
    if _HAS_OWN_PAPERS.search(s):
        denied.add("WithholdsDocuments")  # "they have their passports", "ellas tienen sus papeles"
    # "threats" alone ("amenazas no, no he visto amenazas"): the weak form of the sign
    weak = [m.span() for m in r.weak_threat.finditer(_blank(r.means["Threats"][1], s)) if m.end() > m.start()]
    if weak and all(_negated(s, *span) for span in weak) and not _hits(r.means["Threats"][0], s):
        denied.add("Threats")
    return frozenset(denied)


def without_signs(text: str, language: str | None = None) -> str:
    """The text (as `prepare` reads it) with the words that name a means of control blanked: what is left says when,
    where and who ("they take 200 every week and the 14 hrs" says no when)."""
    s, r = prepare(text, language), _rules()
    for rx, _look_alikes in r.means.values():
        s = _blank(rx, s)
    return s


def _long_day(s: str) -> bool:
    """ "from 6am to 11pm", "de 6 a 10 de la noche", "de 7h à 22h": a working day of 12 hours or more."""
    for pattern in lexicon.SHIFTS:
        for m in re.finditer(pattern, s):
            start, end = int(m.group("a")), int(m.group("b"))
            end += 0 if "h24" in m.groupdict() and end > 12 else 12
            if 0 < start <= 12 and end - start >= 12 and not _negated(s, *m.span()):
                return True
    return False


def _venue(s: str, r: _Rules, promised: list[tuple[int, int]]) -> str | None:
    """The first place named, but a real place before "online": "pimping her out on craigslist… they stay at the
    Motel 6" is a motel (the read-back said "Where: online, Bakersfield"); not the job `promised`: "con promesa de
    trabajo en un restaurante pero me obligan a estar con hombres en un bar" is a bar."""
    venue = _first(r.venue, s, promised)
    if venue == "online":
        rx, names = r.venue
        return next((names[m.lastgroup] for m in rx.finditer(s) if names[m.lastgroup] != "online"
                     and not _negated(s, *m.span())), venue)
    return venue


def _first(grouped: tuple[re.Pattern, dict[str, str]], s: str, skip: list[tuple[int, int]] = ()) -> str | None:
    """The value of the first match not negated, passing over those that start in `skip` unless none other."""
    rx, names = grouped
    fallback = None
    for m in rx.finditer(s):
        if _negated(s, *m.span()):
            continue
        if any(a <= m.start() < b for a, b in skip):
            fallback = fallback or names[m.lastgroup]
            continue
        return names[m.lastgroup]
    return fallback


def _exploitation(s: str, r: _Rules, means: set[str], labour: str | None, minor: bool | None) -> frozenset[str]:
    kinds = set()
    sexual = bool(_hits(r.sex, s))
    forced = bool(_hits(r.forced, s))
    if sexual:
        kinds.add("SexualExploit")
        # where sex is sold, "work" and a massage parlour are usually the sex itself
        work = labour not in (None, "massage parlor", "nail salon") and labour not in lexicon.NON_LABOUR
        forced = forced and work
    else:
        # "le prometió trabajo y ahora no la deja hablar con nadie": the job promised is not work done
        done = _blank(r.promised_job, s)
        work = labour not in lexicon.NON_LABOUR and (labour is not None or bool(_hits(r.work, done)))
        if labour in lexicon.WORK_OR_SEX and not forced:
            # "a massage place where the women live upstairs", "she works at a massage place… she owes him 10k":
            # which one is for the person to say (working there says nothing of it)
            work = False
    controlled = len(means) >= 2 or bool(means - lexicon.WEAK_MEANS)
    if forced or (work and (controlled or minor)):
        # "brought his cousin from guatemala to work on his roofing crew and hes 17": a child's work is the kind of
        # the tip (the kind question was asked)
        kinds.add("ForcedLabour")
    coerced = bool(means) or bool(minor) or bool(_hits(r.coercion, s))
    if _hits(r.other_exploit, s) or (labour in ("begging", "drug dealing") and coerced):
        kinds.add("OtherExploit")
    return frozenset(kinds)


def _number(word: str) -> int | None:
    word = word.strip()
    return int(word) if word.isdigit() else lexicon.NUMBERS.get(word.split()[-1]) if word else None


def _count(s: str, whole: str, r: _Rules, expecting: str | None) -> tuple[int | None, int]:
    """How many people the message counts (the high end of a range: "3 or 4 girls" is 4), and by how many fewer
    there may be (1 there: the read-back says "3–4", never an exact 4 the person did not say)."""
    if expecting in ("count", "people_count") and re.fullmatch(lexicon.HEDGE + "?" + lexicon.COUNTED, whole):
        return _number(whole), 0
    slack_at: dict[int, int] = {}  # where a range's high end starts in the rewritten text: how much lower its low end

    def high_end(m: re.Match) -> str:
        start = m.start() - sum(len(g) - len(h) for g, h in shrunk)
        lo, hi = _number(m.group(1)), _number(m.group("hi"))
        if lo is not None and hi is not None and 0 < lo < hi:
            slack_at[start] = hi - lo
        shrunk.append((m.group(0), m.group("hi")))
        return m.group("hi")
    shrunk: list[tuple[str, str]] = []
    s = r.count_range.sub(high_end, s)
    s = _blank(r.cared_for_kids, s)  # "she takes care of their 2 kids": the employer's children are not counted
    groups: list[tuple[int, int, int]] = []  # start, end, how many
    slack_of: dict[int, int] = {}  # a group's start: its range's slack
    for m in r.count.finditer(s):
        mid = m.group("mid").split()
        ages = [i for i, t in enumerate(mid) if t.isdigit() and i + 1 < len(mid) and mid[i + 1] in ("year", "years")]
        if set(mid) & lexicon.NOT_IN_COUNT and not ages or m.group("p") in lexicon.SUBSET:
            continue
        if any(t.isdigit() for t in mid) and not ages:
            continue
        if _NOT_SO_MANY.search(s, max(0, m.start() - 10), m.start()):
            continue  # "its not 10 people, its ONE girl" (the count stayed 10)
        if _VISITORS.match(s, m.end()):
            continue  # "like 20 or 30 guys a week", "2 or 3 men each weekend": the buyers, not the people affected
        n = _number(m.group("n")) or 0
        groups.append((m.start(), m.end(), n + 1 if n and _WITH_ME.search(s, 0, m.start()) else n))
        slack_of[m.start()] = slack_at.get(m.start("n"), 0)
    # "somos 8", "eran como 8": a whole, never added to the one beside it ("no son 5, son como 8" was 13); one said to
    # be wrong does not count
    wholes = [(m.start(), m.end(), _number(m.group("n")) or 0) for m in r.count_we.finditer(s)
              if not _NOT_SO_MANY.search(s, max(0, m.start() - 10), m.start())]
    for m in r.count_we.finditer(s):
        slack_of.setdefault(m.start(), slack_at.get(m.start("n"), 0))
    groups = sorted(g for g in groups + wholes if g[2])
    if not groups:
        return None, 0
    totals, current, last_end = [], (groups[0][2], slack_of.get(groups[0][0], 0)), groups[0][1]
    for start, end, n in groups[1:]:
        if re.fullmatch(r" *(,|and|y|et|e|plus|with|con|avec|com)? *", s[last_end:start]) and not (
                (start, end, n) in wholes or (groups[0] in wholes and current[0] == groups[0][2])):
            current = (current[0] + n, current[1] + slack_of.get(start, 0))  # "3 women and 2 kids"
        else:
            totals.append(current)
            current = (n, slack_of.get(start, 0))
        last_end = end
    totals.append(current)
    most = max(totals)
    return most if most[0] <= 10_000 else (None, 0)


_WITH_ME = re.compile(lexicon.WITH_ME)
# what comes after a count of people who come and go: a rate, or visiting ("20 guys a week", "3 men come every night")
_VISITORS = re.compile(
    r"( (?!work|live|stay|sleep|trabaj|viv|duerm|trabalh|mor|dorm|trav|habit|vit|dort)[a-z']+){0,2}? (a|per|each|every"
    r"|por|cada|al|a la|par|toda|todo|todas|todos|le|tous les|toutes les)"
    r" (day|night|week|weekend|month|shift|dia|noche|semana|fin de semana|mes|jour|nuit|semaine|week end|mois|noite"
    r"|dias|noches|semanas|nights|days|weeks|weekends)\b"
    r"|( [a-z']+){0,2}? (come|comes|came|coming|visit|visits|visited|visiting|pay|pays|paid|buy|buys|vienen|venian"
    r"|visitan|pagan|llegan|vem|vinham|pagam|viennent|payent|passent)\b"
    # "men go in the back door late at night… always different men" (four women were filed "male")
    r"|( [a-z']+){0,2}? (go|goes|going|walk|walks|walking|entran|entram|entrent) (in|into|inside|in and out|upstairs"
    r"|y salen|e saem|et sortent)\b")
_NOT_SO_MANY = re.compile(r"\b(not|isn'?t|aren'?t|no son|no eran|nao sao|ce n'?est pas|pas)\s*$")
_OLD = re.compile(r"\b(old|yo|y o|de edad)\b")
_HOURS = re.compile(r"de \d{1,2} (a|hasta|ate) \d{1,2}\b")
_NOT_ANONYMOUS = re.compile(lexicon.NOT_ANONYMOUS)
_TIME_BEFORE = re.compile(r"\d\s*(a|to|-|hasta|ate|a las|at)?\s*$")  # "3 a 5", "from 3 to 5": hours
_OPTIONS = re.compile(r"\b(difference|diferencia|diferenca|diff|dif|options?|opcion(es)?|opcao|opcoes|numeros?"
                      r"|number)( \w+)? (entre|between|de|do|del)?\s*$")
_SINCE_YEARS = re.compile(triage_lexicon.DURATION_NOT_AGE)  # "il y a 2 ans", "a 2 year contract": times, not ages
_MORE = re.compile(r" " + lexicon.MORE_PEOPLE + r"\b")
_A_COUNT = re.compile(r"a \d")  # a Spanish or Portuguese "a 5" where the age lead "a" (French "elle a 16") matched
_AGE_WORD = re.compile(r"\b" + lexicon.AGE_WORDS + r"\b")
# a count said as who they are: "somos 2 yo y Kevin", "we're 3", "on est 4" (read as a child of 2: a mandated report)
_WE_ARE = re.compile(r"\b(somos|eramos|we are|we'?re|there are|there were|son|eran|sao|eram|on est|nous sommes|ils sont"
                     r"|elles sont)\s+$")
_PHONE_NUMBER = re.compile(r"(?<!\d)(\+?\d{1,3}[ .-]?)?\(?\d{2,3}\)?[ .-]?\d{3,5}[ .-]?\d{4}(?!\d)")
_NOBODY_UNDER_18 = re.compile(lexicon.NOBODY_UNDER_18)


# a list of ages: "4 mujeres de 15, 19, 22 y 25", "las edades son 15, 19, 22 y 25", "ages 16, 18 and 20" (only the
# first was read: "4 mujeres, edad 15")
_AGE_LIST = re.compile(r"(?<![\d:$.,])(\d{1,2})((?:\s*(?:,|y|e|and|et|&)\s*\d{1,2}\b(?![:.,]\d))++)(?! ?(h|hrs?|hours?"
                       r"|horas?|heures?|am|pm|dollars?|dolares|dls|bucks|pesos|reais|euros?|%|min\w*|days?|dias|weeks?"
                       r"|semanas|months?|meses|people|personas|pessoas|personnes|de la (manana|tarde|noche)|o'?clock"
                       r"|of (them|us)|de (ellos|ellas|nosotros|eles|elas)|" + lexicon.MORE_PEOPLE + r")\b)")
# the first age, said before "the others": "16, los otros 18, 20 y 24"
_BEFORE_THE_OTHERS = re.compile(r"(?<![\d:$.,])(\d{1,2}) ?,? ?(y |and |e |et )?(the others?|others|los otros|las otras"
                                r"|os outros|as outras|les autres|the rest|los demas|las demas)\b")
_AGES_SAID = re.compile(r"\b(edades|ages|idades|aged|age|edad|idade)\b[^.!?]{0,30}$|\b(the others?|others|los otros"
                        r"|las otras|os outros|as outras|les autres|the rest|los demas|las demas)( are| son| sao| ont"
                        r"| tienen| tem)?( like| about| como| uns| unos| unas| genre)?\s*$")


def _listed_ages(s: str, ages: list[int]) -> list[int]:
    """The other ages of a list whose first number was read as an age, or that follows "ages"/"edades"."""
    more = []
    for m in _AGE_LIST.finditer(s):
        first = int(m.group(1))
        if first in ages or _AGES_SAID.search(s, max(0, m.start() - 40), m.start()):
            more += [first, *(int(n) for n in re.findall(r"\d{1,2}", m.group(2)))]
    if more:
        more += [int(m.group(1)) for m in _BEFORE_THE_OTHERS.finditer(s)]
    return more


def _ages_and_minor(s: str, whole: str, r: _Rules, expecting: str | None,
                    language: str | None = None) -> tuple[tuple[int, ...], bool | None]:
    ages: list[int] = []
    bare = r.bare_age.fullmatch(whole)
    if bare and (expecting not in ("privacy", "count", "people_count", "when") or bare.group("alone")):
        said = [int(g) for g in bare.group("a", "b") if g]
        # "14" alone reads as an age; "5" alone only when an age was asked; "2 years" (to "since when?", say) is a
        # time, not a toddler (it raised a minor), unless "old" says so
        if expecting == "age" or _OLD.search(bare.group(0)) or all(10 <= a <= 99 for a in said):
            ages += said
    whole, s = s, _SINCE_YEARS.sub(" ", s)  # "il y a 2 ans" is a time ("âges 2, 50" was read back, and a minor raised)
    # "nobody under 18" is no age ("personne a moins de 18" was filed as 18, and a minor)
    s = _NOBODY_UNDER_18.sub(" ", s)
    # an age inside words that say no child is in it: "its my 3 yr old son" (after "kid grabbed my phone")
    denied = [m.span() for m in r.minor_not.finditer(s)] if r.minor_not is not None else []
    for rx in r.ages:
        for m in rx.finditer(s):
            if any(start <= m.start("a") < end for start, end in denied):
                continue
            if r.controller_age.search(s, 0, m.start("a")) or not_a_minor_now(s, m.start("a"), whole):
                continue  # "the boss is like 50", "cuida a una niña de 5", "10 yrs ago when i was 16": not an age of
                # the people affected now
            age_word = _AGE_WORD.search(m.group(0))
            if _WE_ARE.search(s, max(0, m.start("a") - 14), m.start("a")) and (
                    not age_word or age_word.group(0) == "yo"):
                continue  # "somos 2 yo y Kevin": two people (the Spanish "yo" is no "years old" after "somos")
            if language == "pt" and expecting != "age" and a_count_not_an_age(s, m.start()) and not (
                    _AGE_WORD.search(m.group(0))):
                continue  # "na casa tem 12 eu acho": twelve people there
            if language != "fr" and _A_COUNT.match(s, m.start()) and not _AGE_WORD.search(m.group(0)):
                continue  # "nos tiene viviendo arriba del restaurante a 5" (five of us): French "elle a 16" is an age
            if _OPTIONS.search(s, max(0, m.start("a") - 30), m.start("a")):
                continue  # "c'est quoi la différence entre 2 et 3 ?": the menu's options (read as ages 2 and 3)
            if m.group("b") and _HOURS.match(s, m.start("a") - 3) and int(m.group("b")) <= 12:
                continue  # "trabaja de 9 a 9", "de 8 a 6": hours (read as an age of 9, it raised a minor)
            if expecting == "contact" and (m.group("b") and int(m.group("b")) <= 12 or _TIME_BEFORE.search(
                    s, 0, m.start("a"))):
                continue  # "entre semana 3 a 5", to "how can we reach you?": a time to call (filed as an age of 5)
            # "tiene 15 y 2 más" (she is 15, and 2 more): the 2 counts people; it is not a second age
            told = (m.group("a"),) if m.group("b") and _MORE.match(s, m.end("b")) else m.group("a", "b")
            ages += [v for v in (_number(g) for g in told if g) if v is not None]
    ages += _listed_ages(s, ages)
    ages = sorted({a for a in ages if 1 <= a <= 99})
    text = _blank(r.minor_not, s)
    if _hits(r.minor, text) or _hits(r.under_18, s) or any(a < 18 for a in ages):
        return tuple(ages), True
    if _hits(r.looks_young, text) and not ages:  # "one looks really young"; not "she looks young but she's 25", nor
        return (), True  # "some look pretty young like early 20s"
    denied = any(_negated(text, *m.span()) for m in r.minor.finditer(text))  # "they are not minors"
    if ages or denied or _hits(r.adults, s):
        return tuple(ages), False
    return (), None


def _ongoing(s: str, r: _Rules) -> bool | None:
    if _hits(r.ongoing_strong, s):  # "still", "todavía": even beside "last year"
        return True
    began = r.arrived.sub(" ", s)  # "came here last year" says when it began, not that it ended
    if r.past.search(began):
        # a time alone ("his old business collapsed last year") beside what happens now: not known, so it is asked
        ended = r.past_ended.search(began)
        return None if not ended and r.now_too.search(s) else False
    return True if _hits(r.ongoing_weak, s) else None


# done to the one writing by someone named: "my boyfriend makes me sleep with guys", "mi novio me obliga", "meu
# marido me vende", "mon copain me force"
_DONE_TO_ME_BY = re.compile(
    r"\b(my|mi|meu|minha|mon|ma) (boyfriend|husband|partner|pimp|novio|esposo|marido|pareja|namorado|copain|mari"
    r"|boss|jefe|patron|patrao|chefe|patron|uncle|aunt|tio|tia|stepdad|stepfather|padrastro|cousin|primo|prima"
    r"|tio|tia|padrasto|oncle|tante|beau-pere)\b[^.!?]{0,40}\b((makes?|made|forces?|forced) (me|us) (work|sleep"
    r"|have sex|do|go|sell|stay|see|meet|be with|dance|strip)|(sells?|sold|pimps?|pimped|rents?|rented) (me|us)"
    r"|(me|nos) (obliga|obligan|obligo|vende|venden|vendio|pone a|ponen a|prostituye)|(me|nos) (obriga|obrigam|vende"
    r"|vendem|prostitui)|(m'oblige|me force|me vend|me prostitue)"
    # "mi novio dice q hoy en la noche me va a llevar con unos señores q pagan" (filed as about someone else)
    r"|(me|nos) (va a|van a|quiere|quieren) (llevar|vender|entregar) (con|a)|(is|are) (taking|sending) me to"
    r"|(takes|sends) me to (men|guys|clients|customers))\b")


# a man courting the one writing: "theres this guy i met on insta hes 24 and im 14. he says im mature for my age and
# buys me stuff and wants me to come stay at his place" (filed as about someone else, and her age, 14, dropped)
_COURTS_ME = re.compile(r"\b(he|this guy|a guy|the guy|this man|a man|el|este tipo|un senor|il|ce mec|ele"
                        r"|esse cara)\b[^.!?]{0,60}\b(wants me to|buys me|gives me|asks me for|asked me for"
                        r"|says i'?m mature|says im mature|told me not to tell|wants to meet me|me pide|me compra"
                        r"|me regala|me dice que soy madura|quiere que (yo )?(vaya|me quede)|veut que je|m'?achete"
                        r"|quer que eu)\b")


def _role(s: str, whole: str, r: _Rules, cues: list[str]) -> str | None:
    """Said in so many words ("it's me", "mi hermana"), else read from whom the means of control are done to
    ("they took my passport"). A bare "1" is not an answer here: the caller knows what its options were."""
    if _DONE_TO_ME_BY.search(s) or _COURTS_ME.search(s):
        return "self"  # "my boyfriend makes me sleep with guys for money" (filed as about someone else: "my boyfriend")
    if r.role_not_self.search(s):
        return "other"
    if r.role_self_whole.fullmatch(whole) or _hits(r.role_self, s):
        return "self"
    # whom each cue is done to: its first pronoun ("they wont let her call us" is about her, "us" is the family; it
    # was filed as the teller's own)
    firsts = set()
    for cue in cues:
        said = [w for w in r.related.sub(" ", cue).split() if w in lexicon.FIRST_PERSON or w in lexicon.THIRD_PERSON]
        if said:
            firsts.add("self" if said[0] in lexicon.FIRST_PERSON else "other")
    if "self" in firsts:
        return "self"
    if _hits(r.role_other, s) or "other" in firsts:
        return "other"
    return None


def _privacy(s: str, whole: str, r: _Rules, expecting: str | None, question: bool) -> str | None:
    if expecting == "privacy":
        answer = re.sub(r"^((option|number|opcion|numero|choice|la|el|the|a|o|le) )+", "", whole)
        answer = re.sub(r"( (please|por favor|s'il vous plait|svp|pls|then|entonces|dear|one|opcion|option))+$", "",
                        answer)
        if answer in lexicon.PRIVACY_CHOICE:
            return lexicon.PRIVACY_CHOICE[answer]
        changed = _CHANGED_CHOICE.match(whole)
        led = changed.group("n") if changed else menu_number(whole) or _last_choice(whole)
        if led:
            # "2, me pueden hablar a este numero", "ok 2 i guess", "la 2 entonces", "el 3 mejor": the number chosen (the
            # first read "me pueden hablar" as nothing and filed it anonymous; the others got the menu explained)
            return lexicon.PRIVACY_CHOICE[led]
    if question:
        return None  # "is this anonymous?" asks, it does not answer
    s = _NOT_ANONYMOUS.sub(" ", s)  # "ya no quiero ser anonima, mejor me pueden llamar": not the anonymous one
    for level in ("anonymous", "confidential", "share"):  # the most private one said wins
        if _hits(r.privacy[level], s):
            return level
    return None


# a menu's number first, with more words after it: not "2 or 3?", "2,5", "3 a 5" (hours), "1st"
_CHOICE_FIRST = re.compile(r"^((ok|okay|k|si|yes|yeah|oui|sim|ya le dije|te dije|i said|i choose|escojo|elijo|quiero"
                           r"|pode ser|puede ser|can be|ca peut etre|c'?est|es|e"
                           r"|prefiero|option|opcion|opcao|numero|number|la|el|the|a|o|le|oh|sorry|oops|perdon|um|uh"
                           r"|hmm|pues|bueno|well|so) )*(?P<n>[123])(?![\d:/-]|\w)"
                           r"(?! ?(or|o|ou|y|and|et|e|a|to|-) ?[123]\b)")
# or last, after a few words: "el 3 mejor", "ok then 2", "mejor la 2"
_CHOICE_LAST = re.compile(r"((ok|okay|then|mejor|better|entonces|bueno|well|pues|ya le dije|i said|mieux|melhor)"
                          r"( la| el| the| a| o)? )+(?P<n>[123])( (mejor|then|entonces|please|por favor|pls|porfa"
                          r"|i guess|creo))*")


# a choice changed at once: "3. non en fait 2, vous pouvez me recontacter", "3 no wait 2", "3, no mejor 2" (filed as 3)
_CHANGED_CHOICE = re.compile(r"^[123]\W+(no|non|nao|nope|nah|wait|espera|attends|oops|sorry|perdon)\b[a-z ,.']{0,20}?"
                             r"\b(?P<n>[123])\b(?! ?(or|o|ou)\b)")


def takes_back_anonymity(text: str) -> bool:
    """ "ya no quiero ser anonima", "i changed my mind about anonymous": not the anonymous choice."""
    return bool(_NOT_ANONYMOUS.search(normalise(text)))


def menu_number(text: str) -> str | None:
    """The number of a menu's choice said first, with more after it ("2, me pueden hablar a este numero", "1. pero
    primero dime lo de la visa"); None for "2 or 3?", "2,5" or "3 a 5"."""
    said = _ORDINAL_CHOICE.sub(lambda m: _ORDINALS[m.group("o")], normalise(text).strip(" .,!?¿¡"))
    said = re.sub(r"(?<=[a-z])[.!]+\s+", " ", said)  # "oh sorry. 1 is fine"
    led = _CHOICE_FIRST.match(said)
    return led.group("n") if led else None


# "the 2nd one i guess", "la primera opcion" (the menu came again)
_ORDINALS = {"1st": "1", "first": "1", "primera": "1", "primero": "1", "premier": "1", "premiere": "1", "primeira": "1",
             "2nd": "2", "second": "2", "segunda": "2", "segundo": "2", "deuxieme": "2", "3rd": "3", "third": "3",
             "tercera": "3", "tercero": "3", "troisieme": "3", "terceira": "3"}
_ORDINAL_CHOICE = re.compile(r"\b(?P<o>" + "|".join(_ORDINALS) + r")( one| option| choice| opcion| opcao| option)\b")


def _last_choice(whole: str) -> str | None:
    led = _CHOICE_LAST.fullmatch(whole)
    return led.group("n") if led else None


# (also a lady, a sister or an aunt, a maid: "there is a lady at the motel, a man brings men to her room" was filed
# "male", from the buyers)
_FEMALE = re.compile(r"\b(women|woman|girls?|ladies|lady|mujer(es)?|muchachas?|chicas?|ninas?|senoras?|femmes?|filles?"
                     r"|mulher(es)?|meninas?|mocas?|garotas?|senhoras?|dames?|aunt|niece|sister|daughter|tia|sobrina"
                     r"|hermana|hija|tante|soeur|niece|irma|filha|sobrinha|maid|nanny|housekeeper|au pair|empleada"
                     r"|muchacha|domestica|nounou|bonne|empregada|baba)\b")
# (not "a man", "un señor", "el hombre": most often the one in control, and the gender filed was his)
_MALE = re.compile(r"\b(men|boys?|guys|hombres|muchachos?|chicos?|ninos?|senores|hommes|garcons?|homens|gars|mecs|caras"
                   r"|meninos?|rapazes)\b")


_BUYERS = re.compile(r"\b(men|guys|hombres|senores|hommes|homens)\b")
_VISITING_MEN = re.compile(r"\b(men|guys|hombres|senores|hommes|homens|clients|customers|clientes)\b(?="
                           + _VISITORS.pattern + r"|( \w+)? (to|into|a|al|en|pra|para|dans|chez) (her|his|their|the|su"
                           r"|sus|el|la|o|a|sa|son|leur)( \w+)? (room|rooms|cuarto|cuartos|quarto|chambre|apartment"
                           r"|apartamento|appart|casa|house|place))")
# a woman in control: "the boss is a woman named Linda", "la señora los tiene trabajando", "a patroa é uma mulher"
# (the gender filed for the men she keeps was "mixed")
_WOMAN = r"(woman|lady|mujer|senora|femme|dame|mulher|senhora|madam|madame)"
_SHE_CONTROLS = re.compile(
    r"\b(boss|owner|manager|pimp|jefa|duena|patrona|encargada|patronne|chefe|patroa|dona|gerente|proprietaire)"
    r" (is|es|e|est|era|was) (a |an |una |um |uma |une )?" + _WOMAN + r"\b"
    r"|\b" + _WOMAN + r"( named \w+| que se llama \w+| qui s'appelle \w+| chamada \w+)?,? (who |que |qui )?"
    r"(los |las |lo |la |les |os |as )?(runs|owns|manages|keeps|sells|makes|controls|is in charge|is the boss|tiene"
    r"|maneja|controla|vende|obliga|es la duena|es la jefa|mantiene|garde|gere|dirige|controle|vend|oblige|manda"
    r"|cobra|charges|takes|pays|recruited|brought|trajo|paga|quita)\b")


_OTHER_MEN = re.compile(r"\b(different|random|other|lots of|many|a lot of|distintos|diferentes|otros|muchos"
                        r"|varios|outros|muitos|differents|d'autres|beaucoup d') (men|guys|hombres|senores|homens"
                        r"|hommes|mecs)\b|\b(the )?(men|guys|hombres|homens|hommes) (who|that|que|qui) (guard|watch"
                        r"|control|run|keep|bring|drive|cuidan|vigilan|controlan|traen|vigiam|controlam|surveillent"
                        r"|gardent)\b")


def _gender(s: str, sexual: bool = False) -> str | None:
    """Of the people affected, as said ("3 women", "unos muchachos"); never guessed from anything else. Where sex is
    sold, "men" are most often the buyers ("he sells me to men": filed as male)."""
    if sexual:
        s = _BUYERS.sub(" ", s)
    s = _VISITING_MEN.sub(" ", s)  # "like 20 or 30 guys a week": the buyers (filed as male)
    s = _OTHER_MEN.sub(" ", s)  # "always different men", "the men who guard them": buyers and guards
    s = _SHE_CONTROLS.sub(" ", s)
    female, male = bool(_FEMALE.search(s)), bool(_MALE.search(s))
    return "mixed" if female and male else "female" if female else "male" if male else None


def merge_facts(facts: dict[str, Any] | None, found: Extracted, override: bool = False) -> dict[str, Any]:
    """Everything structured that was said so far; sets grow, single values keep the first (or, in a
    correction, the newest) mention."""
    merged = dict(facts or {})
    for name in ("exploitation", "means_of_control"):
        values = set(merged.get(name) or ()) | set(getattr(found, name))
        if values:
            merged[name] = sorted(values)
    if found.ages:
        merged["ages"] = sorted(set(found.ages) | (set() if override else set(merged.get("ages") or ())))
    # a correction that names an unknown word as the town ("el motel Sun Valley Inn en Bissonnet": a street) keeps the
    # city the gazetteer knew (Houston was replaced by "Bissonnet")
    guessed = override and found.city and not found.state and merged.get("city") and merged.get("state") and not (
        places.is_known_city(found.city))
    for name in ("labour_type", "people_count", "minor", "gender", "venue", "city", "state", "country", "ongoing"):
        value = getattr(found, name)
        if name == "city" and guessed:
            continue
        if value is not None and (override or merged.get(name) is None or name == "minor" and value):
            merged[name] = value  # (a minor told after "they're adults" is a minor)
            if name == "people_count":  # "3 or 4 girls": read back as 3–4, never a bare 4 the person did not say
                merged.pop("people_min", None)
                if found.people_min:
                    merged["people_min"] = found.people_min
    if override and found.minor is False and not any(a < 18 for a in merged.get("ages") or ()):
        merged["not_minor"] = True  # "shes 19 not 17": the person corrected it (a minor stays no longer, anywhere)
    elif found.minor:
        merged.pop("not_minor", None)
    known = (facts or {}).get("state")
    if found.city and not found.state_said and places.could_be_in(found.city, known):
        merged["state"] = known  # "Pasadena" after "Houston, TX": Pasadena, Texas
    elif found.state_said and not found.city and places.could_be_in(merged.get("city"), found.state):
        merged["state"] = found.state  # "Pasadena" then "in Texas": the state said wins over the name's first
    return merged
