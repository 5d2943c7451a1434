"""Cross-cutting HTTP behaviour: an access log with request ids, and security headers.

Django's SecurityMiddleware already sends X-Content-Type-Options, Referrer-Policy and
Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware sends X-Frame-Options; this adds
the two headers Django does not: Content-Security-Policy and Permissions-Policy.
"""
from __future__ import annotations

import logging
import re
import time
import uuid

from django.conf import settings
from django.http import HttpResponseBadRequest

from .logging import request_id_var

access_log = logging.getLogger("newsroom.access")

# An upstream proxy's id is reused only if it looks like an id, so it cannot inject into logs.
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class AccessLogMiddleware:
    """One structured log line per request: method, path, status, duration, request id.

    The id comes from the proxy's X-Request-ID when it sends a sane one, else a fresh
    UUID; it is echoed in the response so a user's bug report can quote it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _INCOMING_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response["X-Request-ID"] = request_id
        status = response.status_code
        level = logging.ERROR if status >= 500 else logging.INFO
        access_log.log(
            level,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": duration_ms,
            },
        )
        return response


DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
DEFAULT_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy (no inline script or style anywhere, the admin
    included) and a Permissions-Policy that turns off device APIs the site never uses.
    Both can be overridden in settings (CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_CSP)
        self.permissions_policy = getattr(settings, "PERMISSIONS_POLICY", DEFAULT_PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.csp:
            response.headers.setdefault("Content-Security-Policy", self.csp)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


class RejectNulBytesMiddleware:
    """Answer 400 to a query string containing a NUL character.

    No real link has one, and PostgreSQL refuses NUL in any text it is asked to compare,
    so `?speaker=%00` would otherwise end as a 500 in whichever view (or admin search)
    first hands the value to the database. Form posts are covered by Django's own
    ProhibitNullCharactersValidator."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                return HttpResponseBadRequest(
                    "Bad request: the address contains a NUL character.", content_type="text/plain; charset=utf-8"
                )
        return self.get_response(request)
