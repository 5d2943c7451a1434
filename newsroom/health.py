"""`/healthz`: is this process able to serve? Load balancers and uptime checks poll it.

200 {"status": "ok", "database": "ok"} when a `SELECT 1` succeeds, else 503 with the
reason, so an orchestrator takes the instance out of rotation instead of sending users
into errors. It never caches and needs no session, login or template.
"""
from __future__ import annotations

import logging
import time

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("health check: database unavailable: %s", error)
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse(
        {"status": "ok", "database": "ok", "database_ms": round((time.perf_counter() - started) * 1000, 1)}
    )
