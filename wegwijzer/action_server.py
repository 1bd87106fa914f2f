"""The action server, started as `python -m wegwijzer.action_server` instead of `rasa run actions`:
the same rasa_sdk app, but it listens on localhost unless told otherwise, answers only requests that carry
the shared secret from the environment (ACTION_SERVER_TOKEN, sent by the Rasa server as the header
X-Wegwijzer-Action-Token, see endpoints.yml), allows no cross-origin calls, and logs without personal data.
"""
import argparse
import hmac
import logging
import os
import sys

from sanic import response

from wegwijzer import logsafe

HEADER = "X-Wegwijzer-Action-Token"
OPEN_PATHS = {"/health"}
# The Rasa server sends the whole conversation with every action call, so a long conversation outgrows the
# small limit that protects the public Rasa server (SANIC_REQUEST_MAX_SIZE, which Sanic would also apply here).
# Only the authenticated Rasa server reaches this port; its own 2,000-character message limit bounds the growth.
DEFAULT_MAX_BODY = 32 * 1024 * 1024


def create(token: str):
    from rasa_sdk.endpoint import create_app

    app = create_app("actions", cors_origins="")
    app.config.REQUEST_MAX_SIZE = int(os.environ.get("ACTIONS_REQUEST_MAX_SIZE", DEFAULT_MAX_BODY))

    @app.middleware("request")
    async def require_token(request):
        if request.path in OPEN_PATHS:
            return None
        given = request.headers.get(HEADER, "")
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            return response.json({"error": "forbidden"}, status=403)
        return None

    return app


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("ACTIONS_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", "5055")))
    args = parser.parse_args(argv)
    token = os.environ.get("ACTION_SERVER_TOKEN", "")
    if len(token) < 16:
        print("ACTION_SERVER_TOKEN must be set (at least 16 characters): only the Rasa server may call the action "
              "server. scripts/run.sh makes one for you.", file=sys.stderr)
        return 2
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logsafe.install()
    app = create(token)
    app.run(args.host, args.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
