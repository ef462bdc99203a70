<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>Verwerk de schriftelijke adviezen op een consultatie tot een traceerbare mededeling: per optie de voor- en nadelen, elk gestaafd met letterlijk geciteerde adviespassages.</source>
        <translation>Turn the written advice of a consultation into a traceable communication: the pros and cons of each option, each backed by verbatim quotes from the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="56"/>
        <location filename="../../ui/about_dialog.py" line="63"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="58"/>
        <source>Gebruikte software van derden</source>
        <translation>Third-party software used</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="61"/>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="64"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>Licentieteksten</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Over Consultation Workbench</source>
        <translation>About Consultation Workbench</translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="125"/>
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="125"/>
        <source>Nieuwe adviesinstantie</source>
        <translation>New advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="127"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="128"/>
        <source>bv. SERV</source>
        <translation>e.g. SERV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="129"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="130"/>
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="132"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="134"/>
        <source>Gevraagd &amp;op:</source>
        <translation>Asked &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="136"/>
        <source>Ontvangen o&amp;p:</source>
        <translation>Received o&amp;n:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="16"/>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="17"/>
        <source>Optie %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="18"/>
        <source>Adviesinstantie %1</source>
        <translation>Advisory body %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="19"/>
        <source>Bron #%1</source>
        <translation>Source #%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="20"/>
        <source>Argument #%1</source>
        <translation>Argument #%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="21"/>
        <source>Citaat #%1</source>
        <translation>Quote #%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="22"/>
        <source>Sectie %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="109"/>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="124"/>
        <source>het hele dossier</source>
        <translation>the whole dossier</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="136"/>
        <source>Wijzigingsgeschiedenis: %1</source>
        <translation>Change history: %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="139"/>
        <source>%1 wijziging(en) van %2, de nieuwste bovenaan.</source>
        <translation>%1 change(s) to %2, newest first.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="141"/>
        <source>Geen wijzigingen vastgelegd voor %2.</source>
        <translation>No changes recorded for %2.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="25"/>
        <source>bij het openen</source>
        <translation>on opening</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="26"/>
        <source>voor een schema-upgrade</source>
        <translation>before a schema upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="27"/>
        <source>voor een herstelling</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="28"/>
        <source>met de hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87"/>
        <source>Back-ups van %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="92"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="98"/>
        <source>Bij elke keer openen wordt een back-up gemaakt in %1. Herstellen bewaart eerst de huidige toestand, zodat u het kunt terugdraaien.</source>
        <translation>A backup is made in %1 every time the dossier is opened. Restoring first saves the current state, so you can go back.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="102"/>
        <source>Nog geen back-ups; ze komen in %1.</source>
        <translation>No backups yet; they go into %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="104"/>
        <source>Herstellen...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="122"/>
        <location filename="../../ui/backup_dialog.py" line="139"/>
        <source>Back-up herstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="123"/>
        <source>%1 vervangen door de back-up van %2? De huidige toestand wordt eerst als back-up bewaard.</source>
        <translation>Replace %1 with the backup of %2? The current state is saved as a backup first.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Openen om te bewerken</source>
        <translation>Open for editing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Het dossier opnieuw openen om te bewerken, als de andere sessie het gesloten heeft</source>
        <translation>Open the dossier again for editing, once the other session has closed it</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Alleen-lezen.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>U kunt dit dossier bekijken en exporteren, maar niet wijzigen.</source>
        <translation>You can view and export this dossier, but not change it.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/views/card_delegate.py" line="97"/>
        <source>nog geen citaat</source>
        <translation>no quote yet</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="94"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="95"/>
        <source>Verwerkte alinea&apos;s per bron</source>
        <translation>Processed paragraphs per source</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="96"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="97"/>
        <source>Dekking per bron</source>
        <translation>Coverage per source</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="103"/>
        <source>Nog niet gecontroleerd (F9).</source>
        <translation>Not checked yet (F9).</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="115"/>
        <source>%1 fouten, %2 waarschuwingen; %3 citaten nagekeken.</source>
        <translation>%1 errors, %2 warnings; %3 quotes verified.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="64"/>
        <source>Kleur van de optie</source>
        <translation>Colour of the option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="70"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="36"/>
        <source>Dossiergegevens wijzigen</source>
        <translation>Edit dossier details</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="37"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="38"/>
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="39"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="40"/>
        <source>Optie toevoegen</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="41"/>
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="42"/>
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="43"/>
        <source>Adviesinstantie toevoegen</source>
        <translation>Add advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="44"/>
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="45"/>
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="46"/>
        <source>Citaat toevoegen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="47"/>
        <source>Citaat verwijderen</source>
        <translation>Delete quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="48"/>
        <source>Notitie bij citaat wijzigen</source>
        <translation>Edit quote note</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="49"/>
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="50"/>
        <source>Argument wijzigen</source>
        <translation>Edit argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="51"/>
        <source>Argument verplaatsen</source>
        <translation>Move argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="52"/>
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="53"/>
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="54"/>
        <source>Citaat loskoppelen</source>
        <translation>Unlink quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="55"/>
        <source>Standpunt instellen</source>
        <translation>Set stance</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="56"/>
        <source>Suggestie aanvaarden</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="57"/>
        <source>Suggestie afwijzen</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="58"/>
        <source>Bron verwijderen</source>
        <translation>Delete source</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="59"/>
        <source>Sectie toevoegen</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="60"/>
        <source>Tekst van sectie wijzigen</source>
        <translation>Edit section text</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="61"/>
        <source>Sectie hernoemen</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="62"/>
        <source>Sectie verplaatsen</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="63"/>
        <source>Sectie verwijderen</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="64"/>
        <source>Ontwerp uit bewijs</source>
        <translation>Draft from evidence</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="65"/>
        <source>Passage als niet relevant markeren</source>
        <translation>Mark passage not relevant</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/views/composer.py" line="190"/>
        <location filename="../../ui/views/composer.py" line="388"/>
        <source>Sectie toevoegen</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="191"/>
        <source>Sectie omhoog</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="192"/>
        <source>Sectie omlaag</source>
        <translation>Move section down</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="193"/>
        <location filename="../../ui/views/composer.py" line="411"/>
        <source>Sectie verwijderen</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="194"/>
        <source>Vet (**tekst**)</source>
        <translation>Bold (**text**)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="195"/>
        <source>Cursief (*tekst*)</source>
        <translation>Italic (*text*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="196"/>
        <source>Opsomming (- aan het begin van elke regel)</source>
        <translation>Bullet list (- at the start of each line)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="197"/>
        <source>Het geselecteerde citaat invoegen, of een nummer opgeven</source>
        <translation>Insert the selected quote, or give its number</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="198"/>
        <source>Het geselecteerde argument invoegen, of een nummer opgeven</source>
        <translation>Insert the selected argument, or give its number</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="200"/>
        <source>Het pro-contra-overzicht van een optie invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the pro/con overview of an option (filled in on export)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="202"/>
        <source>De standpuntenmatrix invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the stance matrix (filled in on export)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="204"/>
        <source>De lijst van adviesinstanties invoegen (wordt bij de export ingevuld)</source>
        <translation>Insert the list of advisory bodies (filled in on export)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="206"/>
        <source>Lege secties invullen met een eerste versie uit de argumenten en standpunten; bestaande tekst blijft</source>
        <translation>Fill empty sections with a first version from the arguments and stances; existing text stays</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="210"/>
        <location filename="../../ui/views/composer.py" line="492"/>
        <source>Citaat invoegen</source>
        <translation>Insert quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="211"/>
        <location filename="../../ui/views/composer.py" line="500"/>
        <source>Argument invoegen</source>
        <translation>Insert argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="212"/>
        <source>Overzicht van optie invoegen</source>
        <translation>Insert option overview</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="213"/>
        <source>Standpuntenmatrix invoegen</source>
        <translation>Insert stance matrix</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="214"/>
        <source>Adviseurs invoegen</source>
        <translation>Insert advisors</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="218"/>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="219"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="220"/>
        <source>Overzicht van optie</source>
        <translation>Option overview</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="221"/>
        <source>Standpuntenmatrix</source>
        <translation>Stance matrix</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="222"/>
        <source>Adviseurs</source>
        <translation>Advisors</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="230"/>
        <source>Invoegen:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="215"/>
        <location filename="../../ui/views/composer.py" line="223"/>
        <location filename="../../ui/views/composer.py" line="435"/>
        <source>Ontwerp uit bewijs</source>
        <translation>Draft from evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="231"/>
        <location filename="../../ui/views/composer.py" line="232"/>
        <source>Secties</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="233"/>
        <location filename="../../ui/views/composer.py" line="388"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="234"/>
        <source>Titel van de sectie</source>
        <translation>Section title</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="235"/>
        <source>Tekst van de sectie (Markdown)</source>
        <translation>Section text (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="237"/>
        <source>Schrijf hier de tekst van de sectie. Markdown: **vet**, *cursief*, - opsomming. Verwijzingen zoals [[quote:12]] of [[overview:S3]] worden bij de export ingevuld.</source>
        <translation>Write the section&apos;s text here. Markdown: **bold**, *italic*, - bullet. References such as [[quote:12]] or [[overview:S3]] are filled in on export.</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="326"/>
        <source>Nog geen secties. Kies „Ontwerp uit bewijs” voor de standaardindeling met een eerste versie van de tekst, of voeg zelf een sectie toe met +.</source>
        <translation>No sections yet. Choose “Draft from evidence” for the standard outline with a first version of the text, or add a section yourself with +.</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="343"/>
        <source>Verwijzingen die nergens naar wijzen (%1 in het hele document):</source>
        <translation>References that point to nothing (%1 in the whole document):</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="412"/>
        <source>Sectie „%1” met haar tekst verwijderen? U kunt dit ongedaan maken.</source>
        <translation>Delete section “%1” and its text? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="436"/>
        <source>Alle secties hebben al tekst. Het ontwerp vult alleen lege secties; maak een sectie leeg om ze opnieuw te laten opstellen.</source>
        <translation>All sections already have text. The draft only fills empty sections; empty a section to have it drafted again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="492"/>
        <source>Nummer van het citaat:</source>
        <translation>Quote number:</translation>
    </message>
    <message>
        <location filename="../../ui/views/composer.py" line="501"/>
        <source>Nummer van het argument:</source>
        <translation>Argument number:</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="91"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="92"/>
        <source>Er is een onverwachte fout opgetreden in Consultation Workbench.</source>
        <translation>An unexpected error occurred in Consultation Workbench.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="96"/>
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
        <location filename="../../ui/crash.py" line="105"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="62"/>
        <source>Datum bekend</source>
        <translation>Date known</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="32"/>
        <source>Dossiergegevens</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="33"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>&amp;Referentie consultatiedocument:</source>
        <translation>&amp;Reference of the consulted document:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>De referentie van het voorgelegde document, bv. het VR-nummer van het groenboek. Het eigen VR-nummer van de mededeling vult u hieronder in.</source>
        <translation>The reference of the document put to the advisors, e.g. the green paper&apos;s VR number. Enter the communication&apos;s own VR number below.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>&amp;Minister (titelregel):</source>
        <translation>&amp;Minister (title line):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>bv. DE VLAAMSE MINISTER VAN ECONOMIE, ...</source>
        <translation>e.g. DE VLAAMSE MINISTER VAN ECONOMIE, ...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>&amp;Naam minister:</source>
        <translation>Minister&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>bv. Jo BROUNS</source>
        <translation>e.g. Jo BROUNS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>&amp;VR-nummer mededeling:</source>
        <translation>Communication&apos;s &amp;VR number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>nog niet toegekend</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34"/>
        <source>&amp;Datum mededeling:</source>
        <translation>Communication&apos;s &amp;date:</translation>
    </message>
</context>
<context>
    <name>DossierTreeModel</name>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="74"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="87"/>
        <source>Adviesinstanties</source>
        <translation>Advisory bodies</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="167"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporting.py" line="95"/>
        <source>&amp;Audittrail toevoegen aan het Excel-bestand (intern: wie wijzigde wat)</source>
        <translation>Add the &amp;audit trail to the Excel file (internal: who changed what)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="75"/>
        <location filename="../../ui/exporting.py" line="144"/>
        <location filename="../../ui/exporting.py" line="147"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="81"/>
        <source>&amp;Bijlage (Word, .docx): alle argumenten met hun citaten</source>
        <translation>&amp;Annex (Word, .docx): all arguments with their quotes</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="82"/>
        <source>&amp;Mededeling (Word, .docx): de tekst met de secties</source>
        <translation>&amp;Communication (Word, .docx): the text with its sections</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="83"/>
        <source>&amp;Pro-contra-overzicht (Excel, .xlsx)</source>
        <translation>&amp;Pro/con overview (Excel, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="93"/>
        <source>Documenten:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="96"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="98"/>
        <source>B&amp;laderen...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="103"/>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="111"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="116"/>
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="131"/>
        <source> (bestaat al: wordt vervangen)</source>
        <translation> (exists: will be replaced)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="133"/>
        <location filename="../../ui/exporting.py" line="144"/>
        <source>Kies minstens één document.</source>
        <translation>Choose at least one document.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="148"/>
        <source>De map %1 bestaat niet. Kies een andere map.</source>
        <translation>The folder %1 does not exist. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../ui/exporting.py" line="62"/>
        <source>Controles uitvoeren...</source>
        <translation>Running checks...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="63"/>
        <source>Inhoud samenstellen...</source>
        <translation>Assembling the content...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="64"/>
        <source>Bijlage schrijven...</source>
        <translation>Writing the annex...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="65"/>
        <source>Mededeling schrijven...</source>
        <translation>Writing the communication...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="66"/>
        <source>Pro-contra-overzicht schrijven...</source>
        <translation>Writing the pro/con workbook...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="67"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="213"/>
        <source>Export geannuleerd.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="215"/>
        <source>Al geschreven: %1</source>
        <translation>Already written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="221"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="222"/>
        <source>De export kon niet worden geschreven.</source>
        <translation>The export could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="226"/>
        <source>Exporteren...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="228"/>
        <location filename="../../ui/exporting.py" line="248"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="229"/>
        <source>Er loopt al een export.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="245"/>
        <source>%1 bestand(en) geschreven:</source>
        <translation>%1 file(s) written:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="247"/>
        <source>Gemarkeerd als ONTWERP (controles mislukt).</source>
        <translation>Marked as DRAFT (checks failed).</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="253"/>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="259"/>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="266"/>
        <source>Controles mislukt</source>
        <translation>Checks failed</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="267"/>
        <source>%1 controle(s) mislukt; er werd niets geëxporteerd.</source>
        <translation>%1 check(s) failed; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="272"/>
        <source>Toch exporteren (gemarkeerd als ONTWERP)</source>
        <translation>Export anyway (marked as DRAFT)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="275"/>
        <source>Controles tonen</source>
        <translation>Show checks</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="277"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing.py" line="28"/>
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="30"/>
        <source>%1 bestand(en): %2</source>
        <translation>%1 file(s): %2</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="33"/>
        <source>&amp;Adviesinstantie:</source>
        <translation>&amp;Advisory body:</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="34"/>
        <source>(achtergronddocument, geen advies)</source>
        <translation>(background document, not an advice)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Adviesraad</source>
        <translation>Advisory council</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Belanghebbende</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Gevraagd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Geen advies</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Contra</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Voorkeur</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Steunt</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Onder voorwaarden</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Tegen</source>
        <translation>Opposes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Niet behandeld</source>
        <translation>Not addressed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>optie</source>
        <translation>option</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>argumenten</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>citaten</source>
        <translation>quotes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>standpunt</source>
        <translation>stance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>standpunten</source>
        <translation>stances</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>bronnen</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>suggestie</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>suggesties</source>
        <translation>suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Er gaat niets anders mee verloren.</source>
        <translation>Nothing else is lost with it.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Dit verwijdert ook %1.</source>
        <translation>This also deletes %1.</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <location filename="../../ui/lock_prompt.py" line="46"/>
        <source>iemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="47"/>
        <source>een onbekende computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="52"/>
        <source>Dossier in gebruik</source>
        <translation>Dossier in use</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="53"/>
        <source>%1 is geopend om te bewerken door %2 op %3 sinds %4.</source>
        <translation>%1 is open for editing by %2 on %3 since %4.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="57"/>
        <source>Het dossier is al open in een ander venster op deze computer. Open het alleen-lezen, of sluit het andere venster eerst.</source>
        <translation>The dossier is already open in another window on this computer. Open it read-only, or close the other window first.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="61"/>
        <source>U kunt het alleen-lezen openen, of %2 vragen het te sluiten. Overnemen alleen als die computer vastgelopen of uitgeschakeld is: wijzigingen die daar nog gebeuren, kunnen botsen met de uwe.</source>
        <translation>You can open it read-only, or ask %2 to close it. Take over only if that computer has crashed or is switched off: changes still made there may clash with yours.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="66"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/lock_prompt.py" line="69"/>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/importing.py" line="45"/>
        <location filename="../../ui/importing.py" line="84"/>
        <location filename="../../ui/importing.py" line="100"/>
        <location filename="../../ui/importing.py" line="125"/>
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="93"/>
        <source>Adviezen importeren...</source>
        <translation>Importing advice...</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="101"/>
        <source>Er loopt al een import.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="112"/>
        <source>%1 van %2 bestanden geïmporteerd.</source>
        <translation>%1 of %2 files imported.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="117"/>
        <source>%1 overgeslagen (geannuleerd).</source>
        <translation>%1 skipped (cancelled).</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="128"/>
        <source>%1 bestanden konden niet worden geïmporteerd.</source>
        <translation>%1 files could not be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="42"/>
        <source>&amp;Nieuw dossier...</source>
        <translation>&amp;New dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="50"/>
        <source>&amp;Openen...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="58"/>
        <source>&amp;Demodossier openen</source>
        <translation>Open &amp;demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="66"/>
        <source>Adviezen &amp;importeren...</source>
        <translation>&amp;Import advice...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="70"/>
        <source>PDF-, Word-, ODT- of webbestanden als bron toevoegen</source>
        <translation>Add PDF, Word, ODT or web files as sources</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>&amp;Exporteren...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="79"/>
        <source>Mededeling en bijlage (Word) en werkboek (Excel) maken</source>
        <translation>Make the communication and annex (Word) and the workbook (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="83"/>
        <source>&amp;Back-ups...</source>
        <translation>&amp;Backups...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="87"/>
        <source>De back-ups van dit dossier bekijken of er een terugzetten</source>
        <translation>View the backups of this dossier or restore one</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="91"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="94"/>
        <source>&amp;Dossiergegevens...</source>
        <translation>&amp;Dossier details...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Vraag toevoegen...</source>
        <translation>Add &amp;question...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="110"/>
        <source>&amp;Optie toevoegen...</source>
        <translation>Add &amp;option...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="118"/>
        <source>&amp;Adviesinstantie toevoegen...</source>
        <translation>Add &amp;advisory body...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>Geselecteerde &amp;wijzigen...</source>
        <translation>&amp;Edit selected...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="134"/>
        <source>Geselecteerde &amp;verwijderen</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="142"/>
        <source>&amp;Citeren...</source>
        <translation>&amp;Quote...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="146"/>
        <source>De geselecteerde tekst als citaat bij een optie vastleggen</source>
        <translation>Record the selected text as a quote for an option</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="149"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="150"/>
        <source>Controles &amp;uitvoeren</source>
        <translation>&amp;Run checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="151"/>
        <source>&amp;Lezer</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="152"/>
        <source>&amp;Optiebord</source>
        <translation>&amp;Option board</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Standpunten</source>
        <translation>&amp;Stances</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="158"/>
        <source>&amp;Wijzigingsgeschiedenis...</source>
        <translation>Change &amp;history...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="162"/>
        <source>Wie wijzigde wat en wanneer, voor het geselecteerde element of het hele dossier</source>
        <translation>Who changed what and when, for the selected item or the whole dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Mededeling</source>
        <translation>&amp;Communication</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="174"/>
        <source>&amp;Over Consultation Workbench</source>
        <translation>&amp;About Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="185"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="191"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="196"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="201"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="334"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="296"/>
        <source>&amp;Recente dossiers</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="255"/>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="297"/>
        <source>&amp;Panelen</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="298"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Dossiernavigator</source>
        <translation>Dossier navigator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source> [alleen lezen]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>%1 opties · %2 adviesinstanties · %3 bronnen · %4 citaten · %5 argumenten</source>
        <translation>%1 options · %2 advisory bodies · %3 sources · %4 quotes · %5 arguments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <location filename="../../ui/main_window.py" line="338"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>%1 kon niet worden geopend.</source>
        <translation>%1 could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Demodossier</source>
        <translation>Demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Geef een bestandsnaam en een titel op.</source>
        <translation>Give a file name and a title.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Verwijderen...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Back-up teruggezet; de vorige toestand is zelf als back-up bewaard.</source>
        <translation>Backup restored; the previous state was saved as a backup itself.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Optie toevoegen...</source>
        <translation>Add option...</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="15"/>
        <location filename="../../ui/dialogs/new_dossier.py" line="32"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="17"/>
        <source>nieuw dossier.cwb</source>
        <translation>new dossier.cwb</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="18"/>
        <location filename="../../ui/dialogs/new_dossier.py" line="25"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="19"/>
        <source>&amp;Bladeren...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="25"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="26"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="27"/>
        <source>bv. Groenboek clusterbeleid</source>
        <translation>e.g. Green paper cluster policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="28"/>
        <source>&amp;Referentie:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="29"/>
        <source>bv. VR 2024 2203 MED.0096/2BIS</source>
        <translation>e.g. VR 2024 2203 MED.0096/2BIS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="33"/>
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
</context>
<context>
    <name>OptionBoard</name>
    <message>
        <location filename="../../ui/views/board.py" line="139"/>
        <source>Optie:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="140"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="142"/>
        <location filename="../../ui/views/board.py" line="143"/>
        <location filename="../../ui/views/board.py" line="220"/>
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="221"/>
        <source>%1 bij %2:</source>
        <translation>%1 for %2:</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="234"/>
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="235"/>
        <source>Argument #%1 samenvoegen met #%2? De citaten van #%1 gaan naar #%2 en #%1 verdwijnt.</source>
        <translation>Merge argument #%1 into #%2? The quotes of #%1 move to #%2 and #%1 is removed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="262"/>
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="263"/>
        <source>Argument #%1 verwijderen?</source>
        <translation>Delete argument #%1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="264"/>
        <source>De %1 gekoppelde citaten blijven bewaard in hun bron.</source>
        <translation>The %1 linked quotes are kept in their source.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="266"/>
        <source>Er hangen geen citaten aan.</source>
        <translation>It has no quotes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="267"/>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="277"/>
        <source>Tekst wijzigen</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="279"/>
        <source>Citaat #%1 openen (%2)</source>
        <translation>Open quote #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="282"/>
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="289"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="83"/>
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="83"/>
        <source>Nieuwe optie</source>
        <translation>New option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="85"/>
        <source>V&amp;raag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="91"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="92"/>
        <source>bv. S5</source>
        <translation>e.g. S5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="93"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="95"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="96"/>
        <source>Voorgesteld &amp;door:</source>
        <translation>Proposed &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="97"/>
        <source>(het groenboek)</source>
        <translation>(the green paper)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="102"/>
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="104"/>
        <source>&amp;Zoekpatronen:</source>
        <translation>&amp;Match patterns:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="106"/>
        <source>Zoekpatronen, één per regel</source>
        <translation>Match patterns, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="107"/>
        <source>Eén patroon per regel, bv. scenario 3</source>
        <translation>One pattern per line, e.g. scenario 3</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../ui/views/pdf_page.py" line="104"/>
        <source>Pagina %1 bestaat niet.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="43"/>
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="43"/>
        <source>Nieuwe vraag</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="45"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="46"/>
        <source>bv. Q3</source>
        <translation>e.g. Q3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="47"/>
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="32"/>
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="38"/>
        <source>&amp;Optie:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="55"/>
        <source>&amp;Positie:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="55"/>
        <source>Positie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="56"/>
        <source>&amp;Argument:</source>
        <translation>&amp;Argument:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="57"/>
        <source>Nieuw argument, of kies een bestaand</source>
        <translation>New argument, or choose an existing one</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="87"/>
        <source>%1 bestaande argumenten in deze kolom</source>
        <translation>%1 existing arguments in this column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="90"/>
        <source>Het citaat komt bij argument #%1</source>
        <translation>The quote goes to argument #%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="93"/>
        <source>Een nieuw argument wordt aangemaakt</source>
        <translation>A new argument will be created</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../ui/views/reader.py" line="148"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="149"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="150"/>
        <location filename="../../ui/views/reader.py" line="152"/>
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="151"/>
        <source>Selectie als citaat vastleggen (Ctrl+Q)</source>
        <translation>Record the selection as a quote (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="153"/>
        <source>Originele pagina tonen (PDF)</source>
        <translation>Show the original page (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="154"/>
        <source>Originele pagina</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="155"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="156"/>
        <source>p. </source>
        <translation>p. </translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="157"/>
        <source>Brontekst</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="158"/>
        <source>Nog geen bronnen. Importeer adviezen met Bestand › Adviezen importeren, of sleep bestanden naar dit venster.</source>
        <translation>No sources yet. Import advice with File › Import advice, or drop files onto this window.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="165"/>
        <source>Citeren bij een optie...</source>
        <translation>Quote for an option...</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="351"/>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="352"/>
        <source>Citaat #%1</source>
        <translation>Quote #%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="354"/>
        <source>&lt;i&gt;Nog bij geen argument.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not used by any argument yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="380"/>
        <source>Selecteer eerst de tekst om te citeren.</source>
        <translation>Select the text to quote first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader_doc.py" line="105"/>
        <source>— pagina %1 —</source>
        <translation>— page %1 —</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="82"/>
        <source>Zoeken in alle bronnen...</source>
        <translation>Search all sources...</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="83"/>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="84"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="109"/>
        <source>%1 treffers</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>StanceDelegate</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="57"/>
        <source>(geen standpunt)</source>
        <translation>(no stance)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="60"/>
        <source>Standpunt</source>
        <translation>Stance</translation>
    </message>
</context>
<context>
    <name>StanceMatrix</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="100"/>
        <source>Standpunten per adviesinstantie en optie</source>
        <translation>Stances per advisory body and option</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="105"/>
        <source>nog niet vastgelegd — dubbelklik om te wijzigen</source>
        <translation>not recorded yet — double-click to change</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../../ui/models/stance_model.py" line="64"/>
        <source>Nog geen standpunt vastgelegd.</source>
        <translation>No stance recorded yet.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="108"/>
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="110"/>
        <source>Verwerk schriftelijke adviezen tot een traceerbare afweging van pro&apos;s en contra&apos;s per optie, met letterlijke citaten als bewijs.</source>
        <translation>Turn written advice into a traceable weighing of pros and cons per option, with verbatim quotes as evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="112"/>
        <source>Nieuw dossier...</source>
        <translation>New dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="113"/>
        <source>Dossier openen...</source>
        <translation>Open dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="114"/>
        <source>Demodossier openen</source>
        <translation>Open demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="115"/>
        <source>Een leeg dossier aanmaken</source>
        <translation>Create an empty dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="116"/>
        <source>Een bestaand dossier (.cwb) openen</source>
        <translation>Open an existing dossier (.cwb)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="117"/>
        <source>Het voorbeelddossier over het clusterbeleid openen</source>
        <translation>Open the example dossier on cluster policy</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="121"/>
        <location filename="../../ui/start_screen.py" line="122"/>
        <source>Recente dossiers</source>
        <translation>Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123"/>
        <source>Nog geen recente dossiers.</source>
        <translation>No recent dossiers yet.</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../ui/structure_editor.py" line="43"/>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="80"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="81"/>
        <source>Vraag %1 verwijderen?</source>
        <translation>Delete question %1?</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="116"/>
        <source>Optie %1 verwijderen?</source>
        <translation>Delete option %1?</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="140"/>
        <source>Adviesinstantie %1 verwijderen? De opties die ze voorstelde, blijven.</source>
        <translation>Delete advisory body %1? The options it proposed stay.</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="149"/>
        <source>Bron verwijderen</source>
        <translation>Delete source</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="150"/>
        <source>Bron #%1 (%2) verwijderen? Argumenten blijven, maar verliezen de citaten uit deze bron.</source>
        <translation>Delete source #%1 (%2)? Arguments stay, but lose the quotes from this source.</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="115"/>
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="139"/>
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="94"/>
        <source>Aanvaarden...</source>
        <translation>Accept...</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="95"/>
        <source>De passage als citaat bij de optie vastleggen</source>
        <translation>Record the passage as a quote for the option</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="96"/>
        <source>Afwijzen</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="97"/>
        <source>Opnieuw zoeken naar suggesties</source>
        <translation>Look for suggestions again</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="98"/>
        <source>Suggesties vernieuwen</source>
        <translation>Refresh suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="99"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="103"/>
        <source>%1 open suggesties (machinaal gevonden, niet nagekeken)</source>
        <translation>%1 open suggestions (machine-made, not reviewed)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="114"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="62"/>
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="62"/>
        <source>Optiebord</source>
        <translation>Option board</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="63"/>
        <source>Standpunten</source>
        <translation>Stances</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="63"/>
        <source>Mededeling</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="66"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="66"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="67"/>
        <source>Controles</source>
        <translation>Checks</translation>
    </message>
</context>
</TS>
