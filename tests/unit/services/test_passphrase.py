"""Passphrase strength: zxcvbn's judgement, with the words of our field counted as common."""

from __future__ import annotations

from app.services.passphrase import MAX_LENGTH, estimate


def test_empty_and_common_passphrases_are_very_weak():
    assert estimate("").score == 0 and estimate("").advice == ("empty",)
    weak = estimate("password")
    assert weak.score == 0 and "common" in weak.advice and "short" in weak.advice


def test_the_words_of_our_field_count_as_common():
    assert "common" in estimate("tibet2024").advice
    assert estimate("tibet2024").score <= 1
    assert "common" not in estimate("vbnr2024").advice  # the same shape without a field word


def test_few_words_get_advice_and_many_random_words_are_strong():
    assert "words" in estimate("blue sky").advice
    assert estimate("aaaaaaaaaaaaaaaaaaaa").score <= 1  # a repeat is not 20 characters of strength
    strong = estimate("lantern orchid gravel summit copper")
    assert strong.score == 4 and strong.advice == ()
    assert strong.bits > estimate("blue sky").bits


def test_the_estimate_sees_what_the_key_derivation_sees():
    # NFC: the composed and decomposed forms of the same text are the same passphrase
    assert estimate("Crème brûlée à Genève") == estimate("Cre\u0300me bru\u0302le\u0301e a\u0300 Gene\u0300ve")


def test_very_long_passphrases_are_judged_not_refused():
    long = "lantern orchid gravel summit copper " * 10
    assert len(long) > MAX_LENGTH
    assert estimate(long).score == 4
