<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="125" />
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="125" />
        <source>Nieuwe adviesinstantie</source>
        <translation>New advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="127" />
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="128" />
        <source>bv. SERV</source>
        <translation>e.g. SERV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="129" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="130" />
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="132" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="134" />
        <source>Gevraagd &amp;op:</source>
        <translation>Asked &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="136" />
        <source>Ontvangen o&amp;p:</source>
        <translation>Received o&amp;n:</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/views/card_delegate.py" line="97" />
        <source>nog geen citaat</source>
        <translation>no quote yet</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="94" />
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="95" />
        <source>Verwerkte alinea's per bron</source>
        <translation>Processed paragraphs per source</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="96" />
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="97" />
        <source>Dekking per bron</source>
        <translation>Coverage per source</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="103" />
        <source>Nog niet gecontroleerd (F9).</source>
        <translation>Not checked yet (F9).</translation>
    </message>
    <message>
        <location filename="../../ui/views/checks_panel.py" line="115" />
        <source>%1 fouten, %2 waarschuwingen; %3 citaten nagekeken.</source>
        <translation>%1 errors, %2 warnings; %3 quotes verified.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="64" />
        <source>Kleur van de optie</source>
        <translation>Colour of the option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="70" />
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="36" />
        <source>Dossiergegevens wijzigen</source>
        <translation>Edit dossier details</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="37" />
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="38" />
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="39" />
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="40" />
        <source>Optie toevoegen</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="41" />
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="42" />
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="43" />
        <source>Adviesinstantie toevoegen</source>
        <translation>Add advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="44" />
        <source>Adviesinstantie wijzigen</source>
        <translation>Edit advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="45" />
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="46" />
        <source>Citaat toevoegen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="47" />
        <source>Citaat verwijderen</source>
        <translation>Delete quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="48" />
        <source>Notitie bij citaat wijzigen</source>
        <translation>Edit quote note</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="49" />
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="50" />
        <source>Argument wijzigen</source>
        <translation>Edit argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="51" />
        <source>Argument verplaatsen</source>
        <translation>Move argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="52" />
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="53" />
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="54" />
        <source>Citaat loskoppelen</source>
        <translation>Unlink quote</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="55" />
        <source>Standpunt instellen</source>
        <translation>Set stance</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="56" />
        <source>Suggestie aanvaarden</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="57" />
        <source>Suggestie afwijzen</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="58" />
        <source>Bron verwijderen</source>
        <translation>Delete source</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="59" />
        <source>Passage als niet relevant markeren</source>
        <translation>Mark passage not relevant</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="62" />
        <source>Datum bekend</source>
        <translation>Date known</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="32" />
        <source>Dossiergegevens</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="33" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="34" />
        <source>&amp;Referentie:</source>
        <translation>&amp;Reference:</translation>
    </message>
</context>
<context>
    <name>DossierTreeModel</name>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="74" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="87" />
        <source>Adviesinstanties</source>
        <translation>Advisory bodies</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_tree.py" line="167" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing.py" line="28" />
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="30" />
        <source>%1 bestand(en): %2</source>
        <translation>%1 file(s): %2</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="33" />
        <source>&amp;Adviesinstantie:</source>
        <translation>&amp;Advisory body:</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="34" />
        <source>(achtergronddocument, geen advies)</source>
        <translation>(background document, not an advice)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Adviesraad</source>
        <translation>Advisory council</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Belanghebbende</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Gevraagd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Geen advies</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <location filename="../../ui/labels.py" line="26" />
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <location filename="../../ui/labels.py" line="27" />
        <source>Contra</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Voorkeur</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Steunt</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Onder voorwaarden</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Tegen</source>
        <translation>Opposes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Niet behandeld</source>
        <translation>Not addressed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/exporting.py" line="21" />
        <location filename="../../ui/exporting.py" line="53" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="22" />
        <source>Exporteren is in deze versie nog niet beschikbaar.</source>
        <translation>Export is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="26" />
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="48" />
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="62" />
        <source>Exporteren...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="45" />
        <location filename="../../ui/importing.py" line="84" />
        <location filename="../../ui/importing.py" line="100" />
        <location filename="../../ui/importing.py" line="125" />
        <source>Adviezen importeren</source>
        <translation>Import advice</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="93" />
        <source>Adviezen importeren...</source>
        <translation>Importing advice...</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="101" />
        <source>Er loopt al een import.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="112" />
        <source>%1 van %2 bestanden geïmporteerd.</source>
        <translation>%1 of %2 files imported.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="117" />
        <source>%1 overgeslagen (geannuleerd).</source>
        <translation>%1 skipped (cancelled).</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="128" />
        <source>%1 bestanden konden niet worden geïmporteerd.</source>
        <translation>%1 files could not be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="41" />
        <source>&amp;Nieuw dossier...</source>
        <translation>&amp;New dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="49" />
        <source>&amp;Openen...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="57" />
        <source>&amp;Demodossier openen</source>
        <translation>Open &amp;demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="65" />
        <source>Adviezen &amp;importeren...</source>
        <translation>&amp;Import advice...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69" />
        <source>PDF-, Word-, ODT- of webbestanden als bron toevoegen</source>
        <translation>Add PDF, Word, ODT or web files as sources</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="73" />
        <source>&amp;Exporteren...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="77" />
        <source>Mededeling en bijlage (Word) en werkboek (Excel) maken</source>
        <translation>Make the communication and annex (Word) and the workbook (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="79" />
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="80" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="82" />
        <source>&amp;Dossiergegevens...</source>
        <translation>&amp;Dossier details...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="86" />
        <source>&amp;Vraag toevoegen...</source>
        <translation>Add &amp;question...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="92" />
        <source>&amp;Optie toevoegen...</source>
        <translation>Add &amp;option...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="96" />
        <source>&amp;Adviesinstantie toevoegen...</source>
        <translation>Add &amp;advisory body...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="103" />
        <source>Geselecteerde &amp;wijzigen...</source>
        <translation>&amp;Edit selected...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="110" />
        <source>Geselecteerde &amp;verwijderen</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="117" />
        <source>&amp;Citeren...</source>
        <translation>&amp;Quote...</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="121" />
        <source>De geselecteerde tekst als citaat bij een optie vastleggen</source>
        <translation>Record the selected text as a quote for an option</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="123" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="124" />
        <source>Controles &amp;uitvoeren</source>
        <translation>&amp;Run checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="125" />
        <source>&amp;Lezer</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126" />
        <source>&amp;Optiebord</source>
        <translation>&amp;Option board</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="128" />
        <source>&amp;Standpunten</source>
        <translation>&amp;Stances</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="132" />
        <source>&amp;Over Consultation Workbench</source>
        <translation>&amp;About Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="143" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="148" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="153" />
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="158" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="161" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="194" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="199" />
        <source>Opnieuw &amp;uitvoeren</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="234" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="247" />
        <source>&amp;Recente dossiers</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="251" />
        <source>&amp;Panelen</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="255" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Dossiernavigator</source>
        <translation>Dossier navigator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source> [alleen lezen]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>%1 opties · %2 adviesinstanties · %3 bronnen · %4 citaten · %5 argumenten</source>
        <translation>%1 options · %2 advisory bodies · %3 sources · %4 quotes · %5 arguments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <location filename="../../ui/main_window.py" line="183" />
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Demodossier</source>
        <translation>Demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <location filename="../../ui/main_window.py" line="213" />
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Geef een bestandsnaam en een titel op.</source>
        <translation>Give a file name and a title.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Optie toevoegen...</source>
        <translation>Add option...</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="15" />
        <location filename="../../ui/dialogs/new_dossier.py" line="32" />
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="17" />
        <source>nieuw dossier.cwb</source>
        <translation>new dossier.cwb</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="18" />
        <location filename="../../ui/dialogs/new_dossier.py" line="25" />
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="19" />
        <source>&amp;Bladeren...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="25" />
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="26" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="27" />
        <source>bv. Groenboek clusterbeleid</source>
        <translation>e.g. Green paper cluster policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="28" />
        <source>&amp;Referentie:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="29" />
        <source>bv. VR 2024 2203 MED.0096/2BIS</source>
        <translation>e.g. VR 2024 2203 MED.0096/2BIS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_dossier.py" line="33" />
        <source>Dossiers (*.cwb)</source>
        <translation>Dossiers (*.cwb)</translation>
    </message>
</context>
<context>
    <name>OptionBoard</name>
    <message>
        <location filename="../../ui/views/board.py" line="134" />
        <source>Optie:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="135" />
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="137" />
        <location filename="../../ui/views/board.py" line="138" />
        <location filename="../../ui/views/board.py" line="190" />
        <source>Argument toevoegen</source>
        <translation>Add argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="191" />
        <source>%1 bij %2:</source>
        <translation>%1 for %2:</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="204" />
        <source>Argumenten samenvoegen</source>
        <translation>Merge arguments</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="205" />
        <source>Argument #%1 samenvoegen met #%2? De citaten van #%1 gaan naar #%2 en #%1 verdwijnt.</source>
        <translation>Merge argument #%1 into #%2? The quotes of #%1 move to #%2 and #%1 is removed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="218" />
        <source>Argument verwijderen</source>
        <translation>Delete argument</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="219" />
        <source>Argument #%1 verwijderen? De citaten blijven bewaard.</source>
        <translation>Delete argument #%1? Its quotes are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="230" />
        <source>Tekst wijzigen</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="232" />
        <source>Citaat #%1 openen (%2)</source>
        <translation>Open quote #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="235" />
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../ui/views/board.py" line="242" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="83" />
        <source>Optie wijzigen</source>
        <translation>Edit option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="83" />
        <source>Nieuwe optie</source>
        <translation>New option</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="85" />
        <source>V&amp;raag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="91" />
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="92" />
        <source>bv. S5</source>
        <translation>e.g. S5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="93" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="95" />
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="96" />
        <source>Voorgesteld &amp;door:</source>
        <translation>Proposed &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="97" />
        <source>(het groenboek)</source>
        <translation>(the green paper)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="102" />
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="104" />
        <source>&amp;Zoekpatronen:</source>
        <translation>&amp;Match patterns:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="106" />
        <source>Zoekpatronen, één per regel</source>
        <translation>Match patterns, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="107" />
        <source>Eén patroon per regel, bv. scenario 3</source>
        <translation>One pattern per line, e.g. scenario 3</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../ui/views/pdf_page.py" line="104" />
        <source>Pagina %1 bestaat niet.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="43" />
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="43" />
        <source>Nieuwe vraag</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="45" />
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="46" />
        <source>bv. Q3</source>
        <translation>e.g. Q3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/structure.py" line="47" />
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="32" />
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="38" />
        <source>&amp;Optie:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="55" />
        <source>&amp;Positie:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="55" />
        <source>Positie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="56" />
        <source>&amp;Argument:</source>
        <translation>&amp;Argument:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="57" />
        <source>Nieuw argument, of kies een bestaand</source>
        <translation>New argument, or choose an existing one</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="87" />
        <source>%1 bestaande argumenten in deze kolom</source>
        <translation>%1 existing arguments in this column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="90" />
        <source>Het citaat komt bij argument #%1</source>
        <translation>The quote goes to argument #%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quote_dialog.py" line="93" />
        <source>Een nieuw argument wordt aangemaakt</source>
        <translation>A new argument will be created</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../ui/views/reader.py" line="144" />
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="145" />
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="146" />
        <location filename="../../ui/views/reader.py" line="148" />
        <source>Citeren</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="147" />
        <source>Selectie als citaat vastleggen (Ctrl+Q)</source>
        <translation>Record the selection as a quote (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="149" />
        <source>Originele pagina tonen (PDF)</source>
        <translation>Show the original page (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="150" />
        <source>Originele pagina</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="151" />
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="152" />
        <source>p. </source>
        <translation>p. </translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="153" />
        <source>Brontekst</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="154" />
        <source>Nog geen bronnen. Importeer adviezen met Bestand › Adviezen importeren, of sleep bestanden naar dit venster.</source>
        <translation>No sources yet. Import advice with File › Import advice, or drop files onto this window.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="161" />
        <source>Citeren bij een optie...</source>
        <translation>Quote for an option...</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="321" />
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="322" />
        <source>Citaat #%1</source>
        <translation>Quote #%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="324" />
        <source>&lt;i&gt;Nog bij geen argument.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not used by any argument yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader.py" line="350" />
        <source>Selecteer eerst de tekst om te citeren.</source>
        <translation>Select the text to quote first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reader_doc.py" line="105" />
        <source>— pagina %1 —</source>
        <translation>— page %1 —</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="82" />
        <source>Zoeken in alle bronnen...</source>
        <translation>Search all sources...</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="83" />
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="84" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="109" />
        <source>%1 treffers</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>StanceDelegate</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="57" />
        <source>(geen standpunt)</source>
        <translation>(no stance)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="60" />
        <source>Standpunt</source>
        <translation>Stance</translation>
    </message>
</context>
<context>
    <name>StanceMatrix</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="99" />
        <source>Standpunten per adviesinstantie en optie</source>
        <translation>Stances per advisory body and option</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="104" />
        <source>nog niet vastgelegd — dubbelklik om te wijzigen</source>
        <translation>not recorded yet — double-click to change</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../../ui/models/stance_model.py" line="64" />
        <source>Nog geen standpunt vastgelegd.</source>
        <translation>No stance recorded yet.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="108" />
        <source>Consultation Workbench</source>
        <translation>Consultation Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="110" />
        <source>Verwerk schriftelijke adviezen tot een traceerbare afweging van pro's en contra's per optie, met letterlijke citaten als bewijs.</source>
        <translation>Turn written advice into a traceable weighing of pros and cons per option, with verbatim quotes as evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="112" />
        <source>Nieuw dossier...</source>
        <translation>New dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="113" />
        <source>Dossier openen...</source>
        <translation>Open dossier...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="114" />
        <source>Demodossier openen</source>
        <translation>Open demo dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="115" />
        <source>Een leeg dossier aanmaken</source>
        <translation>Create an empty dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="116" />
        <source>Een bestaand dossier (.cwb) openen</source>
        <translation>Open an existing dossier (.cwb)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="117" />
        <source>Het voorbeelddossier over het clusterbeleid openen</source>
        <translation>Open the example dossier on cluster policy</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="121" />
        <location filename="../../ui/start_screen.py" line="122" />
        <source>Recente dossiers</source>
        <translation>Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123" />
        <source>Nog geen recente dossiers.</source>
        <translation>No recent dossiers yet.</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../ui/structure_editor.py" line="70" />
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="71" />
        <source>Vraag %1 verwijderen, met al haar opties en de argumenten en standpunten daarbij?</source>
        <translation>Delete question %1, with all its options and their arguments and stances?</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="105" />
        <source>Optie verwijderen</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="106" />
        <source>Optie %1 verwijderen, met de argumenten en standpunten daarbij?</source>
        <translation>Delete option %1, with its arguments and stances?</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="129" />
        <source>Adviesinstantie verwijderen</source>
        <translation>Delete advisory body</translation>
    </message>
    <message>
        <location filename="../../ui/structure_editor.py" line="130" />
        <source>Adviesinstantie %1 verwijderen, met haar standpunten?</source>
        <translation>Delete advisory body %1, with its stances?</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="94" />
        <source>Aanvaarden...</source>
        <translation>Accept...</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="95" />
        <source>De passage als citaat bij de optie vastleggen</source>
        <translation>Record the passage as a quote for the option</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="96" />
        <source>Afwijzen</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="97" />
        <source>Opnieuw zoeken naar suggesties</source>
        <translation>Look for suggestions again</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="98" />
        <source>Suggesties vernieuwen</source>
        <translation>Refresh suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="99" />
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/views/suggestions_panel.py" line="103" />
        <source>%1 open suggesties (machinaal gevonden, niet nagekeken)</source>
        <translation>%1 open suggestions (machine-made, not reviewed)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="113" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="56" />
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="56" />
        <source>Optiebord</source>
        <translation>Option board</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="57" />
        <source>Standpunten</source>
        <translation>Stances</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="60" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="60" />
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="61" />
        <source>Controles</source>
        <translation>Checks</translation>
    </message>
</context>
</TS>