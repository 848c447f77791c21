

def test_a_name_said_as_moi_c_and_an_email_said_as_my_email_is_are_taken_out_whole():
    """ "moi c jade mais mettez pas mon nom" kept the name after "enlevez mon nom"; "my email is kaylab2004@gmail.com"
    left "kaylab" in the report."""
    from bot.actions.take_out import without_own_contact
    out = without_own_contact({"tip_what": "my name is Kayla Brooks, my email is kaylab2004@gmail.com. a guy"}, None,
                              "en")["tip_what"]
    assert "kaylab" not in out and "Kayla" not in out
    assert "jade" not in without_own_contact({"tip_more": "moi c jade mais mettez pas mon nom"}, None, "fr")["tip_more"]
