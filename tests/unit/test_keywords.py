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


@pytest.mark.parametrize("text", ["ya do it", "sii", "sip", "que si la borres porfa", "oui allez-y", "sim pode apagar",
                                  "yeah erase everything", "si borralo todo por favor", "ok thats fine", "go ahead"])
def test_a_yes_in_a_few_words_confirms(text):
    # "ya do it" to "Reply YES to erase it" was taken as an ordinary message: nothing was erased, and the bot went on
    from webhooks.conversations.keywords import is_yes
    assert is_yes(text)


@pytest.mark.parametrize("text", ["ok so is it sent", "ok but wait", "no", "erase", "please", "no gracias",
                                  "yes he did hit her", "ok, she is 15"])
def test_anything_else_is_no_confirmation(text):
    from webhooks.conversations.keywords import is_yes
    assert not is_yes(text)


def test_erase_it_all_as_the_last_sentence_is_delete_on_every_channel():
    """"dsl c rosalie. monsieur a vu l ecran. efface tout svp vite" (her employer had seen the screen) got the
    read-back of her report again."""
    for text in ("dsl c rosalie. monsieur a vu l ecran. efface tout svp vite", "borra todo porfa", "apaga tudo agora",
                 "ok. delete this chat", "erase it all please"):
        assert keyword_of(text, "web") is Keyword.DELETE and keyword_of(text, "sms") is Keyword.DELETE, text
    for text in ("he makes us delete everything", "i want to delete everything i said about my boss",
                 "delete my number"):
        assert keyword_of(text, "sms") is None, text


@pytest.mark.parametrize(("text", "quiet"), [
    ("ok i texted 911. stop texting me for now he'll hear my phone buzz", True),  # it got a text back at once
    ("no me escribas ahorita que el patron va a oir el cel", True),
    ("nao me mande mensagem agora", True),
    ("ne m'écrivez pas maintenant il va entendre mon téléphone", True),
    ("omg my mom is coming i gotta go dont text me back", True),  # a labour checklist came at once, and staff could
    ("ya llego, no me contesten", True),  # text her
    ("dont text back. he is checking phones tonight", True), ("shes awake!! stop texting me pls", True),
    ("ahi viene el patron, ya no me escriban", True), ("hes coming up the stairs dont text me", True),
    ("espere ahi viene mi esposo, no me escriba ahorita", True), ("dont text me at night pls", False),
    ("ya viene el encargado, no me contesten nada", True),
    ("text me back pls", False),
    ("stop texting me", False),  # the end of the chat, asked: one confirmation
    ("i cant talk he will hear me", False),
])
def test_asked_not_to_be_texted_back_now(text, quiet):
    from webhooks.conversations.keywords import asks_for_quiet
    assert asks_for_quiet(text) is quiet


@pytest.mark.parametrize("text,quiet", [
    ("kinda. my manager checks our phones sometimes so please dont text me back later, hes friends w him", False),
    ("i cant call he will hear me. dont text back if i stop answering its not safe", False),
    ("he reads my texts later so dont reply to me after this ok", True),
    ("omg my mom is coming i gotta go dont text me back", True)])
def test_no_text_back_now_only_when_now_is_meant(text, quiet):
    # the first two got silence though the person was writing (on a break; locked in and asking what to do); the third
    # got three texts
    from webhooks.conversations.keywords import asks_for_quiet
    assert asks_for_quiet(text) is quiet


def test_stop_shouted_inside_a_message_in_any_language_asks_for_quiet():
    # "ong ay vao roi. STOP dung nhan tin nua" (he came in. STOP, don't text any more): a staff text went out
    from webhooks.conversations.keywords import asks_for_quiet
    assert asks_for_quiet("ong ay vao roi. STOP dung nhan tin nua") and asks_for_quiet("STOP. hes here")
    assert not asks_for_quiet("please make him STOP") and not asks_for_quiet("i want this to stop")


@pytest.mark.parametrize("text,yes", [("yes hes coming back erase it", True), ("si ya borralo ya viene", True),
                                      ("sim apaga tudo ele ta chegando", True), ("yes but wait", False),
                                      ("no dont erase", False), ("yes he hit me", False)])
def test_a_yes_to_erasing_said_with_why_is_a_yes(text, yes):
    from webhooks.conversations.keywords import confirms_erasing
    assert confirms_erasing(text) is yes


@pytest.mark.parametrize("text,keeps,asks", [("no no keep it!! i just wanted to know", True, False),
                                             ("no mejor no, dejalo", True, False),
                                             ("will those guys still get help if i do tho", False, True),
                                             ("que se borra?", False, True), ("yes erase it", False, False)])
def test_keeping_the_chat_and_asking_what_erasing_does_are_read_after_delete(text, keeps, asks):
    from webhooks.conversations.keywords import asks_what_erasing_does, keeps_it
    assert keeps_it(text) is keeps and asks_what_erasing_does(text) is asks
