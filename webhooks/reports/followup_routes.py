"""The tipster's way back to a report: /follow-up (a page like the chat: no cookies, Quick exit) and its API.
Staff questions are asked through /api/reports/{code}/questions (webhooks/reports/routes.py)."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from webhooks.deps import ServicesDep
from webhooks.reports.followup import Locked

router = APIRouter(tags=["follow-up"])
STATIC = Path(__file__).resolve().parent.parent / "static"


class SignIn(BaseModel):
    code: str = Field(min_length=8, max_length=20)
    passphrase: str = Field(min_length=8, max_length=40)


class TokenOut(BaseModel):
    token: str


class Entry(BaseModel):
    at: str
    author: str
    text: str


class ThreadOut(BaseModel):
    reference_code: str
    entries: list[Entry]


class AddIn(BaseModel):
    text: str = Field(min_length=1, max_length=1600)


@router.get("/follow-up", include_in_schema=False)
async def followup_page(services: ServicesDep) -> HTMLResponse:
    page = (STATIC / "followup.html").read_text(encoding="utf-8")
    return HTMLResponse(page.replace("{{EXIT_URL}}", html.escape(services.settings.tipline_quick_exit_url)))


@router.post("/api/follow-up/sign-in", response_model=TokenOut,
             responses={401: {"description": "wrong code or passphrase"}, 429: {"description": "too many tries"}})
async def sign_in(body: SignIn, request: Request, services: ServicesDep) -> TokenOut:
    client = request.client.host if request.client else "unknown"
    try:
        token = await run_in_threadpool(services.followup.sign_in, body.code, body.passphrase, client)
    except Locked as exc:
        raise HTTPException(429, "too many tries; please wait an hour", headers={"Retry-After": "3600"}) from exc
    if token is None:
        raise HTTPException(401, "that code and passphrase do not match")
    return TokenOut(token=token)


def _code(services, authorization: str | None) -> str:
    token = (authorization or "")[7:].strip() if (authorization or "").lower().startswith("bearer ") else ""
    code = services.followup.code_of(token) if token else None
    if code is None:
        raise HTTPException(401, "sign in again", headers={"WWW-Authenticate": "Bearer"})
    return code


@router.get("/api/follow-up/thread", response_model=ThreadOut)
async def read_thread(services: ServicesDep, authorization: Annotated[str | None, Header()] = None) -> ThreadOut:
    code = _code(services, authorization)
    entries = await run_in_threadpool(services.reports.followup, code)
    return ThreadOut(reference_code=code, entries=[Entry(**e) for e in entries])


@router.post("/api/follow-up/messages", response_model=ThreadOut, status_code=201)
async def add_message(body: AddIn, services: ServicesDep,
                      authorization: Annotated[str | None, Header()] = None) -> ThreadOut:
    code = _code(services, authorization)
    await run_in_threadpool(services.reports.add_followup, code, "tipster", body.text)
    entries = await run_in_threadpool(services.reports.followup, code)
    return ThreadOut(reference_code=code, entries=[Entry(**e) for e in entries])
