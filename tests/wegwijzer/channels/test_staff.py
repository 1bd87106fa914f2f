"""Staff JSON API (wegwijzer/channels/staff.py) served by a real Sanic app on localhost; its old HTML page
now redirects to the console."""
import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from sanic import Sanic

from tests.conftest import free_port
from wegwijzer import storage
from wegwijzer.channels.staff import StaffChannel

TOKEN = "s3cret-token"


def call(url, method="GET", token=None, data=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    req = urllib.request.Request(url, method=method, headers=headers, data=data)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('staff') / 'staff.db'}"
    engine = storage.get_engine(db)
    row = storage.store_callback_request(engine, name="=cmd|' /C calc'!A0", contact_method="phone", phone="+31612345678",
                                         email=None, preferred_moment="<b>ochtend</b>", reason=None, conversation_id="c")
    storage.store_unanswered(engine, "wat is een flurb? bel 0612345678", "c", "clarify")
    app = Sanic(f"staff_test_{free_port()}")
    app.blueprint(StaffChannel(db).blueprint(lambda message: None), url_prefix="/webhooks/staff")
    port = free_port()
    # A daemon thread: the server lives as long as this test module's process.
    thread = threading.Thread(
        target=lambda: app.run(host="127.0.0.1", port=port, access_log=False, register_sys_signals=False), daemon=True
    )
    thread.start()
    base = f"http://127.0.0.1:{port}/webhooks/staff"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/callbacks", timeout=1)
        except urllib.error.HTTPError:
            break
        except OSError:
            time.sleep(0.1)
    return base, row["reference"]


@pytest.fixture(autouse=True)
def token(monkeypatch):
    monkeypatch.setenv("STAFF_TOKEN", TOKEN)


def test_without_or_with_wrong_token_nothing_is_shown(server):
    base, reference = server
    for url in (f"{base}/api/callbacks", f"{base}/api/callbacks.csv", f"{base}/api/unanswered"):
        for token in (None, "wrong"):
            status, body = call(url, token=token)
            assert status == 401 and reference not in body


def test_disabled_when_no_token_is_configured(server, monkeypatch):
    monkeypatch.delenv("STAFF_TOKEN")
    assert call(f"{server[0]}/api/callbacks", token=TOKEN)[0] == 503


def test_lists_marks_handled_and_exports(server):
    base, reference = server
    status, body = call(f"{base}/api/callbacks?status=new", token=TOKEN)
    assert status == 200 and json.loads(body)[0]["reference"] == reference
    assert call(f"{base}/api/callbacks?status=bogus", token=TOKEN)[0] == 400
    status, csv_text = call(f"{base}/api/callbacks.csv", token=TOKEN)
    assert status == 200 and "'=cmd" in csv_text  # no spreadsheet formula injection
    assert call(f"{base}/api/callbacks/WW-ZZZZZ/handled", "POST", TOKEN)[0] == 404
    assert call(f"{base}/api/callbacks/not-a-ref/handled", "POST", TOKEN)[0] == 404
    assert call(f"{base}/api/callbacks/{reference}/handled", "POST", TOKEN)[0] == 200
    assert json.loads(call(f"{base}/api/callbacks?status=handled", token=TOKEN)[1])[0]["reference"] == reference


def test_unanswered_questions_are_masked_and_reviewable(server):
    base, _ = server
    rows = json.loads(call(f"{base}/api/unanswered", token=TOKEN)[1])
    assert rows and "0612345678" not in rows[0]["text"]
    assert call(f"{base}/api/unanswered/{rows[0]['id']}/reviewed", "POST", TOKEN)[0] == 200
    assert call(f"{base}/api/unanswered/999999/reviewed", "POST", TOKEN)[0] == 404
    assert call(f"{base}/api/unanswered.csv", token=TOKEN)[0] == 200


def test_token_only_in_the_authorization_header(server):
    base, reference = server
    status, body = call(f"{base}/api/callbacks?token={TOKEN}")
    assert status == 401 and reference not in body


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_old_html_page_redirects_to_the_console(server):
    base, _ = server
    opener = urllib.request.build_opener(NoRedirect)
    for path in ("/", f"/?token={TOKEN}"):
        with pytest.raises(urllib.error.HTTPError) as error:
            opener.open(base + path, timeout=10)
        assert error.value.code == 301 and error.value.headers["Location"] == "/webhooks/console/"
