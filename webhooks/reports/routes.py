from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from webhooks.deps import CurrentStaff, ServicesDep
from webhooks.staff.accounts import audit

router = APIRouter(prefix="/api/reports", tags=["reports"])


class ReportOut(BaseModel):
    id: int
    reference_code: str
    channel: str
    language: str
    narrative: str | None
    location: str | None
    occurred: str | None
    status: str
    created_at: datetime


class ReportPage(BaseModel):
    items: list[ReportOut]
    next_cursor: str | None


@router.get("", response_model=ReportPage)
async def list_reports(services: ServicesDep, staff: CurrentStaff,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50,
                       cursor: Annotated[str | None, Query(max_length=20)] = None) -> ReportPage:
    before = None
    if cursor is not None:
        if not cursor.isdigit():
            raise HTTPException(400, "bad cursor")
        before = int(cursor)
    views, next_id = await run_in_threadpool(services.reports.page, limit, before)
    await run_in_threadpool(audit, services.db, staff.id, "reports.list", "report", None,
                            ",".join(v.reference_code for v in views))
    return ReportPage(items=[ReportOut(**v.__dict__) for v in views],
                      next_cursor=str(next_id) if next_id is not None else None)
