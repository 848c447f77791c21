"""Web chat end to end: the JSON API and its socket, against the real Rasa and report store."""
from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.support import dialogue
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import keyed_hash
from webhooks.db import Database

pytestmark = pytest.mark.e2e

def open_session(system) -> tuple[str, dict]:
    resp = system.http.post("/chat/sessions")
    assert resp.status_code == 201
    data = resp.json()
    assert set(data) == {"session_id", "token"}
    return data["session_id"], {"Authorization": f"Bearer {data['token']}"}


def say(system, session_id, headers, text) -> list[str]:
    resp = system.http.post(f"/chat/sessions/{session_id}/messages", json={"text": text}, headers=headers)
    assert resp.status_code == 200, resp.text
    return [r["text"] for r in resp.json()["replies"]]


def test_a_web_chat_tip_becomes_one_report(system):
    narrative = "I think a girl at my school is being sold by an older guy, he picks her up every day"
    intake = dialogue.tell(dialogue.by_web(system), "hello", dialogue.plain(
        what=narrative, where="Lincoln High School in Fresno, California", when="every afternoon for the past month",
        who="just her, she is 15"))
    token = system.staff_token("agent")
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    report = [r for r in items if r["reference_code"] == intake.code]
    assert len(report) == 1
    assert report[0]["channel"] == "web"
    assert report[0]["narrative"] == narrative
    assert report[0]["city"] == "Fresno" and report[0]["state"] == "CA"
    assert report[0]["ongoing"] is True, "'every day' told in the tip: not asked again"
    assert report[0]["minor"] is True


def test_a_chat_message_needs_its_own_session_token(system):
    session_id, _ = open_session(system)
    _, other_headers = open_session(system)
    resp = system.http.post(f"/chat/sessions/{session_id}/messages", json={"text": "hi"}, headers=other_headers)
    assert resp.status_code == 401
    resp = system.http.post(f"/chat/sessions/{session_id}/messages", json={"text": "hi"})
    assert resp.status_code == 401
    resp = system.http.post("/chat/sessions/not-a-real-session-id-000/messages", json={"text": "hi"},
                            headers=other_headers)
    assert resp.status_code == 404
    # nothing was stored for a wrong token, and no conversation was made for an unknown session
    db = Database(system.settings.effective_database_url)
    try:
        with db.session() as s:
            for session in (session_id, "not-a-real-session-id-000"):
                key = keyed_hash(system.settings.tipline_secret_key, f"web:{session}")
                stored = s.scalar(select(func.count()).select_from(Message).join(Conversation).where(
                    Conversation.key == key))
                assert stored == 0, session
            unknown = keyed_hash(system.settings.tipline_secret_key, "web:not-a-real-session-id-000")
            assert s.scalar(select(Conversation).where(Conversation.key == unknown)) is None
    finally:
        db.dispose()


def test_a_retried_client_message_id_is_answered_once(system):
    session_id, headers = open_session(system)
    body = {"text": "hi", "client_message_id": "retry-test-0001"}
    first = system.http.post(f"/chat/sessions/{session_id}/messages", json=body, headers=headers).json()
    second = system.http.post(f"/chat/sessions/{session_id}/messages", json=body, headers=headers).json()
    assert first == second and first["replies"]


def test_the_socket_pushes_replies_to_the_page(system):
    session_id, headers = open_session(system)
    ws_url = system.base_url.replace("http://", "ws://") + f"/chat/sessions/{session_id}/ws"
    with connect(ws_url, open_timeout=10) as ws:
        ws.send(json.dumps({"token": headers["Authorization"].split()[1]}))
        assert json.loads(ws.recv(timeout=10))["type"] == "ready"
        sent = system.http.post(f"/chat/sessions/{session_id}/messages", json={"text": "hello"},
                                headers=headers).json()["replies"]
        pushed = [json.loads(ws.recv(timeout=10)) for _ in sent]
    assert [(p["id"], p["text"]) for p in pushed] == [(r["id"], r["text"]) for r in sent]


def test_the_socket_refuses_a_wrong_token(system):
    session_id, _ = open_session(system)
    ws_url = system.base_url.replace("http://", "ws://") + f"/chat/sessions/{session_id}/ws"
    with connect(ws_url, open_timeout=10) as ws:
        ws.send(json.dumps({"token": "wrong"}))
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)
        assert ws.close_code == 4401


def test_the_chat_page_is_served_with_a_strict_policy_and_no_cookies(system):
    resp = system.http.get("/")
    assert resp.status_code == 200
    assert "Quick exit" in resp.text
    assert "set-cookie" not in resp.headers
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert resp.headers["cache-control"] == "no-store"
    assert "http" not in re.sub(r'data-exit-url="[^"]*"', "", resp.text).replace('href="tel:', ""), \
        "the page loads nothing from other origins"
