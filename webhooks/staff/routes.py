from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel

from webhooks.deps import ServicesDep
from webhooks.staff import accounts, tokens

router = APIRouter(prefix="/api/auth", tags=["staff"])


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


@router.post("/token", response_model=TokenOut)
async def sign_in(services: ServicesDep, form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> TokenOut:
    user = await run_in_threadpool(accounts.authenticate, services.db, form.username, form.password)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong username or password",
                            headers={"WWW-Authenticate": "Bearer"})
    await run_in_threadpool(accounts.audit, services.db, user.id, "staff.sign_in", "staff_user", str(user.id))
    token = tokens.issue(services.settings.tipline_secret_key, user.id, user.role,
                         services.settings.staff_token_minutes)
    return TokenOut(access_token=token)
