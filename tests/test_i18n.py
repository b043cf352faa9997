"""Every text exists in Danish and English, and the app falls back to Danish."""

import string

from frikommune.text import i18n


def test_every_key_has_both_languages_and_no_empty_text():
    for key, entry in i18n.TEXTS.items():
        assert set(entry) == set(i18n.LANGUAGES), key
        assert all(text.strip() for text in entry.values()), key


def test_both_languages_use_the_same_placeholders():
    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, entry in i18n.TEXTS.items():
        assert fields(entry["da"]) == fields(entry["en"]), key


def test_unknown_language_falls_back_to_danish():
    assert i18n.t("nav.overview", "fr") == "Overblik"
    assert i18n.t("nav.overview", "en") == "Overview"
