"""The website chat widget, served by the Rasa server: its files, its settings and a demo page.

Written as a Rasa InputChannel (like the staff page) so it is switched on in credentials.yml. It serves under
/widget/:
- the widget's own modules and stylesheet (widget/*.js, widget/*.css) and the vendored socket.io client, and
  nothing else from that folder (an explicit list of names, so no path can reach other files);
- config.json: what the widget shows from practice.yml (name, phone, retention period), read at run time;
- a demo page of the fictional practice (two pages, to show that the conversation survives navigation).
Pages get the security headers and the Content-Security-Policy of wegwijzer/web.py (no inline script);
scripts and config.json get CORS only for the practice's own origins (WEGWIJZER_ALLOWED_ORIGINS).
"""
import html
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from wegwijzer import practice, web
from wegwijzer.files import project_path

TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
VENDORED = ["vendor/socket.io.esm.min.js"]
PAGES = {
    "": ("Welkom", "Fijn dat je er bent. Op deze website lees je hoe onze praktijk werkt en hoe je je aanmeldt."),
    "over-ons": ("Over ons", "Wij zijn een kleine praktijk voor psychosociale therapie voor volwassenen en kinderen."),
}


def widget_dir() -> Path:
    return project_path("widget")


def served_files() -> Dict[str, Path]:
    """URL name -> file, for exactly the files a browser needs."""
    folder = widget_dir()
    files = {p.name: p for p in folder.iterdir() if p.suffix in TYPES and p.is_file()}
    files.update({name: folder / name for name in VENDORED if (folder / name).is_file()})
    return files


def widget_settings() -> Dict[str, Any]:
    info = practice.load_practice()
    return {"practice": info.name, "assistant": info.assistant_name, "phone": info.phone,
            "phone_e164": info.phone_e164, "retention_days": info.retention_days}


def demo_page(slug: str) -> str:
    info = practice.load_practice()
    title, intro = PAGES[slug]
    esc = html.escape
    nav = "".join(
        f'<li><a href="/widget/{s}"{" aria-current=page" if s == slug else ""}>{esc(PAGES[s][0])}</a></li>'
        for s in PAGES
    )
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(info.name)}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/widget/demo.css">
</head><body>
<header class="demo-header"><p class="demo-name">{esc(info.name)}</p><nav aria-label="Hoofdmenu"><ul>{nav}</ul></nav></header>
<main class="demo-main"><h1>{esc(title)}</h1><p>{esc(intro)}</p>
<p>Heb je een vraag? Open de chat rechtsonder. Onze digitale assistent {esc(info.assistant_name)} helpt je op weg
of zet een terugbelverzoek voor je klaar.</p>
<h2>Contact</h2><p>Telefoon: <a href="tel:{esc(info.phone_e164)}">{esc(info.phone)}</a><br>
E-mail: <a href="mailto:{esc(info.email)}">{esc(info.email)}</a><br>{esc(info.address)}</p>
<p class="demo-note">Dit is een verzonnen voorbeeldpraktijk, om de chat te laten zien.</p></main>
<script type="module" src="/widget/wegwijzer.js" data-title="{esc(info.assistant_name)}"></script>
</body></html>"""


class WidgetChannel(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls()

    def url_prefix(self) -> Text:
        return "/widget"  # not under /webhooks/: this is the address people see and sites embed

    def blueprint(self, on_new_message: Callable[[UserMessage], Any]) -> Blueprint:
        widget = Blueprint("wegwijzer_widget", __name__)
        web.install(widget)

        @widget.route("/", methods=["GET"])
        async def home(request: Request) -> HTTPResponse:
            return response.html(demo_page(""))

        @widget.route("/over-ons", methods=["GET"])
        async def about(request: Request) -> HTTPResponse:
            return response.html(demo_page("over-ons"))

        @widget.route("/config.json", methods=["GET", "OPTIONS"])
        async def settings(request: Request) -> HTTPResponse:
            if request.method == "OPTIONS":
                return response.empty(status=204)
            return response.json(widget_settings(), headers={"Cache-Control": "no-cache"})

        def asset(key: str) -> HTTPResponse:
            path = served_files().get(key)
            if path is None:
                return response.text("Niet gevonden.", status=404)
            return response.raw(path.read_bytes(), content_type=TYPES[path.suffix],
                                headers={"Cache-Control": "no-cache"})

        @widget.route("/<name:str>", methods=["GET"])
        async def own_file(request: Request, name: str) -> HTTPResponse:
            if not name:  # Sanic routes /widget/ here, with an empty name
                return response.html(demo_page(""))
            return asset(name)

        @widget.route("/vendor/<name:str>", methods=["GET"])
        async def vendored_file(request: Request, name: str) -> HTTPResponse:
            return asset(f"vendor/{name}")

        return widget
