"""The staff API: sign-in with the OAuth2 password flow and the report list."""
from __future__ import annotations

import secrets

import pytest

from tests.support import dialogue
from tests.support.twilio import new_phone

pytestmark = pytest.mark.e2e


def test_reports_need_a_signed_in_staff_member(system):
    assert system.http.get("/api/reports").status_code == 401
    assert system.http.get("/api/reports", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_wrong_passwords_are_refused(system):
    name, password = f"agent-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
    assert system.tipline("staff", "add", name, "--role", "agent", stdin=password + "\n").returncode == 0
    resp = system.http.post("/api/auth/token", data={"username": name, "password": password + "x"})
    assert resp.status_code == 401
    resp = system.http.post("/api/auth/token", data={"username": "nobody-here", "password": password})
    assert resp.status_code == 401


def test_staff_add_refuses_a_short_password_and_an_unknown_role(system):
    short = system.tipline("staff", "add", "shorty", "--role", "agent", stdin="short\n")
    assert short.returncode != 0 and "at least" in short.stderr
    bad_role = system.tipline("staff", "add", "someone", "--role", "admin", stdin="x" * 20 + "\n")
    assert bad_role.returncode != 0


def test_reports_are_listed_newest_first_with_a_cursor(system, phone):
    token = system.staff_token("agent")
    headers = {"Authorization": f"Bearer {token}"}
    # file three reports through the bot
    codes = []
    for n in range(3):
        sender = new_phone()
        intake = dialogue.tell(dialogue.by_sms(system, sender), "hi",
                               dialogue.plain(what=f"workers are kept in a house number {n}"))
        codes.append(intake.code)
    page1 = system.http.get("/api/reports", params={"limit": 2}, headers=headers).json()
    assert [r["reference_code"] for r in page1["items"]] == codes[::-1][:2]
    assert page1["next_cursor"]
    page2 = system.http.get("/api/reports", params={"limit": 2, "cursor": page1["next_cursor"]},
                            headers=headers).json()
    assert page2["items"][0]["reference_code"] == codes[0]
    assert all(set(r) >= {"reference_code", "created_at", "narrative", "location", "occurred", "status"}
               for r in page1["items"])
