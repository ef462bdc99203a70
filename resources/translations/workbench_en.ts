<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+52"/>
        <source>Verwerk de schriftelijke adviezen op een consultatie tot een traceerbare mededeling: per optie de voor- en nadelen, elk gestaafd met letterlijk geciteerde adviespassages.</source>
        <translation>Turn the written advice of a consultation into a traceable communication: the pros and cons of each option, each backed by verbatim quotes from the advice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Gebruikte software van derden</source>
        <translation>Third-party software used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licentieteksten</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Over Consultation Workbench</source>
        <translation>About Consultation Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie, gebruikte onderdelen en licenties</source>
        <translation>Version, components used and licences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit venster sluiten</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="+226"/>
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe adviesinstantie</source>
        <translation>New advisory body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een korte code, bv. SERV</source>
        <translation>A short code, e.g. SERV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. SERV</source>
        <translation>e.g. SERV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. SERV; leeg: gemaakt uit de naam</source>
        <translation>e.g. SERV; empty: made from the name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De volledige naam, zoals in de voetnoten</source>
        <translation>The full name, as in the footnotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesraad, cluster, administratie...</source>
        <translation>Advisory council, cluster, administration...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gevraagd, ontvangen of verwerkt</source>
        <translation>Asked, received or processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gevraagd &amp;op:</source>
        <translation>Asked &amp;on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontvangen o&amp;p:</source>
        <translation>Received o&amp;n:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="+26"/>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie %1</source>
        <translation>Advisory body %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron #%1</source>
        <translation>Source #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument #%1</source>
        <translation>Argument #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat #%1</source>
        <translation>Quote #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+27"/>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>het hele dossier</source>
        <translation>the whole dossier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wijzigingsgeschiedenis: %1</source>
        <translation>Change history: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 wijziging van %2.</source>
        <translation>1 change to %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wijzigingen van %2, de nieuwste bovenaan.</source>
        <translation>%1 changes to %2, newest first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen wijzigingen vastgelegd voor %2.</source>
        <translation>No changes recorded for %2.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-86"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+27"/>
        <source>bij het openen</source>
        <translation>on opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voor een schema-upgrade</source>
        <translation>before a schema upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voor een herstelling</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met de hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Back-ups van %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bij elke keer openen wordt een back-up gemaakt in %1. Herstellen bewaart eerst de huidige toestand, zodat u het kunt terugdraaien.</source>
        <translation>A backup is made in %1 every time the dossier is opened. Restoring first saves the current state, so you can go back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nog geen back-ups; ze komen in %1.</source>
        <translation>No backups yet; they go into %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstellen...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>Back-up herstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 vervangen door de back-up van %2? De huidige toestand wordt eerst als back-up bewaard.</source>
        <translation>Replace %1 with the backup of %2? The current state is saved as a backup first.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/banner.py" line="+40"/>
        <source>Openen om te bewerken</source>
        <translation>Open for editing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het dossier opnieuw openen om te bewerken, als de andere sessie het gesloten heeft</source>
        <translation>Open the dossier again for editing, once the other session has closed it</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alleen-lezen.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt dit dossier bekijken en exporteren, maar niet wijzigen.</source>
        <translation>You can view and export this dossier, but not change it.</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../ui/views/composer_edit.py" line="+107"/>
        <source>Dubbelklik om het te tonen in de lezer of op het optiebord.</source>
        <translation>Double-click to show it in the reader or on the option board.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/views/card_delegate.py" line="+167"/>
        <source>nog geen citaat</source>
        <translation>no quote yet</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="+174"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het nakijken van het bestand op beschadiging stoppen</source>
        <translation>Stop checking the file for damage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwerkte alinea&apos;s per bron</source>
        <translation>Processed paragraphs per source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle controles opnieuw uitvoeren (F9)</source>
        <translation>Run all checks again (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat nog moet gebeuren; Enter opent de plaats van het probleem</source>
        <translation>What still needs doing; Enter opens the place of the problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dekking per bron</source>
        <translation>Coverage per source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoeveel alinea&apos;s van elke bron verwerkt zijn</source>
        <translation>How many paragraphs of each source are processed</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Nakijken op beschadiging geannuleerd; F9 begint opnieuw.</source>
        <translation>Checking for damage cancelled; F9 starts it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nakijken op beschadiging mislukt: %1</source>
        <translation>Checking for damage failed: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bestand nakijken op beschadiging… %1 %</source>
        <translation>Checking the file for damage… %1 %</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nog niet gecontroleerd (F9).</source>
        <translation>Not checked yet (F9).</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Controleren mislukt: %1</source>
        <translation>Checking failed: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 fouten, %2 waarschuwingen; %3 citaten nagekeken.</source>
        <translation>%1 errors, %2 warnings; %3 quotes verified.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="-99"/>
        <source>Kleur van de optie</source>
        <translation>Colour of the option</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="+43"/>
        <source>Dossiergegevens wijzigen</source>
        <translation>Edit dossier details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie toevoegen</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie toevoegen</source>
        <translation>Add advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat toevoegen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat verwijderen</source>
        <translation>Delete quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie bij citaat wijzigen</source>
        <translation>Edit quote note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument wijzigen</source>
        <translation>Edit argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument verplaatsen</source>
        <translation>Move argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat loskoppelen</source>
        <translation>Unlink quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunt instellen</source>
        <translation>Set stance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestie aanvaarden</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestie afwijzen</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestie naar andere optie</source>
        <translation>Move suggestion to another option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage niet relevant</source>
        <translation>Passage not relevant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron verwijderen</source>
        <translation>Delete source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie toevoegen</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst van sectie wijzigen</source>
        <translation>Edit section text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie hernoemen</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie verplaatsen</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie verwijderen</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontwerp uit bewijs</source>
        <translation>Draft from evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage als niet relevant markeren</source>
        <translation>Mark passage not relevant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standpunt</source>
        <translation>stance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optie</source>
        <translation>option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adviesinstantie</source>
        <translation>advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sectie</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: een %1 werd intussen gewijzigd buiten de geschiedenis om (bijvoorbeeld door een import). Er is niets gewijzigd. De geschiedenis van ongedaan maken is gewist.</source>
        <translation>This step cannot be undone or redone: a %1 was changed since outside the history (for example by an import). Nothing was changed. The undo history has been cleared.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>De geschiedenis van ongedaan maken is gewist.</source>
        <translation>The undo history has been cleared.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/views/composer.py" line="+251"/>
        <location line="+274"/>
        <source>Sectie toevoegen</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Sectie omhoog</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie omlaag</source>
        <translation>Move section down</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Sectie verwijderen</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Het pro-contra-overzicht van een optie invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the pro/con overview of an option (filled in on export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De standpuntenmatrix invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the stance matrix (filled in on export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De lijst van adviesinstanties invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the list of advisory bodies (filled in on export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lege secties invullen met een eerste versie uit de argumenten en standpunten; bestaande tekst blijft</source>
        <translation>Fill empty sections with a first version from the arguments and stances; existing text stays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opsomming</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tussentitel</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat invoegen</source>
        <translation>Insert quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument invoegen</source>
        <translation>Insert argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht van optie invoegen</source>
        <translation>Insert option overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpuntenmatrix invoegen</source>
        <translation>Insert stance matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviseurs invoegen</source>
        <translation>Insert advisors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kop</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adviseurs</source>
        <translation>Advisors</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invoegen:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tekst van de sectie</source>
        <translation>Text of the section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgemaakte tekst; verwijzingen naar citaten, argumenten en overzichten staan als labels in de tekst en worden bij de export ingevuld</source>
        <translation>Formatted text; references to quotes, arguments and overviews appear as labels in the text and are filled in on export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schrijf hier de tekst van de sectie. Met de knoppen erboven maakt u tekst vet of cursief, maakt u een opsomming of tussentitel en voegt u een citaat, argument of overzicht in; die worden bij de export ingevuld.</source>
        <translation>Write the text of the section here. The buttons above make text bold or italic, make a bulleted list or subheading, and insert a quote, argument or overview; those are filled in on export.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Verwijzingen in deze sectie die nergens naar wijzen (rood gemarkeerd in de tekst):</source>
        <translation>References in this section that point to nothing (marked red in the text):</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Verwijzing niet ingevoegd</source>
        <translation>Reference not inserted</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>De lijst kon niet geladen worden: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+9"/>
        <location line="+282"/>
        <source>Ontwerp uit bewijs</source>
        <translation>Draft from evidence</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+17"/>
        <source>Vet</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Cursief</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Opsomming aan of uit</source>
        <translation>Bullets on or off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tussentitel aan of uit</source>
        <translation>Subheading on or off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een citaat kiezen (zoeken, met voorbeeld) en invoegen</source>
        <translation>Choose a quote (search, with preview) and insert it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een argument kiezen (zoeken, met voorbeeld) en invoegen</source>
        <translation>Choose an argument (search, with preview) and insert it</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Secties</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+220"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Titel van de sectie</source>
        <translation>Section title</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Nog geen secties. Kies „Ontwerp uit bewijs” voor de standaardindeling met een eerste versie van de tekst, of voeg zelf een sectie toe met +.</source>
        <translation>No sections yet. Choose “Draft from evidence” for the standard outline with a first version of the text, or add a section yourself with +.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Een andere sectie bevat nog 1 verwijzing die nergens naar wijst.</source>
        <translation>Another section still holds 1 reference that points to nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andere secties bevatten nog %1 verwijzingen die nergens naar wijzen.</source>
        <translation>Other sections still hold %1 references that point to nothing.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Sectie „%1” met haar tekst verwijderen? U kunt dit ongedaan maken.</source>
        <translation>Delete section “%1” and its text? You can undo this.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alle secties hebben al tekst. Het ontwerp vult alleen lege secties; maak een sectie leeg om ze opnieuw te laten opstellen.</source>
        <translation>All sections already have text. The draft only fills empty sections; empty a section to have it drafted again.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="+91"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is een onverwachte fout opgetreden in Consultation Workbench.</source>
        <translation>An unexpected error occurred in Consultation Workbench.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw werk is bewaard: elke wijziging wordt meteen in het dossierbestand opgeslagen, er gaat dus niets verloren. Werkt de toepassing niet meer zoals verwacht, sluit ze dan en open het dossier opnieuw.

Een foutrapport staat in:
{path}

Stuur dat bestand naar de helpdesk om de fout te laten oplossen.</source>
        <translation>Your work is safe: every change is saved to the dossier file immediately, so nothing is lost. If the application no longer behaves as expected, close it and open the dossier again.

An error report is in:
{path}

Send that file to the helpdesk to have the error fixed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="+113"/>
        <source>Datum bekend</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanvinken als de datum bekend is</source>
        <translation>Tick when the date is known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaar-maand-dag; Alt+pijl omlaag opent de kalender</source>
        <translation>Year-month-day; Alt+Down opens the calendar</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="-70"/>
        <source>Dossiergegevens</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De titel van de consultatie</source>
        <translation>The title of the consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referentie consultatiedocument:</source>
        <translation>&amp;Reference of the consulted document:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De referentie van het voorgelegde document, bv. het VR-nummer van het groenboek. Het eigen VR-nummer van de mededeling vult u hieronder in.</source>
        <translation>The reference of the document put to the advisors, e.g. the green paper&apos;s VR number. Enter the communication&apos;s own VR number below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minister (titelregel):</source>
        <translation>&amp;Minister (title line):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bv. DE VLAAMSE MINISTER VAN ECONOMIE, ...</source>
        <translation>e.g. DE VLAAMSE MINISTER VAN ECONOMIE, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam minister:</source>
        <translation>Minister&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bv. Jo BROUNS</source>
        <translation>e.g. Jo BROUNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VR-nummer mededeling:</source>
        <translation>Communication&apos;s &amp;VR number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog niet toegekend</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum mededeling:</source>
        <translation>Communication&apos;s &amp;date:</translation>
    </message>
</context>
<context>
    <name>DossierTreeModel</name>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="+96"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adviesinstanties</source>
        <translation>Advisory bodies</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Achtergronddocumenten</source>
        <translation>Background documents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Argumenten: %1 pro, %2 contra, 1 voorwaarde</source>
        <translation>Arguments: %1 pro, %2 con, 1 condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argumenten: %1 pro, %2 contra, %3 voorwaarden</source>
        <translation>Arguments: %1 pro, %2 con, %3 conditions</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporting.py" line="+98"/>
        <source>&amp;Audittrail toevoegen aan het Excel-bestand (intern: wie wijzigde wat)</source>
        <translation>Add the &amp;audit trail to the Excel file (internal: who changed what)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+82"/>
        <location line="+3"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Bijlage (Word, .docx): alle argumenten met hun citaten</source>
        <translation>&amp;Annex (Word, .docx): all arguments with their quotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mededeling (Word, .docx): de tekst met de secties</source>
        <translation>&amp;Communication (Word, .docx): the text with its sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pro-contra-overzicht (Excel, .xlsx)</source>
        <translation>&amp;Pro/con overview (Excel, .xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dit document maken</source>
        <translation>Make this document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documenten:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alleen voor intern gebruik</source>
        <translation>For internal use only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De map waarin de documenten komen</source>
        <translation>The folder the documents are written to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;laderen...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een andere map kiezen</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gekozen documenten nu maken (Enter)</source>
        <translation>Make the chosen documents now (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (bestaat al: wordt vervangen)</source>
        <translation> (exists: will be replaced)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Kies minstens één document.</source>
        <translation>Choose at least one document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De map %1 bestaat niet. Kies een andere map.</source>
        <translation>The folder %1 does not exist. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location line="-99"/>
        <source>Controles uitvoeren...</source>
        <translation>Running checks...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhoud samenstellen...</source>
        <translation>Assembling the content...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijlage schrijven...</source>
        <translation>Writing the annex...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mededeling schrijven...</source>
        <translation>Writing the communication...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro-contra-overzicht schrijven...</source>
        <translation>Writing the pro/con workbook...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Export geannuleerd.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al geschreven: %1</source>
        <translation>Already written: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De export kon niet worden geschreven; er werd niets vervangen. Kies een andere map of sluit het bestand in Word of Excel.</source>
        <translation>The export could not be written; nothing was replaced. Choose another folder or close the file in Word or Excel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporteren...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Er loopt al een export.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 bestand geschreven:</source>
        <translation>1 file written:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bestanden geschreven:</source>
        <translation>%1 files written:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemarkeerd als ONTWERP (controles mislukt).</source>
        <translation>Marked as DRAFT (checks failed).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Controles mislukt</source>
        <translation>Checks failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 controle mislukt; er werd niets geëxporteerd.</source>
        <translation>1 check failed; nothing was exported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 controles mislukt; er werd niets geëxporteerd.</source>
        <translation>%1 checks failed; nothing was exported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toch exporteren (gemarkeerd als ONTWERP)</source>
        <translation>Export anyway (marked as DRAFT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controles tonen</source>
        <translation>Show checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="-71"/>
        <source>Bewaren en sluiten (Ctrl+Enter)</source>
        <translation>Save and close (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten zonder te bewaren (Escape)</source>
        <translation>Close without saving (Escape)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/guide_dialog.py" line="+286"/>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De taken van de handleiding; kies er een om de pagina te lezen</source>
        <translation>The tasks of the user guide; choose one to read its page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pagina van de handleiding</source>
        <translation>Page of the user guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab gaat naar de koppelingen, Enter volgt een koppeling</source>
        <translation>Tab moves to the links, Enter follows a link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar de vorige pagina van de handleiding</source>
        <translation>To the previous page of the user guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De handleiding sluiten</source>
        <translation>Close the user guide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>De handleiding is niet gevonden bij deze installatie.</source>
        <translation>The user guide was not found in this installation.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="+21"/>
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 bestand: %1</source>
        <translation>1 file: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 bestanden: %1</source>
        <translation>%2 files: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Adviesinstantie:</source>
        <translation>&amp;Advisory body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie het advies schreef; een achtergronddocument is geen advies</source>
        <translation>Who wrote the advice; a background document is not advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(achtergronddocument, geen advies)</source>
        <translation>(background document, not an advice)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Datum van het advies:</source>
        <translation>&amp;Date of the advice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vink aan en kies de datum die op het advies staat</source>
        <translation>Tick and choose the date on the advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. Advies 36</source>
        <translation>e.g. Advice 36</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het nummer of kenmerk van het advies, zoals het in de voetnoten komt</source>
        <translation>The number or reference of the advice, as it appears in the footnotes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alleen bij één bestand</source>
        <translation>only for a single file</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/labels.py" line="+30"/>
        <source>voorkeur</source>
        <translation>preferred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>steunt</source>
        <translation>supports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voorwaardelijk</source>
        <translation>conditional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neutraal</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tegen</source>
        <translation>opposes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>niet behandeld</source>
        <translation>not addressed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pro</source>
        <translation>pro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contra</source>
        <translation>con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voorwaarde</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contra</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adviesraad</source>
        <translation>advisory council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belanghebbende</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speerpuntcluster</source>
        <translation>spearhead cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gevraagd</source>
        <translation>asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in orde</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verplaatst</source>
        <translation>moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet teruggevonden</source>
        <translation>not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adviseur</source>
        <translation>advisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sectie</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overzicht</source>
        <translation>overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adviseurs</source>
        <translation>advisors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gehele getallen</source>
        <translation>integers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>getallen</source>
        <translation>numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binaire gegevens</source>
        <translation>binary data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ter info</source>
        <translation>for information</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="+48"/>
        <location filename="../../workbench/labels.py" line="+21"/>
        <source>optie</source>
        <translation>option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../workbench/labels.py" line="+4"/>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argumenten</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../workbench/labels.py" line="-1"/>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citaten</source>
        <translation>quotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../workbench/labels.py" line="+2"/>
        <source>standpunt</source>
        <translation>stance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standpunten</source>
        <translation>stances</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../workbench/labels.py" line="-3"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bronnen</source>
        <translation>sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../workbench/labels.py" line="+9"/>
        <source>suggestie</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggesties</source>
        <translation>suggestions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Er gaat niets anders mee verloren.</source>
        <translation>Nothing else is lost with it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit verwijdert ook %1.</source>
        <translation>This also deletes %1.</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <location filename="../../ui/lock_prompt.py" line="+46"/>
        <source>iemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>een onbekende computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier in gebruik</source>
        <translation>Dossier in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is geopend om te bewerken door %2 op %3 sinds %4.</source>
        <translation>%1 is open for editing by %2 on %3 since %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het dossier is al open in een ander venster op deze computer. Open het alleen-lezen, of sluit het andere venster eerst.</source>
        <translation>The dossier is already open in another window on this computer. Open it read-only, or close the other window first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U kunt het alleen-lezen openen, of %2 vragen het te sluiten. Overnemen alleen als die computer vastgelopen of uitgeschakeld is: wijzigingen die daar nog gebeuren, kunnen botsen met de uwe.</source>
        <translation>You can open it read-only, or ask %2 to close it. Take over only if that computer has crashed or is switched off: changes still made there may clash with yours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/importing.py" line="+29"/>
        <location line="+68"/>
        <location line="+16"/>
        <location line="+52"/>
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>%1 van %2 bestanden opgeslagen</source>
        <translation>%1 of %2 files saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bezig: %1</source>
        <translation>Busy: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>De geschiedenis van ongedaan maken is gewist.</source>
        <translation>The undo history has been cleared.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import afgebroken; de geschiedenis van ongedaan maken is gewist.</source>
        <translation>Import stopped; the undo history has been cleared.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adviezen importeren...</source>
        <translation>Importing advice...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er loopt al een import.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Het bestand is geïmporteerd.</source>
        <translation>The file was imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand is niet geïmporteerd.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 van %2 bestanden geïmporteerd.</source>
        <translation>%1 of %2 files imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 overgeslagen (geannuleerd).</source>
        <translation>%1 skipped (cancelled).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 bestand kon niet worden geïmporteerd.</source>
        <translation>1 file could not be imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bestanden konden niet worden geïmporteerd.</source>
        <translation>%1 files could not be imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geannuleerd: wat al gelezen was, is bewaard; de andere bestanden zijn niet geïmporteerd. Het dossier is in orde.</source>
        <translation>Cancelled: what had been read is kept; the other files were not imported. The dossier is sound.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaard: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niet geïmporteerd: %1 (importeer ze opnieuw als u ze nodig hebt)</source>
        <translation>Not imported: %1 (import them again if you need them)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="+47"/>
        <source>&amp;Nieuw dossier...</source>
        <translation>&amp;New dossier...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Openen...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Demodossier openen</source>
        <translation>Open &amp;demo dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adviezen &amp;importeren...</source>
        <translation>&amp;Import advice...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF-, Word-, ODT- of webbestanden als bron toevoegen</source>
        <translation>Add PDF, Word, ODT or web files as sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exporteren...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mededeling en bijlage (Word) en werkboek (Excel) maken</source>
        <translation>Make the communication and annex (Word) and the workbook (Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back-ups...</source>
        <translation>&amp;Backups...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De back-ups van dit dossier bekijken of er een terugzetten</source>
        <translation>View the backups of this dossier or restore one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dossiergegevens...</source>
        <translation>&amp;Dossier details...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Vraag toevoegen...</source>
        <translation>Add &amp;question...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Optie toevoegen...</source>
        <translation>Add &amp;option...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Adviesinstantie toevoegen...</source>
        <translation>Add &amp;advisory body...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geselecteerde &amp;wijzigen...</source>
        <translation>&amp;Edit selected...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geselecteerde &amp;verwijderen</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Citeren...</source>
        <translation>&amp;Quote...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De geselecteerde tekst als citaat bij een optie vastleggen</source>
        <translation>Record the selected text as a quote for an option</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controles &amp;uitvoeren</source>
        <translation>&amp;Run checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lezer</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Optiebord</source>
        <translation>&amp;Option board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Standpunten</source>
        <translation>&amp;Stances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wijzigingsgeschiedenis...</source>
        <translation>Change &amp;history...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie wijzigde wat en wanneer, voor het geselecteerde element of het hele dossier</source>
        <translation>Who changed what and when, for the selected item or the whole dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mededeling</source>
        <translation>&amp;Communication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wat moet ik nog doen?</source>
        <translation>&amp;What do I still need to do?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De open controles van dit dossier, in gewone woorden, met een klik naar de plaats</source>
        <translation>The open checks of this dossier, in plain words, one click from their place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De handleiding: per taak wat u doet, met afbeeldingen</source>
        <translation>The user guide: what to do for each task, with pictures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle sneltoetsen van het venster</source>
        <translation>All keyboard shortcuts of the window</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Over Consultation Workbench</source>
        <translation>&amp;About Consultation Workbench</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Recente dossiers</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Panelen</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+141"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiernavigator</source>
        <translation>Dossier navigator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vragen met hun opties, adviesinstanties met hun bronnen. Eén klik op een optie toont haar bord, op een bron haar tekst; F2 wijzigt, het contextmenu biedt meer.</source>
        <translation>Questions with their options, advisory bodies with their sources. One click on an option shows its board, on a source its text; F2 edits, the context menu offers more.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [alleen lezen]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 adviesinstantie</source>
        <translation>1 advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 adviesinstanties</source>
        <translation>%1 advisory bodies</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reservekopie gemaakt.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reservekopie wordt gemaakt…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Het dossier is beschadigd:</source>
        <translation>The dossier is damaged:</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+8"/>
        <location line="+28"/>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kon niet worden geopend.</source>
        <translation>%1 could not be opened.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demodossier</source>
        <translation>Demo dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Geef een bestandsnaam en een titel op.</source>
        <translation>Give a file name and a title.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Back-up teruggezet; de vorige toestand is zelf als back-up bewaard.</source>
        <translation>Backup restored; the previous state was saved as a backup itself.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workbench/messages_nl.py" line="+14"/>
        <source>Citaat {quote} komt niet meer overeen met bron {source}: de passage luidt nu “{found}”</source>
        <translation>Quote {quote} no longer matches source {source}: the passage now reads “{found}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citaat {quote} staat niet meer in bron {source}: “{exact}”</source>
        <translation>Quote {quote} is no longer in source {source}: “{exact}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaat {quote} is verschoven binnen bron {source}; importeer de bron opnieuw of veranker het citaat opnieuw om de pagina bij te werken</source>
        <translation>Quote {quote} moved within source {source}; re-import or re-anchor to update its page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De andere controles zijn overgeslagen: ze hebben een gaaf bestand nodig</source>
        <translation>The other checks were skipped: they need a sound file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument {number} ({option}, {position}) heeft geen citaat: “{text}”</source>
        <translation>Argument {number} ({option}, {position}) has no quote: “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{advisor} staat op ‘ontvangen’, maar er is geen bron geïmporteerd</source>
        <translation>{advisor} has status received but no source is imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{advisor} heeft geen standpunt over {option} ({question}); leg er een vast, of kies ‘niet behandeld’</source>
        <translation>{advisor} has no stance on {option} ({question}); set one, or choose ‘not addressed’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{advisor}: advies gevraagd, nog niet ontvangen</source>
        <translation>{advisor}: advice asked, not received yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bron {source} ({advisor}: {title}) heeft nog geen enkel citaat</source>
        <translation>Source {source} ({advisor}: {title}) has no quote at all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectie “{section}”, regel {line}: onbekende verwijzing „{typed}” (gebruik quote:N, argument:N, overview:SLEUTEL, matrix of advisors)</source>
        <translation>Section “{section}”, line {line}: unknown reference „{typed}” (use quote:N, argument:N, overview:KEY, matrix or advisors)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectie “{section}”, regel {line}: een lege verwijzing</source>
        <translation>Section “{section}”, line {line}: an empty reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectie “{section}”, regel {line}: het blok {record} moet alleen op zijn regel staan</source>
        <translation>Section “{section}”, line {line}: the {record} block must stand alone on its line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectie “{section}”, regel {line}: een verwijzing naar een {record} zonder nummer of sleutel</source>
        <translation>Section “{section}”, line {line}: a {record} reference without a number or key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectie “{section}”, regel {line}: {record} „{target}” is geen nummer</source>
        <translation>Section “{section}”, line {line}: {record} „{target}” is not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectie “{section}” verwijst naar {record} {target}, dat niet bestaat</source>
        <translation>Section “{section}” refers to {record} {target}, which does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De mededeling heeft nog geen tekst: stel ze op uit het bewijs (tabblad Mededeling) of schrijf de secties zelf</source>
        <translation>The communication has no text yet: draft it from the evidence (Communication tab) or write its sections yourself</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De mededeling heeft geen titel of naam van de minister: ze begint dan niet met ‘DE VLAAMSE MINISTER VAN ...’ en is niet ondertekend; vul ze aan in Dossiergegevens</source>
        <translation>The communication has no minister&apos;s title line or name, so it opens without ‘DE VLAAMSE MINISTER VAN ...’ and is not signed; add them in Dossier details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De mededeling heeft nog geen eigen VR-nummer (het nummer van het groenboek is de referentie van het geconsulteerde document); vul het aan in Dossiergegevens zodra het secretariaat het toekent</source>
        <translation>The communication has no VR number of its own yet (the green paper&apos;s number is only the consulted document&apos;s reference); add it in Dossier details once the secretariat assigns it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} kan niet gelezen worden ({reason}); zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>{name} cannot be read ({reason}); restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is beschadigd ({reason}); zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>{name} is damaged ({reason}); restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het dossierbestand is beschadigd (SQLite meldt: {reason}); zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>The dossier file is damaged (SQLite reports: {reason}); restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De zoekindex is niet gecontroleerd: het dossier wordt bewerkt door {holder}</source>
        <translation>The search index was not checked: the dossier is open for editing by {holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De zoekindex is niet gecontroleerd ({reason}): het bestand kon hier niet geopend worden om te schrijven</source>
        <translation>The search index was not checked ({reason}): the file could not be opened for writing here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De zoekindex klopt niet met de alinea&apos;s ({reason}): zoeken en suggesties kunnen iets missen of misleiden; zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>The search index does not match the paragraphs ({reason}): searches and suggestions may miss or mislead; restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} op {host} sinds {since}</source>
        <translation>{user} on {host} since {since}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is geopend om te bewerken door {holder} (in een ander venster of programma op deze computer); open het alleen-lezen of vraag om het te sluiten</source>
        <translation>{name} is open for editing by {holder} (in another window or program on this computer); open it read-only or ask them to close it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is geopend om te bewerken door {holder}; als die computer vastgelopen of uitgeschakeld is en niemand erin werkt, kunt u het overnemen; open het anders alleen-lezen of vraag om het te sluiten</source>
        <translation>{name} is open for editing by {holder}; if that computer crashed or is switched off and nobody is working in it, you can take it over; open it read-only or ask them to close it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is geopend om te bewerken door {holder}; open het alleen-lezen of vraag om het te sluiten</source>
        <translation>{name} is open for editing by {holder}; open it read-only or ask them to close it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het slot van {holder} is overgenomen</source>
        <translation>Took over the lock of {holder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} wordt bewerkt door {holder}; u ziet de toestand van hun laatst bewaarde wijziging</source>
        <translation>{name} is being edited by {holder}; what you see is the state of their last saved change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} staat op een netwerkschijf ({where}): vergrendelen is daar niet betrouwbaar; zorg dat niemand anders het tegelijk bewerkt, of kopieer het naar deze computer terwijl u eraan werkt</source>
        <translation>{name} is on a network share ({where}): locking is not reliable there, so make sure nobody else edits it at the same time, or copy it to this computer while you work on it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} staat in een map die {service} synchroniseert ({root}). {service} uploadt het dossier, zijn journaal en zijn slotbestand terwijl een wijziging bewaard wordt: een andere computer kan een half bewaarde kopie krijgen, er kunnen conflictkopieën ontstaan en bewaren kan mislukken terwijl {service} het bestand leest. Bewaar een dossier waaraan u werkt in een map die niet gesynchroniseerd wordt (bv. een map op deze computer) en zet een kopie in {service} als u klaar bent.</source>
        <translation>{name} is in a folder that {service} synchronises ({root}). {service} uploads the dossier, its journal and its lock file while a change is being saved: another computer may get a half-saved copy, it may make conflict copies of the dossier, and saving can fail while {service} reads the file. Keep a dossier you are working on in a folder that is not synchronised (for example a folder on this computer) and put a copy in {service} when you are done.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} kan niet geopend worden om te bewerken: de map {folder} of het bestand zelf is alleen-lezen voor u{why}, en bewerken moet een slot- en een journaalbestand ernaast schrijven. Open het alleen-lezen, of kopieer het naar een eigen map (bv. Documenten) en open de kopie.</source>
        <translation>{name} cannot be opened for editing: its folder {folder} or the file itself is read-only for you{why}, and editing needs to write a lock and a journal file beside it. Open it read-only, or copy it to a folder of your own (e.g. Documents) and open the copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is alleen-lezen geopend; er is niets gewijzigd</source>
        <translation>{name} is open read-only; nothing was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: dit bestand bestaat niet</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is een map, geen dossierbestand</source>
        <translation>{path}: is a folder, not a dossier file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: kan niet gelezen worden ({reason}); controleer de rechten op het bestand</source>
        <translation>{path}: cannot be read ({reason}); check the file&apos;s permissions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: geen dossier van Consultation Workbench (een leeg bestand)</source>
        <translation>{path}: not a Consultation Workbench dossier (an empty file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: geen dossier van Consultation Workbench (afgebroken of beschadigd)</source>
        <translation>{path}: not a Consultation Workbench dossier (truncated or damaged)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: geen dossier van Consultation Workbench (een ander soort bestand)</source>
        <translation>{path}: not a Consultation Workbench dossier (a different kind of file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: geen dossier van Consultation Workbench (een SQLite-databank van een ander programma)</source>
        <translation>{path}: not a Consultation Workbench dossier (an SQLite database of another program)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: geen dossier van Consultation Workbench (geen schema)</source>
        <translation>{path}: not a Consultation Workbench dossier (no schema)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: gemaakt door een nieuwere versie van Consultation Workbench (schema {found}; deze versie kent tot {latest}). Werk de toepassing bij om het te openen.</source>
        <translation>{path}: made by a newer version of Consultation Workbench (schema {found}; this version knows up to {latest}). Update the app to open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: het dossierbestand is beschadigd en kan niet gelezen worden ({reason}). Zet een reservekopie terug of vraag de afzender een nieuw exemplaar.</source>
        <translation>{path}: the dossier file is damaged and cannot be read ({reason}). Restore one of your backups (workbench backups FILE) or ask the sender for a new copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: het dossier is beschadigd en kon niet gelezen worden ({reason}). Vraag de afzender een nieuw exemplaar of zet een reservekopie terug.</source>
        <translation>{name}: the dossier is damaged and could not be read ({reason}). `workbench check` lists what is wrong; ask the sender for a new copy, or restore one of your backups (workbench backups).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: de schijf is vol; de wijziging is niet bewaard en het dossier is zoals voordien. Maak ruimte vrij (of bewaar op een andere schijf) en probeer opnieuw.</source>
        <translation>{name}: the disk is full; the change was not saved and the dossier is as it was before. Free some space (or save to another drive) and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: de schijf meldde een lees- of schrijffout; de wijziging is niet bewaard en het dossier is zoals voordien. Controleer de schijf of de netwerkverbinding en probeer opnieuw.</source>
        <translation>{name}: the disk reported an input/output error; the change was not saved and the dossier is as it was before. Check the drive or network connection and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: het bestand of de map is alleen-lezen; de wijziging is niet bewaard en het dossier is zoals voordien. Kopieer het dossier naar een eigen map.</source>
        <translation>{name}: the file or its folder is read-only; the change was not saved and the dossier is as it was before. Copy the dossier to a folder of your own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: een sessie stopte midden in het bewaren van een wijziging (een crash of een verbroken netwerkverbinding) en haar herstelbestand {journal} staat er nog naast. Het dossier kan pas gelezen worden als die onafgewerkte wijziging teruggedraaid is; er gaat geen bewaard werk verloren. {repair}</source>
        <translation>{path}: a session stopped in the middle of saving a change (a crash, or a lost network connection) and its recovery file {journal} is still beside it. The dossier cannot be read until that unfinished change is rolled back; no saved work is lost. {repair}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volgens het slotbestand was het geopend om te bewerken door {holder}: die (of u, door het dossier over te nemen als die computer vastliep) herstelt het door het te openen om te bewerken.</source>
        <translation>The lock file says it was open for editing by {holder}: they (or you, taking the dossier over if that computer crashed) can repair it by opening it for editing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie in de map mag schrijven, herstelt het door het te openen om te bewerken.</source>
        <translation>Anyone who can write to its folder repairs it by opening it for editing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: het dossierbestand is beschadigd en kan niet geopend worden ({reason}). Zet een reservekopie terug als het er een was.</source>
        <translation>{path}: the dossier file is damaged and cannot be opened ({reason}). Restore a backup (workbench backups) if it was one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kan niet geopend worden</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kon uw wijziging niet bewaren (er is niets gewijzigd)</source>
        <translation>could not save your change (nothing was changed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {action} ({reason}): een ander programma houdt het bestand vast: een synchronisatieprogramma (OneDrive, Dropbox, Google Drive) dat het uploadt, antivirus- of back-upsoftware die het scant, of een andere sessie. Wacht even en probeer opnieuw; gebeurt het vaker, zet het dossier dan in een map die niet gesynchroniseerd wordt.</source>
        <translation>{path}: {action} ({reason}): another program holds the file: a sync client (OneDrive, Dropbox, Google Drive) uploading it, antivirus or backup software scanning it, or another session. Wait a moment and try again; if it keeps happening, move the dossier to a folder that is not synced.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: {action} ({reason}): het bestand of de map is niet bereikbaar: een losgekoppelde netwerkschijf, een map waar u geen toegang toe hebt, of een te lang pad. Controleer de schijf, of kopieer het dossier naar een lokale map.</source>
        <translation>{path}: {action} ({reason}): the file or its folder cannot be reached: a network drive that is disconnected, a folder you have no access to, or a path that is too long. Check the drive, or copy the dossier to a local folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {action} ({reason}): het bestand of de map is alleen-lezen voor u. Open het alleen-lezen, of kopieer het naar een eigen map.</source>
        <translation>{path}: {action} ({reason}): the file or its folder is read-only for you. Open it read-only, or copy it to a folder of your own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: {action} ({reason}): de schijf is vol. Maak ruimte vrij en probeer opnieuw.</source>
        <translation>{path}: {action} ({reason}): the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: {action} ({reason}): een lees- of schrijffout: een verbroken netwerkverbinding, een verwijderde USB-stick of een falende schijf. Controleer de verbinding en probeer opnieuw; houd dossiers op een lokale schijf terwijl u eraan werkt.</source>
        <translation>{path}: {action} ({reason}): a read or write error: a network connection that dropped, a removed USB stick or a failing disk. Check the connection and try again; keep dossiers on a local disk while you work on them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: {action} ({reason}): controleer of het bestand bereikbaar is en niet door een ander programma gebruikt wordt.</source>
        <translation>{path}: {action} ({reason}): check that the file is reachable and not used by another program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: dit dossier werd buiten Consultation Workbench gewijzigd: {differences}. Onderdelen die de workbench niet maakt, kunnen gegevens wijzigen of verbergen. Het is niet geopend. Vraag de afzender een kopie die Consultation Workbench zelf bewaarde, of open een van uw eigen reservekopieën.</source>
        <translation>{name}: this dossier was changed outside Consultation Workbench: {differences}. Objects the workbench does not make can change or hide data. It was not opened. Ask the sender for a copy saved by Consultation Workbench itself, or open one of your own backups (workbench backups FILE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: dit dossier werd buiten Consultation Workbench gewijzigd: {differences} (en nog {count} verschillen). Onderdelen die de workbench niet maakt, kunnen gegevens wijzigen of verbergen. Het is niet geopend. Vraag de afzender een kopie die Consultation Workbench zelf bewaarde, of open een van uw eigen reservekopieën.</source>
        <translation>{name}: this dossier was changed outside Consultation Workbench: {differences} (and {count} more differences). Objects the workbench does not make can change or hide data. It was not opened. Ask the sender for a copy saved by Consultation Workbench itself, or open one of your own backups (workbench backups FILE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: dit dossier werd buiten Consultation Workbench gewijzigd: {differences}. Het is niet geopend. Vraag de afzender een kopie die Consultation Workbench zelf bewaarde, of open een van uw eigen reservekopieën.</source>
        <translation>{name}: this dossier was changed outside Consultation Workbench: {differences}. It was not opened. Ask the sender for a copy saved by Consultation Workbench itself, or open one of your own backups (workbench backups FILE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: dit dossier werd buiten Consultation Workbench gewijzigd: {differences} (en nog {count} verschillen). Het is niet geopend. Vraag de afzender een kopie die Consultation Workbench zelf bewaarde, of open een van uw eigen reservekopieën.</source>
        <translation>{name}: this dossier was changed outside Consultation Workbench: {differences} (and {count} more differences). It was not opened. Ask the sender for a copy saved by Consultation Workbench itself, or open one of your own backups (workbench backups FILE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} kon niet vervangen worden: een ander programma houdt het open. Het kan open staan in Word of Excel, of gescand worden door antivirussoftware of gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam.</source>
        <translation>{path} could not be replaced: another program keeps it open. It may be open in Word or Excel, or being scanned by antivirus software or synced by OneDrive or another sync client. Close it in that program, wait a moment and try again, or choose another file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} kon niet hernoemd worden: een ander programma houdt het open. Het kan open staan in Word of Excel, of gescand worden door antivirussoftware of gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam.</source>
        <translation>{path} could not be renamed: another program keeps it open. It may be open in Word or Excel, or being scanned by antivirus software or synced by OneDrive or another sync client. Close it in that program, wait a moment and try again, or choose another file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} kon niet verwijderd worden: een ander programma houdt het open. Het kan open staan in Word of Excel, of gescand worden door antivirussoftware of gesynchroniseerd door OneDrive of een ander synchronisatieprogramma. Sluit het in dat programma, wacht even en probeer opnieuw, of kies een andere bestandsnaam.</source>
        <translation>{path} could not be deleted: another program keeps it open. It may be open in Word or Excel, or being scanned by antivirus software or synced by OneDrive or another sync client. Close it in that program, wait a moment and try again, or choose another file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er kon geen reservekopie van {name} gemaakt worden: de schijf is vol in {folder}. Het dossier zelf is ongewijzigd; maak ruimte vrij of stel een andere map voor reservekopieën in ({variable}) en probeer opnieuw.</source>
        <translation>No backup of {name} could be made: the disk is full in {folder}. The dossier itself is unchanged; free some space or set another backup folder ({variable}) and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er kon geen reservekopie van {name} gemaakt worden: de map voor reservekopieën is alleen-lezen in {folder}. Het dossier zelf is ongewijzigd; stel een andere map voor reservekopieën in ({variable}) en probeer opnieuw.</source>
        <translation>No backup of {name} could be made: the backup folder is read-only in {folder}. The dossier itself is unchanged; free some space or set another backup folder ({variable}) and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er kon geen reservekopie van {name} gemaakt worden: de schijf meldde een fout ({reason}) in {folder}. Het dossier zelf is ongewijzigd; maak ruimte vrij of stel een andere map voor reservekopieën in ({variable}) en probeer opnieuw.</source>
        <translation>No backup of {name} could be made: the disk reported an error ({reason}) in {folder}. The dossier itself is unchanged; free some space or set another backup folder ({variable}) and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{failure} Uw werk loopt geen gevaar.</source>
        <translation>{failure} Your work is not at risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er kon geen reservekopie van {name} gemaakt worden ({reason}); uw werk loopt geen gevaar, maar controleer de map voor reservekopieën {folder}</source>
        <translation>No backup of {name} could be made ({reason}); your work is not at risk, but check the backup folder {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reservekopie {error}</source>
        <translation>The backup {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De reservekopie {name} is beschadigd ({reason}); kies een andere</source>
        <translation>The backup {name} is damaged ({reason}); choose another</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De reservekopie {name} werd gemaakt door een nieuwere versie van de toepassing</source>
        <translation>The backup {name} was made by a newer version of the app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: deze map bestaat niet; kies een andere map</source>
        <translation>{folder}: folder does not exist; choose another folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder}: in deze map kan niet geschreven worden; kies een andere map</source>
        <translation>{folder}: folder is not writable; choose another folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder}: hier kan geen bestand gemaakt worden ({reason})</source>
        <translation>{folder}: cannot create a file here ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: is een map; kies een bestandsnaam</source>
        <translation>{target}: is a folder; choose a file name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: het bestand is alleen-lezen; er is niets geëxporteerd. Haal de markering alleen-lezen weg of kies een andere naam</source>
        <translation>{target}: the file is read-only; nothing was exported. Remove the read-only mark or choose another name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target}: is open in een ander programma (Word/Excel/LibreOffice); er is niets geëxporteerd. Sluit het of kies een andere naam</source>
        <translation>{target}: is open in another program (Word/Excel/LibreOffice); nothing was exported. Close it or choose another name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target}: kan niet geschreven worden ({reason})</source>
        <translation>{target}: not writable ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: kon niet geschreven worden ({reason})</source>
        <translation>{target}: could not be written ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: is open in een ander programma (Word/Excel?) of kan niet geschreven worden; sluit het of kies een andere naam</source>
        <translation>{target}: is open in another program (Word/Excel?) or not writable; close it or choose another name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target}: kon niet vervangen worden ({reason})</source>
        <translation>{target}: could not be replaced ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: twee keer gekozen; geef elk document een eigen bestand</source>
        <translation>{target}: named twice; give each document its own file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder}: hier kan geen tijdelijk bestand gemaakt worden</source>
        <translation>{folder}: cannot create a temporary file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: kan niet gelezen worden ({reason})</source>
        <translation>{target}: cannot be read ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: exporteren mislukt ({reason})</source>
        <translation>{name}: export failed ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: het dossierbestand is beschadigd en kan niet geopend worden ({reason}). Zet een reservekopie terug of vraag de afzender een nieuw exemplaar.</source>
        <translation>{path}: the dossier file is damaged and cannot be opened ({reason}). Restore one of your backups (workbench backups FILE) or ask the sender for a new copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: bestaat al; kies een andere naam of open het</source>
        <translation>{path}: already exists; choose another name or open it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder}: deze map bestaat niet</source>
        <translation>{folder}: folder does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De suggestie hoort al bij {option}</source>
        <translation>The suggestion is already for {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een argument heeft een tekst nodig</source>
        <translation>An argument needs a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een sectie heeft een titel nodig</source>
        <translation>A section needs a title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen bron met nummer {number}</source>
        <translation>No source number {number}; `workbench sources FILE` lists them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niets om naar te zoeken: typ minstens één woord of getal.</source>
        <translation>Nothing to search for: type at least one word or number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: deze sessie heeft het slot van het dossier niet meer; er is niets gewijzigd. Open het dossier opnieuw.</source>
        <translation>{name}: this session no longer holds the dossier&apos;s lock; nothing was changed. Open the dossier again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een vraag heeft een tekst nodig</source>
        <translation>A question needs a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een optie heeft een titel nodig</source>
        <translation>An option needs a title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een adviesinstantie heeft een naam nodig</source>
        <translation>An advisor needs a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De sleutel ‘{key}’ van een {record} is niet geldig: gebruik 1 tot 32 letters, cijfers of . _ + - (bijvoorbeeld Q1, S3, 3+, VARIO)</source>
        <translation>{record} key &apos;{key}&apos; is not valid: use 1-32 letters, digits or . _ + - (for example Q1, S3, 3+, VARIO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De sleutel ‘{key}’ is al in gebruik; kies een andere</source>
        <translation>The key &apos;{key}&apos; is in use already; choose another</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen {record} met sleutel ‘{key}’</source>
        <translation>No {record} with key &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen {record} met nummer {number}</source>
        <translation>No {record} number {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De tekst staat niet in bron {source} ({title}); een citaat moet letterlijk zijn (verschillen in spaties, regeleinden en afbreekstreepjes tellen niet)</source>
        <translation>The text was not found in source {source} ({title}); a quote must be verbatim (differences in spaces, line breaks and line-end hyphens are ignored)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een argument kan niet met zichzelf samengevoegd worden</source>
        <translation>An argument cannot be merged with itself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een bestaand argument of typ de tekst van een nieuw</source>
        <translation>Give either an existing argument or the text of a new one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: ‘{value}’ is geen datum; schrijf ze als JJJJ-MM-DD</source>
        <translation>{field} &apos;{value}&apos; is not a date; write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: ‘{value}’ is niet een van: {allowed}</source>
        <translation>{field} &apos;{value}&apos; is not one of: {allowed}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lijkt op de omschrijving van de optie</source>
        <translation>resembles the option&apos;s own description</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>positie</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standpunt</source>
        <translation>stance</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&apos;{value}&apos; is geen nummer van een {record}</source>
        <translation>&apos;{value}&apos; is not a {record} number</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Waarden in {table}.{column} die geen {expected} zijn zoals de workbench ze schrijft: {count}; het dossier is buiten de workbench gewijzigd of beschadigd; zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>Values in {table}.{column} that are not {expected} as the workbench writes them: {count}; the dossier was changed outside the workbench or is damaged; restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarden in {table}.{column} die niet de lijst zijn die de workbench schrijft (ongeldige JSON): {count}; zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>Values in {table}.{column} that are not the list the workbench writes (malformed JSON): {count}; restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teksten in {table}.{column} die geen geldige UTF-8 zijn: {count}; zet een reservekopie terug of vraag de afzender een nieuw exemplaar</source>
        <translation>Texts in {table}.{column} that are not valid UTF-8: {count}; restore one of your backups (workbench backups FILE) or ask the sender for a new copy</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Een citaat heeft zijn tekst of zijn begin en einde nodig</source>
        <translation>A quote needs its text (exact) or its span (start and end)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het stuk {start}:{end} ligt buiten de tekst van bron {source}</source>
        <translation>Span {start}:{end} is outside the text of source {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: het dossier is gesloten</source>
        <translation>{path}: the dossier is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen {record} &apos;{key}&apos;</source>
        <translation>No {record} &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument {number} hoort bij {option} ({position}), niet bij {target} ({target_position})</source>
        <translation>Argument {number} belongs to {option} ({position}), not to {target} ({target_position})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>onder kop {heading}</source>
        <translation>under heading {heading}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onder kop {heading}, ‘{words}’</source>
        <translation>under heading {heading}, ‘{words}’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noemt ‘{named}’</source>
        <translation>names ‘{named}’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lijkt op {example}</source>
        <translation>resembles {example}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lijkt op wat eerder bij deze optie gevonden werd</source>
        <translation>resembles what was found earlier for this option</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verplaatst van {option}</source>
        <translation>moved from {option}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citaat {number}</source>
        <translation>quote {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>een aanvaarde suggestie</source>
        <translation>an accepted suggestion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ongedaan gemaakt: {label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw uitgevoerd: {label}</source>
        <translation>Redone: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag {key} toegevoegd</source>
        <translation>Add question {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag {key} gewijzigd</source>
        <translation>Edit question {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag {key} verwijderd</source>
        <translation>Delete question {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie {key} toegevoegd</source>
        <translation>Add option {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie {key} gewijzigd</source>
        <translation>Edit option {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie {key} verwijderd</source>
        <translation>Delete option {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie {key} toegevoegd</source>
        <translation>Add advisor {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie {key} gewijzigd</source>
        <translation>Edit advisor {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviesinstantie {key} verwijderd</source>
        <translation>Delete advisor {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat toegevoegd</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie bij citaat {number} gewijzigd</source>
        <translation>Edit note of quote {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat {number} verwijderd</source>
        <translation>Delete quote {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geciteerd als {position} bij {option}</source>
        <translation>Quote as {position} of {option}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument ({position}) toegevoegd bij {option}</source>
        <translation>Add {position} argument to {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument {number} gewijzigd</source>
        <translation>Edit argument {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaten gekoppeld aan argument {number}</source>
        <translation>Link quotes to argument {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaten losgekoppeld van argument {number}</source>
        <translation>Unlink quotes from argument {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument {number} verplaatst</source>
        <translation>Move argument {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument {gone} samengevoegd met {keep}</source>
        <translation>Merge argument {gone} into {keep}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument {number} verwijderd</source>
        <translation>Delete argument {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunt van {advisor} over {option} vastgelegd</source>
        <translation>Set stance of {advisor} on {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standpunt van {advisor} over {option} gewist</source>
        <translation>Clear stance of {advisor} on {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaten van bron {number} opnieuw verankerd</source>
        <translation>Re-anchor quotes of source {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} geïmporteerd</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron {number} vervangen door {name}</source>
        <translation>Replace source {number} by {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron {number} gewijzigd</source>
        <translation>Edit source {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron {number} verwijderd</source>
        <translation>Delete source {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als niet relevant gemarkeerd</source>
        <translation>Mark not relevant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markering ‘niet relevant’ gewist</source>
        <translation>Unmark not relevant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie {title} toegevoegd</source>
        <translation>Add section {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie {title} gewijzigd</source>
        <translation>Edit section {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie verplaatst</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectie {title} verwijderd</source>
        <translation>Delete section {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secties van de mededeling aangemaakt</source>
        <translation>Create the communication&apos;s sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontwerp opgesteld uit het bewijs</source>
        <translation>Draft from evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier aangemaakt</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiergegevens gewijzigd</source>
        <translation>Edit dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demodossier opgebouwd</source>
        <translation>Build the demo dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggesties vernieuwd</source>
        <translation>Refresh suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservekopie {name} teruggezet</source>
        <translation>Restore backup {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestie voor {option} aanvaard</source>
        <translation>Accept suggestion for {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestie voor {option} aanvaard in plaats van {previous}</source>
        <translation>Accept suggestion for {option} instead of {previous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestie voor {option} afgewezen</source>
        <translation>Dismiss suggestion for {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestie verplaatst van {option} naar {target}</source>
        <translation>Move suggestion from {option} to {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage als niet relevant gemarkeerd</source>
        <translation>Mark passage not relevant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bron {number}</source>
        <translation>source {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optie {option}</source>
        <translation>option {option}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorige toestand bewaard als {path}</source>
        <translation>previous state saved as {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleutel</source>
        <translation>key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kleur</source>
        <translation>colour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referentie</source>
        <translation>reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titel van de minister</source>
        <translation>minister&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>naam van de minister</source>
        <translation>minister&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VR-nummer</source>
        <translation>VR number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum van de mededeling</source>
        <translation>date of the communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adviesinstantie</source>
        <translation>advisory body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gevraagd op</source>
        <translation>asked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ontvangen op</source>
        <translation>received on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>het bestand is leeg; controleer of u het juiste bestand koos</source>
        <translation>the file is empty; check that you picked the right file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de inhoud past niet bij de extensie van het bestand; bewaar het opnieuw in het juiste formaat</source>
        <translation>the content does not match the file&apos;s extension; save it again in the right format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het bestand is beschadigd en kan niet gelezen worden; vraag de afzender een nieuw exemplaar</source>
        <translation>the file is damaged and cannot be read; ask the sender for a fresh copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het bestand is beveiligd met een wachtwoord; vraag de afzender een onbeveiligde kopie</source>
        <translation>the file is password protected; ask the sender for an unprotected copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>de PDF bevat geen tekst, alleen afbeeldingen (een scan); vraag de afzender een PDF met tekst of laat hem herkennen (OCR)</source>
        <translation>the PDF holds no text, only images (a scan); ask the sender for a PDF with text or have it recognised (OCR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het bestand is te groot om te lezen; splits het en importeer de delen</source>
        <translation>the file is too large to read; split it and import the parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>het bestand is te diep genest om veilig te lezen; vraag de afzender het opnieuw te bewaren</source>
        <translation>the file is nested too deeply to read safely; ask the sender to save it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dit soort bestand kan niet geïmporteerd worden; bewaar het als PDF, Word (.docx), ODT, HTML of tekst</source>
        <translation>files of this type cannot be imported; save it as PDF, Word (.docx), ODT, HTML or text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dit bestand is al geïmporteerd</source>
        <translation>this file was imported already</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het lezen duurde te lang en is gestopt; splits het bestand of bewaar het opnieuw</source>
        <translation>reading took too long and was stopped; split the file or save it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het lezen vroeg te veel geheugen en is gestopt; splits het bestand</source>
        <translation>reading needed too much memory and was stopped; split the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>het lezen van dit bestand liep vast; vraag de afzender een nieuw exemplaar</source>
        <translation>reading this file crashed; ask the sender for a fresh copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de schijf is vol; er is niets bewaard; maak ruimte vrij en probeer opnieuw</source>
        <translation>the disk is full; nothing was saved; free some space and try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>het dossier kon niet geschreven worden; er is niets bewaard; probeer opnieuw</source>
        <translation>the dossier could not be written; nothing was saved; try again</translation>
    </message>
</context>
<context>
    <name>NavigatorWindow</name>
    <message>
        <location filename="../../ui/navigator_window.py" line="+120"/>
        <source>Verwijderen...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optie toevoegen...</source>
        <translation>Add option...</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="+32"/>
        <location line="+35"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+13"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Bladeren...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. Groenboek clusterbeleid</source>
        <translation>e.g. Green paper cluster policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De titel van de consultatie; de bestandsnaam volgt de titel</source>
        <translation>The title of the consultation; the file name follows the title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Referentie:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. VR 2024 2203 MED.0096/2BIS</source>
        <translation>e.g. VR 2024 2203 MED.0096/2BIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het kenmerk van de nota (mag leeg)</source>
        <translation>The reference of the note (may be empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>nieuw dossier</source>
        <translation>new dossier</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Waar het dossier wordt bewaard</source>
        <translation>Where the dossier is saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bladeren</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een map en bestandsnaam kiezen</source>
        <translation>Choose a folder and file name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B&amp;estand:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../../ui/next_step.py" line="+35"/>
        <source>Begin met de vraag uit het groenboek waarop de adviezen antwoorden.</source>
        <translation>Start with the question of the green paper that the advice answers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vraag toevoegen...</source>
        <translation>Add &amp;question...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voeg de opties toe (bv. de scenario&apos;s). Elk citaat hoort later bij een optie.</source>
        <translation>Add the options (e.g. the scenarios). Every quote will belong to an option.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Optie toevoegen...</source>
        <translation>Add &amp;option...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voeg de adviesinstanties toe die om advies gevraagd zijn (bv. SERV, VARIO).</source>
        <translation>Add the advisory bodies that were asked for advice (e.g. SERV, VARIO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adviesinstantie toevoegen...</source>
        <translation>Add &amp;advisory body...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importeer de adviezen (PDF, Word, ODT, web of tekst); bij het importeren kiest u van welke adviesinstantie elk advies is.</source>
        <translation>Import the advice (PDF, Word, ODT, web or text); while importing you choose which advisory body wrote each advice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zet elk citaat onder een argument pro, contra of voorwaarde; het Optiebord toont ze per optie.</source>
        <translation>File each quote under an argument for, against or a condition; the Option board shows them per option.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar het &amp;Optiebord</source>
        <translation>To the &amp;Option board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leg per adviesinstantie het standpunt over elke optie vast, met de citaten als bewijs en een motivering (dubbelklik op een cel).</source>
        <translation>Record each advisory body&apos;s stance on every option, with the quotes as evidence and a motivation (double-click a cell).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naar de &amp;Standpunten</source>
        <translation>To the &amp;Stances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schrijf de mededeling; „Ontwerp uit bewijs” maakt een eerste versie uit de argumenten en standpunten.</source>
        <translation>Write the communication; “Draft from evidence” makes a first version from the arguments and stances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar de &amp;Mededeling</source>
        <translation>To the &amp;Communication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporteer de mededeling, de bijlage en het werkboek (Ctrl+E).</source>
        <translation>Export the communication, the annex and the workbook (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exporteren...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voeg ook de andere opties toe (bv. de andere scenario&apos;s). Is er maar één optie, voeg dan de adviesinstanties toe.</source>
        <translation>Add the other options too (e.g. the other scenarios). If there is only one option, add the advisory bodies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog een &amp;optie toevoegen...</source>
        <translation>Add another &amp;option...</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Volgende stap (%1 van %2):</source>
        <translation>Next step (%1 of %2):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hoe gaat dat?</source>
        <translation>How?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De handleiding bij deze stap openen (F1)</source>
        <translation>Open the user guide at this step (F1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze hulp verbergen voor dit dossier</source>
        <translation>Hide this help for this dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgende stap verbergen</source>
        <translation>Hide next step</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Adviezen &amp;importeren...</source>
        <translation>&amp;Import advice...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selecteer in de lezer een passage en kies Citeren (Ctrl+Q) om ze als citaat bij een optie vast te leggen.</source>
        <translation>Select a passage in the reader and choose Quote (Ctrl+Q) to record it as a quote on an option.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar de &amp;lezer</source>
        <translation>To the &amp;reader</translation>
    </message>
</context>
<context>
    <name>OptionBoard</name>
    <message>
        <location filename="../../ui/views/board.py" line="+151"/>
        <source>Optie:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+78"/>
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bij %2:</source>
        <translation>%1 for %2:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument #%1 samenvoegen met #%2? De citaten van #%1 gaan naar #%2 en #%1 verdwijnt.</source>
        <translation>Merge argument #%1 into #%2? The quotes of #%1 move to #%2 and #%1 is removed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument #%1 verwijderen?</source>
        <translation>Delete argument #%1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De %1 gekoppelde citaten blijven bewaard in hun bron.</source>
        <translation>The %1 linked quotes are kept in their source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er hangen geen citaten aan.</source>
        <translation>It has no quotes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tekst wijzigen</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaat #%1 openen (%2)</source>
        <translation>Open quote #%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="+66"/>
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe optie</source>
        <translation>New option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V&amp;raag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De vraag waarop deze optie antwoordt</source>
        <translation>The question this option answers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een korte code voor de optie, bv. S5</source>
        <translation>A short code for the option, e.g. S5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. S5</source>
        <translation>e.g. S5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam van de optie in de stukken</source>
        <translation>The name of the option in the documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de optie inhoudt, in enkele zinnen</source>
        <translation>What the option means, in a few sentences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorgesteld &amp;door:</source>
        <translation>Proposed &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie de optie voorstelde: het groenboek of een adviesinstantie</source>
        <translation>Who proposed the option: the green paper or an advisory body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(het groenboek)</source>
        <translation>(the green paper)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De kleur van de optie in de lezer en op het bord; opent de kleurkiezer</source>
        <translation>The option&apos;s colour in the reader and on the board; opens the colour picker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zoekpatronen:</source>
        <translation>&amp;Match patterns:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoekpatronen, één per regel</source>
        <translation>Match patterns, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woorden waarmee de adviezen de optie noemen; ze leveren suggesties op</source>
        <translation>Words the advice uses for the option; they yield suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén patroon per regel, bv. scenario 3</source>
        <translation>One pattern per line, e.g. scenario 3</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../ui/views/pdf_page.py" line="+163"/>
        <source>Pagina %1 bestaat niet.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>PickerTexts</name>
    <message>
        <location filename="../../ui/dialogs/reference_picker.py" line="+146"/>
        <source>Citaat %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pagina %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nog bij geen argument.</source>
        <translation>Not under an argument yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nog zonder citaten.</source>
        <translation>No quotes yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaten: %1</source>
        <translation>Quotes: %1</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="-85"/>
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe vraag</source>
        <translation>New question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een korte code voor de vraag, bv. Q3</source>
        <translation>A short code for the question, e.g. Q3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. Q3</source>
        <translation>e.g. Q3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De vraag zoals ze in het groenboek staat</source>
        <translation>The question as the green paper puts it</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="+58"/>
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Optie:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De optie waarover het citaat gaat</source>
        <translation>The option the quote is about</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Positie van het argument</source>
        <translation>Side of the argument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Positie:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Positie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Argument:</source>
        <translation>&amp;Argument:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bestaande argumenten</source>
        <translation>Existing arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een argument om het citaat eronder te zetten</source>
        <translation>Choose an argument to put the quote under</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ een nieuw argument of kies een bestaand uit de lijst (pijl omlaag)</source>
        <translation>Type a new argument or choose an existing one from the list (Down arrow)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw argument, of kies een bestaand hieronder</source>
        <translation>New argument, or choose an existing one below</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nog geen argumenten in deze kolom: typ het eerste.</source>
        <translation>No arguments in this column yet: type the first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 bestaand argument in deze kolom</source>
        <translation>1 existing argument in this column</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Typ een argument, of kies een bestaand argument uit de lijst. Elk citaat hoort bij een argument.</source>
        <translation>Type an argument, or choose an existing argument from the list. Every quote belongs to an argument.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 bestaande argumenten in deze kolom</source>
        <translation>%1 existing arguments in this column</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het citaat komt bij argument #%1</source>
        <translation>The quote goes to argument #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een nieuw argument wordt aangemaakt</source>
        <translation>A new argument will be created</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../ui/views/reader.py" line="+182"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+311"/>
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Selectie als citaat vastleggen (Ctrl+Q)</source>
        <translation>Record the selection as a quote (Ctrl+Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Originele pagina tonen (PDF)</source>
        <translation>Show the original page (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originele pagina</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p. </source>
        <translation>p. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brontekst</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog geen bronnen. Importeer adviezen met Bestand › Adviezen importeren, of sleep bestanden naar dit venster.</source>
        <translation>No sources yet. Import advice with File › Import advice, or drop files onto this window.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citeren bij een optie...</source>
        <translation>Quote for an option...</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>nog bij geen argument (%1)</source>
        <translation>not under an argument yet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaten in deze bron:</source>
        <translation>Quotes in this source:</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Legende van de markeringen</source>
        <translation>Legend of the highlights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen citaten in deze bron. Selecteer tekst en kies Citeren (Ctrl+Q).</source>
        <translation>No quotes in this source yet. Select text and choose Quote (Ctrl+Q).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nog bij geen argument</source>
        <translation>not under an argument yet</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Citaat #%1</source>
        <translation>Quote #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Nog bij geen argument.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not used by any argument yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaat verwijderen</source>
        <translation>Delete quote</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Een citaat hoort bij een optie, en dit dossier heeft nog geen opties.</source>
        <translation>A quote belongs to an option, and this dossier has no options yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voeg eerst de opties van de consultatie toe (bv. de scenario&apos;s uit het groenboek). Uw selectie blijft staan.</source>
        <translation>First add the options of the consultation (e.g. the scenarios of the green paper). Your selection stays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Optie toevoegen...</source>
        <translation>Add &amp;option...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Selecteer eerst de tekst om te citeren.</source>
        <translation>Select the text to quote first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader_doc.py" line="+105"/>
        <source>— pagina %1 —</source>
        <translation>— page %1 —</translation>
    </message>
</context>
<context>
    <name>ReferenceLabels</name>
    <message>
        <location filename="../../ui/views/reference_chips.py" line="+56"/>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overzicht</source>
        <translation>overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standpuntenmatrix</source>
        <translation>stance matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lijst van adviseurs</source>
        <translation>list of advisors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ onbekend: %1</source>
        <translation>⚠ unknown: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekende verwijzing „%1”. Verwijder ze en voeg een citaat, argument of overzicht in met de knoppen.</source>
        <translation>Unknown reference „%1”. Remove it and insert a quote, argument or overview with the buttons.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ %1 — bestaat niet</source>
        <translation>⚠ %1 — does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen %1 %2 in het dossier (meer). Verwijder deze verwijzing of vervang ze door een bestaande.</source>
        <translation>There is no %1 %2 in the dossier (any more). Remove this reference or replace it by an existing one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De %1 moet alleen op een regel staan: zet hem in een eigen alinea.</source>
        <translation>The %1 must stand alone on its line: put it in a paragraph of its own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De verwijzing naar een %1 heeft geen geldig nummer of geldige sleutel.</source>
        <translation>The reference to a %1 has no valid number or key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>achtergrond</source>
        <translation>background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../../ui/dialogs/reference_picker.py" line="+73"/>
        <source>Citaat invoegen</source>
        <translation>Insert quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Argument invoegen</source>
        <translation>Insert argument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoeken in tekst, adviseur, optie of nummer:</source>
        <translation>&amp;Search in text, advisor, option or number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bv. VARIO S3 kmo, of 12</source>
        <translation>e.g. VARIO S3 kmo, or 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elk woord moet voorkomen in de tekst, de adviseur, de bron, de optie of het nummer; pijltjes kiezen in de lijst, Enter voegt in</source>
        <translation>Every word must occur in the text, the advisor, the source, the option or the number; the arrow keys choose in the list, Enter inserts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaten</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Argumenten</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gevonden items; Enter voegt het gekozen item in</source>
        <translation>The items found; Enter inserts the chosen item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De volledige tekst met bron en pagina</source>
        <translation>The full text with source and page</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het gekozen item invoegen (Enter)</source>
        <translation>Insert the chosen item (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten zonder in te voegen (Escape)</source>
        <translation>Close without inserting (Escape)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 citaten</source>
        <translation>%1 quotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 argumenten</source>
        <translation>%1 arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 van %2 citaten</source>
        <translation>%1 of %2 quotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 van %2 argumenten</source>
        <translation>%1 of %2 arguments</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Er is geen citaat met nummer %1 in dit dossier.</source>
        <translation>There is no quote number %1 in this dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is geen argument met nummer %1 in dit dossier.</source>
        <translation>There is no argument number %1 in this dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niets gevonden: pas de zoekwoorden aan.</source>
        <translation>Nothing found: change the search words.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="+44"/>
        <source>achtergronddocument</source>
        <translation>background document</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Zoeken in alle bronnen...</source>
        <translation>Search all sources...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woorden om in alle bronnen te zoeken</source>
        <translation>Words to search for in all sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén klik of Enter opent de passage in de lezer</source>
        <translation>One click or Enter opens the passage in the reader</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 treffer</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 treffers</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+22"/>
        <source>Een venster met velden bevestigen (OK)</source>
        <translation>Confirm a window with fields (OK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In de standpuntentabel: het standpunt bewerken</source>
        <translation>In the stance table: edit the stance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bij Citeren: van het argument naar de bestaande argumenten</source>
        <translation>When quoting: from the argument to the existing arguments</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per toets wat ze doet</source>
        <translation>What each key does</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dit venster sluiten</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/stance_dialog.py" line="+48"/>
        <source>Standpunt van %1 over %2</source>
        <translation>Stance of %1 on %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Standpunt:</source>
        <translation>&amp;Stance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de adviesinstantie van deze optie vindt</source>
        <translation>What the advisory body thinks of this option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(geen standpunt)</source>
        <translation>(no stance)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Uitdrukkelijk in het advies</source>
        <translation>&amp;Explicit in the advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De adviesinstantie zegt het zelf</source>
        <translation>The advisory body says so itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afgeleid uit het advies</source>
        <translation>&amp;Inferred from the advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U leidt het af; het advies zegt het niet met zoveel woorden</source>
        <translation>You infer it; the advice does not say it in so many words</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bron van het standpunt:</source>
        <translation>Basis of the stance:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uitdrukkelijk of afgeleid</source>
        <translation>Explicit or inferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoek citaat:</source>
        <translation>&amp;Find quote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter de citaten van %1</source>
        <translation>Filter the quotes of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toont alleen de citaten met deze woorden</source>
        <translation>Shows only the quotes with these words</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (bij deze optie)</source>
        <translation> (on this option)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Citaten als bewijs:</source>
        <translation>&amp;Quotes as evidence:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaten als bewijs</source>
        <translation>Quotes as evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vink met de spatiebalk de citaten aan die het standpunt tonen</source>
        <translation>Tick with the space bar the quotes that show the stance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 heeft nog geen citaten: citeer eerst uit het advies.</source>
        <translation>%1 has no quotes yet: quote from the advice first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Motivering:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarom dit het standpunt is, in uw woorden</source>
        <translation>Why this is the stance, in your words</translation>
    </message>
</context>
<context>
    <name>StanceMatrix</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="+114"/>
        <source>Standpunten per adviesinstantie en optie</source>
        <translation>Stances per advisory body and option</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nog niet vastgelegd — Enter of dubbelklik om te bewerken</source>
        <translation>not recorded yet — Enter or double-click to edit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Standpunt bewerken...</source>
        <translation>Edit stance...</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../../ui/models/stance_model.py" line="+57"/>
        <source>(afgeleid)</source>
        <translation>(inferred)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citaten</source>
        <translation>quotes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nog geen standpunt</source>
        <translation>no stance yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nog geen standpunt vastgelegd.</source>
        <translation>No stance recorded yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgeleid uit het advies (niet uitdrukkelijk gezegd).</source>
        <translation>Inferred from the advice (not said explicitly).</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="+114"/>
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwerk schriftelijke adviezen tot een traceerbare afweging van pro&apos;s en contra&apos;s per optie, met letterlijke citaten als bewijs.</source>
        <translation>Turn written advice into a traceable weighing of pros and cons per option, with verbatim quotes as evidence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw dossier...</source>
        <translation>New dossier...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier openen...</source>
        <translation>Open dossier...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demodossier openen</source>
        <translation>Open demo dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een leeg dossier aanmaken</source>
        <translation>Create an empty dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een bestaand dossier (.cwb) openen</source>
        <translation>Open an existing dossier (.cwb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het voorbeelddossier over het clusterbeleid openen</source>
        <translation>Open the example dossier on cluster policy</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Recente dossiers</source>
        <translation>Recent dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter of dubbelklik opent het dossier</source>
        <translation>Enter or double-click opens the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog geen recente dossiers.</source>
        <translation>No recent dossiers yet.</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../ui/structure_editor.py" line="+59"/>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag %1 verwijderen?</source>
        <translation>Delete question %1?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Optie toevoegen</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een optie hoort bij een vraag uit het groenboek, en er is nog geen vraag. Eerst de vraag toevoegen.</source>
        <translation>An option belongs to a question of the green paper, and there is no question yet. Add the question first.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Optie %1 verwijderen?</source>
        <translation>Delete option %1?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adviesinstantie %1 verwijderen? De opties die ze voorstelde, blijven.</source>
        <translation>Delete advisory body %1? The options it proposed stay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bron verwijderen</source>
        <translation>Delete source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron #%1 (%2) verwijderen? Argumenten blijven, maar verliezen de citaten uit deze bron.</source>
        <translation>Delete source #%1 (%2)? Arguments stay, but lose the quotes from this source.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="+186"/>
        <source>alinea %1</source>
        <translation>paragraph %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location line="+168"/>
        <source>De passage als citaat bij de optie vastleggen</source>
        <translation>Record the passage as a quote for the option</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Aanvaarden (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afwijzen (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar andere optie (M)</source>
        <translation>Move to another option (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet relevant (N)</source>
        <translation>Not relevant (N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gaat niet over deze optie; komt niet terug</source>
        <translation>Not about this option; will not come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaat over een andere optie: verplaatsen</source>
        <translation>About another option: move it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaat over geen enkele optie</source>
        <translation>About no option at all</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opnieuw zoeken naar suggesties</source>
        <translation>Look for suggestions again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggesties vernieuwen</source>
        <translation>Refresh suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alinea&apos;s die over een optie lijken te gaan en nog niet geciteerd zijn, met de reden; A aanvaarden, R afwijzen, M naar een andere optie, N niet relevant; dubbelklik opent de passage</source>
        <translation>Paragraphs that seem to be about an option and are not quoted yet, with the reason; A accept, R reject, M move to another option, N not relevant; double-click opens the passage</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>%1 open suggesties; zoeken naar nieuwe…</source>
        <translation>%1 open suggestions; looking for new ones…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 open suggesties (machinaal gevonden, niet nagekeken)</source>
        <translation>%1 open suggestions (machine-made, not reviewed)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Zoeken naar suggesties mislukt: %1</source>
        <translation>Searching for suggestions failed: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <location line="+85"/>
        <source>Zoeken naar nieuwe suggesties…</source>
        <translation>Searching for new suggestions…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Geciteerd bij %1</source>
        <translation>Quoted for %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is de enige optie van haar vraag: er is geen andere optie om de suggestie naar te verplaatsen.</source>
        <translation>%1 is the only option of its question: there is no other option to move the suggestion to.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verplaatst naar %1</source>
        <translation>Moved to %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(verder in de lijst)</source>
        <translation>(further down the list)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="+357"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <location filename="../../ui/todo_dialog.py" line="+45"/>
        <source>Adviezen</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citaten en argumenten</source>
        <translation>Quotes and arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunten</source>
        <translation>Stances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mededeling</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het dossierbestand</source>
        <translation>The dossier file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het dossierbestand is beschadigd. Zet een back-up terug (Bestand › Back-ups...) of vraag de afzender om een nieuwe kopie.</source>
        <translation>The dossier file is damaged. Restore a backup (File › Backups...) or ask the sender for a new copy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het advies van %1 is gevraagd maar nog niet ontvangen. Importeer het zodra het er is, of zet de status op Geen advies als het niet komt.</source>
        <translation>The advice of %1 was asked but has not arrived yet. Import it when it arrives, or set the status to No advice if it will not come.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat op Ontvangen, maar het advies is niet geïmporteerd. Importeer het (Bestand › Adviezen importeren, Ctrl+I).</source>
        <translation>%1 is marked Received, but its advice is not imported. Import it (File › Import advice, Ctrl+I).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bron %1 heeft nog geen enkel citaat. Lees ze in de lezer en citeer wat ertoe doet.</source>
        <translation>Source %1 has no quote yet. Read it in the reader and quote what matters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Argument %1 heeft geen citaat. Citeer een passage die het onderbouwt, of verwijder het argument.</source>
        <translation>Argument %1 has no quote. Quote a passage that supports it, or delete the argument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citaat %1 komt niet meer overeen met zijn bron. Lees de passage na en pas het citaat aan of verwijder het.</source>
        <translation>Quote %1 no longer matches its source. Read the passage again and correct or delete the quote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citaat %1 staat niet meer in zijn bron. Zoek de passage opnieuw op, of verwijder het citaat.</source>
        <translation>Quote %1 is no longer in its source. Find the passage again, or delete the quote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citaat %1 staat nu op een andere plaats in zijn bron. Niets te doen; importeer de bron opnieuw om de pagina bij te werken.</source>
        <translation>Quote %1 is now at another place in its source. Nothing to do; import the source again to update its page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het standpunt van %1 over %2 ontbreekt. Leg het vast in de tab Standpunten (kies Niet behandeld als het advies er niets over zegt).</source>
        <translation>The stance of %1 on %2 is missing. Record it in the Stances tab (choose Not addressed if the advice says nothing about it).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De mededeling heeft nog geen tekst. Kies in de tab Mededeling „Ontwerp uit bewijs” voor een eerste versie.</source>
        <translation>The communication has no text yet. Choose “Draft from evidence” in the Communication tab for a first version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een verwijzing in de mededeling wijst nergens naar. Herstel of verwijder ze in de tab Mededeling.</source>
        <translation>A reference in the communication points nowhere. Correct or delete it in the Communication tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De titelregel of de naam van de minister ontbreekt. Vul ze in bij Dossier › Dossiergegevens.</source>
        <translation>The minister&apos;s title line or name is missing. Enter them in Dossier › Dossier details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De mededeling heeft nog geen eigen VR-nummer. Vul het in bij Dossier › Dossiergegevens zodra het secretariaat het toekent.</source>
        <translation>The communication has no VR number of its own yet. Enter it in Dossier › Dossier details once the secretariat assigns it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De zoekindex is niet nagekeken, omdat het dossier elders open is om te bewerken. Niets te doen.</source>
        <translation>The search index was not checked, because the dossier is open for editing elsewhere. Nothing to do.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De andere controles zijn overgeslagen: ze hebben een gaaf dossierbestand nodig.</source>
        <translation>The other checks were skipped: they need a sound dossier file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moet vóór indiening</source>
        <translation>Must before submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbevolen</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter info</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Wat moet ik nog doen?</source>
        <translation>What do I still need to do?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open controles</source>
        <translation>Open checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per onderwerp wat nog moet gebeuren; Enter of dubbelklik gaat naar de plaats</source>
        <translation>What is left to do, by subject; Enter or a double-click goes to the place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opnieuw controleren</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle controles opnieuw uitvoeren</source>
        <translation>Run all checks again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit venster sluiten</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Eerst:</source>
        <translation>First:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volgende stap:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De volgende stap van een nieuw dossier zetten</source>
        <translation>Take the next step of a new dossier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Er staan geen controles meer open: het dossier is klaar om te exporteren.</source>
        <translation>No checks are open: the dossier is ready to export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog te doen: %1 vóór indiening, %2 aanbevolen, %3 ter info. Dubbelklik op een regel (of Enter) om erheen te gaan.</source>
        <translation>Left to do: %1 before submission, %2 recommended, %3 for information. Double-click a line (or press Enter) to go there.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+75"/>
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optiebord</source>
        <translation>Option board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunten</source>
        <translation>Stances</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mededeling</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controles</source>
        <translation>Checks</translation>
    </message>
</context>
</TS>
