"""What the internet sends: every finding of the security review as a regression test, against the real
servers. (The fuzz test is tests/e2e/safety/test_fuzz.py; logs are scanned in test_logs.py.)"""
import json
import socket
import subprocess
import time

import pytest
import sqlalchemy as sa

from tests.conftest import POSTGRES_URL, TEST_PHONE, free_port, require_postgres
from tests.e2e.assistant import ACTION_TOKEN, Assistant, http
from tests.e2e.conftest import ALLOWED_ORIGIN, STAFF_TOKEN


def post(assistant, body=None, raw=None, headers=None):
    status, data = http("POST", f"{assistant.url}/webhooks/rest/webhook", body=body, raw=raw, headers=headers)
    try:
        return status, json.loads(data)
    except ValueError:
        return status, data


def alive(assistant):
    status, replies = post(assistant, {"sender": f"alive-{time.time_ns()}", "message": "heb ik een verwijzing nodig?"})
    assert status == 200 and any("verwijzing" in r.get("text", "") for r in replies), replies


# --- one request stopped the whole service ----------------------------------------------------------------------
@pytest.mark.parametrize("sender", ["\ud800", "\udc00x", "a\u0000b", "", "x" * 65, "../../etc/passwd", "<script>", 12, None])
def test_bad_senders_are_refused_and_the_server_lives_on(assistant, sender):
    raw = json.dumps({"sender": sender, "message": "hoi"}).encode()  # json.dumps keeps lone surrogates escaped
    status, body = post(assistant, raw=raw)
    assert status == 400, body
    alive(assistant)


def test_a_message_with_broken_unicode_or_nul_is_cleaned_not_fatal(assistant):
    raw = b'{"sender": "unicode-test", "message": "hoi \\ud800 en \\u0000 daar"}'
    status, replies = post(assistant, raw=raw)
    assert status == 200 and replies
    alive(assistant)


# --- 500s and silence for malformed bodies -----------------------------------------------------------------------
@pytest.mark.parametrize("raw", [b"null", b"123", b'"str"', b"[]", b"", b"{not json", b"\xff\xfe\x00binary",
                                 ("[" * 1000 + "]" * 1000).encode(),
                                 json.dumps({"sender": "n", "message": {"a": [1] * 3}}).encode(),
                                 json.dumps({"sender": "n"}).encode(), json.dumps({"message": "hoi"}).encode(),
                                 json.dumps({"sender": "n", "message": 5}).encode()])
def test_malformed_bodies_get_a_4xx(assistant, raw):
    status, _ = post(assistant, raw=raw)
    assert 400 <= status < 500, status


def test_deeply_nested_message_is_refused(assistant):
    message = '{"x": ' * 1000 + "{}" + "}" * 1000
    status, _ = post(assistant, raw=('{"sender": "deep", "message": ' + message + "}").encode())
    assert 400 <= status < 500


# --- size limits ---------------------------------------------------------------------------------------------------
def test_a_long_message_gets_a_friendly_answer_with_the_crisis_line(assistant):
    status, replies = post(assistant, {"sender": "long-1", "message": "ik heb een vraag " * 200})
    assert status == 200 and "te lang" in replies[0]["text"] and "0800-0113" in replies[0]["text"]


def test_a_huge_request_is_refused_before_it_is_read(assistant):
    status, _ = post(assistant, raw=json.dumps({"sender": "huge", "message": "x" * 1_000_000}).encode())
    assert status == 413
    alive(assistant)


def test_the_longest_allowed_message_is_answered(assistant):
    text = ("Ik loop al een tijd vast en weet niet goed waar ik moet beginnen. " * 40)[:1990] + "?"
    start = time.perf_counter()
    status, replies = post(assistant, {"sender": "max-len", "message": text})
    assert status == 200 and replies and time.perf_counter() - start < 10  # timing is measured in the benchmark


def test_staff_api_ids_out_of_range_are_404(assistant):
    status, _ = http("POST", f"{assistant.url}/webhooks/staff/api/unanswered/{2 ** 63}/reviewed",
                     headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 404


# --- degrade, don't disappear --------------------------------------------------------------------------------------
def test_action_server_down_gives_an_apology_and_conversations_recover(assistant):
    known = assistant.chat()
    assistant.stop_actions()
    try:
        new = assistant.chat(started=False)
        answer = new.say("heb ik een verwijzing nodig?")
        assert "Sorry" in answer and TEST_PHONE in answer, answer
        crisis = assistant.chat(started=False).say("ik wil niet meer leven")
        assert "0800-0113" in crisis and "112" in crisis, crisis
        assert TEST_PHONE in known.say("wat kost een sessie?")
    finally:
        assistant.start_actions()
    assert "verwijzing" in new.say("heb ik een verwijzing nodig?").lower(), new.transcript()
    assert "praktijk" in known.say("wat kost een sessie?").lower(), known.transcript()


# --- only the Rasa server talks to the action server -----------------------------------------------------------
def test_action_server_refuses_calls_without_the_shared_secret(assistant):
    forged = {"next_action": "action_submit_callback", "sender_id": "forged", "tracker": {"sender_id": "forged",
              "slots": {"callback_consent": "yes", "callback_name": "X"}, "events": [], "latest_message": {}},
              "domain": {}}
    assert http("POST", f"{assistant.actions_url}/webhook", forged)[0] == 403
    assert http("POST", f"{assistant.actions_url}/webhook", forged, headers={"X-Wegwijzer-Action-Token": "wrong"})[0] == 403
    assert http("GET", f"{assistant.actions_url}/actions")[0] == 403
    assert http("GET", f"{assistant.actions_url}/health")[0] == 200
    status, _ = http("POST", f"{assistant.actions_url}/webhook", {"next_action": "action_listen"},
                     headers={"X-Wegwijzer-Action-Token": ACTION_TOKEN})
    assert status != 403


def test_a_long_conversation_still_reaches_the_action_server(assistant):
    """Regression: the 64 KB limit meant for the public Rasa server was applied to the action server as well,
    so after a dozen turns every action call was refused and the visitor only got apologies."""
    events = [{"event": "user", "text": "heb ik een verwijzing nodig voor psychosociale therapie? " * 20,
               "parse_data": {"intent": {"name": "faq", "confidence": 1.0}, "entities": []}}] * 200
    body = {"next_action": "action_listen", "sender_id": "long", "version": "3.6.21",
            "tracker": {"sender_id": "long", "slots": {}, "events": events, "latest_message": {}}, "domain": {}}
    assert len(json.dumps(body)) > 200_000
    status, data = http("POST", f"{assistant.actions_url}/webhook", body, headers={"X-Wegwijzer-Action-Token": ACTION_TOKEN})
    assert status not in (413, 500), data[:200]
    assert b"size limit" not in data


def _outside_address():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks the outward interface
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_both_servers_listen_on_localhost_only(assistant):
    address = _outside_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address to try")
    for port in (int(assistant.url.rsplit(":", 1)[1]), int(assistant.actions_url.rsplit(":", 1)[1])):
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=2).close()


# --- CORS and security headers -------------------------------------------------------------------------------------
def test_cors_only_for_the_configured_origin(assistant):
    body = {"sender": "cors", "message": "hoi"}
    _, _ = post(assistant, body)
    import urllib.request

    def headers_for(origin):
        request = urllib.request.Request(f"{assistant.url}/webhooks/rest/webhook", data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json", "Origin": origin}, method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            return {k.lower(): v for k, v in response.headers.items()}

    evil = headers_for("https://evil.example")
    assert "access-control-allow-origin" not in evil and "access-control-allow-credentials" not in evil
    good = headers_for(ALLOWED_ORIGIN)
    assert good["access-control-allow-origin"] == ALLOWED_ORIGIN and "access-control-allow-credentials" not in good
    status, _ = http("OPTIONS", f"{assistant.url}/webhooks/rest/webhook", headers={"Origin": ALLOWED_ORIGIN})
    assert status in (200, 204)


def test_html_pages_carry_security_headers(assistant):
    import urllib.request

    with urllib.request.urlopen(f"{assistant.url}/webhooks/console/login", timeout=30) as response:
        headers = {k.lower(): v for k, v in response.headers.items()}
    assert "script-src 'self'" in headers["content-security-policy"] and "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store" and headers["x-frame-options"] == "DENY"


# --- the conversation store failing -----------------------------------------------------------------------------
ROLE = "wegwijzer_tracker_e2e"


@pytest.fixture(scope="module")
def pg_tracker_assistant(tmp_path_factory, assistant):
    require_postgres()
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    schema = f"trk_{int(time.time())}"
    with admin.connect() as conn:
        if not conn.execute(sa.text("select 1 from pg_roles where rolname = :r"), {"r": ROLE}).first():
            conn.execute(sa.text(f"CREATE ROLE {ROLE} LOGIN"))
        conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
        conn.execute(sa.text(f"CREATE SCHEMA {schema} AUTHORIZATION {ROLE}"))
    url = POSTGRES_URL.replace("postgres@", f"{ROLE}@") + f"?options=-csearch_path%3D{schema}"
    workdir = tmp_path_factory.mktemp("pg_tracker")
    bot = Assistant(workdir, {"DATABASE_URL": url}, free_port(), free_port())
    bot.admin, bot.schema = admin, schema
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()
        with admin.connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))


def test_conversation_store_down_gives_an_apology_not_an_exit(pg_tracker_assistant):
    bot = pg_tracker_assistant
    chat = bot.chat()
    assert "verwijzing" in chat.say("heb ik een verwijzing nodig?").lower()
    with bot.admin.connect() as conn:
        conn.execute(sa.text(f"ALTER ROLE {ROLE} NOLOGIN"))
        conn.execute(sa.text("select pg_terminate_backend(pid) from pg_stat_activity where usename = :r"), {"r": ROLE})
    try:
        # Rasa keeps the conversation in memory while its store is away (FailSafeTrackerStore), or the channel
        # apologises; either way the visitor gets the crisis numbers and the server keeps running
        status, replies = post(bot, {"sender": chat.sender, "message": "ik wil niet meer leven"})
        assert status == 200 and "0800-0113" in " ".join(r.get("text", "") for r in replies), replies
        assert all(p.poll() is None for p in bot.procs), "a server stopped"
    finally:
        with bot.admin.connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
    time.sleep(1)
    assert "verwijzing" in chat.say("heb ik een verwijzing nodig?").lower(), chat.transcript()


def test_a_nul_in_a_message_is_stored_on_postgresql(pg_tracker_assistant):
    status, replies = post(pg_tracker_assistant, raw=b'{"sender": "nul-pg", "message": "hoi\\u0000 daar"}')
    assert status == 200 and replies and "Sorry" not in replies[-1]["text"], replies
