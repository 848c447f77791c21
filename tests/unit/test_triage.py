"""Triage in every supported language, and the look-alikes that must not escalate."""
import pytest

from webhooks.triage.assess import (
    CRITICAL,
    HIGH,
    NORMAL,
    assess,
    is_watched,
    not_own_phone,
    phone_checked,
    says_danger_now,
    says_self_harm,
)

URGENT = [
    # (language, text, at least this level, a reason it must give)
    ("en", "please help me, he's going to kill me", CRITICAL, "immediate_danger"),
    ("en", "can you send the police to this address? 123 Elm st Dayton Ohio, they are hurting a girl right now",
     CRITICAL, "immediate_danger"),
    ("en", "he is beating my sister right now", CRITICAL, "immediate_danger"),
    ("es", "están golpeando a una muchacha ahorita", CRITICAL, "immediate_danger"),
    ("es", "manden a la policía por favor", CRITICAL, "immediate_danger"),
    # "might be young, like 16 or 17 maybe? she doesnt look like an adult" (not urgent until asked again)
    ("en", "i think one of the girls might be young, like 16 or 17 maybe? she doesnt look like an adult", HIGH,
     "minor"),
    ("en", "a girl like fourteen fifteen, braces, crying", HIGH, "minor"),
    # a friend of 14 fetched tonight by a man of 22 (it was "high", and got the neutral pause of someone watched)
    ("fr", "ma pote elle a 14 ans, un mec de 22 ans, ce soir il vient la chercher a 23h", CRITICAL, "minor_meeting"),
    ("en", "my friend is 14 and a guy of 22 is picking her up tonight at 11", CRITICAL, "minor_meeting"),
    # Haitian Creole and Tagalog, which the bot does not speak ("mwen pe anpil, li ka tounen" got silence; "someone is
    # bleeding, she doesn't move" stayed "high")
    ("ht", "eske gen yon moun la? mwen pe anpil, li ka tounen nenpot ki le", HIGH, "pleads"),
    ("tl", "tulungan nyo po ako. kinuha ng amo ko passport ko hindi ako makalabas ng bahay", HIGH, "held"),
    ("tl", "may nagdudugo dito, sinaktan nya yung 16 years old, hindi na gumagalaw", CRITICAL, "medical"),
    ("ht", "ou ka rele lapolis pou mwen? m pa ka rele", CRITICAL, "immediate_danger"),
    # a worker dead for want of care the captain refused (a crew held at sea was not urgent)
    ("en", "the captain took their passports. a man died because the captain didnt bring him to land", HIGH,
     "violence"),
    ("es", "un trabajador se murio porque el patron no lo llevo al doctor", HIGH, "violence"),
    # asked to call the police for them: critical in every language, as "can you call the police for us?" is
    ("es", "pueden llamar a la policia por nosotros?", CRITICAL, "immediate_danger"),
    ("es", "llamen ustedes a la policía porfa", CRITICAL, "immediate_danger"),
    ("pt", "vcs podem chamar a policia pra gente?", CRITICAL, "immediate_danger"),
    ("fr", "pouvez-vous appeler la police pour nous?", CRITICAL, "immediate_danger"),
    ("es", "en la fabrica de muebles tienen a puros chavos de 14 y 15 trabajando de noche", HIGH, "minor"),
    ("en", "they won't let us leave the farm", HIGH, "held"),
    ("en", "my boss beats me when i try to leave", HIGH, "violence"),
    ("en", "she is 14 and they keep her locked in at the motel", CRITICAL, "minor"),
    ("en", "I want to kill myself", CRITICAL, "self_harm"),
    ("en", "she's bleeding and can't breathe", CRITICAL, "medical"),
    ("es", "socorro", CRITICAL, "immediate_danger"),
    ("es", "ayudenme porfa me van a matar", CRITICAL, "immediate_danger"),
    ("es", "no nos dejan salir de la casa", HIGH, "held"),
    ("es", "el patron me golpea", HIGH, "violence"),
    ("es", "me quiero morir", CRITICAL, "self_harm"),
    ("es", "la niña tiene 13 años y está encerrada", HIGH, "minor"),
    ("fr", "au secours", CRITICAL, "immediate_danger"),
    ("fr", "je suis en danger, il va me tuer", CRITICAL, "immediate_danger"),
    ("fr", "je veux mourir", CRITICAL, "self_harm"),
    ("pt", "socorro, estou em perigo", CRITICAL, "immediate_danger"),
    ("pt", "não posso sair, estou trancada", HIGH, "held"),
    ("ht", "anmwe, yo pral touye m", CRITICAL, "immediate_danger"),
    ("ht", "m pa ka soti", HIGH, "held"),
    ("zh", "救命", CRITICAL, "immediate_danger"),
    ("zh", "他们不让我走", HIGH, "held"),
    ("zh", "我想死", CRITICAL, "self_harm"),
    ("vi", "cứu tôi với", CRITICAL, "immediate_danger"),
    ("vi", "tôi bị nhốt", HIGH, "held"),
    ("ko", "살려주세요", CRITICAL, "immediate_danger"),
    ("ko", "갇혀 있어요", HIGH, "held"),
    ("ar", "النجدة", CRITICAL, "immediate_danger"),
    ("ar", "أنا محتجز", HIGH, "held"),
    ("ru", "помогите", CRITICAL, "immediate_danger"),
    ("ru", "нас не выпускают", HIGH, "held"),
    ("tl", "tulong po", CRITICAL, "immediate_danger"),
    ("tl", "hindi ako makalabas", HIGH, "held"),
    # a teenager telling it herself, and a threat against the family reported in her words
    ("en", "my boyfriend makes me meet guys for money and keeps all of it. im 16", HIGH, "minor"),
    ("en", "i'm 15 and he won't give me my phone", HIGH, "minor"),
    ("en", "he said he'd hurt my mom if i leave", HIGH, "violence"),
    ("en", "they will kill my family back home if we talk", HIGH, "violence"),
    ("es", "dice que va a lastimar a mi familia si me voy", HIGH, "violence"),
    ("es", "el señor dice que si me voy le hace algo a mis hijos", HIGH, "violence"),
    ("es", "tengo 17 y mi tio me obliga a trabajar en la cantina", HIGH, "minor"),
    ("en", "my cousin is 15 and they make her dance at a club", HIGH, "minor"),
    ("en", "the boys there are like 14 or 15", HIGH, "minor"),
    ("en", "her son 12 works there every night", HIGH, "minor"),
    ("en", "my cousin Ana (17) is being kept at a house by her boyfriend's family", HIGH, "minor"),
    ("en", "they keep us in a basement and we can only go out to work", HIGH, "held"),
    ("es", "nos encierran en la noche con candado", HIGH, "held"),
    ("en", "i ran away last night and i'm hiding at a gas station", CRITICAL, "immediate_danger"),
    ("es", "me escapé y no tengo a donde ir", CRITICAL, "immediate_danger"),
    ("en", "they are going to move the girls to another city tomorrow", HIGH, "moving"),
    ("es", "van a mover a las muchachas a otra ciudad mañana", HIGH, "moving"),
    ("en", "they are moving the girls to another state tomorrow", HIGH, "moving"),
    ("es", "mañana se llevan a las muchachas a otro estado", HIGH, "moving"),
    ("es", "nos llevan mañana a otra ciudad", HIGH, "moving"),
    ("es", "tengo miedo que me mate", CRITICAL, "immediate_danger"),
    ("es", "me golpeó anoche y me amenazó con un cuchillo", HIGH, "violence"),
    ("es", "la tienen amarrada", HIGH, "held"),
    ("en", "they keep her tied up in the garage", HIGH, "held"),
    # the controller is right there: the person may go quiet at any moment
    ("es", "no puedo hablar mucho el esta cerca", HIGH, "watched"),
    ("en", "cant talk now, he is watching me", HIGH, "watched"),
    ("en", "he checks my phone every night", HIGH, "phone_read"),  # (urgent, but no pause mid-telling)
    ("pt", "ele ta aqui do lado", HIGH, "watched"),
    # a room away or waiting at the door: the person may have to stop at any moment (live conversation, 2026-12-05)
    ("en", "hes in the waiting room, i have maybe 5 min", HIGH, "watched"),
    ("en", "my husband is waiting for me outside", HIGH, "watched"),
    ("es", "me esta esperando afuera en el carro", HIGH, "watched"),
    ("fr", "il est dans la salle d'attente", HIGH, "watched"),
    ("en", "wait she is looking", HIGH, "watched"),
    ("en", "he is outside with a gun, im scared to call the police", CRITICAL, "immediate_danger"),
    ("es", "está afuera con una pistola", CRITICAL, "immediate_danger"),
    ("en", "my boss is right next to me", HIGH, "watched"),
    ("en", "help me!", CRITICAL, "immediate_danger"),
    ("en", "gotta go now someone is coming", HIGH, "watched"),
    ("es", "me tengo q ir ya viene mi jefe", HIGH, "watched"),
    ("pt", "tenho que ir, ele está chegando", HIGH, "watched"),
    # found in live conversations: beaten as they write, a threat to kill if she leaves, a missing teenager
    ("en", "my neighbor is beating his maid right now, i can hear it", CRITICAL, "immediate_danger"),
    ("en", "they are beating him now at the site, the boss and his guy", CRITICAL, "immediate_danger"),
    ("en", "he beats his maid", HIGH, "violence"),
    ("es", "si lo dejo me mata", HIGH, "violence"),
    ("en", "shes gone, she hasnt come home since last night", HIGH, "missing"),
    ("es", "mi hija no ha regresado desde anoche", HIGH, "missing"),
    ("en", "i have to stop now someone is here", HIGH, "watched"),
    ("en", "my uncle just walked in", HIGH, "watched"),
    ("en", "i want to leave but nowhere to go and they have my passport", HIGH, "wants_out"),
    ("en", "pls help me get out of here", HIGH, "wants_out"),
    ("es", "el patrón me quitó el pasaporte y quiero irme de aquí", HIGH, "wants_out"),
    ("es", "ayudame a salir", HIGH, "wants_out"),
    ("fr", "je veux m'enfuir, ils ont mon passeport", HIGH, "wants_out"),
    ("pt", "quero fugir, eles pegaram meus documentos", HIGH, "wants_out"),
]

LOOK_ALIKES = [
    ("es", "no pueden llamar a la policia por mi, tengo miedo de que me deporten"),
    ("en", "my grandma died last year, the boss didnt let me go to the funeral"),
    ("pt", "vcs nao podem chamar a policia pra mim ne?"),
    ("en", "this job is killing me right now"),
    ("en", "my back is hurting right now"),
    ("en", "he is hitting on me right now lol"),
    ("en", "should i call the police?"),
    ("en", "I'm in danger of failing my exam"),
    ("en", "this heat is killing me"),
    ("en", "can you help me with my homework"),
    ("en", "I'm dying to see the new movie"),
    ("en", "my kids are at home, all fine"),
    ("en", "I can't leave work until 5"),
    ("en", "hit me up later"),
    ("en", "what's your emergency contact number"),
    ("es", "me muero de hambre"),
    ("es", "estoy en peligro de reprobar"),
    ("es", "el calor me mata"),
    ("fr", "je meurs de faim"),
    ("pt", "estou morrendo de fome"),
    ("zh", "笑死我了"),
    ("ko", "안녕하세요"),
    ("ru", "привет, как дела"),
    ("tl", "salamat po"),
    ("en", "hi"),
    ("en", "I'm not in danger, I just want to report a massage place"),
    ("en", "i'm 5 minutes away from the farm"),
    ("en", "we are 12 people in the house"),
    ("en", "i'm 16 hours a day at the restaurant"),
    ("en", "im 25 and i work at a hotel"),
    ("es", "tengo 3 hijos y trabajo en un restaurante"),
    ("es", "tengo 25 y trabajo en un hotel"),
    ("en", "i'm hiding the money from my husband for a trip"),
    ("en", "we are going to move to another city next year"),
    ("en", "my family is moving to another state"),
    ("en", "my ex is taking the kids to another house for the weekend"),
    ("es", "tengo miedo de perder mi trabajo"),
    ("en", "i tied up the dog outside"),
    ("en", "he isn't here right now, i can talk"),
    ("fr", "il est la personne qui m'a aidée"),
    ("en", "can you help me understand my visa"),
    ("en", "i want to quit my job, the pay is bad"),
    ("en", "i want to leave this chat"),
    ("en", "they have my resume and my references"),
    ("es", "quiero salir a comer"),
    ("en", "i escaped last year, i'm safe now"),
    ("en", "someone is coming to help me move tomorrow"),
    ("es", "el viernes viene mi prima de visita"),
    ("es", "son como 15 hombres, todos adultos"),  # Spanish "son" (they are) is no son, 15 is a count
    ("en", "the girls work 12 hours a day"),
    ("es", "las muchachas trabajan 14 horas diarias"),
    ("en", "girls, 4 of them"),
    ("es", "los trabajadores (12) no tienen papeles"),
    ("en", "he is missing 3 days of pay"),
    ("en", "we hit the road at 5 every morning"),
    ("en", "someone is here to help me"),
]


@pytest.mark.parametrize("language,text,level,reason", URGENT, ids=[f"{u[0]}:{u[1][:24]}" for u in URGENT])
def test_urgent_messages_in_every_language(language, text, level, reason):
    result = assess(text)
    assert result.urgent, (text, result)
    assert (level == HIGH and result.level in (HIGH, CRITICAL)) or result.level == level, result
    assert reason in result.reasons, result


@pytest.mark.parametrize("language,text", LOOK_ALIKES, ids=[f"{x[0]}:{x[1][:24]}" for x in LOOK_ALIKES])
def test_look_alikes_are_not_urgent(language, text):
    result = assess(text)
    assert result.level == NORMAL, result


def test_a_minor_and_a_place_across_messages_become_critical():
    first = assess("there is a girl, maybe 15, working there")
    assert first.level == HIGH and "minor" in first.flags
    second = assess("it's the Sunset Motel on Route 9", first.flags)
    assert second.level == CRITICAL and "minor_with_location" in second.reasons


def test_someone_who_looks_under_18_is_a_minor_and_with_a_workplace_it_is_critical():
    # these were read as normal: a 16-year-old, and minors in a garment factory, waited like any tip
    assert "minor" in assess("4 or 5 women, one looks really young like 16").flags
    factory = assess("en una fábrica de ropa tienen a 30 mujeres cosiendo 12 horas diarias, algunas parecen menores")
    assert factory.level == CRITICAL and "minor_with_location" in factory.reasons
    for adult in ("she looks about 30", "it looks like 15 people live there", "hay menores problemas",
                  "son problemas menores"):
        assert "minor" not in assess(adult).flags, adult


def test_children_mentioned_in_passing_are_not_a_minor_involved():
    assert assess("I took my kids to the restaurant on Main Street").level == NORMAL
    assert "minor" not in assess("the kids at my school").flags


def test_a_bare_help_keyword_is_a_signal_to_triage():
    result = assess("HELP", help_keyword=True)
    assert result.urgent and "help_keyword" in result.reasons


def test_more_kinds_of_danger_score_higher():
    one = assess("they won't let me leave")
    two = assess("they won't let me leave and he beats me")
    assert two.score > one.score


def test_the_controller_back_in_the_room_is_watched_as_texted_but_where_someone_lives_is_not():
    # "hes back" mid-intake got "OK, let's go on." and the question again
    for text in ("hes back", "no hes here", "he came back", "ya llegó", "he's back in the room"):
        assert is_watched(text) and assess(text).urgent, text
    for text in ("hes back home in mexico now", "shes here in the us for 2 years", "she is here legally",
                 "he came back from mexico last year"):
        assert not is_watched(text) and not assess(text).urgent, text


def test_a_plea_alone_or_cant_talk_alone_is_urgent_but_an_everyday_request_for_help_is_not():
    for text in ("i need help now", "pls help", "ayúdenme por favor", "socorro", "hola, necesito ayuda"):
        assert assess(text).urgent, text
    for text in ("can't talk", "no puedo hablar ahorita", "me está viendo"):
        assert is_watched(text) and assess(text).urgent, text
    for text in ("i need help finding a job", "necesito ayuda con mi renta", "can't talk, at work, text u later"):
        assert not assess(text).urgent, text


def test_a_daughter_or_sister_of_16_is_a_minor_in_spanish():
    assert "minor" in assess("mi hija de 16 se fue con un señor que conoció en facebook").reasons
    assert not assess("mi hija trabaja 12 horas").urgent
    assert not assess("mi hermano de 25 trabaja ahí").urgent


@pytest.mark.parametrize("text", ["me tienen encerrada en un cuarto y el hombre va a regresar", "im locked in a room",
                                  "they tied me up", "je suis enfermée dans une chambre", "estou trancada num quarto"])
def test_the_person_writing_shut_in_now_is_an_emergency(text):
    assert assess(text).level == CRITICAL


@pytest.mark.parametrize("text,level", [("they keep the girls locked up", HIGH), ("la tienen encerrada", HIGH),
                                        ("i'm tied up at work", NORMAL), ("i'm locked out of my apartment", NORMAL),
                                        ("we were held at the border for 2 days", NORMAL)])
def test_someone_else_kept_in_is_urgent_and_idioms_are_not(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize("said_not, said", [
    ("eles nao estao trancados, podem sair quando quiserem", "eles estao trancados no quarto"),
    ("they are not locked in, they can leave", "they are locked in, they cant leave"),
    ("no estaban encerrados", "estaban encerrados"),
    ("elles ne sont pas enfermées", "elles sont enfermées"),
])
def test_people_said_not_to_be_shut_in_are_not_an_emergency(said_not, said):
    # "eles nao estao trancados" was critical: the person was told to call 911
    assert assess(said_not).level == NORMAL and assess(said).urgent


def test_a_plea_that_opens_the_story_is_urgent_and_a_return_still_to_come_is_not_being_watched():
    # it was "normal", and "hes coming back tonight" made it "watched": the only reply was "OK. Write back whenever
    # you like."
    text = ("please help me they took my phone im using a friends, im at a motel on hwy 99 in fresno room 112, "
            "hes coming back tonight")
    assert assess(text).urgent and not is_watched(text)
    assert assess("ayudame, el patron me quito los papeles").urgent
    assert is_watched("hes coming back") and is_watched("he's coming")
    for text in ("i need help reporting something", "please help me understand the form", "help me find a job"):
        assert not assess(text).urgent, text


def test_a_plea_in_french_is_urgent():
    assert assess("bonjour j'ai besoin d'aide").urgent
    assert not assess("j'ai besoin d'aide pour trouver un emploi").urgent


def test_papers_taken_said_in_spanish_and_english_at_once_is_urgent():
    # "mi jefe took my papers y no me paga" was normal; "my boss took my papers" was already high
    assert assess("mi jefe took my papers y no me paga", frozenset()).level == HIGH


@pytest.mark.parametrize("text", ["since they came in like april", "they came in around march",
                                  "she is looking for a job"])
def test_when_it_started_and_looking_for_something_are_not_being_watched(text):
    # "since they came in like april" paused the chat with "OK. Write back whenever you like." (2026-12-05)
    assert not is_watched(text)


@pytest.mark.parametrize("text", [
    "the man who owns me is outside the bathroom door, he says tonight he is selling me to another guy",
    "he is going to move me and the other girls to vegas tonight, i dont want to go",
    "me van a vender esta noche", "vao me levar pra outra casa hoje a noite"])
def test_being_sold_or_taken_away_tonight_is_an_emergency(text):
    # each got the next form question (live conversations, 2026-12-05): no 911 line, nobody told
    assert assess(text).level == CRITICAL


def test_someone_at_the_door_or_who_would_hear_a_call_is_watching_and_what_is_for_sale_is_not_a_person():
    assert is_watched("i cant call 911 he will hear") and is_watched("the man who owns me is outside the bathroom door")
    for text in ("he sold me a car last year", "they sell us food at the camp store for double",
                 "we are moving to a new apartment tomorrow", "my boss will hear about this",
                 "the car is parked at the door"):
        assert not assess(text).urgent, text


@pytest.mark.parametrize("text", [
    "orita mismo le esta dando de golpes, se oye todo", "la esta madreando orita", "estan pateando mi puerta",
    "o marido dela ta batendo na porta do meu quarto agora, to com medo",
    "my cousin just texted me shes locked in a bedroom and the guy is outside the door, they plan to sell her tonight",
    "a man is standing outside her door with a gun and says he is taking her to another city tonight",
    "hes outside the door right now, i cant call 911 he will hear",
    "the man who brings us to the houses said tonight he is moving all of us to florida",
    "tomorrow morning he is taking me and 2 other girls to vegas"])
def test_danger_now_said_in_other_words_is_an_emergency(text):
    # each got a form question, or the pause for someone watched (a second live probe, 2026-12-05)
    assert assess(text).level == CRITICAL


def test_a_reporters_own_safety_and_the_children_a_nanny_minds_are_told_apart():
    # someone else's emergency is not the reporter being watched (it got "OK. Write back whenever you like.")
    assert not is_watched("my cousin texted me shes locked in a bedroom and the guy is outside the door")
    assert is_watched("the man who owns me is outside the bathroom door")
    # the children a nanny looks after are not the people the tip is about (a critical alarm for a minor)
    nanny = assess("mi vecina trabaja de ninera, cuida a un bebe y a una nina de 5, y no la dejan salir")
    assert nanny.level != CRITICAL and "minor" not in nanny.reasons
    for text in ("we leave tomorrow for vacation", "tomorrow i am taking my kids to school"):
        assert not assess(text).urgent, text


def test_hunted_after_getting_away_is_urgent_and_family_looking_is_not():
    # "el dueño me anda buscando y sabe donde vivo" got the signs question
    assert assess("el dueño me anda buscando y sabe donde vivo, tengo miedo").urgent
    assert assess("he is looking for me and he knows where i live").urgent
    assert not assess("my mom is looking for me, she knows where i live").urgent


@pytest.mark.parametrize("text", [
    "no hes outside yelling hes gonna end me", "he strangled me last night till i blacked out, hes still here",
    "a girl at the apartment wont wake up, they gave her pills and nobody will call for help",
    "ahorita le puso un cuchillo en el cuello, estoy afuera escuchando los gritos",
    "agora mesmo o dono ta batendo num funcionario com um pedaco de pau",
    "ele ta quebrando a porta pra me pegar agora, to trancada no banheiro",
    "a man just dragged a little boy into a motel room at the Super 8, its happening now",
    "el encargado saco una pistola y dijo q si alguien se va nos mata"])
def test_emergencies_found_in_the_final_probe(text):
    assert assess(text).level == CRITICAL  # each got a form question (2026-12-05)


@pytest.mark.parametrize("text", [
    "un señor me vendio un carro y despues vi que en su casa tiene como 6 muchachas que no salen nunca",
    "um cara me vendeu um carro e na casa dele vi umas 5 meninas", "son como 8 hombres adultos, ninguno parece menor",
    "sao uns 7 homens adultos, nenhum parece menor", "no nadie me amenaza", "the deal will end me financially",
    "i am a nanny, the kids i look after are 3 and 7"])
def test_look_alikes_found_in_the_final_probe_raise_nothing(text):
    # "me vendió un carro" got "call 911 now"; "ninguno parece menor" and "nadie me amenaza" called a person
    assert not assess(text).urgent


def test_danger_this_minute_is_told_apart_from_a_tip_that_is_critical_for_what_it_adds_up_to():
    # the gateway tells the bot "danger" (its 911 lines) only for the first kind
    for text in ("he is beating her right now", "they locked me in the room", "she wont wake up, they gave her pills",
                 "me tiene encerrada en el cuarto"):
        assert assess(text).level == CRITICAL and says_danger_now(text), text
    calm = "my neighbors 14 year old works at the bar on main st in dallas and they took her passport"
    assert assess(calm).level == CRITICAL and not says_danger_now(calm)


def test_collapse_and_breathing_are_medical_emergencies_and_waiting_for_staff_is_not_being_watched():
    # live probes, 2026-12-05 (sixteenth session): each got the privacy menu, with no 911 and nobody called
    for text in ("my coworker at the farm collapsed in the heat and the boss wont let us call anyone",
                 "the girl in the next room isnt breathing right and they wont take her to a doctor",
                 "mi compañero de cuarto no respira, esta morado", "meu colega caiu e nao ta respirando"):
        assert assess(text).level == CRITICAL and says_danger_now(text), text
    for text in ("the business collapsed last year", "im not breathing well lately, its the stress"):
        assert not assess(text).urgent, text
    # "is someone coming?" after asking for a person got "OK. Write back whenever you like."
    for text in ("is someone coming?", "hello?? is someone coming", "when is someone coming"):
        assert not is_watched(text), text
    for text in ("someone is coming", "desculpa, cheguei o patrao", "o patrão chegou"):
        assert is_watched(text), text
    assert "minor" in assess("like 20 guys, some might be 17").reasons
    assert not assess("there might be 15 of them").urgent


def test_heat_stroke_told_by_its_signs_and_blue_lips_are_emergencies_and_a_faint_that_is_over_is_not():
    for text in ("my buddy is throwing up and confused, real hot, he stopped sweating",
                 "he is dizzy and confused and his skin is hot and dry", "now hes out but his lips are turning blue",
                 "dice q otro muchacho esta todo morado y no se mueve", "meu amigo ta sem respirar direito, ta roxo"):
        assert assess(text).level == CRITICAL and says_danger_now(text), text
    for text in ("mi amiga se desmayo la semana pasada en la fabrica por el calor",
                 "se desmayo ayer pero hoy ya esta bien"):
        assert not says_danger_now(text), text


def test_a_boss_who_arrived_in_the_past_and_a_faint_told_as_over_raise_nothing():
    for text in ("o patrão chegou ontem na fazenda e recolheu os documentos de todo mundo",
                 "a dona chegou do brasil semana passada e trouxe mais duas", "el patron llego ayer al rancho"):
        assert not is_watched(text), text
    assert is_watched("o patrão chegou")
    for text in ("el año pasado una compañera se desmayo en la fabrica por el calor, ahora ya esta bien",
                 "mes passado um rapaz desmaiou na obra de tanto calor, hoje ele ta bem"):
        assert not says_danger_now(text), text


def test_a_child_with_a_man_at_a_motel_now_is_danger_this_minute():
    # the mother was told 911 only "if in immediate danger"
    for text in ("mi hija de 16 se fue de la casa y le mando un mensaje a su hermana que esta con un señor en un hotel",
                 "my 15 year old niece is with an older guy at a motel on route 9 right now"):
        assert "immediate_danger" in assess(text).reasons and says_danger_now(text), text
    assert not says_danger_now("she is 15 and works at a hotel")
    assert not assess("my sister is with a man at a hotel, she is 30").urgent


def test_danger_told_in_new_words_in_four_languages_is_danger_this_minute():
    # each got the safety check, the menus or the next form question, and no 911 line
    for text in ("they r putting her in a van rn", "hes kicking the door", "shes screaming",
                 "he said tonight i go with the client", "a black van is following me",
                 "ayuda el esta afuera", "me estan siguiendo en una camioneta negra",
                 "la señora me pega, ahorita me dijo que ya viene su esposo a darme una leccion",
                 "dice que ya viene para aca y que me va a pegar",
                 "il a un couteau et il crie dans le couloir la maintenant"):
        assert says_danger_now(text) and assess(text).level == "critical", text
    for text in ("my boss is always screaming at us", "they take us in a van to the fields every morning",
                 "he followed me on instagram", "i go with my mom tonight", "the baby is screaming"):
        assert not assess(text).urgent, text


def test_being_watched_armed_guards_and_a_hunted_runaway_call_a_person():
    for text in ("pera o capataz ta vindo", "ele ta olhando pra mim agora", "il me regarde la, je peux pas ecrire",
                 "boss walked in", "ela ta no quarto do lado, acho q ta ouvindo"):
        assert is_watched(text) and assess(text).urgent, text
    for text in ("tem uns caras armados la", "there are armed guards at the gate", "hay hombres armados cuidando",
                 "me sali de donde trabajaba porque el encargado me pegaba y ahora me esta buscando",
                 "nao deixam ela sair de casa", "on est 4 filles, moi g 19 ans, y en a une qui a 17 je crois"):
        assert assess(text).urgent and not says_danger_now(text), text
    # a reason for a way to be reached is not someone there now (a whole tip got "OK. Write back whenever you like.")
    assert not is_watched("dont call me because they check my phone, you can text")
    # a habit, not someone reading it now: urgent, with no code or reminder to it, but no pause mid-telling (it got
    # "OK. Write back whenever you like." twice, in the third round of probes)
    assert not is_watched("he checks my phone") and "phone_read" in assess("he checks my phone").reasons
    assert is_watched("hes going through my phone right now")
    # a contact answer with its safe time and the reason for it (the chat paused, the number was dropped, and the
    # answer was filed as what happens)
    for text in ("me dicen Lupe, mi cel es 956 555 0142 pero solo whatsapp en la noche despues de las 10 porque el me "
                 "revisa el telefono", "Jose, 404 555 0177, los domingos nomas porque el patron me revisa el cel"):
        assert not is_watched(text), text
    assert is_watched("no puedo hablar, me revisa el cel")
    # the controller home now, said before leaving (the intake's questions went on)
    for text in ("me tengo q ir mi esposo llego", "my husband just got home gtg",
                 "mon mari est rentre, je dois y aller"):
        assert is_watched(text) and assess(text).urgent, text
    for text in ("cuando mi esposo llego a estados unidos", "mi esposo llego ayer",
                 "my husband came home drunk last night", "my boss got back from vacation and started yelling"):
        assert not is_watched(text), text


def test_taken_by_force_now_in_four_languages_and_someone_elses_death_threat_is_not_self_harm():
    for text in ("omg theres a girl being shoved into a white car outside the laundromat right now",
                 "estan metiendo a una muchacha a la fuerza en una camioneta aqui enfrente de mi casa ahorita",
                 "ils sont en train d emmener ma soeur de force dans une voiture",
                 "tão me levando embora agora num carro", "we are 5 girls locked in an apartment in Queens",
                 "mi patron me dijo q viene en camino y q me va a golpear"):
        assert says_danger_now(text) and assess(text).level == "critical", text
    for text in ("ele ta armado e disse q vai me matar", "il a un couteau il dit qu il va me tuer"):
        # (it got the suicide line, 988)
        assert says_danger_now(text) and not assess(text).self_harm, text
    assert assess("quero me matar").self_harm and assess("je vais me tuer").self_harm
    for text in ("they push us to work harder and drive us in a van to the fields",
                 "my boss grabbed my arm last year and pushed me into his car, now i work at a store",
                 "we were all locked in at night back then, now im out and safe", "son como 4"):
        assert not assess(text).urgent, text


def test_fifth_round_escaped_and_lost_and_a_man_at_the_door_are_danger():
    for text in ("pls help theres a man outside my door he says i have to go with him to work tonight",
                 "ayuda me escape de donde me tenian y no se donde estoy"):
        assert says_danger_now(text), text


def test_regression_round_contracts_jokes_and_a_normal_shift_raise_nothing():
    # each was told "call 911 now", or raised a minor of 2
    for text in ("estamos amarrados a un contrato de la agencia y no nos pagan las horas extras en la bodega",
                 "estamos presos num contrato com a agencia, se sair tem que pagar multa",
                 "jaja mi jefe me esta matando con tantas horas pero no es por eso",
                 "mdr mon patron me tue avec tout ce boulot",
                 "i have to go with him to work tonight, its just my normal night shift at the warehouse",
                 "meu cunhado assinou um contrato de 2 anos numa construtora",
                 "my aunt signed a 2 year contract to work in a factory"):
        assert not says_danger_now(text) and "minor" not in assess(text).reasons, text
    assert says_danger_now("estamos encerrados en un cuarto") and assess("tiene 15 años").urgent


def test_eighteenth_round_danger_told_by_witnesses_and_in_a_few_words_is_danger_this_minute():
    # each got the opening, the neutral pause or the next form question
    for text in ("i can hear the guy next door hitting one of the girls right now", "he is hitting her i can hear it",
                 "theres kids being sold in my motel right now what do i do", "he grabbed my neck",
                 "he fired it at the ceiling", "FIRE we cant get out", "door is locked from outside",
                 "pls help. me and 6 others locked in a van, driver took our phones",
                 "im in the bathroom locked. dad is outside the door", "hes saying he will break the door",
                 "cant breath good its hot", "el señor me esta jalando del pelo", "el tipo quiere llevarsela ya",
                 "mi sobrina de 13 se la van a llevar hoy en la noche", "ele ta gritando q vai matar ela",
                 "they look 14 15. hes here right now with them in room 112"):
        assert says_danger_now(text) or "immediate_danger" in assess(text).reasons, text
    assert is_watched("omg hes texting me hes on his way up") and is_watched("shit he just walked in early")
    assert not is_watched("hes here right now with them in room 112")  # a witness, not someone watched


def test_eighteenth_round_look_alikes_raise_nothing():
    for text in ("we had a fire drill at work, we cant leave early", "i shot it on my phone so you can see",
                 "she is getting sold a car tonight", "my uncle is going to take her tonight to the fair",
                 "mi mama se la va a llevar hoy al doctor"):
        assert not says_danger_now(text), text
    for text in ("he is on his way home from work, so i can talk till 6", "my boss just came back from lunch"):
        assert not is_watched(text), text


def test_second_round_french_portuguese_and_hedged_danger_and_not_an_emergency():
    for text in ("je suis cachee dans la salle de bain il cogne sur la porte il veut me frapper",
                 "non!! il va casser la porte", "ai meu deus o marido chegou bebado ta me batendo agora",
                 "um deles ta com uma arma na mao", "to numa van com mais 8 pessoas, trancaram a gente",
                 "se estan llevando a mi sobrina de 14 ahorita en una troca", "sounds like hes beating her",
                 "i just heard screaming from room 214", "i took like 10 pills"):
        assert says_danger_now(text), text
    for text in ("des fois jai envie de me foutre en lair", "je veux vraiment mourir ce soir, jai des cachets"):
        assert "self_harm" in assess(text).reasons, text
    # each was told "call 911 now"
    for text in ("Ce n'est pas une urgence", "nao é emergencia nao, é sobre salario",
                 "sou enfermeira num pronto socorro",
                 "est en train de taper un texte", "he is taking his daughter to school right now"):
        assert not says_danger_now(text) and not assess(text).urgent, text


def test_a_cry_for_help_or_hair_pulled_in_french_or_portuguese_is_danger_now():
    # a Québec neighbour got the kind question, then "who is affected?", while a girl screamed in the corridor
    for text in ("la ya une fille qui crie pis qui pleure dans le corridor, le gars la tire par les cheveux LA "
                 "MAINTENANT",
                 "elle crie a l aide qu est ce que je fais", "j entends une femme crier au secours",
                 "ela ta gritando por socorro no apartamento do lado"):
        assert says_danger_now(text) and assess(text).level == CRITICAL, text
    for text in ("elle crie a l aide chaque fois qu il rentre", "mon patron crie tout le temps",
                 "ils tirent par les cheveux les clients ivres au bar"):
        assert not says_danger_now(text), text


def test_the_bosss_phone_said_in_new_words_is_not_their_own():
    for text in ("el 1 pero este cel es del patron, no me llamen aqui", "this is my boss's phone",
                 "no me llamen aqui porfa"):
        assert not_own_phone(text), text
    assert not not_own_phone("el patron me quito mi cel")


def test_a_phone_someone_reads_is_told_in_four_languages():
    """At filing, the code and passphrase went out to a phone the person had said was checked."""
    from webhooks.triage.assess import phone_checked
    for text in ("stop texting me after 6 tho my roommate checks my phone", "my husband always goes through my phone",
                 "mi esposo revisa mi cel", "me revisan el cel en la noche", "il fouille mon téléphone",
                 "ma soeur regarde mon portable", "ele mexe no meu celular toda noite", "a patroa olha meu celular",
                 # (probes: the code was sent to each)
                 "le patron verifie nos telephones le matin des fois", "esse aqui nao pq ele pode pegar",
                 "el encargado nos revisa los celulares en la noche",
                 # (a reminder reached a worker who had said so)
                 "solo mensaje y mejor el domingo porque el mayordomo revisa los telefonos",
                 "dont text back. he is checking phones tonight"):
        assert phone_checked(text), text
    for text in ("can you see my phone number?", "did you read my messages?", "olha, meu celular quebrou",
                 "check my messages pls", "ve mi mensaje de arriba", "he checks messages for the boss"):
        assert not phone_checked(text), text


def test_calm_tips_full_of_danger_words_raise_no_danger_now():
    # each was told "call 911 now", and the questions stopped (regression round after the danger mode)
    for text in ("Hi. No one is in danger right now, I just want to report a restaurant",
                 "can you help me please? i dont know if this counts as trafficking",
                 "gotta be fast my boss is gonna kill me if im late from break lol",
                 "the guy next door is hitting the punching bag right now",
                 "back in 2022 they locked us in the trailer at night. im ok now",
                 "She passed out from dehydration. She's stable and was discharged",
                 "I AM the emergency department lol", "if theres a fire we cant get out",
                 "im locked in to this lease till 2026", "i can hear her screaming at the girls from the back door",
                 "the agency sold us fake visas", "tomorrow the boss is taking us to walmart",
                 "oi boa noite. queria denunciar uma obra aqui, nao eh emergencia nao viu",
                 "sim, to presa no transito no onibus kkk", "el jefe me va a matar si llego tarde jaja",
                 "soy enfermera, trabajo en la emergencia del hospital general"):
        assert not says_danger_now(text) and assess(text).level != CRITICAL, text
    assert not is_watched("Mon mari rentre du travail dans 1h donc j'ai un peu de temps")


def test_a_count_of_people_is_not_an_age():
    # live conversation, 2026-12-06: "we are 11 crew on the boat, all men. i am 24" raised a minor and a mandated report
    for text in ("we are 11 crew on the boat, all men. i am 24", "the crew is 11", "we are 11 men"):
        assert "minor" not in assess(text).flags, text
    for text in ("she is 15", "im 16", "we are 15 and 16"):
        assert "minor" in assess(text).flags, text


@pytest.mark.parametrize("text", [
    "diablo el marido de ella bajo y me dio una galleta xq me vio con el cel, ta ahi arriba gritando q va a bajar"
    " otra ve",
    "ta bajando la escalera",
    "me jalo del pelo y me tiro al piso, esta en la cocina gritando",
    "ahorita fue!! tengo miedo q me vuelva a pegar, me encerre en el baño",
    "la y est en train de la fesser, j'entends crier a travers le mur",
    "oui moi ca va. mais elle crie encore, y la bat la la, qu'est ce que je fais??",
])
def test_being_hit_now_and_him_coming_back_said_in_caribbean_spanish_or_quebec_french_is_danger_now(text):
    # each got "¿Cuándo pasó?" or the privacy menu in a live conversation, with no 911
    found = assess(text, frozenset())
    assert found.level == CRITICAL and says_danger_now(text)


@pytest.mark.parametrize("text", [
    "honestly im so tired of all of it i dont want to be here anymore",
    "no not the chat. like i dont see the point of anything",
    "sometimes i think everyone would be better off without me",
    "ya no aguanto mas, a veces quisiera dormirme y ya no despertar",
    "no se si vale la pena seguir viviendo asi",
])
def test_thoughts_of_ending_it_said_indirectly_reach_a_person_with_988(text):
    # "i dont want to be here anymore" was answered "Do you want to end this chat?"
    assert assess(text, frozenset()).reasons == ("self_harm",)


@pytest.mark.parametrize("text", [
    "i dont want to be here anymore, this job is awful, im looking for another one",
    "une fille de 23 ans qui fait le menage chez eux, elle vient du cameroun",
    "il est en train de taper un texte",
    "ya no aguanto mas este trabajo, quiero otro",
])
def test_a_bad_job_where_someone_comes_from_and_typing_are_not_alarms(text):
    found = assess(text, frozenset())
    assert found.level == NORMAL and not is_watched(text), found


def test_a_threat_to_smash_her_face_and_a_move_tonight_call_a_person():
    found = assess("me va a partir la cara, y dijo q esta noche me va a mandar a otro motel en orlando", frozenset())
    # (threatened and moved tonight is critical: "nos pegan y hoy en la noche nos van a mover a otro estado" was high)
    assert found.level == CRITICAL and {"violence", "moving", "moved_by_force"} <= set(found.reasons)
    assert is_watched("ay llego el dueño tengo q dejar esto")


@pytest.mark.parametrize("text", [
    "honestly sometimes i think everybody would be better off if i wasnt around anymore",
    "i been saving up his pills. i just want to sleep and not deal w any of it",
    "r u even listening. i dont wanna be alive anymore",
    "a veces quisiera desaparecer para siempre, ya no le veo sentido a nada",
    "cuando paso por el puente me dan ganas de aventarme",
])
def test_second_round_thoughts_of_ending_it_reach_988(text):
    assert "self_harm" in assess(text, frozenset()).reasons


@pytest.mark.parametrize("text", [
    "hes knocking on my window telling me to open up. what do i do",
    "the charger guy just got out and hes walking at my car, i think he saw me take a pic",
    "he knows where my cousins apartment is and says hes on his way to get me",
    "ya regreso, me meti al cuarto de lavar, si me ve con el cel me lo quita y me pega",
    "me esta gritando q abra, tengo miedo",
    "ayuda me esta jaloneando del pelo",
    "me va a entregar a la migra. estoy en el baño escondida",
])
def test_second_round_danger_now_reaches_911(text):
    assert assess(text, frozenset()).level == CRITICAL and says_danger_now(text)


def test_away_now_or_on_a_trip_is_not_watched_or_self_harm():
    said = ("ya hes at work. my boyfriend gets really jealous and he hit me last weekend, he checks my phone all the"
            " time")
    assert not is_watched(said) and "violence" in assess(said, frozenset()).reasons
    assert assess("he checks my phone every night", frozenset()).reasons == ("phone_read",)
    assert assess("i dont think ill be here next week, im going to my moms in dallas", frozenset()).level == NORMAL


@pytest.mark.parametrize("text", [
    # probe, 2026-12-06: a 15-year-old leaving with him this minute got the kind question
    "omg wait hes outside rn in his car honking and she just went out the back door w him, he said hes taking her to"
    " a motel tonight on blackstone ave",
    "he said hes taking her to a motel tonight",
    "she just left with that guy",
    "la va a llevar a un motel esta noche",
    "se acaba de ir con el tipo ese",
])
def test_taken_away_this_minute_or_to_a_motel_tonight_reaches_911(text):
    assert assess(text, frozenset()).level == CRITICAL and says_danger_now(text)


@pytest.mark.parametrize("text", [
    "she left with him last year and moved to his moms",
    "she just left with my mom to the store",
    "se fue con el hace dos años",
])
def test_leaving_with_someone_long_ago_or_with_family_is_not_danger_now(text):
    assert not says_danger_now(text)


def test_asking_for_someone_to_help_them_get_out_is_urgent():
    # probe, 2026-12-06: "quiero que alguien me ayude a salir" (her boyfriend sells her, checks her phone) was normal,
    # and she got the form's next question
    said = "no quiero policia, me van a deportar. quiero que alguien me ayude a salir. mi numero no, el revisa mi cel"
    assert "wants_out" in assess(said, frozenset()).reasons
    assert "wants_out" in assess("alguem me ajuda a sair daqui por favor", frozenset()).reasons
    assert "wants_out" not in assess("mi hermana me ayuda a salir adelante con los niños", frozenset()).reasons


@pytest.mark.parametrize("text", [
    # third probe round, 2026-12-06: each got a form question, the privacy menu or the opening again
    "honestly im so tired of everything, everyone would be better off if i just wasnt here anymore",
    "i just dont see the point of waking up anymore tbh", "i have pills saved up. i just want it to stop",
    "im thinking about taking them tonight",
])
def test_third_round_thoughts_of_ending_it_reach_988(text):
    assert "self_harm" in assess(text, frozenset()).reasons


@pytest.mark.parametrize("text", ["i just want this shift to stop", "im taking my meds tonight like the doctor said"])
def test_a_long_shift_or_medicine_as_prescribed_is_not_self_harm(text):
    assert "self_harm" not in assess(text, frozenset()).reasons


@pytest.mark.parametrize("text", [
    "toy escondia en el baño del club, el tipo ta afuera buscandome. no puedo llamar el me oye", "ta tocando la puelta",
])
def test_hiding_as_texted_in_the_caribbean_is_danger_now(text):
    assert says_danger_now(text)


@pytest.mark.parametrize("text, reason", [
    # fourth probe round, 2026-12-06: each got a form question
    ("wait sir car is in driveway he come home early", "watched"), ("hes up. hes yelling for me", "watched"),
    ("oh no the light went on", "watched"), ("ya llego la troca", "watched"),
    ("im scared she gonna hit me again tonight, can someone come get me please", "wants_out"),
    ("please i need to get out tonight. can u send somebody", "wants_out"),
    ("MAÑANA se la llevan a vegas, que hago", "moving"),
    ("shes in 9th grade and he wont let her leave the apartment", "minor"),
])
def test_fourth_round_wording_is_urgent(text, reason):
    assert reason in assess(text, frozenset()).reasons


@pytest.mark.parametrize("text", ["the light came on in the kitchen when i got home",
                                  "can someone get me the form for the report", "mañana me llevan al trabajo temprano"])
def test_fourth_round_look_alikes_are_calm(text):
    assert assess(text, frozenset()).level == "normal"


@pytest.mark.parametrize("text", ["my friend very sick, fever 3 day and cough blood. please what to do",
                                  "mi compañero esta tosiendo sangre y no lo dejan ir al doctor",
                                  "he got sick and is coughing blood"])
def test_coughing_blood_or_very_sick_with_fever_is_medical(text):
    # fourth probe round, 2026-12-06: a fishing crew's sick friend got the privacy menu
    assert "medical" in assess(text, frozenset()).reasons


def test_a_sickness_that_is_over_is_not_medical():
    assert assess("i was really sick last month with a fever but im better now", frozenset()).level == "normal"


def test_his_phone_case_is_not_someone_elses_phone():
    # probe, 2026-12-06: "ig handle on his phone case said @bigmike_208" (about the man seen) was read as writing on
    # someone else's phone: the contact was dropped and the reference code was held back
    said = "he drives a silver lexus, ig handle on his phone case said @bigmike_208"
    assert "not_own_phone" not in assess(said, frozenset()).flags
    assert "not_own_phone" not in assess("he is always on his phone", frozenset()).flags
    for text in ("im using my friends phone", "i'm on my cousin's phone so dont text back", "texting from her phone"):
        assert "not_own_phone" in assess(text, frozenset()).flags, text


@pytest.mark.parametrize("text", ["theres a guy with a gun watching the door", "hay un hombre armado en la puerta",
                                  "tem um cara armado vigiando a porta", "un type armé devant la porte"])
def test_one_armed_man_kept_at_the_door_calls_staff(text):
    # "theres a guy with a gun watching the door" was calm (2026-12-06): people kept by an armed man
    assert assess(text).level in ("high", "critical")


@pytest.mark.parametrize("text", ["a guy with a gun license at the house",
                                  "the guy with a gun at the range by the door",
                                  "vimos una pelicula con un hombre armado en la casa"])
def test_look_alikes_of_an_armed_guard_stay_calm(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(("text", "level"), [
    ("i want to quit but they owe me 2 weeks pay", NORMAL),
    ("i need to get out of this job, they dont pay overtime", NORMAL),
    ("i want to quit but im scared i wont find another job", NORMAL),
    ("i want to quit but they wont pay me and they took my passport", HIGH),
    ("i want to leave but they say i must pay the debt first", HIGH),
])
def test_a_job_they_are_free_to_leave_with_pay_owed_pages_nobody(text, level):
    # "i want to quit but they owe me 2 weeks pay" paged staff as someone wanting out (2026-12-06)
    assert assess(text).level == level


@pytest.mark.parametrize(("text", "level"), [
    ("he saw. he is very angry he said he will hurt me", CRITICAL), ("now!! im scared hes downstairs", CRITICAL),
    ("tonight he said i have to go again at 9", HIGH), ("i have to go with another man tonight", HIGH),
    ("tonight i have to go again to the gym", NORMAL), ("i have to go with the client to the bank tomorrow", NORMAL),
])
def test_found_out_and_threatened_or_sent_to_buyers_tonight_is_urgent(text, level):
    # after the boss saw the chat, "he said he will hurt me" and "im scared hes downstairs" got the next question; a
    # 15-year-old's "tonight he said i have to go again at 9" got the privacy menu (2026-12-06)
    assert assess(text).level == level


@pytest.mark.parametrize(("text", "known", "level"), [
    ("nobody is threatening me or anything its just the money", (), NORMAL),
    ("is someone coming? hes yelling my name", (), CRITICAL),
    ("tonight he said i have to go again at 9", ("minor",), CRITICAL),
])
def test_second_round_of_live_probes(text, known, level):
    # a wage complaint saying nobody threatens him paged staff as violence; a 15-year-old hiding ("hes yelling my
    # name") and sent to buyers again tonight got the privacy menu (2026-12-06)
    assert assess(text, frozenset(known)).level == level


@pytest.mark.parametrize(("text", "watched"), [
    ("omg my manager is looking at me. i want to end this chat", True), ("el encargado me esta mirando", True),
    ("my manager is looking at my resume tomorrow", False),
])
def test_the_boss_looking_at_them_is_being_watched(text, watched):
    # "omg my manager is looking at me. i want to end this chat" got "Is there anything else?" (2026-12-06)
    assert is_watched(text) == watched


@pytest.mark.parametrize(("text", "level"), [
    ("c'est en train d'arriver LA, elle vient de monter dans le truck a cote", CRITICAL),
    ("its happening right now, shes getting in his car", CRITICAL),
    ("its been happening since march, still happening now", NORMAL),
])
def test_happening_this_minute_is_danger_now(text, level):
    # a girl of 14 getting into a truck at a truck stop, "c'est en train d'arriver LA", was calm (2026-12-06)
    assert assess(text).level == level


@pytest.mark.parametrize(("text", "known", "level"), [
    ("el le dijo q la espera a las 9 en el walmart… q hago, la dejo ir??", ("minor",), CRITICAL),
    ("mi hija va a ver a un hombre que conocio en internet hoy a las 9", ("minor",), CRITICAL),
    ("he told her hes meeting her tonight at 9 at the mall", ("minor",), CRITICAL),
    ("el le dijo q la espera a las 9 en el walmart", (), NORMAL),
    ("my daughter is meeting her friend at the mall tonight", ("minor",), NORMAL),
])
def test_a_man_meeting_a_child_tonight_is_critical(text, known, level):
    # a mother of a 13-year-old: "el le dijo q la espera a las 9 en el walmart… q hago, la dejo ir??" was calm, and
    # got "I can't answer that" (2026-12-06)
    assert assess(text, frozenset(known)).level == level


def test_fifth_round_danger_at_the_door_and_calm_look_alikes():
    """Twenty-sixth session probes: "he is outside my house" was calm for a girl of 15 he came to take; asking for the
    emergency number, an age long ago and a parent's own son in the family restaurant each raised an alarm."""
    assert assess("ya llego esta afuera de mi casa pitando. q hago", frozenset({"minor"})).level == CRITICAL
    assert says_danger_now("AHORITA!! esta afuera") and says_danger_now("hes outside my house right now honking")
    assert assess("de mi. tengo 15 me trajeron de honduras, mi tio me dejo con un señor").urgent
    for calm in ("sobre os colegas. mas qual é o numero de emergencia aqui afinal?",
                 "i was trafficked like 10 yrs ago when i was 16, im safe now. do you have volunteer stuff?",
                 "my 15 year old son works at my restaurant after school, is that ok",
                 "la van esta afuera de mi casa todas las mañanas a las 5"):
        assert assess(calm).level == NORMAL, calm
    # a parent's own child does not hide another child in the same message
    assert assess("my son works at my restaurant and my neighbors 14 year old daughter works at the motel all night"
                  ).level == CRITICAL


def test_fifth_round_the_one_in_control_back_or_about_to_read_the_phone():
    for watched in ("he took my phone just now did u hear me. im scared hes gonna see this",
                    "me tengo q ir rapido la clienta ya va a querer su cel", "ay ya llego, despues"):
        assert is_watched(watched), watched
    for calm in ("he took my phone in march and never gave it back", "ya llego el verano, despues de eso empezaron"):
        assert not is_watched(calm), calm


def test_a_survivor_telling_an_age_long_ago_is_no_minor_in_any_language():
    from webhooks.reports.extract import extract
    for text, language in (("fui traficada faz 10 anos quando tinha 16, hoje to segura", "pt"),
                           ("j ai ete victime de traite il y a 10 ans, j avais 16 ans, maintenant je suis en securite",
                            "fr")):
        assert assess(text).level == NORMAL and not extract(text, language).minor, text
    assert extract("she was 16 when he took her last month", "en").minor  # (not long ago)


def test_a_gun_and_a_threat_to_shoot_now_is_danger_now():
    text = "the boss locked us in the trailer and hes outside with his gun yelling hes gonna shoot somebody"
    assert assess(text).level == CRITICAL and says_danger_now(text)
    assert assess("my uncle keeps a gun in the truck").level == NORMAL


def test_a_child_to_be_picked_up_tonight_is_critical_and_family_picking_up_is_not():
    for text in ("me dijo q me va a recoger en plaza del sol a las 9 de la noche. hoy",
                 "hoy en la noche me va a llevar con unos señores q pagan bien",
                 "he is picking me up tonight at 9 to meet some men"):
        assert assess(text, frozenset({"minor"})).level == CRITICAL, text  # (it was "high": a minor, nothing more)
    for text in ("mi mama me va a recoger hoy a las 5", "my mom is picking me up tonight at 9 from work"):
        assert assess(text, frozenset({"minor"})).level != CRITICAL, text


def test_a_teen_picked_up_by_a_grown_man_she_met_online_is_critical_and_not_a_watched_pause():
    """ "this guy i met on snap is picking me up tonight" from a girl of 15 was high; "my bf is 24 hes coming to get me
    after school tmrw" was read as someone arriving now (the neutral pause of a person watched) with no minor."""
    for text in ("im 15 and this guy i met on snap is picking me up tonight at 11 by the walmart on rt 9",
                 "my bf is 24 hes coming to get me after school tmrw, he said i can stay at his place and make money"):
        got = assess(text)
        assert got.level == CRITICAL and "minor_meeting" in got.reasons and "watched" not in got.reasons, (text, got)
    for text in ("my uber is picking me up at 6 for work", "my mom is picking me up after school"):
        assert "minor_meeting" not in assess(text).reasons, text


def test_danger_now_said_in_new_words_from_the_probes_is_critical():
    """Each got the greeting or the safety question, as calm: hiding behind a door he is at, a girl heard screaming
    next door, locked in (European Portuguese), and "kms"."""
    for text in ("help me pls hes outside the bathroom door",
                 "urgent svp jentends une fille crier a cote dans lappart 4, le gars lui dit tu vas travailler ce soir",
                 "estou fechada numa casa em vila nova de gaia com mais duas raparigas",
                 "o patrao fechou-me a porta a chave e disse que esta noite me vai mandar para espanha",
                 "he has pics of me and wants 500. i honestly just want to kms"):
        assert assess(text).level == CRITICAL, text


def test_a_price_a_time_or_a_size_is_no_age_and_a_hedged_age_is_one():
    assert "minor" in assess("i think one of them is like 16").reasons
    for text in ("the price is 15 dollars", "the wait is 10 minutes", "she is 5 foot tall"):
        assert "minor" not in assess(text).reasons, text


def test_a_worker_badly_hurt_now_is_a_medical_emergency_and_a_fall_long_ago_is_not():
    for text in ("se cayo un compañero del techo, esta en la traila bien mal vomitando y no puede pararse",
                 "Jose tiene la cabeza hinchada todavia", "he fell off the roof and cant get up"):
        assert assess(text).level == CRITICAL and "medical" in assess(text).reasons, text
    for text in ("i cant stand my boss", "i cant walk away from this job",
                 "an ambulance came for a guy who fell off the roof in may"):
        assert "medical" not in assess(text).reasons, text


def test_years_somewhere_are_no_age():
    """ "3 años y sigue ahi" to "when?" was read back as "Who: age 3", a minor."""
    for text in ("3 años y sigue ahi", "ya tiene como 3 años ahi"):
        assert "minor" not in assess(text).reasons, text


def test_second_round_danger_and_places():
    """A girl heard screaming in Paris 19e, "he's yelling and throwing things", "ele vai ouvir o cel" (the next
    question buzzed the phone), a bar in "Sinop MT" (Montana, and 911), "a nice apartment" (France, and 112)."""
    from webhooks.triage.emergency import country_said
    assert assess("jentends une gamine qui hurle au dessus de chez moi").level == CRITICAL
    assert assess("ay viene, esta gritando y aventando cosas tengo miedo").level == CRITICAL
    assert "watched" in assess("para de mandar msg ele vai ouvir o cel. eu te escrevo depois").reasons
    assert assess("my boss yells and throws things at work sometimes").level != CRITICAL
    assert country_said("to presa num quarto no fundo de um bar em Sinop MT") == "BR"
    # a US town with a code both countries have: Massachusetts, not Maranhão (she was given Brazil's 190)
    assert country_said("Sou cabo-verdiana, moro em Brockton MA") == "US"
    assert country_said("on est dans le 19e av de flandre") == "FR"
    assert country_said("she has a nice apartment") is None and country_said("je suis à Nice") == "FR"


def test_back_early_pauses_and_all_my_texts_read_is_a_checked_phone():
    from webhooks.triage.assess import phone_checked
    assert "watched" in assess("oh shit hes home early").reasons
    assert "watched" not in assess("hes home early on fridays").reasons
    assert phone_checked("my husband reads all my texts so ill delete this after")


def test_third_round_danger_watched_and_phone_words():
    """A girl locked in a basement now, told by a neighbour, was only "held"; "solo yo, tengo 24. ya llego" showed the
    next question with him in the room; "la señora usa mi telefono a veces" still got the code at filing; the
    employer's little ones ("les 2 petits de la madame ont 4 et 7 ans") raised a minor for a nanny."""
    from webhooks.triage.assess import phone_checked
    assert assess("ya une fille enfermee dans un sous-sol en ce moment, je l entends cogner").level == CRITICAL
    assert "watched" in assess("solo yo, tengo 24. ya llego").reasons
    assert "watched" not in assess("ya llego el invierno y sigue").reasons
    assert phone_checked("la señora usa mi telefono a veces") and not phone_checked("can i use my phone")
    for text in ("les 2 petits de la madame ont 4 et 7 ans", "a filha do capataz que tem uns 10 anos mas nao trabalha"):
        assert "minor" not in assess(text).reasons, text


def test_danger_told_in_pieces_and_a_bad_burn_are_urgent():
    """Each was calm and got the next question: "what do i do hes yelling at the girl in back and he pushed her",
    "me esta gritando y aventó una silla. que hago", "burned his arm… the skin is coming off"."""
    for text in ("what do i do hes yelling at the girl in back and he pushed her. im scared",
                 "vio que estaba escribiendo y se enojo, me esta gritando y aventó una silla. que hago",
                 "arjun burned his arm bad with the fryer oil, the skin is coming off"):
        assert assess(text).level == CRITICAL, text
    for text in ("my boss yells and pushed me once last year", "i burned my hand cooking last week, its fine now"):
        assert assess(text).level != CRITICAL, text


def test_a_relative_of_17_named_with_de_is_a_minor():
    """ "meu sobrinho de 17 tb trabalha la com a gente" raised no minor, and no person was called."""
    for text in ("meu sobrinho de 17 tb trabalha la com a gente", "mi prima de 16 esta con ellos"):
        assert "minor" in assess(text).reasons, text
    for text in ("mi hermana de 25", "la casa de 15 cuartos"):
        assert "minor" not in assess(text).reasons, text


def test_a_child_sold_for_sex_is_critical_and_with_a_client_now_is_danger_now():
    # live conversations, 2026-12-07 (twenty-eighth session): a housekeeper's "girl in 214 rn… men going in and out",
    # "la ptite est dans la chambre 12 en ce moment avec un client" and a girl of 15 whose boyfriend's friends pay him
    # were calm or only "high", and "should I call 911?" went unanswered
    for text in ("not rly im at work. i clean rooms at a motel and theres a girl in 214 rn she looks so young and "
                 "theres men going in and out all day",
                 "la ptite est dans la chambre 12 la en ce moment avec un client, le gars attend dans son char"):
        got = assess(text)
        assert got.level == CRITICAL and "minor_sold" in got.reasons and says_danger_now(text), (text, got)
    boyfriend = ("a veces me lleva a ver a sus amigos a un motel y dice q tengo q ser cariñosa con ellos, y ellos le "
                 "dan dinero a el")
    assert assess(boyfriend, frozenset({"minor"})).level == CRITICAL
    assert assess(boyfriend).level == NORMAL  # no child known: a report, not an alarm
    assert assess("tengo novio, el tiene 26 y yo 15, es bn lindo conmigo").level == HIGH  # her age, after his
    for calm in ("i had a meeting with a client today", "el gana 500 y yo 300",
                 "the men come in at 8 and go home at 5"):
        assert assess(calm).level == NORMAL, calm


def test_people_shut_in_a_van_in_the_heat_now_is_danger_now():
    # "theyre in the van right now actually, engine off" (after "the boss locks them in a van at lunch… 100 degrees")
    # got the next question
    for text in ("yeah. theyre in the van right now actually, engine off", "the boss locks them in a van at lunch, "
                 "theyre in there rn"):
        assert assess(text).level == CRITICAL and says_danger_now(text), text
    assert assess("theyre in the van right now driving to the site").level == NORMAL


def test_he_here_alone_is_watched_and_still_bleeding_is_a_medical_emergency():
    # twenty-eighth session, web chat: "he here" got the privacy options, "boss is here now" the immigration answer,
    # and "me corte el brazo… sangra todavia" the next question
    for text in ("he here", "boss is here now", "la patrona esta aqui"):
        assert is_watched(text), text
    assert says_danger_now("me corte el brazo con un vidrio, sangra todavia")
    assert assess("i was bleeding a lot last year after the accident").level == NORMAL


def test_fearing_the_police_will_be_sent_is_not_asking_for_them():
    # twenty-eighth session: an adult who works for herself asked "are you guys gonna send police to my apartment now?"
    # and was told "call 911 now", twice
    text = ("I'm 31, I work for myself, nobody's making me do anything. Are you guys gonna send police to my apartment "
            "now?")
    assert assess(text).level == NORMAL
    assert assess("please send police hes beating her").level == CRITICAL
    assert assess("dont send police they will deport us, but he is hitting her right now").level == CRITICAL


def test_workers_locked_in_at_night_is_held_and_raises_a_person():
    # twenty-eighth session: "the manager Kevin Lin locks the door from outside at night" got "When did this happen?",
    # and a person was called only at the read-back
    for text in ("the manager Kevin Lin locks the door from outside at night. they start at 4am and work till close",
                 "they lock the workers in at night"):
        assert assess(text).level == HIGH and "held" in assess(text).reasons, text
    for calm in ("i lock the door at night when i go to bed", "we lock our doors at night, its a bad area"):
        assert assess(calm).level == NORMAL, calm


def test_locked_in_a_car_or_a_container_and_a_child_sold_in_a_car_in_portuguese_and_french():
    # twenty-eighth session: each was calm or only "held" ("Obrigado, anotei… não deixarem sair?" to a girl of 16
    # locked in a car)
    for text in ("me deixou trancada no carro. ja volta. o q eu faço",
                 "o patrao trancou a gente no container, ta um forno",
                 "camionnette blanche fermee a clef depuis midi avec des gens dedans, il fait tres chaud",
                 "menina de uns 12 anos, um velho gringo entrou no carro, ta contando dinheiro agora",
                 "ya un gars qui crie quil saigne et quil a plus deau"):
        assert assess(text).level == CRITICAL and says_danger_now(text), text
    assert assess("my uncle got in the car and paid for gas").level == NORMAL


@pytest.mark.parametrize("text", [
    "hi im in a hotel bathroom rn. my bf brought me here to meet some guy and i dont want to 😭😭 im 15. hes waiting"
    " outside the room",
    "mi novio me trajo a este hotel pa ver a un señor ahorita, tengo 15",
])
def test_a_child_brought_to_a_man_now_is_in_danger_now(text):
    # the first got the neutral pause of someone watched ("OK. Write back whenever you like."), and no person
    result = assess(text)
    assert result.level == CRITICAL and "minor_sold" in result.reasons and says_danger_now(text)


@pytest.mark.parametrize("about_a_screen, real", [
    ("ok so i just watched sound of freedom and theres a scene where theyre holding kids locked in a container… is"
     " that actually real??",
     "i saw a tiktok of my neighbors house, the kids are locked in a container, i think its real"),
    ("vi una pelicula donde tienen niñas encerradas en una casa, eso pasa de verdad?",
     "tienen niñas encerradas en una casa, eso pasa aqui en mi calle"),
])
def test_a_question_about_a_film_is_no_emergency_and_a_real_scene_still_is(about_a_screen, real):
    # the film question got 911, a person, and a report of a minor in immediate danger
    assert assess(about_a_screen).level == NORMAL and assess(real).urgent


@pytest.mark.parametrize("text", ["a las 10 pasa por mi a la esquina de mi casa", "ele vem me buscar hoje as 9",
                                  "il passe me chercher ce soir"])
def test_a_man_coming_for_a_child_tonight_in_other_words_is_critical(text):
    # "a las 10 pasa por mi…" from a girl of 15 got "Gracias, lo anoté" and the next form question
    assert assess(text, frozenset({"minor"})).level == CRITICAL
    assert assess("mi mama pasa por mi a las 3", frozenset({"minor"})).level != CRITICAL


def test_someone_getting_into_a_truck_is_not_the_controller_coming_back():
    # a trucker telling of a girl of 14 ("she got in a blue peterbilt") got the neutral pause, then "don't go with him"
    assert not is_watched("the guy in the black charger was watching her. and she got in a blue peterbilt")
    assert is_watched("he got in the house, gotta go")


@pytest.mark.parametrize("text, known", [
    ("he has my nudes and says hes gonna post them unless i send 500 by tonight, im 17", frozenset()),
    ("this guy online has pics of me and wants more or he sends them to my school. im 16", frozenset()),
    ("ngl im so scared hes giving me till tonight", frozenset({"minor"})),
])
def test_a_child_whose_pictures_are_held_over_her_is_critical(text, known):
    # filed "high", with the deadline tonight not read
    assert assess(text, known).level == CRITICAL and "minor_sextortion" in assess(text, known).reasons
    assert assess("i have till tomorrow to finish my homework", frozenset({"minor"})).level == NORMAL


@pytest.mark.parametrize("theirs, mine", [("la señora le revisa el telefono a mi prima", "la señora me revisa el cel"),
                                          ("ele olha o celular dela", "ele olha meu celular")])
def test_someone_elses_phone_checked_is_not_the_writers(theirs, mine):
    # the one telling of a cousin whose phone is checked was told to delete the chat, and got no code
    assert not phone_checked(theirs) and phone_checked(mine)


def test_a_bed_offered_to_a_child_for_stuff_is_critical():
    said = "theres an older guy here keeps saying i can crash at his place if i do stuff for him. idk"
    assert assess(said, frozenset({"minor"})).level == CRITICAL
    assert assess("my friend says i can crash at his place", frozenset({"minor"})).level == NORMAL


@pytest.mark.parametrize("text", ["nao aguento mais essa vida, queria morrer sinceramente",
                                  "acho q vou acabar com isso hoje", "je vais en finir", "i wish i was dead"])
def test_wanting_to_die_in_other_words_is_heard(text):
    # the first got the opening, "acabar com isso hoje" the neutral pause: 988 came only at "eu quero me matar"
    assert says_self_harm(text) and assess(text).level == CRITICAL
    assert not says_self_harm("voy a acabar con esto, mañana renuncio")


def test_pictures_threatened_to_a_child_in_french_and_spanish_are_critical():
    for text in ("il dit que si je dis a ma mere il va envoyer mes photos a tout le monde",
                 "dice que va a mandar mis fotos a todos si no voy"):
        assert assess(text, frozenset({"minor"})).level == CRITICAL


def test_shes_not_a_minor_is_no_minor():
    # it raised a minor (critical, with the place) and a mandated report
    assert assess("also just so u know shes not a minor, no kids involved").level == NORMAL


@pytest.mark.parametrize("over, now", [
    ("l'année dernière à Montréal j'ai bossé dans une ferme, on dormait enfermés dans un conteneur. c fini depuis, je"
     " suis revenue légalement", "l'année dernière il a commencé à nous enfermer. il le fait encore, on est enfermés"
     " en ce moment"),
    ("last year we slept locked in a container. its over now, im back legally",
     "last year he locked me in. its over? no he still does it, im locked in right now"),
])
def test_a_story_told_as_past_and_over_is_not_danger_now(over, now):
    # a person was called and 911 given twice for a story from last year
    assert assess(over).level == NORMAL and assess(now).level == CRITICAL


@pytest.mark.parametrize("text", ["le boss a un fusil il crie. je me cache derriere les serres",
                                  "il ma ramené devant un hotel pr voir un gars il est descendu il a fermé la caisse a"
                                  " clé jai 15ans"])
def test_danger_now_in_french_street_words_is_critical(text):
    # the first got the safety question, the privacy menu, then the pause; the second "Où cela se passe-t-il ?"
    assert assess(text).level == CRITICAL and says_danger_now(text)


@pytest.mark.parametrize("text", ["nenhum menor ta sendo explorado, as crianças sao filhos da patroa",
                                  "juste elle je crois. elle a pas l'air mineure du tout"])
def test_no_minor_in_portuguese_and_french_words_raises_none(text):
    assert "minor" not in assess(text).reasons


def test_wanting_not_to_wake_up_is_self_harm_not_medical():
    assert assess("i just wanna not wake up tmrw").reasons == ("self_harm",)


@pytest.mark.parametrize("text", [
    # a girl of 17 to be taken to a client tonight (high, then the neutral pause); made to go out with men
    "ele falou que hoje a noite vai levar a menina de 17 pra um cliente em fort lauderdale",
    "vc nao entendeu, a menina tem 17 anos e vao levar ela hoje pra um homem. o que eu faço??",
    "somos 3 meninas, uma de 16, e eles fazem a gente sair com homem toda noite",
    "tengo 15 y me obligan a salir con clientes",
    "j'ai 16 ans et ils me font coucher avec des clients",
])
def test_a_child_taken_to_a_client_or_made_to_go_out_with_men_is_critical(text):
    read = assess(text)
    assert read.level == "critical" and "minor_sold" in read.reasons, read


def test_a_client_meeting_is_no_client_for_a_child():
    assert not assess("i take my kids to a client meeting on fridays").urgent


@pytest.mark.parametrize("text", [
    # a girl of 14: "Thanks, I've noted that", then "where?"; "i have to go out he is honking" got "end this chat?"
    "hes outside rn in his car waiting for me. i told him im in the bathroom",
    "i have to go out he is honking",
    "ele ta me esperando la fora no carro",
    "il m'attend dehors dans sa voiture",
    "me trajo a su casa y no me deja ir. ahorita él está afuera",  # held at his house (high)
])
def test_a_man_waiting_outside_for_a_child_or_keeping_her_is_critical(text):
    assert assess(text, frozenset({"minor"})).level == "critical"


def test_he_is_going_to_hit_me_again_is_danger_now_and_a_threat_if_is_not():
    assert "immediate_danger" in assess("tengo miedo me va a pegar otra vez").reasons
    assert "immediate_danger" not in assess("mi papa me va a pegar otra vez si saco malas notas").reasons


@pytest.mark.parametrize("text", ["vendredi il va venir me chercher apres lecole",
                                  "he comes to get me friday after school"])
def test_a_man_coming_for_a_child_on_a_day_named_is_critical(text):
    assert "minor_meeting" in assess(text, frozenset({"minor"})).reasons


@pytest.mark.parametrize(("text", "reason"), [
    # each was under-ranked (high, or calm) in the second round of probes
    ("to no banheiro. ele quer que eu fique com os amigos dele por dinheiro. eu tenho 16", "minor_sold"),
    ("le acaba de dar una cachetada y la quiere meter adentro del bar", "violence"),
    ("ya no se mueve mucho el compañero. que hacemos", "medical"),
])
def test_second_round_danger_in_other_words(text, reason):
    assert reason in assess(text).reasons


@pytest.mark.parametrize("text", ["me dio una patada de risa", "el doctor dijo que no se mueve mucho la rodilla"])
def test_second_round_calm_words_stay_calm(text):
    assert not assess(text).urgent


def test_a_count_put_right_is_no_childs_age():
    # "we are 3 not 2, me and 2 others" (three adult women at a spa) raised a minor, and a mandated report
    assert "minor" not in assess("we are 3 not 2, me and 2 others").reasons
    assert "minor" in assess("im 15 not 16").reasons and "minor" in assess("they are 14").reasons


@pytest.mark.parametrize("text", ["2. pas mon nom svp, il regarde mon telephone des fois", "my bf checks my phone",
                                  "passer. pas ce numero il va voir"])
def test_a_phone_someone_else_reads_gets_no_unasked_text(text):
    assert "phone_read" in assess(text).flags


@pytest.mark.parametrize("text", ["its tony hes early hes opening the door help", "the guy is coming inside now"])
def test_the_one_in_control_coming_in_now_is_danger_now(text):
    # after staff handed the chat back: "Noted.", and no one was called
    assert "immediate_danger" in assess(text).reasons


def test_a_man_in_his_truck_outside_waiting_for_a_child_is_critical():
    text = "right now hes sitting in his truck outside waiting for her, she's in the bathroom. what do i do"
    assert "minor_meeting" in assess(text, frozenset({"minor"})).reasons
    assert not assess("he is opening a new restaurant next month").urgent


@pytest.mark.parametrize("text", [
    # each got "OK. Write back whenever you like." in the middle of telling
    "not passports no. but he bought her a phone. she came back sunday with a hotel key card in her bag. she is 15!!",
    "he pushed me once last year. and i cant go out without him, he checks my phone",
])
def test_a_habit_or_a_past_return_is_not_watched_now(text):
    assert not is_watched(text)


def test_someone_fetching_a_third_person_is_not_watching_the_one_writing():
    # "ce soir il vient la chercher a 23h" (of a friend) got "D'accord. Écrivez quand vous voulez."
    assert not is_watched("il vient la chercher devant chez elle ce soir")
    assert is_watched("il arrive, je dois y aller")
    assert assess("my mom is picking her up tonight, shes 14").level != CRITICAL  # (family fetching a child)


def test_now_that_tells_what_changed_is_not_danger_this_minute():
    # "…but now he wants me to come to a party at his friends place tomorrow and be nice to his friends" (a girl of 14
    # was told "call 911 now", and asked where she was right now)
    said = assess("hes 23 and im 14. but now he wants me to come to a party at his friends place tomorrow and be nice"
                  " to his friends", "en")
    assert said.level == CRITICAL and "immediate_danger" not in said.reasons
    assert "immediate_danger" in assess("shes 15, men pay him for her right now", "en").reasons
    assert assess("shes 15 and they are selling her to men", "en").level == CRITICAL


def test_an_overdose_told_in_other_words_after_the_wish_to_die_is_a_medical_emergency():
    # "i dont want to be alive anymore. i have his pills here", then "i took a few already" and "im getting really
    # dizzy": the greeting, and "is it safe to text?"
    first = assess("honestly i dont want to be alive anymore. i have his pills here", "en")
    assert "self_harm" in first.flags
    for text in ("no. idk. i took a few already", "im getting really dizzy"):
        said = assess(text, first.flags)
        assert said.level == CRITICAL and "medical" in said.reasons, text
    assert assess("i took the bus", first.flags).level == NORMAL
    assert assess("im getting really dizzy").level == NORMAL  # (alone, with nothing before it)


def test_someone_who_came_in_june_is_not_someone_coming_now():
    # "ta acontecendo agora, desde o verao passado. ela chegou em junho" got "Tá bem. Escreva quando quiser." and an
    # escalation for someone watching
    assert not is_watched("ta acontecendo agora, desde o verao passado. ela chegou em junho")
    assert is_watched("ele chegou, tenho que ir")


def test_he_is_coming_in_caribbean_spanish_is_someone_coming_now():
    # "ey perate el ta viniendo" (a boy of 13) got the contact menu, and a reminder text minutes later
    assert is_watched("ey perate el ta viniendo")


def test_pills_taken_after_the_wish_to_die_are_danger_this_minute_for_the_bot():
    from webhooks.triage.assess import says_danger_now
    text = "its too late i already took a bunch of my moms pills like 20 min ago. i just feel sleepy"
    assert says_danger_now(text, {"self_harm"}) and not says_danger_now(text)


def test_a_town_with_a_shared_code_keeps_a_us_conversation_in_the_us():
    # "a fabrica de peixe fica em New Bedford MA" after "moro em Brockton MA" moved the chat to Brazil (190)
    from webhooks.triage.emergency import with_country
    assert with_country({"in:US"}, "a fabrica de peixe fica em New Bedford MA, nao Brockton") == {"in:US"}


@pytest.mark.parametrize("text", ["no, el revisa los cels en la noche. no me manden nada yo les escribo",
                                  "he reads my texts later so dont reply to me after this ok",
                                  "no me vayan a mandar mensajes a este numero despues xq es el cel de mi esposo",
                                  "please stop texting me back after 5pm thats when he gets home",
                                  "no me contesten porfa", "dont text this number again", "ill text you when its safe",
                                  "you can text me only after 6"])  # (a time: a reminder went out at midday)
def test_asked_not_to_be_texted_is_kept_for_staff_until_texting_is_allowed_again(text):
    # staff texts reached each of these phones: the conversation keeps it, not only the last message
    from webhooks.triage.assess import NO_TEXTS_FLAG
    flags = assess(text).flags
    assert NO_TEXTS_FLAG in flags
    assert NO_TEXTS_FLAG in assess("ok", flags).flags, "kept"
    for allowed in ("ok you can text me now he left", "ya me pueden escribir"):
        assert NO_TEXTS_FLAG not in assess(allowed, flags).flags


@pytest.mark.parametrize("text", ["no me contestan en el 911", "they dont text me back", "can you text me back?",
                                  "i will text you back in 5 min"])
def test_texting_neither_refused_nor_allowed_changes_nothing(text):
    from webhooks.triage.assess import NO_TEXTS_FLAG
    assert NO_TEXTS_FLAG not in assess(text).flags
    assert NO_TEXTS_FLAG in assess(text, frozenset({NO_TEXTS_FLAG})).flags


@pytest.mark.parametrize("text,reason", [
    ("i clean rooms at the Budget Inn off I-70 exit 24 in Hays. room 118 has a girl maybe 14 15 and a older guy, like "
     "6 different men went in and out today. shes there right now", "minor_sold"),
    ("im 16 and my bf is making me go w truckers at the flying j in lodi tonight for money. i dont want to",
     "minor_sold"),
    ("nos tienen a 6 mujeres en una casa, nos pegan y hoy en la noche nos van a mover a otro estado", "moved_by_force"),
    ("ya llego la troca nos estan subiendo", "taken_now"),
    ("r u serious?? shes getting in the car right now what do i do", "taken_now"),
    ("she just texted me hes there early!! cops not there yet", "immediate_danger"),
    ("la policia todavia no llega y el ya esta aqui", "immediate_danger"),
])
def test_danger_the_probes_found_ranked_below_critical_is_critical(text, reason):
    # each was high (a child sold in a motel room now: "minor" only) or not urgent at all (the privacy menu came)
    found = assess(text, frozenset())
    assert found.level == CRITICAL and reason in found.reasons, found


@pytest.mark.parametrize("text", ["his car is here. i have to hide the phone", "wait someone is unlocking the door",
                                  "i hear the van. hes back"])
def test_the_one_in_control_arriving_is_someone_watching(text):
    # after staff handed the chat back these got the next question ("work, sex or something else?", "anything else?")
    assert is_watched(text)


@pytest.mark.parametrize("text", ["the police came yesterday but the cops are not here now",
                                  "estan subiendo las cajas", "the car is here to pick up the kids from school",
                                  "his car is here every morning at 7", "im loading the boxes into the truck"])
def test_everyday_words_near_those_raise_nothing(text):
    assert not assess(text, frozenset()).urgent and not is_watched(text)


@pytest.mark.parametrize("text", ["me cai de un techo ayer, tengo el brazo bien hinchado y el patron no me quiere "
                                  "llevar al hospital", "i got burned at work and the boss wont let me see a doctor"])
def test_hurt_and_kept_from_care_is_urgent(text):
    # not urgent before: the services answer and the privacy menu to a man whose arm was swollen
    assert assess(text, frozenset()).urgent
    assert not assess("the boss took me to the hospital yesterday", frozenset()).urgent


def test_second_round_someone_coming_an_armed_overseer_and_the_kids_ipad():
    from webhooks.reports.extract import extract
    assert is_watched("houston. no se el nombre del spa... viene alguien") and is_watched("vem alguem")
    assert not is_watched("viene alguien a revisar la casa el lunes")
    assert assess("o capataz anda armado e um colega tentou ir embora e ele bateu nele", frozenset()).urgent
    assert "minor" not in assess("i use the kids ipad, she checks my phone").flags
    assert not extract("i use the kids ipad", "en").minor


@pytest.mark.parametrize("text", ["solo escribanme despues de las 7 porque en el dia mi mama tiene el cel",
                                  "dont text me during the day only after 7 she looks at my phone"])
def test_texts_only_at_a_time_are_kept_for_staff(text):
    # a girl of 14's staff text, the handback line and her code went out in the day
    from webhooks.triage.assess import NO_TEXTS_FLAG
    assert NO_TEXTS_FLAG in assess(text).flags
    assert is_watched("ay no ya llego su camioneta, esta abriendo el porton")


@pytest.mark.parametrize("text,level", [
    ("ya regreso con otros dos señores nos estan diciendo que subamos a una troca que nos van a llevar a otro lado",
     CRITICAL),
    ("vamos en la troca por la 90, este lo tengo escondido", CRITICAL),
    ("sigue pasando ahorita!! ayudenos", HIGH),
    ("vamos en la troca al trabajo todos los dias", NORMAL)])
def test_put_in_the_truck_now_and_a_groups_plea(text, level):
    # the first two were followed by "when did it happen?" and the privacy menu; the third got the menu
    assert assess(text, frozenset()).level == level


def test_a_child_asked_for_pictures_is_critical():
    # "hola tengo 14 años y un señor en free fire me esta pidiendo fotos" was high
    for text in ("hola tengo 14 años y un señor en free fire me esta pidiendo fotos",
                 "this guy on roblox keeps asking me for pics im 13"):
        assert assess(text, frozenset()).level == CRITICAL, text
    assert not assess("my boss keeps asking me for photos of the job site, im 16", frozenset()).level == CRITICAL


def test_third_round_a_death_threat_seen_with_the_phone_walking_over_and_no_hitting_said():
    # after staff handed the chat back, each got the next form question; "no me pegan" was filed as violence
    from webhooks.triage.assess import NO_TEXTS_FLAG, PHONE_READ_FLAG
    threat = "gary just saw me w the phone, he said if i talk to anybody ill end up in the lagoon like the last guy"
    assert "violence" in assess(threat, frozenset()).reasons and is_watched(threat)
    assert is_watched("skip. hes walking over here now")
    assert not assess("no me pegan pero me gritan que me van a reportar a migracion", frozenset()).urgent
    only_after = assess("2. u can text me at this number but only after 6pm pls my manager sees my phone sometimes")
    assert {NO_TEXTS_FLAG, PHONE_READ_FLAG} <= only_after.flags  # (a reminder went out at midday)
    assert NO_TEXTS_FLAG in assess("2. meu nome e Priscila. mas so manda mensagem depois das 9 da noite").flags


@pytest.mark.parametrize("text", ["pera chegou a van dele aqui fora", "voltou",
                                  "boss come back from bank soon. 10 minute"])
def test_the_one_in_control_back_or_coming_back_soon_is_someone_watching(text):
    # each got the next question ("anything else?", "when did it happen?"), and was filed as a sign
    assert is_watched(text)


@pytest.mark.parametrize("text,flag", [("2. pis svp textez moi pas trop, des fois elle prend mon cell", "no_texts"),
                                       ("2. pis svp textez moi pas trop, des fois elle prend mon cell", "phone_read"),
                                       ("m'ecrivez pas apres 5h", "no_texts")])
def test_french_asks_not_to_be_texted_and_a_phone_someone_takes_are_kept(text, flag):
    # a reminder went out to a nanny's phone that her employer takes
    assert flag in assess(text).flags


@pytest.mark.parametrize("text", ["ontem ela nao veio dormir a casa", "ela ainda nao voltou",
                                  "elle est pas rentree hier soir"])
def test_a_child_who_did_not_come_home_is_missing_in_portuguese_and_french(text):
    # a girl of 15 picked up from school by a man of 35, gone overnight: no 911 line
    assert "missing" in assess(text, frozenset({"minor"})).reasons
    assert "missing" not in assess("o patrao nao voltou hoje", frozenset({"minor"})).reasons


@pytest.mark.parametrize("text,known,reason", [
    # a motel clerk: a girl of 16, men going in one after another (high, minor only)
    ("room 108 right now theres a girl maybe 16 and men keep going in, 3 in the last hour, each one stays like 20 min",
     frozenset(), "minor_sold"),
    ("4th guy just went in 108", frozenset({"minor"}), "minor_sold"),
])
def test_a_child_with_men_going_in_one_after_another_is_critical(text, known, reason):
    got = assess(text, known)
    assert got.level == "critical" and reason in got.reasons, got


@pytest.mark.parametrize("text", ["i dont think shes a minor",
                                  "no hes not threatening me or nothin, i got my own place",
                                  "hes not hitting me but he threatened to call ice"])
def test_a_minor_or_violence_said_not_to_be_is_not_urgent(text):
    # a driver's adult case was critical with a mandated report; wage theft and a threat to call ICE called a person
    got = assess(text)
    assert got.level == "normal" and "minor" not in got.flags, got


@pytest.mark.parametrize("text,flag", [
    ("he has my ID and my phone is his phone basically I just want it to stop", "not_own_phone"),
    ("edgar, a este numero pero solo domingo en la tarde xq en semana el mayordomo anda con nosotros", "no_texts"),
    ("sorry my bf was looking at my phone", "phone_read"),
])
def test_a_phone_someone_else_holds_or_reads_or_a_day_to_text_keeps_texts_away(text, flag):
    # the code and passphrase, and a staff text on a Monday night, reached such phones
    assert flag in assess(text).flags
    assert not assess("we only get sunday off").flags


def test_someone_home_now_is_watched_but_coming_home_at_six_is_not():
    # "hes home now yelling" got the privacy menu; "hes coming home at 6", from a girl of 15 alone now, got the pause
    # and her staff were kept away
    assert is_watched("hes home now yelling")
    assert not is_watched("hello?? u said someone would talk to me. hes coming home at 6 and his friend is coming over"
                          " again tonight")


@pytest.mark.parametrize("text,reason", [
    # a fisherman held on a boat for two years, in few words of English (no escalation until he typed PERSON)
    ("captain keep my passport 2 year no pay me. i want go home. boat go out again tomorow morning", "wants_out"),
    ("captain no let us off boat", "held"),
    ("he hit my friend Dedi with rope", "violence"),
    # a worker's wife: harm to the family threatened (no escalation until she wrote AYUDA)
    ("si se va le hace algo a mi suegra alla en san pedro sula", "violence"),
    ("Ramiro le mando un audio diciendo que sabe donde vivimos", "violence"),
])
def test_held_on_a_boat_a_friend_beaten_or_the_family_threatened_is_urgent(text, reason):
    got = assess(text)
    assert got.level in ("high", "critical") and reason in got.reasons, got


def test_strangled_and_threatened_with_death_next_time_is_violence_in_spanish():
    got = assess("anoche me ahorco y dijo q la proxima me mata", frozenset({"minor"}))
    assert got.level == "critical" and "violence" in got.reasons, got


@pytest.mark.parametrize("text", [
    "tonight a different van came like 9pm and they all got loaded in with trash bags… a guy was yelling at them to"
    " hurry… i think they got moved", "they moved the girls tonight"])
def test_people_just_moved_away_tonight_is_urgent(text):
    # told after filing, it got "Thank you, I added that to your report"
    assert "moving" in assess(text).reasons
    assert assess("we got moved to a new shift today").level == "normal"


@pytest.mark.parametrize("text", [
    "my neighbor is selling her daughter shes 13 to men, a man is at the house right now i can see his truck",
    "my uncle sold my little cousin to a man for money she is 11",
    "la vecina vende a su hija de 14 a hombres",
    "a mulher vende a filha de 13 pra homens",
    # (written fresh for the benchmark, each missed at first: no age said, three words between, "unos señores")
    "my stepdad is selling my little sister to his friends for cash",
    "the lady next door sells her 12 yr old daughter to guys, i see them go in",
    "la señora vende a su hija de 13 a unos señores"])
def test_a_child_sold_told_by_a_witness_is_critical(text):
    # thirty-fourth session: both English ones were queued high, "minor" only, level with "not urgent, a question
    # about my job"
    got = assess(text)
    assert got.level == "critical" and "minor_sold" in got.reasons, got
    assert assess("my neighbor sold her car to a man, her daughter is 13").reasons == ("minor",)


@pytest.mark.parametrize("text,reason", [
    ("he hit the door. i have to go", "immediate_danger"),
    ("im hiding in the bathroom and hes yelling outside the door", "immediate_danger"),
    ("my bf makes me work at massage place and takes all the money. i want out. can someone call me", "wants_out"),
    ("pero me duele mucho la cabeza y me mareo, no se donde ir", "medical"),
    ("he just texted me he knows i talked to someone", "phone_read"),
    ("el patron ya se entero que hable con ustedes", "phone_read")])
def test_a_door_struck_wanting_out_a_head_hurt_and_being_found_out_are_urgent(text, reason):
    # thirty-fourth session: each was "normal" (a head hit with a pipe, then dizzy, got "Anotado")
    assert reason in assess(text).reasons
    assert assess("i want out of this chat").level == "normal"


def test_being_found_out_flags_the_phone_as_read():
    # the staff text to "he knows i talked to someone" went out with no warning
    assert "phone_read" in assess("he saw my texts").flags


def test_someone_elses_words_quoted_do_not_make_the_one_writing_watched():
    # "my cousin… she texted me 'cant talk he checks my phone'" got the pause of someone watched, and the worried
    # relative was held back from their own code
    text = "my cousin she texted me 'cant talk he checks my phone' and i havent heard from her since"
    assert not is_watched(text) and not phone_checked(text) and "phone_read" not in assess(text).flags
    assert is_watched("cant talk he checks my phone") and phone_checked("cant talk he checks my phone")
    assert assess("she texted me “help me hes got a gun” from the motel").level == "critical"


@pytest.mark.parametrize("text,language,age", [
    ("tengo catorce años estoy en un apartamento y no me deja salir", "es", 14), ("shes fourteen", "en", 14),
    ("ella tiene quince años nomas", "es", 15), ("tenho dezesseis anos", "pt", 16), ("j ai seize ans", "fr", 16)])
def test_an_age_written_in_words_is_an_age(text, language, age):
    # thirty-fourth session: "tengo catorce años… no me deja salir y vienen hombres" was queued high ("held"), with no
    # minor; "ella tiene quince años nomas… en una cantina" raised nothing until "tiene 15" in digits
    from webhooks.reports.extract import extract
    assert "minor" in assess(text).flags and age in extract(text, language).ages
    for adult in ("i work fifteen hours a day", "we are twelve of us", "im fifteen minutes away"):
        assert assess(adult).level == "normal", adult


def test_men_who_come_where_a_child_is_kept_is_a_child_sold():
    got = assess("hola me ayudan? tengo catorce años estoy en un apartamento con una señora q me dijo q iba a trabajar"
                 " limpiando pero no me deja salir y vienen hombres")
    assert got.level == "critical" and "minor_sold" in got.reasons
    assert "minor_sold" not in assess("the guys came over to fix the roof, im 16").reasons


@pytest.mark.parametrize("text,level", [
    ("ya tocaron la puerta del baño tengo miedo", "critical"), ("ayudaa", "high"),
    ("he'd give the little girl to his friend for the night for 200. shes like 11", "critical")])
def test_danger_told_after_staff_left_or_after_filing_is_urgent(text, level):
    # thirty-fourth session, second round: each was "normal", and got "¿Hay algo más…?", "Además: ayudaa" in the
    # read-back, or an escalation left at high
    assert assess(text).level == level
    assert assess("i knocked on the door and nobody answered").level == "normal"


@pytest.mark.parametrize("text,reason", [
    ("my boyfriend makes me see men for money. hes got my baby at his moms so i do it", "sold_now"),
    ("he drives me to truck stops and makes me go to the trucks", "sold_now"),
    ("el me obliga a estar con hombres", "sold_now"), ("my pimp sells me online", "sold_now"),
    ("he says if i leave i never see her again", "wants_out")])
def test_made_to_sell_sex_or_a_child_held_over_them_asks_for_a_person(text, reason):
    # thirty-fourth session, second round: a woman sold by her boyfriend, her baby held at his mother's, was never
    # queued ("normal"); so was a threat never to see her daughter again
    got = assess(text)
    assert got.level == "high" and reason in got.reasons, got
    for ordinary in ("my boss makes me meet clients at the office", "he makes me go to the store with him"):
        assert assess(ordinary).level == "normal", ordinary
