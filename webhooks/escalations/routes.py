"""The staff API for escalations: the ranked queue, claims, the transcript, replies, release, close,
and a live event stream (server-sent events) that every console follows."""
from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from webhooks import redis_state
from webhooks.channels.limits import MAX_MESSAGE_CHARS
from webhooks.channels.outbound import OptedOut
from webhooks.conversations.models import Conversation, Message
from webhooks.conversations.pipeline import NOT_TO_BE_TEXTED, why_not_to_text
from webhooks.conversations.texts import text as gateway_text
from webhooks.conversations.transcript import TranscriptLine
from webhooks.conversations.transcript import transcript as transcript_lines
from webhooks.deps import CurrentStaff, RowId, ServicesDep
from webhooks.escalations import queue
from webhooks.escalations.canned import canned_responses
from webhooks.escalations.models import Escalation
from webhooks.escalations.service import ClaimLost, NotYours, waiting_seconds
from webhooks.logs import get_logger
from webhooks.reports.models import Report
from webhooks.staff.accounts import audit
from webhooks.triage.emergency import localise

log = get_logger("tipline.escalations")
router = APIRouter(prefix="/api/escalations", tags=["escalations"])


class EscalationOut(BaseModel):
    id: int
    level: str
    score: int
    reasons: list[str]
    language: str
    state: str
    channel: str
    overdue: bool
    waiting_seconds: int
    claimed_by: int | None
    created_at: datetime
    report_reference: str | None  # the chat's latest report
    # every report the chat filed, oldest first: a second tip in the same chat (a woman at a nail salon after a boy of
    # 13 working nights) left the escalation raised for the first naming only the second
    report_references: list[str] = []


class EscalationPage(BaseModel):
    items: list[EscalationOut]
    next_cursor: str | None


class Transcript(BaseModel):
    escalation: EscalationOut
    messages: list[TranscriptLine]
    draft_report: dict | None
    # why a text could harm this person, shown before staff write (None: nothing said against texting)
    texting_warning: str | None = None


class AskedForQuiet(Exception):
    """A text could harm the person (why: a key of NOT_TO_BE_TEXTED): staff must confirm it."""


class StaffMessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    # sent although the person asked not to be texted now ("stop texting me, he'll hear"): staff confirmed it
    send_anyway: bool = False


def _out(s, esc: Escalation) -> EscalationOut:
    conv = s.get(Conversation, esc.conversation_id)
    reports = list(s.scalars(select(Report.reference_code).where(Report.conversation_key == conv.key)
                             .order_by(Report.id)))
    return EscalationOut(id=esc.id, level=esc.level, score=esc.score, reasons=[r for r in esc.reasons.split(",") if r],
                         language=esc.language, state=esc.state, channel=conv.channel, overdue=esc.overdue,
                         waiting_seconds=waiting_seconds(esc), claimed_by=esc.claimed_by, created_at=esc.created_at,
                         report_reference=reports[-1] if reports else None, report_references=reports)


@router.get("", response_model=EscalationPage)
async def list_escalations(services: ServicesDep, staff: CurrentStaff,
                           state: Annotated[str | None, Query(pattern="^(queued|claimed|released|closed)$")] = None,
                           limit: Annotated[int, Query(ge=1, le=200)] = 50,
                           cursor: Annotated[str | None, Query(pattern=r"^\d{1,12}$")] = None) -> EscalationPage:
    """Newest first."""
    def page():
        with services.db.session() as s:
            q = select(Escalation).order_by(Escalation.id.desc()).limit(limit + 1)
            if state:
                q = q.where(Escalation.state == state)
            if cursor:
                q = q.where(Escalation.id < int(cursor))
            rows = list(s.scalars(q))
            items = [_out(s, e) for e in rows[:limit]]
            return items, (str(rows[limit - 1].id) if len(rows) > limit else None)

    items, next_cursor = await run_in_threadpool(page)
    return EscalationPage(items=items, next_cursor=next_cursor)


@router.get("/queue", response_model=list[EscalationOut])
async def ranked_queue(services: ServicesDep, staff: CurrentStaff) -> list[EscalationOut]:
    """Waiting escalations, most urgent first (level, then score, then waiting time)."""
    def ranked():
        ids = queue.queued_ids(services.redis)
        with services.db.session() as s:
            found = {e.id: e for e in s.scalars(select(Escalation).where(Escalation.id.in_(ids)))}
            return [_out(s, found[i]) for i in ids if i in found and found[i].state == "queued"]

    return await run_in_threadpool(ranked)


def _claim_result(services, esc) -> EscalationOut:
    with services.db.session() as s:
        return _out(s, s.get(Escalation, esc.id))


@router.post("/next", response_model=EscalationOut, responses={404: {"description": "nothing waiting"}})
async def claim_most_urgent(services: ServicesDep, staff: CurrentStaff) -> EscalationOut:
    esc = await run_in_threadpool(services.escalations.claim_most_urgent, staff.id)
    if esc is None:
        raise HTTPException(404, "nobody is waiting")
    return await run_in_threadpool(_claim_result, services, esc)


@router.post("/{escalation_id}/claim", response_model=EscalationOut,
             responses={409: {"description": "someone else took it first"}})
async def claim(escalation_id: RowId, services: ServicesDep, staff: CurrentStaff) -> EscalationOut:
    try:
        esc = await run_in_threadpool(services.escalations.claim, escalation_id, staff.id)
    except ClaimLost as exc:
        raise HTTPException(409, "someone else took this conversation first") from exc
    return await run_in_threadpool(_claim_result, services, esc)


async def _end(action: str, escalation_id: int, services, staff) -> EscalationOut:
    method = getattr(services.escalations, action)
    try:
        esc = await run_in_threadpool(method, escalation_id, staff.id, staff.role == "supervisor")
    except ClaimLost as exc:
        raise HTTPException(409, "this conversation is not open") from exc
    except NotYours as exc:
        raise HTTPException(403, "another agent has this conversation") from exc
    try:
        await run_in_threadpool(services.reports.add_told_staff, esc.id)
    except Exception:  # the release or close stands; what was said stays in the transcript
        log.exception("what was told to staff not added to the report", extra={"escalation": esc.id})
    return await run_in_threadpool(_claim_result, services, esc)


def _say_handed_back(services, escalation_id: int, closed: bool = False) -> None:
    """A chat a person had taken is the assistant's again: the person is told (they wrote "hello? are you still
    there?" to silence, and the bot started over with its greeting). `closed`: staff closed it; said only when staff
    wrote to the person (after a close, "thank u sam" and "ok gracias" got the next form question, and nobody had
    said the person from the team was gone)."""
    with services.db.session() as s:
        esc = s.get(Escalation, escalation_id)
        conv = esc and s.get(Conversation, esc.conversation_id)
        if closed and conv is not None and s.scalar(select(Message.id).where(
                Message.conversation_id == conv.id, Message.author == "staff",
                Message.created_at >= esc.claimed_at).limit(1)) is None:
            return
        if conv is None or why_not_to_text(s, services.encryptor, conv):
            # (nor to someone who asked not to be texted now, "ya no me escriban el va a oir el telefono", or at all,
            # or whose phone someone reads: "he reads my texts later so dont reply to me after this" got it)
            return
        said = localise(gateway_text("handed_back", conv.language or "en"), (conv.triage_flags or "").split(","))
        services.outbound.send(s, conv, said, author="bot")


@router.post("/{escalation_id}/release", response_model=EscalationOut)
async def release(escalation_id: RowId, services: ServicesDep, staff: CurrentStaff) -> EscalationOut:
    """Back to the bot, which resumes where its form was; a person who had staff with them is told."""
    out = await _end("release", escalation_id, services, staff)
    if out.claimed_by is not None:  # (a release keeps who had it: someone was with them)
        try:
            await run_in_threadpool(_say_handed_back, services, escalation_id)
        except Exception:  # the release stands; the bot answers their next message
            log.exception("handback line not sent", extra={"escalation": escalation_id})
    return out



@router.post("/{escalation_id}/close", response_model=EscalationOut)
async def close(escalation_id: RowId, services: ServicesDep, staff: CurrentStaff) -> EscalationOut:
    """Done with; a person staff wrote to is told the person from the team has left (as on a release)."""
    out = await _end("close", escalation_id, services, staff)
    if out.claimed_by is not None:
        try:
            await run_in_threadpool(_say_handed_back, services, escalation_id, True)
        except Exception:  # the close stands
            log.exception("closing line not sent", extra={"escalation": escalation_id})
    return out


@router.get("/{escalation_id}/transcript", response_model=Transcript)
async def transcript(escalation_id: RowId, services: ServicesDep, staff: CurrentStaff) -> Transcript:
    """The conversation so far and the draft report. Every read is audited."""
    def read():
        with services.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            if esc is None:
                return None
            conv = s.get(Conversation, esc.conversation_id)
            lines = transcript_lines(s, conv.id, services.encryptor)
            report = s.scalar(select(Report).where(Report.conversation_key == conv.key).order_by(Report.id.desc()))
            draft = None if report is None else {
                "reference_code": report.reference_code, "narrative": services.encryptor.decrypt(report.narrative_enc),
                "location": report.location, "occurred": report.occurred, "status": report.status}
            why = why_not_to_text(s, services.encryptor, conv)
            return Transcript(escalation=_out(s, esc), messages=lines, draft_report=draft,
                              texting_warning=NOT_TO_BE_TEXTED[why] if why else None)

    result = await run_in_threadpool(read)
    if result is None:
        raise HTTPException(404, "no such escalation")
    await run_in_threadpool(audit, services.db, staff.id, "transcript.view", "escalation", str(escalation_id))
    return result


@router.post("/{escalation_id}/messages", response_model=TranscriptLine, status_code=201,
             responses={403: {"description": "not your conversation"}, 409: {"description": "opted out"},
                        502: {"description": "saved, but the SMS provider did not take it"}})
async def reply(escalation_id: RowId, body: StaffMessageIn, services: ServicesDep,
                staff: CurrentStaff) -> TranscriptLine:
    """Send a reply: SMS through Twilio's Messages API, web chat over its socket."""
    def send():
        esc = services.escalations.assert_owner(escalation_id, staff.id, staff.role == "supervisor")
        with services.db.session() as s:
            conv = s.get(Conversation, esc.conversation_id)
            why = None if body.send_anyway else why_not_to_text(s, services.encryptor, conv)
            if why == "opted_out":
                raise OptedOut()  # (nothing is sent after STOP, sent anyway or not)
            if why:
                raise AskedForQuiet(why)
            # a canned reply sent as it was ("Oi, meu nome é {name}…" reached the person): the agent's name in it
            text = body.text.replace("{name}", staff.username)
            msg = services.outbound.send(s, conv, text, author="staff")
            line = TranscriptLine(id=msg.id, direction="out", author="staff", text=text, created_at=msg.created_at)
            return line, msg.status == "failed"

    try:
        line, failed = await run_in_threadpool(send)
    except NotYours as exc:
        raise HTTPException(403, "claim this conversation before replying") from exc
    except ClaimLost as exc:
        raise HTTPException(404, "no such escalation") from exc
    except OptedOut as exc:
        raise HTTPException(409, "this person sent STOP: nothing can be sent") from exc
    except AskedForQuiet as exc:
        # ("hes knocking on the bathroom door. stop texting me he'll hear": a staff text went out at once)
        raise HTTPException(409, NOT_TO_BE_TEXTED[str(exc)]) from exc
    await run_in_threadpool(audit, services.db, staff.id, "escalation.reply", "escalation", str(escalation_id))
    if failed:
        # kept in the transcript, marked not delivered; staff must know the person did not get it (it was a 500, and
        # the message was lost with it)
        raise HTTPException(502, "Not delivered: the SMS provider did not answer. The message is saved; send it again"
                                 " in a moment. If the person is in danger now, call 911.")
    return line


@router.get("/canned/{language}", response_model=list[str])
async def canned(language: Annotated[str, PathParam(pattern="^[a-z]{2}$")], staff: CurrentStaff) -> list[str]:
    return canned_responses(language)


@router.get("/{escalation_id}/canned", response_model=list[str])
async def canned_for(escalation_id: RowId, services: ServicesDep, staff: CurrentStaff) -> list[str]:
    """The canned replies in the conversation's language, with the emergency numbers of where the person said they
    are ("call 911" to someone in France was a wrong number)."""
    def read():
        with services.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            conv = esc and s.get(Conversation, esc.conversation_id)
            return conv and (conv.language or "en", (conv.triage_flags or "").split(","))

    found = await run_in_threadpool(read)
    if not found:
        raise HTTPException(404, "no such escalation")
    language, flags = found
    return [localise(text, flags) for text in canned_responses(language)]


@router.get("/events/stream", include_in_schema=False)
async def events(request: Request, services: ServicesDep, staff: CurrentStaff) -> StreamingResponse:
    """Server-sent events from the Redis stream: queued, raised, claimed, message, released, closed, overdue."""
    client = redis_state.connect_async(services.settings.redis_url or "redis://127.0.0.1:6379/0")

    async def stream():
        last = "$"
        try:
            yield "retry: 2000\n\n"
            while not await request.is_disconnected():
                found = await client.xread({queue.EVENTS: last}, count=100, block=10000)
                if not found:
                    yield ": keep-alive\n\n"
                    continue
                for _stream, entries in found:
                    for event_id, fields in entries:
                        last = event_id
                        yield f"id: {event_id}\ndata: {json.dumps(json.loads(fields['data']))}\n\n"
        except asyncio.CancelledError:
            pass
        finally:
            await client.aclose()

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
