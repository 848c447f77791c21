"""What a person wrote to staff, taken into the intake when staff hand the chat back."""
from bot.actions.intake import next_question
from bot.actions.told_staff import absorbed


def test_what_was_told_to_staff_is_not_asked_again_after_the_chat_comes_back():
    # "i already told the lady??" to "where?", after a release: the place, the others and a girl of 14 had been told
    slots = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", contact=None,
                 tip_what="its about my cousin shes 16 and this guy has her working at a massage place",
                 exploitation_type="SexualExploit", tip_facts={"ages": [16], "minor": True})
    told = ["ok thank god. its called Golden Lotus Spa on 4th street in Fresno, like 1420 N 4th st i think? theres "
            "like 5 other girls there too she said, one of them is maybe 14",
            "last nite around 11. the guy took her phone. shes not allowed out alone", "ok"]
    changes = absorbed(slots, told, "en")
    assert changes["tip_where"].startswith("its called Golden Lotus Spa") and "Fresno" in changes["tip_where"]
    assert changes["tip_facts"]["city"] == "Fresno" and changes["tip_facts"]["ages"] == [14, 16]
    assert "RestrictsMovement" in changes["tip_facts"]["means_of_control"]
    assert "the guy took her phone" in changes["tip_control"] and "not allowed out" in changes["tip_control"]
    assert "last nite around 11" in changes["tip_what"] and not changes["tip_what"].endswith("/ ok")
    assert next_question({**slots, **changes}) == "tip_more"


def test_nothing_told_to_staff_changes_nothing():
    slots = dict(safe_to_talk=True, tip_what="x", tip_facts={})
    assert absorbed(slots, ["ok", "thank you", "yes"], "en") == {}
