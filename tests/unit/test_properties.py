"""Property-based checks (hypothesis) of the code every message goes through before the bot: SMS splitting
and TwiML, keywords, language detection and choice, and urgency. Whatever text a person sends, nothing
crashes, nothing of it is lost on the way out, and every answer is one the rest of the system understands."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import example, given, settings
from hypothesis import strategies as st

from webhooks.channels.sms import twiml
from webhooks.channels.sms_text import SMS_LIMIT, split_for_sms
from webhooks.conversations.keywords import KEYWORD_WORDS as keyword_words
from webhooks.conversations.keywords import Keyword, is_no, is_yes, keyword_of
from webhooks.language.conversation import choose_language
from webhooks.language.detect import SUPPORTED, UND, detect, requested_language
from webhooks.triage.assess import LEVEL_RANK, assess

# What people text: any Unicode, weighted towards words, spaces, punctuation and the characters of our languages.
WORDS = st.lists(st.sampled_from(
    ["help", "ayuda", "aide", "ajuda", "ede", "passport", "pasaporte", "he", "they", "la", "no", "sí", "ok",
     "gun", "pistola", "kill", "matar", "7", "años", "girl", "niña", "¿", "!", "…", "👍", "👨‍👩‍👧", "ñ", "—",
     "帮助", "도와주세요", "помогите", "مساعدة", "giúp", "tulong", "\n", "  ", ".", ",", "STOP"]), max_size=120)
TEXT = st.one_of(st.text(max_size=800), WORDS.map(" ".join), WORDS.map("".join))
XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))  # what an XML document can carry at all
LEVELS = set(LEVEL_RANK)
SETTINGS = settings(max_examples=300, deadline=None)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@SETTINGS
@given(TEXT, st.integers(min_value=20, max_value=SMS_LIMIT))
def test_split_sms_parts_fit_and_lose_nothing(text, limit):
    parts = split_for_sms(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert _squeezed("".join(parts)) == _squeezed(text), "every character is sent, in order"


@SETTINGS
@given(st.lists(st.text(alphabet=XML_CHARS, max_size=700), max_size=4))
def test_twiml_is_valid_xml_that_carries_every_reply_whole(replies):
    root = ET.fromstring(twiml(replies).body)
    sent = [m.text or "" for m in root.iter("Message")]
    assert all(len(s) <= SMS_LIMIT for s in sent)
    assert _squeezed("".join(sent)) == _squeezed("".join(replies))


@SETTINGS
@given(TEXT, st.sampled_from(["sms", "web"]))
@example("H E L P", "sms")  # found by hypothesis: a keyword spelt out is that keyword
@example("please help me", "sms")
def test_keywords_are_whole_messages_only(text, channel):
    keyword = keyword_of(text, channel)
    assert keyword is None or isinstance(keyword, Keyword)
    if keyword is not None:
        # the keyword alone, however spaced or punctuated ("S T O P", "stop all", "HELP!"), never a sentence with it
        letters = "".join(ch for ch in text.casefold() if ch.isalnum())
        assert letters in keyword_words[keyword], text
    assert not (is_yes(text) and is_no(text))


@SETTINGS
@given(TEXT)
def test_language_is_always_a_supported_code_or_und(text):
    found = detect(text)
    assert found.language in SUPPORTED or found.language == UND
    assert requested_language(text) in (None, *SUPPORTED)


@SETTINGS
@given(st.sampled_from([None, *SUPPORTED]), TEXT, st.booleans())
def test_the_conversation_language_is_always_one_we_answer_in(current, text, first):
    choice = choose_language(current, text, first)
    assert choice.language in SUPPORTED
    if current is not None and not first and not any(ch.isalpha() for ch in text):
        assert choice.language == current, "digits, emoji and punctuation never switch the language"


@SETTINGS
@given(TEXT, st.frozensets(st.sampled_from(["minor", "location", "weapon", "violence", "captivity"])),
       st.booleans())
def test_urgency_is_always_a_level_with_a_score_and_reasons(text, known, help_keyword):
    result = assess(text, known, help_keyword=help_keyword)
    assert result.level in LEVELS
    assert 0 <= result.score <= 100
    assert result.urgent == (result.level != "normal")
    assert result.urgent <= bool(result.reasons), "an urgent message always says why"
