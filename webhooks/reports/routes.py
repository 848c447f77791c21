from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from sqlalchemy import select

from webhooks.conversations.models import Conversation
from webhooks.conversations.transcript import TranscriptLine, transcript
from webhooks.deps import CurrentStaff, ServicesDep, Supervisor
from webhooks.reports import export
from webhooks.reports.store import STATUSES, ReportFilter, ReportView
from webhooks.staff.accounts import audit

router = APIRouter(prefix="/api/reports", tags=["reports"])


class ReportPage(BaseModel):
    items: list[ReportView]
    next_cursor: str | None
    mandated_open: list[ReportView] = []  # a minor or imminent danger, no referral recorded: always shown first


class ReportDetail(ReportView):
    transcript: list[TranscriptLine] = []
    followup: list[dict] = []  # staff questions and the tipster's anonymous answers (/follow-up)


class ReportChange(BaseModel):
    status: str | None = Field(None, description="new → triaged → referred → closed")
    assignee_id: int | None = Field(None, ge=1, le=2**31 - 1)
    fields: dict[str, object] = {}
    confirm: list[str] = []


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


class ReferralIn(BaseModel):
    agency: str = Field(min_length=2, max_length=120)
    reference: str | None = Field(None, max_length=120)
    made_at: datetime


class HoldIn(BaseModel):
    on: bool


def _out(v: ReportView, staff, model=ReportView, **extra):
    """Contact details a tipster chose to share are for supervisors, who arrange any contact."""
    return model(**{**v.model_dump(), "contact": v.contact if staff.role == "supervisor" else None, **extra})


@router.get("", response_model=ReportPage)
async def list_reports(services: ServicesDep, staff: CurrentStaff,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50,
                       cursor: Annotated[str | None, Query(max_length=20)] = None,
                       status: Annotated[str | None, Query(max_length=16)] = None,
                       urgency: Annotated[str | None, Query(max_length=16)] = None,
                       type: Annotated[str | None, Query(max_length=16)] = None,
                       language: Annotated[str | None, Query(max_length=8)] = None,
                       since: datetime | None = None, until: datetime | None = None,
                       place: Annotated[str | None, Query(max_length=80)] = None,
                       mandated: bool | None = None) -> ReportPage:
    """Newest first, filtered; open mandated reports are listed apart, on top, on the first page."""
    before = None
    if cursor is not None:
        if not cursor.isdigit():
            raise HTTPException(400, "bad cursor")
        before = int(cursor)
    filters = ReportFilter(status=status, urgency=urgency, kind=type, language=language, since=since, until=until,
                           place=place, mandated=mandated)
    views, next_id = await run_in_threadpool(services.reports.page, limit, before, filters)
    mandated_open = await run_in_threadpool(services.reports.mandated_open) if before is None else []
    await run_in_threadpool(audit, services.db, staff.id, "reports.list", "report", None,
                            ",".join(v.reference_code for v in views))
    return ReportPage(items=[_out(v, staff) for v in views], mandated_open=[_out(v, staff) for v in mandated_open],
                      next_cursor=str(next_id) if next_id is not None else None)


@router.get("/export", responses={200: {"content": {"text/csv": {}, "application/json": {}}},
                                  403: {"description": "personal data is for supervisors"}})
async def export_reports(services: ServicesDep, staff: CurrentStaff,
                         codes: Annotated[str, Query(max_length=20000, description="comma-separated codes")],
                         format: Annotated[str, Query(pattern="^(csv|json)$")] = "csv",
                         personal: bool = False) -> Response:
    """Selected reports with HTCDS/CTDC column names. Personal data only for a supervisor; both audited."""
    if personal and staff.role != "supervisor":
        await run_in_threadpool(audit, services.db, staff.id, "reports.export_refused", "report", None, codes)
        raise HTTPException(403, "personal data is exported by supervisors only")
    wanted = [c.strip().upper() for c in codes.split(",") if c.strip()][:1000]
    views = await run_in_threadpool(services.reports.many, wanted)
    await run_in_threadpool(audit, services.db, staff.id, "reports.export_personal" if personal else "reports.export",
                            "report", None, ",".join(v.reference_code for v in views))
    if format == "json":
        return Response(export.to_json(views, personal), media_type="application/json")
    return Response(export.to_csv(views, personal), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reports.csv"'})


@router.get("/{code}", response_model=ReportDetail)
async def read_report(code: str, services: ServicesDep, staff: CurrentStaff) -> ReportDetail:
    """One report with the conversation's transcript (while it exists). Every read is audited."""
    def read():
        view = services.reports.by_reference(code.upper())
        if view is None:
            return None
        lines = []
        with services.db.session() as s:
            conv = s.scalar(select(Conversation).where(Conversation.key == view.conversation_key))
            if conv is not None:
                lines = transcript(s, conv.id, services.encryptor)
        return view, lines

    found = await run_in_threadpool(read)
    if found is None:
        raise HTTPException(404, "no such report")
    view, lines = found
    await run_in_threadpool(audit, services.db, staff.id, "report.view", "report", view.reference_code)
    thread = await run_in_threadpool(services.reports.followup, view.reference_code)
    return _out(view, staff, ReportDetail, transcript=lines, followup=thread)


@router.patch("/{code}", response_model=ReportDetail)
async def change_report(code: str, change: ReportChange, services: ServicesDep, staff: CurrentStaff) -> ReportDetail:
    """Status, assignee, corrected fields (each then counts as confirmed), confirmations of extracted fields."""
    if change.status is not None and change.status not in STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(STATUSES)}")
    try:
        view = await run_in_threadpool(lambda: services.reports.update(
            code.upper(), status=change.status, assignee_id=change.assignee_id, fields=change.fields,
            confirm=change.confirm))
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    if view is None:
        raise HTTPException(404, "no such report")
    await run_in_threadpool(audit, services.db, staff.id, "report.change", "report", view.reference_code,
                            ",".join(sorted([*change.fields, *change.confirm, *(["status"] if change.status else [])])))
    return _out(view, staff, ReportDetail)


@router.post("/{code}/notes", response_model=ReportDetail, status_code=201)
async def add_note(code: str, note: NoteIn, services: ServicesDep, staff: CurrentStaff) -> ReportDetail:
    view = await run_in_threadpool(services.reports.add_note, code.upper(), staff.id, note.text)
    if view is None:
        raise HTTPException(404, "no such report")
    await run_in_threadpool(audit, services.db, staff.id, "report.note", "report", view.reference_code)
    return _out(view, staff, ReportDetail)


@router.post("/{code}/referral", response_model=ReportDetail)
async def record_referral(code: str, referral: ReferralIn, services: ServicesDep,
                          supervisor: Supervisor) -> ReportDetail:
    """A supervisor records the mandated report made (agency, time, reference): their sign-off."""
    if referral.made_at.tzinfo is None:
        raise HTTPException(422, "made_at needs a time zone")
    view = await run_in_threadpool(services.reports.record_referral, code.upper(), supervisor.id, referral.agency,
                                   referral.reference, referral.made_at)
    if view is None:
        raise HTTPException(404, "no such report")
    await run_in_threadpool(audit, services.db, supervisor.id, "report.referral", "report", view.reference_code,
                            referral.agency)
    return _out(view, supervisor, ReportDetail)


@router.post("/{code}/hold", response_model=ReportDetail)
async def legal_hold(code: str, hold: HoldIn, services: ServicesDep, supervisor: Supervisor) -> ReportDetail:
    """A legal hold keeps the report whatever retention or DELETE say (the tipster is told so)."""
    view = await run_in_threadpool(services.reports.set_legal_hold, code.upper(), hold.on)
    if view is None:
        raise HTTPException(404, "no such report")
    await run_in_threadpool(audit, services.db, supervisor.id, "report.hold_on" if hold.on else "report.hold_off",
                            "report", view.reference_code)
    return _out(view, supervisor, ReportDetail)


@router.post("/{code}/questions", status_code=201)
async def ask_tipster(code: str, note: NoteIn, services: ServicesDep, staff: CurrentStaff) -> dict:
    """A question for the tipster, who reads it on /follow-up with the code and passphrase."""
    if not await run_in_threadpool(services.reports.add_followup, code.upper(), "staff", note.text):
        raise HTTPException(404, "no such report")
    await run_in_threadpool(audit, services.db, staff.id, "report.question", "report", code.upper())
    return {"asked": True}
