"""Top-level URLs: the public site, the admin, the health check."""
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from .health import healthz


def favicon(request):
    """Browsers ask for /favicon.ico on every page that names none (the admin's); point
    them at the site's icon instead of logging a 404 each time."""
    return redirect(static("favicon.svg"))


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon),
    path("admin/", admin.site.urls),
    path("", include("quotes.urls")),
]
