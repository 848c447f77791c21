"""Where an SMS enters: Twilio's webhook. The signature is checked before anything is stored."""
from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from webhooks.channels.limits import MAX_MESSAGE_CHARS, decode_utf8, read_body
from webhooks.channels.sms_text import split_for_sms
from webhooks.conversations.pipeline import Inbound
from webhooks.conversations.transcript import MAX_MEDIA, media_refs
from webhooks.deps import ServicesDep
from webhooks.logs import get_logger

router = APIRouter(tags=["sms"])
log = get_logger("tipline.sms")
TWIML = "application/xml"


def signed_url(public_base_url: str, request: Request) -> str:
    """The URL Twilio signed: the public origin, plus this request's path and query."""
    query = request.url.query
    return public_base_url + request.url.path + (f"?{query}" if query else "")


def twiml(replies: list[str]) -> Response:
    response = MessagingResponse()
    for reply in replies:
        for part in split_for_sms(reply):
            response.message(part)
    return Response(content=str(response), media_type=TWIML)


@router.post("/twilio/sms", response_class=Response,
             responses={200: {"content": {TWIML: {}}}, 403: {"description": "bad signature"}})
async def receive_sms(request: Request, services: ServicesDep) -> Response:
    settings = services.settings
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise HTTPException(415, "expected application/x-www-form-urlencoded")
    raw = await read_body(request, settings.max_body_bytes)
    try:
        pairs = parse_qsl(decode_utf8(raw), keep_blank_values=True, strict_parsing=bool(raw),
                          errors="strict", max_num_fields=200)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, "malformed form body") from exc
    params = dict(pairs)
    signature = request.headers.get("x-twilio-signature", "")
    validator = RequestValidator(settings.twilio_auth_token)
    if not signature or not settings.twilio_auth_token or not validator.validate(
            signed_url(settings.public_base_url, request), params, signature):
        log.warning("sms rejected: bad signature")
        services.metrics.rejected.labels("bad_signature").inc()
        raise HTTPException(403, "invalid signature")

    sender, sid = params.get("From", ""), params.get("MessageSid") or params.get("SmsSid", "")
    if not sender or not sid:
        raise HTTPException(400, "From and MessageSid are required")
    # MMS: the media's addresses are kept (encrypted) for staff; the gateway never fetches them.
    media = tuple(media_refs([(params.get(f"MediaUrl{i}", ""), params.get(f"MediaContentType{i}", ""))
                              for i in range(MAX_MEDIA)]))
    inbound = Inbound(channel="sms", address=sender, provider_id=f"twilio:{sid}",
                      text=params.get("Body", "")[:MAX_MESSAGE_CHARS], media=media)
    outcome = await run_in_threadpool(services.pipeline.handle, inbound)
    return twiml([r.text for r in outcome.replies])
