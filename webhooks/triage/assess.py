"""The urgency of one message, in the light of what the conversation already showed.

The result is a level (critical / high / normal), a score from 0 to 100 and the reasons. Signals
come from the multilingual lexicon; look-alikes and negations are removed before they count; several
kinds of signal together score higher than one; a minor and a known place together are urgent even
when neither message alone was."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from webhooks.triage.emergency import with_country
from webhooks.triage.lexicon import (
    AGE_PATTERNS,
    CARED_FOR,
    CATEGORIES,
    DURATION_NOT_AGE,
    LOCATION_PATTERNS,
    LONG_AGO,
    NO_MINORS,
    NOT_OWN_PHONE,
    OWN_CHILD_AT_OWN_BUSINESS,
    PHONE_CHECKED,
    WHEN_I_WAS,
)

CRITICAL, HIGH, NORMAL = "critical", "high", "normal"
LEVEL_RANK = {CRITICAL: 0, HIGH: 1, NORMAL: 2}
CRITICAL_AT, HIGH_AT = 85, 60

def normalise(text: str) -> str:
    """Lower case, accents off Latin letters, apostrophes unified; other scripts kept as written."""
    text = text.replace("’", "'").replace("‘", "'").casefold()
    # Hangul and CJK decompose without combining marks, so only accents (and optional Arabic vowel
    # marks) are dropped; the lexicon is written to match text with and without them.
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", kept))


# an age written in words ("tengo catorce años", "ella tiene quince años nomas", "shes fourteen", "j'ai seize ans"), as
# digits: each was no age, so no minor (a girl of 14 held where men come was queued as any other)
_AGE_WORDS = {
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diez y seis": 16, "diecisiete": 17, "diez y siete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
    "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
    "dezanove": 19, "vinte": 20,
    "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "treize": 13, "seize": 16, "dix sept": 17,
    "dix-sept": 17, "dix huit": 18, "dix-huit": 18, "dix neuf": 19, "dix-neuf": 19, "vingt": 20,
}
_WORD_NUMBER = "|".join(sorted(map(re.escape, _AGE_WORDS), key=len, reverse=True))
_AGE_IN_WORDS = re.compile(
    r"\b(?P<n>" + _WORD_NUMBER + r")(?= (years?|yrs?|y/?o|anos|an|ans|anitos|aninhos)\b)"
    r"|\b(?P<lead>(i'?m|im|i am|shes|she'?s|hes|he'?s|is|was|tengo|tiene|tenia|tienen|tenho|tem|tinha|j'?ai|j ai|elle a"
    r"|il a|jsuis|de|only|solo|nomas|apenas|just|like|maybe|about|around) )(?P<m>" + _WORD_NUMBER + r")\b"
    r"(?! (hours?|horas?|heures?|minutes?|minutos?|days?|dias|jours|weeks?|semanas|semaines|months?|meses|mois"
    r"|people|personas|pessoas|personnes|of (us|them)|de (nosotros|ellos|ellas|nos)|dollars?|dolares|pesos|reais"
    r"|euros?|bucks|hombres|mujeres|men|women|guys|girls|kids|ninos|ninas|hijos|filhos|enfants))")


def ages_as_digits(text: str) -> str:
    """Ages written in words, as digits (on normalised text): "tengo catorce anos" → "tengo 14 anos"."""
    return _AGE_IN_WORDS.sub(lambda m: (m.group("lead") or "") + str(_AGE_WORDS[m.group("n") or m.group("m")]), text)


def _compile(pattern: str) -> re.Pattern:
    """Patterns are read the way messages are ("أموت" == "اموت"), except their escapes: casefolding "\\W" would
    make it "\\w" ("help me!" was not "help me")."""
    parts = re.split(r"(\\.)", pattern)
    compiled = "".join(part if part.startswith("\\") else normalise(part) for part in parts)
    if compiled.startswith(_WHOLE_SENTENCE):
        # "the sentence that says X": tried only where a sentence starts. Unanchored, it was tried from every
        # character and scanned to the sentence's end each time (a fifth of the triage's time); what it matches
        # is the same, as the leftmost match of such a pattern always starts where its sentence does.
        compiled = r"(?:^|(?<=[.!?]))" + compiled
    return re.compile(compiled)


_WHOLE_SENTENCE = "[^.!?]*"


_COMPILED = {
    name: ([_compile(p) for p in spec["patterns"]], [_compile(p) for p in spec["not"]], spec["weight"])
    for name, spec in CATEGORIES.items()
}
_AGES = [_compile(p) for p in AGE_PATTERNS]
_NO_MINORS = [_compile(p) for p in NO_MINORS]
_NOT_OWN_PHONE = _compile(NOT_OWN_PHONE)
_PHONE_CHECKED = _compile(PHONE_CHECKED)
# with a man at a hotel or motel, or in his room, now: with a child, danger this minute ("mi hija de 16… le mando un
# mensaje a su hermana que esta con un señor en un hotel" was told 911 only "if in immediate danger")
_WITH_A_MAN_NOW = _compile(
    r"\b(esta|is|she'?s|shes|he'?s|hes|ta|anda|estan|are|they'?re|se fue|went|se la llevo|took her)( \w+)?"
    r" (with|con|com) (an? |un |una |um |unos |some )?(older |adult |grown )?(man|men|guy|guys|senor|senores|hombre"
    r"|hombres|homem|homens|cara|senhor|tipo|viejo)\b[^.!?]{0,60}\b(hotel|motel|room|cuarto|quarto)\b"
    # the man there now with them, told by a witness: "hes here right now with them in room 112"
    r"|\b(he'?s|hes|he is|they'?re|they are)( \w+)? here (right now |now |rn )?with (them|the girls|her|the kids)\b"
    r"[^.!?]{0,30}\b(room|rm|cuarto|quarto|motel|hotel)\b")
# now, this minute: with a child sold for sex, danger now ("la ptite est dans la chambre 12 la en ce moment avec un
# client", "a girl in 214 rn… men going in and out")
# ("but now he wants me to come to a party… tomorrow" tells what changed, not when: a girl of 14 was told "call 911
# now", and asked where she was right now)
_NOW = _compile(r"\b(right now|rn|(?<!\bbut )(?<!\band )(?<!\bso )(?<!\buntil )(?<!\btill )(?<!\bfrom )(?<!\bby )now"
                r"(?! (he|she|they|that|i|im|i'm) )|en ce moment|maintenant|ahorita|ahora|ahora mismo|agora"
                r"|agorinha)\b")
# an overdose in other words, once the wish to die was told
_TOOK_THEM = _compile(
    r"\b(i|i'?ve|ive)( already| just)? (took|taken|swallowed|ate|had|drank|take)( like)? (a few|some|a bunch|a lot"
    r"|lots|too many|all|all of them|them|half|\d+|two|three|four|five|ten|the (rest|bottle|whole bottle))\b"
    r"|\b(getting|feel|feeling|i'?m|im|so) (really |very |so )?(dizzy|sleepy|drowsy|numb|faint|sick)\b"
    r"|\bcan'?t (stay awake|keep my eyes open|feel my)|\b(throwing up|passing out|blacking out|heart (is )?racing)\b"
    r"|\b(tome|me tome|me trague|ya me tome)( \w+)? (unas|varias|muchas|todas|algunas|\d+)\b"
    r"|\bme siento (muy )?(mareada?|dormida?)\b|\b(tomei|engoli)( \w+)? (umas|varias|muitas|todas|alguns|algumas|\d+)\b"
    r"|\bj'?en ai pris\b|\bj'?ai (pris|avale) (plusieurs|quelques|toute|tous|\d+)\b")
# pills or a drug taken, said as such: "i already took a bunch of my moms pills", "me tome todas las pastillas"
_PILLS_TAKEN = _compile(r"\b(took|taken|swallowed|ate|had|tome|me tome|me trague|tomei|engoli|j'?ai pris|j'?ai avale)"
                        r"( \w+){0,5} (pills|meds|medicine|tablets|pastillas|medicinas|pildoras|comprimidos|remedios"
                        r"|cachets|medicaments)\b|\boverdos\w*\b|\bsobredosis\b")
NOT_OWN_PHONE_FLAG = "not_own_phone"
PHONE_READ_FLAG = "phone_read"
NO_TEXTS_FLAG = "no_texts"
# what makes a text to this phone unsafe, as staff are told before they write (webhooks/conversations/pipeline.py)
UNSAFE_TO_TEXT = (NO_TEXTS_FLAG, PHONE_READ_FLAG, NOT_OWN_PHONE_FLAG)
# asked not to be texted at this number at all, or not to be answered: "no me manden nada yo les escribo", "dont reply
# to me after this", "no me vayan a mandar mensajes a este numero", "please stop texting me back after 5pm" (staff texts
# reached each of these phones)
_NO_TEXTS = _compile(
    r"\b(no|nao|ne|n) (me |m'?)?(manden|mandes|mande|mandem|vayan a mandar|van a mandar|escriban|escribas|contesten"
    r"|contestes|respondan|respondas|respondam|responda|envoyez|ecrivez|repondez|mandar)\b( \w+){0,2}"
    r" (nada|mensajes?|mensagens?|textos?|sms|messages?|rien|a este|neste|nesse|despues|depois|apres|mas|plus)\b"
    r"|\b(no|nao) (me )?(contesten|contestes|respondan|respondam|manden nada|escriban nada)\b"
    r"|\b(dont|don'?t|do not|pls dont|please dont|plz dont|never) (text|txt|message|msg|reply|respond|write)"
    r"( to| back)?( to)? (me|us|this number|this phone|here)\b[^.!?]{0,20}\b(after (this|that|\d|[a-z]+ ?\d)|again"
    r"|ever|anymore|any more|at (this|that) number|on (this|that) (number|phone)|later|unless i|til i|until i)\b"
    r"|\b(stop|quit) (texting|text|messaging|replying)( me)?( back)? (after|at) \d"
    r"|\b(yo|eu|je) (les |lhes |vous )?(escribo|escrevo|ecris|ecrirai|escribire|escrevo)\b"
    # "svp textez moi pas trop", "m'ecrivez pas" (a reminder went out to a phone the employer takes)
    r"|\b(textez|texte|ecrivez|ecris|envoyez|repondez)[- ]?(moi|me) pas\b|\b(me |m'?)(textez|ecrivez|envoyez|repondez)"
    r" pas\b"
    r"|\b(i'?ll|i will) (text|message|write to|contact) (you|u)( guys)?\b(?! (back|again) (in|when|tomorrow))"
    # only on a day: "a este numero pero solo domingo en la tarde xq en semana el mayordomo anda con nosotros" (a staff
    # text went out on a Monday night)
    r"|\b(escrib\w*|mand\w*|text\w*|txt|messages?|llam\w*|numero|number|contact\w*|call)\b[^.!?]{0,40}\b(solo|nomas"
    r"|only|just|so|somente|apenas|seulement) (el |los |on |le |o |aos? |les )?(domingos?|sabados?|sundays?|saturdays?"
    r"|dimanches?|samedis?|fines de semana|fin de semana|weekends?|fins de semana)\b"
    # only at a time: "solo escribanme despues de las 7", "only text after 7", "dont text me during the day"
    r"|\b(solo|nomas|only|just|so|seulement)( me)? (escribanme|escribeme|escriban|escribame|manden|textea|text|txt"
    r"|message|msg|escrevam|escreve|mandem|envoyez|ecrivez)( me)?( \w+)? (despues|after|depois|apres|por la noche"
    r"|at night|a la noche|en la noche|de noche|a noite|le soir)\b"
    # "u can text me at this number but only after 6pm", "so manda mensagem depois das 9 da noite" (a reminder went out
    # at midday, on the manager's shift)
    r"|\b(only|solo|nomas|so|seulement|somente|apenas) (after|despues de( las?)?|depois das?|apres) \d"
    r"|\b(manda|mande|mandem|escreva|escrevam|escribe|escriban|escribanme|text|txt|message|ecrivez)( \w+){0,2} (depois"
    r" das?|after|despues de( las?)?|apres) \d"
    r"|\b(dont|don'?t|do not|no me|nao me|ne m'?) ?(text|txt|message|escriban|escribas|mandem|manden|ecrivez)( me)?"
    r" (during the day|in the day|en el dia|de dia|durante el dia|durante o dia|de jour|pendant la journee)\b")
# texting allowed again, said in so many words: "you can text me now", "ya me pueden escribir", "pode me mandar
# mensagem agora", "vous pouvez m'ecrire"
_MAY_TEXT = _compile(
    r"\b(you|u|yall|you guys|someone) (can|may|could) (text|message|msg|write|reply|respond)( to)? (me|back)\b"
    r"(?![^.!?]{0,20}\b(after|only|later|if|when)\b)"
    r"|\b(it'?s|its|it is) (safe|ok|okay|fine) (to|for you to) (text|message|write)\b"
    r"|\b(ya )?(me )?(pueden|puedes|puede) (escribir|mandar mensajes?|contestar)( me)?\b(?! (despues|solo|cuando))"
    r"|\b(ya )?(pueden|puedes) (escribirme|mandarme|contestarme)\b(?! (despues|solo|cuando))"
    r"|\b(pode|podem) (me )?(mandar mensagem|escrever|responder)\b(?! (depois|so|quando))"
    r"|\bvous pouvez (m'?ecrire|me repondre|m'?envoyer)\b(?! (apres|seulement|quand))")
# not this number, said of the one writing: "pas ce numero il va voir", "not this number he'll see", "a este no"
_NOT_THIS_NUMBER = _compile(r"\b(pas|not|no|nao|n) (ce|this|este|esse|a este|neste|nesse) (numero|number|num|cel|tel"
                            r"|celular|telephone)\b[^.!?]{0,30}\b(il|he|she|el|ella|ele|ela)\b")
_CARED_FOR = _compile(CARED_FOR)
_WHEN_I_WAS, _LONG_AGO, _OWN_CHILD = _compile(WHEN_I_WAS), _compile(LONG_AGO), _compile(OWN_CHILD_AT_OWN_BUSINESS)


# Portuguese "tem 12" is "there are 12" unless someone has it: "uma tem 17", "a menina que tem 15" ("na casa tem 12 eu
# acho" was read as a child of 12, a minor and a mandated report)
_THERE_ARE_PT = _compile(r"tem \D{0,12}\d")
_SOMEONE_HAS = _compile(r"\b(ela|ele|uma|um|menina|menino|filha|filho|irma|irmao|prima|primo|sobrinha|sobrinho|neta"
                        r"|neto|delas|deles|garota|garoto|moca|que|q|nova|novo|velha|velho|eu|voce|vc|(?<!\w)(a|o) \w+)"
                        r"\W*$")


def a_count_not_an_age(text: str, match_starts: int) -> bool:
    """The number said with "tem" at `match_starts` of this (normalised) text counts people there: no one's age."""
    return bool(_THERE_ARE_PT.match(text, match_starts)) and not _SOMEONE_HAS.search(
        text, max(0, match_starts - 24), match_starts)


def not_a_minor_now(text: str, age_starts: int, whole: str | None = None) -> bool:
    """The age at `age_starts` of this (normalised) text is no minor now: a child cared for, an age long ago, a
    parent's own child in the family's business (the report's reading uses the same rule). `whole`: the text before
    its durations were blanked out ("faz 10 anos" says it was long ago)."""
    own = next((m for m in _OWN_CHILD.finditer(text) if m.start() <= age_starts < m.end()), None)
    return bool(_CARED_FOR.search(text, 0, age_starts) or _WHEN_I_WAS.search(text, 0, age_starts) and _LONG_AGO.search(
        whole or text) or own)
_LOCATIONS = [_compile(p) for p in LOCATION_PATTERNS]


@dataclass(frozen=True)
class Assessment:
    level: str
    score: int
    reasons: tuple[str, ...]
    flags: frozenset[str] = field(default_factory=frozenset)  # what the conversation now knows

    @property
    def urgent(self) -> bool:
        return self.level in (CRITICAL, HIGH)

    @property
    def self_harm(self) -> bool:
        return "self_harm" in self.reasons


def _says(name: str, text: str) -> bool:
    """The (normalised) text holds a signal of this category, once its look-alikes are taken out."""
    patterns, excluded, _weight = _COMPILED[name]
    for pattern in excluded:
        text = pattern.sub(" ", text)
    return any(p.search(text) for p in patterns)


_DURATION = re.compile(DURATION_NOT_AGE)  # "a 2 year contract": not a child of 2


# a scene on a screen or in print, asked about: "i just watched sound of freedom and theres a scene where theyre holding
# kids locked in a container… is that actually real??" (critical: 911 and a person, and a report of a minor in danger)
_SCREEN = (r"\b(movie|movies|film|films|documentary|docu|show|series|episode|netflix|tiktok|youtube|video|scene|book"
           r"|novel|article|news|podcast|pelicula|peli|serie|documental|noticia|noticias|libro|filme|novela|reportagem"
           r"|documentario|livro|documentaire|reportage|livre|emission)\b")
_ON_SCREEN = re.compile(r"\b(watch|watched|watching|saw|seen|read|reading|vi|mire|estaba viendo|assisti|assistindo"
                        r"|j'ai vu|j'ai regarde|regardais|regarde|lu|li|lei)\b[^.!?]{0,50}" + _SCREEN
                        + r"|\b(in|en|dans|no|na|on) (the|a|la|el|une|un|le|o|um|uma|this|that|esa|ese|ce) " + _SCREEN)
_IS_IT_REAL = re.compile(
    r"\b(is|was) (that|this|it) (actually |really |even |for real )?(real|true|a (real )?thing|based on)\b"
    r"|\b(does|do|can) (that|this|it|stuff like that|things like that) (actually |really )?(happen|exist)\b"
    r"|\b(es|eso es|fue) (real|verdad|cierto)\b|\b(pasa|sucede|existe) (de verdad|en la vida real|en realidad)\b"
    r"|\bc'est (vrai|reel)\b|\b(ca|cela) (arrive|existe) (vraiment|pour de vrai)\b"
    r"|\b(isso )?(e real|e verdade|acontece de verdade|existe mesmo|acontece mesmo|e fake)\b")


# a story told as past and over: "l'année dernière… on dormait enfermés dans un conteneur. c fini depuis, je suis
# revenue légalement" (a person was called, and 911 given twice): the past sentences are not read for danger
_PAST = re.compile(r"[^.!?]*\b(last year|a year ago|years? ago|back then|l'? ?annee derniere|l'? ?an dernier"
                   r"|a l'epoque"
                   r"|il y a (\d+|quelques|deux|trois) ans|el ano pasado|hace (\d+|unos|dos|tres) anos|en ese entonces"
                   r"|o ano passado|ano passado|ha (\d+|alguns|dois|tres) anos|naquela epoca)\b[^.!?]*")
_OVER = re.compile(r"\b(c'?est fini|c fini|its over|it'?s over|it is over|its all over|that'?s over|ya termino"
                   r"|ya se acabo|ya paso todo|acabou|ja acabou|terminou|i got out|i left|we left|je suis partie?"
                   r"|on est partis|je suis sortie?|sali de ahi|nos salimos|sai de la|ya sali|im safe now|i'?m safe now"
                   r"|estoy bien ahora|revenue? legalement|came back legally|volvi legal)\b")


def about_a_screen(text: str) -> bool:
    """A question whether something seen on a screen or read is real ("vi um tiktok… isso é real??")."""
    norm = normalise(text or "")
    return bool(_ON_SCREEN.search(norm) and _IS_IT_REAL.search(norm))


# someone else's words, quoted: "my cousin texted me 'cant talk he checks my phone'" (the one writing got the pause of
# someone watched, and was held back from their own code)
_QUOTED = re.compile(r"\b(texted|text|texts|messaged|wrote|writes|said|says|told me|dm'?d|sent)( me| us| her| him)?:? ?"
                     r"(['\"“‘«]).{1,160}?(['\"”’»])")
_OF_THE_ONE_WRITING = ("watched", "phone_read")  # what a quote of someone else does not say of the one writing


def _signals(text: str) -> set[str]:
    if _ON_SCREEN.search(text) and _IS_IT_REAL.search(text):
        return set()  # a question about what was on a screen, not a tip (a tip comes in its own words)
    if _OVER.search(text):
        text = _PAST.sub(" ", text)
    own = _QUOTED.sub(" ", text)
    found = {name for name in _COMPILED if _says(name, own if name in _OF_THE_ONE_WRITING else text)}
    whole, text = text, _DURATION.sub(" ", text)
    for denied in _NO_MINORS:  # "theres no kid involved its my 3 yr old son" (critical, with the place)
        text = denied.sub(" ", text)
    for pattern in _AGES:
        for match in pattern.finditer(text):
            said = next((i for i, g in enumerate(match.groups(), 1) if g and g.isdigit()), None)
            age = int(match.group(said)) if said else None
            if age is not None and 3 <= age < 18 and not (not_a_minor_now(text, match.start(said), whole)
                                                          or a_count_not_an_age(text, match.start())):
                found.add("minor")
    return found


def assess(text: str, known: frozenset[str] = frozenset(), *, help_keyword: bool = False) -> Assessment:
    """`known`: flags from earlier messages of this conversation (e.g. "minor", "location")."""
    norm = ages_as_digits(normalise(text or ""))
    signals = _signals(norm)
    if help_keyword:
        signals.add("help_keyword")
    flags = set(known) | {s for s in signals if s in ("minor", "self_harm")}
    if "self_harm" in known and "medical" not in signals and overdose_told(norm, known):
        # pills told of with the wish to die, then "i took a few already", "im getting really dizzy": an overdose (it
        # got the greeting, and "is it safe to text?")
        signals.add("medical")
    if any(p.search(norm) for p in _LOCATIONS):
        flags.add("location")
    if _NOT_OWN_PHONE.search(norm):
        flags.add(NOT_OWN_PHONE_FLAG)  # no reminder is sent to this number
    if _PHONE_CHECKED.search(_QUOTED.sub(" ", norm)) or _NOT_THIS_NUMBER.search(norm):
        # nor to a phone someone else reads ("il regarde mon telephone des fois", "pas ce numero il va voir": a
        # follow-up text reached the phone of a woman whose husband reads it)
        flags.add(PHONE_READ_FLAG)
    if _NO_TEXTS.search(norm):
        flags.add(NO_TEXTS_FLAG)  # staff are told before they text this phone
    elif _MAY_TEXT.search(norm):
        flags -= {NO_TEXTS_FLAG, PHONE_READ_FLAG}  # "ok you can text me now, he left for work"
    flags = with_country(flags, text or "")  # "je suis en France": 112, not 911, from now on

    weights = {name: _COMPILED[name][2] for name in signals if name in _COMPILED and _COMPILED[name][2] > 0}
    if "help_keyword" in signals:
        weights["help_keyword"] = 60
    if "minor_hint" in signals and weights:
        weights["minor_hint"] = 10  # children mentioned alongside another danger
    reasons = sorted(weights, key=lambda n: -weights[n])
    score = max(weights.values(), default=0)
    score += 8 * max(0, len(weights) - 1)
    # What the conversation already knows raises what this message says.
    if "minor" in known and weights and "minor" not in weights:
        score += 10
        reasons.append("minor_known")
    if "minor" in flags and "location" in flags and ("minor" in signals or "location" not in known):
        score = max(score, CRITICAL_AT)
        if "minor_with_location" not in reasons:
            reasons.append("minor_with_location")
    if "minor" in flags and "meeting_a_man" in signals:
        score = max(score, CRITICAL_AT)  # a child a man waits for tonight ("la espera a las 9 en el walmart")
        if "minor_meeting" not in reasons:
            reasons.append("minor_meeting")
    if "minor" in flags and "moving" in signals:
        score = max(score, CRITICAL_AT)  # a child sent to buyers or moved ("tonight he said i have to go again")
        if "minor_moved" not in reasons:
            reasons.append("minor_moved")
    if ("minor" in flags or "minor_hint" in signals) and "sold_for_sex" in signals:
        score = max(score, CRITICAL_AT)  # a child sold for sex ("men going in and out all day", "le dan dinero a el")
        if "minor_sold" not in reasons:
            reasons.append("minor_sold")
    if "moving" in signals and signals & {"violence", "held", "held_now"}:
        score = max(score, CRITICAL_AT)  # beaten or locked in, and moved tonight ("nos pegan y hoy en la noche nos van
        if "moved_by_force" not in reasons:  # a mover a otro estado": high, "violence" only)
            reasons.append("moved_by_force")
    if "minor" in flags and "sextortion" in signals:
        score = max(score, CRITICAL_AT)  # a child whose pictures are held over her, a deadline often tonight
        if "minor_sextortion" not in reasons:
            reasons.append("minor_sextortion")
    if "minor" in flags and _WITH_A_MAN_NOW.search(norm) or ("minor" in flags or "minor_hint" in signals) and (
            "sold_for_sex" in signals and _NOW.search(norm)):
        score = max(score, CRITICAL_AT + 5)
        if "immediate_danger" not in reasons:
            reasons.insert(0, "immediate_danger")
    score = min(100, score)
    level = CRITICAL if score >= CRITICAL_AT else HIGH if score >= HIGH_AT else NORMAL
    return Assessment(level, score, tuple(reasons), frozenset(flags))


def is_missing(text: str) -> bool:
    """Someone is missing ("no llegó a dormir", "she hasn't come home"): with a child, 911 is the first call."""
    return _says("missing", normalise(text or ""))


# Triage reasons that mean danger this minute (an attack, someone shut in, a medical emergency): 911 first. A message
# can be critical for what it adds up to (a minor and a place, papers kept) without any of them.
DANGER_NOW = frozenset({"immediate_danger", "held_now", "medical", "taken_now"})
# a child a man is meeting, has been sold to or is moved by: never "watched" (the neutral pause), whoever is near
CHILD_TAKEN = frozenset({"minor_meeting", "minor_sold", "minor_moved"})


def says_danger_now(text: str, known: frozenset[str] | set[str] = frozenset()) -> bool:
    """Danger this minute in the message; `known`: the conversation's flags (pills taken after the wish to die)."""
    norm = normalise(text or "")
    if any(_says(name, norm) for name in DANGER_NOW):
        return True
    if "self_harm" in known and overdose_told(norm, known):
        return True  # "its too late i already took a bunch of my moms pills… i just feel sleepy" (the intake began)
    now_with_a_man = _WITH_A_MAN_NOW.search(norm) or _NOW.search(norm) and _says("sold_for_sex", norm)
    return bool(now_with_a_man and {"minor", "minor_hint"} & _signals(norm))


def overdose_told(text: str, known: frozenset[str] | set[str] = frozenset()) -> bool:
    """Pills or a drug taken: said as such ("i took a bunch of my moms pills", "overdose"), or, once the wish to die was
    told (`known` holds "self_harm"), in other words ("i took a few already", "im getting really dizzy")."""
    norm = normalise(text or "")
    return bool(_PILLS_TAKEN.search(norm) or "self_harm" in known and _TOOK_THEM.search(norm))


def says_medical(text: str) -> bool:
    """Someone hurt or unwell now ("shes breathing weird", "she not waking up", "il saigne")."""
    return _says("medical", normalise(text or ""))


def says_self_harm(text: str) -> bool:
    """ "i want to kill myself", "quiero morirme": the 988 line each time it is said, not only with the call for a
    person."""
    return _says("self_harm", normalise(text or ""))


def not_own_phone(text: str) -> bool:
    """ "escribo del cel de mi patrona", "this isnt my phone", "no me manden nada despues" """
    return bool(_NOT_OWN_PHONE.search(normalise(text or "")))


def phone_checked(text: str) -> bool:
    """ "my roommate checks my phone", "mi esposo revisa mi cel": someone reads this phone, now or at times."""
    return bool(_PHONE_CHECKED.search(_QUOTED.sub(" ", normalise(text or ""))))


def is_watched(text: str) -> bool:
    """The controller is there or reads the phone ("can't talk, he's watching me"): the person may be seen
    reading any reply, so replies stay neutral."""
    return _says("watched", _QUOTED.sub(" ", normalise(text or "")))
