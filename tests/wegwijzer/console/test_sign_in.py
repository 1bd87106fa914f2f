"""Sign-in, sessions, CSRF, rate limiting and the audit log of the console, over HTTP on a real Sanic server."""
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from tests.wegwijzer.console.conftest import PASSWORD, Browser
from wegwijzer import storage
from wegwijzer.console import audit, sessions
from wegwijzer.console.tables import audit_log, console_sessions

PAGES = ["/probeer", "/inbox", "/gesprekken", "/terugbelverzoeken", "/logboek", "/terugbelverzoeken.csv",
         "/inbox.csv", "/gesprekken/iemand", "/artikel/verwijzing", "/batch", "/batch/0123456789abcdef",
         "/batch/0123456789abcdef/resultaat.csv", "/batch/0123456789abcdef/voortgang", "/overzicht",
         "/opnieuw-trainen", "/opnieuw-trainen/voortgang"]
POSTS = ["/probeer", "/probeer/nieuw", "/logout", "/inbox/1/bekeken", "/inbox/1/voorbeeld", "/terugbelverzoeken/WW-ABCDE/afgehandeld",
         "/batch", "/opnieuw-trainen"]


def actions_of(console, account):
    return [r["action"] for r in audit.recent(console.engine, account=account)]


def test_without_a_session_pages_redirect_to_sign_in_and_posts_are_401(browser):
    for path in PAGES:
        status, headers, _, body = browser.get(path)
        assert status == 303 and headers["location"].startswith("/webhooks/console/login?next="), path
    for path in POSTS:
        status, _, _, body = browser.post(path, {"csrf": "x"})
        assert status == 401 and "Niet aangemeld" in body, path


def test_sign_in_sets_a_strict_httponly_cookie_and_logs_it(console, browser, account):
    status, headers, cookies, _ = browser.login(account)
    assert status == 303 and headers["location"] == "/webhooks/console/"
    cookie = next(c for c in cookies if c.startswith(sessions.COOKIE + "="))
    flags = cookie.lower()
    assert "httponly" in flags and "samesite=strict" in flags and "path=/webhooks/console" in flags
    assert "secure" not in flags  # plain HTTP on localhost
    value = cookie.split(";")[0].split("=", 1)[1]
    with console.engine.connect() as conn:
        stored = [r.token_hash for r in conn.execute(sa.select(console_sessions.c.token_hash))]
    assert value not in stored  # only its hash is kept
    status, headers, _, body = browser.get("/probeer")
    assert status == 200 and account in body and headers["cache-control"] == "no-store"
    assert "script-src 'self'" in headers["content-security-policy"]
    assert actions_of(console, account) == ["login"]


def test_secure_flag_behind_https(console, account):
    browser = Browser(console.base)
    token = browser.csrf("/login")
    _, _, cookies, _ = browser.request("POST", "/login", {"csrf": token, "name": account, "password": PASSWORD},
                                       headers={"X-Forwarded-Proto": "https"})
    assert any(c.startswith(sessions.COOKIE + "=") and "secure" in c.lower() for c in cookies)


def test_wrong_password_is_refused_and_logged(console, browser, account):
    status, _, cookies, body = browser.login(account, "verkeerd-wachtwoord")
    assert status == 401 and "klopt niet" in body and not any(c.startswith(sessions.COOKIE + "=") for c in cookies)
    assert actions_of(console, account) == ["login_failed"]


def test_sign_in_form_needs_its_csrf_token(browser, account):
    browser.csrf("/login")
    status, _, _, _ = browser.post("/login", {"csrf": "wrong", "name": account, "password": PASSWORD})
    assert status == 403
    fresh = Browser(browser.base)  # no cookie at all: a form posted from another site
    assert fresh.post("/login", {"csrf": "", "name": account, "password": PASSWORD})[0] == 403


def test_every_post_needs_the_session_csrf_token(console, browser, account):
    browser.login(account)
    storage.store_callback_request(console.engine, name="Sanne", contact_method="phone", phone="+31612345678", email=None,
                                   preferred_moment=None, reason=None, conversation_id="c-1")
    reference = storage.list_callback_requests(console.engine, "new")[0]["reference"]
    for form in ({}, {"csrf": ""}, {"csrf": "bogus"}):
        status, _, _, body = browser.post(f"/terugbelverzoeken/{reference}/afgehandeld", form)
        assert status == 403 and "verlopen" in body
    assert storage.list_callback_requests(console.engine, "new")[0]["reference"] == reference
    token = browser.csrf("/terugbelverzoeken")
    status, headers, _, _ = browser.post(f"/terugbelverzoeken/{reference}/afgehandeld", {"csrf": token})
    assert status == 303
    assert reference in [r["reference"] for r in storage.list_callback_requests(console.engine, "handled")]
    assert "callback_handled" in actions_of(console, account)


def test_too_many_failed_sign_ins_lock_the_name_for_a_while(console, account):
    browser = Browser(console.base)
    for _ in range(sessions.MAX_FAILED_PER_NAME):
        assert browser.login(account, "fout-fout-fout-fout")[0] == 401
    status, _, _, body = browser.login(account)  # even the right password waits now
    assert status == 429 and "Wacht een kwartier" in body
    with console.engine.begin() as conn:  # the window has passed
        conn.execute(sessions.login_attempts.update().values(at=datetime.now(timezone.utc) - timedelta(minutes=16)))
    assert browser.login(account)[0] == 303


def test_failed_sign_ins_from_one_address_are_limited(engine):
    for i in range(sessions.MAX_FAILED_PER_ADDRESS):
        sessions.record_attempt(engine, f"naam-{i}", "10.0.0.9", False)
    assert sessions.too_many_attempts(engine, "iemand-anders", "10.0.0.9")
    assert not sessions.too_many_attempts(engine, "iemand-anders", "10.0.0.10")


def test_inactivity_signs_out(console, browser, account):
    browser.login(account)
    assert browser.get("/probeer")[0] == 200
    with console.engine.begin() as conn:
        conn.execute(console_sessions.update().where(console_sessions.c.account == account)
                     .values(last_seen_at=datetime.now(timezone.utc) - sessions.idle_timeout() - timedelta(seconds=5)))
    status, headers, _, _ = browser.get("/probeer")
    assert status == 303 and "/login" in headers["location"]
    with console.engine.connect() as conn:  # the expired session is gone, not just refused
        assert conn.execute(sa.select(console_sessions).where(console_sessions.c.account == account)).first() is None


def test_sign_out_ends_the_session(console, browser, account):
    browser.login(account)
    token = browser.csrf("/probeer")
    status, headers, _, _ = browser.post("/logout", {"csrf": token})
    assert status == 303 and headers["location"] == "/webhooks/console/login"
    assert browser.get("/probeer")[0] == 303
    assert actions_of(console, account) == ["logout", "login"]


def test_views_and_exports_are_in_the_audit_log(console, browser, account):
    browser.login(account)
    browser.get("/terugbelverzoeken")
    status, headers, _, body = browser.get("/terugbelverzoeken.csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert browser.get("/gesprekken/onbekend-gesprek")[0] == 404  # nothing shown, nothing logged as viewed
    logged = actions_of(console, account)
    assert "view_callbacks" in logged and "export_callbacks" in logged and "view_conversation" not in logged
    page = browser.get("/logboek")[3]
    assert "terugbelverzoeken gedownload (CSV)" in page


def test_next_is_never_an_open_redirect(browser, account):
    for target in ("https://evil.example/", "//evil.example/", "/webhooks/console//evil.example", "/elders"):
        token = browser.csrf("/login")
        status, headers, _, _ = browser.post("/login", {"csrf": token, "name": account, "password": PASSWORD, "next": target})
        assert status == 303 and headers["location"] == "/webhooks/console/", target


def test_audit_log_rows(engine):
    audit.record(engine, "anne", "view_conversation", "gesprek-1", "127.0.0.1")
    with engine.connect() as conn:
        row = conn.execute(sa.select(audit_log)).one()
    assert (row.account, row.action, row.target) == ("anne", "view_conversation", "gesprek-1")
    assert audit.purge(engine, datetime.now(timezone.utc) + timedelta(seconds=1)) == 1
