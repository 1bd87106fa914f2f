"""Log records never carry contact details, however they are written (wegwijzer/logsafe.py)."""
import logging

from wegwijzer import logsafe


def test_records_are_masked_and_cut(caplog):
    logsafe.install()
    log = logging.getLogger("wegwijzer.test")
    with caplog.at_level(logging.INFO):
        log.info("bel %s of mail %s", "06 12345678", "a.b@example.nl")
        log.info("x" * 5000)
        try:
            raise ValueError("geheim 06-87654321")
        except ValueError:
            log.exception("mislukt")
    text = caplog.text
    assert "12345678" not in text and "a.b@example.nl" not in text and "87654321" not in text
    assert max(len(r.getMessage()) for r in caplog.records) < 1000


def test_rasa_debug_fields_are_dropped():
    logsafe.install()
    from rasa.plugin import plugin_manager

    assert plugin_manager().hook.get_anonymization_pipeline().log_run("Sanne de Vries") == "[weggelaten]"
