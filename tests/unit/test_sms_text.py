"""Replies fit SMS: short ones stay whole, long ones split at boundaries, no character lost (UCS-2 text too)."""
from __future__ import annotations

from pathlib import Path

import yaml

from webhooks.channels.sms_text import SMS_LIMIT, split_for_sms
from webhooks.conversations.texts import TEXTS
from webhooks.conversations.texts import text as text_of

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"
# Read back as they are: the summary and the not-trafficking referral may run to two SMS.
MAY_SPLIT = {"utter_not_trafficking", "utter_not_trafficking_canada", "utter_tip_summary", "utter_tip_filed"}


def bot_texts():
    for path in sorted(DOMAIN.glob("*.yml")):
        for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items():
            for variant in variants:
                yield name, variant["text"]


def squash(text: str) -> str:
    return "".join(text.split())


def test_every_bot_and_gateway_text_fits_one_or_two_sms():
    for name, text in bot_texts():
        assert len(text) <= SMS_LIMIT or name in MAY_SPLIT, (name, len(text))
        assert len(split_for_sms(text)) <= 2, name
    for language, table in TEXTS.items():
        for name, text in table.items():
            assert len(text) <= SMS_LIMIT, (language, name, len(text))


def test_a_long_reply_splits_at_sentences_and_loses_nothing():
    text = ("¿Has notado algo así? ¡Gracias por contarnos! Señales: les quitaron el pasaporte 🛂, tienen una deuda. "
            * 6).strip()
    parts = split_for_sms(text)
    assert len(parts) > 1 and all(0 < len(p) <= SMS_LIMIT for p in parts)
    assert squash("".join(parts)) == squash(text)
    assert all(p.endswith((".", "!", "?")) for p in parts[:-1]), parts


def test_emoji_sequences_and_accents_are_never_cut():
    family = "👩‍👩‍👧"
    text = " ".join([f"ñandú{family}"] * 80)
    parts = split_for_sms(text)
    assert squash("".join(parts)) == squash(text)
    assert all(p.count(family) == p.count("ñandú") for p in parts)


def test_short_replies_are_left_alone():
    assert split_for_sms("  Gracias. ¿Dónde está pasando?  ") == ["Gracias. ¿Dónde está pasando?"]
    assert split_for_sms("") == []


def test_the_help_text_with_the_hotline_phone_is_in_the_person_s_language_and_fits():
    for language in TEXTS:
        contact = text_of("call_us", language, phone="1-888-373-7888")
        intro = text_of("help_intro", language, hotline="the Northside Tip Line")
        helped = text_of("help", language, intro=intro, contact=contact)
        assert "1-888-373-7888" in helped and len(helped) <= SMS_LIMIT, (language, len(helped))
        assert (language == "en") == ("Call us" in helped), language  # no English inside a Spanish answer
        # unnamed, the line says what it is in the person's language ("Aqui é the tip line, uma linha…" was sent)
        unnamed = text_of("help", language, intro=text_of("help_intro_unnamed", language), contact=contact)
        assert "tip line" not in unnamed or language == "en", language


def test_the_web_chat_is_never_told_its_number_is_erased():
    # "this chat and your number" puzzled people writing from a browser; SMS keeps the number
    for language in TEXTS:
        for name in ("confirm_delete", "erased", "erased_on_hold"):
            web, sms = text_of(name, language, "web"), text_of(name, language, "sms")
            assert web != sms and len(web) < len(sms), (language, name)
    assert "número" not in text_of("erased", "es", "web") and "número" in text_of("erased", "es", "sms")


def test_the_signs_question_to_the_person_it_happens_to_asks_about_them_in_every_language():
    responses = {}
    for path in sorted(DOMAIN.glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text()).get("responses") or {})
    for name in ("utter_ask_tip_control", "utter_ask_tip_control_besides"):
        assert len(responses[f"{name}_self"]) == len(responses[name]) == 4, name
        assert "happened to you" in responses[f"{name}_self"][-1]["text"]


def test_a_question_put_in_other_words_to_the_person_it_happens_to_is_about_them_in_every_language():
    from bot.actions.tip import SAID_TO_THE_PERSON, to_whom

    responses = {}
    for path in sorted(DOMAIN.glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text()).get("responses") or {})
    for name in SAID_TO_THE_PERSON:
        own = to_whom(name, {"reporter_role": "self"})
        assert own == f"{name}_self" and to_whom(name, {"reporter_role": "other"}) == name
        assert len(responses[own]) == len(responses[name]) == 4, name
        english = responses[own][-1]["text"].lower()
        assert "you saw" not in english and "you see" not in english, name
        assert all(a["text"] != b["text"] for a, b in zip(responses[own], responses[name], strict=True)), name


def test_the_erase_confirmation_says_the_report_goes_too_in_every_language():
    # "como borro esto", then "si": the report about a 17-year-old was gone, and nothing had said so
    responses = {}
    for path in sorted(DOMAIN.glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text()).get("responses") or {})
    report_word = ("report", "denuncia", "signalement", "denúncia")
    for name in ("utter_confirm_delete", "utter_confirm_delete_web"):
        for variant in responses[name]:
            assert any(w in variant["text"] for w in report_word), variant["text"]
    for language, texts in TEXTS.items():
        if "confirm_delete" in texts:
            assert any(w in texts["confirm_delete"] for w in report_word), language
