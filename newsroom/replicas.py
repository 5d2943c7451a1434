"""Read replicas: public page views read from a replica, everything else from the primary.

Configured by `DATABASE_REPLICA_URLS` (comma-separated database URLs; see settings). With
none set, this module is not installed and every query goes to `default`.

The safe default is the primary. A request is allowed onto a replica only when it cannot
need its own writes back: a GET or HEAD, outside the admin, and not within
`REPLICA_PIN_SECONDS` of a write by the same browser (a cookie marks that). So the
redirect after a form post, the admin, `manage.py ingest` and the test suite all read what
they just wrote; a reader of the public pages may see a new quote a moment after it lands
on the primary, which this site can live with.
"""
from __future__ import annotations

import contextvars
import random
import time

from django.conf import settings

REPLICA_PREFIX = "replica_"
PIN_COOKIE = "pin_primary"

_reads_may_use_replica = contextvars.ContextVar("reads_may_use_replica", default=False)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith(REPLICA_PREFIX)]


class PrimaryReplicaRouter:
    """Writes and migrations on `default`; reads on a random replica when the current
    request allows it (see `ReplicaMiddleware`)."""

    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if replicas and _reads_may_use_replica.get():
            return random.choice(replicas)
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # Replicas hold the same rows as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaMiddleware:
    """Decides, per request, whether its reads may go to a replica."""

    SAFE_METHODS = frozenset({"GET", "HEAD"})

    def __init__(self, get_response):
        self.get_response = get_response
        self.pin_seconds = getattr(settings, "REPLICA_PIN_SECONDS", 10)

    def __call__(self, request):
        may_use_replica = (
            request.method in self.SAFE_METHODS
            and not request.path.startswith("/admin/")
            and not self._recently_wrote(request)
        )
        token = _reads_may_use_replica.set(may_use_replica)
        try:
            response = self.get_response(request)
        finally:
            _reads_may_use_replica.reset(token)
        if request.method not in self.SAFE_METHODS:
            # The next pages this browser loads (the redirect after a post, say) must see
            # the write, so they read from the primary until the replicas have caught up.
            response.set_cookie(
                PIN_COOKIE, str(int(time.time()) + self.pin_seconds), max_age=self.pin_seconds,
                httponly=True, samesite="Lax", secure=settings.SESSION_COOKIE_SECURE,
            )
        return response

    @staticmethod
    def _recently_wrote(request) -> bool:
        try:
            return int(request.COOKIES.get(PIN_COOKIE, "0")) > time.time()
        except ValueError:
            return False
