"""Probes. `/healthz`: the process answers. `/readyz`: Redis, the database and Rasa all answer.
`/readyz?scope=intake`: this replica can take and store messages (the database answers) — the
load-balancer probe, so a Rasa or Redis outage never turns tips away: the gateway still stores
them and answers with a holding reply."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import text

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
