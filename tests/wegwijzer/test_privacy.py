"""Masking personal data before questions are logged for staff."""
import pytest

from wegwijzer.privacy import mask


@pytest.mark.parametrize(
    "text, placeholder, secret",
    [("bel me op 0612345678", "[telefoon]", "0612345678"), ("+31 6 1234 5678 graag", "[telefoon]", "1234 5678"),
     ("mail naar jan.jansen@voorbeeld.nl", "[e-mail]", "jansen@"), ("IBAN NL91ABNA0417164300", "[iban]", "0417164300"),
     ("mijn bsn is 123456782", "[nummer]", "123456782"), ("ik woon op 1234 AB 12", "[postcode]", "1234 AB")],
)
def test_personal_data_is_masked(text, placeholder, secret):
    masked = mask(text)
    assert placeholder in masked and secret not in masked


def test_normal_numbers_stay():
    assert mask("ik ben 35 en heb 2 kinderen, sinds 2023") == "ik ben 35 en heb 2 kinderen, sinds 2023"
