"""The read-back of a tip before it is filed: short lines in the conversation's language, only for what
is known, so the person can confirm it or correct it ("no, it was Tuesday")."""
from __future__ import annotations

import re
from typing import Any

from bot.actions.intake import NONE, UNKNOWN, place_in_story
from webhooks.reports import contact, htcds
from webhooks.reports.extract import extract
from webhooks.triage.assess import normalise

LABELS = {
    "en": {"what": "What", "kind": "Kind", "where": "Where", "when": "When", "who": "Who", "signs": "Signs",
           "more": "Also", "ongoing": "still going on", "past": "not going on now", "people": "{n} people",
           "person": "1 person", "female": "{n} women", "male": "{n} men",
           "female_young": "{n} women and girls", "male_young": "{n} men and boys",
           "minor": "may include someone under 18", "ages": "ages {ages}", "age": "age {ages}", "contact": "Contact",
           "this number": "this number"},
    "es": {"what": "Qué", "kind": "Tipo", "where": "Dónde", "when": "Cuándo", "who": "Quiénes", "signs": "Señales",
           "more": "Además", "ongoing": "sigue pasando", "past": "ya no está pasando", "people": "{n} personas",
           "person": "1 persona", "female": "{n} mujeres", "male": "{n} hombres",
           "female_young": "{n} mujeres y chicas", "male_young": "{n} hombres y chicos",
           "minor": "puede haber menores de 18", "ages": "edades {ages}", "age": "edad {ages}", "contact": "Contacto",
           "this number": "este número"},
    "fr": {"what": "Quoi", "kind": "Type", "where": "Où", "when": "Quand", "who": "Qui", "signs": "Signes",
           "more": "Aussi", "ongoing": "ça continue", "past": "c'est terminé", "people": "{n} personnes",
           "person": "1 personne", "female": "{n} femmes", "male": "{n} hommes",
           "female_young": "{n} femmes et filles", "male_young": "{n} hommes et garçons",
           "minor": "peut-être des mineurs", "ages": "âges {ages}", "age": "âge {ages}", "contact": "Contact",
           "this number": "ce numéro"},
    "pt": {"what": "O quê", "kind": "Tipo", "where": "Onde", "when": "Quando", "who": "Quem", "signs": "Sinais",
           "more": "Também", "ongoing": "ainda acontece", "past": "não acontece mais", "people": "{n} pessoas",
           "person": "1 pessoa", "female": "{n} mulheres", "male": "{n} homens",
           "female_young": "{n} mulheres e meninas", "male_young": "{n} homens e meninos",
           "minor": "pode haver menores de 18", "ages": "idades {ages}", "age": "idade {ages}", "contact": "Contato",
           "this number": "este número"},
}
MAX_QUOTE = 140
# The extractor names places in English ("private home"); the read-back says them in the person's language.
VENUES = {
    "es": {"nail salon": "salón de uñas", "massage parlor": "local de masajes", "brothel": "prostíbulo",
           "strip club": "club de striptease", "nightclub": "club nocturno", "truck stop": "parada de camiones",
           "gas station": "gasolinera", "car wash": "autolavado", "construction site": "obra de construcción",
           "processing plant": "planta empacadora", "farm": "rancho o granja", "restaurant": "restaurante",
           "factory": "fábrica", "warehouse": "bodega", "labor camp": "campamento de trabajo", "boat": "barco",
           "store": "tienda", "laundromat": "lavandería",
           "street": "la calle", "online": "internet", "private home": "casa particular"},
    "fr": {"nail salon": "salon de manucure", "massage parlor": "salon de massage", "brothel": "maison close",
           "strip club": "club de strip-tease", "nightclub": "boîte de nuit", "truck stop": "relais routier",
           "gas station": "station-service", "car wash": "lave-auto", "construction site": "chantier",
           "processing plant": "usine de transformation", "farm": "ferme", "hotel": "hôtel", "factory": "usine",
           "warehouse": "entrepôt", "labor camp": "camp de travail", "boat": "bateau", "store": "magasin",
           "laundromat": "laverie", "street": "la rue", "online": "en ligne", "private home": "maison privée"},
    "pt": {"nail salon": "salão de unhas", "massage parlor": "casa de massagem", "brothel": "bordel",
           "strip club": "clube de strip", "nightclub": "boate", "truck stop": "parada de caminhões",
           "gas station": "posto de gasolina", "car wash": "lava-jato", "construction site": "obra",
           "processing plant": "frigorífico ou fábrica de alimentos", "farm": "fazenda", "restaurant": "restaurante",
           "factory": "fábrica", "warehouse": "armazém", "labor camp": "alojamento de trabalho", "boat": "barco",
           "store": "loja", "laundromat": "lavanderia",
           "street": "rua", "online": "internet", "private home": "casa particular"},
}

# Where a tip abroad happens, named in the read-back's language (en | es | fr | pt), not as the report's code.
COUNTRIES = {code: dict(zip(("en", "es", "fr", "pt"), names.split("|"), strict=True)) for code, names in (
    line.strip().split(" ", 1) for line in """MX Mexico|México|Mexique|México
    GT Guatemala|Guatemala|Guatemala|Guatemala
    HN Honduras|Honduras|Honduras|Honduras
    SV El Salvador|El Salvador|Salvador|El Salvador
    NI Nicaragua|Nicaragua|Nicaragua|Nicarágua
    CR Costa Rica|Costa Rica|Costa Rica|Costa Rica
    PA Panama|Panamá|Panama|Panamá
    BZ Belize|Belice|Belize|Belize
    CU Cuba|Cuba|Cuba|Cuba
    DO the Dominican Republic|República Dominicana|République dominicaine|República Dominicana
    HT Haiti|Haití|Haïti|Haiti
    JM Jamaica|Jamaica|Jamaïque|Jamaica
    PR Puerto Rico|Puerto Rico|Porto Rico|Porto Rico
    CO Colombia|Colombia|Colombie|Colômbia
    VE Venezuela|Venezuela|Venezuela|Venezuela
    EC Ecuador|Ecuador|Équateur|Equador
    PE Peru|Perú|Pérou|Peru
    BO Bolivia|Bolivia|Bolivie|Bolívia
    CL Chile|Chile|Chili|Chile
    AR Argentina|Argentina|Argentine|Argentina
    BR Brazil|Brasil|Brésil|Brasil
    PY Paraguay|Paraguay|Paraguay|Paraguai
    UY Uruguay|Uruguay|Uruguay|Uruguai
    CN China|China|Chine|China
    PH the Philippines|Filipinas|Philippines|Filipinas
    VN Vietnam|Vietnam|Viêt Nam|Vietnã
    TH Thailand|Tailandia|Thaïlande|Tailândia
    ID Indonesia|Indonesia|Indonésie|Indonésia
    IN India|India|Inde|Índia
    NP Nepal|Nepal|Népal|Nepal
    BD Bangladesh|Bangladés|Bangladesh|Bangladesh
    PK Pakistan|Pakistán|Pakistan|Paquistão
    KR South Korea|Corea del Sur|Corée du Sud|Coreia do Sul
    JP Japan|Japón|Japon|Japão
    NG Nigeria|Nigeria|Nigeria|Nigéria
    GH Ghana|Ghana|Ghana|Gana
    KE Kenya|Kenia|Kenya|Quênia
    ET Ethiopia|Etiopía|Éthiopie|Etiópia
    UG Uganda|Uganda|Ouganda|Uganda
    CM Cameroon|Camerún|Cameroun|Camarões
    SN Senegal|Senegal|Sénégal|Senegal
    RU Russia|Rusia|Russie|Rússia
    UA Ukraine|Ucrania|Ukraine|Ucrânia
    RO Romania|Rumania|Roumanie|Romênia
    MD Moldova|Moldavia|Moldavie|Moldávia
    CA Canada|Canadá|Canada|Canadá
    ES Spain|España|Espagne|Espanha
    PT Portugal|Portugal|Portugal|Portugal
    FR France|Francia|France|França
    MA Morocco|Marruecos|Maroc|Marrocos
    EG Egypt|Egipto|Égypte|Egito
    ER Eritrea|Eritrea|Érythrée|Eritreia
    SL Sierra Leone|Sierra Leona|Sierra Leone|Serra Leoa
    TW Taiwan|Taiwán|Taïwan|Taiwan
    UZ Uzbekistan|Uzbekistán|Ouzbékistan|Uzbequistão
    SA Saudi Arabia|Arabia Saudita|Arabie saoudite|Arábia Saudita
    AE the United Arab Emirates|Emiratos Árabes Unidos|Émirats arabes unis|Emirados Árabes Unidos
    QA Qatar|Catar|Qatar|Catar
    KW Kuwait|Kuwait|Koweït|Kuwait
    OM Oman|Omán|Oman|Omã
    BH Bahrain|Baréin|Bahreïn|Bahrein
    LB Lebanon|Líbano|Liban|Líbano
    MY Malaysia|Malasia|Malaisie|Malásia
    SG Singapore|Singapur|Singapour|Singapura
    HK Hong Kong|Hong Kong|Hong Kong|Hong Kong
    MM Myanmar|Myanmar|Birmanie|Mianmar
    KH Cambodia|Camboya|Cambodge|Camboja
    LK Sri Lanka|Sri Lanka|Sri Lanka|Sri Lanka
    GB the United Kingdom|Reino Unido|Royaume-Uni|Reino Unido
    DE Germany|Alemania|Allemagne|Alemanha
    IT Italy|Italia|Italie|Itália
    GR Greece|Grecia|Grèce|Grécia
    PL Poland|Polonia|Pologne|Polônia
    TR Turkey|Turquía|Turquie|Turquia""".splitlines())}


def country_name(code: str | None, language: str) -> str | None:
    names = COUNTRIES.get(code or "")
    return names.get(language, names["en"]) if names else code


def _quote(text: str) -> str:
    """What was told, whole when short; a long answer as its beginning and its end, cut between words (it was cut at
    140 characters, and what was added last, "…and my phone", was never read back)."""
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE:
        return text
    head = text[:MAX_QUOTE * 2 // 3].rsplit(" ", 1)[0].rstrip(" ,;.")
    tail = text[-(MAX_QUOTE // 3):]
    tail = tail.split(" ", 1)[1] if " " in tail else tail
    return f"{head} … {tail}"


def _given(value: Any) -> bool:
    return value not in (None, "", UNKNOWN, NONE)


def place_of(facts: dict[str, Any], language: str = "en") -> str | None:
    venue = facts.get("venue")
    # a country beside a US city or state is where people came from ("muchachas de Honduras"), not the place
    abroad = facts.get("country") not in (None, "US") and not (facts.get("city") or facts.get("state"))
    parts = [VENUES.get(language, {}).get(venue, venue), facts.get("city"), facts.get("state"),
             country_name(facts.get("country"), language) if abroad else None]
    return ", ".join(p for p in parts if p) or None


def _with_city(where: str, facts: dict[str, Any]) -> str:
    """The place as told ("nail salon"), with the city and state told elsewhere ("…in Plano TX" to another question)
    when it does not name them: the read-back showed only "nail salon"."""
    city, state, said = facts.get("city"), facts.get("state"), normalise(where)
    if not city:
        return where
    short = said.strip(" .,!")
    initials = "".join(w[0] for w in normalise(city).split()) if " " in city else None
    if short and (short in normalise(city).split(" ", 1)[-1] or short == initials
                  or len(short.split()) <= 2 and normalise(city) not in said and extract(where).city == city):
        # the city's short name alone: "vegas" read back as "Las Vegas, NV" (it was "vegas, Las Vegas, NV"), "in LA" as
        # "Los Angeles, CA" (it was "in LA, Los Angeles, CA"; "la" alone, the city told elsewhere), "philly" as
        # "Philadelphia, PA"
        where = city
        said = normalise(city)
    if normalise(city) in said:
        # "Tampa, on Dale Mabry" read back as "Tampa, FL, on Dale Mabry" when the state was told elsewhere or not
        # at all; "Tijuana" stays as it is
        named = re.search(rf"\b{re.escape(city)}\b", where, re.IGNORECASE)
        if named:  # "fort worth" read back as "Fort Worth"
            where = f"{where[:named.start()]}{city}{where[named.end():]}"
            named = re.search(rf"\b{re.escape(city)}\b", where)
            told = _state_after(where[named.end():], state) if state and state != "MX" else None
            if told is not None:  # "san jose ca", "dayton ohio": "San Jose, CA", "Dayton, OH" (not "San Jose, CA ca")
                return f"{where[:named.end()]}, {state}{told}"
        if not state or state == "MX" or extract(where).state_said:
            return where
        return f"{where[:named.end()]}, {state}{where[named.end():]}" if named else f"{where}, {state}"
    return ", ".join([where, city, *([state] if state and normalise(state) not in said else [])])


def _state_after(tail: str, state: str) -> str | None:
    """What follows the state named right after the city ("ca, near the airport" for CA: ", near the airport");
    None when the words after the city do not name that state."""
    rest = tail.lstrip(" ,")
    for n in (1, 2, 3):
        words = re.match(rf"(?:[^\s,.;]+\s+){{{n - 1}}}[^\s,.;]+", rest)
        if not words:
            continue
        word, after = words.group(0), rest[words.end():]
        if word.lower() == state.lower() and (not after.strip() or after.startswith((",", ".", ";"))):
            return after  # "ca", "ma," ("in" after Indianapolis, going on, is not Indiana)
        if len(word) > 2 and extract(word).state == state:
            return after  # "florida", "new york"
    return None


def _read_already(answer: str, told: str) -> bool:
    """A long answer that is, word for word, part of what is read back already."""
    said = normalise(answer).strip(" .,;")
    return len(said) > 60 and said in told


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
    where = slots.get("tip_where") if _given(slots.get("tip_where")) else ", ".join(
        p for p in (place_in_story(slots), place_of(facts, language)) if p) or None
    if where:
        lines.append(("where", _quote(_with_city(where, facts))))
    # an answer that is a whole message read back already (the story told all at once filled What, When and Who with
    # it, and the read-back showed it three times): When and Who as read from it instead
    told = " / ".join(normalise(str(slots.get(k) or "")) for k in ("tip_what", "tip_where"))
    if _given(slots.get("tip_when")) and not _read_already(slots["tip_when"], told):
        lines.append(("when", _quote(slots["tip_when"])))
    elif facts.get("ongoing") is not None:
        lines.append(("when", words["ongoing"] if facts["ongoing"] else words["past"]))
    if _given(slots.get("tip_who")) and not _read_already(slots["tip_who"], told + " / " + normalise(str(
            slots.get("tip_when") or ""))):
        lines.append(("who", _quote(slots["tip_who"])))
    else:
        who = []
        if facts.get("people_count"):
            n, gender = facts["people_count"], facts.get("gender")
            low = facts.get("people_min")
            said = f"{low}–{n}" if low and low < n else n  # "3 or 4 girls" is read back as "3–4 women", not "4"
            # (it read "1 people"); with a minor among them, not "5 women" for a girl of 17 and four women
            young = any(a < 18 for a in facts.get("ages") or ())  # (a minor only guessed is said after: "may include")
            label = (gender + ("_young" if young else "")) if gender in ("female", "male") else "people"
            who.append(words["person"] if said == 1 else words[label].format(n=said))
        if facts.get("ages"):
            label = "ages" if len(facts["ages"]) > 1 else "age"  # "edad 50", not "edades 50"
            who.append(words[label].format(ages=", ".join(str(a) for a in facts["ages"])))
        if facts.get("minor") and not any(a < 18 for a in facts.get("ages") or ()):
            who.append(words["minor"])  # (not "may include someone under 18" after "age 15": that says it)
        if who:
            lines.append(("who", ", ".join(who)))
    means = facts.get("means_of_control") or []
    if means:
        signs = ", ".join(htcds.label(m, language) for m in means)
        told = slots.get("tip_control")
        if _given(told) and set(extract(told, language).means_of_control) <= {"Other"}:
            # the answer to the signs question names none of them: read back in the person's words too ("they never
            # talk to customers and a man picks them up in a van" was dropped for "Signs: very long hours")
            signs = f"{signs}; {_quote(told)}"
        lines.append(("signs", signs))
    elif _given(slots.get("tip_control")):
        lines.append(("signs", _quote(slots["tip_control"])))
    if _given(slots.get("tip_more")):
        lines.append(("more", _quote(slots["tip_more"])))
    if _given(slots.get("contact")) and slots.get("privacy_level") in ("share", "confidential"):
        # how the team may reach them, read back with the rest: the person sees what will be kept
        _, said = contact.read(slots["contact"])
        lines.append(("contact", _quote(said) if said else words["this number"]))
    colon = " :" if language == "fr" else ":"  # French puts a space before the colon ("Quoi : …")
    return "\n".join(f"{words[key]}{colon} {value}" for key, value in lines)
