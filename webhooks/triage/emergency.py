"""The emergency numbers, and the services, a reply gives for where the person is.

The line's texts say 911 for danger and 988 for someone who might hurt themselves: right in the United States,
Canada and Mexico. A person who says they are somewhere else ("je suis en France", "moro aqui no Brasil", "we're
in the UK") gets that country's numbers in every later reply of the conversation, and the line stays the same in
every other way. Only where the person says *they* are counts: a country named for where someone came from or where
money goes ("she came from Brazil", "he sends it to Mexico") changes nothing.

Texting 911 works in much of the United States only: anywhere else a person is told to call, never to text (Canada's
text service is for registered deaf and hard-of-hearing people, and Europe's mostly needs registration too): someone
hiding would wait for an answer that never comes. In Canada, the US services the texts name (immigration enforcement,
the labour department, the domestic violence, missing children and child exploitation lines) become Canada's.

The conversation remembers the place as a triage flag ("in:FR"); `localise` is applied to every reply the bot or the
gateway sends (webhooks/conversations/pipeline.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Numbers:
    call: str  # police / emergency
    crisis: str | None = None  # for self-harm; None: the call number


# Countries a person may say they are in, and how to reach help there. 911 countries are listed so that saying
# "estoy en Mexico" after "je suis en France" takes the French numbers back.
NUMBERS: dict[str, Numbers] = {
    "US": Numbers("911", crisis="988"), "CA": Numbers("911", crisis="988"), "MX": Numbers("911", crisis="800 911 2000"),
    "PR": Numbers("911", crisis="988"),
    "FR": Numbers("112", crisis="3114"), "BR": Numbers("190", crisis="188"), "BE": Numbers("112", crisis="0800 32 123"),
    "CH": Numbers("112", crisis="143"),
    "PT": Numbers("112"), "ES": Numbers("112", crisis="024"), "GB": Numbers("999", crisis="116 123"),
    "DE": Numbers("112"), "IT": Numbers("112"), "GR": Numbers("112"), "PL": Numbers("112"), "RO": Numbers("112"),
    "MD": Numbers("112"), "UA": Numbers("112"), "TR": Numbers("112"), "RU": Numbers("112"),
    "HT": Numbers("114"), "CO": Numbers("123"), "PE": Numbers("105"), "CL": Numbers("133"), "CU": Numbers("106"),
    "JM": Numbers("119"), "IN": Numbers("112"), "KR": Numbers("112"), "JP": Numbers("110"), "CN": Numbers("110"),
    "SV": Numbers("911"), "HN": Numbers("911"), "GT": Numbers("110"), "DO": Numbers("911"), "CR": Numbers("911"),
    "PA": Numbers("911"), "EC": Numbers("911"), "AR": Numbers("911"), "NI": Numbers("118"),
    "PH": Numbers("911"), "TH": Numbers("191"), "VN": Numbers("113"), "NG": Numbers("112"), "KE": Numbers("999"),
    "AE": Numbers("999"), "QA": Numbers("999"), "HK": Numbers("999"), "SG": Numbers("999"), "MY": Numbers("999"),
}
_US = NUMBERS["US"]

# How each country is written after "in"/"en"/"no" (accents off, lower case).
_NAMES = {
    "US": "the us|the usa|us|usa|united states|the united states|estados unidos|eeuu|etats unis|les etats unis|eua"
          "|estados unidos",
    "CA": "canada|le canada|ontario|quebec|le quebec|alberta|british columbia|colombie britannique"
          "|la colombie britannique|manitoba|saskatchewan|nova scotia|nouvelle ecosse|la nouvelle ecosse|new brunswick"
          "|nouveau brunswick|le nouveau brunswick",
    "MX": "mexico|mejico|le mexique|mexique", "PR": "puerto rico|porto rico",
    "BE": "belgique|la belgique|belgium|belgica|belgie", "CH": "suisse|la suisse|switzerland|suiza|suica",
    "FR": "france|francia|franca|la france", "BR": "brasil|brazil|bresil|le bresil",
    "PT": "portugal|le portugal", "ES": "espana|spain|espagne|espanha|l espagne",
    "GB": "the uk|uk|england|the united kingdom|united kingdom|angleterre|l angleterre|inglaterra"
          "|reino unido|royaume uni|le royaume uni",
    "DE": "germany|alemania|allemagne|l allemagne|alemanha", "IT": "italy|italia|italie|l italie",
    "GR": "greece|grecia|grece", "PL": "poland|polonia|pologne", "RO": "romania|rumania|roumanie|romenia",
    "MD": "moldova|moldavia|moldavie", "UA": "ukraine|ucrania|l ukraine|ucrania", "TR": "turkey|turquia|turquie",
    "RU": "russia|rusia|russie", "HT": "haiti|ayiti", "CO": "colombia|colombie", "PE": "peru|perou",
    "CL": "chile|chili", "CU": "cuba", "SV": "el salvador", "HN": "honduras", "GT": "guatemala",
    "DO": "republica dominicana|dominican republic|la republica dominicana|the dominican republic|santo domingo",
    "CR": "costa rica", "PA": "panama", "EC": "ecuador|equateur", "AR": "argentina|argentine", "NI": "nicaragua",
    "JM": "jamaica|jamaique", "IN": "india|inde", "KR": "south korea|korea|coree",
    "JP": "japan|japon|japao", "CN": "china|chine", "PH": "the philippines|philippines|filipinas",
    "TH": "thailand|tailandia|thailande", "VN": "vietnam|viet nam", "NG": "nigeria", "KE": "kenya",
    "AE": "dubai|the uae|uae|abu dhabi|the emirates", "QA": "qatar|catar", "HK": "hong kong", "SG": "singapore",
    "MY": "malaysia|malasia|malaisie",
}
# Big cities that are in one country only, named as where it happens ("to trancado… no bras em sao paulo", "devant la
# gare saint charles a marseille"): the person is most likely there.
# Cities abroad, by country: where a person says they are (the emergency number), and where a tip happens (the
# report's gazetteer, webhooks/reports/places.py, reads the same table; "recife", "braga", "marseille" were unknown, and
# "where?" was asked again and again)
CITIES_ABROAD = {
    "BR": "sao paulo|rio de janeiro|belo horizonte|brasilia|curitiba|porto alegre|recife|fortaleza|goiania|manaus"
          "|salvador|belem|copacabana|sp capital|campinas|guarulhos|florianopolis|joao pessoa|maceio|sao luis|teresina"
          "|cuiaba|osasco|boa viagem|palmares|caruaru|olinda|jaboatao|petrolina|natal|aracaju|ribeirao preto"
          "|feira de santana|contagem|betim|uberlandia|juiz de fora|londrina|joinville|sorocaba|niteroi"
          "|duque de caxias|nova iguacu|sao goncalo|sao bernardo do campo|santo andre|vitoria da conquista",
    "BE": "bruxelles|brussels|anvers|antwerp|liege|charleroi|namur|gand", "CH": "geneve|lausanne|zurich",
    "FR": "marseille|toulouse|bordeaux|lille|strasbourg|nantes|montpellier|nice|lyon|rennes|grenoble|reims|le havre"
          "|creteil|saint denis|montreuil|argenteuil|nanterre|versailles|aubervilliers|bobigny|villeurbanne|vitry sur"
          " seine|ivry sur seine|aulnay sous bois|sarcelles|rouen|toulon|saint etienne|clermont ferrand|dijon|angers"
          "|le mans|amiens|tours|limoges|perpignan|metz|besancon|orleans|mulhouse|caen|nancy|avignon",
    "ES": "madrid|barcelona|sevilla|malaga|bilbao|zaragoza|murcia|almeria|alicante|marbella|palma de mallorca",
    "MX": "guadalajara|monterrey|puebla|cancun|oaxaca|veracruz|acapulco|morelia|queretaro|culiacan|hermosillo|toluca"
          "|aguascalientes|san luis potosi|saltillo|torreon|tapachula|villahermosa|tuxtla gutierrez|zapopan",
    "CA": "toronto|montreal|calgary|edmonton|winnipeg|mississauga|brampton|gatineau|saskatoon|longueuil"
          "|sherbrooke|trois rivieres|quebec city|ville de quebec",
    "PT": "lisboa|lisbon|porto|braga|coimbra|setubal|amadora|albufeira|aveiro|leiria|funchal|sintra|cascais|almada"
          "|odemira|faro|vila nova de gaia|gaia|matosinhos|gondomar|loures|odivelas|oeiras|seixal|barreiro|queluz"
          "|carcavelos|estoril|mafra|torres vedras|evora|viseu|guimaraes|portimao|lagos|vila franca de xira|maia",
    "GB": "glasgow|edinburgh|liverpool|leeds|leicester|sheffield|nottingham|coventry|bradford"
          "|cardiff|belfast|southampton|wolverhampton|luton|stoke on trent",
}
_COUNTRY = {name: code for code, names in _NAMES.items() for name in names.split("|")}
_CITY = {name: code for code, names in CITIES_ABROAD.items() for name in names.split("|")}
_WHERE = "|".join(sorted(map(re.escape, _COUNTRY), key=len, reverse=True))
# the person, or "here": "i'm in", "we live in", "estoy aqui en", "on est en", "chui au", "moro no", "aqui no"
_I_AM = (r"i m|im|i am|we re|were|we are|i live|we live|i m living|we re living|i m stuck|we re stuck|i m still|i m"
         r" currently|i work|we work|here|estoy|estamos|vivo|vivimos|me encuentro|nos encontramos|ando|andamos"
         r"|trabajo|trabajamos|aqui|aca|je suis|jsuis|j suis|chui|chuis|on est|nous sommes|j habite|jhabite|je vis"
         r"|on vit|on habite|je travaille|on travaille|ici|je me trouve|estou|tou|to|eu to|tamo|tamos|moro|moramos"
         r"|eu moro|trabalho|trabalhamos")
_IN = r"in|en|au|aux|em|no|na|nos"
_BETWEEN = r"(?:(?:aqui|aca|ici|here|now|currently|still|ahorita|ahora|maintenant|agora|actuellement|right now) )?"
_SAID = re.compile(rf"\b(?:{_I_AM}) {_BETWEEN}(?:{_IN}) ({_WHERE})\b(?! city| beach| county| california| ca\b| oregon)"
                   # a town, then its country: "im in london uk", "estoy en tijuana mexico" (911 was given in London)
                   rf"|\b(?:{_I_AM}) {_BETWEEN}(?:{_IN}) (?!new\b|the\b|a\b|my\b|our\b)[a-z]+(?: [a-z]+)?,?"
                   rf" (?<!new )({_WHERE})\b"
                   rf"(?! city| beach| county| california| ca\b| oregon| restaurant| store| market)"
                   # "aqui é brasil", "ici c'est la france", "this is the uk"
                   rf"|\b(?:aqui e|aqui eh|aqui es|aca es|ici c ?est|here is|this is) (?:o |a |la |el |le |the )?"
                   rf"({_WHERE})\b")
# "911? aqui é sao paulo", "ici c'est marseille", "le 911 ça marche pas en France non?": where the person is
_HERE_IS_A_CITY = re.compile(r"\b(?:aqui e|aqui eh|aqui es|aca es|ici c ?est|this is|here in|aqui em|aqui en|ici a) ("
                             + "|".join(sorted(map(re.escape, _CITY), key=len, reverse=True)) + r")\b")
_911_THERE = re.compile(rf"\b(?:911|el 911|le 911|o 911)\b(?: \w+){{0,5}} (?:{_IN}) ({_WHERE})\b")
# cities said in a way no US town is: "a Paris, dans le 18e", "Paris 10e", "moro no rio", "moro no bras em sp"
# the emergency number of where they are, named in their own words: "ligo pra quem, 190?" (Brazil), "é o 112 não é?"
# (Portugal), "c'est le 112 ici non?" (France), "llamo al 112?" (Spain): 911 had been given there
_NUMBER_NAMED = (("BR", re.compile(r"\b(ligo|ligar|liguei|chamo|chamar|disca|disque|e o|pro|pra|para o|ao|quem)\W+(o )?"
                                   r"(190|193|192)\b|\b(190|193|192)\s*\?")),
                 ("PT", re.compile(r"\b(e o|ligo|ligar|liguei|chamo|chamar)( pro| para o| pra| ao| o)? 112\b")),
                 ("FR", re.compile(r"\b(le 112|le 17|le 15|le 18|le 114)\b")),
                 ("ES", re.compile(r"\b(al 112|el 112|guardia civil|policia nacional)\b")),
                 ("GB", re.compile(r"\b(call|ring|dial|phone)\W+999\b|\b999\s*\?")))
_UNMISTAKABLE = (("FR", re.compile(r"\bdans le (1er|[2-9] ?e|1\d ?e|20 ?e)\b(?! etage)"
                                   r"|\bparis (\d{1,2} ?(e|eme|er)?|\d{5})\b|\b(a|dans|sur) paris\b|\bparis,? (dans le|"
                                   r"au) \d{1,2} ?(e|eme)\b|\b(ile de france|banlieue parisienne)\b")),
                 ("BR", re.compile(r"\b(moro|to|tou|estou|aqui) (no|em|na) (rio|sp|bh|poa|sampa)\b|\bem sp\b"
                                   r"|\bno rio\b"
                                   # a town with its state's code, said in Portuguese: "um bar em Sinop MT" (Montana,
                                   # and 911, were taken)
                                   r"|\b(em|perto de|cidade de|interior de) [a-z]+( [a-z]+)? (ac|al|ap|am|ba|ce|df|es"
                                   r"|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to)\b")),
                 # a Canadian town with its province's code ("we live in surrey BC", "laval qc"): US towns share names
                 ("CA", re.compile(r"\b(surrey|burnaby|vancouver|kelowna|abbotsford|coquitlam|richmond|victoria|nanaimo"
                                   r"|kamloops|langley|delta|chilliwack) (bc|b c)\b|\b(toronto|ottawa|hamilton"
                                   r"|london|windsor|kingston|brampton|mississauga|leamington|niagara falls) (on|ont)\b"
                                   r"(?! (the|a|my|our|his|her|their|it|this|that)\b)"
                                   r"|\b(laval|quebec|gatineau|sherbrooke|granby) qc\b")))
_IN_A_CITY = re.compile(r"\b(?:in|en|em|no|na|a|au|at|near|perto de|cerca de|pres de|devant)(?: la gare \w+ \w+ a)?"
                        r"(?: (?:feira|praia|mercado|estacao|marche|plage|gare|centro|zona|quartier) (?:de|do|da|d))? ("
                        + "|".join(sorted(map(re.escape, _CITY), key=len, reverse=True)) + r")\b")


# a city abroad as the whole first sentence: "RECIFE PE. pq vc fica perguntando", "marseille, resto le petit cabanon"
# (the answer to "where?"; 911 was given three times in Recife)
# cities abroad whose names are also words ("nice", "boa viagem": bon voyage, "porto": a port): alone, not places; in a
# report only after in/em/à and with a capital (webhooks/reports/places.py)
CITY_WORDS = frozenset({"nice", "salvador", "porto", "faro", "boa viagem", "sp capital", "copacabana", "natal", "gaia",
                        "palmares"})
_A_CITY_ALONE = re.compile(r"(" + "|".join(sorted(map(re.escape, _CITY), key=len, reverse=True)) + r")(?: [a-z]{2})?")


def _plain_cased(text: str) -> str:
    """The text without accents, its case kept ("à Nice" is "a Nice")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


# a US state the person says they are in: "eu to em massachusetts", "estoy en texas" (the number of the country they
# came from stayed: "ligue para o 190" in Massachusetts)
_US_STATES = ("alabama|alaska|arizona|arkansas|california|californie|colorado|connecticut|delaware|florida|floride"
              "|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|luisiana|maine|maryland|massachusetts"
              "|massachussets|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire"
              "|new jersey|nueva jersey|nova jersey|new mexico|nuevo mexico|new york|nueva york|nova york"
              "|north carolina|carolina del norte|carolina do norte|north dakota|ohio|oklahoma|oregon|pennsylvania"
              "|pensilvania|rhode island|south carolina|carolina del sur|carolina do sul|south dakota|tennessee|texas"
              "|tejas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming")
_IN_A_US_STATE = re.compile(rf"\b(?:{_I_AM}) {_BETWEEN}(?:{_IN}) (?:the state of |el estado de |o estado de )?"
                            rf"({_US_STATES})\b")
# where the person came from, said of the past: "vim do brasil… uma mulher em goiania me prometeu trabalho aqui" (190
# was given in Massachusetts): a city abroad in such a message is not where they are
_CAME_FROM = re.compile(r"\b(vim|vine|vinimos|viemos|came|arrived|cheguei|llegue|venue|recrut\w*|recruit\w*|trouxe"
                        r"|trouxeram|trajo|trajeron|brought)\b")
_HERE = re.compile(r"\b(aqui|aca|here|ici|pra ca|para aca)\b")


def country_said(text: str) -> str | None:
    """The country the person says they are in, if this message says it (the last one it names)."""
    plain = _plain(text or "")
    found = [(m.start(), _COUNTRY[next(g for g in m.groups() if g)]) for m in _SAID.finditer(plain)]
    found += [(m.start(), "US") for m in _IN_A_US_STATE.finditer(plain)]
    found = [code for _, code in sorted(found)]
    found = found or [_COUNTRY[m.group(1)] for m in _911_THERE.finditer(plain)]
    found = found or [_CITY[m.group(1)] for m in _HERE_IS_A_CITY.finditer(plain)]
    if _CAME_FROM.search(plain) and _HERE.search(plain):
        return found[-1] if found else None  # (the cities of the journey are not where they are now)
    # a city that is also a word counts only as written with a capital ("she has a nice apartment" was France)
    found = found or [_CITY[m.group(1)] for m in _IN_A_CITY.finditer(plain) if m.group(1) not in CITY_WORDS
                      or re.search(r"\b" + re.escape(m.group(1).title()) + r"\b", _plain_cased(text or ""))]
    alone = _A_CITY_ALONE.fullmatch(_plain(re.split(r"[.,;!?\n]", text or "", maxsplit=1)[0]))
    found = found or ([_CITY[alone.group(1)]] if alone and alone.group(1) not in CITY_WORDS else [])
    found = found or (["US"] if _a_us_town(plain) else [])
    found = found or [code for code, rx in _UNMISTAKABLE if rx.search(plain)]
    found = found or [code for code, rx in _NUMBER_NAMED if rx.search(plain)][:1]
    return found[-1] if found else None


# a town and a code that is a state of both countries: "moro em Brockton MA" is Massachusetts, not Maranhão (she was
# given Brazil's 190)
_TOWN_AND_SHARED_CODE = re.compile(r"\b(?:em|perto de|cidade de|interior de) ([a-z]+(?: [a-z]+)?),? (al|ma|ms|mt|pa|sc"
                                   r"|pr)\b")


def _a_us_town(plain: str) -> bool:
    from webhooks.reports.places import us_city_in  # (the gazetteer reads this module's tables)
    m = _TOWN_AND_SHARED_CODE.search(plain)
    return bool(m) and us_city_in(m.group(1), m.group(2).upper())


FLAG = "in:"


def with_country(flags: set[str], text: str) -> set[str]:
    """The conversation's flags with the country this message places the person in (if it does)."""
    code = country_said(text)
    if code is None:
        return flags
    if code == "BR" and FLAG + "US" in flags and _TOWN_AND_SHARED_CODE.search(_plain(text or "")):
        return flags  # "a fabrica fica em New Bedford MA" after "moro em Brockton MA": Massachusetts still (it was 190)
    return {f for f in flags if not f.startswith(FLAG)} | {FLAG + code}


def numbers_for(flags) -> Numbers:
    code = country_of(flags)
    return NUMBERS.get(code, _US) if code else _US


_911 = re.compile(r"\b911\b")
_988 = re.compile(r"\b988\b")


def _phrases(pairs: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    """Exact phrases of the line's texts (bot/domain), any spacing (YAML folds long lines)."""
    return [(re.compile(r"\s+".join(map(re.escape, said.split())) + (r"\s+" if said.endswith(" ") else "")), instead)
            for said, instead in pairs]


# Outside the US: call, don't text. "call or text" becomes "call"; a sentence that only suggests texting goes, or,
# for someone who cannot call, becomes someone they trust calling.
_CALL_DONT_TEXT = _phrases([
    ("If you can't talk, try texting 911. ", ""), ("If you can't call, try texting 911: it works in many places. ",
     "If you can't call, maybe someone you trust can call 911 for you. "),
    ("call or text 911", "call 911"),
    # "can i text 911 here?" (it got "yes: call 911" in Canada)
    ("Texting 911 works in many parts of the US, but not everywhere. ", "Here, texting 911 usually doesn't work. "),
    ("If you can't talk, try texting 911; if it doesn't work where you are, you'll get an automatic message back.",
     "If you can't talk, maybe someone you trust can call 911 for you."),
    ("Mandar mensaje de texto al 911 funciona en muchas partes de EE. UU., pero no en todas. ",
     "Aquí mandar un mensaje al 911 casi nunca funciona. "),
    ("Si no puedes hablar, intenta mandarle un mensaje al 911; si ahí no funciona, te llega un aviso automático.",
     "Si no puedes hablar, quizá alguien de confianza pueda llamar al 911 por ti."),
    ("Envoyer un texto au 911 marche dans beaucoup d'endroits aux États-Unis, mais pas partout. ",
     "Ici, envoyer un texto au 911 ne marche généralement pas. "),
    ("Si vous ne pouvez pas parler, essayez d'envoyer un texto au 911 ; si ça ne marche pas là où vous êtes, vous "
     "recevrez un message automatique.", "Si vous ne pouvez pas parler, quelqu'un de confiance peut peut-être appeler "
     "le 911 pour vous."),
    ("Mandar mensagem de texto pro 911 funciona em muitos lugares dos EUA, mas não em todos. ",
     "Aqui, mandar mensagem pro 911 geralmente não funciona. "),
    ("Se não puder falar, tente mandar mensagem pro 911; se não funcionar aí, você recebe um aviso automático.",
     "Se não puder falar, talvez alguém de confiança possa ligar pro 911 por você."),
    ("Si no puedes hablar, intenta mandar un mensaje de texto al 911. ", ""),
    ("Si no puedes llamar, intenta mandar un mensaje de texto al 911: en muchos lugares funciona. ",
     "Si no puedes llamar, quizá alguien de confianza pueda llamar al 911 por ti. "),
    ("llama o manda un mensaje de texto al 911", "llama al 911"), ("llama o manda un texto al 911", "llama al 911"),
    ("Si vous ne pouvez pas parler, essayez d'envoyer un texto au 911. ", ""),
    ("Si vous ne pouvez pas appeler, essayez d'envoyer un texto au 911 : ça marche dans beaucoup d'endroits. ",
     "Si vous ne pouvez pas appeler, quelqu'un de confiance peut peut-être appeler le 911 pour vous. "),
    ("appelez le 911 ou envoyez-lui un texto maintenant", "appelez le 911 maintenant"),
    ("appelez ou écrivez au 911 maintenant", "appelez le 911 maintenant"),
    ("Se não puder falar, tente mandar uma mensagem de texto pro 911. ", ""),
    ("Se não puder ligar, tente mandar uma mensagem de texto para o 911: funciona em muitos lugares. ",
     "Se não puder ligar, talvez alguém de confiança possa ligar pro 911 por você. "),
    ("ligue ou mande mensagem para o 911", "ligue para o 911"), ("ligue ou mande mensagem pro 911", "ligue pro 911"),
])
# In France, someone who cannot speak can text 114, the emergency number for texts ("je peux envoyer un sms a la
# police?" got "I can't answer that").
_FRANCE_TEXTS = _phrases([
    ("Texting 911 works in many parts of the US, but not everywhere. ", ""),
    ("If you can't talk, try texting 911; if it doesn't work where you are, you'll get an automatic message back.",
     "If you can't talk, you can text 114 (France's emergency number for texts)."),
    ("Mandar mensaje de texto al 911 funciona en muchas partes de EE. UU., pero no en todas. ", ""),
    ("Si no puedes hablar, intenta mandarle un mensaje al 911; si ahí no funciona, te llega un aviso automático.",
     "Si no puedes hablar, en Francia puedes mandar un SMS al 114."),
    ("Envoyer un texto au 911 marche dans beaucoup d'endroits aux États-Unis, mais pas partout. ", ""),
    ("Si vous ne pouvez pas parler, essayez d'envoyer un texto au 911 ; si ça ne marche pas là où vous êtes, vous "
     "recevrez un message automatique.", "Si vous ne pouvez pas parler, envoyez un SMS au 114."),
    ("Mandar mensagem de texto pro 911 funciona em muitos lugares dos EUA, mas não em todos. ", ""),
    ("Se não puder falar, tente mandar mensagem pro 911; se não funcionar aí, você recebe um aviso automático.",
     "Se não puder falar, na França dá pra mandar SMS pro 114."),
    ("If you can't talk, try texting 911. ",
     "If you can't talk, you can text 114 (France's emergency number for texts). "),
    ("If you can't call, try texting 911: it works in many places. ",
     "If you can't call, you can text 114 (France's emergency number for texts). "),
    ("Si no puedes hablar, intenta mandar un mensaje de texto al 911. ",
     "Si no puedes hablar, en Francia puedes mandar un SMS al 114. "),
    ("Si no puedes llamar, intenta mandar un mensaje de texto al 911: en muchos lugares funciona. ",
     "Si no puedes llamar, en Francia puedes mandar un SMS al 114. "),
    ("Si vous ne pouvez pas parler, essayez d'envoyer un texto au 911. ",
     "Si vous ne pouvez pas parler, envoyez un SMS au 114. "),
    ("Si vous ne pouvez pas appeler, essayez d'envoyer un texto au 911 : ça marche dans beaucoup d'endroits. ",
     "Si vous ne pouvez pas appeler, envoyez un SMS au 114. "),
    ("Se não puder falar, tente mandar uma mensagem de texto pro 911. ",
     "Se não puder falar, na França dá pra mandar SMS pro 114. "),
    ("Se não puder ligar, tente mandar uma mensagem de texto para o 911: funciona em muitos lugares. ",
     "Se não puder ligar, na França dá pra mandar SMS para o 114. "),
])
# The US and Canadian crisis line (988) takes texts; other countries' crisis lines are for calling.
_CALL_CRISIS_DONT_TEXT = _phrases([
    ("call or text 988", "call 988"), ("llama o escribe al 988", "llama al 988"),
    ("appelez ou écrivez au 988", "appelez le 988"), ("ligue ou mande mensagem pro 988", "ligue pro 988"),
    ("ligue ou mande mensagem para o 988", "ligue para o 988"),
])
_CANADA_LABOUR = {
    "en": "your province's employment standards office can help for free (in Québec, CNESST: 1-844-838-0808)",
    "es": "la oficina de normas laborales de tu provincia te ayuda gratis (en Quebec, la CNESST: 1-844-838-0808)",
    "fr": "l'organisme des normes du travail de votre province aide gratuitement (au Québec, la CNESST : "
          "1-844-838-0808)",
    "pt": "o órgão de normas trabalhistas da sua província ajuda de graça (em Quebec, a CNESST: 1-844-838-0808)",
}
# In Canada: Canada's services for the US ones (numbers checked on each service's own pages, 2026-12).
_CANADA = _phrases([
    ("988 ahora (hay ayuda en español)", "988 ahora"),  # Canada's 988 answers in English and French
    ("we are not immigration (ICE)", "we are not immigration (CBSA)"),
    ("no somos la migra ni ICE", "no somos inmigración ni la agencia de fronteras (CBSA)"),
    ("não somos a imigração (ICE)", "não somos a imigração (CBSA)"),
    ("the US Department of Labor can help for free, whatever your status: 1-866-487-9243", _CANADA_LABOUR["en"]),
    ("the Department of Labor can help for free: 1-866-487-9243", _CANADA_LABOUR["en"]),
    ("el Departamento de Trabajo de EE. UU. te puede ayudar gratis, sin importar tu estatus: 1-866-487-9243",
     _CANADA_LABOUR["es"]),
    ("el Departamento de Trabajo te puede ayudar gratis: 1-866-487-9243", _CANADA_LABOUR["es"]),
    ("le ministère du Travail des États-Unis aide gratuitement, quel que soit votre statut : 1-866-487-9243",
     _CANADA_LABOUR["fr"]),
    ("le ministère du Travail aide gratuitement : 1-866-487-9243", _CANADA_LABOUR["fr"]),
    ("o Departamento do Trabalho dos EUA ajuda de graça, seja qual for sua situação migratória: 1-866-487-9243",
     _CANADA_LABOUR["pt"]),
    ("o Departamento do Trabalho ajuda de graça: 1-866-487-9243", _CANADA_LABOUR["pt"]),
    ("the National Domestic Violence Hotline helps day and night, for free: call 1-800-799-7233 or text START to 88788",
     "211 can put you in touch for free with a shelter or a support line near you (call 211, or see sheltersafe.ca)"),
    ("la Línea Nacional sobre Violencia Doméstica ayuda de día y de noche, gratis y en español: 1-800-799-7233",
     "el 211 te pone en contacto gratis con un refugio o una línea de apoyo cerca de ti (llama al 211 o entra a "
     "sheltersafe.ca)"),
    ("la National Domestic Violence Hotline aide jour et nuit, gratuitement : 1-800-799-7233",
     "SOS violence conjugale aide jour et nuit, gratuitement : 1-800-363-9010 (ailleurs qu'au Québec, le 211 vous "
     "oriente)"),
    ("a National Domestic Violence Hotline ajuda dia e noite, de graça: 1-800-799-7233",
     "o 211 coloca você em contato, de graça, com um abrigo ou uma linha de apoio perto de você (ligue 211 ou veja "
     "sheltersafe.ca)"),
    # a shelter tonight, asked after that line ("ou je peux aller avec mes enfants ce soir?")
    ("The National Domestic Violence Hotline can help you find a shelter tonight, for your children too, day and night:"
     " call 1-800-799-7233 or text START to 88788", "211 can put you in touch tonight with a shelter near you, for your"
     " children too (call 211, or see sheltersafe.ca)"),
    ("La Línea Nacional sobre Violencia Doméstica te ayuda a encontrar un refugio esta misma noche, también con tus "
     "hijos, de día y de noche: 1-800-799-7233", "El 211 te pone en contacto esta misma noche con un refugio cerca de "
     "ti, también para tus hijos (llama al 211 o entra a sheltersafe.ca)"),
    ("La National Domestic Violence Hotline vous aide à trouver un refuge dès ce soir, avec vos enfants aussi, jour et"
     " nuit : 1-800-799-7233", "SOS violence conjugale vous trouve une place en maison d'hébergement dès ce soir, avec "
     "vos enfants aussi, jour et nuit : 1-800-363-9010 (ailleurs qu'au Québec, le 211 vous oriente)"),
    ("A National Domestic Violence Hotline ajuda você a achar um abrigo ainda hoje, com seus filhos também, dia e "
     "noite: 1-800-799-7233", "O 211 coloca você em contato ainda hoje com um abrigo perto de você, pros seus filhos "
     "também (ligue 211 ou veja sheltersafe.ca)"),
    ("The National Center for Missing & Exploited Children also helps families, day and night: 1-800-843-5678 "
     "(1-800-THE-LOST).", "MissingKids.ca also helps families, day and night: 1-866-543-8477 (1-866-KID-TIPS)."),
    ("El Centro Nacional para Niños Desaparecidos y Explotados también ayuda a las familias, de día y de noche, en "
     "español: 1-800-843-5678.", "MissingKids.ca también ayuda a las familias, de día y de noche: 1-866-543-8477."),
    ("Le National Center for Missing & Exploited Children aide aussi les familles, jour et nuit : 1-800-843-5678.",
     "Enfantsdisparus.ca aide aussi les familles, jour et nuit : 1-866-543-8477."),
    ("O National Center for Missing & Exploited Children também ajuda as famílias, dia e noite: 1-800-843-5678.",
     "O MissingKids.ca também ajuda as famílias, dia e noite: 1-866-543-8477."),
    ("NCMEC's CyberTipline is 1-800-843-5678", "Cybertip.ca takes reports: 1-866-658-9022"),
    ("la CyberTipline de NCMEC es 1-800-843-5678", "Cybertip.ca recibe denuncias: 1-866-658-9022"),
    # asking for a person ("a quien puedo llamar aqui en canada?", "is there a number i can call?"): Canada's own
    # trafficking hotline too (it got the privacy menu, then nothing)
    ("It may take a few minutes.", "It may take a few minutes. You can also call the Canadian Human Trafficking"
     " Hotline, day and night: 1-833-900-1010."),
    ("Puede tardar unos minutos.", "Puede tardar unos minutos. También puedes llamar a la Línea Canadiense contra la"
     " Trata de Personas, de día y de noche: 1-833-900-1010."),
    ("Cela peut prendre quelques minutes.", "Cela peut prendre quelques minutes. Vous pouvez aussi appeler la Ligne"
     " d'urgence canadienne contre la traite des personnes, jour et nuit : 1-833-900-1010."),
    ("Pode levar alguns minutos.", "Pode levar alguns minutos. Você também pode ligar para a linha canadense contra o"
     " tráfico de pessoas, dia e noite: 1-833-900-1010."),
    # and when a person is already on the way ("a quien puedo llamar aqui en canada?" while waiting)
    ("It can take a little while.", "It can take a little while. You can also call the Canadian Human Trafficking"
     " Hotline, day and night: 1-833-900-1010."),
    ("Puede tardar un poco.", "Puede tardar un poco. También puedes llamar a la Línea Canadiense contra la Trata de"
     " Personas, de día y de noche: 1-833-900-1010."),
    ("Cela peut prendre un peu de temps.", "Cela peut prendre un peu de temps. Vous pouvez aussi appeler la Ligne"
     " d'urgence canadienne contre la traite des personnes, jour et nuit : 1-833-900-1010."),
    ("Pode demorar um pouco.", "Pode demorar um pouco. Você também pode ligar para a linha canadense contra o tráfico"
     " de pessoas, dia e noite: 1-833-900-1010."),
    ("CyberTipline du NCMEC : 1-800-843-5678", "Cyberaide.ca reçoit les signalements : 1-866-658-9022"),
    ("a CyberTipline do NCMEC é 1-800-843-5678", "o Cybertip.ca recebe denúncias: 1-866-658-9022"),
])


# A country's own wording first (France's 114 for texts, Canada's services), then the rules for outside the US.
# In the UK: the Modern Slavery & Exploitation Helpline (Unseen), day and night, named where the person asks for a line
# there ("are you a UK thing or american? should i be calling someone here instead" got "I can't answer that here")
_UK_HELPLINE = {"en": "In the UK, the Modern Slavery & Exploitation Helpline answers day and night: 08000 121 700.",
                "es": "En el Reino Unido, la Modern Slavery & Exploitation Helpline atiende de día y de noche:"
                      " 08000 121 700.",
                "fr": "Au Royaume-Uni, la Modern Slavery & Exploitation Helpline répond jour et nuit : 08000 121 700.",
                "pt": "No Reino Unido, a Modern Slavery & Exploitation Helpline atende dia e noite: 08000 121 700."}
# the abroad answer's last sentence, in each language: the helpline follows it
_ABROAD_ENDS = {"en": "or the embassy or consulate of the person's home country.",
                "es": "o a la embajada o consulado de su país allá.",
                "fr": "ou l'ambassade ou le consulat du pays de la personne.",
                "pt": "ou para a embaixada ou consulado do país da pessoa."}
_UK = _phrases([(end, f"{end} {_UK_HELPLINE[language]}") for language, end in _ABROAD_ENDS.items()])
# Brazil: violence at home ("moro em Goiânia, meu marido me bate" got the US line); 911 becomes 190 with the numbers
_BRAZIL_DV = {
    "en": "Ligue 180 (Central de Atendimento à Mulher) helps for free, day and night; Disque 100 takes reports of "
          "exploitation",
    "es": "el Ligue 180 (Central de Atendimento à Mulher) ayuda gratis, de día y de noche; el Disque 100 recibe "
          "denuncias de explotación",
    "fr": "le Ligue 180 (Central de Atendimento à Mulher) aide gratuitement, jour et nuit ; le Disque 100 reçoit les "
          "signalements d'exploitation",
    "pt": "o Ligue 180 (Central de Atendimento à Mulher) ajuda de graça, dia e noite; o Disque 100 recebe denúncias de "
          "exploração",
}
_BRAZIL = _phrases([
    ("the National Domestic Violence Hotline helps day and night, for free: call 1-800-799-7233 or text START to 88788",
     _BRAZIL_DV["en"]),
    ("la Línea Nacional sobre Violencia Doméstica ayuda de día y de noche, gratis y en español: 1-800-799-7233",
     _BRAZIL_DV["es"]),
    ("la National Domestic Violence Hotline aide jour et nuit, gratuitement : 1-800-799-7233", _BRAZIL_DV["fr"]),
    ("a National Domestic Violence Hotline ajuda dia e noite, de graça: 1-800-799-7233", _BRAZIL_DV["pt"]),
    ("The National Domestic Violence Hotline can help you find a shelter tonight, for your children too, day and night:"
     " call 1-800-799-7233 or text START to 88788", "Ligue 180 can point you to a shelter (casa-abrigo) tonight, for"
     " your children too"),
    ("La Línea Nacional sobre Violencia Doméstica te ayuda a encontrar un refugio esta misma noche, también con tus "
     "hijos, de día y de noche: 1-800-799-7233", "El Ligue 180 te orienta hacia una casa de acogida (casa-abrigo) esta"
     " misma noche, también con tus hijos"),
    ("La National Domestic Violence Hotline vous aide à trouver un refuge dès ce soir, avec vos enfants aussi, jour et"
     " nuit : 1-800-799-7233", "Le Ligue 180 vous oriente vers un foyer (casa-abrigo) dès ce soir, avec vos enfants"
     " aussi"),
    ("A National Domestic Violence Hotline ajuda você a achar um abrigo ainda hoje, com seus filhos também, dia e "
     "noite: 1-800-799-7233", "O Ligue 180 orienta você para uma casa-abrigo ainda hoje, com seus filhos também"),
])
_LOCAL_SERVICES = {"FR": _FRANCE_TEXTS, "CA": _CANADA, "GB": _UK, "BR": _BRAZIL}
_CRISIS_TAKES_TEXTS = frozenset({"US", "PR", "CA"})  # 988 answers texts there


def country_of(flags) -> str | None:
    return next((f[len(FLAG):] for f in flags if f.startswith(FLAG)), None)


def localise(body: str, flags) -> str:
    """The reply with the emergency numbers, and the services, of where the person said they are."""
    code = country_of(flags)
    if code in (None, "US", "PR"):
        return body
    crisis = [] if code in _CRISIS_TAKES_TEXTS else _CALL_CRISIS_DONT_TEXT
    for phrase, instead in _LOCAL_SERVICES.get(code, []) + _CALL_DONT_TEXT + crisis:
        body = phrase.sub(instead, body)
    numbers = NUMBERS.get(code, _US)
    body = _911.sub(numbers.call, body)
    return _988.sub(numbers.crisis or numbers.call, body)
