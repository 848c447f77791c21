import pytest

from webhooks.crypto import Encryptor, keyed_hash, new_fernet_key


def test_keyed_hash_is_stable_per_secret_and_reveals_nothing():
    a = keyed_hash("secret-one", "sms:+15551234567")
    assert a == keyed_hash("secret-one", "sms:+15551234567")
    assert a != keyed_hash("secret-two", "sms:+15551234567")
    assert a != keyed_hash("secret-one", "sms:+15551234568")
    assert "5551234567" not in a


def test_rotation_keeps_old_ciphertexts_readable_and_rewrites_them_under_the_new_key():
    old, new = new_fernet_key(), new_fernet_key()
    before = Encryptor([old]).encrypt("they took my passport ñ ¿ 😢")
    both = Encryptor([new, old])
    assert both.decrypt(before) == "they took my passport ñ ¿ 😢"
    rotated = both.rotate(before)
    assert Encryptor([new]).decrypt(rotated) == "they took my passport ñ ¿ 😢"
    with pytest.raises(ValueError):
        Encryptor([new]).decrypt(before)


def test_without_keys_only_a_development_secret_may_stand_in():
    with pytest.raises(ValueError):
        Encryptor([], fallback_secret=None)
    enc = Encryptor([], fallback_secret="dev secret")
    assert enc.decrypt(enc.encrypt("x")) == "x"
