"""The gateway: one FastAPI app with the SMS webhook, the web chat, the staff API and health."""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from webhooks import health
from webhooks.channels import sms, webchat
from webhooks.escalations import routes as escalation_routes
from webhooks.escalations.watchdog import run_forever
from webhooks.language.detect import warm_up as warm_up_detector
from webhooks.logs import configure_logging, get_logger
from webhooks.reports import followup_routes
from webhooks.reports import routes as report_routes
from webhooks.services import Services
from webhooks.settings import Settings, get_settings
from webhooks.staff import routes as staff_routes

log = get_logger("tipline.app")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders:
    """The security headers on every HTTP response, as a plain ASGI middleware (Starlette's `@app.middleware`
    runs each request in a task of its own and buffers the response: a millisecond a message)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        configure_logging(settings.tipline_log_level)
        # Each message holds a worker thread while the bot thinks; enough threads that an urgent message
        # never queues behind ordinary ones waiting on Rasa.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.tipline_worker_threads
        services = Services.build(settings)
        await anyio.to_thread.run_sync(warm_up_detector)  # word lists load once, before the first message
        app.state.services = services
        watchdog = asyncio.create_task(run_forever(services, settings.tipline_watchdog_seconds))
        log.info("gateway started", extra={"env": settings.tipline_env})
        try:
            yield
        finally:
            watchdog.cancel()
            services.close()

    app = FastAPI(title="Tip line gateway", version="0.1.0", lifespan=lifespan,
                  docs_url="/api/docs" if settings.tipline_env == "development" else None, redoc_url=None)

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": _error_name(exc.status_code), "detail": exc.detail},
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()]
        return JSONResponse({"error": "invalid_request", "detail": {"fields": fields}}, status_code=422)

    @app.exception_handler(DataError)
    async def unstorable_value(_request: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot hold (a NUL character, a number out of range): the request's fault.
        log.warning("request refused: unstorable value", extra={"error": type(exc.orig).__name__})
        return JSONResponse({"error": "invalid_request",
                             "detail": "a value is out of range or holds characters that cannot be stored"},
                            status_code=422)

    app.include_router(health.router)
    app.include_router(sms.router)
    app.include_router(webchat.router)
    app.include_router(staff_routes.router)
    app.include_router(report_routes.router)
    app.include_router(followup_routes.router)
    app.include_router(escalation_routes.router)
    app.mount("/static", StaticFiles(directory=webchat.STATIC), name="static")
    return app


def _error_name(status: int) -> str:
    return {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
            413: "too_large", 415: "unsupported_media_type", 429: "too_many_requests",
            503: "unavailable"}.get(status, "error")
