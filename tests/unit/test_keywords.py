import pytest

from webhooks.conversations.keywords import Keyword, keyword_of


@pytest.mark.parametrize("text", ["STOP", "stop", "Stop.", " unsubscribe ", "CANCEL", "end", "quit", "StopAll",
                                  "revoke", "OPTOUT", "PARE", "parar", "Sair", "arrêter", "ALTO"])
def test_stop_words(text):
    assert keyword_of(text) is Keyword.STOP


@pytest.mark.parametrize("text", ["START", "yes", "Unstop"])
def test_start_words(text):
    assert keyword_of(text) is Keyword.START


@pytest.mark.parametrize("text", ["HELP", "help!", "Info"])
def test_help_words(text):
    assert keyword_of(text) is Keyword.HELP


@pytest.mark.parametrize("text", ["please stop him", "help me please", "they won't stop", "yes he did", "",
                                  "the end of the street", "quero parar", "para", "pare de me ligar"])
def test_sentences_are_not_keywords(text):
    assert keyword_of(text) is None
