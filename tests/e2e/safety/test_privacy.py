"""Personal data in the conversation store: masked outside the callback form, removed when the form ends,
deleted on request — read straight from the database the Rasa server writes."""
import json

import sqlalchemy as sa

NAME, PHONE, EMAIL = "Floortje van Berkel", "06 87651234", "floortje.vb@voorbeeld.example"


def stored_text(assistant, sender):
    engine = sa.create_engine(assistant.env["DATABASE_URL"])
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select data from events where sender_id = :s"), {"s": sender})
        return "\n".join(r[0] for r in rows)


def fill_form(chat, consent):
    for message in ["kan iemand me terugbellen?", NAME, "/choose_phone", PHONE, "ochtend", "het gaat over mijn zoon"]:
        chat.say(message)
    return chat.say(consent)


def test_form_data_is_removed_from_the_conversation_when_stored(assistant, chat):
    assert "opgeslagen met nummer" in fill_form(chat, "ja"), chat.transcript()
    text = stored_text(assistant, chat.sender)
    assert NAME not in text and "87651234" not in text and "mijn zoon" not in text
    assert "[verwijderd]" in text


def test_declining_consent_leaves_nothing_behind(assistant, chat):
    assert "niets opgeslagen" in fill_form(chat, "nee").lower(), chat.transcript()
    text = stored_text(assistant, chat.sender)
    assert NAME not in text and "87651234" not in text


def test_stopping_the_form_leaves_nothing_behind(assistant, chat):
    chat.say("kan iemand me terugbellen?")
    chat.say(NAME)
    assert "niets opgeslagen" in chat.say("stop").lower()
    assert NAME not in stored_text(assistant, chat.sender)


def test_contact_details_in_other_messages_are_masked(assistant, chat):
    chat.say(f"mijn mail is {EMAIL} en mijn nummer {PHONE}, wat kost een sessie?")
    text = stored_text(assistant, chat.sender)
    assert EMAIL not in text and "87651234" not in text and "[e-mail]" in text


def test_delete_my_data_deletes_the_conversation_and_its_requests(assistant, chat):
    fill_form(chat, "ja")
    answer = chat.say("verwijder mijn gegevens")
    assert "verwijderd" in answer, chat.transcript()
    assert stored_text(assistant, chat.sender) == ""
    engine = sa.create_engine(assistant.env["DATABASE_URL"])
    with engine.connect() as conn:
        left = conn.execute(sa.text("select count(*) from callback_requests where conversation_id = :c"), {"c": chat.sender}).scalar()
    assert left == 0
    # and the visitor can go on, in a new conversation
    assert "verwijzing" in chat.say("heb ik een verwijzing nodig?").lower()
