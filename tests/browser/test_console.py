"""The staff console in a real browser: an urgent SMS reaches a signed-in agent, who takes over,
sees the person's next message (which Rasa never gets), replies through Twilio, and hands back."""
from __future__ import annotations

import re
import secrets

import httpx
import pyotp
import pytest
from playwright.sync_api import expect

from webhooks.crypto import keyed_hash

pytestmark = pytest.mark.browser


def agent_with_second_factor(system) -> tuple[str, str, str]:
    name, password = f"agent-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
    assert system.tipline("staff", "add", name, "--role", "agent", stdin=password + "\n").returncode == 0
    enrolled = system.tipline("staff", "totp", name)
    assert enrolled.returncode == 0, enrolled.stderr
    secret = re.search(r"secret=([A-Z2-7]+)", enrolled.stdout).group(1)
    return name, password, secret


def sign_in(page, system, name, password, secret):
    page.goto(system.base_url + "/console")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_label("Authenticator code").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#who")).to_contain_text(name)


def test_a_signed_in_agent_takes_over_an_urgent_sms_replies_and_hands_back(system, page, phone):
    name, password, secret = agent_with_second_factor(system)
    sign_in(page, system, name, password, secret)

    system.sms(phone, "hi")
    first = system.sms(phone, "please help, they locked me in the van and he has a knife")
    assert "to join this chat" in first.text
    item = page.locator("#queue li", has_text="immediate danger").last
    expect(item).to_be_visible(timeout=5000)
    expect(item).to_contain_text("critical")

    item.get_by_role("button", name="Take").click()
    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text("they locked me in the van", timeout=5000)

    during = system.sms(phone, "the van is white, parked behind the gas station on Elm")
    assert "<Message>" not in during.text, "the bot stays silent while a person has the conversation"
    expect(transcript).to_contain_text("parked behind the gas station on Elm", timeout=5000)
    key = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")
    rasa = system.env["RASA_URL"].split(",")[0]
    tracker = httpx.get(f"{rasa}/conversations/{key}/tracker", params={"token": system.env["RASA_TOKEN"]}).json()
    assert not any("gas station" in (e.get("text") or "") for e in tracker["events"]), "Rasa got nothing"

    page.get_by_label("Reply").fill("I'm here with you. Are you able to text safely right now?")
    page.get_by_role("button", name="Send").click()
    expect(transcript).to_contain_text("Are you able to text safely", timeout=5000)
    sent = system.twilio.messages_to(phone)
    assert sent and sent[-1].form["Body"] == "I'm here with you. Are you able to text safely right now?"

    page.get_by_role("button", name="Release to bot").click()
    expect(page.locator("#notice")).to_contain_text("Handed back")
    after = system.sms(phone, "hello")
    assert "<Message>" in after.text, "the bot answers again"


def test_a_wrong_code_does_not_sign_in(system, page):
    name, password, _secret = agent_with_second_factor(system)
    page.goto(system.base_url + "/console")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_label("Authenticator code").fill("000000")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in-error")).to_contain_text("wrong")
    expect(page.locator("#app")).to_be_hidden()


def test_a_supervisor_finds_a_mandated_report_reads_it_and_moves_it_on(system, page, phone):
    from tests.support import dialogue

    intake = dialogue.tell(dialogue.by_sms(system, phone), "hi", dialogue.plain(
        what="a 14 year old girl is kept at the motel on Route 6 in Toledo Ohio and men visit her room",
        who="just her"))
    name, password = f"sup-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
    assert system.tipline("staff", "add", name, "--role", "supervisor", stdin=password + "\n").returncode == 0
    enrolled = system.tipline("staff", "totp", name)
    secret = re.search(r"secret=([A-Z2-7]+)", enrolled.stdout).group(1)
    sign_in(page, system, name, password, secret)

    mandated = page.locator("#mandated")
    expect(mandated).to_contain_text(intake.code, timeout=10000)
    expect(mandated).to_contain_text("minor")
    page.get_by_label("Place").fill("toledo")
    page.get_by_role("button", name="Filter").click()
    page.locator("#report-list").get_by_role("button", name=re.compile(intake.code)).click()
    expect(page.locator("#report-fields")).to_contain_text("a 14 year old girl is kept at the motel")
    expect(page.locator("#report-fields")).to_contain_text("Toledo")
    page.get_by_label("Correct").select_option("people_count")
    page.get_by_label("to", exact=True).fill("2")
    page.get_by_role("button", name="Save correction").click()
    expect(page.locator("#notice")).to_contain_text("Correction saved")
    expect(page.locator("#report-fields")).to_contain_text("2 · 14")
    page.locator("#report-status").select_option("triaged")
    expect(page.locator("#notice")).to_contain_text("Status saved")
    page.get_by_label("Referred to").fill("Lucas County Children Services")
    page.get_by_label("Their reference").fill("LCCS-2026-114")
    page.get_by_label("When").fill("2026-11-25T10:30")
    page.get_by_role("button", name="Sign off referral").click()
    expect(page.locator("#notice")).to_contain_text("Referral signed off")
    expect(page.locator("#mandated")).not_to_contain_text(intake.code)
    page.get_by_role("button", name="Place legal hold").click()
    expect(page.locator("#report-meta")).to_contain_text("LEGAL HOLD")
    page.get_by_label("Question for the tipster").fill("Which room number is it?")
    page.get_by_role("button", name="Ask the tipster").click()
    expect(page.locator("#report-thread")).to_contain_text("Which room number is it?")


def test_an_agent_is_warned_before_texting_a_phone_someone_reads_and_sends_only_on_confirming(system, page, phone):
    # a staff text reached "no me manden nada, mi tio agarra mi cel" with nothing on screen to say so
    name, password, secret = agent_with_second_factor(system)
    sign_in(page, system, name, password, secret)
    system.sms(phone, "ayuda me tienen encerrada en un cuarto y el tiene un cuchillo")
    item = page.locator("#queue li", has_text="immediate danger").last
    expect(item).to_be_visible(timeout=5000)
    item.get_by_role("button", name="Take").click()
    expect(page.locator("#transcript")).to_contain_text("me tienen encerrada", timeout=5000)
    system.sms(phone, "no me manden nada, mi tio agarra mi cel cuando regresa")
    expect(page.locator("#transcript")).to_contain_text("mi tio agarra mi cel", timeout=5000)
    warning = page.locator("#texting-warning")
    expect(warning).to_be_visible(timeout=5000)
    expect(warning).to_contain_text("not to be texted")
    before = len(system.twilio.messages_to(phone))
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_label("Reply").fill("Hola, soy Ana")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#notice")).to_contain_text("not to be texted", timeout=5000)
    assert len(system.twilio.messages_to(phone)) == before, "dismissed: nothing sent"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#transcript")).to_contain_text("Hola, soy Ana", timeout=5000)
    assert system.twilio.messages_to(phone)[-1].form["Body"] == "Hola, soy Ana"
