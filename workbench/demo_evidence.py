"""The demo dossier's evidence, as data: documents, arguments per option and advisors' stances.

Everything here is taken from the five public documents of the 2024 consultation on the future
of Flemish cluster policy in ``resources/demo/`` (see its README.md):

- ``vario-advies-36.txt``: VARIO Advies 36 (6 mei 2024), recommendations 1-4;
- ``speerpuntclusters-advies-groenboek.txt``: the consolidated advice of the six spearhead
  clusters (added value, SWOT of scenarios 1-4 in 3.3.1-3.3.4, preferred "scenario 3+", IBN);
- ``speerpuntclusters-memorandum-2024.md``: the clusters' Memorandum 2024;
- ``groenboek-mededeling.md`` and ``parlementaire-vraag-clusterpacten.txt``: background.

Every ``Quote.exact`` is the plain text of one passage of one paragraph, verbatim (curly quotes,
accents, typos such as "speerputcluster" and "ecoysteem" kept), with line breaks replaced by single
spaces and Markdown emphasis removed; it occurs exactly once in its document under
whitespace-insensitive comparison (tests/test_demo_evidence_data.py checks this). The argument
statements and stance notes are the officer's own wording (Dutch); every stance note quotes its
ground verbatim between ‘ ’, and a stance the advisor does not state itself is marked inferred
(``explicit=False``). SERV and HBC sent no advice that is in the dossier, so they have no stances;
the documents name them only as "SERV" and "HBC" and give no date on which they were asked.
"""

from __future__ import annotations

from dataclasses import dataclass

# File names in resources/demo/.
VARIO_DOC = "vario-advies-36.txt"
SPC_DOC = "speerpuntclusters-advies-groenboek.txt"
MEMO_DOC = "speerpuntclusters-memorandum-2024.md"
COMMUNICATION_DOC = "groenboek-mededeling.md"
PARLIAMENT_DOC = "parlementaire-vraag-clusterpacten.txt"

OPTION_KEYS = ("S1", "S2", "S3", "S4", "3+", "IBN")
STANCE_ADVISORS = ("VARIO", "SPC")


@dataclass(frozen=True)
class DemoDocument:
    file_name: str
    advisor_key: str | None      # None: a background document, not an advice
    title: str
    date: str | None             # ISO date, only where the document itself states it
    reference: str               # "" when the document has none
    status: str | None           # the advisor status the document implies ("received"), None: none
    note: str = ""


@dataclass(frozen=True)
class Quote:
    document: str                # file name in resources/demo/
    exact: str


@dataclass(frozen=True)
class DemoArgument:
    option_key: str
    position: str                # pro / con / condition
    text: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class DemoStance:
    advisor_key: str
    option_key: str
    stance: str                  # see workbench.model.STANCES
    note: str                    # quotes its ground verbatim between ‘ ’
    quotes: tuple[Quote, ...] = ()
    explicit: bool = True        # False: the officer inferred it; the advisor does not say so


def _v(exact: str) -> Quote:
    return Quote(VARIO_DOC, exact)


def _s(exact: str) -> Quote:
    return Quote(SPC_DOC, exact)


def _m(exact: str) -> Quote:
    return Quote(MEMO_DOC, exact)


DOCUMENTS: tuple[DemoDocument, ...] = (
    DemoDocument(
        VARIO_DOC, "VARIO", "Advies 36: Toekomst van het Vlaamse clusterbeleid - groenboek",
        "2024-05-06", "Advies 36", "received",
        "Webpaginasamenvatting van het advies (aanbevelingen 1-4)."),
    DemoDocument(
        SPC_DOC, "SPC", "Geconsolideerd advies van de zes speerpuntclusters over het groenboek",
        None, "", "received",
        "Niet gedateerd; vermeldt de adviesvraag van 27 maart 2024 en verwijst naar een "
        "commissievergadering van 18 april 2024."),
    DemoDocument(
        MEMO_DOC, None, "Memorandum 2024 van de zes Vlaamse speerpuntclusters (achtergrond)",
        None, "", None,
        "Achtergronddocument van de clusters, geen antwoord op de adviesvraag: het geconsolideerde "
        "advies verwijst naar ‘het gemeenschappelijke memorandum van de speerpuntclusters’."),
    DemoDocument(
        COMMUNICATION_DOC, None,
        "Mededeling aan de Vlaamse Regering - Groenboek: de toekomst van het Vlaamse clusterbeleid",
        None, "VR 2024 2203 MED.0096/2BIS", None,
        "Achtergrond: de vier scenario's en de twee adviesvragen. Niet gedateerd; het kenmerk staat "
        "niet in deze tekst zelf maar wordt zo geciteerd in het advies van de speerpuntclusters."),
    DemoDocument(
        PARLIAMENT_DOC, None, "Clusterpacten - Vernieuwing (parlementaire vraag en antwoord)",
        None, "", None,
        "Achtergrond: stand van de clusterpacten en middelen (cijfers 2019-2020); niet gedateerd."),
)


ARGUMENTS: tuple[DemoArgument, ...] = (
    # ---- Scenario 1: commerciële organisaties zonder structurele overheidsfinanciering ----
    DemoArgument("S1", "pro",
                 "Een meer commercieel bedrijfsmodel kan de afhankelijkheid van subsidies beperken.", (
                     _s("Het overschakelen op een alternatief bedrijfsmodel met een meer commerciële "
                        "benadering heeft als voordeel dat de afhankelijkheid van subsidies kan worden "
                        "beperkt."),
                 )),
    DemoArgument("S1", "con",
                 "Samen met de subsidies verliest ook het partnerschap met de overheid aan belang, "
                 "wat een gemiste kans is.", (
                     _s("Het overschakelen op een alternatief bedrijfsmodel met een meer commerciële "
                        "benadering heeft als voordeel dat de afhankelijkheid van subsidies kan worden "
                        "beperkt. Het nadeel is echter dat samen met de subsidies ook het partnerschap "
                        "met de overheid minder belangrijk zal worden, wat een gemiste kans is."),
                     _v("VARIO vindt het belangrijk dat de clusters financieel ondersteund worden in hun "
                        "basiswerking om hun onafhankelijke centrale actorrol duurzaam te blijven "
                        "opnemen. Dit is ook nodig om de connectie tussen de speerpuntclusters en de "
                        "Vlaamse overheid voldoende te behouden bij het realiseren van verschillende "
                        "transities."),
                 )),
    DemoArgument("S1", "con",
                 "Commerciële activiteiten brengen een risico op marktverstoring mee en bemoeilijken de "
                 "neutrale rol van de clusters in het ecosysteem.", (
                     _s("Het inzetten op commerciële activiteiten brengt een risico op marktverstoring "
                        "met zich mee, en bemoeilijkt ook de neutrale rol van de speerpuntclusters in "
                        "het ecoysteem."),
                 )),
    DemoArgument("S1", "con",
                 "Zonder structurele financiering van de basiswerking kunnen de clusters hun "
                 "onafhankelijke, centrale actorrol niet duurzaam blijven opnemen.", (
                     _v("VARIO vindt het belangrijk dat de clusters financieel ondersteund worden in hun "
                        "basiswerking om hun onafhankelijke centrale actorrol duurzaam te blijven "
                        "opnemen."),
                     _m("Zorg voor een toereikende en verdere structurele ondersteuning van de "
                        "basiswerking die in lijn is met de vele rollen die de Speerpuntclusters "
                        "opnemen"),
                 )),
    DemoArgument("S1", "con",
                 "Een commercieel model vergt een anciënniteit die minder mature clusters niet hebben: "
                 "zo mist het jonge MEDVIA de financiële buffer om zonder structurele financiering te "
                 "werken.", (
                     _s("Daarnaast vereist de overschakeling naar een commercieel bedrijfsmodel een "
                        "zekere anciënniteit die niet haalbaar is voor de minder mature clusters. Zo "
                        "heeft de recent gestarte speerputcluster MEDVIA onvoldoende financiële buffer "
                        "om zonder structurele overheidsfinanciering de verwachte taken op te nemen."),
                 )),
    DemoArgument("S1", "con",
                 "Taken steunen via andere staatssteunroutes (steun aan kmo's, de-minimissteun, steun "
                 "aan de clusterorganisatie als onderzoeksorganisatie) kan, maar is minder aangewezen "
                 "door de administratieve en operationele complexiteit.", (
                     _s("Alternatieven voor de hierboven geciteerde aanmelding zijn mogelijk, maar minder "
                        "aangewezen omwille van hun administratieve en operationele complexiteit. Zo "
                        "kunnen bepaalde taken gesteund worden via bv. steun aan kmo’s of "
                        "de-minimissteun aan grotere bedrijven in de cluster, tot zelfs steun aan de "
                        "clusterorganisatie zelf als organisatie voor onderzoek en kennisverspreiding"),
                 )),
    DemoArgument("S1", "pro",
                 "Meer mature clusters zouden sneller andere en complexere taken van de Vlaamse "
                 "overheid kunnen krijgen, via overheidsopdrachten.", (
                     _s("Meer mature speerpuntclusters zouden sneller andere en complexere taken kunnen "
                        "toegewezen krijgen door de Vlaamse overheid (cf. overheidsaanbestedingen)."),
                 )),
    DemoArgument("S1", "condition",
                 "Enkel voor specifieke, goed gedefinieerde taken en activiteiten van bepaalde clusters "
                 "kan een beperkte inzet van scenario 1 zinvol zijn.", (
                     _s("Voor specifieke goed gedefinieerde taken en activiteiten van bepaalde "
                        "speerpuntclusters kan een beperkte inzet van scenario één zinvol zijn."),
                 )),

    # ---- Scenario 2: inkanteling in bestaande organisaties ----
    DemoArgument("S2", "con",
                 "Clusterwerking organiseren vanuit onderzoeksorganisaties staat haaks op de essentie "
                 "van het clusterbeleid en is een uitdoofscenario.", (
                     _s("Het organiseren van de clusterwerking vanuit onderzoeksorganisaties staat haaks "
                        "op de essentie van het clusterbeleid en is volgens de speerpuntclusters een "
                        "uitdoofscenario."),
                 )),
    DemoArgument("S2", "con",
                 "Het bestaansrecht van een cluster ligt in de gedragenheid bij ondernemingen en de "
                 "vertrouwensrelatie met de leden, wat niet vanuit onderzoeksorganisaties te "
                 "organiseren is.", (
                     _s("Zoals beschreven in het groenboek, wordt het bestaansrecht van een "
                        "clusterorganisatie bepaald door zijn gedragenheid bij ondernemingen. De "
                        "vertrouwensrelatie tussen de leden van de cluster en de gezamenlijke visie voor "
                        "een versterking van de competitiviteit van de bedrijvenzijn hierbij essentieel. "
                        "Dit is onmogelijk te organiseren vanuit de onderzoeksorganisaties."),
                 )),
    DemoArgument("S2", "con",
                 "SOC's vertrekken vanuit hun eigen O&O, clusters vanuit een vraaggedreven markt: dat "
                 "verschil zit in het DNA en is niet door inkanteling overdraagbaar.", (
                     _s("De SOCs zijn onderzoeksorganisaties en hebben een heel andere missie en "
                        "opdrachten dan een speerpuntcluster."),
                     _s("Een speerpuntcluster vertrekt vanuit een vraaggedreven markt die uit het ganse "
                        "Vlaamse ecosysteem komt en gestuurd wordt door een industrieel of "
                        "bedrijfsspecifiek belang. Dit fundamentele verschil zit in het DNA van de "
                        "organisaties ingebouwd en is niet a priori door inkanteling overdraagbaar."),
                 )),
    DemoArgument("S2", "con",
                 "SOC's zijn als uitvoerders van onderzoek niet neutraal, terwijl clusters net een "
                 "neutrale partner voor hun bedrijven moeten zijn.", (
                     _s("SOC´s zijn, gezien hun activiteiten en specifieke plaats in de triple helix als "
                        "uitvoerder van onderzoek, ook niet neutraal terwijl speerpuntclusters net de "
                        "taak hebben om een neutrale partner te zijn voor aangeslotenbedrijven door hen "
                        "te connecteren met de kennisinstelling, in binnen- of buitenland, die over de "
                        "meest geschikte expertise beschikt."),
                 )),
    DemoArgument("S2", "con",
                 "Bij eerdere inkantelingen ging het bedrijfsgedreven karakter verloren, terwijl dat "
                 "net een troef van het clusterbeleid is.", (
                     _s("Voorbeelden van inkantelingen uit het verleden, waar de "
                        "bedrijfs/ondernemingsgedreven component verloren is gegaan en vervangen werd "
                        "door een eerder kennisgedreven werking zijn Cleantech Flanders, VLAKWA en "
                        "Flanders Drive."),
                     _m("De speerpuntclusters zijn bedrijfsgedreven organisaties, waardoor relevantie "
                        "gegarandeerd is en implementatie versneld wordt"),
                 )),

    # ---- Scenario 3: kruispunten van economische en maatschappelijke meerwaarde ----
    DemoArgument("S3", "pro",
                 "Scenario 3 zet het huidige partnerschap tussen overheid en clusters voort met behoud "
                 "van de sterktes van het huidige clusterbeleid (clusters, 3.3.3 Scenario 3); VARIO "
                 "verkiest, zonder een scenario te noemen, grotendeels die verderzetting.", (
                     _s("Dit scenario gaat voornamelijk uit van een verderzetting van het huidige "
                        "partnerschap tussen de Vlaamse overheid en de clusterorganisaties, met behoud "
                        "van de sterktes van het huidige clusterbeleid."),
                     _v("VARIO verkiest grotendeels een verderzetting van het huidige clusterbeleid met "
                        "een terechte focus op economische valorisatie en een duidelijke rol voor de "
                        "maatschappelijke uitdagingen gelinkt aan de transities."),
                 )),
    DemoArgument("S3", "pro",
                 "Vanuit hun sterktes, bedrijfsgedrevenheid en neutraliteit kunnen de clusters logisch "
                 "doorgroeien naar een rol in transities en systeeminnovatie.", (
                     _s("Dit is een logische evolutie voor de bestaande speerpuntclusters om vanuit hun "
                        "sterktes, bedrijfsgedrevenheid en neutraliteit een rol op te nemen in de "
                        "noodzakelijke transities, een rol die sommige clusters ook al deels uitvoeren. "
                        "Speerpuntclusters kunnen systeeminnovatie ondersteunen en disruptieve innovaties "
                        "op gang trekken."),
                 )),
    DemoArgument("S3", "condition",
                 "Voorwaarde voor elk scenario, dus ook voor dit: het geoormerkte projectbudget blijft "
                 "behouden (clusters), en er blijven geoormerkte middelen voor de projecten en zeker "
                 "de interclusterprojecten (VARIO).", (
                     _s("In elk geval is het belangrijk dat het geoormerkt projectbudget behouden blijft "
                        "voor de speerpuntclusters, ongeacht welk scenario uitgewerkt wordt."),
                     _v("VARIO vindt het daarnaast belangrijk dat er blijvend geoormerkte middelen "
                        "vrijgemaakt worden voor de projecten van de speerpuntclusters, en zeker voor de "
                        "interclusterprojecten."),
                 )),
    DemoArgument("S3", "pro",
                 "De ondersteuning en financiering van de clusters kan worden ingebed in een "
                 "overkoepelende strategie voor industrie- en innovatiebeleid.", (
                     _s("De ondersteuning en financiering van clusters kan daarbij geïntegreerd worden in "
                        "een overkoepelende strategie voor industrie- en innovatiebeleid, waarbij de focus "
                        "ligt op hun rol om nieuwe economische en maatschappelijke kernuitdagingen In "
                        "Vlaanderen aan te pakken."),
                 )),
    DemoArgument("S3", "pro",
                 "VARIO ziet de clusters als instrument voor zowel economische valorisatie als "
                 "maatschappelijke uitdagingen, ook binnen transformatief innovatiebeleid: de "
                 "kruispunten van scenario 3 (VARIO noemt het scenario niet).", (
                     _v("VARIO stelt dat speerpuntclusters een instrument zijn voor economische "
                        "valorisatie en het aanpakken van maatschappelijke uitdagingen via O&O&I, en "
                        "vraagt om hen ook meer expliciet in te zetten binnen transformatief "
                        "innovatiebeleid."),
                 )),
    DemoArgument("S3", "con",
                 "De financiering zoals voorgesteld in scenario 3 is administratief omslachtig voor "
                 "VLAIO en voor de clusters.", (
                     _s("De financiering in scenario 3 lijkt de speerpuntclusters administratief "
                        "omslachtig zowel voor VLAIO als voor clusterorganisaties en kan beter "
                        "ondervangen worden door een aanmelding bij de Europese Commissie."),
                 )),
    DemoArgument("S3", "condition",
                 "Scenario 3 komt het dichtst bij de voorkeur van de clusters, mits blijvende "
                 "financiering op basis van artikel 27 AGVV.", (
                     _s("Scenario drie leunt hier het dichtste tegen aan mits een blijvende financiering "
                        "op basis van artikel 27 AGVV."),
                 )),
    DemoArgument("S3", "condition",
                 "De diversiteit van de clusters moet behouden blijven: geen uniforme taakinvulling, en "
                 "jonge clusters krijgen nog aanlooptijd.", (
                     _s("Speerpuntclusters zijn divers in hun opzet en doelgroepen, dit aspect dient "
                        "zeker behouden te blijven. Het heeft geen zin om van alle speerpuntclusters "
                        "eenzelfde taakinvulling te verwachten. Jonge speerpuntclusters hebben zeker nog "
                        "hun aanlooptijd nodig."),
                 )),
    DemoArgument("S3", "condition",
                 "Nog samen uit te werken: de financiering van taken rond maatschappelijke "
                 "uitdagingen, de ondersteuning van KMO-innovatie en de uitbreiding van het "
                 "quadruple-helixmodel (clusters); VARIO schuift gelijkaardige bijkomende "
                 "verwachtingen naar voren.", (
                     _s("Elementen die in het groenboek worden aangehaald en die samen verder dienen te "
                        "worden uitgewerkt zijn de financiering van specifieke taken gerelateerd aan "
                        "maatschappelijke uitdagingen, de ondersteuning van KMO-innovatie en de "
                        "uitbreiding van het quadruple-helix model."),
                     _v("VARIO neemt ook eerdere adviezen in overweging en schuift voor de "
                        "speerpuntclusters bijkomende verwachtingen naar voren: maak ruimte voor pioniers "
                        "en kmo’s, streef Europese hefboomwerking na voor kmo’s, werk ‘quadruple helix’ "
                        "samenwerking verder uit en zet sterker in op kennisdiffusie."),
                 )),
    DemoArgument("S3", "condition",
                 "De bestaande sterktes blijven: een sterke economische rol via bottom-up innovatie, "
                 "grote betrokkenheid van bedrijven, een onafhankelijke rol (VARIO, aanbeveling 1.1).", (
                     _v("VARIO vindt het belangrijk dat de speerpuntclusters de volgende sterktes "
                        "(blijven) vertonen: een sterke economische rol via bottom-up innovatie, grote "
                        "betrokkenheid van bedrijven, voldoende onafhankelijke/neutrale rol, facilitator "
                        "van samenwerking en Europees relevant."),
                 )),
    DemoArgument("S3", "condition",
                 "Duidelijke, meetbare doelstellingen met een bijgestuurde evaluatie, en een versterkte "
                 "partnerschapsrol van VLAIO naast de financiering (VARIO, aanbevelingen 1.3 en 3).", (
                     _v("VARIO is van oordeel dat de doelmatigheid van het clusterbeleid enkel goed kan "
                        "geëvalueerd worden indien die doelstellingen ook duidelijk en meetbaar worden "
                        "gesteld. Bij het inzetten van de speerpuntcluster voor maatschappelijke "
                        "uitdagingen is een bijsturing van de evaluatie-insteek nodig."),
                     _v("Om bovenstaande aanbevelingen te bewerkstelligen, bepleit VARIO een versterkte "
                        "partnerschapsrol voor VLAIO in de begeleiding en opvolging van de "
                        "speerpuntclusters, naast de bestaande financieringsrol. Dit partnerschap zal des "
                        "te belangrijker zijn bij het aanpakken van maatschappelijke uitdagingen."),
                 )),
    DemoArgument("S3", "condition",
                 "Wat de clusters voor elk scenario vragen, dus ook voor dit: een lange tijdshorizon "
                 "(2.2), een minimum aan administratie (2.5) en samen met VLAIO gestroomlijnde "
                 "instrumenten (2.6).", (
                     _s("In elk van de scenario´s is het dan ook essentieel dat een lange tijdshorizon "
                        "wordt aangehouden."),
                     _s("De speerpuntclusters ijveren dan ook voor een clusterbeleid dat maximaal is "
                        "gebouwd op het KISS (Keep It Stupid Simple) principe, maximaal transparant is "
                        "en een minimum aan administratieve overhead behelst."),
                     _s("De speerpuntclusters stellen voor om, los van de keuze van scenario, samen met "
                        "VLAIO na te denken over deze verschillende instrumenten en hoe deze kunnen "
                        "worden gestroomlijnd om de kansen op economische en maatschappelijke baten ten "
                        "gevolge van innovatie te vergroten."),
                 )),

    # ---- Scenario 4: nieuw clusterprogramma voor systemische transformaties ----
    DemoArgument("S4", "con",
                 "VARIO verkiest een scenario met in hoofdzaak een economische opdracht (met een sterke "
                 "link naar transformatief innovatiebeleid), niet een opdracht die primair op "
                 "maatschappelijke uitdagingen gericht is.", (
                     _v("VARIO verkiest voor hun toekomst een scenario met in hoofdzaak een economische "
                        "opdracht en met een sterke link naar transformatief innovatiebeleid"),
                 )),
    DemoArgument("S4", "con",
                 "Als mandaathouder voor systeemtransitie krijgen de clusters een veel ruimere opdracht, "
                 "met minder focus op innovatie voor economische meerwaarde.", (
                     _s("In dit scenario worden clusters in de rol van mandaathouder voor systeemtransitie "
                        "geplaatst. Dit houdt een aanzienlijke uitbreiding van hun activiteiten en "
                        "verantwoordelijkheden in. Door de verschuiving van de focus naar het aanpakken "
                        "van maatschappelijke systeemfouten, zal er minder focus kunnen zijn op het "
                        "stimuleren van innovatie om zowel economische meerwaarde te creëren voor "
                        "bedrijven als oplossingen te vinden voor maatschappelijke uitdagingen."),
                 )),
    DemoArgument("S4", "con",
                 "Scenario 4 is een risico voor de continuïteit van het clusterbeleid: één cluster kan "
                 "geen systeemtransitie uitrollen, daarvoor is ook innovatie bij de overheid nodig.", (
                     _s("Dit scenario vormt een risico (uitdaging) voor de continuïteit van het "
                        "clusterbeleid. Het is namelijk weinig waarschijnlijk dat een systeemtransitie "
                        "kan uitgerold worden door een individuele organisatie/cluster. Er is ook "
                        "innovatie in de overheid nodig (bv. nieuwe en aangepaste regelgeving) en dit "
                        "zorgt voor een andere verhouding tussen ondernemingen en kennisinstellingen "
                        "enerzijds en overheden anderzijds."),
                 )),
    DemoArgument("S4", "con",
                 "Het grote hefboomeffect van de gerichte inzet op een beperkt aantal strategische "
                 "domeinen is in scenario 4 verre van gegarandeerd.", (
                     _s("Een van de grote troeven van het huidig clusterbeleid is de zeer gerichte inzet "
                        "op een beperkt aantal voor Vlaanderen strategische domeinen. Deze rechtstreekse "
                        "connectie garandeert een groot hefboomeffect. Dit hefboomeffect dient ook in "
                        "scenario 4 gehandhaafd te worden wat verre van evident is."),
                     _m("De middelen worden zeer gericht ingezet op een beperkt aantal belangrijke "
                        "sectoren en thema's, waardoor het hefboomeffect groot is"),
                 )),
    DemoArgument("S4", "con",
                 "Het scenario gaat uit van nieuwe juridische entiteiten, wat voor een aanmelding bij "
                 "Europa niet nodig is: de bestaande clusters verder financieren via artikel 27 AGVV "
                 "is haalbaar via aanmelding.", (
                     _s("De speerpuntclusters merken ook op dat dit scenario gebaseerd is op nieuwe "
                        "juridische entiteiten. Volgens de analyse van de mogelijkheden tot aanmelden van "
                        "het clusterbeleid bij Europa is dit evenwel niet noodzakelijk. De verdere "
                        "financiering van de bestaande speerpuntclusters via de modaliteiten van artikel "
                        "27 AGVV is haalbaar via de procedure van aanmelding."),
                 )),
    DemoArgument("S4", "con",
                 "Transities kunnen ook op gang komen via interclusterprojecten op basis van "
                 "gezamenlijke interclusterroadmaps, zonder een nieuw programma.", (
                     _s("Transities kunnen verder bv ook geïnitieerd worden door interclusterprojecten "
                        "gebaseerd op gezamenlijke interclusterroadmaps."),
                 )),
    # ---- Scenario 3+: variant van de speerpuntclusters ----
    DemoArgument("3+", "pro",
                 "Scenario 3+ behoudt de essentie van de clusterwerking (bedrijfsgedreven, lange "
                 "termijn) en verschuift de focus naar de kruispunten van economische en "
                 "maatschappelijke uitdagingen.", (
                     _s("De essentie van de clusterwerking blijft behouden, met behoud van "
                        "bedrijfsgedrevenheid en een langetermijnvisie. Het clusterbeleid richt zich op "
                        "samenwerking en innovatie met geoormerkte middelen, maar met een verschuiving "
                        "gericht naar kruispunten tussen economische en maatschappelijke uitdagingen en "
                        "passend in een transformatief innovatiebeleid."),
                 )),
    DemoArgument("3+", "pro",
                 "De basiswerking wordt structureel ondersteund via een aanmelding van staatssteun "
                 "binnen de O&O&I-kaderregeling, zonder de beperking in tijd en middelen van artikel 27 "
                 "AGVV.", (
                     _s("De financiële ondersteuning van de clusterorganisaties hoeft niet beperkt te "
                        "blijven tot de in scenario drie opgesomde artikels in de AGVV. Integendeel, een "
                        "structurele ondersteuning van de basiswerking wordt best gegarandeerd door "
                        "aanmelding van staatssteun binnen de Europese kaderregeling O&O&I "
                        "kaderregeling (zie hoger)"),
                     _s("In 2022 werd door de Europese Commissie beslist (mededeling via een "
                        "omzendbrief1) dat lidstaten de mogelijkheid krijgen om hun innovatieclusters "
                        "langer dan 10 jaar te steunen en/of meer middelen toe te kennen dan 10 miljoen "
                        "EUR mits deze steun aangemeld wordt als staatsteun binnen de O&O&I "
                        "kaderregeling."),
                 )),
    DemoArgument("3+", "pro",
                 "Aanmelding bij de Europese Commissie is haalbaar: het VLAIO-programma is strenger dan "
                 "nodig, en er is voldoende materiaal om het marktfalen aan te tonen (3.2).", (
                     _s("Het programma dat VLAIO opgezet heeft voor de speerpuntclusters (handleiding, "
                        "evaluatie, tussentijdse opvolging, evaluaties door ECOOM, …) is veel "
                        "stringenter dan nodig voor de aanmelding van de steun via de mededeling rond "
                        "artikel 27 van de Algemene Groepsvrijstellings Verordening."),
                     _s("VLAIO beschikt dankzij de resultaten van het Groenboek, ECOOM-studies en de "
                        "VUB-studie over voldoende materiaal om aan te tonen dat de innovatieclusters wel "
                        "degelijk een antwoord bieden op een marktfalen."),
                 )),
    DemoArgument("3+", "pro",
                 "De clusters ondersteunen de evolutie naar een innovatiebeleid van de derde generatie, "
                 "gericht op complexe maatschappelijke uitdagingen.", (
                     _s("De speerpuntclusters ondersteunen de evolutie van een innovatiebeleid van de 2de "
                        "generatie, grotendeels gericht op economische competitiviteit en groei, naar "
                        "een innovatiebeleid van de 3de generatie, eerder gericht op complexe "
                        "maatschappelijke uitdagingen, zoals beschreven in VARIO-advies Nr.35."),
                 )),
    DemoArgument("3+", "pro",
                 "Elementen uit scenario 1 en 4 kunnen per cluster flexibel met scenario 3 worden "
                 "gecombineerd, afhankelijk van de strategie van elke cluster.", (
                     _s("De scenario’s één en vier bevatten interessante elementen die eventueel kunnen "
                        "gecombineerd worden met scenario drie. Wegens de diversiteit van de "
                        "speerpuntclusters is een maximale flexibiliteit nodig om bepaalde elementen uit "
                        "deze scenario’s al dan niet mee te nemen, afhankelijk van de strategie van elke "
                        "individuele speerpuntcluster."),
                 )),
    DemoArgument("3+", "condition",
                 "Het bedrijfsgestuurde karakter van de clusters blijft essentieel en economische "
                 "competitiviteit moet een belangrijk doel blijven.", (
                     _s("De speerpuntclusters benadrukken dat het bedrijfsgestuurde karakter van de "
                        "clusters essentieel is, en dat economische competitiviteit een belangrijk doel "
                        "moet blijven."),
                 )),
    DemoArgument("3+", "condition",
                 "Bij het combineren van elementen moet de unieke rol van de clusters als centrale en "
                 "neutrale actor bewaakt worden.", (
                     _s("Een aandachtspunt hierbij is het bewaken van de unieke rol als centrale en "
                        "neutrale actor in het innovatie ecosysteem."),
                 )),
    DemoArgument("3+", "condition",
                 "De 50%-subsidie voor de basiswerking kan blijven mits aanmelding van een programma bij "
                 "de Europese Commissie en minder administratieve last, bij voorkeur via een convenant "
                 "van minstens vijf jaar.", (
                     _s("In het geprefereerde scenario kan de subsidie van 50% voor de basiswerking "
                        "(coördinatie) behouden blijven cf. de voorwaarden van artikel 27 mits "
                        "aanmelding van een programma voor speerpuntclusters aan de Europese Commissie, "
                        "en mits verlaging van de administratieve workload."),
                     _s("Als partner lijkt een convenant voor minstens 5 jaar, met een aantal "
                        "tussentijdse checkpoints en opvolging via VLAIO en/of EWI/ECOOM een logischere "
                        "en veel efficiëntere werkwijze."),
                 )),

    # ---- Vraag 2: nieuwe oproep Innovatieve Bedrijfsnetwerken ----
    DemoArgument("IBN", "pro",
                 "De tijd is rijp voor een open oproep rond nieuwe strategische thema's, met een "
                 "bottom-up aanpak.", (
                     _v("VARIO acht de tijd rijp voor een open oproep rond nieuwe strategische thema’s "
                        "en is daarbij voorstander van een bottom-up aanpak."),
                 )),
    DemoArgument("IBN", "condition",
                 "Beide adviezen willen geen oproep die nieuwe organisaties opricht: VARIO vraagt "
                 "oproepen op projectbasis zonder nieuwe organisaties of structuren, de clusters "
                 "collectieve haalbaarheidsstudies in plaats van een oproep voor nieuwe clusters.", (
                     _v("VARIO vraagt om te bekijken of de oproepen kunnen plaatsvinden op projectbasis "
                        "zonder het opzetten van nieuwe organisaties/structuren."),
                     _s("De speerpuntclusters pleiten er wel voor om hiervoor niet te werken via een "
                        "oproep voor nieuwe clusters, maar om instrumenten zoals collectieve "
                        "haalbaarheidsstudies in te zetten – aan te vragen door diverse types "
                        "organisaties, waaronder kennisinstellingen, federaties, speerpuntclusters, "
                        "overheden, ... - en die via het clusterbesluit te steunen."),
                 )),
    DemoArgument("IBN", "condition",
                 "Enkel met een strenge selectie (kop van aanbeveling 4), en als een "
                 "speerpuntclusterperspectief geboden wordt, met vooraf ambitieuze en duidelijke KPI's.", (
                     _v("Indien het perspectief van een speerpuntcluster wordt aangeboden is het wel "
                        "belangrijk om op voorhand ambitieuze en duidelijke KPI’s voorop te zetten."),
                 )),
    DemoArgument("IBN", "con",
                 "Ruimte voor nieuwe thema's die ondernemingen aanbrengen, maar niet via een oproep "
                 "voor nieuwe clusters: collectieve haalbaarheidsstudies, gesteund via het "
                 "clusterbesluit, die ook kunnen uitmonden in uitbreiding of stopzetting.", (
                     _s("Dit betekent dat er ruimte moet zijn om nieuwe thema’s, die aangebracht worden "
                        "door ondernemingen, een kans te geven. De speerpuntclusters pleiten er wel voor "
                        "om hiervoor niet te werken via een oproep voor nieuwe clusters, maar om "
                        "instrumenten zoals collectieve haalbaarheidsstudies in te zetten"),
                     _s("Collectieve haalbaarheidsstudies kunnen een projectduur op maat voorzien waarbij "
                        "het resultaat kan uitmonden in het oprichten van een nieuwe speerpuntcluster, "
                        "maar ook in het uitbreiden van een bestaande organisatie of, in de situatie dat "
                        "er onvoldoende draagvlak is bij ondernemingen, de stopzetting van de werking na "
                        "afloop van de studie."),
                 )),
    DemoArgument("IBN", "con",
                 "Eerdere IBN's leidden tot een wirwar van weinig gedragen initiatieven en drie jaar "
                 "bleek te kort; inbedding in bestaande entiteiten werkt sneller.", (
                     _s("Ervaringen met de IBN’s uit het verleden hebben aangetoond dat het enerzijds "
                        "leidde tot een wirwar aan initiatieven die slechts een beperkte gedragenheid "
                        "hadden door bedrijven, en anderzijds de tijdsspanne van drie jaar ontoereikend "
                        "is voor de uitbouw van de clusteractiviteiten."),
                     _s("Inbedding binnen bestaande, ervaren entiteiten staat toe om sneller te schakelen "
                        "en de overhead te poolen."),
                 )),
    DemoArgument("IBN", "con",
                 "Nieuwe clusters werken versnippering in de hand, terwijl het rapport Soete vraagt het "
                 "aantal initiatieven te rationaliseren.", (
                     _s("Deze werkwijze sluit veel beter aan bij de geest van het clusterbeleid, met name "
                        "kiezen voor strategisch belangrijkste sectoren of transversale thema’s en het "
                        "rapport Soete, waar de Vlaamse overheid aangespoord wordt het aantal initiatieven "
                        "te rationaliseren."),
                     _m("Voorkom versnippering door als overheid de speerpuntclusters te erkennen als "
                        "centrale actoren voor hun sectoren en thema's."),
                 )),
)


STANCES: tuple[DemoStance, ...] = (
    # ---- VARIO (Advies 36; noemt de scenario's niet bij nummer: elke stance is afgeleid,
    # behalve waar VARIO zelf iets zegt over de vraag of zwijgt) ----
    DemoStance("VARIO", "S1", "opposes",
               "Afgeleid: VARIO noemt scenario 1 niet, maar vindt het belangrijk ‘dat de clusters "
               "financieel ondersteund worden in hun basiswerking’, het tegendeel van scenario 1 "
               "(geen structurele overheidsfinanciering).", (
                   _v("VARIO vindt het belangrijk dat de clusters financieel ondersteund worden in hun "
                      "basiswerking om hun onafhankelijke centrale actorrol duurzaam te blijven "
                      "opnemen."),
               ), explicit=False),
    DemoStance("VARIO", "S2", "not-addressed",
               "VARIO spreekt zich niet uit over inkanteling in SOC's of andere onderzoekscentra."),
    DemoStance("VARIO", "S3", "preferred",
               "Afgeleid: VARIO noemt geen scenarionummer, maar ‘verkiest grotendeels een "
               "verderzetting van het huidige clusterbeleid’ met ‘in hoofdzaak een economische "
               "opdracht’ en een duidelijke rol voor maatschappelijke uitdagingen, met financiering "
               "van de basiswerking: dat is de kern van scenario 3.", (
                   _v("VARIO verkiest voor hun toekomst een scenario met in hoofdzaak een economische "
                      "opdracht en met een sterke link naar transformatief innovatiebeleid"),
                   _v("VARIO verkiest grotendeels een verderzetting van het huidige clusterbeleid met "
                      "een terechte focus op economische valorisatie en een duidelijke rol voor de "
                      "maatschappelijke uitdagingen gelinkt aan de transities."),
               ), explicit=False),
    DemoStance("VARIO", "S4", "opposes",
               "Afgeleid: VARIO verkiest ‘een scenario met in hoofdzaak een economische opdracht’, "
               "terwijl scenario 4 primair op maatschappelijke uitdagingen mikt; de ‘sterke link "
               "naar transformatief innovatiebeleid’ die VARIO wil, is geen keuze voor een nieuw "
               "programma.", (
                   _v("VARIO verkiest voor hun toekomst een scenario met in hoofdzaak een economische "
                      "opdracht en met een sterke link naar transformatief innovatiebeleid"),
               ), explicit=False),
    DemoStance("VARIO", "3+",
               "not-addressed",
               "VARIO verwijst niet naar het scenario 3+ van de clusters; inhoudelijk ligt zijn "
               "voorkeur (economische opdracht met sterke link naar transformatief innovatiebeleid) "
               "er wel dicht bij."),
    DemoStance("VARIO", "IBN", "conditional",
               "VARIO ‘acht de tijd rijp voor een open oproep rond nieuwe strategische thema’s’, "
               "mits strenge selectie, bij voorkeur op projectbasis ‘zonder het opzetten van nieuwe "
               "organisaties/structuren’, en met vooraf ambitieuze KPI's als een "
               "speerpuntclusterperspectief geboden wordt. VARIO noemt geen ontbrekend thema.", (
                   _v("VARIO acht de tijd rijp voor een open oproep rond nieuwe strategische thema’s "
                      "en is daarbij voorstander van een bottom-up aanpak."),
                   _v("VARIO vraagt om te bekijken of de oproepen kunnen plaatsvinden op projectbasis "
                      "zonder het opzetten van nieuwe organisaties/structuren."),
                   _v("Indien het perspectief van een speerpuntcluster wordt aangeboden is het wel "
                      "belangrijk om op voorhand ambitieuze en duidelijke KPI’s voorop te zetten."),
               )),

    # ---- Speerpuntclusters (geconsolideerd advies) ----
    DemoStance("SPC", "S1", "opposes",
               "Afgeleid: de analyse van scenario 1 is overwegend negatief (‘een risico op "
               "marktverstoring’, de neutrale rol, MEDVIA zonder financiële buffer); hoogstens ‘een "
               "beperkte inzet van scenario één’ voor specifieke taken, of elementen ervan binnen "
               "scenario 3+.", (
                   _s("Het inzetten op commerciële activiteiten brengt een risico op marktverstoring "
                      "met zich mee, en bemoeilijkt ook de neutrale rol van de speerpuntclusters in "
                      "het ecoysteem."),
                   _s("Voor specifieke goed gedefinieerde taken en activiteiten van bepaalde "
                      "speerpuntclusters kan een beperkte inzet van scenario één zinvol zijn."),
               ), explicit=False),
    DemoStance("SPC", "S2", "opposes",
               "Inkanteling is ‘noch een wenselijk scenario, noch een evidentie’; de clusters noemen "
               "het ‘een uitdoofscenario’.", (
                   _s("Inkanteling in een bestaande organisatie is noch een wenselijk scenario, noch een "
                      "evidentie."),
                   _s("Het organiseren van de clusterwerking vanuit onderzoeksorganisaties staat haaks "
                      "op de essentie van het clusterbeleid en is volgens de speerpuntclusters een "
                      "uitdoofscenario."),
               )),
    DemoStance("SPC", "S3", "conditional",
               "‘Scenario drie leunt hier het dichtste tegen aan mits een blijvende financiering op "
               "basis van artikel 27 AGVV’; het is ‘een vertrekbasis’, de clusters verkiezen de "
               "uitgebreide variant 3+.", (
                   _s("Dit scenario kan beschouwd worden als een vertrekbasis om het clusterbeleid na "
                      "2026 vorm te geven."),
                   _s("Scenario drie leunt hier het dichtste tegen aan mits een blijvende financiering "
                      "op basis van artikel 27 AGVV."),
               )),
    DemoStance("SPC", "S4", "opposes",
               "Afgeleid: als programma ‘vormt een risico (uitdaging) voor de continuïteit van het "
               "clusterbeleid’ en het hefboomeffect handhaven is ‘verre van evident’; enkel "
               "‘elementen van scenario 4’ overleven binnen scenario 3+.", (
                   _s("Dit scenario vormt een risico (uitdaging) voor de continuïteit van het "
                      "clusterbeleid."),
                   _s("Zoals volgt uit de analyse van de vier scenario’s in hoofdstuk 2, geniet een "
                      "nieuw scenario, zijnde een upgrade van scenario drie met elementen van scenario 4 "
                      "de voorkeur."),
               ), explicit=False),
    DemoStance("SPC", "3+", "preferred",
               "Het eigen voorstel van de clusters, ‘Scenario 3 + als preferentieel scenario’: "
               "scenario 3 met uitbreidingen (aanmelding O&O&I, derde generatie innovatiebeleid, "
               "elementen uit 1 en 4).", (
                   _s("Zoals volgt uit de analyse van de vier scenario’s in hoofdstuk 2, geniet een "
                      "nieuw scenario, zijnde een upgrade van scenario drie met elementen van scenario 4 "
                      "de voorkeur."),
                   _s("Hierbij gaat het om scenario drie, zoals beschreven in het groenboek, waarbij de "
                      "‘+’ staat voor een aantal uitbreidingen."),
               )),
    DemoStance("SPC", "IBN", "opposes",
               "Wel ruimte voor nieuwe thema's, maar ‘niet te werken via een oproep voor nieuwe "
               "clusters’: collectieve haalbaarheidsstudies, gesteund via het clusterbesluit. De "
               "clusters noemen geen ontbrekend thema.", (
                   _s("De speerpuntclusters pleiten er wel voor om hiervoor niet te werken via een "
                      "oproep voor nieuwe clusters, maar om instrumenten zoals collectieve "
                      "haalbaarheidsstudies in te zetten – aan te vragen door diverse types "
                      "organisaties, waaronder kennisinstellingen, federaties, speerpuntclusters, "
                      "overheden, ... - en die via het clusterbesluit te steunen."),
               )),
)


def document(file_name: str) -> DemoDocument:
    """The DemoDocument for ``file_name`` (KeyError when unknown)."""
    for doc in DOCUMENTS:
        if doc.file_name == file_name:
            return doc
    raise KeyError(file_name)


def arguments_for(option_key: str) -> tuple[DemoArgument, ...]:
    return tuple(a for a in ARGUMENTS if a.option_key == option_key)


def all_quotes() -> tuple[Quote, ...]:
    """Every distinct quote of ARGUMENTS and STANCES, in first-use order."""
    seen: dict[Quote, None] = {}
    for quotes in (*(a.quotes for a in ARGUMENTS), *(s.quotes for s in STANCES)):
        for quote in quotes:
            seen.setdefault(quote, None)
    return tuple(seen)
