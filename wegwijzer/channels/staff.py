"""Staff JSON API for callback requests and unanswered questions, served by the Rasa server.

Written as a Rasa InputChannel so it is switched on in credentials.yml like any channel. Every API route
needs the token from STAFF_TOKEN (for scripts and integrations); without that variable the API is disabled
(503), never open. People use the staff console instead (wegwijzer/console/, named accounts): the old
token-protected HTML page at /webhooks/staff/ now redirects there.
"""
import asyncio
import csv
import hmac
import io
import os
import re
from typing import Any, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from wegwijzer import logsafe, storage, web

logsafe.install()

REFERENCE = re.compile(r"^WW-[A-Z0-9]{5}$")
STATUSES = {"new", "handled", "all"}
CALLBACK_COLUMNS = ["reference", "created_at", "status", "name", "contact_method", "phone", "email",
                    "preferred_moment", "reason", "notification_status", "handled_at"]
UNANSWERED_COLUMNS = ["id", "created_at", "status", "reason", "text"]


def _token_ok(request: Request) -> Optional[HTTPResponse]:
    """None when the request carries the staff token, else the response to send."""
    expected = os.environ.get("STAFF_TOKEN", "")
    if not expected:
        return response.text("De API voor medewerkers staat uit (STAFF_TOKEN is niet ingesteld).", status=503)
    # Only the Authorization header: a token in a URL or form ends up in logs and browser history.
    header = request.headers.get("Authorization", "")
    given = header[7:].strip() if header.startswith("Bearer ") else ""
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        return response.text("Geen toegang: de code ontbreekt of klopt niet.", status=401)
    return None


def _csv(rows: List[Dict], columns: List[str], filename: str) -> HTTPResponse:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([web.safe_cell(row.get(c)) for c in columns])
    return response.text(out.getvalue(), content_type="text/csv; charset=utf-8",
                         headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _jsonable(rows: List[Dict]) -> List[Dict]:
    return [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()} for row in rows]


class StaffChannel(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "staff"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls((credentials or {}).get("database_url"))

    def __init__(self, database_url: Optional[str] = None) -> None:
        self.database_url = database_url

    async def _db(self, func: Callable, *args: Any) -> Any:
        engine = storage.get_engine(self.database_url)
        return await asyncio.get_running_loop().run_in_executor(None, func, engine, *args)

    def blueprint(self, on_new_message: Callable[[UserMessage], Any]) -> Blueprint:
        staff = Blueprint("staff_webhook", __name__)
        web.install(staff)

        def guarded(handler):
            async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
                denied = _token_ok(request)
                if denied:
                    return denied
                try:
                    return await handler(request, *args, **kwargs)
                except storage.StorageError:
                    return response.text("De database is nu niet bereikbaar. Probeer het later opnieuw.", status=503)
            wrapper.__name__ = handler.__name__
            return wrapper

        def status_arg(request: Request) -> Optional[str]:
            status = request.args.get("status") or "all"
            if status not in STATUSES:
                raise ValueError(status)
            return None if status == "all" else status

        @staff.route("/", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            # The token-based HTML page is gone: staff sign in to the console with their own account.
            return response.redirect("/webhooks/console/", status=301)

        @staff.route("/api/callbacks", methods=["GET"])
        @guarded
        async def callbacks_json(request: Request) -> HTTPResponse:
            try:
                status = status_arg(request)
            except ValueError:
                return response.json({"error": "unknown status"}, status=400)
            return response.json(_jsonable(await self._db(storage.list_callback_requests, status)))

        @staff.route("/api/callbacks.csv", methods=["GET"])
        @guarded
        async def callbacks_csv(request: Request) -> HTTPResponse:
            rows = await self._db(storage.list_callback_requests, None)
            return _csv(rows, CALLBACK_COLUMNS, "terugbelverzoeken.csv")

        @staff.route("/api/callbacks/<reference>/handled", methods=["POST"])
        @guarded
        async def handled_json(request: Request, reference: str) -> HTTPResponse:
            if not REFERENCE.match(reference) or not await self._db(storage.mark_handled, reference):
                return response.json({"ok": False, "error": "not found"}, status=404)
            return response.json({"ok": True})

        @staff.route("/api/unanswered", methods=["GET"])
        @guarded
        async def unanswered_json(request: Request) -> HTTPResponse:
            return response.json(_jsonable(await self._db(storage.list_unanswered, None)))

        @staff.route("/api/unanswered.csv", methods=["GET"])
        @guarded
        async def unanswered_csv(request: Request) -> HTTPResponse:
            rows = await self._db(storage.list_unanswered, None)
            return _csv(rows, UNANSWERED_COLUMNS, "onbeantwoorde-vragen.csv")

        @staff.route("/api/unanswered/<question_id:int>/reviewed", methods=["POST"])
        @guarded
        async def reviewed_json(request: Request, question_id: int) -> HTTPResponse:
            if not 0 < question_id < 2 ** 31 or not await self._db(storage.mark_reviewed, question_id):
                return response.json({"ok": False, "error": "not found"}, status=404)
            return response.json({"ok": True})

        return staff
