"""The conversation's language end to end: Spanish stays Spanish, "ok" does not switch it, an explicit
request does; a language the bot does not speak gets a holding message in it and a person."""
from __future__ import annotations

import time

import pytest

from tests.support import dialogue
from tests.support.twilio import new_phone, replies
from webhooks import redis_state
from webhooks.crypto import keyed_hash
from webhooks.language.detect import detect
from webhooks.language.holding import holding_message

pytestmark = pytest.mark.e2e


def test_a_spanish_conversation_is_answered_in_spanish_throughout(system, phone):
    intake = dialogue.tell(dialogue.by_sms(system, phone), "hola", dialogue.plain(
        "es", what="en la taqueria de la esquina los trabajadores duermen ahi y el dueño les quita el sueldo",
        where="Taqueria El Sol en la calle 5, Houston", when="desde hace meses y sigue pasando"), "es")
    assert "línea confidencial" in intake.replies[0][0]
    for reply in (r for turn in intake.replies for r in turn):
        assert detect(reply.split("http")[0]).language == "es", reply
    after_ok = replies(system.sms(phone, "ok"))
    assert all(detect(r).language in ("es", "und") for r in after_ok), after_ok
    switched = replies(system.sms(phone, "in English please"))
    assert switched == ["Okay, I'll write in English from now on."]
    english = replies(system.sms(phone, "hi"))
    # (no code in the greeting: whoever holds the phone may be the one writing "hi")
    assert english and "Hi again" in english[0] and intake.code not in english[0]


def test_asking_for_spanish_mid_intake_gets_the_question_again_in_spanish(system, phone):
    # "can we speak spanish?" got the confirmation alone: the role question, asked in English, went unanswered and
    # the person's next message was taken as its answer
    replies(system.sms(phone, "hi"))
    assert "about you, or about someone else" in " ".join(replies(system.sms(phone, "yes")))
    switched = replies(system.sms(phone, "can we speak spanish?"))
    assert switched[0] == "De acuerdo, a partir de ahora te escribo en español.", switched
    assert any("¿Se trata de ti o de otra persona?" in r for r in switched[1:]), switched
    menu = " ".join(replies(system.sms(phone, "de otra persona")))
    assert "Tú decides cuánto compartir" in menu, menu


def test_french_and_portuguese_are_spoken_by_the_bot(system, phone):
    fr = replies(system.sms(phone, "bonjour"))
    assert "ligne de signalement confidentielle" in fr[0]
    pt_phone = new_phone()
    pt = replies(system.sms(pt_phone, "olá, bom dia"))
    assert "linha de denúncia confidencial" in pt[0]
    # "sou eu" ("it's me") to the safety check answers whom it is about; it is not a goodbye
    me = " ".join(replies(system.sms(pt_phone, "sou eu")))
    assert "encerrar" not in me and "o quanto compartilhar" in me, me


def test_a_first_message_with_no_language_leaves_it_to_the_next_one(system, phone):
    # "👋" then "si" got the role question in English
    wave = replies(system.sms(phone, "👋"))
    assert "confidential tip line" in wave[0]
    yes = " ".join(replies(system.sms(phone, "si")))
    assert "¿Se trata de ti o de otra persona?" in yes, yes
    # from then on the conversation's language holds: a number does not move it
    menu = " ".join(replies(system.sms(phone, "2")))
    assert "Tú decides cuánto compartir" in menu, menu


def test_an_english_conversation_stays_english_when_a_place_has_a_spanish_name(system, phone):
    # "los angeles koreatown" after an English opening got "¿Cuándo pasó?": the opening in the default language had
    # not set the conversation's language, so the place name was read as the first message with one
    assert "confidential tip line" in replies(system.sms(phone, "can anyone see these messages"))[-1]
    after = replies(system.sms(phone, "los angeles koreatown"))
    assert after and all(detect(r).language in ("en", "und") for r in after), after


@pytest.mark.parametrize("text,language,expected", [
    ("Bonjou, mwen bezwen pale ak yon moun, patwon an pran paspò mwen", "ht", "Mèsi paske ou ekri nou"),
    ("Xin chào, tôi cần giúp đỡ, chủ lấy hộ chiếu của tôi", "vi", "Cảm ơn bạn đã nhắn tin"),
])
def test_a_language_the_bot_does_not_speak_gets_a_holding_message_and_a_person(system, phone, text, language,
                                                                              expected):
    token = system.staff_token("agent")
    headers = {"Authorization": f"Bearer {token}"}
    before = {e["id"] for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers)
              .json()["items"]}
    got = replies(system.sms(phone, text))
    assert len(got) == 1 and got[0].startswith(expected) and "911" in got[0]
    items = system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]
    new = [e for e in items if e["id"] not in before]
    assert len(new) == 1
    assert new[0]["language"] == language and "interpreter_needed" in new[0]["reasons"]
    again = replies(system.sms(phone, "?"))
    assert again == [], "one holding message for a burst; the rest waits for the person"
    # five minutes on with nobody yet ("bao lâu nữa? em sợ lắm" had met silence for a day): the holding message again
    conversation = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")
    waited, holding = redis_state.connect(system.settings.redis_url), redis_state.key("holding", conversation, language)
    assert 60 < waited.ttl(holding) <= 120  # minutes, not the day it was
    assert waited.pexpire(holding, 1)  # (the two minutes, shortened)
    time.sleep(0.05)
    later = replies(system.sms(phone, "??"))
    # not the greeting again: still here, and someone who speaks the language is being found
    assert later == [holding_message(language, "again")] and "911" in later[0], later


def test_in_a_language_the_bot_does_not_speak_danger_gets_911_first_and_a_few_english_words_keep_the_language(
        system, phone):
    # "他回来了 他在门外 救命" (he is back, at the door, help) got the thank-you greeting again; "ma'am sir pls reply"
    # from a Tagalog writer got the list of the bot's languages, and then a reminder, in English
    first = replies(system.sms(phone, "你好 我在按摩店工作 老板不让我走 护照在他那里 我很害怕"))
    assert first == [holding_message("zh")]
    danger = replies(system.sms(phone, "他回来了 他在门外 救命"))
    assert danger == [holding_message("zh", "danger")] and danger[0].startswith("如果可以，请现在就拨打911"), danger
    other = new_phone()
    assert replies(system.sms(other, "tulungan nyo po ako. kinuha ng amo ko passport ko hindi ako makalabas")) == [
        holding_message("tl")]
    assert replies(system.sms(other, "ma'am sir pls reply")) == []  # (one answer for a burst)
    conversation = keyed_hash(system.settings.tipline_secret_key, f"sms:{other}")
    redis_state.connect(system.settings.redis_url).pexpire(redis_state.key("holding", conversation, "tl"), 1)
    time.sleep(0.05)
    assert replies(system.sms(other, "hello po?")) == [holding_message("tl", "again")]  # still in Tagalog


def test_a_short_spanish_reply_keeps_the_conversation_in_spanish_and_a_switch_after_an_escalation_is_answered(
        system, phone):
    send = dialogue.by_sms(system, phone)
    send("hola")
    send("sí")
    got = send("solo yo")
    assert got and all(detect(r).language == "es" for r in got), got  # "yo" is no Creole here
    urgent = send("no me dejan salir de la casa")  # a person is asked for: urgent
    assert any("equipo" in r for r in urgent), urgent
    creole = send("bonjou, mwen bezwen pale ak yon moun tanpri")  # not urgent: only the switch answers it
    assert len(creole) == 1 and creole[0].startswith("Mèsi paske ou ekri nou"), creole


@pytest.mark.parametrize(("first", "opening"), [("jsuis pas bien", "Pouvez-vous écrire"), ("im not ok", "safe for you"),
                                                ("no estoy bien", "escribir sin peligro")])
def test_a_first_message_saying_they_are_not_ok_opens_the_line_in_their_language(system, first, opening):
    # "jsuis pas bien" as the first message got "D'accord. Nous sommes là quand vous en avez besoin." (a no, answered
    # as one), and nothing more
    got = " ".join(replies(system.sms(new_phone(), first)))
    assert opening in got, got


def test_an_escalation_follows_the_language_the_person_goes_on_in(system, phone):
    # thirty-fourth session: Creole, then French, kept the escalation in Creole with "interpreter_needed"; "hi i need
    # help porfavor" and then Spanish queued a woman held in a house as English
    token = system.staff_token("agent")
    headers = {"Authorization": f"Bearer {token}"}
    before = {e["id"] for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers)
              .json()["items"]}
    replies(system.sms(phone, "Bonjou, mwen bezwen pale ak yon moun, patwon an pran paspò mwen"))
    mine = [e for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]
            if e["id"] not in before]
    assert len(mine) == 1 and mine[0]["language"] == "ht" and "interpreter_needed" in mine[0]["reasons"]
    got = replies(system.sms(phone, "je peux parler français aussi. la patronne a pris mon passeport et je ne peux"
                                    " pas sortir de la maison"))
    assert got, "answered in French by the bot"
    now = next(e for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]
               if e["id"] == mine[0]["id"])
    assert now["language"] == "fr" and "interpreter_needed" not in now["reasons"], now
