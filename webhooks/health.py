"""Probes. `/healthz`: the process answers. `/readyz`: Redis, the database and Rasa all answer.
`/readyz?scope=intake`: this replica can take and store messages (the database answers) — the
load-balancer probe, so a Rasa or Redis outage never turns tips away: the gateway still stores
them and answers with a holding reply."""
from __future__ import annotations

import hmac
from typing import Literal

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import func, select, text

from webhooks.conversations.models import Message
from webhooks.db import utcnow
from webhooks.deps import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(services: ServicesDep, scope: Literal["all", "intake"] = "all") -> JSONResponse:
    def check() -> dict[str, bool]:
        results = {}
        try:
            with services.db.session() as s:
                s.execute(text("SELECT 1"))
            results["database"] = True
        except Exception:
            results["database"] = False
        if scope == "all":
            try:
                results["redis"] = bool(services.redis.ping())
            except Exception:
                results["redis"] = False
            results["rasa"] = services.rasa.is_ready()
        return results

    results = await run_in_threadpool(check)
    ready = all(results.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": results},
                        status_code=200 if ready else 503)


@router.get("/metrics", include_in_schema=False)
async def metrics(services: ServicesDep, request: Request) -> Response:
    """Prometheus text format. With TIPLINE_METRICS_TOKEN set, a bearer token is required."""
    token = services.settings.tipline_metrics_token
    if token and not hmac.compare_digest(request.headers.get("authorization", ""), f"Bearer {token}"):
        return Response(status_code=401)

    def refresh() -> None:
        with services.db.session() as s:
            count, oldest = s.execute(
                select(func.count(), func.min(Message.created_at))
                .where(Message.direction == "in", Message.status.in_(("received", "pending", "processing")))
            ).one()
        services.metrics.unprocessed.set(count)
        services.metrics.oldest_unprocessed.set((utcnow() - oldest).total_seconds() if oldest else 0)

    await run_in_threadpool(refresh)
    return Response(services.metrics.render(), media_type=CONTENT_TYPE_LATEST)
