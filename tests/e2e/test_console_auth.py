"""Console sessions: cookie + CSRF, the TOTP second factor, throttled guessing that cannot lock a
real agent out from elsewhere, sign-out and deactivation."""
from __future__ import annotations

import re
import secrets

import httpx
import pyotp
import pytest

pytestmark = pytest.mark.e2e


def new_agent(system, role="agent", totp=False):
    name, password = f"{role}-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
    assert system.tipline("staff", "add", name, "--role", role, stdin=password + "\n").returncode == 0
    secret = None
    if totp:
        secret = re.search(r"secret=([A-Z2-7]+)", system.tipline("staff", "totp", name).stdout).group(1)
    return name, password, secret


def client(system, address="127.0.0.1"):
    # Each client stands for one address: the gateway sees X-Forwarded-For only from trusted proxies,
    # so distinct addresses are made with distinct loopback source IPs.
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=system.base_url, transport=transport, timeout=30)


def test_a_cookie_session_needs_its_csrf_token_to_change_anything(system):
    name, password, _ = new_agent(system)
    with client(system) as c:
        signed = c.post("/console/sign-in", json={"username": name, "password": password})
        assert signed.status_code == 200
        csrf = signed.json()["csrf_token"]
        cookie = signed.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert c.get("/api/escalations").status_code == 200
        assert c.post("/api/escalations/next").status_code == 403
        assert c.post("/api/escalations/next", headers={"X-CSRF-Token": "wrong"}).status_code == 403
        assert c.post("/api/escalations/next", headers={"X-CSRF-Token": csrf}).status_code in (200, 404)
        assert c.post("/console/sign-out", headers={"X-CSRF-Token": csrf}).status_code == 204
        assert c.get("/api/escalations").status_code == 401


def test_an_enrolled_second_factor_is_required(system):
    name, password, secret = new_agent(system, totp=True)
    with client(system) as c:
        assert c.post("/console/sign-in", json={"username": name, "password": password}).status_code == 401
        assert c.post("/console/sign-in", json={"username": name, "password": password,
                                                "otp": "123456"}).status_code == 401
        ok = c.post("/console/sign-in", json={"username": name, "password": password,
                                              "otp": pyotp.TOTP(secret).now()})
        assert ok.status_code == 200
        api = c.post("/api/auth/token", data={"username": name, "password": password})
        assert api.status_code == 401, "the API token flow needs the code too"
        api = c.post("/api/auth/token", data={"username": name, "password": password,
                                              "otp": pyotp.TOTP(secret).now()})
        assert api.status_code == 200


def test_guessing_slows_down_for_that_address_without_locking_the_agent_out_elsewhere(system):
    name, password, _ = new_agent(system)
    with client(system, "127.0.0.2") as stranger:
        codes = [stranger.post("/console/sign-in", json={"username": name, "password": "guess" + str(i)}).status_code
                 for i in range(8)]
        assert codes[:5] == [401] * 5 and 429 in codes[5:]
        blocked = stranger.post("/console/sign-in", json={"username": name, "password": password})
        assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    with client(system, "127.0.0.3") as agent:
        assert agent.post("/console/sign-in", json={"username": name, "password": password}).status_code == 200


def test_a_supervisor_deactivates_an_account_and_its_session_stops_working(system):
    name, password, _ = new_agent(system)
    boss, boss_password, _ = new_agent(system, role="supervisor")
    with client(system) as agent, client(system) as sup:
        assert agent.post("/console/sign-in", json={"username": name, "password": password}).status_code == 200
        signed = sup.post("/console/sign-in", json={"username": boss, "password": boss_password}).json()
        staff = sup.get("/api/staff").json()
        agent_id = next(u["id"] for u in staff if u["username"] == name)
        assert agent.get("/api/staff").status_code == 403, "agents cannot manage accounts"
        done = sup.post(f"/api/staff/{agent_id}/deactivate", headers={"X-CSRF-Token": signed["csrf_token"]})
        assert done.status_code == 200 and done.json()["active"] is False
        assert agent.get("/api/escalations").status_code == 401
        assert agent.post("/console/sign-in", json={"username": name, "password": password}).status_code == 401
