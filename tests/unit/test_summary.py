"""The read-back a person confirms before a tip is filed (bot/actions/summary.py): in their language, places
included."""
from bot.actions.summary import VENUES, _with_city, summary
from webhooks.reports.lexicon import VENUES as EXTRACTED_VENUES

SAME_WORD = {"es": {"motel", "hotel", "cantina", "bar"}, "fr": {"motel", "restaurant", "cantina", "bar"},
             "pt": {"motel", "hotel", "cantina", "bar"}}


def test_a_spanish_read_back_names_the_place_in_spanish():
    slots = {"tip_what": "el dueño no nos deja salir", "tip_facts": {"venue": "restaurant", "city": "Houston",
                                                                     "state": "TX"}}
    text = summary(slots, "es")
    assert "Dónde: restaurante, Houston, TX" in text and "restaurant," not in text
    assert "casa particular" in summary({"tip_facts": {"venue": "private home"}}, "es")
    assert "Where: private home" in summary({"tip_facts": {"venue": "private home"}}, "en")


def test_every_place_the_extractor_names_has_a_word_in_each_language_the_bot_speaks():
    for language, table in VENUES.items():
        for venue, _ in EXTRACTED_VENUES:
            assert venue in table or venue in SAME_WORD[language], (language, venue)


def test_the_contact_the_team_may_use_is_read_back_only_when_the_person_chose_to_be_reached():
    slots = {"tip_what": "x", "privacy_level": "share", "contact": "Me pueden llamar al 713 555 0199"}
    assert "Contacto: Me pueden llamar al 713 555 0199" in summary(slots, "es")
    assert "Contact: this number" in summary({**slots, "contact": "this number"}, "en")
    assert "Contato: este número" in summary({**slots, "contact": "this number"}, "pt")
    # with the safe time they gave, in their words
    said = "this number: a este número pero solo después de las 9"
    assert "Contacto: a este número pero solo después de las 9" in summary({**slots, "contact": said}, "es")
    assert "Contact" not in summary({**slots, "privacy_level": "anonymous"}, "en")


def test_a_city_told_to_another_question_is_read_back_with_the_place_as_told():
    facts = {"city": "Plano", "state": "TX", "venue": "nail salon"}
    assert "Where: nail salon, Plano, TX" in summary({"tip_where": "nail salon", "tip_facts": facts}, "en")
    # the state the city is in, when the words do not say it
    assert "Dónde: en Plano, TX\n" in summary({"tip_where": "en Plano", "tip_facts": facts, "tip_when": "x"}, "es")
    assert "Where: Plano, TX\n" in summary({"tip_where": "plano texas", "tip_facts": facts, "tip_when": "x"}, "en")


def test_where_people_came_from_is_not_read_back_as_the_place():
    facts = {"venue": "private home", "city": "Houston", "state": "TX", "country": "HN"}  # "muchachas de Honduras"
    assert "Dónde: casa particular, Houston, TX\n" in summary({"tip_facts": facts, "tip_when": "x"}, "es")


def test_a_place_abroad_is_read_back_by_its_name_in_the_persons_language():
    facts = {"venue": "farm", "country": "MX"}
    assert "Dónde: rancho o granja, México\n" in summary({"tip_facts": facts, "tip_when": "x"}, "es")
    elsewhere = {"tip_facts": {**facts, "country": "DO"}, "tip_when": "x"}
    assert "Where: farm, the Dominican Republic\n" in summary(elsewhere, "en")


def test_the_state_of_a_city_told_without_it_is_read_back_beside_the_city():
    facts = {"city": "Tampa", "state": "FL"}
    assert "Where: Tampa, FL, on Dale Mabry\n" in summary({"tip_where": "Tampa, on Dale Mabry", "tip_facts": facts,
                                                          "tip_when": "x"}, "en")


def test_how_many_people_is_read_back_with_women_or_men_when_told():
    assert "Quiénes: 30 mujeres, puede haber menores de 18" in summary(
        {"tip_facts": {"people_count": 30, "gender": "female", "minor": True}}, "es")
    assert "Who: 3 people" in summary({"tip_facts": {"people_count": 3, "gender": "mixed"}}, "en")


def test_one_age_is_read_back_as_one():
    assert "Quiénes: edad 50" in summary({"tip_facts": {"ages": [50]}, "tip_when": "x"}, "es")
    assert "Who: ages 16, 17" in summary({"tip_facts": {"ages": [16, 17]}, "tip_when": "x"}, "en")


def test_a_short_name_of_the_city_is_read_back_as_the_city():
    # "vegas" was read back as "vegas, Las Vegas, NV"
    assert _with_city("vegas", {"city": "Las Vegas", "state": "NV"}) == "Las Vegas, NV"
    # "la" (the city told elsewhere) and "in LA" were read back as "la, Los Angeles, CA"
    assert _with_city("la", {"city": "Los Angeles", "state": "CA"}) == "Los Angeles, CA"
    assert _with_city("in LA", {"city": "Los Angeles", "state": "CA"}) == "Los Angeles, CA"
    assert _with_city("philly", {"city": "Philadelphia", "state": "PA"}) == "Philadelphia, PA"
    assert _with_city("a nail salon", {"city": "Plano", "state": "TX"}) == "a nail salon, Plano, TX"
    assert _with_city("nail salon", {"city": "Plano", "state": "TX"}) == "nail salon, Plano, TX"


def test_one_person_is_not_one_people():
    assert "Who: 1 person" in summary({"tip_what": "x", "tip_facts": {"people_count": 1}}, "en")  # it read "1 people"
    assert "Quiénes: 1 persona" in summary({"tip_what": "x", "tip_facts": {"people_count": 1, "gender": "female"}},
                                           "es")


def test_a_long_answer_is_read_back_by_its_beginning_and_its_end():
    told = ("so basically there is this house on my street where a lot of young women live, like 6 or 7 of them, and "
            "a man drives them somewhere every night in a white van and brings them back in the morning, and "
            "they took my passport")
    what = summary({"tip_what": told}, "en").splitlines()[0]
    assert what.startswith("What: so basically there is this house") and what.endswith("and they took my passport")
    assert " … " in what and len(what) <= len("What: ") + 145  # short enough for the read-back, cut between words
    assert summary({"tip_what": "they took my passport"}, "en").splitlines()[0] == "What: they took my passport"


def test_the_state_told_after_the_city_is_read_back_once():
    from bot.actions.summary import _with_city
    # "San Jose, CA, ca", "Immokalee, FL florida" were read back
    for told, city, state, read in (("san jose ca", "San Jose", "CA", "San Jose, CA"),
                                    ("boston ma, chinatown", "Boston", "MA", "Boston, MA, chinatown"),
                                    ("immokalee florida", "Immokalee", "FL", "Immokalee, FL"),
                                    ("dayton ohio", "Dayton", "OH", "Dayton, OH")):
        assert _with_city(told, {"city": city, "state": state}) == read
    assert _with_city("indianapolis in the east side", {"city": "Indianapolis", "state": "IN"}).startswith(
        "Indianapolis, IN in the east")  # "in" going on is not Indiana said twice


def test_an_answer_to_the_signs_question_naming_no_sign_is_read_back_beside_the_signs():
    told = "a man picks them up in a van every morning"
    read = summary({"tip_control": told, "tip_facts": {"means_of_control": ["ExcessiveWorkingHours"]}}, "en")
    assert read.startswith("Signs: ") and told in read, read  # it read "Signs: very long hours" alone
    named = summary({"tip_control": "they took her passport",
                     "tip_facts": {"means_of_control": ["WithholdsDocuments"]}}, "en")
    assert "they took her passport" not in named  # a sign named is read back as the sign


def test_a_stated_minor_age_is_not_read_back_as_may_include_and_french_puts_a_space_before_the_colon():
    # "Qui: âge 15, peut-être des mineurs" (she is 15: "peut-être" is wrong), and "Quoi:" without the French space
    read = summary({"tip_what": "une fille travaille au bar", "tip_facts": {"ages": [15], "minor": True,
                                                                           "people_count": 1}}, "fr")
    assert "Qui : 1 personne, âge 15" in read and "peut-être" not in read and "Quoi : une fille" in read
    assert "may include" in summary({"tip_facts": {"minor": True, "people_count": 3}}, "en")


def test_a_count_said_as_a_range_is_read_back_as_a_range():
    # "3 or 4 girls" was read back as "Who: 4 women": a number the person never said
    assert "Who: 3–4 women" in summary({"tip_facts": {"people_count": 4, "people_min": 3, "gender": "female"}}, "en")
    assert "Quiénes: 20–30 personas" in summary({"tip_facts": {"people_count": 30, "people_min": 20}}, "es")


def test_a_girl_of_17_among_women_is_read_back_as_women_and_girls():
    # twenty-eighth session: "Who: 5 women, ages 17, 23" counted a girl of 17 as a woman
    assert "Who: 5 women and girls, ages 17, 23" in summary(
        {"tip_facts": {"people_count": 5, "gender": "female", "ages": [17, 23], "minor": True}}, "en")
    assert "Quiénes: 4 hombres, edades 20, 30" in summary(
        {"tip_facts": {"people_count": 4, "gender": "male", "ages": [20, 30]}}, "es")


def test_the_street_the_story_names_is_read_back_and_filed_when_where_was_never_asked():
    # "its these women at Lucky Star Nails on Elm st in Dayton" was read back and filed as "nail salon, Dayton, OH"
    # (the report's place empty), and the person had to write it again
    from bot.actions.intake import place_in_story
    slots = {"tip_what": "someone else, its these women at Lucky Star Nails on Elm st in Dayton. i see them at 8am",
             "tip_facts": {"venue": "nail salon", "city": "Dayton", "state": "OH"}}
    assert "Where: Lucky Star Nails on Elm st, nail salon, Dayton, OH" in summary(slots, "en")
    assert place_in_story(slots) == "Lucky Star Nails on Elm st"
    assert place_in_story({**slots, "tip_where": "2210 Elm Ave"}) is None, "a place told to 'where?' is the place"


def test_a_story_told_all_at_once_is_not_read_back_three_times():
    # thirty-fourth session: the message that told where, who and when at once was read back as What, When and Who
    told = ("its Lucky Nails on main st in dayton, like 4 or 5 asian girls, they look maybe 17-19?? the owner guy"
            " drives them in a white van every morning and picks them up at 10pm")
    slots = dict(tip_what="i think somethings off at the nail place near my apt / " + told, tip_when=told, tip_who=told,
                 tip_facts={"people_count": 5, "people_min": 4, "ages": [17, 19], "minor": True, "gender": "female",
                            "city": "Dayton", "state": "OH", "ongoing": True})
    lines = summary(slots, "en").splitlines()
    assert "When: still going on" in lines and "Who: 4–5 women and girls, ages 17, 19" in lines, lines
    assert "Where: Lucky Nails on main st, Dayton, OH" in lines, "the business named before its street"
    assert sum("10pm" in line for line in lines) == 1, "the message read back once, in What"
    # a When told as its own short answer is still read back as told
    assert "When: since march" in summary({**slots, "tip_when": "since march"}, "en").splitlines()
