"""Structured JSON logs. Callers pass identifiers (conversation hashes, message ids, statuses);
message text and phone numbers never belong in a log line."""
from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                entry[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            # the type and the first line only: driver errors can quote statements and their parameters
            first_line = str(exc).splitlines()[0][:160] if str(exc) else ""
            entry["error"] = f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's access log prints paths with query strings; ours carry no secrets, but keep it quiet.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    # HTTP clients log every request URL (httpx at INFO, urllib3 at DEBUG), and Rasa's HTTP API takes its token
    # in the query.
    for name in ("httpx", "httpcore", "urllib3"):
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)
