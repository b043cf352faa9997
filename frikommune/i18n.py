"""User-facing text in Danish (default) and English. Every key must exist in both languages (a test checks)."""

from __future__ import annotations

LANGUAGES = ("da", "en")
DEFAULT_LANG = "da"

TEXTS: dict[str, dict[str, str]] = {
    "app.title": {"da": "Frikommuneforsøg II – Nordjylland", "en": "Free-municipality experiments II – North Jutland"},
    "app.language": {"da": "Sprog", "en": "Language"},
    "app.data_version": {"da": "Dataversion", "en": "Data version"},
    "app.uploaded_batches": {"da": "Uploadede bølger", "en": "Uploaded waves"},
    "app.footer": {
        "da": "Kilde: Evaluering af Frikommuneforsøg II (Bilagsmappe 2, 2020) og tilhørende dokumenter. "
              "Hvert tal kan spores til dokument, linje og citat under »Kilder og metode«.",
        "en": "Source: Evaluation of Free-municipality experiments II (Annex folder 2, 2020) and related documents. "
              "Every number can be traced to document, line and quote under »Sources and method«.",
    },
    "nav.overview": {"da": "Overblik", "en": "Overview"},
    "nav.experiments": {"da": "Forsøg", "en": "Experiments"},
    "nav.municipalities": {"da": "Kommuner", "en": "Municipalities"},
    "nav.uptake": {"da": "Udbredelse", "en": "Uptake"},
    "nav.durations": {"da": "Sagsvarighed", "en": "Case durations"},
    "nav.savings": {"da": "Besparelser", "en": "Savings"},
    "nav.satisfaction": {"da": "Tilfredshed", "en": "Satisfaction"},
    "nav.compare": {"da": "Sammenlign", "en": "Compare"},
    "nav.upload": {"da": "Upload", "en": "Upload"},
    "nav.sources": {"da": "Kilder og metode", "en": "Sources and method"},
    "overview.title": {"da": "Frikommuneforsøg II i Nordjylland", "en": "Free-municipality experiments II in North Jutland"},
    "overview.intro": {
        "da": "De 11 nordjyske kommuner afprøvede 2016–2020 færre proceskrav og nye indsatser i beskæftigelsesindsatsen. "
              "Her er de vigtigste resultater – hvert tal med sin kilde.",
        "en": "From 2016 to 2020 the 11 North Jutland municipalities tried fewer process rules and new measures in "
              "employment policy. These are the main results – every number with its source.",
    },
    "overview.headlines": {"da": "Nøgletal", "en": "Key figures"},
    "overview.themes": {"da": "De fire temaer", "en": "The four themes"},
    "overview.saving_chart_title": {
        "da": "Besparelse på lægeattester pr. forsøg",
        "en": "Saving on medical certificates per experiment",
    },
    "common.source": {"da": "Kilde", "en": "Source"},
    "common.line": {"da": "linje", "en": "line"},
    "common.definition": {"da": "Definition", "en": "Definition"},
    "common.show_table": {"da": "Vis tabel", "en": "Show table"},
    "common.download_csv": {"da": "Hent CSV", "en": "Download CSV"},
    "common.download_xlsx": {"da": "Hent Excel", "en": "Download Excel"},
    "common.no_data": {
        "da": "Rapporten har ingen tal for dette valg.",
        "en": "The report has no figures for this selection.",
    },
    "common.network": {"da": "Netværket", "en": "The network"},
}


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for ``key`` in ``lang`` (Danish if the language is unknown), with ``{name}`` fields filled in."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**values) if values else text
