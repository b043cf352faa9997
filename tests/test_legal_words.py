"""The legal basis and the extension of every experiment read in English in English mode."""

import pandas as pd
import pytest

from frikommune.data.config import curated_dir
from frikommune.text import legal_words

CATALOGUE = pd.read_csv(curated_dir() / "experiments.csv", dtype=str)
PHRASES = sorted(set(CATALOGUE["legal_basis"].dropna()) | set(CATALOGUE["extension_basis"].dropna()))


def test_the_catalogue_has_legal_phrases_to_translate():
    assert len(PHRASES) >= 10


@pytest.mark.parametrize("danish", PHRASES)
def test_every_legal_phrase_in_the_catalogue_is_translated_in_full(danish):
    english = legal_words.legal_text(danish, "en")
    assert english != danish
    assert legal_words.fully_translated(danish), english


@pytest.mark.parametrize("danish", PHRASES)
def test_numbers_sections_and_dates_survive_translation(danish):
    english = legal_words.legal_text(danish, "en")
    for token in ("529", "1184", "831", "2018", "2019", "2022", "2023", "§§ 13", "§ 18", "§ 9d", "(000)", "(001"):
        assert (token in danish) == (token in english), token


def test_danish_mode_shows_the_catalogue_text_unchanged():
    assert legal_words.legal_text("Hjemles på bekendtgørelsesniveau", "da") == "Hjemles på bekendtgørelsesniveau"


def test_a_phrase_no_rule_covers_stays_danish_rather_than_half_translated():
    text = "Hjemles på bekendtgørelsesniveau; særlig aftale med styrelsen"
    assert not legal_words.fully_translated(text)
    assert legal_words.legal_text(text, "en") == text


def test_empty_and_missing_values_are_empty():
    assert legal_words.legal_text(None, "en") == "" and legal_words.legal_text(float("nan"), "en") == ""
