"""The emergency numbers a reply gives are those of where the person says they are."""
from __future__ import annotations

import pytest

from webhooks.triage.assess import assess
from webhooks.triage.emergency import country_said, localise

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
