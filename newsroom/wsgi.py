"""WSGI entry point: `gunicorn newsroom.wsgi`."""
import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
application = get_wsgi_application()

# Django, the project and everything they imported stay loaded for the life of the
# process. Moving them out of the garbage collector's sight means a full collection
# during a request walks only that request's objects, which trims the slow tail of heavy
# pages (bench/RESULTS.md). With gunicorn --preload the frozen objects also stay shared
# between workers instead of being copied.
gc.freeze()
