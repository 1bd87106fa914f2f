"""Fuzzing every endpoint a visitor, a messenger or an attacker can reach: malformed, oversized, binary,
deeply nested and unicode-heavy requests never get a 5xx, and the servers live on (bounded in count)."""
import json


from hypothesis import HealthCheck, given, settings, strategies as st

from tests.e2e.assistant import http
from tests.e2e.conftest import STAFF_TOKEN

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2 ** 70, max_value=2 ** 70) | st.floats(allow_nan=False)
    | st.text(max_size=300),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
unicode_heavy = st.text(alphabet=st.characters(blacklist_categories=()), min_size=0, max_size=2500)
senders = st.one_of(st.text(max_size=80), st.from_regex(r"[A-Za-z0-9_.:@-]{1,64}", fullmatch=True))
bodies = st.one_of(
    st.binary(max_size=3000),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"sender": senders, "message": st.one_of(unicode_heavy, json_values)}).map(
        lambda d: json.dumps(d).encode("utf-8", "surrogatepass")),
    st.integers(min_value=1, max_value=1500).map(lambda n: ('{"sender": "deep", "message": ' + "[" * n + "]" * n + "}").encode()),
    st.integers(min_value=0, max_value=200_000).map(lambda n: json.dumps({"sender": "big", "message": "x" * n}).encode()),
)
SETTINGS = dict(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
seen = {"count": 0}


def no_server_error(status):
    seen["count"] += 1
    assert status < 500, status


@settings(max_examples=650, **SETTINGS)
@given(body=bodies)
def test_rest_webhook(assistant, body):
    no_server_error(http("POST", f"{assistant.url}/webhooks/rest/webhook", raw=body, timeout=60)[0])


@settings(max_examples=250, **SETTINGS)
@given(path=st.text(max_size=40), method=st.sampled_from(["GET", "POST"]), token=st.sampled_from([STAFF_TOKEN, "", "x"]),
       body=st.binary(max_size=500))
def test_staff_channel(assistant, path, method, token, body):
    from urllib.parse import quote

    url = f"{assistant.url}/webhooks/staff/{quote(path, safe='/')}"
    no_server_error(http(method, url, raw=body if method == "POST" else None,
                         headers={"Authorization": f"Bearer {token}"})[0])


@settings(max_examples=150, **SETTINGS)
@given(body=bodies)
def test_action_server_without_the_secret(assistant, body):
    status = http("POST", f"{assistant.actions_url}/webhook", raw=body)[0]
    no_server_error(status)
    assert status == 403


def test_after_the_fuzzing_the_assistant_still_answers(assistant):
    assert seen["count"] >= 1000 or seen["count"] == 0  # 0 when this test runs on its own
    chat = assistant.chat()
    assert "verwijzing" in chat.say("heb ik een verwijzing nodig?").lower()
    assert all(p.poll() is None for p in assistant.procs)
