"""The staff console as a Rasa input channel: /webhooks/console/ (switched on in credentials.yml).

Pages are rendered on the server (Jinja2, autoescape); every page needs a signed-in session
(wegwijzer/console/sessions.py), every POST its CSRF token, and every view or export of a conversation or
callback request is written to the audit log. "Probeer een vraag" sends the message through the same
path as the website (SafeRestInput.answer) in a conversation id of its own ("console-...").
"""
import asyncio
import csv
import io
import logging
import re
import secrets
from datetime import datetime, timezone
from functools import partial, wraps
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Text
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from wegwijzer import knowledge, logsafe, storage, web
from wegwijzer.channels.rest import MAX_MESSAGE, SafeRestInput, clean_text
from wegwijzer.channels.staff import CALLBACK_COLUMNS, REFERENCE, UNANSWERED_COLUMNS
from wegwijzer.console import accounts, audit, batch, explain, inbox, overview, retrain, review, sessions
from wegwijzer.console.review import CONSOLE_PREFIX, FILTERS

logsafe.install()
logger = logging.getLogger(__name__)

BASE = "/webhooks/console"
HERE = Path(__file__).resolve().parent
STATIC = {"console.css": "text/css; charset=utf-8", "console.js": "text/javascript; charset=utf-8",
          "voorbeeld-batch.csv": "text/csv; charset=utf-8"}
JOB = re.compile(r"^[0-9a-f]{16}$")
SENDER = re.compile(r"^[A-Za-z0-9_.:@-]{1,64}$")
TRY_CONVERSATION = re.compile(r"^console-[0-9a-f]{16}$")

templates = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]),
                        trim_blocks=True, lstrip_blocks=True)
templates.globals.update(base=BASE, filters=FILTERS)
templates.filters["pct"] = lambda v: "-" if v is None else f"{float(v) * 100:.0f}%"
templates.filters["when"] = lambda v: "-" if v is None else v.strftime("%d-%m-%Y %H:%M")
templates.filters["stamp"] = lambda v: datetime.fromtimestamp(v, timezone.utc).strftime("%d-%m-%Y %H:%M UTC")
templates.filters["urlpart"] = lambda v: quote(str(v), safe="")


def render(template: str, status: int = 200, **context: Any) -> HTTPResponse:
    return response.html(templates.get_template(template).render(**context), status=status)


def _form(request: Request, name: str) -> str:
    try:
        value = (request.form or {}).get(name)
    except Exception:  # noqa: BLE001 — a malformed body is treated as an empty form
        return ""
    return clean_text(value) if isinstance(value, str) else ""


def _address(request: Request) -> str:
    return str(request.ip or "")[:64]


def _csv(rows, columns, filename: str) -> HTTPResponse:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([web.safe_cell(row.get(c)) for c in columns])
    return response.text(out.getvalue(), content_type="text/csv; charset=utf-8",
                         headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _next_path(value: str) -> str:
    # only a path inside the console: never an open redirect
    return value if value.startswith(BASE + "/") and "//" not in value and "\\" not in value else BASE + "/"


class ConsoleChannel(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "console"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls((credentials or {}).get("database_url"))

    def __init__(self, database_url: Optional[str] = None) -> None:
        self.database_url = database_url

    @property
    def engine(self):
        return storage.get_engine(self.database_url)

    async def db(self, func: Callable, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, func, self.engine, *args)

    async def log(self, request: Request, action: str, target: Optional[str] = None) -> None:
        await self.db(audit.record, request.ctx.session.account, action, target, _address(request))

    def blueprint(self, on_new_message: Callable[[UserMessage], Any]) -> Blueprint:
        console = Blueprint("staff_console", __name__)
        web.install(console)
        rest = SafeRestInput()

        @console.middleware("response")
        async def no_store(request: Request, reply: HTTPResponse) -> None:
            reply.headers["Cache-Control"] = "no-store"  # conversations and requests stay out of browser caches

        def signed_in(handler):
            @wraps(handler)
            async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
                try:
                    session = await self.db(sessions.lookup, request.cookies.get(sessions.COOKIE))
                    if session is None:
                        if request.method == "GET":
                            return response.redirect(f"{BASE}/login?next={quote(request.path)}", status=303)
                        return render("message.html", status=401, title="Niet aangemeld",
                                      text="Je bent niet (meer) aangemeld. Meld je opnieuw aan.")
                    if request.method == "POST" and not sessions.csrf_ok(session.csrf, _form(request, "csrf")):
                        return render("message.html", status=403, title="Verlopen formulier",
                                      text="Dit formulier is verlopen of niet van deze pagina. Laad de pagina opnieuw.")
                    request.ctx.session = session
                    return await handler(request, *args, **kwargs)
                except storage.StorageError:
                    return render("message.html", status=503, title="Database niet bereikbaar",
                                  text="De database is nu niet bereikbaar. Probeer het later opnieuw.")
            return wrapper

        def page(template: str, request: Request, **context: Any) -> HTTPResponse:
            return render(template, session=request.ctx.session, **context)

        @console.route("/static/<name>", methods=["GET"])
        async def static(request: Request, name: str) -> HTTPResponse:
            if name not in STATIC:
                return response.text("Niet gevonden.", status=404)
            return await response.file(HERE / "static" / name, mime_type=STATIC[name])

        # --- sign-in ---------------------------------------------------------------------------------------
        @console.route("/login", methods=["GET"])
        async def login_form(request: Request) -> HTTPResponse:
            token = request.cookies.get(sessions.LOGIN_COOKIE) or ""
            if not re.match(r"^[A-Za-z0-9_-]{43}$", token):
                token = secrets.token_urlsafe(32)
            reply = render("login.html", csrf=token, next=_next_path(request.args.get("next") or ""),
                           expired=request.args.get("uit") == "1")
            sessions.set_cookie(reply, sessions.LOGIN_COOKIE, token, sessions.secure_request(request))
            return reply

        @console.route("/login", methods=["POST"])
        async def login(request: Request) -> HTTPResponse:
            expected = request.cookies.get(sessions.LOGIN_COOKIE)
            if not sessions.csrf_ok(expected, _form(request, "csrf")):
                return render("message.html", status=403, title="Verlopen formulier",
                              text="Het aanmeldformulier is verlopen. Laad de pagina opnieuw.")
            name, password = _form(request, "name").strip().lower()[:64], _form(request, "password")
            address = _address(request)
            again = dict(csrf=expected, next=_next_path(_form(request, "next")), name=name)
            try:
                if await self.db(sessions.too_many_attempts, name, address):
                    return render("login.html", status=429, error="Te vaak een verkeerd wachtwoord. Wacht een kwartier "
                                  "en probeer het dan opnieuw.", **again)
                account = await self.db(accounts.verify, name, password)
                await self.db(sessions.record_attempt, name, address, account is not None)
                if account is None:
                    await self.db(audit.record, name or "?", "login_failed", None, address)
                    return render("login.html", status=401, error="Naam of wachtwoord klopt niet.", **again)
                token = await self.db(sessions.start, account)
                await self.db(audit.record, account, "login", None, address)
            except storage.StorageError:
                return render("message.html", status=503, title="Database niet bereikbaar",
                              text="De database is nu niet bereikbaar. Probeer het later opnieuw.")
            reply = response.redirect(again["next"], status=303)
            sessions.set_cookie(reply, sessions.COOKIE, token, sessions.secure_request(request))
            sessions.clear_cookie(reply, sessions.LOGIN_COOKIE)
            return reply

        @console.route("/logout", methods=["POST"])
        @signed_in
        async def logout(request: Request) -> HTTPResponse:
            await self.db(sessions.end, request.ctx.session.id)
            await self.log(request, "logout")
            reply = response.redirect(f"{BASE}/login", status=303)
            sessions.clear_cookie(reply, sessions.COOKIE)
            return reply

        @console.route("/", methods=["GET"])
        @signed_in
        async def home(request: Request) -> HTTPResponse:
            return response.redirect(f"{BASE}/probeer", status=303)

        # --- Probeer een vraag -----------------------------------------------------------------------------
        async def try_turns(request: Request):
            sender = request.ctx.session.try_conversation
            if not sender:
                return []
            tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
            if tracker is None:
                return []
            return explain.turns([e.as_dict() for e in tracker.events])

        @console.route("/probeer", methods=["GET"])
        @signed_in
        async def try_page(request: Request) -> HTTPResponse:
            return page("probeer.html", request, turns=await try_turns(request))

        @console.route("/probeer", methods=["POST"])
        @signed_in
        async def try_question(request: Request) -> HTTPResponse:
            text = _form(request, "message").strip()
            if not text or len(text) > MAX_MESSAGE:
                return page("probeer.html", request, turns=await try_turns(request), status=400,
                            error=f"Typ een vraag van 1 tot {MAX_MESSAGE} tekens.")
            sender = request.ctx.session.try_conversation
            if not sender or not TRY_CONVERSATION.match(sender):
                sender = CONSOLE_PREFIX + secrets.token_hex(8)
                await self.db(sessions.set_try_conversation, request.ctx.session.id, sender)
                request.ctx.session.try_conversation = sender
            await rest.answer(on_new_message, sender, text)
            await self.log(request, "try_question", sender)
            return response.redirect(f"{BASE}/probeer#laatste", status=303)

        @console.route("/probeer/nieuw", methods=["POST"])
        @signed_in
        async def try_new(request: Request) -> HTTPResponse:
            await self.db(sessions.set_try_conversation, request.ctx.session.id, None)
            return response.redirect(f"{BASE}/probeer", status=303)

        @console.route("/artikel/<key>", methods=["GET"])
        @signed_in
        async def article(request: Request, key: str) -> HTTPResponse:
            found = knowledge.get(key) if re.match(r"^[a-z0-9_]{1,64}$", key) else None
            if not found:
                return page("message.html", request, status=404, title="Niet gevonden", text="Dit artikel bestaat niet.")
            return page("artikel.html", request, article=found)

        # --- callback requests -----------------------------------------------------------------------------
        @console.route("/terugbelverzoeken", methods=["GET"])
        @signed_in
        async def callbacks(request: Request) -> HTTPResponse:
            status = request.args.get("status") or "new"
            if status not in ("new", "handled", "all"):
                status = "new"
            rows = await self.db(storage.list_callback_requests, None if status == "all" else status)
            await self.log(request, "view_callbacks", f"status={status}")
            return page("terugbelverzoeken.html", request, rows=rows, shown=status)

        @console.route("/terugbelverzoeken.csv", methods=["GET"])
        @signed_in
        async def callbacks_csv(request: Request) -> HTTPResponse:
            rows = await self.db(storage.list_callback_requests, None)
            await self.log(request, "export_callbacks", f"{len(rows)} verzoeken")
            return _csv(rows, CALLBACK_COLUMNS, "terugbelverzoeken.csv")

        @console.route("/terugbelverzoeken/<reference>/afgehandeld", methods=["POST"])
        @signed_in
        async def callback_handled(request: Request, reference: str) -> HTTPResponse:
            if not REFERENCE.match(reference) or not await self.db(storage.mark_handled, reference):
                return page("message.html", request, status=404, title="Niet gevonden", text="Verzoek niet gevonden.")
            await self.log(request, "callback_handled", reference)
            return response.redirect(f"{BASE}/terugbelverzoeken", status=303)

        # --- inbox of unanswered questions -----------------------------------------------------------------
        @console.route("/inbox", methods=["GET"])
        @signed_in
        async def inbox_page(request: Request) -> HTTPResponse:
            status = request.args.get("status") if request.args.get("status") in ("new", "reviewed", "all") else "new"
            rows = await self.db(inbox.questions, status)
            await self.log(request, "view_inbox", f"status={status}")
            return page("inbox.html", request, rows=rows, shown=status, topics=inbox.topics(),
                        added=request.args.get("toegevoegd"), file=str(inbox.examples_file().name))

        @console.route("/inbox.csv", methods=["GET"])
        @signed_in
        async def inbox_csv(request: Request) -> HTTPResponse:
            rows = await self.db(inbox.questions, "all")
            await self.log(request, "export_unanswered", f"{len(rows)} vragen")
            return _csv(rows, UNANSWERED_COLUMNS, "onbeantwoorde-vragen.csv")

        async def known_question(request: Request, question_id: int):
            if not 0 < question_id < 2 ** 31:
                return None
            row = await self.db(inbox.question, question_id)
            if row is None or str(row.get("conversation_id") or "").startswith(CONSOLE_PREFIX):
                return None
            return row

        @console.route("/inbox/<question_id:int>/bekeken", methods=["POST"])
        @signed_in
        async def reviewed(request: Request, question_id: int) -> HTTPResponse:
            if not await known_question(request, question_id):
                return page("message.html", request, status=404, title="Niet gevonden", text="Vraag niet gevonden.")
            await self.db(storage.mark_reviewed, question_id)
            await self.log(request, "question_reviewed", str(question_id))
            return response.redirect(f"{BASE}/inbox", status=303)

        @console.route("/inbox/<question_id:int>/voorbeeld", methods=["POST"])
        @signed_in
        async def add_example(request: Request, question_id: int) -> HTTPResponse:
            row = await known_question(request, question_id)
            if not row:
                return page("message.html", request, status=404, title="Niet gevonden", text="Vraag niet gevonden.")
            topic = _form(request, "topic")
            text = _form(request, "text") or row["text"]
            try:
                await asyncio.get_running_loop().run_in_executor(None, inbox.add_example, topic, text)
            except inbox.ExampleError as error:
                rows = await self.db(inbox.questions, "new")
                return page("inbox.html", request, status=400, rows=rows, shown="new", topics=inbox.topics(),
                            error=str(error), file=str(inbox.examples_file().name))
            await self.db(storage.mark_reviewed, question_id)
            await self.log(request, "example_added", f"{question_id} -> faq/{topic}")
            return response.redirect(f"{BASE}/inbox?toegevoegd={quote(topic)}", status=303)

        # --- conversation review ---------------------------------------------------------------------------
        @console.route("/gesprekken", methods=["GET"])
        @signed_in
        async def conversations(request: Request) -> HTTPResponse:
            wanted = request.args.get("filter") if request.args.get("filter") in FILTERS else None
            rows = await self.db(review.recent, wanted)
            await self.log(request, "list_conversations", f"filter={wanted or 'alle'}")
            return page("gesprekken.html", request, rows=rows, wanted=wanted)

        @console.route("/gesprekken/<sender>", methods=["GET"])
        @signed_in
        async def conversation(request: Request, sender: str) -> HTTPResponse:
            turns = await self.db(review.conversation, sender) if SENDER.match(sender) else None
            if turns is None:
                return page("message.html", request, status=404, title="Niet gevonden",
                            text="Dit gesprek bestaat niet (meer): het kan ouder zijn dan de bewaartermijn.")
            await self.log(request, "view_conversation", sender)
            return page("gesprek.html", request, sender=sender, turns=turns)

        # --- batch check ---------------------------------------------------------------------------------
        async def ask_agent(agent, handle, sender: str, texts) -> list:
            # through the REST channel's path, as a visitor; the tracker says what the answer was
            for text in texts:
                await rest.answer(handle, sender, text)
            tracker = await agent.tracker_store.retrieve(sender)
            return [e.as_dict() for e in tracker.events] if tracker else []

        async def ask(app, sender: str, texts) -> list:
            return await ask_agent(app.ctx.agent, on_new_message, sender, texts)

        def batch_page(request: Request, status: int = 200, **context: Any) -> HTTPResponse:
            return page("batch.html", request, status=status, jobs=list(reversed(batch.jobs.values())),
                        max_rows=batch.MAX_ROWS, **context)

        @console.route("/batch", methods=["GET"])
        @signed_in
        async def batch_form(request: Request) -> HTTPResponse:
            return batch_page(request)

        @console.route("/batch", methods=["POST"])
        @signed_in
        async def batch_start(request: Request) -> HTTPResponse:
            try:
                upload = (request.files or {}).get("bestand")
            except Exception:  # noqa: BLE001 — a malformed body is treated as no file
                upload = None
            pasted = _form(request, "tekst")
            try:
                if upload is not None and upload.body:
                    rows = batch.parse(upload.body)
                else:
                    rows = batch.parse(pasted)
                job = batch.start(request.ctx.session.account, rows, partial(ask, request.app), CONSOLE_PREFIX + "batch-")
            except batch.BatchError as error:
                return batch_page(request, status=400, error=str(error), pasted=pasted)
            except batch.Busy:
                return batch_page(request, status=409, pasted=pasted,
                                  error="Er loopt al een batchcontrole. Wacht tot die klaar is en probeer het dan opnieuw.")
            await self.log(request, "batch_check", f"{job.id}: {len(rows)} vragen")
            return response.redirect(f"{BASE}/batch/{job.id}", status=303)

        def known_job(job_id: str):
            return batch.jobs.get(job_id) if JOB.match(job_id) else None

        @console.route("/batch/<job_id>", methods=["GET"])
        @signed_in
        async def batch_result(request: Request, job_id: str) -> HTTPResponse:
            job = known_job(job_id)
            if job is None:
                return page("message.html", request, status=404, title="Niet gevonden",
                            text="Deze batchcontrole bestaat niet (meer). Resultaten blijven tot de assistent herstart.")
            per_topic, overall = batch.scores(job.outcomes)
            return page("batch-resultaat.html", request, job=job, per_topic=per_topic, overall=overall,
                        labels=batch.known_labels(), articles=knowledge.articles())

        @console.route("/batch/<job_id>/voortgang", methods=["GET"])
        @signed_in
        async def batch_progress(request: Request, job_id: str) -> HTTPResponse:
            job = known_job(job_id)
            if job is None:
                return response.json({"error": "niet gevonden"}, status=404)
            return response.json({"done": len(job.outcomes), "total": len(job.rows), "running": job.running,
                                  "text": f"{len(job.outcomes)} van {len(job.rows)} vragen klaar."})

        @console.route("/batch/<job_id>/resultaat.csv", methods=["GET"])
        @signed_in
        async def batch_csv(request: Request, job_id: str) -> HTTPResponse:
            job = known_job(job_id)
            if job is None:
                return response.text("Niet gevonden.", status=404)
            await self.log(request, "export_batch", job.id)
            return response.text(batch.to_csv(job.outcomes), content_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="batchcontrole-{job.id}.csv"'})

        # --- retrain ---------------------------------------------------------------------------------------
        def retrain_page(request: Request, status: int = 200, **context: Any) -> HTTPResponse:
            return page("opnieuw-trainen.html", request, status=status, job=retrain.current,
                        examples=retrain.staff_examples(), file=inbox.examples_file().name, labels=batch.known_labels(),
                        **context)

        @console.route("/opnieuw-trainen", methods=["GET"])
        @signed_in
        async def retrain_form(request: Request) -> HTTPResponse:
            return retrain_page(request)

        @console.route("/opnieuw-trainen", methods=["POST"])
        @signed_in
        async def retrain_start(request: Request) -> HTTPResponse:
            account, address = request.ctx.session.account, _address(request)

            async def report(job) -> None:
                outcome = "overgeschakeld" if job.switched else "oude model blijft"
                await self.db(audit.record, account, "retrain_done",
                              f"{job.id}: {outcome}, {job.old[0]}->{job.new[0]} van {job.new[1]}", address)

            try:
                job = retrain.start(account, request.app, on_new_message, ask_agent, report)
            except retrain.Busy:
                return retrain_page(request, status=409, error="Er wordt al opnieuw getraind. Wacht tot dat klaar is.")
            await self.log(request, "retrain_started", job.id)
            return response.redirect(f"{BASE}/opnieuw-trainen", status=303)

        @console.route("/opnieuw-trainen/voortgang", methods=["GET"])
        @signed_in
        async def retrain_progress(request: Request) -> HTTPResponse:
            job = retrain.current
            if job is None:
                return response.json({"running": False, "done": 0, "total": 0, "text": ""})
            counting = job.phase in ("old", "new")
            return response.json({"running": job.running, "done": job.done if counting else None,
                                  "total": job.total if counting else None, "text": job.progress_text})

        # --- overview --------------------------------------------------------------------------------------
        @console.route("/overzicht", methods=["GET"])
        @signed_in
        async def overview_page(request: Request) -> HTTPResponse:
            figures = await self.db(overview.figures)
            await self.log(request, "view_overview")
            return page("overzicht.html", request, o=figures, charts=overview.charts(figures), share=overview.share)

        # --- audit log -------------------------------------------------------------------------------------
        @console.route("/logboek", methods=["GET"])
        @signed_in
        async def audit_page(request: Request) -> HTTPResponse:
            rows = await self.db(audit.recent, 200)
            return page("logboek.html", request, rows=rows, labels=audit.ACTIONS)

        return console
