"""Structured logs: one JSON object per line on stdout, ready for any log shipper.

    {"time": "2025-03-11T09:00:00.123Z", "level": "INFO", "logger": "newsroom.access",
     "message": "GET /quotes/ 200", "request_id": "3f2a…", "method": "GET", "path": "/quotes/",
     "status": 200, "duration_ms": 12.4}

`RequestIdFilter` stamps every record logged while a request is being served with that
request's id (set by `newsroom.middleware.AccessLogMiddleware`), so an error logged deep in
a view can be joined to its access-log line.
"""
from __future__ import annotations

import contextvars
import json
import logging
from datetime import datetime, timezone

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")

# Attributes every LogRecord has; anything else was passed with `extra=` and is logged as a field.
_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", ""):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """Format a record as one line of JSON; `extra=` fields become top-level keys."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and key not in entry and not key.startswith("_"):
                entry[key] = value
        if not entry.get("request_id"):
            entry.pop("request_id", None)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # default=str: a stray object in `extra` must never turn a log call into a crash.
        return json.dumps(entry, ensure_ascii=False, default=str)
