"""Where a web-chat message enters: the anonymous chat page, its JSON API and its socket.

A session is a random id and a bearer token; nothing ties it to the visitor's address. The page
sets no cookies; it keeps the session in its own sessionStorage, which Quick Exit clears.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import json
import secrets
import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, WebSocket, WebSocketDisconnect
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from webhooks import redis_state
from webhooks.channels.limits import MAX_MESSAGE_CHARS
from webhooks.conversations import store
from webhooks.conversations.models import Message
from webhooks.conversations.pipeline import Inbound, NotThisChat
from webhooks.deps import ServicesDep
from webhooks.services import Services

router = APIRouter(tags=["web chat"])
STATIC = Path(__file__).resolve().parent.parent / "static"
SESSION_ID_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"


class SessionOut(BaseModel):
    session_id: str
    token: str


class MessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    client_message_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{8,64}$")


class ReplyOut(BaseModel):
    id: int
    text: str
    erased: bool = False  # this chat is erased: the page's next message opens a new one


class RepliesOut(BaseModel):
    replies: list[ReplyOut]


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_token(services: Services, session_id: str, token: str) -> str:
    """The conversation key of a session whose token matches, else 401/404."""
    key = services.pipeline.conversation_key("web", session_id)
    with services.db.session() as s:
        conv = store.find_by_key(s, key)
        if conv is None or conv.web_token_hash is None:
            raise HTTPException(404, "no such chat session")
        if not hmac.compare_digest(conv.web_token_hash, _token_hash(token)):
            raise HTTPException(401, "bad chat token")
    return key


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(401, "missing chat token", headers={"WWW-Authenticate": "Bearer"})
    return authorization[7:].strip()


@router.get("/", include_in_schema=False)
async def chat_page(services: ServicesDep) -> HTMLResponse:
    page = (STATIC / "chat.html").read_text(encoding="utf-8")
    return HTMLResponse(page.replace("{{EXIT_URL}}", html.escape(services.settings.tipline_quick_exit_url)))


@router.post("/chat/sessions", response_model=SessionOut, status_code=201)
async def open_session(services: ServicesDep) -> SessionOut:
    session_id, token = secrets.token_urlsafe(18), secrets.token_urlsafe(32)
    key = services.pipeline.conversation_key("web", session_id)

    def create() -> None:
        with services.db.session() as s:
            conv = store.get_or_create(s, key, "web", None)
            conv.web_token_hash = _token_hash(token)

    await run_in_threadpool(create)
    return SessionOut(session_id=session_id, token=token)


@router.post("/chat/sessions/{session_id}/messages", response_model=RepliesOut)
async def send_message(session_id: Annotated[str, PathParam(pattern=SESSION_ID_PATTERN)], body: MessageIn,
                       services: ServicesDep, authorization: Annotated[str | None, Header()] = None) -> RepliesOut:
    token = _bearer(authorization)
    client_id = body.client_message_id or uuid.uuid4().hex
    # the token is checked in the transaction that stores the message (one transaction and one thread hop fewer)
    inbound = Inbound(channel="web", address=session_id, provider_id=f"web:{session_id}:{client_id}",
                      text=body.text, token_hash=_token_hash(token))
    try:
        outcome = await run_in_threadpool(services.pipeline.handle, inbound)
    except NotThisChat as exc:
        raise HTTPException(404 if exc.unknown else 401, str(exc)) from None
    return RepliesOut(replies=[ReplyOut(id=r.id, text=r.text, erased=r.erased) for r in outcome.replies])


MISSED_AT_MOST = 50


def _sent_since(services: Services, key: str, after: int) -> list[dict]:
    """The replies this chat was sent after message `after` (at most the latest fifty), oldest first."""
    with services.db.session() as s:
        conv = store.find_by_key(s, key)
        if conv is None:
            return []
        rows = list(s.scalars(select(Message).where(Message.conversation_id == conv.id, Message.direction == "out",
                                                    Message.id > after).order_by(Message.id.desc())
                              .limit(MISSED_AT_MOST)))
        return [{"id": m.id, "text": services.encryptor.decrypt(m.body_enc) or ""} for m in reversed(rows)]


@router.websocket("/chat/sessions/{session_id}/ws")
async def chat_socket(websocket: WebSocket, session_id: str) -> None:
    """Pushes replies that come later (staff, late answers). The first frame must carry the token:
    browsers cannot set headers on a socket, and a token in the URL would end up in access logs."""
    services: Services = websocket.app.state.services
    await websocket.accept()
    try:
        first = json.loads(await asyncio.wait_for(websocket.receive_text(), timeout=10))
        key = await run_in_threadpool(_check_token, services, session_id, str(first.get("token", "")))
    except (TimeoutError, ValueError, AttributeError, HTTPException, WebSocketDisconnect):
        await websocket.close(code=4401)
        return
    client = redis_state.connect_async(services.settings.redis_url or "redis://127.0.0.1:6379/0")
    pubsub = client.pubsub()
    await pubsub.subscribe(redis_state.key("chat", key))
    await websocket.send_text(json.dumps({"type": "ready"}))
    # what was sent while the page was away (a staff message during a reconnect was lost: it never showed): every
    # reply after the last one the page saw; the page drops any it has
    after = first.get("after")
    if isinstance(after, int) and not isinstance(after, bool) and after >= 0:
        for reply in await run_in_threadpool(_sent_since, services, key, after):
            await websocket.send_text(json.dumps({"type": "reply", **reply}))

    async def forward() -> None:
        async for event in pubsub.listen():
            if event.get("type") == "message":
                reply = json.loads(event["data"])
                await websocket.send_text(json.dumps({"type": "reply", **reply}))

    async def drain_client() -> None:
        while True:
            await websocket.receive_text()  # the page sends nothing else; this notices it leaving

    tasks = [asyncio.create_task(forward()), asyncio.create_task(drain_client())]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await pubsub.aclose()
        await client.aclose()
