"""The Dutch wording of every code of ``workbench.messages`` (#14): the source text the GUI
translates (context "Messages", ``ui/messages.py``) and what the Dutch exports print
(``workbench.messages.dutch``). Parameters in {braces}, as in the English templates.

``QT_TRANSLATE_NOOP`` only marks a text for ``make i18n``; the core stays Qt-free.
"""

from __future__ import annotations

from workbench.labels import QT_TRANSLATE_NOOP

DUTCH = {
    # --- checks ------------------------------------------------------------------------------
    "quote-changed": QT_TRANSLATE_NOOP(
        "Messages", "Citaat {quote} komt niet meer overeen met bron {source}: de passage luidt "
        "nu “{found}”"),
    "quote-lost": QT_TRANSLATE_NOOP(
        "Messages", "Citaat {quote} staat niet meer in bron {source}: “{exact}”"),
    "quote-moved": QT_TRANSLATE_NOOP(
        "Messages", "Citaat {quote} is verschoven binnen bron {source}; importeer de bron "
        "opnieuw of veranker het citaat opnieuw om de pagina bij te werken"),
    "checks-skipped": QT_TRANSLATE_NOOP(
        "Messages", "De andere controles zijn overgeslagen: ze hebben een gaaf bestand nodig"),
    "argument-without-quote": QT_TRANSLATE_NOOP(
        "Messages", "Argument {number} ({option}, {position}) heeft geen citaat: “{text}”"),
    "advice-missing": QT_TRANSLATE_NOOP(
        "Messages", "{advisor} staat op ‘ontvangen’, maar er is geen bron geïmporteerd"),
    "stance-missing": QT_TRANSLATE_NOOP(
        "Messages", "{advisor} heeft geen standpunt over {option} ({question}); leg er een vast, "
        "of kies ‘niet behandeld’"),
    "advice-not-received": QT_TRANSLATE_NOOP(
        "Messages", "{advisor}: advies gevraagd, nog niet ontvangen"),
    "source-unquoted": QT_TRANSLATE_NOOP(
        "Messages", "Bron {source} ({advisor}: {title}) heeft nog geen enkel citaat"),
    "reference-unknown": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}”, regel {line}: onbekende verwijzing „{typed}” (gebruik "
        "quote:N, argument:N, overview:SLEUTEL, matrix of advisors)"),
    "reference-empty": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}”, regel {line}: een lege verwijzing"),
    "reference-not-alone": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}”, regel {line}: het blok {record} moet alleen op zijn "
        "regel staan"),
    "reference-no-target": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}”, regel {line}: een verwijzing naar een {record} zonder "
        "nummer of sleutel"),
    "reference-not-number": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}”, regel {line}: {record} „{target}” is geen nummer"),
    "reference-missing": QT_TRANSLATE_NOOP(
        "Messages", "Sectie “{section}” verwijst naar {record} {target}, dat niet bestaat"),
    "communication-empty": QT_TRANSLATE_NOOP(
        "Messages", "De mededeling heeft nog geen tekst: stel ze op uit het bewijs (tabblad "
        "Mededeling) of schrijf de secties zelf"),
    "communication-minister-missing": QT_TRANSLATE_NOOP(
        "Messages", "De mededeling heeft geen titel of naam van de minister: ze begint dan niet "
        "met ‘DE VLAAMSE MINISTER VAN ...’ en is niet ondertekend; vul ze aan in "
        "Dossiergegevens"),
    "communication-vr-number-missing": QT_TRANSLATE_NOOP(
        "Messages", "De mededeling heeft nog geen eigen VR-nummer (het nummer van het groenboek "
        "is de referentie van het geconsulteerde document); vul het aan in Dossiergegevens "
        "zodra het secretariaat het toekent"),
    "database-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{name} kan niet gelezen worden ({reason}); zet een reservekopie terug of "
        "vraag de afzender een nieuw exemplaar"),
    "database-damaged": QT_TRANSLATE_NOOP(
        "Messages", "{name} is beschadigd ({reason}); zet een reservekopie terug of vraag de "
        "afzender een nieuw exemplaar"),
    "database-damaged-sqlite": QT_TRANSLATE_NOOP(
        "Messages", "Het dossierbestand is beschadigd (SQLite meldt: {reason}); zet een "
        "reservekopie terug of vraag de afzender een nieuw exemplaar"),
    "value-wrong-type": QT_TRANSLATE_NOOP(
        "Messages", "Waarden in {table}.{column} die geen {expected} zijn zoals de workbench "
        "ze schrijft: {count}; het dossier is buiten de workbench gewijzigd of beschadigd; zet "
        "een reservekopie terug of vraag de afzender een nieuw exemplaar"),
    "json-malformed": QT_TRANSLATE_NOOP(
        "Messages", "Waarden in {table}.{column} die niet de lijst zijn die de workbench "
        "schrijft (ongeldige JSON): {count}; zet een reservekopie terug of vraag de afzender een nieuw "
        "exemplaar"),
    "text-not-utf8": QT_TRANSLATE_NOOP(
        "Messages", "Teksten in {table}.{column} die geen geldige UTF-8 zijn: {count}; "
        "zet een reservekopie terug of vraag de afzender een nieuw exemplaar"),
    "search-index-busy": QT_TRANSLATE_NOOP(
        "Messages", "De zoekindex is niet gecontroleerd: het dossier wordt bewerkt door "
        "{holder}"),
    "search-index-unchecked": QT_TRANSLATE_NOOP(
        "Messages", "De zoekindex is niet gecontroleerd ({reason}): het bestand kon hier niet "
        "geopend worden om te schrijven"),
    "search-index-damaged": QT_TRANSLATE_NOOP(
        "Messages", "De zoekindex klopt niet met de alinea's ({reason}): zoeken en suggesties "
        "kunnen iets missen of misleiden; zet een reservekopie terug of vraag de afzender een "
        "nieuw exemplaar"),
    # --- opening, locks, errors --------------------------------------------------------------
    "lock-holder": QT_TRANSLATE_NOOP("Messages", "{user} op {host} sinds {since}"),
    "lock-held-here": QT_TRANSLATE_NOOP(
        "Messages", "{name} is geopend om te bewerken door {holder} (in een ander venster of "
        "programma op deze computer); open het alleen-lezen of vraag om het te sluiten"),
    "lock-held-elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "{name} is geopend om te bewerken door {holder}; als die computer "
        "vastgelopen of uitgeschakeld is en niemand erin werkt, kunt u het overnemen; open het "
        "anders alleen-lezen of vraag om het te sluiten"),
    "lock-held": QT_TRANSLATE_NOOP(
        "Messages", "{name} is geopend om te bewerken door {holder}; open het alleen-lezen of "
        "vraag om het te sluiten"),
    "lock-taken-over": QT_TRANSLATE_NOOP("Messages", "Het slot van {holder} is overgenomen"),
    "readonly-being-edited": QT_TRANSLATE_NOOP(
        "Messages", "{name} wordt bewerkt door {holder}; u ziet de toestand van hun laatst "
        "bewaarde wijziging"),
    "network-share": QT_TRANSLATE_NOOP(
        "Messages", "{name} staat op een netwerkschijf ({where}): vergrendelen is daar niet "
        "betrouwbaar; zorg dat niemand anders het tegelijk bewerkt, of kopieer het naar deze "
        "computer terwijl u eraan werkt"),
    "sync-folder": QT_TRANSLATE_NOOP(
        "Messages", "{name} staat in een map die {service} synchroniseert ({root}). {service} "
        "uploadt het dossier, zijn journaal en zijn slotbestand terwijl een wijziging bewaard "
        "wordt: een andere computer kan een half bewaarde kopie krijgen, er kunnen "
        "conflictkopieën ontstaan en bewaren kan mislukken terwijl {service} het bestand leest. "
        "Bewaar een dossier waaraan u werkt in een map die niet gesynchroniseerd wordt (bv. een "
        "map op deze computer) en zet een kopie in {service} als u klaar bent."),
    "not-writable": QT_TRANSLATE_NOOP(
        "Messages", "{name} kan niet geopend worden om te bewerken: de map {folder} of het "
        "bestand zelf is alleen-lezen voor u{why}, en bewerken moet een slot- en een "
        "journaalbestand ernaast schrijven. Open het alleen-lezen, of kopieer het naar een eigen "
        "map (bv. Documenten) en open de kopie."),
    "read-only-edit": QT_TRANSLATE_NOOP(
        "Messages", "{name} is alleen-lezen geopend; er is niets gewijzigd"),
    "no-such-file": QT_TRANSLATE_NOOP("Messages", "{path}: dit bestand bestaat niet"),
    "is-a-folder": QT_TRANSLATE_NOOP("Messages", "{path}: is een map, geen dossierbestand"),
    "file-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{path}: kan niet gelezen worden ({reason}); controleer de rechten op het "
        "bestand"),
    "not-a-dossier-empty": QT_TRANSLATE_NOOP(
        "Messages", "{path}: geen dossier van Consultation Workbench (een leeg bestand)"),
    "not-a-dossier-truncated": QT_TRANSLATE_NOOP(
        "Messages", "{path}: geen dossier van Consultation Workbench (afgebroken of "
        "beschadigd)"),
    "not-a-dossier-other": QT_TRANSLATE_NOOP(
        "Messages", "{path}: geen dossier van Consultation Workbench (een ander soort "
        "bestand)"),
    "not-a-dossier-sqlite": QT_TRANSLATE_NOOP(
        "Messages", "{path}: geen dossier van Consultation Workbench (een SQLite-databank van "
        "een ander programma)"),
    "not-a-dossier-no-schema": QT_TRANSLATE_NOOP(
        "Messages", "{path}: geen dossier van Consultation Workbench (geen schema)"),
    "newer-schema": QT_TRANSLATE_NOOP(
        "Messages", "{path}: gemaakt door een nieuwere versie van Consultation Workbench (schema "
        "{found}; deze versie kent tot {latest}). Werk de toepassing bij om het te openen."),
    "dossier-damaged-open": QT_TRANSLATE_NOOP(
        "Messages", "{path}: het dossierbestand is beschadigd en kan niet gelezen worden "
        "({reason}). Zet een reservekopie terug of vraag de afzender een nieuw exemplaar."),
    "dossier-damaged-in-use": QT_TRANSLATE_NOOP(
        "Messages", "{name}: het dossier is beschadigd en kon niet gelezen worden ({reason}). "
        "Vraag de afzender een nieuw exemplaar of zet een reservekopie terug."),
    "storage-full": QT_TRANSLATE_NOOP(
        "Messages", "{name}: de schijf is vol; de wijziging is niet bewaard en het dossier is "
        "zoals voordien. Maak ruimte vrij (of bewaar op een andere schijf) en probeer opnieuw."),
    "storage-io": QT_TRANSLATE_NOOP(
        "Messages", "{name}: de schijf meldde een lees- of schrijffout; de wijziging is niet "
        "bewaard en het dossier is zoals voordien. Controleer de schijf of de "
        "netwerkverbinding en probeer opnieuw."),
    "storage-readonly": QT_TRANSLATE_NOOP(
        "Messages", "{name}: het bestand of de map is alleen-lezen; de wijziging is niet bewaard "
        "en het dossier is zoals voordien. Kopieer het dossier naar een eigen map."),
    "interrupted-save": QT_TRANSLATE_NOOP(
        "Messages", "{path}: een sessie stopte midden in het bewaren van een wijziging (een "
        "crash of een verbroken netwerkverbinding) en haar herstelbestand {journal} staat er nog "
        "naast. Het dossier kan pas gelezen worden als die onafgewerkte wijziging teruggedraaid "
        "is; er gaat geen bewaard werk verloren. {repair}"),
    "interrupted-repair-holder": QT_TRANSLATE_NOOP(
        "Messages", "Volgens het slotbestand was het geopend om te bewerken door {holder}: die "
        "(of u, door het dossier over te nemen als die computer vastliep) herstelt het door het "
        "te openen om te bewerken."),
    "interrupted-repair-anyone": QT_TRANSLATE_NOOP(
        "Messages", "Wie in de map mag schrijven, herstelt het door het te openen om te "
        "bewerken."),
    "dossier-damaged-cannot-open": QT_TRANSLATE_NOOP(
        "Messages", "{path}: het dossierbestand is beschadigd en kan niet geopend worden "
        "({reason}). Zet een reservekopie terug als het er een was."),
    "unavailable-open": QT_TRANSLATE_NOOP("Messages", "kan niet geopend worden"),
    "unavailable-save": QT_TRANSLATE_NOOP(
        "Messages", "kon uw wijziging niet bewaren (er is niets gewijzigd)"),
    "unavailable-busy": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): een ander programma houdt het bestand vast: "
        "een synchronisatieprogramma (OneDrive, Dropbox, Google Drive) dat het uploadt, "
        "antivirus- of back-upsoftware die het scant, of een andere sessie. Wacht even en "
        "probeer opnieuw; gebeurt het vaker, zet het dossier dan in een map die niet "
        "gesynchroniseerd wordt."),
    "unavailable-cantopen": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): het bestand of de map is niet bereikbaar: een "
        "losgekoppelde netwerkschijf, een map waar u geen toegang toe hebt, of een te lang pad. "
        "Controleer de schijf, of kopieer het dossier naar een lokale map."),
    "unavailable-readonly": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): het bestand of de map is alleen-lezen voor u. "
        "Open het alleen-lezen, of kopieer het naar een eigen map."),
    "unavailable-full": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): de schijf is vol. Maak ruimte vrij en probeer "
        "opnieuw."),
    "unavailable-ioerr": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): een lees- of schrijffout: een verbroken "
        "netwerkverbinding, een verwijderde USB-stick of een falende schijf. Controleer de "
        "verbinding en probeer opnieuw; houd dossiers op een lokale schijf terwijl u eraan "
        "werkt."),
    "unavailable-other": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {action} ({reason}): controleer of het bestand bereikbaar is en niet "
        "door een ander programma gebruikt wordt."),
    "foreign-schema": QT_TRANSLATE_NOOP(
        "Messages", "{name}: dit dossier werd buiten Consultation Workbench gewijzigd: "
        "{differences}. Onderdelen die de workbench niet maakt, kunnen gegevens wijzigen of "
        "verbergen. Het is niet geopend. Vraag de afzender een kopie die Consultation Workbench "
        "zelf bewaarde, of open een van uw eigen reservekopieën."),
    "foreign-schema-more": QT_TRANSLATE_NOOP(
        "Messages", "{name}: dit dossier werd buiten Consultation Workbench gewijzigd: "
        "{differences} (en nog {count} verschillen). Onderdelen die de workbench niet maakt, "
        "kunnen gegevens wijzigen of verbergen. Het is niet geopend. Vraag de afzender een kopie "
        "die Consultation Workbench zelf bewaarde, of open een van uw eigen reservekopieën."),
    "foreign-schema-missing": QT_TRANSLATE_NOOP(
        "Messages", "{name}: dit dossier werd buiten Consultation Workbench gewijzigd: "
        "{differences}. Het is niet geopend. Vraag de afzender een kopie die Consultation "
        "Workbench zelf bewaarde, of open een van uw eigen reservekopieën."),
    "foreign-schema-missing-more": QT_TRANSLATE_NOOP(
        "Messages", "{name}: dit dossier werd buiten Consultation Workbench gewijzigd: "
        "{differences} (en nog {count} verschillen). Het is niet geopend. Vraag de afzender een "
        "kopie die Consultation Workbench zelf bewaarde, of open een van uw eigen "
        "reservekopieën."),
    "file-in-use-replaced": QT_TRANSLATE_NOOP(
        "Messages", "{path} kon niet vervangen worden: een ander programma houdt het open. Het "
        "kan open staan in Word of Excel, of gescand worden door antivirussoftware of "
        "gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat "
        "programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam."),
    "file-in-use-renamed": QT_TRANSLATE_NOOP(
        "Messages", "{path} kon niet hernoemd worden: een ander programma houdt het open. Het "
        "kan open staan in Word of Excel, of gescand worden door antivirussoftware of "
        "gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat "
        "programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam."),
    "file-in-use-deleted": QT_TRANSLATE_NOOP(
        "Messages", "{path} kon niet verwijderd worden: een ander programma houdt het open. Het "
        "kan open staan in Word of Excel, of gescand worden door antivirussoftware of "
        "gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat "
        "programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam."),
    "backup-failed-full": QT_TRANSLATE_NOOP(
        "Messages", "Er kon geen reservekopie van {name} gemaakt worden: de schijf is vol in "
        "{folder}. Het dossier zelf is ongewijzigd; maak ruimte vrij of stel een andere map voor "
        "reservekopieën in ({variable}) en probeer opnieuw."),
    "backup-failed-readonly": QT_TRANSLATE_NOOP(
        "Messages", "Er kon geen reservekopie van {name} gemaakt worden: de map voor "
        "reservekopieën is alleen-lezen in {folder}. Het dossier zelf is ongewijzigd; stel een "
        "andere map voor reservekopieën in ({variable}) en probeer opnieuw."),
    "backup-failed-error": QT_TRANSLATE_NOOP(
        "Messages", "Er kon geen reservekopie van {name} gemaakt worden: de schijf meldde een "
        "fout ({reason}) in {folder}. Het dossier zelf is ongewijzigd; maak ruimte vrij of stel "
        "een andere map voor reservekopieën in ({variable}) en probeer opnieuw."),
    "backup-failed-safe": QT_TRANSLATE_NOOP(
        "Messages", "{failure} Uw werk loopt geen gevaar."),
    "backup-impossible": QT_TRANSLATE_NOOP(
        "Messages", "Er kon geen reservekopie van {name} gemaakt worden ({reason}); uw werk loopt "
        "geen gevaar, maar controleer de map voor reservekopieën {folder}"),
    "backup-not-a-dossier": QT_TRANSLATE_NOOP("Messages", "De reservekopie {error}"),
    "backup-damaged": QT_TRANSLATE_NOOP(
        "Messages", "De reservekopie {name} is beschadigd ({reason}); kies een andere"),
    "backup-newer": QT_TRANSLATE_NOOP(
        "Messages", "De reservekopie {name} werd gemaakt door een nieuwere versie van de "
        "toepassing"),
    "export-no-folder": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: deze map bestaat niet; kies een andere map"),
    "export-folder-readonly": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: in deze map kan niet geschreven worden; kies een andere map"),
    "export-folder-failed": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: hier kan geen bestand gemaakt worden ({reason})"),
    "export-is-folder": QT_TRANSLATE_NOOP(
        "Messages", "{target}: is een map; kies een bestandsnaam"),
    "export-read-only": QT_TRANSLATE_NOOP(
        "Messages", "{target}: het bestand is alleen-lezen; er is niets geëxporteerd. Haal de "
        "markering alleen-lezen weg of kies een andere naam"),
    "export-open-elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "{target}: is open in een ander programma (Word/Excel/LibreOffice); er is "
        "niets geëxporteerd. Sluit het of kies een andere naam"),
    "export-not-writable": QT_TRANSLATE_NOOP(
        "Messages", "{target}: kan niet geschreven worden ({reason})"),
    "export-write-failed": QT_TRANSLATE_NOOP(
        "Messages", "{target}: kon niet geschreven worden ({reason})"),
    "export-held": QT_TRANSLATE_NOOP(
        "Messages", "{target}: is open in een ander programma (Word/Excel?) of kan niet "
        "geschreven worden; sluit het of kies een andere naam"),
    "export-replace-failed": QT_TRANSLATE_NOOP(
        "Messages", "{target}: kon niet vervangen worden ({reason})"),
    "export-named-twice": QT_TRANSLATE_NOOP(
        "Messages", "{target}: twee keer gekozen; geef elk document een eigen bestand"),
    "export-temp-failed": QT_TRANSLATE_NOOP(
        "Messages", "{folder}: hier kan geen tijdelijk bestand gemaakt worden"),
    "export-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{target}: kan niet gelezen worden ({reason})"),
    "export-failed": QT_TRANSLATE_NOOP(
        "Messages", "{name}: exporteren mislukt ({reason})"),
    "dossier-damaged-restore": QT_TRANSLATE_NOOP(
        "Messages", "{path}: het dossierbestand is beschadigd en kan niet geopend worden "
        "({reason}). Zet een reservekopie terug of vraag de afzender een nieuw exemplaar."),
    "create-exists": QT_TRANSLATE_NOOP(
        "Messages", "{path}: bestaat al; kies een andere naam of open het"),
    "create-no-folder": QT_TRANSLATE_NOOP("Messages", "{folder}: deze map bestaat niet"),
    "suggestion-same-option": QT_TRANSLATE_NOOP(
        "Messages", "De suggestie hoort al bij {option}"),
    "argument-needs-text": QT_TRANSLATE_NOOP("Messages", "Een argument heeft een tekst nodig"),
    "section-needs-title": QT_TRANSLATE_NOOP("Messages", "Een sectie heeft een titel nodig"),
    "not-found-source": QT_TRANSLATE_NOOP("Messages", "Geen bron met nummer {number}"),
    "search-nothing": QT_TRANSLATE_NOOP(
        "Messages", "Niets om naar te zoeken: typ minstens één woord of getal."),
    "lock-lost": QT_TRANSLATE_NOOP(
        "Messages", "{name}: deze sessie heeft het slot van het dossier niet meer; er is niets "
        "gewijzigd. Open het dossier opnieuw."),
    "question-needs-text": QT_TRANSLATE_NOOP("Messages", "Een vraag heeft een tekst nodig"),
    "option-needs-title": QT_TRANSLATE_NOOP("Messages", "Een optie heeft een titel nodig"),
    "advisor-needs-name": QT_TRANSLATE_NOOP("Messages", "Een adviesinstantie heeft een naam nodig"),
    "key-invalid": QT_TRANSLATE_NOOP(
        "Messages", "De sleutel ‘{key}’ van een {record} is niet geldig: gebruik 1 tot 32 letters, "
        "cijfers of . _ + - (bijvoorbeeld Q1, S3, 3+, VARIO)"),
    "key-in-use": QT_TRANSLATE_NOOP(
        "Messages", "De sleutel ‘{key}’ is al in gebruik; kies een andere"),
    "not-found-key": QT_TRANSLATE_NOOP("Messages", "Geen {record} met sleutel ‘{key}’"),
    "not-found-number": QT_TRANSLATE_NOOP("Messages", "Geen {record} met nummer {number}"),
    "quote-not-in-source": QT_TRANSLATE_NOOP(
        "Messages", "De tekst staat niet in bron {source} ({title}); een citaat moet letterlijk "
        "zijn (verschillen in spaties, regeleinden en afbreekstreepjes tellen niet)"),
    "argument-merge-itself": QT_TRANSLATE_NOOP(
        "Messages", "Een argument kan niet met zichzelf samengevoegd worden"),
    "argument-either": QT_TRANSLATE_NOOP(
        "Messages", "Kies een bestaand argument of typ de tekst van een nieuw"),
    "date-invalid": QT_TRANSLATE_NOOP(
        "Messages", "{field}: ‘{value}’ is geen datum; schrijf ze als JJJJ-MM-DD"),
    "choice-invalid": QT_TRANSLATE_NOOP(
        "Messages", "{field}: ‘{value}’ is niet een van: {allowed}"),
    "not-a-number": QT_TRANSLATE_NOOP("Messages", "'{value}' is geen nummer van een {record}"),
    "quote-needs-span": QT_TRANSLATE_NOOP(
        "Messages", "Een citaat heeft zijn tekst of zijn begin en einde nodig"),
    "span-outside": QT_TRANSLATE_NOOP(
        "Messages", "Het stuk {start}:{end} ligt buiten de tekst van bron {source}"),
    "dossier-closed": QT_TRANSLATE_NOOP("Messages", "{path}: het dossier is gesloten"),
    "not-found-record": QT_TRANSLATE_NOOP("Messages", "Geen {record} '{key}'"),
    "argument-elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Argument {number} hoort bij {option} ({position}), niet bij {target} "
        "({target_position})"),
    # --- why a paragraph is suggested (workbench.messages.REASONS) ---------------------------
    "reason.heading": QT_TRANSLATE_NOOP("Messages", "onder kop {heading}"),
    "reason.heading-words": QT_TRANSLATE_NOOP("Messages", "onder kop {heading}, ‘{words}’"),
    "reason.mention": QT_TRANSLATE_NOOP("Messages", "noemt ‘{named}’"),
    "reason.like": QT_TRANSLATE_NOOP("Messages", "lijkt op {example}"),
    "reason.like-earlier": QT_TRANSLATE_NOOP(
        "Messages", "lijkt op wat eerder bij deze optie gevonden werd"),
    "reason.like-option": QT_TRANSLATE_NOOP("Messages", "lijkt op de omschrijving van de optie"),
    "reason.moved": QT_TRANSLATE_NOOP("Messages", "verplaatst van {option}"),
    "reason.example-quote": QT_TRANSLATE_NOOP("Messages", "citaat {number}"),
    "reason.example-accepted": QT_TRANSLATE_NOOP("Messages", "een aanvaarde suggestie"),
    # --- the change history (audit trail) ----------------------------------------------------
    "audit.undo": QT_TRANSLATE_NOOP("Messages", "Ongedaan gemaakt: {label}"),
    "audit.redo": QT_TRANSLATE_NOOP("Messages", "Opnieuw uitgevoerd: {label}"),
    "audit.question.add": QT_TRANSLATE_NOOP("Messages", "Vraag {key} toegevoegd"),
    "audit.question.edit": QT_TRANSLATE_NOOP("Messages", "Vraag {key} gewijzigd"),
    "audit.question.delete": QT_TRANSLATE_NOOP("Messages", "Vraag {key} verwijderd"),
    "audit.option.add": QT_TRANSLATE_NOOP("Messages", "Optie {key} toegevoegd"),
    "audit.option.edit": QT_TRANSLATE_NOOP("Messages", "Optie {key} gewijzigd"),
    "audit.option.delete": QT_TRANSLATE_NOOP("Messages", "Optie {key} verwijderd"),
    "audit.advisor.add": QT_TRANSLATE_NOOP("Messages", "Adviesinstantie {key} toegevoegd"),
    "audit.advisor.edit": QT_TRANSLATE_NOOP("Messages", "Adviesinstantie {key} gewijzigd"),
    "audit.advisor.delete": QT_TRANSLATE_NOOP("Messages", "Adviesinstantie {key} verwijderd"),
    "audit.quote.add": QT_TRANSLATE_NOOP("Messages", "Citaat toegevoegd"),
    "audit.quote.note": QT_TRANSLATE_NOOP("Messages", "Notitie bij citaat {number} gewijzigd"),
    "audit.quote.delete": QT_TRANSLATE_NOOP("Messages", "Citaat {number} verwijderd"),
    "audit.quote.as": QT_TRANSLATE_NOOP("Messages", "Geciteerd als {position} bij {option}"),
    "audit.argument.add": QT_TRANSLATE_NOOP(
        "Messages", "Argument ({position}) toegevoegd bij {option}"),
    "audit.argument.edit": QT_TRANSLATE_NOOP("Messages", "Argument {number} gewijzigd"),
    "audit.argument.link": QT_TRANSLATE_NOOP(
        "Messages", "Citaten gekoppeld aan argument {number}"),
    "audit.argument.unlink": QT_TRANSLATE_NOOP(
        "Messages", "Citaten losgekoppeld van argument {number}"),
    "audit.argument.move": QT_TRANSLATE_NOOP("Messages", "Argument {number} verplaatst"),
    "audit.argument.merge": QT_TRANSLATE_NOOP(
        "Messages", "Argument {gone} samengevoegd met {keep}"),
    "audit.argument.delete": QT_TRANSLATE_NOOP("Messages", "Argument {number} verwijderd"),
    "audit.stance.set": QT_TRANSLATE_NOOP(
        "Messages", "Standpunt van {advisor} over {option} vastgelegd"),
    "audit.stance.clear": QT_TRANSLATE_NOOP(
        "Messages", "Standpunt van {advisor} over {option} gewist"),
    "audit.source.reanchor": QT_TRANSLATE_NOOP(
        "Messages", "Citaten van bron {number} opnieuw verankerd"),
    "audit.source.import": QT_TRANSLATE_NOOP("Messages", "{name} geïmporteerd"),
    "audit.source.replace": QT_TRANSLATE_NOOP("Messages", "Bron {number} vervangen door {name}"),
    "audit.source.edit": QT_TRANSLATE_NOOP("Messages", "Bron {number} gewijzigd"),
    "audit.source.delete": QT_TRANSLATE_NOOP("Messages", "Bron {number} verwijderd"),
    "audit.block.not_relevant": QT_TRANSLATE_NOOP("Messages", "Als niet relevant gemarkeerd"),
    "audit.block.relevant": QT_TRANSLATE_NOOP("Messages", "Markering ‘niet relevant’ gewist"),
    "audit.section.add": QT_TRANSLATE_NOOP("Messages", "Sectie {title} toegevoegd"),
    "audit.section.edit": QT_TRANSLATE_NOOP("Messages", "Sectie {title} gewijzigd"),
    "audit.section.move": QT_TRANSLATE_NOOP("Messages", "Sectie verplaatst"),
    "audit.section.delete": QT_TRANSLATE_NOOP("Messages", "Sectie {title} verwijderd"),
    "audit.section.create": QT_TRANSLATE_NOOP(
        "Messages", "Secties van de mededeling aangemaakt"),
    "audit.section.draft": QT_TRANSLATE_NOOP("Messages", "Ontwerp opgesteld uit het bewijs"),
    "audit.dossier.create": QT_TRANSLATE_NOOP("Messages", "Dossier aangemaakt"),
    "audit.dossier.edit": QT_TRANSLATE_NOOP("Messages", "Dossiergegevens gewijzigd"),
    "audit.dossier.demo": QT_TRANSLATE_NOOP("Messages", "Demodossier opgebouwd"),
    "audit.suggestion.refresh": QT_TRANSLATE_NOOP("Messages", "Suggesties vernieuwd"),
    "audit.backup.restore": QT_TRANSLATE_NOOP("Messages", "Reservekopie {name} teruggezet"),
    "audit.suggestion.accept": QT_TRANSLATE_NOOP(
        "Messages", "Suggestie voor {option} aanvaard"),
    "audit.suggestion.accept_moved": QT_TRANSLATE_NOOP(
        "Messages", "Suggestie voor {option} aanvaard in plaats van {previous}"),
    "audit.suggestion.dismiss": QT_TRANSLATE_NOOP(
        "Messages", "Suggestie voor {option} afgewezen"),
    "audit.suggestion.move": QT_TRANSLATE_NOOP(
        "Messages", "Suggestie verplaatst van {option} naar {target}"),
    "audit.suggestion.not_relevant": QT_TRANSLATE_NOOP(
        "Messages", "Passage als niet relevant gemarkeerd"),
    "detail.source": QT_TRANSLATE_NOOP("Messages", "bron {number}"),
    "detail.option": QT_TRANSLATE_NOOP("Messages", "optie {option}"),
    "detail.restore": QT_TRANSLATE_NOOP("Messages", "vorige toestand bewaard als {path}"),
}

# The field names an edit's detail lists ("title, description") and an error names (the
# ``field`` parameter of date-invalid and choice-invalid), by their code.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("Messages", "titel"),
    "description": QT_TRANSLATE_NOOP("Messages", "beschrijving"),
    "key": QT_TRANSLATE_NOOP("Messages", "sleutel"),
    "colour": QT_TRANSLATE_NOOP("Messages", "kleur"),
    "name": QT_TRANSLATE_NOOP("Messages", "naam"),
    "kind": QT_TRANSLATE_NOOP("Messages", "soort"),
    "status": QT_TRANSLATE_NOOP("Messages", "status"),
    "body": QT_TRANSLATE_NOOP("Messages", "tekst"),
    "reference": QT_TRANSLATE_NOOP("Messages", "referentie"),
    "minister_title": QT_TRANSLATE_NOOP("Messages", "titel van de minister"),
    "minister_name": QT_TRANSLATE_NOOP("Messages", "naam van de minister"),
    "vr_number": QT_TRANSLATE_NOOP("Messages", "VR-nummer"),
    "communication_date": QT_TRANSLATE_NOOP("Messages", "datum van de mededeling"),
    "question": QT_TRANSLATE_NOOP("Messages", "vraag"),
    "date": QT_TRANSLATE_NOOP("Messages", "datum"),
    "advisor": QT_TRANSLATE_NOOP("Messages", "adviesinstantie"),
    "asked_on": QT_TRANSLATE_NOOP("Messages", "gevraagd op"),
    "received_on": QT_TRANSLATE_NOOP("Messages", "ontvangen op"),
    "position": QT_TRANSLATE_NOOP("Messages", "positie"),
    "stance": QT_TRANSLATE_NOOP("Messages", "standpunt"),
}
