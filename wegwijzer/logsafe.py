"""Logs without personal data, at every level: every log record of the process is masked (e-mail
addresses, phone numbers, IBAN, BSN-like numbers, postcodes) and cut to a bounded length, including the
text of an exception; tracebacks are plain (no frame locals). Rasa's structured debug logs (which carry
message texts, slot values and entities) go through Rasa's own anonymisation hook, which here replaces
those fields altogether: a name is personal data that no pattern recognises. Installed once per process
by `install()`: the Rasa server does it when it loads its input channels, the action server at start."""
import logging
import traceback

from wegwijzer import privacy

MAX_MESSAGE = 600
MAX_TRACEBACK = 4000
_installed = False


def clean(text: str, limit: int = MAX_MESSAGE) -> str:
    text = privacy.mask(text)
    return text if len(text) <= limit else text[:limit] + f" …[{len(text) - limit} tekens weggelaten]"


def install() -> None:
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a badly formatted log call must not break logging
            message = str(record.msg)
        record.msg, record.args = clean(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = clean("".join(traceback.format_exception(*record.exc_info)), MAX_TRACEBACK)
        return record

    logging.setLogRecordFactory(factory)
    _register_anonymizer()
    _installed = True


class _Dropped:
    """Rasa's anonymisation pipeline interface: what a debug log field holds is not written at all."""

    @staticmethod
    def log_run(value):
        return "[weggelaten]"

    @staticmethod
    def run(body) -> None:
        """Rasa hands events to the pipeline before streaming them to an event broker; there is none here."""
        return None


class _AnonymizerPlugin:
    try:
        from rasa.plugin import hookimpl as _hookimpl  # noqa: F401
    except ImportError:  # rasa defines only the spec marker; build the matching impl marker
        import pluggy as _pluggy

        _hookimpl = _pluggy.HookimplMarker("rasa")

    @_hookimpl
    def get_anonymization_pipeline(self):
        return _Dropped()


def _register_anonymizer() -> None:
    try:
        from rasa.plugin import plugin_manager
    except ImportError:  # the action server does not need Rasa's plugin manager
        return
    manager = plugin_manager()
    if manager.get_plugin("wegwijzer-anonymizer") is None:
        manager.register(_AnonymizerPlugin(), name="wegwijzer-anonymizer")
