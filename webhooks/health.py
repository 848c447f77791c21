from __future__ import annotations

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
async def readyz(services: ServicesDep) -> JSONResponse:
    def check() -> dict[str, bool]:
        results = {}
        try:
            results["redis"] = bool(services.redis.ping())
        except Exception:
            results["redis"] = False
        try:
            with services.db.session() as s:
                s.execute(text("SELECT 1"))
            results["database"] = True
        except Exception:
            results["database"] = False
        results["rasa"] = services.rasa.is_ready()
        return results

    results = await run_in_threadpool(check)
    ready = all(results.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": results},
                        status_code=200 if ready else 503)
