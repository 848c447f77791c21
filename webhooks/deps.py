"""Request dependencies, named once so routes read like prose."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request, status
from fastapi.security import OAuth2PasswordBearer

from webhooks.services import Services
from webhooks.staff import accounts, sessions, tokens
from webhooks.staff.models import StaffUser

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token", auto_error=False)
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]
RowId = Annotated[int, Path(ge=1, le=2**31 - 1, description="a stored record's id")]  # fits every database's integer


def get_current_staff(request: Request, services: ServicesDep,
                      token: Annotated[str | None, Depends(oauth2_scheme)]) -> StaffUser:
    """A bearer token (API clients) or the console's session cookie, which needs its CSRF token on
    every request that changes something."""
    user_id = None
    if token:
        user_id = tokens.read(services.settings.tipline_secret_key, token)
    elif cookie := request.cookies.get(sessions.COOKIE):
        session = sessions.read(services.redis, cookie)
        if session is not None:
            if request.method not in SAFE_METHODS and not hmac.compare_digest(
                    request.headers.get("x-csrf-token", ""), session.csrf_token):
                raise HTTPException(status.HTTP_403_FORBIDDEN, "missing or wrong CSRF token")
            user_id = session.user_id
    user = accounts.get_active_user(services.db, user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not signed in", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentStaff = Annotated[StaffUser, Depends(get_current_staff)]


def get_supervisor(staff: CurrentStaff) -> StaffUser:
    if staff.role != "supervisor":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "supervisors only")
    return staff


Supervisor = Annotated[StaffUser, Depends(get_supervisor)]
