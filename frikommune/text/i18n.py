"""User-facing text in Danish (default) and English. Every key must exist in both languages (a test checks)."""

from __future__ import annotations

LANGUAGES = ("da", "en")
DEFAULT_LANG = "da"

TEXTS: dict[str, dict[str, str]] = {
    "app.title": {"da": "Frikommuneforsøg II – Nordjylland", "en": "Free-municipality experiments II – North Jutland"},
    "app.language": {"da": "Sprog", "en": "Language"},
    "app.data_version": {"da": "Dataversion", "en": "Data version"},
    "app.uploaded_batches": {"da": "Uploadede bølger", "en": "Uploaded waves"},
    "app.synthetic_batches": {"da": "heraf {count} syntetiske", "en": "{count} of them synthetic"},
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
    "overview.title": {
        "da": "Frikommuneforsøg II i Nordjylland",
        "en": "Free-municipality experiments II in North Jutland",
    },
    "overview.intro": {
        "da": "De 11 nordjyske kommuner afprøvede 2016–2020 færre proceskrav og nye indsatser i beskæftigelsesindsatsen. "
        "Her er de vigtigste resultater – hvert tal med sin kilde.",
        "en": "From 2016 to 2020 the 11 North Jutland municipalities tried fewer process rules and new measures in "
        "employment policy. These are the main results – every number with its source.",
    },
    "overview.headlines": {"da": "Nøgletal", "en": "Key figures"},
    "overview.themes": {"da": "De fire temaer", "en": "The four themes"},
    "overview.saving_chart_title": {
        "da": "Færre lægeattester sparede kommunerne ca. {total} – mest i rehabiliteringsteams og sygedagpengesager",
        "en": "Fewer medical certificates saved the municipalities about {total} – most in rehabilitation teams "
        "and sickness-benefit cases",
    },
    "overview.reach": {"da": "Borgere og sager, forsøgene nåede", "en": "Citizens and cases the experiments reached"},
    "overview.reach_note": {
        "da": "Rapporten opgør ikke ét samlet tal for hele netværket; her er de største optællinger pr. forsøg.",
        "en": "The report gives no single total for the whole network; these are the main counts per experiment.",
    },
    "overview.conclusions": {"da": "Netværkets konklusioner", "en": "The network's conclusions"},
    "overview.recommendations": {"da": "Netværkets anbefalinger", "en": "The network's recommendations"},
    "common.source": {"da": "Kilde", "en": "Source"},
    "common.line": {"da": "linje", "en": "line"},
    "common.danish_original": {"da": "citat: ", "en": "Danish original: "},
    "common.definition": {"da": "Definition", "en": "Definition"},
    "common.show_table": {"da": "Vis tabel", "en": "Show table"},
    "common.download_csv": {"da": "Hent CSV", "en": "Download CSV"},
    "common.download_xlsx": {"da": "Hent Excel", "en": "Download Excel"},
    "common.no_data": {
        "da": "Rapporten har ingen tal for dette valg.",
        "en": "The report has no figures for this selection.",
    },
    "common.network": {"da": "Netværket", "en": "The network"},
    "common.source_caveat": {"da": "Forbehold i kilden", "en": "Caveat in the source"},
    "scope.network": {"da": "Hele netværket", "en": "The whole network"},
    "scope.comparison": {
        "da": "Sammenligningskommuner (uden for netværket)",
        "en": "Comparison municipalities (outside the network)",
    },
    "scope.general": {"da": "Gælder generelt (regel eller pris)", "en": "Applies generally (rule or price)"},
    "scope.total": {"da": "I alt for {names}", "en": "Total for {names}"},
    "scope.total_count": {"da": "I alt for {count} kommuner", "en": "Total for {count} municipalities"},
    "common.no_highlight": {"da": "Ingen valgt", "en": "None chosen"},
    "scope.some": {"da": "I alt for de deltagende kommuner", "en": "Total for the participating municipalities"},
}

TEXTS.update(
    {
        "common.experiment": {"da": "Forsøg", "en": "Experiment"},
        "common.measure": {"da": "Mål", "en": "Measure"},
        "common.series": {"da": "Tal fra", "en": "Figures"},
        "experiments.lost_in_english": {
            "da": "{count} figurer findes kun som billedtekst, linje {lines}.",
            "en": "{count} figures survive only as their captions (in Danish; point at a line number to read one): "
            "lines {lines}.",
        },
        "overview.verdict": {
            "da": "**Virkede det?** Af de {total} forsøg, der blev gennemført, blev mindst ét udfald bedre i {better} "
            "og dårligere i {worse}; i {unclear} var der ingen klar forskel; for {nothing} kan rapporten ikke "
            "sige, om det virkede (kun optalt eller ikke målt).",
            "en": "**Did it work?** Of the {total} experiments that ran, at least one outcome improved in {better} and "
            "got worse in {worse}; {unclear} showed no clear difference; for {nothing} the report cannot say "
            "whether it worked (counted only or not measured).",
        },
        "overview.verdict_link": {
            "da": "Se hvert forsøg og hvor sikker viden er",
            "en": "See each experiment and how sure we are",
        },
        "results.experiment_starts": {"da": "forsøget starter {date}", "en": "experiment starts {date}"},
        "results.target_group": {"da": "Målgruppe: {group}", "en": "Target group: {group}"},
        "results.no_target_group": {"da": "uden målgruppe", "en": "no target group"},
        "results.no_effect": {"da": "ingen effekt", "en": "no effect"},
        "results.effect_axis": {
            "da": "effekt ({unit})",
            "en": "effect ({unit})",
        },
        "results.effect_note": {
            "da": "Effektestimater mod en sammenligningsgruppe. Rapporten oplyser, om et estimat er signifikant; "
            "konfidensintervallerne står kun i figurer, som tekstudgaven af kilden har mistet, så de vises ikke.",
            "en": "Effect estimates against a comparison group. The report states whether an estimate is "
            "significant; the confidence intervals are only in figures the text version of the source lost, so "
            "they are not shown.",
        },
        "results.significant": {"da": "signifikant", "en": "significant"},
        "results.not_significant": {"da": "ikke signifikant", "en": "not significant"},
        "results.significance_unknown": {"da": "signifikans ikke oplyst", "en": "significance not stated"},
        "experiments.more_on_screen_all": {
            "da": "Alle forsøgets tal, figurer og tabeller står på skærmen.",
            "en": "Every figure, chart and table of the experiment is on screen.",
        },
        "common.group": {"da": "Gruppe", "en": "Group"},
        "common.yes": {"da": "Ja", "en": "Yes"},
        "common.no": {"da": "Nej", "en": "No"},
        "common.not_stated": {"da": "ikke oplyst", "en": "not stated"},
        "common.municipality": {"da": "Kommune", "en": "Municipality"},
        "common.highlight_municipality": {"da": "Fremhæv kommune", "en": "Highlight municipality"},
        "common.print_view": {"da": "Udskriftsvenlig visning", "en": "Print-friendly view"},
        "common.print": {"da": "Udskriv / gem som PDF", "en": "Print / save as PDF"},
        "family.uptake": {"da": "Udbredelse", "en": "Uptake"},
        "family.duration": {"da": "Sagsvarighed", "en": "Case duration"},
        "family.saving": {"da": "Besparelser", "en": "Savings"},
        "family.satisfaction": {"da": "Tilfredshed", "en": "Satisfaction"},
        "family.response": {"da": "Besvarelser", "en": "Responses"},
        "family.effect": {"da": "Effekter", "en": "Effects"},
        "family.target": {"da": "Mål", "en": "Targets"},
        "family.price": {"da": "Priser", "en": "Prices"},
        "status.evaluated": {"da": "evalueret", "en": "evaluated"},
        "status.extended": {"da": "forlænget", "en": "extended"},
        "status.not_started": {"da": "ikke startet", "en": "not started"},
        "status.not_approved": {"da": "ikke godkendt", "en": "not approved"},
        "uptake.title": {"da": "Udbredelse", "en": "Uptake"},
        "uptake.intro": {
            "da": "Hvor mange borgere, sager og fritagelser forsøgene nåede – pr. forsøg, kommune og periode, som "
            "rapporten opgør dem.",
            "en": "How many citizens, cases and exemptions the experiments reached – per experiment, municipality and "
            "period, as the report counts them.",
        },
        "durations.title": {"da": "Sagsvarighed og effekter", "en": "Case durations and effects"},
        "durations.intro": {
            "da": "Sagernes varighed i uger før og under forsøgene (Jobindsats-udtræk) og de effekter, evalueringerne "
            "har estimeret.",
            "en": "Case durations in weeks before and during the experiments (Jobindsats extracts) and the effects the "
            "evaluations estimated.",
        },
        "experiments.title": {"da": "Forsøg", "en": "Experiments"},
        "experiments.intro": {
            "da": "Alle 24 ansøgninger fra de tre ansøgningsrunder: hvem der deltog, hvad forsøget ændrede, og hvad "
            "rapporten fandt.",
            "en": "All 24 applications of the three rounds: who took part, what the experiment changed, and what the "
            "report found.",
        },
        "experiments.grid_title": {
            "da": "Deltagelse pr. forsøg og kommune",
            "en": "Participation per experiment and municipality",
        },
        "experiments.grid_legend": {
            "da": "● deltog · ○ ansøgt eller godkendt, deltagelse ikke oplyst · tom: nævnes ikke i kilden",
            "en": "● took part · ○ applied or approved, participation not stated · empty: not named in the source",
        },
        "experiments.theme": {"da": "Tema", "en": "Theme"},
        "experiments.round": {"da": "Ansøgningsrunde", "en": "Application round"},
        "experiments.status": {"da": "Status", "en": "Status"},
        "experiments.extended_until": {"da": "forlænget til", "en": "extended until"},
        "experiments.period": {"da": "Periode", "en": "Period"},
        "experiments.rules": {"da": "Regler der fritages fra", "en": "Rules suspended"},
        "experiments.legal_basis": {"da": "Hjemmel", "en": "Legal basis"},
        "experiments.measured": {"da": "Evalueringen målte", "en": "The evaluation measured"},
        "experiments.participants": {"da": "Deltagende kommuner", "en": "Participating municipalities"},
        "experiments.no_results": {
            "da": "Rapporten har ingen talresultater for dette forsøg.",
            "en": "The report has no numeric results for this experiment.",
        },
        "experiments.no_annex": {
            "da": "Bilagsmappen har intet resultatbilag for dette forsøg, så dets resultater kendes ikke herfra.",
            "en": "The annex folder has no result annex for this experiment, so its results are not known from it.",
        },
        "experiments.targets": {
            "da": "Mål fra evalueringsdesignet og ansøgningen",
            "en": "Targets from the evaluation design and the application",
        },
        "experiments.targets_note": {
            "da": "Målene står her, som kilden formulerer dem; resultaterne nedenfor viser, hvad der blev nået.",
            "en": "The targets as the source states them; the results below show what was reached.",
        },
        "experiments.results": {"da": "Resultater", "en": "Results"},
        "experiments.lost": {"da": "Det rapporten ikke viser", "en": "What the report does not show"},
        "experiments.lost_note": {
            "da": "Disse figurer findes kun som overskrift i kilden; deres tal er gået tabt og vises derfor ikke.",
            "en": "These figures survive only as a caption in the source; their numbers are lost and are not shown.",
        },
        "experiments.issues": {"da": "Uoverensstemmelser i kilden", "en": "Contradictions in the source"},
        "municipalities.title": {"da": "Kommuner", "en": "Municipalities"},
        "municipalities.map_title": {
            "da": "{name} deltog i {count} forsøg",
            "en": "{name} took part in {count} experiments",
        },
        "municipalities.map_name": {"da": "Forsøg pr. kommune", "en": "Experiments per municipality"},
        "municipalities.map_definition": {
            "da": "Antal forsøg, kommunen deltog i ifølge kilderne (også via Frederikshavn/Læsø).",
            "en": "Number of experiments the municipality took part in according to the sources (also via "
            "Frederikshavn/Læsø).",
        },
        "municipalities.experiments": {"da": "Kommunens forsøg", "en": "The municipality's experiments"},
        "municipalities.via_combined": {"da": "som Frederikshavn/Læsø", "en": "as Frederikshavn/Læsø"},
        "municipalities.no_experiments": {
            "da": "Kilderne nævner ingen forsøg, kommunen deltog i.",
            "en": "The sources name no experiment this municipality took part in.",
        },
        "municipalities.figures": {
            "da": "Kommunens tal ved siden af netværkets",
            "en": "The municipality's figures beside the network's",
        },
        "municipalities.figures_note": {
            "da": "Ved siden af kommunens tal står rapportens tal i alt for samme tabel og periode, hvor der er et.",
            "en": "Beside the municipality's figure stands the report's total for the same table and period, where there is one.",
        },
        "municipalities.no_figures": {
            "da": "Rapporten har ingen tal opgjort for denne kommune alene.",
            "en": "The report has no figures for this municipality on its own.",
        },
        "savings.title": {"da": "Besparelser på lægeattester", "en": "Savings on medical certificates"},
        "savings.total": {"da": "Samlet besparelse pr. medio 2020", "en": "Total saving as of mid-2020"},
        "savings.intro": {
            "da": "Fire forsøg gav mulighed for at undlade at indhente en lægeattest. Rapportens beregning: antal "
            "fritagelser × attestens pris − udgift til anden dokumentation = nettobesparelse (Bilag 13).",
            "en": "Four experiments allowed the municipalities not to obtain a medical certificate. The report's "
            "calculation: exemptions × price − cost of other documentation = net saving (Annex 13).",
        },
        "savings.chart_title": {
            "da": "Største besparelse: {experiment} ({amount}) – i alt {total}",
            "en": "Largest saving: {experiment} ({amount}) – {total} in all",
        },
        "savings.definition": {
            "da": "Nettobesparelse = antal fritagelser × attestens pris (2020-takst) − udgiften til anden lægelig "
            "dokumentation, som rapporten opgør den.",
            "en": "Net saving = exemptions × the certificate's price (2020 rate) − the cost of other medical "
            "documentation, as the report states it.",
        },
        "savings.certificate": {"da": "Attest", "en": "Certificate"},
        "savings.exemptions": {"da": "Antal fritagelser", "en": "Exemptions"},
        "savings.price": {"da": "Pris pr. attest (kr.)", "en": "Price per certificate (DKK)"},
        "savings.gross": {"da": "Brutto (beregnet)", "en": "Gross (computed)"},
        "savings.other_docs": {"da": "Anden dokumentation", "en": "Other documentation"},
        "savings.other_docs_short": {"da": "til anden dokumentation", "en": "for other documentation"},
        "savings.net_computed": {"da": "Netto (beregnet)", "en": "Net (computed)"},
        "savings.net_reported": {"da": "Netto (rapporten)", "en": "Net (report)"},
        "savings.agrees": {"da": "Stemmer med rapporten", "en": "Agrees with the report"},
        "savings.report_says": {"da": "rapporten: ca.", "en": "the report: about"},
        "savings.steps_title": {"da": "Beregningen trin for trin", "en": "The calculation step by step"},
        "savings.whatif_title": {"da": "Hvad nu hvis?", "en": "What if?"},
        "savings.whatif_intro": {
            "da": "Ret antal, priser eller andelen af fritagelser, der reelt sparede en attest. Standardværdierne er "
            "rapportens egne og giver rapportens resultat.",
            "en": "Change counts, prices or the share of exemptions that really saved a certificate. The defaults are "
            "the report's own and give the report's result.",
        },
        "savings.share_avoided": {
            "da": "Andel af fritagelser der sparede en attest (%)",
            "en": "Share of exemptions that saved a certificate (%)",
        },
        "savings.whatif_total": {"da": "Beregnet samlet besparelse", "en": "Computed total saving"},
        "savings.whatif_matches": {
            "da": "Med disse værdier giver beregningen rapportens samlede besparelse (afrundet som i rapporten).",
            "en": "With these values the calculation gives the report's total saving (rounded as in the report).",
        },
        "savings.range_total": {"da": "Spænd ud fra kildernes egne tal", "en": "Range from the sources' own figures"},
        "savings.per_case_title": {"da": "Pr. fritagelse – og hvor sikkert?", "en": "Per exemption – and how sure?"},
        "savings.per_case_intro": {
            "da": "Besparelse pr. fritagelse = rapportens nettobesparelse ÷ antal fritagelser: beregnet her, ikke et tal "
            "fra rapporten. En fritagelse er en sag, ikke en borger (samme borger kan tælle flere gange). Spændet "
            "følger af de spænd, kilderne selv giver: forskellige priser på samme attest i dokumenterne, en optælling "
            "der er fremskrevet, og rapportens afrundinger (»ca.«).",
            "en": "Saving per exemption = the report's net saving ÷ the number of exemptions: computed here, not a figure "
            "of the report. An exemption is a case, not a citizen (one citizen can count several times). The range "
            "follows from the ranges the sources themselves give: different prices for the same certificate in the "
            "documents, a count that is extrapolated, and the report's rounding (»about«).",
        },
        "savings.per_case_line": {
            "da": "**{experiment}** ({certificate}): **{per_case} pr. fritagelse** (spænd {per_case_range}) · "
            "i alt {net} (spænd {net_range})",
            "en": "**{experiment}** ({certificate}): **{per_case} per exemption** (range {per_case_range}) · "
            "{net} in all (range {net_range})",
        },
        "savings.per_case_computed": {
            "da": "Beregnet: {net} ÷ {count} fritagelser.",
            "en": "Computed: {net} ÷ {count} exemptions.",
        },
        "savings.basis.documents": {
            "da": "Prisen på en {certificate} er {range} i dokumenterne ({detail}).",
            "en": "The price of an {certificate} is {range} in the documents ({detail}).",
        },
        "savings.basis.review": {
            "da": "Antallet {point} er fremskrevet (ca. 54 % af {total} sager); optalt er {counted} af {reviewed} gennemgåede "
            "sager afgjort uden LÆ265, og {unreviewed} sager er ikke gennemgået: {least}–{most} fritagelser.",
            "en": "The count {point} is extrapolated (about 54 % of {total} cases); counted are {counted} of {reviewed} "
            "reviewed cases decided without LÆ265, and {unreviewed} cases were not reviewed: {least}–{most} "
            "exemptions.",
        },
        "savings.basis.rounding": {
            "da": "Udgiften til anden dokumentation er »ca. {point}« ({range}).",
            "en": "The cost of other documentation is »about {point}« ({range}).",
        },
        "savings.basis.point": {
            "da": "Rapporten giver ét tal for antal og pris; spændet er kun dens afrunding (»ca.«).",
            "en": "The report gives one figure for count and price; the range is only its rounding (»about«).",
        },
        "savings.whatif_range_intro": {
            "da": "Usikkerhed: sæt et spænd (lav–høj) for hvert input. Standardspændene er kildernes egne (se ovenfor); "
            "hvor kilden kun giver ét tal, sætter du selv spændet.",
            "en": "Uncertainty: set a range (low–high) for each input. The default ranges are the sources' own (see "
            "above); where the source gives only one figure, you set the range.",
        },
        "savings.share_range": {
            "da": "Andel der sparede en attest – spænd (lav–høj, %)",
            "en": "Share that saved a certificate – range (low–high, %)",
        },
        "savings.count_range": {"da": "Antal fritagelser – spænd", "en": "Exemptions – range"},
        "savings.price_range": {"da": "Pris pr. attest – spænd (kr.)", "en": "Price per certificate – range (DKK)"},
        "savings.whatif_range_total": {"da": "Beregnet spænd (lav–høj)", "en": "Computed range (low–high)"},
        "savings.whatif_range_caption": {
            "da": "Lavest og højest med hvert input varieret inden for sit spænd; punktet er punktværdierne ovenfor.",
            "en": "Lowest and highest with every input varied within its range; the point uses the point values above.",
        },
        "savings.card_per_case": {
            "da": "**Pr. fritagelse (beregnet):** {per_case} (spænd {per_case_range}) = {net} ÷ {count} fritagelser; "
            "nettobesparelsen ligger i spændet {net_range}.",
            "en": "**Per exemption (computed):** {per_case} (range {per_case_range}) = {net} ÷ {count} exemptions; "
            "the net saving lies in the range {net_range}.",
        },
        "sources.title": {"da": "Kilder og metode", "en": "Sources and method"},
        "sources.intro": {
            "da": "Alle tal i dashboardet er taget fra kildedokumenterne. Her kan hvert tal findes med dokument, "
            "linje og citat, sammen med de steder hvor kilden modsiger sig selv, figurer der er gået tabt, og "
            "definitionen af hvert mål.",
            "en": "Every number in the dashboard is taken from the source documents. Here each can be found with "
            "document, line and quote, together with the places where the source contradicts itself, figures "
            "that are lost, and the definition of every measure.",
        },
        "sources.tab_facts": {"da": "Alle tal", "en": "All figures"},
        "sources.tab_issues": {"da": "Uoverensstemmelser", "en": "Contradictions"},
        "sources.tab_lost": {"da": "Tabte figurer", "en": "Lost figures"},
        "sources.tab_measures": {"da": "Definitioner", "en": "Definitions"},
        "sources.tab_documents": {"da": "Dokumenter", "en": "Documents"},
        "sources.search": {"da": "Søg i tallene", "en": "Search the figures"},
        "sources.search_placeholder": {
            "da": "fx LÆ265, Rebild, svarprocent",
            "en": "e.g. LÆ265, Rebild, response rate",
        },
        "sources.found": {"da": "{count} tal fundet", "en": "{count} figures found"},
        "sources.issues_intro": {
            "da": "Steder hvor kilden ikke hænger sammen (en total der ikke er summen af sine dele, to tal for det "
            "samme). Kildens tal er bevaret; uoverensstemmelsen er noteret her.",
            "en": "Places where the source does not add up (a total that is not the sum of its parts, two figures "
            "for one thing). The source's figures are kept; the contradiction is recorded here.",
        },
        "sources.lost_intro": {
            "da": "Figurer der i tekstudtrækket kun findes som overskrift. Deres tal kendes ikke og er ikke gættet.",
            "en": "Figures that survive in the text dump only as a caption. Their numbers are unknown and not guessed.",
        },
        "sources.documents_intro": {
            "da": "Kildedokumenterne med kontrolsum (SHA-256), så det kan ses hvilken version tallene stammer fra.",
            "en": "The source documents with checksum (SHA-256), showing which version the figures come from.",
        },
    }
)

TEXTS.update(
    {
        "surveys.show_waves": {
            "da": "Vis de uploadede bølger ({count})",
            "en": "Show the uploaded waves ({count})",
        },
        "surveys.synthetic": {
            "da": "**Syntetiske data:** {count} af de {total} uploadede bølger er genererede eksempeldata (filer med "
            "navnet SYNTETISK…), ikke svar fra rigtige respondenter; tal fra dem er ikke resultater.",
            "en": "**Synthetic data:** {count} of the {total} uploaded waves are generated sample data (files named "
            "SYNTETISK…), not answers from real respondents; figures from them are not results.",
        },
        "surveys.synthetic_all": {
            "da": "**Syntetiske data:** de uploadede bølger er genererede eksempeldata (filer med navnet SYNTETISK…), "
            "ikke svar fra rigtige respondenter. Tallene herunder er ikke resultater.",
            "en": "**Synthetic data:** the uploaded waves are generated sample data (files named SYNTETISK…), not "
            "answers from real respondents. The figures below are not results.",
        },
        "surveys.none_uploaded": {
            "da": "Der er endnu ikke uploadet nogen spørgeskemabølger. En konsulent kan uploade dem under »Upload«.",
            "en": "No survey waves have been uploaded yet. A consultant can upload them under »Upload«.",
        },
        "surveys.group": {"da": "Respondentgruppe", "en": "Respondent group"},
        "surveys.question": {"da": "Spørgsmål", "en": "Question"},
        "surveys.wave": {"da": "Bølge", "en": "Wave"},
        "surveys.mean_axis": {
            "da": "Gns. svar (1–5), 95 %-KI",
            "en": "Mean answer (1–5), 95% CI",
        },
        "surveys.title_significant": {
            "da": "{question}: {count} kommuner afviger signifikant – {names}",
            "en": "{question}: {count} municipalities differ significantly – {names}",
        },
        "surveys.title_significant_one": {
            "da": "{question}: 1 kommune afviger signifikant – {names}",
            "en": "{question}: 1 municipality differs significantly – {names}",
        },
        "surveys.title_none_significant": {
            "da": "{question}: ingen kommune afviger signifikant",
            "en": "{question}: no municipality differs significantly",
        },
        "surveys.definition": {
            "da": "Gennemsnit af svarene 1–5 (»ved ikke« tælles ikke med) med 95 %-konfidensinterval (t-fordeling). "
            "* og ruder: signifikant forskellig fra resten af gruppen (Welch-test efter korrektion for mange "
            "sammenligninger). Kommuner med under 5 svar vises ikke.",
            "en": "Mean of the answers 1–5 (»don't know« not counted) with 95% confidence interval (t distribution). "
            "* and diamonds: significantly different from the rest of the group (Welch test after correction for "
            "multiple comparisons). Municipalities with fewer than 5 answers are not shown.",
        },
        "surveys.uploaded_marker": {
            "da": "Kilde: uploadet spørgeskemabølge (ikke fra rapporten).",
            "en": "Source: uploaded survey wave (not from the report).",
        },
        "surveys.network_line": {"da": "netværkets gennemsnit", "en": "network average"},
        "surveys.group_line": {"da": "gruppens gennemsnit", "en": "group average"},
        "surveys.report_mean_axis": {
            "da": "Gns. svar i rapporten (1–5)",
            "en": "Mean answer, report (1–5)",
        },
        "compare.report_title": {
            "da": "{question}: rapportens gennemsnit pr. kommune ({name} fremhævet)",
            "en": "{question}: the report's mean per municipality ({name} highlighted)",
        },
        "satisfaction.title": {"da": "Tilfredshed", "en": "Satisfaction"},
        "satisfaction.intro": {
            "da": "Hvad borgere, medarbejdere, virksomheder, læger og a-kasser svarede om forsøgene – fra rapporten og "
            "fra nye, uploadede spørgeskemabølger.",
            "en": "What citizens, employees, employers, doctors and unemployment funds answered about the experiments – "
            "from the report and from new, uploaded survey waves.",
        },
        "satisfaction.report_header": {"da": "Rapportens tal", "en": "The report's figures"},
        "satisfaction.report_note": {
            "da": "Rapporten giver gennemsnit og andele med antal svar, men ikke spredning; derfor vises ingen "
            "konfidensintervaller for disse tal.",
            "en": "The report gives means and shares with the number of answers, but no spread; so no confidence "
            "intervals are shown for these figures.",
        },
        "satisfaction.uploaded_header": {"da": "Uploadede bølger", "en": "Uploaded waves"},
        "compare.title": {"da": "Sammenlign kommuner", "en": "Compare municipalities"},
        "compare.intro": {
            "da": "Hvor ligger din kommune signifikant – ikke bare synligt – over eller under netværket eller de "
            "kommuner, du sammenligner med? Linket i adresselinjen åbner samme visning for en kollega.",
            "en": "Where is your municipality significantly – not just visibly – above or below the network or the "
            "municipalities you compare with? The link in the address bar opens the same view for a colleague.",
        },
        "compare.peers": {"da": "Sammenlign med (tom = hele netværket)", "en": "Compare with (empty = whole network)"},
        "compare.peers_all": {"da": "Hele netværket", "en": "The whole network"},
        "compare.correction": {"da": "Korrektion for mange sammenligninger", "en": "Multiple-comparison correction"},
        "compare.method": {
            "da": "Metode: hver kommune testes mod resten af gruppen med Welchs t-test (og Mann-Whitney-rangtest, da "
            "svarene er ordinale); p-værdier korrigeres med {correction} på tværs af kommunerne.",
            "en": "Method: each municipality is tested against the rest of the group with Welch's t-test (and the "
            "Mann-Whitney rank test, as the answers are ordinal); p-values are adjusted with {correction} across "
            "the municipalities.",
        },
        "compare.uploaded_header": {
            "da": "Uploadede spørgeskemaer (svar pr. respondent)",
            "en": "Uploaded surveys (answers per respondent)",
        },
        "compare.show_report": {
            "da": "Vis rapportens gennemsnit ({count} spørgsmål)",
            "en": "Show the report's means ({count} questions)",
        },
        "compare.report_header": {
            "da": "Rapportens gennemsnit (kun gennemsnit og antal)",
            "en": "The report's means (mean and N only)",
        },
        "compare.no_answers": {
            "da": "{name} har ingen svar på dette spørgsmål i denne bølge.",
            "en": "{name} has no answers to this question in this wave.",
        },
    }
)

TEXTS.update(
    {
        "upload.title": {"da": "Upload af spørgeskemadata", "en": "Upload survey data"},
        "upload.intro": {
            "da": "Upload en eksport (Excel eller CSV, én række pr. respondent eller lang form). Filen valideres, før "
            "noget gemmes; en godkendt fil gemmes som en ny bølge, logges og kan trækkes tilbage.",
            "en": "Upload an export (Excel or CSV, one row per respondent or long form). The file is validated before "
            "anything is stored; an accepted file is stored as a new wave, logged, and can be withdrawn.",
        },
        "upload.no_key_configured": {
            "da": "Upload er slået fra: der er ingen upload-nøgle. Sæt miljøvariablen FRIKOMMUNE_UPLOAD_KEY, eller "
            'tilføj [upload_keys] navn = "nøgle" i .streamlit/secrets.toml (make run opretter en lokal nøgle).',
            "en": "Uploading is off: no upload key is configured. Set the environment variable FRIKOMMUNE_UPLOAD_KEY, "
            'or add [upload_keys] name = "key" to .streamlit/secrets.toml (make run creates a local key).',
        },
        "upload.key": {"da": "Upload-nøgle", "en": "Upload key"},
        "upload.wrong_key": {"da": "Nøglen er forkert.", "en": "The key is wrong."},
        "upload.key_ok": {"da": "Logget ind som »{name}«.", "en": "Signed in as »{name}«."},
        "upload.template": {"da": "Hent skabelon (Excel)", "en": "Download template (Excel)"},
        "upload.file": {"da": "Vælg fil (.xlsx eller .csv)", "en": "Choose file (.xlsx or .csv)"},
        "upload.valid": {
            "da": "Filen er gyldig: {rows} svar fra {respondents} respondenter. Intet er gemt endnu.",
            "en": "The file is valid: {rows} answers from {respondents} respondents. Nothing is stored yet.",
        },
        "upload.store": {"da": "Gem som ny bølge", "en": "Store as a new wave"},
        "upload.stored": {
            "da": "Gemt som batch {batch} ({rows} svar).",
            "en": "Stored as batch {batch} ({rows} answers).",
        },
        "upload.rejected": {
            "da": "Filen er afvist, og intet er gemt. Årsager:",
            "en": "The file is rejected and nothing was stored. Reasons:",
        },
        "upload.saved_mapping": {"da": "Gemt kolonnekortlægning", "en": "Saved column mapping"},
        "upload.auto_mapping": {"da": "(genkendt automatisk)", "en": "(detected automatically)"},
        "upload.mapping": {
            "da": "Kolonnekortlægning (ret hvis nødvendigt)",
            "en": "Column mapping (correct if needed)",
        },
        "upload.mapping_column": {"da": "Kolonne i filen", "en": "Column in the file"},
        "upload.mapping_role": {"da": "Betydning", "en": "Meaning"},
        "upload.mapping_name": {"da": "Gem kortlægningen som", "en": "Save the mapping as"},
        "upload.save_mapping": {"da": "Gem kortlægning", "en": "Save mapping"},
        "upload.mapping_saved": {"da": "Kortlægningen »{name}« er gemt.", "en": "The mapping »{name}« is saved."},
        "upload.report": {"da": "Valideringsrapport", "en": "Validation report"},
        "upload.batches": {"da": "Uploadede batches", "en": "Uploaded batches"},
        "upload.no_batches": {"da": "Der er ingen uploadede batches.", "en": "There are no uploaded batches."},
        "upload.withdraw_batch": {"da": "Batch der skal trækkes tilbage", "en": "Batch to withdraw"},
        "upload.withdraw_reason": {"da": "Begrundelse (logges)", "en": "Reason (logged)"},
        "upload.withdraw": {"da": "Træk tilbage", "en": "Withdraw"},
        "upload.withdraw_needs_reason": {"da": "Skriv en begrundelse.", "en": "Write a reason."},
        "upload.withdrawn": {
            "da": "Batch {batch} er trukket tilbage. Den er skjult på alle sider, men ikke slettet.",
            "en": "Batch {batch} is withdrawn. It is hidden from every page but not deleted.",
        },
    }
)

# "Virkede det?": the evidence page, the experiment card and the published rules (frikommune/domain/evidence.py).
TEXTS.update(
    {
        "nav.did_it_work": {"da": "Virkede det?", "en": "Did it work?"},
        "evidence.title": {"da": "Virkede det?", "en": "Did it work?"},
        "evidence.intro": {
            "da": "Ét overblik over de 17 forsøg, der blev gennemført: for hvert udfald om det gik bedre, dårligere eller "
            "uden klar forskel, hvor sikker viden der er bag (1–5), og hvad der er sket med forsøget siden. "
            "Retning og styrke følger offentlige regler (se »Kilder og metode«); hvert felt fører til forsøgets "
            "kort med kilderne.",
            "en": "One overview of the 17 experiments that ran: for each outcome whether it got better, worse or showed "
            "no clear difference, how sure the knowledge behind it is (1–5), and what has happened to the "
            "experiment since. Direction and strength follow published rules (see »Sources and method«); every "
            "cell leads to the experiment's card with its sources.",
        },
        "evidence.legend": {
            "da": "✔ bedre · ✖ dårligere · ≈ ingen klar forskel · ○ kun optalt (intet at sammenligne med) · – ikke målt. "
            "Evidens: 5 = sammenligningsgruppe, 3 = før/efter eller optælling i registre, 2 = spørgeskema, "
            "1 = casehistorier.",
            "en": "✔ better · ✖ worse · ≈ no clear difference · ○ counted only (nothing to compare with) · – not measured. "
            "Evidence: 5 = comparison group, 3 = before/after or a count in registers, 2 = survey, "
            "1 = case stories.",
        },
        "evidence.outcome.uptake": {"da": "Udbredelse", "en": "Uptake"},
        "evidence.outcome.effect": {"da": "Effekt eller sagsvarighed", "en": "Effect or case duration"},
        "evidence.outcome.saving": {"da": "Besparelse", "en": "Saving"},
        "evidence.outcome.citizens": {"da": "Borgernes tilfredshed", "en": "Citizens' satisfaction"},
        "evidence.outcome.staff": {"da": "Medarbejdernes tilfredshed", "en": "Staff satisfaction"},
        "evidence.direction.better": {"da": "✔ Bedre", "en": "✔ Better"},
        "evidence.direction.worse": {"da": "✖ Dårligere", "en": "✖ Worse"},
        "evidence.direction.no_difference": {"da": "≈ Ingen klar forskel", "en": "≈ No clear difference"},
        "evidence.direction.not_measured": {"da": "– Ikke målt", "en": "– Not measured"},
        "evidence.direction.counted": {"da": "○ Kun optalt", "en": "○ Counted only"},
        "evidence.experiment": {"da": "Forsøg", "en": "Experiment"},
        "evidence.theme": {"da": "Tema", "en": "Theme"},
        "evidence.strength": {"da": "Evidens (1–5)", "en": "Evidence (1–5)"},
        "evidence.strength_value": {"da": "{level} af 5", "en": "{level} of 5"},
        "evidence.no_strength": {"da": "ingen målt retning", "en": "no measured direction"},
        "evidence.status_today": {"da": "Status i dag", "en": "Status today"},
        "evidence.extended_mark": {"da": "forlænget", "en": "extended"},
        "evidence.filter_theme": {"da": "Tema", "en": "Theme"},
        "evidence.filter_municipality": {"da": "Kommune", "en": "Municipality"},
        "evidence.all_themes": {"da": "Alle temaer", "en": "All themes"},
        "evidence.all_municipalities": {"da": "Alle kommuner", "en": "All municipalities"},
        "evidence.sort": {"da": "Sortér efter", "en": "Sort by"},
        "evidence.sort.catalogue": {"da": "Forsøgsrunde", "en": "Application round"},
        "evidence.sort.evidence": {"da": "Evidens (stærkest først)", "en": "Evidence (strongest first)"},
        "evidence.sort.title": {"da": "Titel", "en": "Title"},
        "evidence.sort.status": {"da": "Status i dag", "en": "Status today"},
        "evidence.shown": {"da": "{count} af {total} forsøg vist.", "en": "{count} of {total} experiments shown."},
        "evidence.none_shown": {"da": "Ingen forsøg passer til valget.", "en": "No experiment matches the selection."},
        "evidence.merged_note": {
            "da": "Websiden tæller »Rehabiliteringsteams, JAF-sager og LÆ265« som ét forsøg; kataloget har to "
            "godkendelser (også fritagelse for LÆ265 i jobafklaringssager), evalueret sammen i Bilag 15.a.",
            "en": "The web page counts »Rehabilitation teams, job-clarification cases and LÆ265« as one experiment; the "
            "catalogue has two approvals (also the LÆ265 exemption in job-clarification cases), evaluated "
            "together in Annex 15.a.",
        },
        "evidence.never_ran": {
            "da": "Ansøgninger, der aldrig blev godkendt eller startet",
            "en": "Applications that were never approved or started",
        },
        "evidence.never_ran_intro": {
            "da": "Af ansøgningerne i de tre runder blev disse ikke til forsøg. Hvorfor, med regeringens eller "
            "udvalgets egne ord:",
            "en": "Of the applications in the three rounds, these never became experiments. Why, in the government's "
            "or the committee's own words:",
        },
        "evidence.kind.rejected": {"da": "Ikke godkendt", "en": "Not approved"},
        "evidence.kind.not_started": {"da": "Godkendt, ikke startet", "en": "Approved, not started"},
        "evidence.status.extended": {"da": "Forlænget til udgangen af {year}", "en": "Extended to the end of {year}"},
        "evidence.status.wish": {
            "da": "kommunerne ønsker det gjort permanent eller forlænget",
            "en": "the municipalities want it made permanent or extended",
        },
        "evidence.short.made_general": {
            "da": "Gjort til lov for alle kommuner i 2020",
            "en": "Made law for all municipalities in 2020",
        },
        "evidence.short.wish": {"da": " · ønskes permanent", "en": " · permanence wanted"},
        "evidence.short.ended": {
            "da": "Sluttede {year}; ingen forlængelse i kilderne",
            "en": "Ended {year}; no extension in the sources",
        },
        "evidence.status.no_extension": {
            "da": "Forsøgsperioden sluttede; kilderne nævner ingen forlængelse",
            "en": "The experiment period ended; the sources mention no extension",
        },
        "evidence.why.design.did_parallel": {
            "da": "sammenligningsgruppe med test af parallelle forløb (5)",
            "en": "comparison group with a parallel-trends test (5)",
        },
        "evidence.why.design.comparison": {"da": "sammenligningsgruppe (4)", "en": "comparison group (4)"},
        "evidence.why.design.before_after_register": {
            "da": "før/efter i registre uden sammenligningsgruppe (3)",
            "en": "before/after in registers without a comparison group (3)",
        },
        "evidence.why.design.register_count": {
            "da": "optælling i registre uden sammenligningsgruppe (3)",
            "en": "a count in registers without a comparison group (3)",
        },
        "evidence.why.design.survey": {"da": "spørgeskema alene (2)", "en": "survey only (2)"},
        "evidence.why.design.case_review": {
            "da": "ledelsens gennemgang af sager (2)",
            "en": "management's review of cases (2)",
        },
        "evidence.why.design.cases": {"da": "casehistorier (1)", "en": "case stories (1)"},
        "evidence.why.design.unknown": {
            "da": "designet står ikke i kilderne (1)",
            "en": "the design is not in the sources (1)",
        },
        "evidence.why.small_n": {"da": "minus 1: N under 30", "en": "minus 1: N below 30"},
        "evidence.why.contradiction": {
            "da": "minus 1: en registreret modstrid i kilden rører tallene",
            "en": "minus 1: a recorded contradiction of the source touches the figures",
        },
        "evidence.why.words_only": {
            "da": "minus 1: resultatet kendes kun i ord, figuren er tabt",
            "en": "minus 1: the result is known only in words, its chart is lost",
        },
        "evidence.reason.significance": {
            "da": "Forskellen mod sammenligningskommunerne, som rapporten tester den.",
            "en": "The difference against the comparison municipalities, as the report tests it.",
        },
        "evidence.reason.before_after": {
            "da": "Før/efter uden sammenligningsgruppe: ændringen holdt op mod tærsklen (5 %, for andele 2 procentpoint).",
            "en": "Before/after without a comparison group: the change held against the threshold (5 %, for shares "
            "2 percentage points).",
        },
        "evidence.reason.survey_mean": {
            "da": "Som respondenterne selv vurderer det: gennemsnit på skalaen 1–5 mod midtpunktet 3.",
            "en": "As the respondents themselves judge it: mean on the 1–5 scale against the midpoint 3.",
        },
        "evidence.reason.judgement_share": {
            "da": "Ledelsens gennemgang af sager: andelen ja mod nej.",
            "en": "Management's review of cases: the share of yes against no.",
        },
        "evidence.reason.saving": {
            "da": "Opgjort nettobesparelse (antal gange × pris, minus anden dokumentation hvor kilden trækker den fra).",
            "en": "Net saving as counted (times used × price, less other documentation where the source deducts it).",
        },
        "evidence.reason.words": {
            "da": "Resultatet kendes kun i ord fra kilden – ikke som tal.",
            "en": "The result is known only in words from the source – not as figures.",
        },
        "evidence.reason.cases": {
            "da": "Casehistorier og netværkets konklusion – ikke en måling.",
            "en": "Case stories and the network's conclusion – not a measurement.",
        },
        "evidence.reason.counted": {
            "da": "Kun optalt: intet før-tal, mål eller sammenligningsgruppe at holde tallet op mod.",
            "en": "Counted only: no before figure, target or comparison group to hold the figure against.",
        },
        "evidence.reason.coding_unknown": {
            "da": "Gennemsnittet er trykt, men kilden siger ikke, hvordan svarene er kodet – derfor ingen retning.",
            "en": "The mean is printed, but the source does not say how the answers were coded – so no direction.",
        },
        "evidence.reason.not_measured": {
            "da": "Kilderne har intet tal for dette udfald.",
            "en": "The sources have no figure for this outcome.",
        },
        "evidence.reason.no_annex": {
            "da": "Kilderne har intet tal for dette udfald; forsøget har intet resultatbilag i Bilagsmappe 2.",
            "en": "The sources have no figure for this outcome; the experiment has no result annex in Annex folder 2.",
        },
        "evidence.card_title": {"da": "Virkede det? – forsøgets kort", "en": "Did it work? – the experiment's card"},
        "evidence.card_rules": {"da": "Regel sat ud af kraft", "en": "Rule set aside"},
        "evidence.card_who": {"da": "Deltog", "en": "Took part"},
        "evidence.card_figures": {"da": "Tal", "en": "Figures"},
        "evidence.card_direction": {"da": "Retning", "en": "Direction"},
        "evidence.card_why": {"da": "Hvorfor", "en": "Why"},
        "evidence.card_cited": {"da": "Citeret", "en": "Cited"},
        "evidence.card_caveats": {"da": "Forbehold i kilden", "en": "Caveats in the source"},
        "evidence.card_network": {
            "da": "Netværkets konklusion og anbefaling",
            "en": "The network's conclusion and recommendation",
        },
        "evidence.card_next": {"da": "Hvad skete der siden", "en": "What happened next"},
        "evidence.card_no_statement": {
            "da": "Kilderne har ingen konklusion om netop dette forsøg.",
            "en": "The sources have no conclusion on this experiment in particular.",
        },
        "evidence.card_overall": {"da": "Samlet evidens: {level}", "en": "Overall evidence: {level}"},
        "evidence.card_overall_none": {
            "da": "Samlet evidens: ingen målt retning",
            "en": "Overall evidence: no measured direction",
        },
        "evidence.card_merged": {"da": "Vurderes sammen med {title}.", "en": "Assessed together with {title}."},
        "evidence.card_rules_link": {
            "da": "Reglerne bag står under »Kilder og metode«.",
            "en": "The rules behind it are under »Sources and method«.",
        },
        "evidence.download_name": {"da": "virkede-det", "en": "did-it-work"},
        "evidence.rules_title": {"da": "Reglerne bag »Virkede det?«", "en": "The rules behind »Did it work?«"},
        "evidence.rules_intro": {
            "da": "Sådan bestemmes retning og evidensstyrke for hvert forsøg og udfald (i ånden fra EEF's toolkit og "
            "Jobeffekter.dk). Tallene kommer altid fra de kurerede fakta; hvilke tal der er overskrift, og hvilket "
            "design der står bag, er skrevet ned pr. forsøg med citat og linje.",
            "en": "This is how direction and evidence strength are set for each experiment and outcome (in the spirit "
            "of the EEF toolkit and Jobeffekter.dk). The figures always come from the curated facts; which figures "
            "are the headline and what design stands behind them is written down per experiment with quote and "
            "line.",
        },
    }
)


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for ``key`` in ``lang`` (Danish if the language is unknown), with ``{name}`` fields filled in."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if lang == "en":  # the texts are written with Danish quotation marks; English readers expect “ ”
        text = text.replace("»", "“").replace("«", "”")
    return text.format(**values) if values else text


# Column headings of tables and downloads: internal column name -> (Danish, English).
COLUMNS: dict[str, tuple[str, str]] = {
    "municipality_id": ("Kommune-id", "Municipality id"),
    "municipality": ("Kommune", "Municipality"),
    "name": ("Navn", "Name"),
    "experiments": ("Antal forsøg", "Experiments"),
    "experiment_id": ("Forsøgs-id", "Experiment id"),
    "experiment": ("Forsøg", "Experiment"),
    "title_da": ("Titel", "Title (Danish)"),
    "title_en": ("Titel (engelsk)", "Title"),
    "name_da": ("Mål", "Measure (Danish)"),
    "name_en": ("Mål (engelsk)", "Measure"),
    "measure_da": ("Mål", "Measure (Danish)"),
    "measure_en": ("Mål (engelsk)", "Measure"),
    "status": ("Status", "Status"),
    "extended_until": ("Forlænget til", "Extended until"),
    "series": ("Tal fra", "Figures"),
    "series_da": ("Tal fra", "Figures"),
    "series_en": ("Tal fra", "Figures"),
    "total": ("I alt (samme tal)", "Total (same figure)"),
    "respondent_group": ("Gruppe", "Group"),
    "period": ("Periode", "Period"),
    "note": ("Note", "Note (in Danish)"),
    "value": ("Værdi", "Value"),
    "network_value": ("I alt (samme tal)", "Total (same figure)"),
    "unit": ("Enhed", "Unit"),
    "n": ("N", "N"),
    "mean": ("Gennemsnit", "Mean"),
    "ci_low": ("95 %-KI, nedre", "95% CI, lower"),
    "ci_high": ("95 %-KI, øvre", "95% CI, upper"),
    "rest_n": ("N, resten af gruppen", "N, rest of group"),
    "rest_mean": ("Gennemsnit, resten", "Mean, rest of group"),
    "p_welch": ("p (Welch)", "p (Welch)"),
    "p_rank": ("p (Mann-Whitney)", "p (Mann-Whitney)"),
    "p_welch_adj": ("p (Welch, korrigeret)", "p (Welch, adjusted)"),
    "p_rank_adj": ("p (Mann-Whitney, korrigeret)", "p (Mann-Whitney, adjusted)"),
    "significant": ("Signifikant", "Significant"),
    "direction": ("Retning", "Direction"),
    "group_n": ("N, hele gruppen", "N, whole group"),
    "group_mean": ("Gennemsnit, hele gruppen", "Mean, whole group"),
    "suppressed": ("Undertrykt (N < 5)", "Suppressed (N < 5)"),
    "source_doc": ("Kilde", "Source"),
    "source_line": ("Linje", "Line"),
    "source_quote": ("Citat", "Quote (in Danish)"),
    "certificate": ("Attest", "Certificate"),
    "fact_id": ("Fakta-id", "Fact id"),
}

# The change log, data versions (?v=N) and incident messages.
TEXTS.update(
    {
        "nav.changes": {"da": "Ændringer", "en": "Changes"},
        "changes.title": {"da": "Ændringer i data", "en": "Changes to the data"},
        "changes.intro": {
            "da": "Hver upload og hver tilbagetrækning af spørgeskemasvar er en ændring, nyeste først, med de tal på "
            "siderne Tilfredshed og Sammenlign, den flyttede. Hver ændring er en dataversion: linkene åbner siderne, "
            "som de så ud lige efter ændringen, også når der senere er kommet nye data.",
            "en": "Every upload and every withdrawal of survey answers is a change, newest first, with the figures it "
            "moved on the Satisfaction and Compare pages. Every change is a data version: the links open the pages "
            "as they were just after the change, even after later data has arrived.",
        },
        "changes.none": {
            "da": "Der er endnu ikke uploadet spørgeskemasvar.",
            "en": "No survey answers have been uploaded yet.",
        },
        "changes.upload": {"da": "Ændring {version}: upload", "en": "Change {version}: upload"},
        "changes.withdraw": {"da": "Ændring {version}: tilbagetrækning", "en": "Change {version}: withdrawal"},
        "changes.summary_upload": {
            "da": "Den {when} blev {answers} svar fra {respondents} respondenter tilføjet (bølge {waves}).",
            "en": "On {when}, {answers} answers from {respondents} respondents were added (wave {waves}).",
        },
        "changes.summary_withdraw": {
            "da": "Den {when} blev {answers} svar fra {respondents} respondenter trukket tilbage (bølge {waves}).",
            "en": "On {when}, {answers} answers from {respondents} respondents were withdrawn (wave {waves}).",
        },
        "changes.internals": {
            "da": "Nøgle: {key} · fil: {file} · batch: {batch}",
            "en": "Key: {key} · file: {file} · batch: {batch}",
        },
        "changes.reason": {"da": "Begrundelse: {reason}", "en": "Reason: {reason}"},
        "changes.moved": {"da": "Tal der flyttede sig:", "en": "Figures that moved:"},
        "changes.moved_more": {"da": "… og {count} tal mere.", "en": "… and {count} more figures."},
        "changes.moved_none": {
            "da": "Ingen tal på siderne flyttede sig (fx fordi batchen er beskadiget og i karantæne).",
            "en": "No figure on the pages moved (for instance because the batch is damaged and quarantined).",
        },
        "changes.open_satisfaction": {
            "da": "Tilfredshed efter ændring {version}",
            "en": "Satisfaction after change {version}",
        },
        "changes.open_compare": {"da": "Sammenlign efter ændring {version}", "en": "Compare after change {version}"},
        "changes.for_key_holders": {
            "da": "Nøglenavne, filnavne og begrundelser vises kun for indehavere af en upload-nøgle (indtast den på "
            "siden Upload).",
            "en": "Key names, file names and reasons are shown to upload-key holders only (enter the key on the Upload "
            "page).",
        },
        "version.pinned": {
            "da": "Du ser data som de var efter ændring {version} ({when}).",
            "en": "You are looking at the data as it was after change {version} ({when}).",
        },
        "version.show_latest": {"da": "Vis nyeste", "en": "Show the latest"},
        "version.invalid": {
            "da": "Dataversionen »{version}« findes ikke (en version er et ændringsnummer fra siden Ændringer). "
            "Du ser de nyeste data.",
            "en": "Data version “{version}” does not exist (a version is a change number from the Changes page). "
            "You are looking at the latest data.",
        },
        "app.incident": {
            "da": "Noget gik galt på denne side. Prøv igen om lidt. Hvis det sker igen, så oplys fejlkoden {incident} "
            "til den, der driver siden.",
            "en": "Something went wrong on this page. Please try again shortly. If it happens again, give the error "
            "code {incident} to whoever runs the site.",
        },
    }
)
