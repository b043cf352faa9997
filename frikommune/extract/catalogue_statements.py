"""statements.csv: the network's conclusions, recommendations and next steps (000 web page, 004 slide deck) and
the municipalities' wishes for permanent experiments (001).

Each statement is cited by the line it starts on. The slide deck breaks a bullet over several lines with blank
lines between; its text is the bullet joined back together (whitespace normalised, bullet sign dropped), and
``require_text`` checks that the joined text really runs on from the cited line.
"""

from __future__ import annotations

from collections import Counter

from frikommune.extract.catalogue_common import require_text, starts_on
from frikommune.extract.catalogue_experiments import experiments
from frikommune.extract.seed_text import SLIDES, WEB, WISHES, find_line, seed_lines

# (doc, kind, theme_id, experiment_id, text_da, text_en); the line is found by the text's first words.
# Web page 000: the evaluation's overall conclusions and the recommendations per theme.
_WEB = [
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har forbedret eller i hvert fald fastholdt jobcentrenes resultater som "
        "hidtil",
        "The experiments and the greater degrees of freedom have improved, or at least maintained, the jobcentres' "
        "results",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har givet mulighed for bedre ressourcefordeling i forhold til at "
        "understøtte de, der har mest brug for hjælp, og i forhold til at kunne sætte flere indsatser i værk tidligere",
        "The experiments and the greater degrees of freedom have allowed a better allocation of resources to support "
        "those who need help most, and to start more measures earlier",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har generelt set øget tilfredsheden blandt borgerne, hvor meningsskabelse "
        "har været en motiverende faktor",
        "The experiments and the greater degrees of freedom have generally increased citizens' satisfaction, with "
        "meaningfulness as a motivating factor",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har på samme vis øget tilfredsheden blandt virksomheder, læger og a-kasser",
        "The experiments and the greater degrees of freedom have likewise increased satisfaction among companies, GPs "
        "and unemployment funds",
    ),
    (
        "conclusion",
        "",
        "",
        "Endelig har forsøgene og de større frihedsgrader i høj grad motiveret medarbejderne i jobcentrene, som i højere"
        " grad har anvendt deres faglighed til meningsfuld indsats i dialog med borgere, virksomheder med flere.",
        "Finally, the experiments and the greater degrees of freedom have strongly motivated jobcentre staff, who have "
        "made more use of their professional judgement for meaningful work in dialogue with citizens, companies and "
        "others.",
    ),
    (
        "recommendation",
        "",
        "",
        "På den baggrund anbefaler frikommunenetværket, at forsøgene permanentgøres i fremtidig lovgivning.",
        "On this basis the free-municipality network recommends that the experiments be made permanent in future "
        "legislation.",
    ),
    (
        "conclusion",
        "",
        "",
        "Kommunerne i Nordjylland har gennem Frikommuneforsøg 2 vist, at de kan forvalte den større frihed, endda med "
        "succes, og til glæde for borgere.",
        "Through Free-municipality experiment 2 the North Jutland municipalities have shown that they can manage the "
        "greater freedom, even successfully, and to the benefit of citizens.",
    ),
    (
        "recommendation",
        "",
        "",
        "Derfor går netværket skridtet videre og opfordrer til, at de oprindelige ansøgninger genbesøges, da der her "
        "ligger endnu flere meningsfulde forslag til forenklinger og fleksibilitet i beskæftigelsesindsatsen.",
        "The network therefore goes a step further and calls for the original applications to be revisited, since they "
        "hold even more meaningful proposals for simplification and flexibility in employment measures.",
    ),
    # Færre proceskrav i samtale og borgermødet
    (
        "recommendation",
        "samtale",
        "",
        "Færre proceskrav er godt for borgere og medarbejdere. Minimer og fjern dem fra lovgivningen",
        "Fewer process requirements are good for citizens and staff. Minimise them and remove them from legislation",
    ),
    (
        "conclusion",
        "samtale",
        "",
        "Forsøgene, der har arbejdet med færre proceskrav i samtalen og borgermødet, har på hver sin måde bidraget med "
        "viden om, at borgere og medarbejdere er tilfredse eller meget tilfredse med de færre proceskrav, de færre "
        "regler for reglernes skyld og for de friere og mere individuelt tilpassede muligheder.",
        "The experiments with fewer process requirements in interviews and meetings have each shown that citizens and "
        "staff are satisfied or very satisfied with fewer process requirements, fewer rules for the rules' sake and the "
        "freer, more individually adapted options.",
    ),
    (
        "conclusion",
        "samtale",
        "r1-04-formkrav-samtaler",
        "I samtaleforsøget for forsikrede ledige er der tilfredshed blandt borgerne. Tilfredsheden er desuden helt "
        "tydelig hos medarbejderne, hvor langt de fleste har vurderet, at deres arbejde er blevet mere fagligt funderet,"
        " mindre administrativt tungt og mere motiverende og har bidraget til, at ressourcer har kunnet bruges, der hvor"
        " det gav mening. Og også a-kasserne har tilkendegivet, at det har givet meget mere mening for borgere og for "
        "deres ressourceforbrug.",
        "In the interview experiment for insured unemployed people citizens are satisfied. Satisfaction is also very "
        "clear among staff, most of whom find their work more professionally grounded, less administratively heavy and "
        "more motivating, and that resources could be used where it made sense. The unemployment funds, too, said it "
        "made much more sense for citizens and for their own use of resources.",
    ),
    (
        "recommendation",
        "samtale",
        "",
        "Samtaler skal også fremadrettet kunne afholdes telefonisk eller digitalt",
        "Interviews must continue to be possible by phone or digitally",
    ),
    (
        "conclusion",
        "samtale",
        "",
        "Desuden viser evalueringerne, at færre regler omkring afholdelse af samtalerne i jobcentret bidrager til en "
        "langt bedre ressourcefordeling hos de kommunale medarbejdere.",
        "The evaluations also show that fewer rules on holding interviews in the jobcentre lead to a much better "
        "allocation of municipal staff resources.",
    ),
    ("recommendation", "samtale", "", "Harmoniser lovgivningen endnu mere", "Harmonise the legislation even further"),
    (
        "recommendation",
        "samtale",
        "",
        "Ryd op i de mange regelsæt, der er overlappende og skaber forvirring for borger",
        "Clean up the many overlapping sets of rules that confuse citizens",
    ),
    (
        "conclusion",
        "samtale",
        "r3-02-ledighedsydelse-revurdering",
        "Et eksempel herpå er fra forsøget med revurdering af ledighedsydelsesmodtagere, som vidner om, at borger skal "
        "deltage i en række møder, der er overlappende, hedder noget forskelligt, og ligger på forskellige ukoordinerede"
        " tidspunkter i forløbet samt udspringer af forskellige lovgivninger.",
        "An example is the experiment on reassessing recipients of flex-job unemployment benefit, which shows that "
        "citizens must attend a series of overlapping meetings with different names, at uncoordinated times, stemming "
        "from different laws.",
    ),
    # Færre proceskrav i rehabiliteringsteams og med lægeattester
    (
        "recommendation",
        "rehabilitering",
        "",
        "Smidigere regler og færre proceskrav til lægeattester og rehabiliteringsteams går ikke ud over resultaterne",
        "Smoother rules and fewer process requirements for medical certificates and rehabilitation teams do not harm "
        "results",
    ),
    (
        "conclusion",
        "rehabilitering",
        "r2-01-rehabiliteringsteams",
        "Således viser eksempelvis forsøget med rehabiliteringsteams, og herunder jobafklaringsforsøg og "
        "lægeattestforsøg, at der i forsøgsperioden er opnået en kortere varighed i jobafklaringsforløbene, og at "
        "forsøget samlet set har bevaret beskæftigelseseffekten.",
        "For example, the rehabilitation-team experiment, including the job-clarification and certificate experiments, "
        "shows shorter job-clarification spells during the experiment while the employment effect was kept overall.",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Fjern de krav, der fører til over-sagsbehandling og ”one-size-fits-all” og lad kommunerne give en værdig og "
        "individuelt tilpasset sagsbehandling til alle",
        "Remove the requirements that lead to over-processing and 'one size fits all', and let municipalities give "
        "everyone dignified, individually adapted case handling",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Lad beslutningen om at indhente lægeattester bero på et kommunalt skøn",
        "Let the decision to obtain medical certificates rest on municipal judgement",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Fjern alle regler om obligatoriske lægeattester og lad faglige skøn danne grundlag for indhentelse af "
        "lægeattester.",
        "Remove all rules on mandatory medical certificates and let professional judgement decide when to obtain them.",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Lad kommunerne spare penge på at undlade de obligatoriske lægeattester",
        "Let municipalities save money by not obtaining the mandatory medical certificates",
    ),
    (
        "conclusion",
        "rehabilitering",
        "",
        "Det har også vist sig, at kommunerne i de fire forsøg med lægeattester har brugt 12,2 millioner kroner mindre "
        "på de obligatoriske attester.",
        "It has also turned out that the municipalities in the four experiments with medical certificates spent DKK 12.2"
        " million less on the mandatory certificates.",
    ),
    # Færre proceskrav i den virksomhedsrettede indsats
    (
        "recommendation",
        "virksomhed",
        "",
        "Forholdstalskravene bør følge med tiden",
        "The ratio requirements should keep up with the times",
    ),
    (
        "recommendation",
        "virksomhed",
        "r1-05-forholdstalskrav",
        "Derfor er tiden inde til at se på reglerne om forholdstal. Dette understøttes af forsøget med forholdstal.",
        "It is therefore time to look at the ratio rules. This is supported by the experiment on ratios.",
    ),
    ("recommendation", "virksomhed", "", "Giv jobrotationsordningen et boost", "Give the job-rotation scheme a boost"),
    (
        "recommendation",
        "virksomhed",
        "r3-03-loentilskud-jobrotation",
        "Derfor: Fjern reglerne om ledighedslængde og lad jobcentrene understøtte virksomhederne bedst muligt.",
        "Therefore: remove the rules on length of unemployment and let the jobcentres support companies as well as "
        "possible.",
    ),
    # Nye indsatser: psykologbehandling og iværksætteri
    (
        "recommendation",
        "nye-indsatser",
        "",
        "Lad beskæftigelseslovgivningen understøtte iværksætteri",
        "Let employment legislation support entrepreneurship",
    ),
    (
        "conclusion",
        "nye-indsatser",
        "",
        "Forsøgene med iværksætteri for dimittender og mikrolån har vist, at ved at understøtte ledige til at udleve "
        "deres iværksætteridé, så bidrager det ikke blot til selvforsørgelse for den enkelte, men i visse tilfælde også "
        "til jobskabelse.",
        "The experiments with entrepreneurship for graduates and microloans have shown that supporting unemployed people"
        " in realising their business idea contributes not only to their self-support but in some cases also to job "
        "creation.",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "r2-02-psykologbehandling",
        "Psykologbehandling i jobcentret bør permanentgøres",
        "Psychological treatment in the jobcentre should be made permanent",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "r2-02-psykologbehandling",
        "Desuden bør erfaringerne udbredes, så det bliver alle udsatte borgere, der kan tilbydes psykologbehandling.",
        "The experience should also be spread so that all vulnerable citizens can be offered psychological treatment.",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "",
        "Ny viden er opstået, brug den fremadrettet",
        "New knowledge has emerged; use it from now on",
    ),
    (
        "conclusion",
        "nye-indsatser",
        "r2-02-psykologbehandling",
        "Således har der i forsøget med psykologbehandling vist sig behov for at kunne fortsætte behandlingen, selv om "
        "borgere overgik til anden ydelse eller beskæftigelse, som positiv følge af forsøget.",
        "The psychological-treatment experiment showed a need to continue treatment even when citizens moved to another "
        "benefit or into work as a positive result of the experiment.",
    ),
    (
        "conclusion",
        "nye-indsatser",
        "r1-03-ivaerksaetteri-dimittender",
        "På samme vis har forsøget med iværksætteri for dimittender bidraget med viden om, at det er positivt med "
        "fritagelse for rådighed, mens borger deltager i et iværksætterforløb, og at friholdelsesperioden med fordel bør"
        " fortsætte nogle måneder efterfølgende, så konsolidering af virksomheden kommer helt på plads.",
        "Likewise, the entrepreneurship experiment for graduates showed that exemption from availability while taking "
        "part in an entrepreneurship course is positive, and that the exemption should continue some months afterwards "
        "so the business can consolidate.",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "r1-01-mikrolaan",
        "Endelig anbefales det for forsøget med mikrolån, at det kun er borgere, hvor forretningsplaner samt personlige "
        "og faglige kompetencer vurderes at bidrage til rentable virksomheder, der kan blive omfattet af reglerne "
        "fremadrettet.",
        "Finally, for the microloan experiment it is recommended that only citizens whose business plans and personal "
        "and professional skills are judged to lead to profitable businesses be covered by the rules in future.",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "",
        "Borger bliver mødt på deres behov og drømme, det er værdigt og giver mening",
        "Citizens are met on their needs and dreams; it is dignified and meaningful",
    ),
]

# Slide deck 004: the same conclusions and recommendations as bullets, and the next steps.
_SLIDES = [
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har forbedret eller i hvert fald fastholdt jobcentrenes resultater som "
        "hidtil",
        "The experiments and the greater degrees of freedom have improved, or at least maintained, the jobcentres' "
        "results",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har givet mulighed for bedre ressourcefordeling ift. at understøtte de, "
        "der har mest brug for hjælp, og i forhold til at kunne sætte flere indsatser i værk – tidligere",
        "The experiments and the greater degrees of freedom have allowed a better allocation of resources to support "
        "those who need help most, and to start more measures earlier",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har generelt set øget tilfredsheden blandt borgerne, hvor meningsskabelse "
        "har været en motiverende faktor",
        "The experiments and the greater degrees of freedom have generally increased citizens' satisfaction, with "
        "meaningfulness as a motivating factor",
    ),
    (
        "conclusion",
        "",
        "",
        "Forsøgene og de større frihedsgrader har på samme vis øget tilfredsheden blandt virksomheder, læger og A-kasser",
        "The experiments and the greater degrees of freedom have likewise increased satisfaction among companies, GPs "
        "and unemployment funds",
    ),
    (
        "conclusion",
        "",
        "",
        "Endelig har forsøgene og de større frihedsgrader i høj grad motiveret medarbejderne i jobcentrene, som i højere"
        " grad har anvendt deres faglighed til meningsfuld indsats i dialog med borgere, virksomheder m.fl.",
        "Finally, the experiments and the greater degrees of freedom have strongly motivated jobcentre staff, who have "
        "made more use of their professional judgement for meaningful work in dialogue with citizens, companies and "
        "others.",
    ),
    (
        "recommendation",
        "",
        "",
        "Frikommunenetværket anbefaler, at forsøgene permanentgøres i fremtidig lovgivning",
        "The free-municipality network recommends that the experiments be made permanent in future legislation",
    ),
    (
        "conclusion",
        "",
        "",
        "Kommunerne i Nordjylland har gennem Frikommuneforsøg II vist, at de kan forvalte den større frihed – endda med "
        "succes, og til glæde for borgere",
        "Through Free-municipality experiment II the North Jutland municipalities have shown that they can manage the "
        "greater freedom, even successfully, and to the benefit of citizens",
    ),
    (
        "recommendation",
        "",
        "",
        "Derfor går netværket skridtet videre og opfordrer til, at de oprindelige ansøgninger genbesøges, da der her "
        "ligger endnu flere meningsfulde forslag til forenklinger og fleksibilitet i beskæftigelsesindsatsen",
        "The network therefore goes a step further and calls for the original applications to be revisited, since they "
        "hold even more meaningful proposals for simplification and flexibility in employment measures",
    ),
    (
        "recommendation",
        "samtale",
        "",
        "Færre proceskrav er godt for borgere og medarbejdere – minimer og fjern dem fra lovgivningen",
        "Fewer process requirements are good for citizens and staff – minimise them and remove them from legislation",
    ),
    (
        "recommendation",
        "samtale",
        "",
        "Samtaler skal også fremadrettet kunne afholdes telefonisk eller digitalt",
        "Interviews must continue to be possible by phone or digitally",
    ),
    ("recommendation", "samtale", "", "Harmoniser lovgivningen endnu mere", "Harmonise the legislation even further"),
    (
        "recommendation",
        "samtale",
        "",
        "Ryd op i de mange regelsæt, der er overlappende og skaber forvirring for borger",
        "Clean up the many overlapping sets of rules that confuse citizens",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Smidigere regler og færre proceskrav til lægeattester og rehabiliteringsteams går ikke ud over resultaterne",
        "Smoother rules and fewer process requirements for medical certificates and rehabilitation teams do not harm "
        "results",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Fjern de krav der fører til over-sagsbehandling og ”one-size-fits-all” og lad kommunerne give en værdig og "
        "individuelt tilpasset sagsbehandling til alle",
        "Remove the requirements that lead to over-processing and 'one size fits all', and let municipalities give "
        "everyone dignified, individually adapted case handling",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Lad beslutningen om at indhente lægeattester bero på et kommunalt skøn",
        "Let the decision to obtain medical certificates rest on municipal judgement",
    ),
    (
        "recommendation",
        "rehabilitering",
        "",
        "Lad kommunerne spare penge på at undlade de obligatoriske lægeattester",
        "Let municipalities save money by not obtaining the mandatory medical certificates",
    ),
    (
        "recommendation",
        "virksomhed",
        "",
        "Forholdstalskravene bør følge med tiden",
        "The ratio requirements should keep up with the times",
    ),
    ("recommendation", "virksomhed", "", "Giv jobrotationsordningen et boost", "Give the job-rotation scheme a boost"),
    (
        "recommendation",
        "nye-indsatser",
        "",
        "Lad beskæftigelseslovgivningen understøtte iværksætteri",
        "Let employment legislation support entrepreneurship",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "r2-02-psykologbehandling",
        "Psykologbehandling i jobcentret bør permanentgøres",
        "Psychological treatment in the jobcentre should be made permanent",
    ),
    (
        "recommendation",
        "nye-indsatser",
        "",
        "Borger bliver mødt på deres behov og drømme – det er værdigt og giver mening",
        "Citizens are met on their needs and dreams – it is dignified and meaningful",
    ),
    (
        "next_step",
        "",
        "",
        "Fokus på at udbrede erfaringerne – i samarbejde med netværket",
        "Focus on spreading the experience – together with the network",
    ),
    ("next_step", "", "", "Kontakt til KL, STAR, ministre", "Contact with KL, STAR and ministers"),
    (
        "next_step",
        "",
        "",
        "Foretræde for Folketingets Beskæftigelsesudvalg og møde med beskæftigelsesministeren",
        "Hearing before the Parliament's Employment Committee and a meeting with the Minister of Employment",
    ),
    ("next_step", "", "", "Pressedækning", "Press coverage"),
    (
        "next_step",
        "",
        "",
        "Vi ønsker budskabet ud – fordi vi ønsker at gøre en forskel – i overensstemmelse med målet med at indgå i "
        "opgaven og med udgangspunkt i de gode resultater, som vi har opnået.",
        "We want to get the message out – because we want to make a difference – in line with the aim of taking on the "
        "task and based on the good results we have achieved.",
    ),
]

# 001: the experiments the municipalities want made permanent (or at least extended), with their main reason.
_WISHES = [
    (
        "wish",
        "",
        "",
        "Særligt to forsøg er der stor politisk og administrativ bevågenhed omkring i Nordjylland. Det drejer sig om de "
        "to store forsøg med mange deltagende kommuner; Formkrav ved lovpligtige samtaler og Rehabiliteringsteams – "
        "JAF-sager og LÆ265.",
        "Two experiments in particular receive great political and administrative attention in North Jutland: the two "
        "large experiments with many participating municipalities, Formal requirements for mandatory interviews and "
        "Rehabilitation teams – job-clarification cases and LÆ265.",
    ),
    (
        "wish",
        "",
        "",
        "Nedenfor oplystes begrundelser for at forsøgene bør permanentgøres eller som minimum forlænges, hvis regeringen"
        " ikke har truffet beslutning om forsøgene ved årets udgang.",
        "Below are the reasons why the experiments should be made permanent or at least extended if the government has "
        "not decided on them by the end of the year.",
    ),
    (
        "wish",
        "",
        "r1-04-formkrav-samtaler",
        "Evalueringen viste stort set samme effekt ved dette forsøg, som ved samtaler der skulle følge de mange regler. "
        "Med andre ord havde det ikke betydning med de mange proceskrav.",
        "The evaluation showed broadly the same effect in this experiment as in interviews that had to follow the many "
        "rules. In other words, the many process requirements made no difference.",
    ),
    (
        "wish",
        "",
        "r3-13-laegeattest-jobafklaring",
        "Med andre ord: Et proceskrav vedr. en bestemt lægeattest skaber hverken værdi for borger, læge eller kommune, "
        "og er fordyrende både pga. prisen på attesten og pga. den ekstra sagsbehandlingstid som opstår når der er "
        "ventetid på udarbejdelse af attesten.",
        "In other words: a process requirement for a specific medical certificate creates no value for citizen, GP or "
        "municipality, and adds cost both through the certificate's price and through the extra processing time while "
        "waiting for it.",
    ),
    (
        "wish",
        "",
        "r2-01-rehabiliteringsteams",
        "Vedr. forelæggelse af JAF-sager for rehabiliteringsteamet har forsøget vist, at der er kortere sagsvarighed, "
        "når der kan fritages for rehabiliteringsmøde.",
        "On presenting job-clarification cases to the rehabilitation team, the experiment showed shorter case duration "
        "when a rehabilitation meeting can be skipped.",
    ),
    (
        "wish",
        "",
        "",
        "De nedenfor oplyste forsøg har også fjernet procesregler eller bidraget med nye muligheder, og derfor ønskes "
        "også disse forsøg permanentgjort eller som minimumforlænget.",
        "The experiments below have also removed process rules or created new options, so these too should be made "
        "permanent or at least extended.",
    ),
    (
        "wish",
        "",
        "r3-02-ledighedsydelse-revurdering",
        "Det er derfor kommunernes vurdering, at forsøget har bidraget til, at borgerne har fået relevante tilbud på "
        "rette tid, og dermed i højere grad er blevet mødt på de behov de har, uden at sagsforløbene er forlænget.",
        "The municipalities therefore judge that the experiment has helped citizens get relevant offers at the right "
        "time and thus be met on their needs, without longer case courses.",
    ),
    (
        "wish",
        "",
        "r3-03-loentilskud-jobrotation",
        "Som evalueringen vidste er der en god beskæftigelseseffekt iht. forsøget med fleksible rammer for jobrotation.",
        "As the evaluation showed, the experiment with flexible rules for job rotation has a good employment effect.",
    ),
    (
        "wish",
        "",
        "r3-08-ressourceforloeb-forlaengelse",
        "Dette forsøg er i forlængelsesperioden ikke blevet anvendt ret meget, men muligheden for at i de sager, hvor "
        "det er relevant, at kunne anvende bestemmelserne, er fortsat relevant.",
        "This experiment has not been used much during the extension period, but being able to use the provisions in the"
        " cases where it is relevant is still relevant.",
    ),
    (
        "wish",
        "",
        "r3-10-foertidspension-loentilskud",
        "Derfor vurderes det relevant at permanentgøre forsøget og dermed lette unødvendige proceskrav.",
        "It is therefore considered relevant to make the experiment permanent and so lighten unnecessary process "
        "requirements.",
    ),
    (
        "wish",
        "",
        "r1-01-mikrolaan",
        "Hvis frikommunereglerne ikke permanentgøres eller forlænges, vil det betyde, at det alene er revalidender der "
        "kan modtage den form for hjælp.",
        "If the free-municipality rules are not made permanent or extended, only people in vocational rehabilitation "
        "will be able to receive this kind of help.",
    ),
    (
        "wish",
        "",
        "r2-02-psykologbehandling",
        "På baggrund af de positive erfaringer med forsøget anbefales det, at kommunerne fremover får mulighed for at "
        "tilbyde psykologbehandling til borgere, der har vanskeligt ved at få opfyldt deres behandlingsbehov på anden "
        "vis eller i tilfælde, hvor en tværfaglig beskæftigelsesrettet indsats vurderes at være essentiel.",
        "Based on the positive experience it is recommended that municipalities in future may offer psychological "
        "treatment to citizens who find it hard to get their treatment needs met otherwise, or where a "
        "cross-disciplinary employment measure is considered essential.",
    ),
]


def _locate(doc: str, text: str, start: int) -> int:
    """The line a statement starts on: the first line from ``start`` that holds it or begins it."""
    for n in range(start, len(seed_lines(doc)) + 1):
        if starts_on(doc, n, text):
            try:
                require_text(doc, n, text)
            except ValueError:
                continue  # begins like the statement but runs on differently (e.g. a theme heading)
            return n
    raise ValueError(f"{doc}: statement {text[:40]!r} not found after line {start}")


def statement_rows() -> list[dict[str, str]]:
    """statements.csv, in source order per document; ids 'stmt-<doc prefix>-<line>-<k>'."""
    themes = {e.experiment_id: e.theme_id for e in experiments()}
    rows: list[dict[str, str]] = []
    for doc, items, first in (
        (WEB, _WEB, find_line(WEB, "Evalueringerne viser samlet set")),
        (SLIDES, _SLIDES, find_line(SLIDES, "Overordnede konklusioner")),
        (WISHES, _WISHES, 1),
    ):
        per_line: Counter[int] = Counter()
        cursor = first
        for kind, theme, exp, text_da, text_en in items:
            # Statements are listed in source order, so each search starts where the previous one was found;
            # this keeps the 004 repetitions of 000's wording apart from each other.
            line = _locate(doc, text_da, cursor)
            text = require_text(doc, line, text_da)
            cursor = line
            per_line[line] += 1
            rows.append(
                {
                    "statement_id": f"stmt-{doc[:3]}-{line}-{per_line[line]}",
                    "kind": kind,
                    "theme_id": theme or (themes.get(exp, "") if exp else ""),
                    "experiment_id": exp,
                    "text_da": text,
                    "text_en": text_en,
                    "source_doc": doc,
                    "source_line": str(line),
                }
            )
    return rows
