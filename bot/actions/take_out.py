"""Taking one thing out of a tip before it is filed: someone else's name ("dont put her name in it", "quita a
Yesenia") or the street address ("take out the part about the address, just put houston"). The name is taken out of
every answer it appears in, as written; a name the message does not say is asked for, never guessed."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

from webhooks.reports import contact, htcds

# Asking to take something out, in the bot's languages ("borra", "quita", "tira", "enlève", "take out").
ERASE_VERB = (r"(delet\w*|eras\w*|remov\w*|wipe|take (out|off|away)|get rid of|forget|leave out|borr(?!ow)\w*"
              r"|quit\w*|sac\w*"
              r"|elimin\w*|olvid\w*|supprim\w*|effac\w*|enl[eè]v\w*|retir\w*|oubli\w*|apag\w*|exclu\w*|tir\w*"
              r"|esquec\w*)")
# The answers a name or an address can be in.
FIELDS = ("tip_what", "tip_where", "tip_when", "tip_who", "tip_control", "tip_more")
REMOVED = {"en": "(name taken out)", "es": "(nombre quitado)", "pt": "(nome retirado)", "fr": "(nom retiré)"}
ADDRESS_REMOVED = {"en": "(address taken out)", "es": "(dirección quitada)", "pt": "(endereço retirado)",
                   "fr": "(adresse retirée)"}

# Words that are never a name, in the bot's languages: what a request to take a name out is made of.
_NOT_A_NAME = frozenset("""
a an the and or of in on at to for from with by is it its it's this that my her his their our your me him them she he
they we you i not no dont don't do please pls just only out off take remove delete erase leave put keep use include
name names report tip story part anything anywhere there here about what said wrote told mention mentioned write
boss owner manager guy lady man woman girl boy friend coworker uncle aunt cousin sister brother neighbor neighbour
family agency company van car house
patron patrona jefe jefa dueno duena encargado encargada senor senora amiga amigo comadre prima primo hermana hermano
el la los las lo un una unos unas y o de del en con por para que su sus mi mis tu no nada pongas pon ponga quita quitar
quites borra borrar borres elimina eliminar saca sacar nombre nombres ella el ellos ellas favor xfa porfa porfavor
denuncia reporte parte nomas solo se llama es son esta
patrao patroa chefe dono dona gerente cunhada cunhado sobrinha sobrinho tia tio irma irmao vizinha vizinho colega
cunada cunado sobrina sobrino vecina vecino companera companero esposo esposa novio novia namorado namorada
o a os as um uma e de do da dos das em no na com por pra para que seu sua meu minha nao tira tirar apaga apagar coloca
coloque bota nome nomes dela dele deles delas favor relato denuncia so
le les un une et ou du des dans sur avec pour que son sa ses mon ma ne pas mets mettez enleve enlever efface effacer
retire retirer nom noms elle il rapport
boat barco bateau navio empresa negocio business restaurant restaurante loja tienda store shop salon salao hotel motel
fazenda rancho farm firma entreprise agencia agence ship
""".split())
# the name of a thing: "tira o nome do barco", "remove the name of the company", "quita el nombre de la empresa"
_NAME_OF_A_THING = re.compile(r"\b(name|nombre|nome|nom)\s+(of|de|do|da|del|du|des)\s+(the\s+|o\s+|a\s+|el\s+|la\s+"
                              r"|le\s+|l')?(?P<thing>boat|barco|bateau|navio|empresa|negocio|business|company|restaurant"
                              r"|restaurante|loja|tienda|store|shop|salon|salao|hotel|motel|fazenda|rancho|farm|firma"
                              r"|entreprise|agencia|agence|agency|ship)\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ANSWER_LEAD = re.compile(r"^\W*(her|his|their|the|su|el|o|a|son|sa)?\s*(name|nombre|nome|nom)?\s*(is|es|e|é|est|era"
                          r"|was)?\s*(called|se llama|se chama|s'appelle)?\s*[:,-]?\s*", re.IGNORECASE)
_ADDRESS = re.compile(r"\b\d{1,6}\s+([^\W\d_]+\.?\s+){0,3}(st|street|ave|avenue|av|blvd|boulevard|rd|road|dr|drive|ln"
                      r"|lane|way|ct|court|pl|place|pkwy|hwy|highway)\b\.?"
                      r"|\b(calle|avenida|av|rua|rue|avenue)\s+([^\W\d_]+\s+){0,3}#?\s*\d{1,6}\b"
                      r"|\b(calle|avenida|rua)\s+[^\W\d_]+(\s+[^\W\d_]+){0,2}", re.IGNORECASE)
# "nomas pon houston", "just put houston", "só coloca orlando": what the place should say instead
_JUST_PUT = re.compile(r"\b(just|only|solo|nomas|nada mas|so|seulement|juste)\s+(put|say|write|leave|pon|ponle|deja"
                       r"|escribe|coloca|poe|bota|deixa|escreve|mets|mettez|ecris|ecrivez)\s+(.+)$", re.IGNORECASE)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def _pattern(name: str, then: str = "") -> re.Pattern:
    """The name as a whole phrase, any case, with or without its accents ("lopez" finds "López"); `then`: what may
    follow it as part of the match."""
    # (not inside a hyphenated name: "Jean-Baptiste" taken out left "saint-(nom retiré)-sur-richelieu")
    return re.compile(r"(?<![^\W_])(?<![^\W_]-)" + r"\W+".join(_as_written(w) for w in name.split()) + then
                      + r"(?![^\W_])(?!-[^\W\d_])", re.IGNORECASE)


def _said(fields: dict[str, Any]) -> str:
    return _plain(" \n ".join(v for v in (fields.get(f) for f in FIELDS) if isinstance(v, str)))


# before a name in a story: "my friend maria", "el dueño ramiro", "a girl named ana"
_RELATION = (
    r"(friend|amiga|amigo|comadre|compadre|cunada|cunado|cunhada|cunhado|sobrinha|sobrinho|cousin|prima|primo"
    r"|sister|hermana|irma|brother|hermano|irmao|neighbou?r|vecina|vecino|vizinha|vizinho|coworker|companera|companero|colega|roommate|tia|tio|aunt|uncle|niece|nephew|sobrina|sobrino"
    r"|daughter|son|hija|hijo|filha|filho|named|called|llama|llamada|llamado|chama|chamada|chamado|nommee|appelle|girl"
    r"|chica|muchacha|menina|moca|lady|senora|woman|mujer|mulher|boss|patron|jefe|chefe|dueno|dono|owner|manager"
    r"|encargado|encargada|senor|mr|mrs|ms|miss|don|dona|wife|husband|esposa|esposo|boyfriend|girlfriend|novio|novia"
    r"|namorado|namorada)")
_BEFORE_A_NAME = re.compile(r"\b" + _RELATION + r"\W+$")


def name_in(text: str, fields: dict[str, Any], said_as_a_name: bool = True,
            not_names: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The name the message names that the answers hold ("remove ana ruiz from the report" with "my friend Ana Ruiz
    works…"): the longest run of its words, none of them a word of the request itself. Unless the message says it is
    a name (`said_as_a_name`), one word counts only where the story has it as one ("my friend maria"): "remove the van"
    is not a name. None when there is none."""
    thing = _NAME_OF_A_THING.search(_plain(text))
    if thing:
        # "tira o nome do barco" with "num barco de pesca, o Santa Rita": the boat's name, not the word "barco" (it
        # was taken out everywhere, and "Santa Rita" stayed)
        told = " ".join(str(v) for v in fields.values() if isinstance(v, str))
        named = re.search(rf"\b{thing.group('thing')}\b[^.!?]{{0,25}}?\b((?:[A-ZÀ-Ý][\w'’-]+\s?){{1,3}})", told)
        if named:
            return named.group(1).strip()
    words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(_plain(text))]
    said = _said(fields)
    runs: list[str] = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if any(w in _NOT_A_NAME or len(w) < 2 or _everyday(w) for w in run) or " ".join(run) in not_names:
                continue  # (nor the city: "quita lo de la direccion, nomas pon houston" took Houston out as a name)
            phrase = " ".join(run)
            at = _pattern(phrase).search(said)
            if at and (said_as_a_name or size > 1 or _BEFORE_A_NAME.search(said, 0, at.start())):
                runs.append(phrase)
        if runs:
            return runs[0]
    return None


def names_told(fields: dict[str, Any]) -> list[str]:
    """The names the answers give people ("mi comadre Yesenia Morales", "a woman named Denise"), each once."""
    said = _said(fields)
    names: list[str] = []
    for match in re.finditer(r"\b" + _RELATION + r"\W+(?=([^\W\d_]{2,}))", said):
        name = match.group(match.lastindex)
        if name not in _NOT_A_NAME and name not in names and not re.fullmatch(_RELATION, name) and not _a_verb(
                name) and not _everyday(name):
            names.append(name)
    return names


@cache
def _everyday(word: str) -> bool:
    """One of the commonest words of the bot's languages ("pero", "si", "ya", "but", "ela"), never taken for a name
    ("no pongas el nombre de mi prima" after "mi prima, pero…" took "pero" out of the story, and said it was done)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(word, lang) for lang in ("en", "es", "pt", "fr")) > 5.5


def _a_verb(word: str) -> bool:
    """"cleans" in "my friend cleans houses", "trabaja" in "mi amiga trabaja": a common word, not a name."""
    import wordfreq

    if word.endswith("s") and wordfreq.zipf_frequency(word[:-1], "en", wordlist="small") >= 3.0:
        return True
    return word in _VERBS_AFTER_A_PERSON


_VERBS_AFTER_A_PERSON = frozenset("""
works worked cleans lives lived has had was is said says told keeps trabaja trabajaba limpia vive vivia tiene tenia
esta estaba dijo dice cuida trabalha trabalhava limpa mora morava tem tinha estava disse diz travaille habite dit
avait etait
""".split())


def answer_as_name(text: str) -> str:
    """What the person wrote when asked which name: "her name is Maria Lopez" is "maria lopez"."""
    return _ANSWER_LEAD.sub("", text.strip()).strip(" .!?\"'")


_ACCENTED = {"a": "aáàâãä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôõö", "u": "uúùûü", "n": "nñ", "c": "cç"}


def _as_written(word: str) -> str:
    """A word of the name, matching it with or without its accents ("lopez" finds "López")."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in _plain(word))


# the surnames most often written after a first name in tips ("maria lopez"), lower case or not
_SURNAMES = frozenset("""
lopez garcia rodriguez martinez hernandez gonzalez perez sanchez ramirez torres flores rivera gomez diaz reyes morales
cruz ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez vasquez vazquez romero herrera medina aguilar
moreno vargas castro guzman fernandez juarez salazar silva santos souza sousa oliveira pereira costa ferreira almeida
lima carvalho rocha ribeiro alves gomes martins araujo barbosa nguyen tran le pham smith johnson williams brown jones
miller davis wilson anderson taylor thomas moore jackson white harris martin thompson lee clark lewis walker hall
""".split())


def _surname(word: str, language: str) -> bool:
    """A word written right after a first name is its surname: capitalised, a common surname, or a word rare in both
    English and the conversation's language ("yesenia lopez trabaja": lopez; "maria works": not works)."""
    import wordfreq

    plain = _plain(word)
    if plain in _NOT_A_NAME:
        return False
    if word[:1].isupper() or plain in _SURNAMES:
        return True
    return max(wordfreq.zipf_frequency(plain, code, wordlist="small") for code in {"en", language}) < 3.0


def without_name(name: str, fields: dict[str, Any], language: str) -> dict[str, Any]:
    """The answers that hold the name, with it taken out (a capitalised surname written right after it, too)."""
    found = _pattern(name, then=r"(\s+[^\W\d_]+)?")
    # and each of its words alone ("just maria, shes 40" after "my friend Maria Lopez")
    alone = [_pattern(w) for w in name.split() if len(w) > 2 and _plain(w) not in _NOT_A_NAME]
    removed = REMOVED.get(language, REMOVED["en"])
    changed = {}
    for field in FIELDS:
        value = fields.get(field)
        if not isinstance(value, str):
            continue
        new = found.sub(lambda m: removed + (m.group(1) if m.group(1) and not _surname(m.group(1).strip(), language)
                                             else ""), value)
        for word in alone:
            new = word.sub(removed, new)
        if new != value:
            changed[field] = new
    return changed


def without_address(text: str, fields: dict[str, Any], facts: dict[str, Any], language: str) -> dict[str, Any]:
    """The street address out of every answer; the place becomes what the person said to put instead ("nomas pon
    houston"), or the city and state known, or what is left of it, or unknown."""
    removed = ADDRESS_REMOVED.get(language, ADDRESS_REMOVED["en"])
    changed = {}
    for field in FIELDS:
        value = fields.get(field)
        if isinstance(value, str) and field != "tip_where" and _ADDRESS.search(value):
            changed[field] = _ADDRESS.sub(removed, value)
    instead = _JUST_PUT.search(text)
    where = fields.get("tip_where")
    kept = re.sub(r"\s{2,}", " ", _ADDRESS.sub("", where)).strip(" ,/") if isinstance(where, str) else ""
    city_state = ", ".join(v for v in (facts.get("city"), facts.get("state")) if v)
    changed["tip_where"] = (instead.group(3).strip(" .!") if instead else city_state or kept or "unknown")
    return changed


# What a request to take a part out is made of besides the part itself ("remove the part about the van", "quita lo de
# q no tenemos papeles porfa", "tira essa parte q eu nao tenho documento, nao quero isso escrito")
_NOT_THE_PART = (_NOT_A_NAME - frozenset("""boss owner manager guy lady man woman girl boy friend coworker uncle aunt
cousin sister brother neighbor neighbour family agency company van car house patron patrona jefe jefa dueno duena
encargado encargada senor senora amiga amigo comadre prima primo hermana hermano patrao patroa chefe dono dona gerente
cunhada cunhado sobrinha sobrinho tia tio irma irmao vizinha vizinho colega cunada cunado sobrina sobrino vecina vecino
companera companero esposo esposa novio novia namorado namorada""".split())) | frozenset("""
thing things stuff bit bits detail details sentence line lines said wrote told thats it's that's also pls plz really
want wanna know someone saw see written down any more anymore
q esa ese eso esto esta parte lo cosa cosas dije escribi puse escrito quiero quieres mas ya porfavor tambien
isso essa esse isto parte coisa coisas disse falei escrevi escrito quero mais ja tambem eu
ca cette ce chose choses partie dit ecrit veux plus aussi je
i no not nao ne pas tenho tengo""".split())
# sentences, or the parts of a run-on message between commas
_CLAUSE = re.compile(r"[^.!?;\n]+[.!?;]*")
_COMMA_PART = re.compile(r"[^,]+,*")


def _clauses(piece: str) -> list[str]:
    """The sentences of an answer; a long one (a run-on message) in its comma-separated parts."""
    found = []
    for sentence in _CLAUSE.findall(piece) or [piece]:
        parts = _COMMA_PART.findall(sentence)
        # (", also a boy maybe 15", ", y una niña": one more person or thing, a part of its own: "remove the part about
        # the boy" took "6 men" with it)
        split = len(sentence.split()) > 15 or len(parts) > 1 and all(_ONE_MORE.match(p) for p in parts[1:])
        found += parts if split else [sentence]
    return found


_ONE_MORE = re.compile(r"\s*(also|and|plus|y|e|et|tambien|también|aussi|tambem|também|mas|más|mais)\b", re.IGNORECASE)


# what follows the request and is not part of it: "…, i'm not sure about it", "… pls. keep the car"
_AFTER_THE_REQUEST = re.compile(r"[.,;!?]|\b(keep|but|pero|mas|mais|because|cause|cuz|porque|pq|parce)\b",
                                re.IGNORECASE)
# words that say which part without naming it ("the plate thing", "the number")
_VAGUE = frozenset({"thing", "things", "stuff", "number", "numbers", "cosa", "cosas", "numero", "truc", "chose",
                    "coisa"})
# a detail taken out of a description the rest of which stays: "take out the plate number pls. keep the car"
_A_DETAIL = re.compile(r"\b(keep|deja|dejale|deixa|garde|gardez)\b|\b(plate|placa|placas|matricula|license|licence"
                       r"|tag|plaque)\b", re.IGNORECASE)


def part_words(request: str) -> list[str]:
    """The words that name the part to take out, from the request ("remove the part about the van": ["van"]; "delete
    the plate thing, i'm not sure about it": ["plate"])."""
    verb = re.search(ERASE_VERB, _plain(request))
    if verb:  # the request runs to the first comma, stop or "keep…" after its verb
        end = _AFTER_THE_REQUEST.search(request, verb.end())
        request = request[:end.start()] if end else request
    words = [w for w in (_plain(w) for w in _WORD.findall(request)) if w not in _NOT_THE_PART and len(w) > 2]
    words = [w for w in words if w not in _VAGUE] or words
    words = [w for w in words if not re.fullmatch(ERASE_VERB, w)]
    return words[:4]


def _alike(a: str, b: str) -> bool:
    """The same word, or one inside the other ("migracion" and "inmigracion", "amenaza" and "amenazas")."""
    return a == b or min(len(a), len(b)) >= 6 and (a in b or b in a) or min(len(a), len(b)) >= 5 and a[:5] == b[:5]


def _holds(clause: str, words: list[str]) -> bool:
    said = [_plain(w) for w in _WORD.findall(clause)]
    return all(any(_alike(w, x) for x in said) for w in words)


def without_part(request: str, fields: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Every sentence of the answers that holds the words naming the part, taken out ("quita lo de q no tenemos
    papeles": the sentence that said so). Returns the changed answers and the text taken out ("" when nothing was)."""
    words = part_words(request)
    if not words:
        return {}, ""
    changed, taken = {}, []
    for field in FIELDS:
        value = fields.get(field)
        if not isinstance(value, str):
            continue
        kept, out_here = [], []
        for piece in value.split(" / "):
            clauses = []
            for clause in _clauses(piece):
                parts = _COMMA_PART.findall(clause)
                # a detail in a short sentence with commas: only its part that holds the words ("white honda civic,
                # plate starts with BXR" lost the car with the plate)
                held = [p for p in parts if _holds(p, words)]
                detail = _A_DETAIL.search(request) and len(parts) > 1 and held and len(held) < len(parts)
                clauses += parts if detail else [clause]
            out = [c for c in clauses if _holds(c, words)]
            out_here += [c.strip() for c in out]
            left = "".join(c for c in clauses if c not in out).strip(" ,")
            if left:
                kept.append(left)
        # (an answer taken out whole says nothing, so its question is not asked again after the read-back)
        new = " / ".join(kept) or (None if field == "tip_what" else "none")
        if new == value:
            continue
        if field == "tip_what" and len((new or "").split()) < len(value.split()) / 3:
            # most of the story would go with it (a run-on message is one sentence): nothing is taken out, and the
            # person is asked what to change ("quita lo de oaxaca" had left one sentence of the whole tip)
            return {}, ""
        changed[field] = new
        taken += out_here
    return changed, " ".join(taken)


# words people name a sign by besides its label's ("the passport thing is wrong": the label says "documents taken")
_CUES = {
    "WithholdsDocuments": ("passport", "passports", "pasaporte", "pasaportes", "passeport", "passeports", "passaporte",
                           "passaportes", "papers", "papeles", "papiers", "papeis"),
    "DebtBondage": ("debt", "owe", "owes", "deuda", "debe", "dette", "divida"),
    "TakesEarnings": ("wages", "paycheck", "sueldo", "salario", "salaire", "pago"),
    "ThreatOfLawEnforcement": ("immigration", "deport", "deported", "migra", "deportar", "immigration", "imigracao"),
    "PhysicalAbuse": ("hitting", "beating", "golpes", "golpea", "frappe", "bate"),
    "RestrictsMovement": ("locked", "encerradas", "encerrados", "enfermees", "trancadas"),
}


def signs_named(request: str, signs: list[str], language: str) -> list[str]:
    """The signs of control, of those read (`signs`), that a request to take something out names by the words the
    read-back shows them in ("en señales quita amenazas con migracion": threats of police or immigration; "i never
    said no access to his money, take that out"). The sign whose words it says most; none when it says none."""
    said = [_plain(w) for w in _WORD.findall(request)]
    labels = htcds.LABELS.get(language, htcds.LABELS["en"])
    scores = {}
    for sign in signs:
        words = [w for w in (_plain(w) for w in _WORD.findall(labels.get(sign, ""))) if len(w) >= 4
                 and w not in _NOT_THE_PART] + list(_CUES.get(sign, ()))
        hits = sum(any(_alike(w, x) for x in said) for w in words)
        if hits:  # ("remove drugs": one word of "drugs or alcohol given" is enough; it offered to erase the chat)
            scores[sign] = hits
    best = max(scores.values(), default=0)
    return [sign for sign, hits in scores.items() if hits == best]


# The person's own name and number, as they told them in the tip ("My name is Linda Park and I manage…", "mi numero
# es 210 555 3377"): taken out of every answer with the contact details ("take my name out" had left both there).
_OWN_NAME_SAID = re.compile(
    r"\b(my name is|my name's|i'?m called|me llamo|mi nombre es|je m'appelle|mon nom (est|c'est)|meu nome (e|é)"
    r"|me chamo|name is|name's|nombre:?|name:?"
    # "moi c jade mais mettez pas mon nom", "c'est moi, Rosalie" (the name stayed after "enlevez mon nom")
    r"|moi,? c'?(?:est)?|c'?est moi,?|aqui (?:e|é|es) (?:a|o|la|el)|sou (?:a|o))\s+([^\W\d_]+(?:-[^\W\d_]+)*"
    r"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*)?)",
    re.IGNORECASE)
_OWN_NUMBER_SAID = re.compile(
    r"\b(my|mi|meu|mon)\s+(cell|phone|number|numero|número|telefono|teléfono|cel|celular|telefone|portable|email"
    r"|e-mail|correo|mail)\b(?:\s*(?:is|es|est|e|é|c'?est|:|=|-)\s*)?\s*|\b(call|text|reach) me (at|on)\s+"
    r"|\b(llamame|escribeme|ligue|liga) (al|pro|para o)\s+|\bme (pueden|puedes) (llamar|escribir|marcar) al\s+",
    re.IGNORECASE)
_OWN_HANDLE_SAID = re.compile(r"\b(my|mi|mon|ma|meu|minha)\s+(snap(chat)?|ig|insta(gram)?|tiktok|fb|facebook|telegram"
                              r"|kik|discord|twitter)\b(?:[^.!?]|\.(?=\w)){0,40}", re.IGNORECASE)
CONTACT_REMOVED = {"en": "(contact taken out)", "es": "(contacto quitado)", "pt": "(contato retirado)",
                   "fr": "(coordonnées retirées)"}


# "im Keisha btw", "Hi, I'm Mr. Okafor", "soy Carmen": a capitalised name after "I'm" (as written: "im scared" is not)
_IM_NAMED = re.compile(r"\b(?:[Ii]'?m|I am|[Ss]oy|[Jj]e suis|[Ee]u sou)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sra?"
                       r"|Srta|Dona|Don)\.?\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)")


# capitalised words after "I'm" that are not names ("I'm Fine", "Soy Mexicana", "I'm Here")
_COMMON_AFTER_IM = frozenset("""fine ok okay good here there scared afraid sorry not so just still safe home back
alone sure new from the a an in at with mexicana mexicano hondurena hondureno guatemalteca guatemalteco salvadorena
salvadoreno venezolana venezolano cubana cubano brasileira brasileiro haitian haitienne the nurse teacher neighbor
manager mom mother dad father worried calling writing texting asking reporting trying tired confused""".split())


def _own_names(fields: dict[str, Any], contact_text: str | None) -> list[str]:
    names = []
    for text in [*(fields.get(f) for f in FIELDS), contact_text]:
        for m in _IM_NAMED.finditer(text if isinstance(text, str) else ""):
            words = [w for w in m.group(1).split() if _plain(w).rstrip(".") not in _NOT_A_NAME]
            if words and _plain(words[-1]).rstrip(".") not in _COMMON_AFTER_IM and " ".join(words) not in names:
                names.append(" ".join(words))
        for m in _OWN_NAME_SAID.finditer(text if isinstance(text, str) else ""):
            words = []
            for word in m.group(m.lastindex).split():
                if _plain(word) in _NOT_A_NAME or _a_verb(word):
                    break
                words.append(word)
            if words and " ".join(words) not in names:
                names.append(" ".join(words))
    return names


def own_contact_scrubber(fields: dict[str, Any], contact_text: str | None, language: str,
                         name_only: bool = False) -> Callable[[str], str]:
    """What takes the person's own name out of a text (said as "my name is…"), and, unless `name_only`, the
    numbers and emails they gave as theirs: those of the contact answer, and any said as "my number…" (a number
    said of someone else, "the guy's number is…", is part of the tip and stays)."""
    names = [(_pattern(name, then=r"(\s+[^\W\d_]+)?"), [_pattern(w) for w in name.split() if len(w) > 2
                                                         and _plain(w) not in _NOT_A_NAME])
             for name in _own_names(fields, contact_text)]
    mine: set[str] = set()
    if not name_only:
        mine = set(contact.numbers_and_emails(contact_text)) | set(contact.handles(contact_text))
        for value in (fields.get(f) for f in FIELDS):
            # "my snap is jaylaa.x but only after 10pm": the person's own handle, wherever it was told
            for said in _OWN_HANDLE_SAID.finditer(value if isinstance(value, str) else ""):
                mine.update(contact.handles(said.group(0)))
            for said in _OWN_NUMBER_SAID.finditer(value if isinstance(value, str) else ""):
                after = contact.NUMBER_OR_EMAIL.match(value, said.end())
                if after:
                    mine.add(after.group(0).strip())
    name_removed = REMOVED.get(language, REMOVED["en"])
    contact_removed = CONTACT_REMOVED.get(language, CONTACT_REMOVED["en"])

    def scrub(text: str) -> str:
        for whole, words in names:
            text = whole.sub(lambda m: name_removed + (m.group(1) if m.group(1) and not _surname(
                m.group(1).strip(), language) else ""), text)
            for word in words:
                text = word.sub(name_removed, text)
        for number in sorted(mine, key=len, reverse=True):
            text = text.replace(number, contact_removed)
        return text
    return scrub


def without_own_contact(fields: dict[str, Any], contact_text: str | None, language: str,
                        name_only: bool = False) -> dict[str, Any]:
    """The answers that held the person's own name or number (`own_contact_scrubber`), with them taken out."""
    scrub = own_contact_scrubber(fields, contact_text, language, name_only)
    scrubbed = {field: scrub(value) for field in FIELDS if isinstance(value := fields.get(field), str)}
    return {field: value for field, value in scrubbed.items() if value != fields[field]}
