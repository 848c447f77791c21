"""Where a tip happens, read from a small gazetteer: every US state (names in English, Spanish, French and
Portuguese; two-letter codes only where they are clearly a state, "Houston, TX", "in TX"), the three hundred or
so largest US cities with the border, farm, meat-packing and oil-field towns hotlines hear about (and the Mexican
border cities), Canada's provinces and larger towns, and about fifty countries. A name the same in several states
("Springfield", "Columbus GA") is left out rather than guessed. Text is read as extract.py prepares it (lower case,
no accents, one space between tokens); names that are also common words are checked against the message as written,
for capitals. `named()` takes a capitalised place the gazetteer does not know ("une maison à Lyon")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from webhooks.triage.assess import normalise
from webhooks.triage.emergency import CITIES_ABROAD, CITY_WORDS

# "?" before a name: it is also a word or a first name ("Florida", "Austin"), so it counts after "in/en/de/..."
# or when written with a capital; "*": it is a common word too ("mesa", "madera"), so it counts only before its
# state ("Mesa, AZ") or written with a capital after "in/en/de/..."; "!": only in capitals after "in" ("in LA").
STATES = """AL alabama|AK alaska|AZ arizona|AR arkansas|CA california|californie|CO ?colorado|CT connecticut
    |DE delaware|DC district of columbia|distrito de columbia|FL ?florida|floride|GA ?georgia|georgie|HI hawaii|hawai
    |havai|ID idaho|IL illinois|IN indiana|IA iowa|KS kansas|KY kentucky|LA louisiana|luisiana|louisiane|ME maine
    |MD maryland|MA massachusetts|massachussets|MI michigan|MN minnesota|MS mississippi|misisipi|MO missouri|misuri
    |MT ?montana|NE nebraska|NV ?nevada|NH new hampshire|nuevo hampshire|NJ new jersey|nueva jersey|nova jersey
    |NM new mexico|nuevo mexico|nouveau mexique|novo mexico|NY new york state|estado de nueva york|state of new york
    |estado de nova york|NC north carolina|carolina del norte|caroline du nord|carolina do norte|ND north dakota
    |dakota del norte|dakota du nord|dakota do norte|OH ohio|OK oklahoma|OR oregon|PA pennsylvania|pensilvania
    |pennsylvanie|RI rhode island|SC south carolina|carolina del sur|caroline du sud|carolina do sul|SD south dakota
    |dakota del sur|dakota du sud|dakota do sul|TN tennessee|tenesi|TX texas|tejas|UT utah|VT vermont|VA ?virginia
    |virginie|WA washington state|estado de washington|?washington|WV west virginia|virginia occidental
    |virginie occidentale|virginia ocidental|WI wisconsin|WY wyoming"""
CITIES = """NY New York|nueva york|nova york|nyc|new york city|ciudad de nueva york|manhattan|brooklyn|queens|bronx
    |CA Los Angeles|!la|IL Chicago|TX Houston|AZ ?Phoenix|PA Philadelphia|filadelfia|philly|philadelphie
    |TX San Antonio|CA San Diego|TX Dallas|CA San Jose|TX ?Austin|FL Jacksonville|TX Fort Worth|ft worth
    |OH ?Columbus|NC ?Charlotte|IN Indianapolis|CA San Francisco|san fran|!sf|WA Seattle|CO Denver
    |DC Washington=washington dc|washington d c|dc|TN Nashville|OK Oklahoma City|okc|TX El Paso|MA Boston|OR Portland
    |NV Las Vegas|vegas|MI Detroit|TN Memphis|KY Louisville|MD Baltimore|WI Milwaukee|NM Albuquerque|alburquerque
    |AZ Tucson|CA Fresno|CA Sacramento|MO Kansas City|AZ *Mesa|GA Atlanta|NE Omaha|CO Colorado Springs
    |NC ?Raleigh|CA Long Beach|VA Virginia Beach|FL Miami|CA Oakland|MN Minneapolis|OK Tulsa|CA Bakersfield
    |KS Wichita|TX ?Arlington|CO *Aurora|FL Tampa|LA New Orleans|nueva orleans|nouvelle orleans|nova orleans|nola
    |OH Cleveland|HI Honolulu|CA Anaheim|KY ?Lexington|CA Stockton|TX Corpus Christi|NV ?Henderson|CA Riverside
    |NJ Newark|MN Saint Paul|st paul|CA ?Santa Ana|OH Cincinnati|CA Irvine|FL ?Orlando|PA Pittsburgh|pittsburg
    |MO St. Louis|saint louis|st louis|NC Greensboro|NJ Jersey City|AK Anchorage|NE ?Lincoln|TX *Plano
    |NC ?Durham|NY *Buffalo|AZ ?Chandler|CA Chula Vista|OH ?Toledo|WI ?Madison|AZ ?Gilbert|NV ?Reno|IN Fort Wayne
    |NV North Las Vegas|FL St. Petersburg|saint petersburg|st petersburg|TX Lubbock|TX ?Irving|TX Laredo
    |NC Winston-Salem|winston salem|VA Chesapeake|AZ ?Glendale|TX ?Garland|AZ Scottsdale|VA Norfolk|ID Boise
    |ID Twin Falls
    |CA ?Fremont|WA Spokane|CA Santa Clarita|LA Baton Rouge|VA ?Richmond|FL Hialeah|CA San Bernardino|WA Tacoma
    |CA ?Modesto|AL Huntsville|IA Des Moines|NY Yonkers|NY ?Rochester|CA Moreno Valley|NC Fayetteville
    |CA ?Fontana|CA Oxnard|CA ?Santa Rosa|TX *Amarillo|TX Brownsville|TX McAllen|mc allen|TX Harlingen
    |TX Edinburg|TX Pharr|TX Eagle Pass|TX Del Rio|TX *Hidalgo|TX Rio Grande City|TX Weslaco|AZ ?Nogales|AZ Yuma
    |AZ ?Douglas|CA Calexico|CA San Ysidro|CA *El Centro|NM Las Cruces|NM Deming|CA ?Salinas|CA Watsonville
    |CA ?Santa Maria|CA ?Delano|CA Visalia|CA *Madera|CA ?Merced|CA Hanford|CA Porterville|CA Coachella
    |CA *Indio|CA Gilroy|CA ?Hollister|CA Napa|CA Arvin|FL Immokalee|inmokalee|FL *Homestead|FL Belle Glade
    |FL Plant City|FL Apopka|WA Yakima|WA Wenatchee|WA ?Pasco|GA ?Dalton|GA Tifton|GA ?Savannah|GA Gainesville
    |KS Dodge City|KS Garden City|KS *Liberal|IA Storm Lake|IA Postville|IA Marshalltown|MN Worthington
    |NE Grand Island|CO Greeley|OK Guymon|TX *Hereford|TX ?Dumas|OR Woodburn|OR Hood River|NJ Atlantic City
    |SC ?Charleston|MX Tijuana|MX Ciudad Juarez|juarez|MX Nuevo Laredo|MX Reynosa|MX Matamoros|MX Mexicali
    |MX Piedras Negras|MX Ciudad Acuna|MX Agua Prieta|MX Ojinaga|MX Tecate
    |AL ?Montgomery|AL *Mobile|AL Tuscaloosa|AL ?Birmingham|AR Little Rock|AR Springdale|AR Fort Smith|ft smith
    |AZ Tempe|AZ ?Peoria|AZ Flagstaff|AZ ?Prescott|AZ *Casa Grande|AZ Sierra Vista|CA Huntington Beach
    |CA Oceanside|CA Garden Grove|CA Rancho Cucamonga|CA *Ontario|CA Elk Grove|CA *Corona|CA Palmdale|CA Hayward
    |CA Pasadena|CA Pomona|CA Sunnyvale|CA *Escondido|CA Torrance|CA Fullerton|CA Roseville|CA Thousand Oaks
    |CA Simi Valley|CA Santa Clara|CA Victorville|CA Vallejo|CA Berkeley|CA *El Monte|CA Downey|CA Carlsbad
    |CA Costa Mesa|CA Jurupa Valley|CA Murrieta|CA Temecula|CA Inglewood|CA ?Antioch|CA ?Ventura|CA Daly City
    |CA Burbank|CA San Mateo|CA Rialto|CA El Cajon|CA Hesperia|CA Santa Monica|CA ?Compton|CA ?Norwalk
    |CA National City|CA Santa Barbara|CA San Luis Obispo|CA Palm Springs|CA Hemet|CA Perris|CA ?Chino
    |CA Turlock|CA Lodi|CA Manteca|CA Mountain View|CA Palo Alto|CA Redwood City|CA ?Santa Cruz|CA ?Monterey
    |CA Redding|CA Yuba City|CA Vacaville|CA Petaluma|CA *Chico|CA *Vista|CO Fort Collins|ft collins
    |CO ?Lakewood|CO ?Thornton|CO Arvada|CO *Pueblo|CO *Boulder|CT Bridgeport|CT New Haven|CT Stamford|CT Hartford
    |DE ?Dover|FL Tallahassee|FL Fort Lauderdale|ft lauderdale|FL Port St. Lucie|port saint lucie|FL Cape Coral
    |FL Pembroke Pines|FL ?Miramar|FL Coral Springs|FL Miami Gardens|FL Miami Beach|FL Clearwater|FL ?Davie
    |FL Lakeland|FL Fort Myers|ft myers|FL Sarasota|FL Pensacola|FL Daytona Beach|daytona|FL Fort Pierce
    |FL West Palm Beach|FL Boca Raton|FL Palm Beach|FL ?Naples|FL Kissimmee|FL Ocala|FL Key West|FL ?Doral
    |FL Panama City|GA Macon|GA ?Athens|GA ?Augusta|GA Sandy Springs|GA ?Marietta|GA Norcross|GA Doraville
    |IA Cedar Rapids|IA ?Davenport|IA Sioux City|ID Nampa|ID Idaho Falls|IL Rockford|IL Joliet|IL Naperville
    |IL ?Elgin|IL Waukegan|IL ?Cicero|IL Schaumburg|IN Evansville|IN South Bend|IN *Gary|IN ?Hammond
    |KS Overland Park|KS Olathe|KS Topeka|LA Shreveport|LA ?Lafayette|LA Lake Charles|MA Worcester|MA ?Lowell
    |MA Brockton|MA ?Lawrence|MA *Lynn|MA ?Chelsea|MA Framingham|MD Annapolis|MD Silver Spring|MD Rockville
    |MD Gaithersburg|MD ?Frederick|MD Bethesda|MI Grand Rapids|MI Lansing|MI Ann Arbor|MI ?Flint|MI Kalamazoo
    |MI Sterling Heights|MI ?Warren|MI Dearborn|MO Joplin|MS ?Jackson|MS Biloxi|MS Gulfport|MT ?Billings
    |MT Missoula|NC ?Wilmington|NC ?Cary|NC High Point|NC Asheville|ND Fargo|ND Bismarck|ND Minot|ND Williston
    |NH Nashua|NH ?Manchester|NJ Paterson|NJ ?Elizabeth|NJ ?Edison|NJ Trenton|NJ ?Camden|NJ Passaic
    |NJ Union City|NJ Hoboken|NJ Hackensack|NM ?Santa Fe|NM ?Roswell|NM ?Farmington|NV Carson City|NY Syracuse
    |NY ?Albany|NY Schenectady|NY Utica|NY Long Island|NY Hempstead|NY White Plains|NY Newburgh|NY Staten Island
    |NY ?Flushing|OH Akron|OH Dayton|OH Youngstown|OH ?Canton|OK Broken Arrow|OK *Norman|OK Lawton
    |OR ?Salem|OR ?Eugene|OR Gresham|OR ?Hillsboro|OR ?Medford|PA Allentown|PA Harrisburg|PA Scranton
    |RI ?Providence|SC ?Columbia|SC ?Greenville|SC Spartanburg|SC Myrtle Beach|SD Sioux Falls|SD Rapid City
    |TN Knoxville|TN Chattanooga|TN Murfreesboro|TN Clarksville|TX McKinney|mc kinney|TX ?Frisco|TX Denton
    |TX Carrollton|TX ?Richardson|TX *Mesquite|TX Killeen|TX Waco|TX ?Midland|TX ?Odessa|TX Abilene
    |TX ?Beaumont|TX Round Rock|TX Pearland|TX League City|TX Sugar Land|TX Wichita Falls|TX ?Tyler|TX Longview
    |TX College Station|TX *Bryan|TX *Temple|TX ?San Marcos|TX New Braunfels|TX Conroe|TX The Woodlands
    |TX ?Katy|TX Baytown|TX Galveston|TX *Victoria|TX San Angelo|TX Texarkana|TX *Mission|TX San Benito
    |TX *Mercedes|TX *Donna|TX *Alamo|TX Raymondville|TX Port Arthur|TX Grand Prairie|UT Salt Lake City
    |salt lake|slc|UT Provo|UT West Valley City|UT West Jordan|UT ?Ogden|UT ?St. George|saint george|VA Newport News
    |VA ?Hampton|VA ?Alexandria|VA Fairfax|VA Manassas|VA Roanoke|VA ?Woodbridge|VT ?Burlington|WA ?Vancouver
    |WA ?Bellevue|WA ?Everett|WA ?Kent|WA Renton|WA Bellingham|WA ?Olympia|WA Kennewick|WI Green Bay|WI Kenosha
    |WY ?Cheyenne|WY ?Casper"""
# Canada's provinces and the cities a hotline near the border hears about (Quebec's farm and factory towns among
# them), by province; a name also common in the US ("London", "Windsor", "Hamilton") is left out.
PROVINCES = """QC quebec|province de quebec|province of quebec|ON ontario|BC british columbia|colombie britannique
    |AB alberta|MB manitoba|SK saskatchewan|NS nova scotia|nouvelle ecosse|NB new brunswick|nouveau brunswick
    |NL newfoundland|terre neuve|PE prince edward island|ile du prince edouard|ile du prince edward"""
CANADIAN_CITIES = """ON Toronto|ON Mississauga|ON Brampton|ON Markham|ON Vaughan|ON Scarborough|ON Etobicoke
    |ON North York|ON Oakville|ON Oshawa|ON Barrie|ON Kitchener|ON Guelph|ON Sudbury|ON Thunder Bay
    |ON St. Catharines|st catharines|saint catharines|ON Leamington|ON Ottawa|ON Niagara Falls=niagara falls ontario
    |QC Montréal|QC Laval|QC Longueuil|QC Gatineau|QC Sherbrooke|QC Trois-Rivières|QC Saguenay|QC Lévis
    |QC Terrebonne|QC Drummondville|QC Saint-Jérôme|st jerome|QC Granby|QC Saint-Hyacinthe|st hyacinthe
    |QC Québec=quebec city|ville de quebec|QC Saint-Rémi|st remi|QC Blainville|QC Repentigny|QC Brossard
    |AB Calgary|AB Edmonton|AB Red Deer|AB Lethbridge|AB Fort McMurray|MB Winnipeg|SK Saskatoon|SK ?Regina
    |BC Burnaby|BC Abbotsford|BC Kelowna|BC Coquitlam|BC ?Surrey|NS ?Halifax|NB Moncton|NB Fredericton
    |PE Charlottetown"""
PROVINCE_CODES = frozenset("qc on bc ab mb sk ns nb nl pe".split())
COUNTRIES = """MX mexico|mejico|mexique|ciudad de mexico|mexico city|cdmx|GT guatemala|HN honduras|SV el salvador
    |NI nicaragua|CR costa rica|PA panama|BZ belize|belice|CU cuba|DO dominican republic|republica dominicana
    |republique dominicaine|HT haiti|ayiti|JM ?jamaica|jamaique|PR puerto rico|porto rico|CO colombia|colombie
    |VE venezuela|EC ecuador|equateur|equador|PE peru|perou|BO bolivia|bolivie|CL *chile|chili|AR argentina
    |argentine|BR brazil|brasil|bresil|PY paraguay|paraguai|UY uruguay|uruguai|CN ?china|chine|PH philippines
    |filipinas|VN vietnam|viet nam|TH thailand|tailandia|thailande|ID indonesia|indonesie|IN ?india|inde|NP nepal
    |BD bangladesh|PK pakistan|paquistan|KR south korea|korea|corea del sur|corea|coree du sud|coree|coreia do sul
    |coreia|JP japan|japon|japao|NG nigeria|GH ghana|KE kenya|ET ethiopia|etiopia|ethiopie|UG uganda|ouganda
    |CM cameroon|camerun|cameroun|camaroes|SN senegal|RU russia|rusia|russie|UA ukraine|ucrania|RO romania|rumania
    |roumanie|romenia|MD moldova|moldavia|moldavie|CA canada|US united states|usa|eeuu|estados unidos|etats unis
    |eua|ES spain|espana|espagne|espanha|PT portugal|FR france|francia|franca|MA morocco|marruecos|maroc|marrocos
    |EG egypt|egipto|egypte|egito|ER eritrea|erythree|SL sierra leone|TW taiwan|UZ uzbekistan
    |SA saudi arabia|saudi|arabia saudita|arabie saoudite|AE united arab emirates|uae|emiratos arabes|emirados arabes
    |emirats arabes unis|dubai|abu dhabi|QA qatar|catar|KW kuwait|OM oman|BH bahrain|barein|LB libano|liban
    |MY malaysia|malasia|malaisie|SG singapore|singapur|singapour|cingapura|HK hong kong|MM myanmar|burma|birmania
    |KH cambodia|camboya|cambodge|camboja|LK sri lanka|GB united kingdom|uk|england|reino unido|inglaterra
    |angleterre|royaume uni|DE germany|alemania|allemagne|alemanha|IT italy|italia|italie|GR greece|grecia|grece
    |PL poland|polonia|pologne|TR turquia|turquie"""
# Cities abroad (the emergency numbers' table): each its country's; a name that is also a word ("nice", "porto") only
# after in/en/em/à and written with its capital ("they work in Nice"; not "a nice apartment")
ABROAD = "|".join(f"{code} {'*' if name in CITY_WORDS else ''}{name.title()}"
                  for code, names in CITIES_ABROAD.items() if code != "CA" for name in names.split("|"))
ABROAD_CODES = frozenset(code for code in CITIES_ABROAD if code != "CA") | {"MX"}
# A big city of the same name in another state: "Pasadena" told after "Houston, TX" is Pasadena, Texas. The
# gazetteer places these names in the first state; a state known from the rest of the conversation (or said beside
# the name) picks the other one.
ALSO_IN = {"Vancouver": "BC", "Pasadena": "TX", "Arlington": "VA", "Aurora": "IL", "Glendale": "CA", "Portland": "ME",
           "Kansas City": "KS", "Columbus": "GA", "Richmond": "CA", "Peoria": "IL", "Rochester": "MN",
           "Lexington": "MA", "Charleston": "WV", "Jacksonville": "NC", "Gainesville": "FL", "Fayetteville": "AR",
           "Long Beach": "NY", "Garden City": "NY"}
STATE_CODES = frozenset("""al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
    nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy""".split())
# Codes that are not also a word in our languages ("in", "me", "de", "la", "ok", "pa", "va" in "no va a la escuela"...):
# "in tx" and "Denver co" are a state; the others only in capitals ("Portland ME", "in OK").
SAFE_CODES = STATE_CODES - frozenset("al ca de hi id il in la ma me mi mo ne oh ok or pa va ia ms".split())
# "une maison à Lyon", "a farm near Tifton": a capitalised name after one of these, when the gazetteer knows no
# place in the message, is taken as the city as written (the raw message: "à" keeps its accent, so Spanish
# "a Maria" is not a place)
_NAMED = re.compile(r"(?:^|[\s,(])(?:in|near|outside|à|en|em|dans|près de|pres de|perto de|cerca de)\s+"
                    r"((?:[A-ZÀ-Ý][a-zà-ÿ]+)(?:[ -](?:[A-ZÀ-Ý][a-zà-ÿ]+)){0,2})(?!['’]s)\b")
_NOT_PLACES = frozenset("""i the a an el la los las le les un une o os as my mi mis ma mon sa son su sus this that
    january february march april may june july august september october november december enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre janvier fevrier février mars avril mai
    juin juillet aout août septembre octobre novembre decembre décembre janeiro fevereiro março marco maio junho
    julho setembro outubro novembro dezembro monday tuesday wednesday thursday friday saturday sunday english
    spanish french portuguese creole ingles inglés espanol español frances francés francais français portugues
    português criollo kreyol god dios dieu deus christmas navidad noel noël natal easter facebook instagram
    whatsapp tiktok snapchat telegram messenger google craigslist backpage uber lyft walmart costco amazon
    mcdonalds""".split())
# "Tulare, CA": a capitalised name then a state's code in capitals, a town the gazetteer does not know (on the
# cased text, where the comma is gone); not "Yes OK", "Hi ME"
_TOWN_CODE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) ([A-Z]{2})\b")
_NOT_TOWNS = _NOT_PLACES | frozenset("""yes no ok okay hi hello hey thanks thank sure well so and but im its it me we
    they he she yeah yep nope please sorry bye""".split())
LOCATIVE = frozenset("in at near from to en de desde cerca a dans pres em no na para pra around outside por du des au"
                     " of".split())


class Where(NamedTuple):
    city: str | None
    state: str | None  # two-letter code: said, or the city's own
    country: str | None
    state_said: bool = False  # the state was named in the message, not taken from the city


def is_known_city(name: str | None) -> bool:
    """The gazetteer knows a city of this name (not a capitalised word taken as a town: "en Bissonnet", a street)."""
    place = _index()[0].get(normalise(name or "")) if name else None
    return place is not None and place.kind == "city"


def us_city_in(name: str, state: str) -> bool:
    """A US city of this name could be in `state` ("brockton", "MA"; "quincy", "MA", though the gazetteer's Quincy is
    Illinois'): the gazetteer knows it as a US city."""
    place = _index()[0].get(name.lower())
    return place is not None and place.kind == "city" and place.code in STATE_CODES_UPPER and (
        state in STATE_CODES_UPPER)


def could_be_in(city: str | None, state: str | None) -> bool:
    """`state` is one of the states a city of this name is in ("Pasadena" and TX)."""
    return bool(city and state) and ALSO_IN.get(city) == state


@dataclass(frozen=True)
class Place:
    kind: str  # city | state | country
    name: str  # a city's name; a state's or country's code
    code: str  # a city's state ("MX" for a Mexican city); a state's or country's code
    flag: str  # "", "?", "*" or "!" (see above)


def _gazetteer(table: str, kind: str) -> dict[str, Place]:
    places: dict[str, Place] = {}
    code = display = ""
    for entry in (e.strip() for e in table.split("|")):
        if re.match(r"^[A-Z]{2} ", entry):
            code, entry = entry[:2], entry[3:]
            display, _, alias = entry.lstrip("?*!").partition("=")
            entry = entry[0] + alias if alias and entry[0] in "?*!" else alias or entry
        flag = entry[0] if entry[0] in "?*!" else ""
        key = re.sub(r" +", " ", re.sub(r"[^a-z0-9' ]+", " ", normalise(entry.lstrip("?*!")))).strip()
        places[key] = Place(kind, display if kind == "city" else code, code, flag)
    return places


@cache
def _index() -> tuple[dict[str, Place], re.Pattern, re.Pattern]:
    places = {**_gazetteer(ABROAD, "city"), **_gazetteer(COUNTRIES, "country"), **_gazetteer(STATES, "state"),
              **_gazetteer(PROVINCES, "state"), **_gazetteer(CITIES, "city"), **_gazetteer(CANADIAN_CITIES, "city")}
    names = "|".join(re.escape(n) for n in sorted(places, key=len, reverse=True))
    codes = "|".join(sorted(STATE_CODES | PROVINCE_CODES))
    return places, re.compile(rf"\b({names})\b"), re.compile(rf"\b({codes})\b")


@cache
def names_of_state(code: str) -> tuple[str, ...]:
    """How a state may be written ("MA", "massachusetts", "massachussets"), longest first."""
    places = _gazetteer(STATES, "state")
    return tuple(sorted([code, *(key for key, place in places.items() if place.code == code)], key=len, reverse=True))


def cased(text: str) -> str:
    """The message with accents off and case kept: where a name was written with a capital. A message all in
    capitals says nothing by them."""
    kept = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    kept = re.sub(r"[^A-Za-z0-9']+", " ", kept)
    return kept if any(ch.islower() for ch in kept) else kept.lower()


def _capitalised(key: str, written: str) -> bool:
    words = (re.escape(w[:1].upper()) + f"(?i:{re.escape(w[1:])})" for w in key.split())
    return bool(re.search(r"\b" + " ".join(words) + r"\b", written))


def _is_code(word: str, written: str) -> bool:
    """A two-letter code that is a state's ("tx"), or a province's in capitals ("Laval QC", "Toronto ON")."""
    return word in SAFE_CODES or word in STATE_CODES | PROVINCE_CODES and bool(re.search(rf"\b{word.upper()}\b",
                                                                                          written))


_NOT_A_STATE_CODE = frozenset("no an his her my their your any fake photo valid show shows showed our a the".split())
_PLATE = re.compile(r"\b(plates?|tags?|placas?|plaques?|license|licence|matricula)\b")
# a place's name used for a street ("Washington Ave", "Houston Street", "calle Juárez", "rue de Paris"): not where
_STREET_AFTER = re.compile(r" (st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane|way|pkwy|parkway|hwy"
                           r"|highway|ct|court|pl|place|pike|turnpike|expy|expressway"
                           # a business or a school named after a town: "the Hampton inn", "Lincoln High", "Lincoln
                           # nails in Dallas" (each was filed as the town)
                           r"|inn|suites|high|elementary|middle|academy|school|university|college|mall|plaza|nails|spa"
                           r"|salon|grill|cafe|farms|dairy|cleaners|motors|construction|landscaping|roofing|buffet"
                           r"|bakery)\b")
_STREET_BEFORE = frozenset("calle avenida av avenue rue rua boulevard bulevar blvd calzada carretera paseo estrada"
                           " rodovia travessa alameda rang chemin montee route".split())
# Canada said, with no US state: "st-remi, en Monteregie… au Québec" (a US town of the same name was filed)
STATE_CODES_UPPER = frozenset(code.upper() for code in STATE_CODES)
_CANADA = re.compile(r"\b(canada|quebec|ontario|manitoba|alberta|saskatchewan|nova scotia|nouvelle ecosse"
                     r"|new brunswick|nouveau brunswick|british columbia|colombie britannique|monteregie|laurentides"
                     r"|gatineau|montreal|laval|toronto|ottawa|vancouver|calgary|edmonton|winnipeg)\b")


_FROM = frozenset({"from", "de", "desde", "du", "d'", "da", "do", "dos", "das", "des"})
_ARTICLES = frozenset({"the", "la", "las", "los", "le", "les", "l'", "o", "a", "os", "as", "el"})
# Where the person lives or is, or where people came from, said beside where it happens: "i live in austin, the
# restaurant is in san antonio", "im in tulsa but this is at a truck stop outside joplin", "we came from houston to
# work at a farm near fresno", "vivo en houston pero el rancho esta en victoria". Such a city is the place only when
# no other is named.
_OWN_OR_ORIGIN = re.compile(
    r"(?:\b(?:i'?m|i am|we'?re|we are|i live|we live|he lives|she lives|they live|lives|living|i stay|we stay|vivo"
    r"|vivimos|vive|viven|estoy|estamos|moro|moramos|mora|moram|estou|j'?habite|j habite|habite|je vis|on vit|je suis"
    r"|on est|nous sommes)(?: (?:here|aqui|aca|ici|now|currently|ahora|agora|still|actually|ahorita))?"
    r" (?:in|en|em|no|na|a)"
    r"|\bfrom|\b(?:venimos|vinimos|vine|vengo|viene|vino|vienen|vinieron|soy|somos|es|son|trajeron|traen|llegamos"
    r"|llegue|llego|mudamos|mude|veio|viemos|vim|vieram|sou|trouxeram|viens|vient|venons|venu|venue|venus|venues"
    r"|moved|came|come|comes)(?: \w+)? (?:de|desde|da|do|du|d'|from))$")


_NOW = re.compile(r"\b(now|rn|right now|currently|ahora|ahorita|agora|maintenant|actuellement|presentement)\b")


def find(s: str, written: str) -> Where:
    """(city, state, country) in prepared text `s`; `written` is `cased(original)`. A US place makes the country
    "US" (the tip is about where it happens, not where a person came from)."""
    places, names, codes = _index()
    if re.search(r"\bBC\b", written):  # "Surrey BC" is British Columbia: extract.py spelled it out as "because"
        s = re.sub(r"\bbecause\b(?= ?(?:[.,]|$))", "bc", s)
    cities: list[Place] = []
    states: list[str] = []
    countries: list[str] = []
    city_ends: list[int] = []
    anchored: list[bool] = []  # "in Fresno", "Fresno, California": said as a place, not part of a name
    own: list[bool] = []  # "i live in Austin", "we came from Houston": the person's place, not the tip's
    state_own: list[bool] = []  # the same for the states and countries named
    country_own: list[bool] = []
    alone = s.strip(" .,!?")  # "orlando" as the whole answer to "where?"
    for m in names.finditer(s):
        place, key = places[m.group(1)], m.group(1)
        before = s[:m.start()].split()[-1:]
        prep = bool(before) and before[0] in LOCATIVE
        nxt = re.match(r" ,? ?(\w+(?: \w+)?)", s[m.end():])
        followed = bool(nxt) and (_is_code(nxt.group(1).split()[0], written)
                                  or getattr(places.get(nxt.group(1)), "kind", "") == "state"
                                  # "in gary indiana room 214": the state, then more words
                                  or getattr(places.get(nxt.group(1).split()[0]), "kind", "") == "state")
        if place.flag == "?" and not (prep or followed or key == alone or _capitalised(key, written)):
            continue
        if place.flag == "*" and not (followed or prep and _capitalised(key, written)):
            continue
        if place.flag == "!" and not (prep and re.search(rf"\b{key.upper()}\b", written)):
            continue
        before2 = s[:m.start()].split()[-2:]
        if _STREET_AFTER.match(s[m.end():]) or before2 and (
                before2[-1] in _STREET_BEFORE or before2[-1] == "de" and before2[0] in _STREET_BEFORE):
            continue
        if len(key) == 2 and (before and before[0] in _NOT_A_STATE_CODE or s[m.end():].startswith(" card")):
            continue  # "she had no ID", "his ID card": a document, not Idaho (where was then never asked)
        if place.kind == "state" and _PLATE.search(s[max(0, m.start() - 16):m.end() + 16]):
            continue  # "texas plates", "the plate is texas": where a car is registered, not where it happens
        if place.kind == "country" and before and (before[0] in _FROM or before[0] in _ARTICLES and len(before2) == 2
                                                   and before2[0] in _FROM):
            continue  # "me trajeron de honduras", "she came from guatemala", "ma cousine des Philippines", "from the
            # philippines": where people came from, not the place
        if place.kind == "city":
            cities.append(place)
            city_ends.append(m.end())
            anchored.append(prep or followed)
            own.append(bool(_OWN_OR_ORIGIN.search(s[max(0, m.start() - 40):m.start()].rstrip())))
        elif place.kind == "state" and _after_own_city(s, m.start(), city_ends, own):
            continue  # "i live in houston, texas but…": the state of the person's own city
        else:
            (states if place.kind == "state" else countries).append(place.code)
            (state_own if place.kind == "state" else country_own).append(
                bool(_OWN_OR_ORIGIN.search(s[max(0, m.start() - 40):m.start()].rstrip()))
                or any(mine and re.fullmatch(r" ,? ?", s[end:m.start()]) for end, mine in zip(city_ends, own,
                                                                                              strict=True)))
    if any(own + state_own + country_own) and not all(own + state_own + country_own):
        # where the person lives, said with where it happens: "my sister is in dubai… im in houston", "i live in
        # Ohio. my cousin is stuck in a farm in florida" (Houston and Ohio were filed, or Houston, FL)
        kept = [i for i, mine in enumerate(own) if not mine]
        cities, city_ends = [cities[i] for i in kept], [city_ends[i] for i in kept]
        anchored = [anchored[i] for i in kept]
        own = [False] * len(kept)
        states = [code for code, mine in zip(states, state_own, strict=True) if not mine]
        countries = [code for code, mine in zip(countries, country_own, strict=True) if not mine]
    if all(own) and own:
        other = named(written, not_own=True)  # ("moro em Brockton MA… numa fabrica em New Bedford": New Bedford)
        words = re.sub(r"[^a-z0-9' ]+", " ", normalise(other or "")).split()
        # (not the person's own city with its state: "we are in Tulsa, Oklahoma" was filed as the town "Tulsa Oklahoma")
        if other and not any(" ".join(words[:n]) in places for n in range(1, len(words) + 1)):
            # "mi hermano esta en una bodega en Ensenada, yo estoy en Tijuana": the town the gazetteer does not know is
            # where it happens, not the person's own (Tijuana was filed, and stayed after the correction)
            return Where(other, None, None)
        own = [False] * len(own)  # the only city named is also where it happens ("i live in dallas, next door…")
    for m in codes.finditer(s):
        code, before = m.group(1), s[:m.start()].split()[-1:]
        if _after_own_city(s, m.start(), city_ends, own):
            continue
        after_city = any(re.fullmatch(r" ,? ?", s[end:m.start()]) for end in city_ends)
        if any(re.fullmatch(r" ,? ?", s[end:m.start()]) and c.code in ABROAD_CODES for end, c in zip(
                city_ends, cities, strict=True)):
            continue  # "RECIFE PE": Pernambuco, not Prince Edward Island
        prep = bool(before) and before[0] in LOCATIVE
        if code == "id" and (before and before[0] in _NOT_A_STATE_CODE or s[m.end():].startswith(" card")):
            continue  # "she had no ID" (Portuguese "no" is "in the"): a document, not Idaho
        if (after_city or prep and code != "la") and _is_code(code, written):  # "in LA" is Los Angeles
            states.append(code.upper())
    if not states and not cities and _PARIS.search(s):
        return Where("Paris", None, "FR")  # "paris 18, chateau rouge", "dans le 16e a Paris" (no city was filed)
    town = _TOWN_CODE.search(written) if not states and not cities else None
    if town and town.group(2).lower() in STATE_CODES and not {w.lower() for w in town.group(1).split()} & _NOT_TOWNS:
        return Where(town.group(1), town.group(2), "US", True)
    if not states and cities and _CANADA.search(s) and all(c.code in STATE_CODES_UPPER for c in cities):
        canadian = next((c.name for c in cities if ALSO_IN.get(c.name, "").lower() in PROVINCE_CODES), None)
        # "vancouver" alone is the Canadian city; a US town's name said with Canada is not where it happens
        return Where(canadian, ALSO_IN[canadian], "CA") if canadian else Where(None, None, "CA")
    if states and states[0].lower() in PROVINCE_CODES:
        # "une ferme a St-Paul au Quebec": a US town's name said in a province is not that town
        canadian = [i for i, c in enumerate(cities) if c.code.lower() in PROVINCE_CODES
                    or ALSO_IN.get(c.name, "").lower() in PROVINCE_CODES]
        cities, own = [cities[i] for i in canadian], [own[i] for i in canadian]
        anchored = [anchored[i] for i in canadian]
    # "Lincoln High School in Fresno, California": the city in the state named, or said as a place, wins
    # moved from city to city, the one where they are now: "vegas then phoenix now i think albuquerque", "from
    # charlotte to richmond and now we in a hotel in Baltimore" (Las Vegas and Richmond were filed)
    now = [m.end() for m in _NOW.finditer(s)]
    later = [bool(now) and end > now[-1] for end in city_ends]
    ranked = sorted(range(len(cities)), key=lambda i: (own[i], not later[i] and any(later),
                                                       cities[i].code not in states, not anchored[i],
                                                       cities[i].code == "MX", i))
    city = cities[ranked[0]] if cities else None
    if city is not None and city.code in ABROAD_CODES:
        return Where(city.name, None, city.code)  # "Recife", "Braga", "Tijuana": the city, in its country
    state = states[0] if states else city.code if city else None
    country = ("CA" if state.lower() in PROVINCE_CODES else "US") if state else countries[0] if countries else None
    return Where(city.name if city else None, state, country, bool(states))


# Paris, France, said as no Texan would: with its arrondissement or postcode, or "à Paris" in French
_PARIS = re.compile(r"\bparis (\d{1,2} ?(e|eme|er)?|\d{5})\b|\b(a|dans|sur) paris\b|\b\d{1,2} ?(e|eme) (a|de) paris\b")


def _after_own_city(s: str, start: int, city_ends: list[int], own: list[bool]) -> bool:
    """A state said right after the person's own city ("houston, tx"), while another city is named."""
    return not all(own) and any(mine and re.fullmatch(r" ,? ?", s[end:start]) for end, mine in zip(city_ends, own,
                                                                                                  strict=True))


def named(raw: str, not_own: bool = False) -> str | None:
    """A place the gazetteer does not know, named after "in", "à", "en"... with a capital ("a house in Lyon").
    `not_own`: not where the person lives or is ("minha irma ta em Portugal, eu moro em Boston")."""
    if not any(ch.islower() for ch in raw):
        return None  # all in capitals: a capital says nothing
    places = _index()[0]
    for m in _NAMED.finditer(raw):
        if not_own and _OWN_OR_ORIGIN.search(normalise(raw[max(0, m.start(1) - 40):m.start(1)]).rstrip()):
            continue
        words = m.group(1).replace("-", " ").split()
        key = re.sub(r"[^a-z0-9' ]+", " ", normalise(m.group(1))).strip()
        if words[0].lower() not in _NOT_PLACES and getattr(places.get(key), "kind", "city") == "city":
            return m.group(1)  # (not a country or a state: "je suis en France" was filed as the city "France")
    return None
