"""The follow-up page in a real browser (Debian's chromium): sign in with code and passphrase, read the staff
question, answer it; no cookies."""
from __future__ import annotations

import pytest

from tests.support import dialogue

pytestmark = pytest.mark.browser


def test_the_follow_up_page_signs_in_and_shows_the_question(system, phone, page):
    intake = dialogue.tell(dialogue.by_sms(system, phone), "hi", dialogue.plain())
    token = system.staff_token("agent")
    system.http.post(f"/api/reports/{intake.code}/questions", headers={"Authorization": f"Bearer {token}"},
                     json={"text": "Is the van still parked there at night?"})
    page.goto(system.base_url + "/follow-up")
    page.get_by_label("Reference code").fill(intake.code)
    page.get_by_label("Passphrase").fill(intake.passphrase)
    page.get_by_role("button", name="Open").click()
    page.locator("#log li.bot").first.wait_for(timeout=10000)
    assert "Is the van still parked there at night?" in page.locator("#log").inner_text()
    page.get_by_label("Add information or answer").fill("yes, every night after 10")
    page.get_by_role("button", name="Send").click()
    page.locator("#log li.person").first.wait_for(timeout=10000)
    assert page.context.cookies() == []
