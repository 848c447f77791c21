"""The emergency numbers a reply gives are those of where the person says they are."""
from __future__ import annotations

import re

import pytest

from webhooks.triage.assess import assess
from webhooks.triage.emergency import NUMBERS, country_said, localise

OPENING = "If someone is in danger right now, call 911."
SELF_HARM = "Si piensas hacerte daño, llama o escribe al 988 ahora."


@pytest.mark.parametrize(("text", "country"), [
    ("je suis en France et il me frappe", "FR"), ("chui au canada", "CA"), ("moro aqui no Brasil faz 2 anos", "BR"),
    ("tô no brasil", "BR"), ("estoy aqui en España con mis primas", "ES"), ("we're in the UK, near Leeds", "GB"),
    ("j'habite en Haïti", "HT"),
])
def test_where_the_person_says_they_are(text, country):
    assert country_said(text) == country


@pytest.mark.parametrize("text", [
    "she came from brazil last year", "he sends the money to mexico", "i am a uk citizen", "ela ta no brasil agora",
    "on vient d'haiti", "the girls are from france", "they took her to spain",
])
def test_a_country_said_of_someone_else_or_of_where_they_came_from_changes_nothing(text):
    assert country_said(text) is None


def test_the_numbers_follow_the_country_and_stay_for_the_conversation():
    flags = assess("je suis en France, il me frappe").flags
    assert localise(OPENING, flags) == "If someone is in danger right now, call 112."
    assert "3114" in localise(SELF_HARM, flags) and "988" not in localise(SELF_HARM, flags)
    later = assess("il est toujours la", flags).flags  # a later message keeps it
    assert "112" in localise(OPENING, later)
    back = assess("en fait je suis au canada maintenant", later).flags
    assert localise(OPENING, back) == OPENING


def test_nothing_changes_for_someone_in_the_us_or_who_never_says():
    assert localise(OPENING, assess("i live in the US").flags) == OPENING
    assert localise(SELF_HARM, assess("hola").flags) == SELF_HARM


@pytest.mark.parametrize(("text", "country"), [
    ("oi me ajuda pfv to trancado na oficina de costura no bras em sao paulo", "BR"),
    ("911?? aqui é brasil. eu ligo pro 190 entao?", "BR"), ("devant la gare saint charles a marseille", "FR"),
])
def test_a_big_foreign_city_or_here_is_the_country_places_the_person(text, country):
    # "to trancado… em sao paulo" and "aqui é brasil" were told 911, twice
    assert country_said(text) == country
    assert country_said("she came from sao paulo") is None


def test_a_city_or_a_question_about_911_there_places_the_person():
    # live conversations, 2026-12-06: each kept getting 911 (São Paulo, Lyon, France, El Salvador)
    for text, code in (("911? aqui é sao paulo", "BR"), ("le 911 ca marche pas en France non?", "FR"),
                       ("je suis a Lyon", "FR"), ("pero yo estoy en el salvador, si marco 911 aqui", "SV")):
        assert country_said(text) == code, text
    for text in ("trabajo en Panama City FL", "she came from honduras", "moro em salvador"):
        assert country_said(text) in (None, "BR"), text


def test_paris_rio_sp_and_belgium_give_their_numbers():
    # live conversations, 2026-12-06: 911 in Paris ("dans le 18e"), Rio, São Paulo ("em sp") and Brussels
    for text, code in (("Je suis a Paris, dans le 18e", "FR"), ("moro no rio, copacabana", "BR"),
                       ("moro no bras em sp", "BR"), ("mais le 911 ca marche pas ici on est en belgique", "BE"),
                       ("je suis en France a Creteil", "FR")):
        assert country_said(text) == code, text
    assert country_said("she works in paris, texas") is None
    assert localise("call 911 now", {"in:BE"}) == "call 112 now"


def domain_texts() -> list[str]:
    """Every text the bot and the gateway can send, in every language."""
    import glob

    import yaml

    from webhooks.conversations.texts import TEXTS

    texts = []
    for path in sorted(glob.glob("bot/domain/*.yml")):
        for variants in (yaml.safe_load(open(path, encoding="utf-8")).get("responses") or {}).values():
            texts += [v["text"] for v in variants if v.get("text")]
    return texts + [t for language in TEXTS.values() for t in language.values()]


_TEXTING = re.compile(r"\b(text|texting|texto|mensaje de texto|escribe|mensagem|envoyez|écrivez)\b", re.IGNORECASE)


# "Here, texting 911 usually doesn't work": a sentence saying texting does not work tells nobody to text
_DOES_NOT_WORK = re.compile(r"(doesn't|does not|won't) work|no funciona|ne marche (généralement )?pas|não funciona",
                            re.IGNORECASE)


def sentences_telling_to_text(body: str, number: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", body) if number in s and _TEXTING.search(s)
            and not _DOES_NOT_WORK.search(s)]


def test_outside_the_us_nobody_is_told_to_text_the_emergency_number():
    # texting 911 works in much of the US only: "call or text 911" told someone hiding in Canada or France to text a
    # number that never answers
    texts = domain_texts()
    told_to_text = [t for t in texts if sentences_telling_to_text(t, "911")]
    assert len(told_to_text) >= 12  # the US texts do say it, in every language
    for code, numbers in NUMBERS.items():
        if code in ("US", "PR"):
            assert all(localise(t, {f"in:{code}"}) == t for t in told_to_text)
            continue
        for text in told_to_text:
            localised = localise(text, {f"in:{code}"})
            assert not sentences_telling_to_text(localised, numbers.call), (code, localised)
            assert (numbers.call in localised or code == "FR" and "114" in localised) and "  " not in localised, (
                code, localised)
    crisis = [t for t in texts if sentences_telling_to_text(t, "988")]
    assert len(crisis) >= 8
    for code, numbers in NUMBERS.items():
        localised = [localise(t, {f"in:{code}"}) for t in crisis]
        if code in ("US", "PR", "CA"):  # 988 takes texts there
            assert all(sentences_telling_to_text(t, "988") for t in localised)
        else:
            assert not any(sentences_telling_to_text(t, numbers.crisis or numbers.call) for t in localised), code


def test_in_canada_the_services_named_are_canadas():
    us_only = re.compile(r"\bICE\b|1-866-487-9243|1-800-799-7233|88788|1-800-843-5678|NCMEC's|de NCMEC|du NCMEC"
                         r"|do NCMEC|National Center for Missing|Centro Nacional para Niños|Domestic Violence Hotline"
                         r"|Línea Nacional|Department of Labor|Departamento de Trabajo|Departamento do Trabalho"
                         r"|ministère du Travail")
    named = [t for t in domain_texts() if us_only.search(t)]
    assert len(named) >= 20
    flags = assess("je suis à Montréal et mon patron garde mon passeport").flags
    for text in named:
        assert not us_only.search(localise(text, flags)), localise(text, flags)
    waits = ("It may take a few minutes.", "Puede tardar unos minutos.", "It can take a little while.",
             "Pode demorar um pouco.")
    handoff = [t for t in domain_texts() if any(wait in t for wait in waits)]
    assert handoff and all("1-833-900-1010" in localise(t, flags) for t in handoff)  # Canada's trafficking hotline
    assert not any("1-833-900-1010" in localise(t, {"in:US"}) for t in handoff)
    immigration = next(t for t in named if t.startswith("We don't ask about immigration status"))
    assert "(CBSA)" in localise(immigration, flags)
    assert localise(immigration, assess("i live in Dallas").flags) == immigration


def test_every_phrase_the_line_changes_abroad_is_in_its_texts():
    # the tables follow the texts: a text reworded in bot/domain must be reworded here too
    from webhooks.triage.emergency import _CALL_DONT_TEXT, _CANADA, _FRANCE_TEXTS

    texts = domain_texts()
    for phrase, _instead in _CALL_DONT_TEXT + _CANADA + _FRANCE_TEXTS:
        assert any(phrase.search(t) for t in texts), phrase.pattern


@pytest.mark.parametrize("text", ["je suis à Montréal", "I'm in Ontario", "estoy en toronto con mi tia",
                                  "on est au Québec", "we work in calgary", "we live in surrey BC. my daughter is 14",
                                  "its a farm near leamington ON", "a laval qc"])
def test_canadian_places_place_the_person_in_canada(text):
    assert country_said(text) == "CA"
    for elsewhere in ("she came from toronto", "i live in ontario california", "a farm in Ottawa, Illinois",
                      "we are in london on the bus"):
        assert country_said(elsewhere) is None, elsewhere


def test_a_uk_city_places_the_person_in_the_uk():
    # "hiya im in leicester, my mate is stuck at a car wash" was told 911, twice
    assert country_said("hiya im in leicester, my mate is stuck at a car wash") == "GB"
    assert localise("If in danger, call 911.", {"in:GB"}) == "If in danger, call 999."


def test_in_france_someone_who_cannot_speak_is_told_to_text_114():
    # "je peux envoyer un sms a la police?" (in Paris, whispering) got "I can't answer that"
    cant_call = next(t for t in domain_texts() if t.startswith("Si vous ne pouvez pas appeler, essayez"))
    assert localise(cant_call, {"in:FR"}).startswith("Si vous ne pouvez pas appeler, envoyez un SMS au 114.")
    assert "114" not in localise(cant_call, {"in:BE"})


@pytest.mark.parametrize(("text", "country"), [
    ("hi im in london uk", "GB"), ("estoy en tijuana mexico", "MX"), ("im in paris france", "FR"),
    ("we live in albuquerque new mexico", None), ("we are in new mexico", "US"), ("im in a mexico restaurant", None),
])
def test_a_town_then_its_country_places_the_person(text, country):
    # "hi im in london uk" was told to call 911, twice (2026-12-06)
    assert country_said(text) == country


def test_in_the_uk_the_abroad_answer_names_the_uk_helpline():
    # "are you a UK thing or american? should i be calling someone here instead" got no line to call there
    abroad = [t for t in domain_texts() if "embassy or consulate" in t or "embajada o consulado" in t]
    assert abroad and all("08000 121 700" in localise(t, {"in:GB"}) for t in abroad)
    assert all("08000 121 700" not in localise(t, {"in:FR"}) for t in abroad)


def test_a_city_abroad_told_alone_places_the_person_there():
    """"RECIFE PE. pq vc fica perguntando a mesma coisa" was told 911 three times (Brazil: 190)."""
    from webhooks.triage.emergency import country_said
    assert country_said("RECIFE PE. pq vc fica perguntando a mesma coisa") == "BR"
    assert country_said("marseille, resto le petit cabanon vers le vieux port") == "FR"
    assert country_said("nice") is None and country_said("i went to madrid last year") is None


def test_the_journey_is_not_where_the_person_is_and_a_us_state_brings_911_back():
    # twenty-eighth session: "vim do brasil faz 5 meses, uma mulher em goiania me prometeu trabalho de babá aqui" gave
    # "ligue para o 190" in Massachusetts, and "190?? isso é no brasil, eu to em massachusetts" did not change it
    from webhooks.triage.emergency import country_said, with_country
    assert country_said("vim do brasil faz 5 meses, uma mulher em goiania me prometeu trabalho de babá aqui") is None
    assert with_country({"in:BR"}, "190?? isso é no brasil, eu to em massachusetts") == {"in:US"}
    assert country_said("estoy en texas, en una casa") == "US"
    assert country_said("moro em goiania") == "BR"  # where they live still counts


def test_the_number_named_and_more_towns_place_the_person():
    # twenty-eighth session, third round: "é o 112 não é?" (Carcavelos), "ligo pra quem, 190?" (Feira de Santana),
    # Contagem, Aubervilliers: 911 was given, and the question went unanswered
    from webhooks.triage.emergency import country_said
    for text, country in (("Estou na feira de Carcavelos", "PT"), ("é o 112 não é?", "PT"),
                          ("ligo pra quem, 190?", "BR"), ("caminhao bau em Feira de Santana", "BR"),
                          ("moro em Contagem", "BR"), ("un container a Aubervilliers", "FR"),
                          ("c est le 112 ici non?", "FR"), ("debo llamar al 112 o no", "ES")):
        assert country_said(text) == country, text
    for text in ("my room is 190", "room 112 at the motel", "the 190 bus"):
        assert country_said(text) is None, text


def test_violence_at_home_told_from_brazil_gets_brazils_lines():
    # "moro em Goiânia, meu marido me bate" got the US line (1-800-799-7233) and 911
    flags = assess("moro em Goiânia, meu marido me bate").flags
    home = [t for t in domain_texts() if "1-800-799-7233" in t]
    assert len(home) >= 8  # the line, and a shelter tonight, in four languages
    for text in home:
        said = localise(text, flags)
        assert "1-800-799-7233" not in said and "Ligue 180" in said and "911" not in said, said
