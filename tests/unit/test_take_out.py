"""Taking the person's own name and contact details out of what they told (bot/actions/take_out.py)."""
def test_a_name_said_as_moi_c_and_an_email_said_as_my_email_is_are_taken_out_whole():
    """ "moi c jade mais mettez pas mon nom" kept the name after "enlevez mon nom"; "my email is kaylab2004@gmail.com"
    left "kaylab" in the report."""
    from bot.actions.take_out import without_own_contact
    out = without_own_contact({"tip_what": "my name is Kayla Brooks, my email is kaylab2004@gmail.com. a guy"}, None,
                              "en")["tip_what"]
    assert "kaylab" not in out and "Kayla" not in out
    assert "jade" not in without_own_contact({"tip_more": "moi c jade mais mettez pas mon nom"}, None, "fr")["tip_more"]


def test_a_hyphenated_name_taken_out_leaves_the_town_that_shares_a_word_with_it():
    """ "Jean-Baptiste" taken out left "saint-(nom retiré)-sur-richelieu" in the narrative and the place."""
    from bot.actions.take_out import without_own_contact
    told = {"tip_what": "je m'appelle Wilner Jean-Baptiste, je travaille a saint-jean-sur-richelieu"}
    out = without_own_contact(told, None, "fr")["tip_what"]
    assert "saint-jean-sur-richelieu" in out and "Wilner" not in out and "Baptiste" not in out, out


def test_the_name_of_a_thing_is_its_proper_name_not_the_word():
    # "tira o nome do barco" took out the word "barco" everywhere, and "Santa Rita" stayed
    from bot.actions.take_out import name_in
    fields = {"tip_what": "tem 6 homens trabalhando num barco de pesca, o Santa Rita, em New Bedford"}
    assert name_in("tira o nome do barco", fields) == "Santa Rita"
