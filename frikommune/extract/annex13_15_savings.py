"""Bilag 13 – Tværgående besparelse på lægeattester (003_*.txt, the section after the Bilag 12 interviews).

Four experiments let the municipalities skip a mandatory medical certificate; the section states, per
experiment, how often the exemption was used, the certificate's price and the resulting saving, and a
total of ca. 12,2 mio. kr. The figures sit in running text, one paragraph per experiment, so each fact is
written out by hand with the sentence fragment that prints it. The arithmetic is checked in
``source_issues()`` (and in the tests) against the price list of Bilag 15.c and the management supervision of
Bilag 15.b.
"""

from __future__ import annotations

from frikommune import vocabulary
from frikommune.extract.annex13_15_common import DOC, anchor
from frikommune.extract.common import Fact, Series, SourceIssue, fact
from frikommune.extract.seed_text import (
    heading,
    line_text,
)

R2_03 = "r2-03-laegeattester-sygedagpenge"
R2_01 = "r2-01-rehabiliteringsteams"
R3_01 = "r3-01-revalidering"
R3_08 = "r3-08-ressourceforloeb-forlaengelse"

# Periods as the paragraphs state them: r2-03 "(2018-19)"; r2-01 "siden starten af 2018 og frem til januar
# 2020"; r3-01 and r3-08 "siden 1. juli 2018" up to the report's "pr. medio 2020".
P_R2_03 = "2018-2019"
P_R2_01 = "2018-01-2020-01"
P_SINCE_JULY_2018 = "2018H2-2020H1"
P_TOTAL = "pr. medio 2020"

# Every figure of Bilag 13 is printed in running text, one statement per experiment and step.
SOURCE = "Bilag 13, tekst"


def _series(label_da: str, label_en: str, instrument: str = "", statistic: str = "") -> Series:
    return Series(SOURCE, label_da, label_en, instrument=instrument, statistic=statistic)


def section_start() -> int:
    return heading(DOC, "Bilag 13– Tværgående besparelse på lægeattester")


def _lines() -> dict[str, int]:
    """The paragraph lines of Bilag 13, anchored on their own wording (not on absolute numbers)."""
    s = section_start()
    end = heading(DOC, "Bilag 14 - Færre proceskrav – i samtale og borgermødet", s)
    return {
        "total": anchor("samlet set sparet ca. 12,2 mio. kr.", s, end),
        "r2_03": anchor("Fritagelsen for at indhente LÆ285 er anvendt", s, end),
        "r2_01": anchor("mulighederne for fritagelse for indhentning af LÆ265 samlet set er anvendt", s, end),
        "r3_01": anchor("På baggrund af ledelsestilsyn foretaget i", s, end),
        "r3_08": anchor("Forsøgets bestemmelser er anvendt", s, end),
    }


def _stated(line: int, quote: str, series: Series, **kw) -> Fact:
    """A fact of Bilag 13 as its paragraph (on ``line``) prints it."""
    return fact(DOC, line, quote, series=series, **kw)


def _total() -> list[Fact]:
    """The network-wide total of the four experiments (Sammenfatning)."""
    # The network-wide total (Sammenfatning). '12,2 mio.' parses to both 12.2 and 12200000: value explicit.
    line = _lines()["total"]
    return [
        _stated(
            line,
            "samlet set sparet ca. 12,2 mio. kr. (2020-satser)",
            _series("Samlet besparelse på lægeattester", "Total saving on medical certificates", statistic="total"),
            experiment=vocabulary.ALL_EXPERIMENTS,
            measure="cert_saving_total_dkk",
            unit="dkk",
            value=12_200_000,
            period=P_TOTAL,
            note="Samlet besparelse på lægeattester i de fire forsøg, ca. (2020-satser)",
        ),
    ]


def _r2_03_lae285() -> list[Fact]:
    """r2-03: exemptions from LÆ285, its price, the gross saving, the cost of other documentation, the net saving."""
    # r2-03 Differentiering i valg af lægeattester (LÆ285): the only experiment where the source deducts the
    # cost of the documentation obtained instead, so it has gross, other-documentation cost and net.
    line = _lines()["r2_03"]
    lae285 = dict(experiment=R2_03, group="LÆ285")
    return [
        _stated(
            line,
            "I langt de fleste tilfælde (87%)",
            _series("Anden dokumentation i stedet for LÆ285", "Other documentation instead of LÆ285", "LÆ285", "share"),
            measure="cert_other_docs_share_pct",
            unit="pct",
            value=87,
            period=P_R2_03,
            note="Andel hvor der i stedet for LÆ285 er indhentet journaloplysninger fra sygehus, statusattest "
            "eller begge",
            **lae285,
        ),
        _stated(
            line,
            "Fritagelsen for at indhente LÆ285 er anvendt 5.547 gange",
            _series("Fritagelser for LÆ285", "Exemptions from LÆ285", "LÆ285", "count"),
            measure="cert_exemptions_n",
            unit="count",
            value=5547,
            period=P_R2_03,
            note="Antal gange fritagelsen for LÆ285 er anvendt",
            **lae285,
        ),
        _stated(
            line,
            "En LÆ285 koster 1.120 kr. (2020)",
            _series("Pris for én LÆ285", "Price of one LÆ285", "LÆ285"),
            measure="cert_price_dkk",
            unit="dkk",
            value=1120,
            period="2020",
            note="Pris for én LÆ285 (2020)",
            **lae285,
        ),
        _stated(
            line,
            "hvilket giver en besparelse på ca. 6,2 mio. kr.",
            _series("Bruttobesparelse, LÆ285", "Gross saving, LÆ285", "LÆ285", "total"),
            measure="cert_saving_gross_dkk",
            unit="dkk",
            value=6_200_000,
            period=P_R2_03,
            note="5.547 gange x 1.120 kr., ca.; før fradrag af anden dokumentation",
            **lae285,
        ),
        _stated(
            line,
            "de ca. 1,4 mio. kr., som er udgiften til anden indhentet dokumentation",
            _series("Udgift til anden dokumentation", "Cost of other documentation", "LÆ285", "total"),
            measure="cert_other_docs_cost_dkk",
            unit="dkk",
            value=1_400_000,
            period=P_R2_03,
            note="Udgift til anden indhentet dokumentation, ca.",
            **lae285,
        ),
        _stated(
            line,
            "nettobesparelse på ca. 4,8 mio. kr. i forsøgsperioden (2018-19)",
            _series("Nettobesparelse, LÆ285", "Net saving, LÆ285", "LÆ285", "total"),
            measure="cert_saving_net_dkk",
            unit="dkk",
            value=4_800_000,
            period=P_R2_03,
            note="Bruttobesparelse minus anden dokumentation, ca.",
            **lae285,
        ),
    ]


def _r2_01_lae265() -> list[Fact]:
    """r2-01: exemptions from LÆ265 in the rehabilitation team, its price and the saving."""
    # r2-01 Rehabiliteringsteams (LÆ265): the source states one saving and deducts nothing, so the printed
    # 7,1 mio. is the experiment's net contribution to the 12,2 mio. (recorded once, as net).
    line = _lines()["r2_01"]
    lae265 = dict(experiment=R2_01, group="LÆ265")
    return [
        _stated(
            line,
            "samlet set er anvendt 4.092 gange",
            _series("Fritagelser for LÆ265", "Exemptions from LÆ265", "LÆ265", "count"),
            measure="cert_exemptions_n",
            unit="count",
            value=4092,
            period=P_R2_01,
            note="Antal gange fritagelsen for LÆ265 er anvendt (starten af 2018 til januar 2020)",
            **lae265,
        ),
        _stated(
            line,
            "prisen for at få udarbejdet en LÆ265 er 1.742 kr. (2020)",
            _series("Pris for én LÆ265", "Price of one LÆ265", "LÆ265"),
            measure="cert_price_dkk",
            unit="dkk",
            value=1742,
            period="2020",
            note="Pris for én LÆ265 (2020)",
            **lae265,
        ),
        _stated(
            line,
            "samlet set sparet ca. 7,1 mio. kr.",
            _series("Nettobesparelse, LÆ265", "Net saving, LÆ265", "LÆ265", "total"),
            measure="cert_saving_net_dkk",
            unit="dkk",
            value=7_100_000,
            period=P_R2_01,
            note="4.092 gange x 1.742 kr., ca.; kilden trækker ingen udgift til anden dokumentation fra",
            **lae265,
        ),
    ]


def _r3_01_revalidering() -> list[Fact]:
    """r3-01: the cases reviewed by management, the share exempted from LÆ265 and the estimated saving."""
    # r3-01 Revalidering: the saving is estimated from management supervision of 155 of 239 cases.
    line = _lines()["r3_01"]
    lae265 = dict(experiment=R3_01, group="LÆ265", period=P_SINCE_JULY_2018)
    return [
        _stated(
            line,
            "ledelsestilsyn foretaget i 155 af 239 sager",
            _series("Sager gennemgået i ledelsestilsyn", "Cases reviewed by management", "LÆ265", "count"),
            measure="cert_cases_reviewed_n",
            unit="count",
            value=155,
            note="Revalideringssager gennemgået i ledelsestilsyn",
            **lae265,
        ),
        _stated(
            line,
            "ledelsestilsyn foretaget i 155 af 239 sager",
            _series("Revalideringssager i alt", "Rehabilitation cases in total", "LÆ265", "total"),
            measure="cert_cases_total_n",
            unit="count",
            value=239,
            note="Revalideringssager i alt",
            **lae265,
        ),
        _stated(
            line,
            "LÆ265 til 1.742 kr. (2020)",
            _series("Pris for én LÆ265", "Price of one LÆ265", "LÆ265"),
            measure="cert_price_dkk",
            unit="dkk",
            value=1742,
            note="Pris for én LÆ265 (2020)",
            experiment=R3_01,
            group="LÆ265",
            period="2020",
        ),
        _stated(
            line,
            "anvendt i ca. 54% af sagerne",
            _series("Andel sager fritaget for LÆ265", "Share of cases exempted from LÆ265", "LÆ265", "share"),
            measure="cert_exemption_share_pct",
            unit="pct",
            value=54,
            note="Andel af sagerne hvor fritagelsen for LÆ265 er anvendt, ca. (ledelsestilsyn i 155 af 239 sager)",
            **lae265,
        ),
        _stated(
            line,
            "Det svarer til 129 sager",
            _series("Sager fritaget for LÆ265 (estimat)", "Cases exempted from LÆ265 (estimate)", "LÆ265", "estimate"),
            measure="cert_exemptions_n",
            unit="count",
            value=129,
            note="Sager hvor fritagelsen for LÆ265 er anvendt (estimeret for alle 239 sager)",
            **lae265,
        ),
        _stated(
            line,
            "samlet estimeres at have sparet ca. 225.000 kr.",
            _series("Nettobesparelse, LÆ265", "Net saving, LÆ265", "LÆ265", "total"),
            measure="cert_saving_net_dkk",
            unit="dkk",
            value=225_000,
            note="129 sager x 1.742 kr., ca.; ingen fradrag for anden dokumentation",
            **lae265,
        ),
    ]


def _r3_08_ressourceforloeb() -> list[Fact]:
    """r3-08: extensions without the rehabilitation team and the certificate saved as a side effect."""
    # r3-08 Forlængelse af ressourceforløb: the saving is a side effect (no rehabiliteringsteam meeting, hence
    # no certificate). The paragraph names no certificate type or price; the group says LÆ265 because that is
    # the certificate a rehabiliteringsteam case needs (Bilag 13, paragraph on revalidering), see the issue.
    # The series leaves the instrument empty: the source does not name it.
    line = _lines()["r3_08"]
    r308 = dict(experiment=R3_08, group="LÆ265", period=P_SINCE_JULY_2018)
    return [
        _stated(
            line,
            "Forsøgets bestemmelser er anvendt 15 gange",
            _series("Forlængelser uden rehabiliteringsteam", "Extensions without the rehab team", statistic="count"),
            measure="cert_exemptions_n",
            unit="count",
            value=15,
            note="Gange forsøgets bestemmelser er anvendt (sag ikke forelagt rehabiliteringsteamet); "
            "attesttypen er ikke nævnt i kilden",
            **r308,
        ),
        _stated(
            line,
            "besparelse på ca. 26.000 kr.",
            _series("Sparet lægeattest (sidegevinst)", "Certificate saved (side effect)", statistic="total"),
            measure="cert_saving_net_dkk",
            unit="dkk",
            value=26_000,
            note="Sidegevinst: ingen udgift til lægeattest; kilden nævner hverken attesttype eller pris",
            **r308,
        ),
    ]


def facts() -> list[Fact]:
    """Every figure of Bilag 13: the total, then each experiment's paragraph in the order the section prints them."""
    return [*_total(), *_r2_03_lae285(), *_r2_01_lae265(), *_r3_01_revalidering(), *_r3_08_ressourceforloeb()]


def _printed(key: str, text: str) -> None:
    """Guard: an issue below describes a figure; fail loudly if the source line no longer prints it."""
    if text not in line_text(DOC, _lines()[key]):
        raise ValueError(f"Bilag 13 {key}: {text!r} no longer on its line")


def source_issues(
    price_lines: dict[str, int], reval_lines: dict[str, int], rehab_lines: dict[str, int]
) -> list[SourceIssue]:
    """Arithmetic and cross-checks of Bilag 13 against Bilag 15 (line numbers of 15.a-c passed in)."""
    ln = _lines()
    for key, text in (
        ("r2_03", "5.547"),
        ("r2_03", "1.120"),
        ("r2_03", "6,2 mio"),
        ("r2_01", "4.092"),
        ("r2_01", "7,1 mio"),
        ("r3_01", "54%"),
        ("r3_01", "129 sager"),
        ("r3_08", "15 gange"),
        ("r3_08", "26.000"),
        ("total", "12,2 mio"),
    ):
        _printed(key, text)
    # The checks the issues report, computed here so a changed source breaks the build, not the prose.
    assert 5547 * 1120 == 6_212_640 and 4092 * 1742 == 7_128_264 and 15 * 1742 == 26_130
    assert round(239 * 0.54) == 129 and round(155 * 0.54) == 84 and round(83 / 155 * 100, 1) == 53.5
    assert 4_800_000 + 7_100_000 + 225_000 + 26_000 == 12_151_000

    return [
        SourceIssue(
            "annex13_15-b13-total-rounding",
            DOC,
            (ln["total"], ln["r2_03"], ln["r2_01"], ln["r3_01"], ln["r3_08"]),
            "other",
            "De fire afrundede nettobesparelser (ca. 4,8 mio. + 7,1 mio. + 225.000 + 26.000 kr.) summer til "
            "12,151 mio. kr.; kilden angiver samlet ca. 12,2 mio. kr. Regnes med de uafrundede produkter "
            "(5.547 x 1.120 = 6.212.640 kr. minus ca. 1,4 mio.; 4.092 x 1.742 = 7.128.264; 129 x 1.742 = 224.718; "
            "15 x 1.742 = 26.130) fås ca. 12,19 mio. kr. Begge runder til 12,2 mio., men en beregner der genskaber "
            "totalen fra de afrundede trin rammer 12,15 mio.",
            "The four rounded net savings (ca. 4.8m + 7.1m + 225,000 + 26,000 DKK) add up to DKK 12.151m; the "
            "source gives a total of ca. 12.2m. With the unrounded products (5,547 x 1,120 = 6,212,640 minus "
            "ca. 1.4m; 4,092 x 1,742 = 7,128,264; 129 x 1,742 = 224,718; 15 x 1,742 = 26,130) the total is ca. "
            "12.19m. Both round to 12.2m, but a calculator rebuilding the total from the rounded steps gets 12.15m.",
        ),
        SourceIssue(
            "annex13_15-b13-lae285-rounding",
            DOC,
            (ln["r2_03"],),
            "other",
            "5.547 x 1.120 kr. = 6.212.640 kr., som kilden afrunder til ca. 6,2 mio.; udgiften til anden "
            "dokumentation (ca. 1,4 mio. kr.) kan ikke genberegnes: kilden giver kun andelen 87 % (journal-"
            "oplysninger fra sygehus, statusattest eller begge), ikke antal eller fordeling på attesttyper. "
            "Taksterne i Bilag 15.c (journaloplysninger fra sygehus 0 kr., statusattest 448 kr.) giver ikke 1,4 mio. "
            "uden en fordeling, som kilden ikke oplyser. Nettoen 4,8 mio. = 6,2 - 1,4 stemmer.",
            "5,547 x DKK 1,120 = DKK 6,212,640, rounded by the source to ca. 6.2m; the cost of other "
            "documentation (ca. 1.4m) cannot be recomputed: the source only gives the share 87 % (hospital "
            "records, status certificate or both), not counts or a breakdown by document. The fees in Bilag 15.c "
            "(hospital records DKK 0, status certificate DKK 448) do not yield 1.4m without a breakdown the source "
            "does not give. The net 4.8m = 6.2 - 1.4 is consistent.",
        ),
        SourceIssue(
            "annex13_15-b13-reval-denominator",
            DOC,
            (ln["r3_01"], reval_lines["reviewed"], reval_lines["q81"]),
            "denominator",
            '"Anvendt i ca. 54% af sagerne. Det svarer til 129 sager": 54 % er andelen blandt de 155 gennemgåede '
            "sager (Bilag 15.b: 83 af 155 afgjort uden LÆ 265 = 53,5 %), mens 129 er 54 % af alle 239 sager "
            "(239 x 0,54 = 129,06). De 129 sager er altså et estimat (fremskrivning til alle sager), ikke en "
            "optælling; 54 % af 155 ville være 84 sager. Besparelsen 225.000 kr. = 129 x 1.742 kr. (224.718) "
            "bygger på fremskrivningen.",
            '"Used in ca. 54% of the cases. That corresponds to 129 cases": 54 % is the share among the 155 '
            "reviewed cases (Bilag 15.b: 83 of 155 decided without LÆ 265 = 53.5 %), while 129 is 54 % of all 239 "
            "cases (239 x 0.54 = 129.06). The 129 cases are thus an estimate (extrapolated to all cases), not a "
            "count; 54 % of 155 would be 84 cases. The saving DKK 225,000 = 129 x 1,742 (224,718) rests on that "
            "extrapolation.",
        ),
        SourceIssue(
            "annex13_15-b13-no-deduction",
            DOC,
            (ln["r2_03"], ln["r2_01"], ln["r3_01"], ln["r3_08"]),
            "other",
            "Kun i forsøget med LÆ285 trækkes udgiften til anden dokumentation fra (1,4 mio. kr.). For LÆ265 i "
            "rehabiliteringsteams (7,1 mio.), revalidering (225.000) og ressourceforløb (26.000) er besparelsen "
            "antal x pris uden fradrag, selvom der også her indhentes anden lægelig dokumentation (jf. Bilag 15.b "
            "spørgsmål om egen læges inddragelse). Besparelserne er derfor ikke opgjort ens.",
            "Only the LÆ285 experiment deducts the cost of other documentation (DKK 1.4m). For LÆ265 in "
            "rehabilitation teams (7.1m), vocational rehabilitation (225,000) and resource courses (26,000) the "
            "saving is count x price without deduction, although other medical documentation is obtained there "
            "too (cf. Bilag 15.b on involving the GP). The savings are therefore not computed alike.",
        ),
        SourceIssue(
            "annex13_15-b13-ressource-price",
            DOC,
            (ln["r3_08"], price_lines["LÆ265"]),
            "other",
            "For forlængelse af ressourceforløb nævner kilden hverken attesttype eller pris; ca. 26.000 kr. svarer "
            "til 15 x 1.742 kr. (LÆ265-taksten, 26.130 kr.). Bilag 15.d indeholder kun spørgeskemaer uden tal, så "
            "de 15 anvendelser kan ikke efterprøves.",
            "For the extension of resource courses the source names neither certificate type nor price; ca. DKK "
            "26,000 equals 15 x 1,742 (the LÆ265 fee, 26,130). Bilag 15.d holds only questionnaires without "
            "figures, so the 15 uses cannot be checked.",
        ),
        SourceIssue(
            "annex13_15-b13-rehab-counts",
            DOC,
            (ln["r2_01"], rehab_lines["target_lae265_n"], rehab_lines["target_jaf_n"], rehab_lines["period"]),
            "other",
            'Bilag 13 opgør 4.092 anvendelser af fritagelsen for LÆ265 "siden starten af 2018 og frem til januar '
            '2020". Bilag 15.a tæller andet: forsøget startede juli 2017, og målgruppeanalysen har 542 borgere '
            "fritaget for LÆ265 (og 1.728 fritaget fra rehabiliteringsteamet ifm. JAF) blandt sygedagpenge-"
            "modtagere juli 2017-december 2019 (personer, første forløb). Tallene er ikke sammenlignelige, og "
            "besparelsen dækker ikke andet halvår 2017.",
            'Bilag 13 counts 4,092 uses of the LÆ265 exemption "from the start of 2018 until January 2020". '
            "Bilag 15.a counts differently: the experiment started July 2017, and the target group analysis has "
            "542 citizens exempted from LÆ265 (and 1,728 exempted from the rehabilitation team for JAF) among "
            "sickness-benefit recipients July 2017-December 2019 (persons, first spell). The figures are not "
            "comparable, and the saving does not cover the second half of 2017.",
        ),
    ]
