"""Staff sign-in (API tokens and console sessions), sign-out, and account management."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from webhooks.deps import CurrentStaff, RowId, ServicesDep, Supervisor
from webhooks.services import Services
from webhooks.staff import accounts, sessions, tokens
from webhooks.staff.signin import SignInRefused, sign_in

router = APIRouter(tags=["staff"])
STATIC = Path(__file__).resolve().parent.parent / "static"


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class SignInIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    otp: str | None = Field(default=None, max_length=12)


class SessionOut(BaseModel):
    id: int
    username: str
    role: str
    csrf_token: str | None = None


class StaffOut(BaseModel):
    id: int
    username: str
    role: str
    active: bool


async def _sign_in(services: Services, request: Request, username: str, password: str, otp: str | None):
    address = request.client.host if request.client else "unknown"
    try:
        user = await run_in_threadpool(sign_in, services.db, services.redis, services.encryptor, username, password,
                                       otp, address, services.settings.tipline_env == "production")
    except SignInRefused as refused:
        code = status.HTTP_429_TOO_MANY_REQUESTS if refused.retry_after else status.HTTP_401_UNAUTHORIZED
        headers = {"Retry-After": str(refused.retry_after)} if refused.retry_after else {"WWW-Authenticate": "Bearer"}
        raise HTTPException(code, refused.reason, headers=headers) from None
    await run_in_threadpool(accounts.audit, services.db, user.id, "staff.sign_in", "staff_user", str(user.id))
    return user


@router.get("/console", include_in_schema=False)
async def console_page() -> FileResponse:
    return FileResponse(STATIC / "console.html", media_type="text/html")


@router.post("/api/auth/token", response_model=TokenOut)
async def token(request: Request, services: ServicesDep, form: Annotated[OAuth2PasswordRequestForm, Depends()],
                otp: Annotated[str | None, Form(max_length=12)] = None) -> TokenOut:
    """OAuth2 password flow; accounts with a second factor also send `otp`."""
    user = await _sign_in(services, request, form.username, form.password, otp)
    return TokenOut(access_token=tokens.issue(services.settings.tipline_secret_key, user.id, user.role,
                                              services.settings.staff_token_minutes))


@router.post("/console/sign-in", response_model=SessionOut)
async def console_sign_in(body: SignInIn, request: Request, response: Response, services: ServicesDep) -> SessionOut:
    user = await _sign_in(services, request, body.username, body.password, body.otp)
    session_id, session = await run_in_threadpool(sessions.create, services.redis, user.id,
                                                  services.settings.staff_token_minutes)
    response.set_cookie(sessions.COOKIE, session_id, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https" or services.settings.tipline_env == "production",
                        max_age=services.settings.staff_token_minutes * 60)
    return SessionOut(id=user.id, username=user.username, role=user.role, csrf_token=session.csrf_token)


@router.post("/console/sign-out", status_code=204)
async def console_sign_out(request: Request, services: ServicesDep, staff: CurrentStaff) -> Response:
    cookie = request.cookies.get(sessions.COOKIE)
    if cookie:
        await run_in_threadpool(sessions.end, services.redis, cookie)
    await run_in_threadpool(accounts.audit, services.db, staff.id, "staff.sign_out", "staff_user", str(staff.id))
    response = Response(status_code=204)
    response.delete_cookie(sessions.COOKIE, path="/")
    return response


@router.get("/api/auth/session", response_model=SessionOut)
async def whoami(request: Request, services: ServicesDep, staff: CurrentStaff) -> SessionOut:
    cookie = request.cookies.get(sessions.COOKIE)
    session = await run_in_threadpool(sessions.read, services.redis, cookie) if cookie else None
    return SessionOut(id=staff.id, username=staff.username, role=staff.role,
                      csrf_token=session.csrf_token if session else None)


@router.get("/api/staff", response_model=list[StaffOut])
async def list_staff(services: ServicesDep, supervisor: Supervisor) -> list[StaffOut]:
    users = await run_in_threadpool(accounts.list_users, services.db)
    return [StaffOut(id=u.id, username=u.username, role=u.role, active=u.active) for u in users]


@router.post("/api/staff/{user_id}/deactivate", response_model=StaffOut)
async def deactivate(user_id: RowId, services: ServicesDep, supervisor: Supervisor) -> StaffOut:
    if user_id == supervisor.id:
        raise HTTPException(400, "you cannot deactivate yourself")
    if not await run_in_threadpool(accounts.deactivate, services.db, supervisor.id, user_id):
        raise HTTPException(404, "no such staff member")
    users = await run_in_threadpool(accounts.list_users, services.db)
    u = next(u for u in users if u.id == user_id)
    return StaffOut(id=u.id, username=u.username, role=u.role, active=u.active)
