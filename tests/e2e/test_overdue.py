"""An escalation nobody claims in time: marked overdue for supervisors, and the person gets the
emergency information again in a message whose first line says nothing alarming, unless they sent STOP."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.support.twilio import post_signed_sms, sms_params
from webhooks.app import create_app
from webhooks.escalations.watchdog import check_once
from webhooks.settings import Settings

pytestmark = pytest.mark.e2e
ALARMING = ("danger", "911", "trafficking", "police", "escape", "peligro")


def gateway(system) -> TestClient:
    env = {k.lower(): v for k, v in system.env.items() if k.lower() in Settings.model_fields}
    return TestClient(create_app(Settings(**env)), base_url="https://tips.example.org")


def test_an_unclaimed_escalation_becomes_overdue_and_the_person_is_reminded_neutrally(system, phone):
    with gateway(system) as client:
        services = client.app.state.services
        post_signed_sms(client, "https://tips.example.org", services.settings.twilio_auth_token,
                        sms_params(phone, "they won't let me leave the house, please help me now"))
        services.settings.tipline_claim_timeout_seconds = 0
        assert check_once(services) >= 1
        reminders = system.twilio.messages_to(phone)
        assert len(reminders) == 1
        first_line = reminders[0].form["Body"].splitlines()[0].lower()
        assert not any(word in first_line for word in ALARMING), first_line
        assert "911" in reminders[0].form["Body"]
        token = system.staff_token("supervisor")
        items = client.get("/api/escalations", headers={"Authorization": f"Bearer {token}"}).json()["items"]
        assert any(e["overdue"] for e in items)
        assert check_once(services) == 0, "each escalation is marked and reminded once"
        assert len(system.twilio.messages_to(phone)) == 1


def reminders_after(system, phone: str, *texts: str) -> list:
    """Send `texts` from `phone`, let every escalation go overdue, and return what was sent to the phone after."""
    with gateway(system) as client:
        services = client.app.state.services
        for text in texts:
            post_signed_sms(client, "https://tips.example.org", services.settings.twilio_auth_token,
                            sms_params(phone, text))
        services.settings.tipline_claim_timeout_seconds = 0
        check_once(services)
        return system.twilio.messages_to(phone)


def test_no_reminder_goes_to_a_number_that_sent_stop(system, phone):
    assert reminders_after(system, phone, "someone please help, he has a knife", "STOP") == []


def test_no_reminder_goes_to_a_phone_that_is_not_the_persons(system, phone):
    # "escribo del cel de mi patrona": a reminder later would be read by her
    assert reminders_after(system, phone, "escribo del cel de mi patrona, ella esta dormida",
                           "no me deja salir de la casa, ayudenme") == []


def test_no_reminder_goes_to_a_phone_someone_else_reads(system, phone):
    # "il regarde mon telephone des fois": a follow-up text reached a woman whose husband reads her phone
    assert reminders_after(system, phone, "mon mari garde mes papiers, il regarde mon telephone des fois",
                           "il m'empeche de sortir, aidez moi") == []


def test_no_reminder_goes_to_someone_who_sent_their_tip_anonymously(system, phone):
    # "Hi, this is a follow-up to your message…" reached two people two minutes after they filed as "anonymous: no
    # name, no number"
    from webhooks.reports.store import NewTip
    with gateway(system) as client:
        services = client.app.state.services
        post_signed_sms(client, "https://tips.example.org", services.settings.twilio_auth_token,
                        sms_params(phone, "they won't let me leave the house, please help me"))
        services.reports.file(NewTip(conversation_key=services.pipeline.conversation_key("sms", phone), channel="sms",
                                     language="en", narrative="held in a house", privacy_level="anonymous"))
        services.settings.tipline_claim_timeout_seconds = 0
        assert check_once(services) >= 1  # (marked overdue for supervisors all the same)
        assert system.twilio.messages_to(phone) == []


def test_a_reminder_in_a_language_the_line_has_no_texts_in_is_its_holding_line(system, phone):
    # the reminder went out in English to people writing in Tagalog and Haitian Creole
    from webhooks.language.holding import holding_message
    sent = reminders_after(system, phone, "tulungan nyo po ako. kinuha ng amo ko passport ko hindi ako makalabas")
    assert [m.form["Body"] for m in sent] == [holding_message("tl", "again")]


def test_no_reminder_follows_a_last_word_that_it_is_not_safe_now(system, phone):
    # "no my moms coming dont text back" (a boy of 14), "ey perate el ta viniendo" (a boy of 13): each got "Hi, this
    # is a follow-up to your message…" minutes later
    assert reminders_after(system, phone, "im 14 and a guy online has my pics and says he will post them tonight",
                           "no my moms coming dont text back") == []
