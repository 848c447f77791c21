"""Request dependencies, named once so routes read like prose."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from webhooks.services import Services
from webhooks.staff import accounts, tokens
from webhooks.staff.models import StaffUser

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token", auto_error=False)


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_current_staff(services: ServicesDep, token: Annotated[str | None, Depends(oauth2_scheme)]) -> StaffUser:
    user_id = tokens.read(services.settings.tipline_secret_key, token) if token else None
    user = accounts.get_active_user(services.db, user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not signed in", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentStaff = Annotated[StaffUser, Depends(get_current_staff)]
