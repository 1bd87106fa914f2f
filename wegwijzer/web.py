"""HTTP hardening shared by every channel the Rasa server serves: security headers on every response,
and CORS only for the origins the practice configures (WEGWIJZER_ALLOWED_ORIGINS, comma separated;
empty = no cross-origin access at all). Each channel adds it to its blueprint with `install(blueprint)`;
Rasa's own HTTP API is off unless RASA_API_TOKEN is set, and then behind that token."""
import os
from typing import Any, List

from sanic import Blueprint

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def allowed_origins() -> List[str]:
    raw = os.environ.get("WEGWIJZER_ALLOWED_ORIGINS", "")
    return [o.strip().rstrip("/") for o in raw.split(",") if o.strip() and o.strip() != "*"]


def _add_headers(request, response) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    content_type = getattr(response, "content_type", None) or response.headers.get("content-type", "") or ""
    if content_type.startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", CSP)
    if request.path.startswith("/webhooks/staff") or request.path.startswith("/conversations"):
        response.headers["Cache-Control"] = "no-store"
    # CORS: Rasa's own --cors stays off; only configured origins get an answer, never with credentials
    origin = request.headers.get("origin", "")
    response.headers.pop("access-control-allow-credentials", None)
    if origin and origin.rstrip("/") in allowed_origins():
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    else:
        response.headers.pop("access-control-allow-origin", None)


def install(blueprint: Blueprint) -> None:
    """Adds the headers to every response of the channel's routes."""
    blueprint.middleware(_add_headers, "response")


def safe_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet does not run as a formula (OWASP: = + - @ and tab / carriage return)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
