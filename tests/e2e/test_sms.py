"""SMS end to end: signed Twilio webhooks → gateway → real Rasa → action server → report store."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from tests.support import dialogue
from tests.support.twilio import new_message_sid, post_signed_sms, replies, sms_params
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import keyed_hash
from webhooks.db import Database

pytestmark = pytest.mark.e2e

def reference_code(text: str) -> str:
    match = re.search(r"\b([2-9A-Z]{4}-[2-9A-Z]{4})\b", text)
    assert match, text
    return match.group(1)


def count(system, model, *where) -> int:
    db = Database(system.settings.effective_database_url)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(model).where(*where))
    finally:
        db.dispose()


def test_a_texted_tip_becomes_one_report_with_its_fields(system, phone):
    narrative = "The nail salon next to my work keeps the women locked inside at night and took their passports"
    intake = dialogue.tell(dialogue.by_sms(system, phone), "hi", dialogue.plain(
        what=narrative, where="Golden Nails on 5th Street in Tulsa, Oklahoma",
        when="last night around 10pm and it is still going on", who="4 or 5 women"))
    assert intake.asked[:4] == ["safe", "role", "privacy", "what"], "safety check first, then role and privacy"

    token = system.staff_token()
    items = system.http.get("/api/reports", headers={"Authorization": f"Bearer {token}"}).json()["items"]
    mine = [r for r in items if r["reference_code"] == intake.code]
    assert len(mine) == 1
    report = mine[0]
    assert report["channel"] == "sms"
    assert report["narrative"] == narrative
    assert report["location"] == "Golden Nails on 5th Street in Tulsa, Oklahoma"
    assert report["occurred"] == "last night around 10pm and it is still going on"
    assert phone not in str(report) and phone.lstrip("+") not in str(report)


def test_a_retried_message_sid_gets_the_same_reply_and_stores_nothing_twice(system, phone):
    params = sms_params(phone, "hello", sid=new_message_sid())
    first = replies(post_signed_sms(system.http, "https://tips.example.org", system.settings.twilio_auth_token,
                                    params))
    again = [replies(post_signed_sms(system.http, "https://tips.example.org",
                                     system.settings.twilio_auth_token, params)) for _ in range(4)]
    assert all(a == first for a in again)
    assert count(system, Message, Message.provider_id == f"twilio:{params['MessageSid']}") == 1
    # the bot was asked once: a second "hello" turn would have produced a second set of replies
    sid_row_replies = count(system, Message, Message.direction == "out",
                            Message.reply_to_id == select(Message.id).where(
                                Message.provider_id == f"twilio:{params['MessageSid']}").scalar_subquery())
    assert sid_row_replies == len(first)


def test_a_retried_confirmation_files_one_report(system, phone):
    narrative = "there are kids working nights at the packing plant on Route 9 and the boss keeps their pay"
    dialogue.tell(dialogue.by_sms(system, phone), "hi", dialogue.plain(what=narrative), stop_at="confirm")
    params = sms_params(phone, "yes")
    first = replies(post_signed_sms(system.http, "https://tips.example.org", system.settings.twilio_auth_token,
                                    params))
    second = replies(post_signed_sms(system.http, "https://tips.example.org", system.settings.twilio_auth_token,
                                     params))
    code = reference_code(first[-1])
    assert second == first
    token = system.staff_token("agent")
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    assert [r["reference_code"] for r in items].count(code) == 1
    assert sum(1 for r in items if r["narrative"] == narrative and r["reference_code"] == code) == 1


@pytest.mark.parametrize("signature", ["", "forged-signature", "bm90IHRoZSByaWdodCBvbmU="])
def test_a_missing_or_forged_signature_is_refused_and_nothing_is_stored(system, phone, signature):
    params = sms_params(phone, "someone is locked in the back room")
    resp = post_signed_sms(system.http, "https://tips.example.org", system.settings.twilio_auth_token, params,
                           signature=signature)
    assert resp.status_code == 403
    assert count(system, Message, Message.provider_id == f"twilio:{params['MessageSid']}") == 0


def test_a_signature_for_another_body_or_url_is_refused(system, phone):
    params = sms_params(phone, "original text")
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(system.settings.twilio_auth_token)
    sig_for_other_body = validator.compute_signature("https://tips.example.org/twilio/sms",
                                                     {**params, "Body": "different"})
    sig_for_other_url = validator.compute_signature("https://evil.example.com/twilio/sms", params)
    for sig in (sig_for_other_body, sig_for_other_url):
        resp = post_signed_sms(system.http, "https://tips.example.org", system.settings.twilio_auth_token,
                               params, signature=sig)
        assert resp.status_code == 403
    assert count(system, Message, Message.provider_id == f"twilio:{params['MessageSid']}") == 0


def test_stop_silences_the_number_until_start_and_start_asks_again_what_was_asked(system, phone):
    replies(system.sms(phone, "hi"))
    assert dialogue.question_in(replies(system.sms(phone, "yes"))) == "role"
    stop = replies(system.sms(phone, "STOP"))
    assert len(stop) == 1 and "start" in stop[0].lower() and "911" not in stop[0]  # (no person was called)
    assert replies(system.sms(phone, "are you there?")) == []
    assert replies(system.sms(phone, "help")) == []
    start = replies(system.sms(phone, "start"))
    # welcome back, is it safe to text (STOP can mean someone was looking), then the question that was waiting (the next
    # message was read as its answer, unseen)
    assert "911" in start[0] and dialogue.question_in(start) == "safe", start
    assert dialogue.question_in(replies(system.sms(phone, "yes"))) == "role"
    after = replies(system.sms(phone, "someone else"))
    assert dialogue.question_in(after) == "privacy", after  # the bot goes on
    key = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")
    conv_id = select(Conversation.id).where(Conversation.key == key).scalar_subquery()
    # what was sent while opted out is kept (never lost), but was not answered
    assert count(system, Message, Message.conversation_id == conv_id, Message.status == "held") == 2


def test_help_gives_the_help_text_with_911(system, phone):
    got = replies(system.sms(phone, "HELP"))
    assert len(got) == 1
    assert "911" in got[0] and "STOP" in got[0]


def test_yes_from_a_number_that_never_opted_out_is_an_ordinary_answer(system, phone):
    got = replies(system.sms(phone, "yes"))
    assert not any("welcome back" in g.lower() for g in got)


def test_the_raw_number_is_stored_only_encrypted(system, phone):
    replies(system.sms(phone, "hello"))
    db = Database(system.settings.effective_database_url)
    try:
        with db.engine.connect() as conn:
            for table in ("conversations", "messages", "reports", "audit_log"):
                for row in conn.exec_driver_sql(f"SELECT * FROM {table}"):
                    assert phone.lstrip("+") not in " ".join(str(v) for v in row)
    finally:
        db.dispose()


def test_someone_who_reads_english_badly_is_told_the_languages_and_the_next_message_switches(system, phone):
    replies(system.sms(phone, "hi"))
    # "sorry my english no good" got the not-safe pause, in English, and English menus after
    told = " ".join(replies(system.sms(phone, "sorry my english no good")))
    assert "español" in told and "português" in told, told
    then = " ".join(replies(system.sms(phone, "hola, necesito ayuda para denunciar algo")))
    assert "¿Se trata de ti o de otra persona?" in then, then  # in Spanish, and the safety check taken as answered


def test_asked_not_to_text_back_now_the_message_gets_no_text_and_the_next_one_does(system, phone):
    # "ok i texted 911. stop texting me for now he'll hear my phone buzz" got a text back at once
    system.sms(phone, "help me he locked me in the back room")
    quiet = system.sms(phone, "ok i texted 911. stop texting me for now he'll hear my phone buzz")
    assert quiet.status_code == 200 and replies(quiet) == [], quiet.text
    assert replies(system.sms(phone, "police are here. he ran. im ok")), "the next message is answered"
