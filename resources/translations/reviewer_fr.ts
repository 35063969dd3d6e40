<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="176"/>
        <source>Live assessment</source>
        <translation>Évaluation en direct</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="202"/>
        <source>Triggered clauses</source>
        <translation>Clauses déclenchées</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="208"/>
        <source>Not yet applicable</source>
        <translation>Pas encore applicable</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="215"/>
        <source>Obligations if approved</source>
        <translation>Obligations en cas d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="239"/>
        <source>1 clause triggered</source>
        <translation>1 clause déclenchée</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="241"/>
        <source>{count} clauses triggered</source>
        <translation>{count} clauses déclenchées</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="244"/>
        <source>{clauses}, as of {day}</source>
        <translation>{clauses}, à la date du {day}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="313"/>
        <source>Show the whole assessment</source>
        <translation>Afficher toute l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="315"/>
        <source>Collapse the assessment to its verdict</source>
        <translation>Réduire l&apos;évaluation à son verdict</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="259"/>
        <source>No clause is triggered by the answers so far.</source>
        <translation>Aucune clause n&apos;est déclenchée par les réponses données jusqu&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="265"/>
        <source>{title}: applies from {day}; not counted yet.</source>
        <translation>{title} : s’applique à partir du {day} ; pas encore pris en compte.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="284"/>
        <source>None so far.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/audit/screen.py" line="31"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="32"/>
        <source>Imported from a file</source>
        <translation>Importé depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="33"/>
        <source>Answer saved</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="34"/>
        <source>Re-assessed</source>
        <translation>Réévalué</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="35"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="36"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="37"/>
        <source>Countersigned</source>
        <translation>Contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="38"/>
        <source>Returned by the approver</source>
        <translation>Renvoyé par l&apos;approbateur</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="39"/>
        <source>Escalated</source>
        <translation>Transmis à un niveau supérieur</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="40"/>
        <source>Reopened for changes</source>
        <translation>Rouvert pour modification</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="41"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="42"/>
        <source>Evidence attached</source>
        <translation>Pièce justificative jointe</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="43"/>
        <source>Evidence described</source>
        <translation>Pièce décrite</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="44"/>
        <source>Policy imported</source>
        <translation>Référentiel importé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="95"/>
        <source>machine account (not the signer)</source>
        <translation>compte machine (pas le signataire)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="96"/>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="98"/>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="99"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="100"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="101"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="102"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="103"/>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="104"/>
        <source>conditions</source>
        <translation>conditions</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="105"/>
        <location filename="../../ui/audit/screen.py" line="106"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="107"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="108"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="109"/>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="110"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="111"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="112"/>
        <source>escalated to</source>
        <translation>transmis à</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="113"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="114"/>
        <source>next review</source>
        <translation>prochaine réévaluation</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="115"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="116"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="117"/>
        <source>size (bytes)</source>
        <translation>taille (octets)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="118"/>
        <source>PDF SHA-256</source>
        <translation>SHA-256 du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="119"/>
        <source>signed PDF SHA-256</source>
        <translation>SHA-256 du PDF signé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="120"/>
        <source>superseded PDF SHA-256</source>
        <translation>SHA-256 du PDF remplacé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="121"/>
        <source>bundle SHA-256</source>
        <translation>SHA-256 du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="122"/>
        <source>signer&apos;s certificate</source>
        <translation>certificat du signataire</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="123"/>
        <source>signed by</source>
        <translation>signé par</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="124"/>
        <source>superseded revision</source>
        <translation>révision remplacée</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="125"/>
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="126"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="127"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="128"/>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="129"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="130"/>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="131"/>
        <source>answers dropped</source>
        <translation>réponses abandonnées</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="132"/>
        <source>policy packs</source>
        <translation>référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="133"/>
        <source>policy pack</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="134"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="135"/>
        <source>pushed from</source>
        <translation>envoyé depuis</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="136"/>
        <source>events brought in</source>
        <translation>événements importés</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="137"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="173"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="205"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="207"/>
        <source>Open a review to see its history here.</source>
        <translation>Ouvrez une évaluation pour afficher ici son historique.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="213"/>
        <source>Verify the chain again</source>
        <translation>Revérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="216"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="216"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="216"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="216"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="216"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="221"/>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="251"/>
        <source>History of “{title}” ({id})</source>
        <translation>Historique de « {title} » ({id})</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="263"/>
        <source>History not shown</source>
        <translation>Historique non affiché</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="264"/>
        <source>{problem}

Open the review again from the list.</source>
        <translation>{problem}

Rouvrez l&apos;évaluation depuis la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="276"/>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="290"/>
        <source>✓ Audit chain intact: {events} events and {reviews} reviews check out.</source>
        <translation>✓ Chaîne d&apos;audit intègre : {events} événements et {reviews} évaluations vérifiées sans anomalie.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="294"/>
        <source>✗ Audit chain BROKEN: {problem}. Do not rely on this history; run &apos;reviewer db check&apos; and tell your administrator.</source>
        <translation>✗ Chaîne d&apos;audit ROMPUE : {problem}. Ne vous fiez pas à cet historique ; exécutez « reviewer db check » et prévenez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="296"/>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="306"/>
        <source>? The audit chain could not be checked: {problem}</source>
        <translation>? La chaîne d&apos;audit n&apos;a pas pu être vérifiée : {problem}</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../ui/background.py" line="73"/>
        <source>Something unexpected went wrong ({error}). Details are in the log file; try again, and tell your support contact if it happens again.</source>
        <translation>Un problème inattendu est survenu ({error}). Les détails figurent dans le journal ; réessayez, et prévenez votre support si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>BundleExchange</name>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="81"/>
        <source>Import bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="83"/>
        <source>Take a review bundle (.reviewer) from a colleague into this database</source>
        <translation>Reprendre dans cette base le paquet d&apos;évaluation (.reviewer) d&apos;un collègue</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="86"/>
        <source>Export bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="88"/>
        <source>Write the open or selected review, with its whole history, to one file</source>
        <translation>Écrire l&apos;évaluation ouverte ou sélectionnée, avec tout son historique, dans un seul fichier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="91"/>
        <source>Export signed bundle…</source>
        <translation>Exporter un paquet signé…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="93"/>
        <source>Export the review as a bundle signed with your signing identity</source>
        <translation>Exporter l&apos;évaluation dans un paquet signé avec votre identité de signature</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="148"/>
        <source>Import a review bundle</source>
        <translation>Importer un paquet d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="153"/>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="157"/>
        <source>The bundle was not imported</source>
        <translation>Le paquet n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="158"/>
        <source>{problem}

Nothing was written to this database.</source>
        <translation>{problem}

Rien n&apos;a été écrit dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="168"/>
        <source>Already here</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="170"/>
        <source>Review {reference} revision {revision} from {file} is already in this database, unchanged. Nothing was written.</source>
        <translation>L&apos;évaluation {reference}, révision {revision}, de {file} est déjà dans cette base, inchangée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="174"/>
        <location filename="../../ui/exchange/bundles.py" line="180"/>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="176"/>
        <source>Review {reference} was brought up to revision {revision} from {file}. Every hash, audit event and signature in the bundle was checked first.</source>
        <translation>L&apos;évaluation {reference} a été mise à jour à la révision {revision} depuis {file}. Chaque empreinte, événement d&apos;audit et signature du paquet a d&apos;abord été vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="182"/>
        <source>Review {reference} (revision {revision}) was imported from {file}. Every hash, audit event and signature in the bundle was checked first.</source>
        <translation>L&apos;évaluation {reference} (révision {revision}) a été importée depuis {file}. Chaque empreinte, événement d&apos;audit et signature du paquet a d&apos;abord été vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="205"/>
        <source>No review to export</source>
        <translation>Aucune évaluation à exporter</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="206"/>
        <source>Open a review, or select one in the reviews list, then export it.</source>
        <translation>Ouvrez une évaluation, ou sélectionnez-en une dans la liste des évaluations, puis exportez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="214"/>
        <source>Export a review bundle</source>
        <translation>Exporter un paquet d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="232"/>
        <source>Exporting {reference}…</source>
        <translation>Export de {reference}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="236"/>
        <source>The bundle was not written</source>
        <translation>Le paquet n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="237"/>
        <source>{problem}

No bundle was written.</source>
        <translation>{problem}

Aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="244"/>
        <source>signed by {signer}</source>
        <translation>signé par {signer}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="246"/>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="249"/>
        <source>Wrote {file}: review {reference} revision {revision} with {events} audit events, {evidence} evidence file(s) and {reports} signed PDF(s); {signer}.</source>
        <translation>{file} écrit : évaluation {reference}, révision {revision}, avec {events} événements d&apos;audit, {evidence} pièce(s) justificative(s) et {reports} PDF signé(s) ; {signer}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="261"/>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundles.py" line="268"/>
        <source>Review bundles (*.reviewer)</source>
        <translation>Paquets d&apos;évaluation (*.reviewer)</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="74"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="74"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="91"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="94"/>
        <source>Clear the answer to: {0}</source>
        <translation>Effacer la réponse à : {0}</translation>
    </message>
</context>
<context>
    <name>ClauseDetail</name>
    <message>
        <location filename="../../ui/library/detail.py" line="31"/>
        <source>Clause in full</source>
        <translation>Clause complète</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="40"/>
        <source>Choose a clause to read it in full.</source>
        <translation>Choisissez une clause pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="47"/>
        <source>{clause} · {pack}, version {version}</source>
        <translation>{clause} · {pack}, version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="56"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="60"/>
        <source>Triggers when</source>
        <translation>Se déclenche quand</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="64"/>
        <source>Obligations if approved</source>
        <translation>Obligations en cas d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="65"/>
        <location filename="../../ui/library/detail.py" line="131"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="67"/>
        <source>Questions it depends on</source>
        <translation>Questions dont elle dépend</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="70"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="86"/>
        <source>Source text read on {0}</source>
        <translation>Texte source lu le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="87"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="98"/>
        <source>House rule: our own rule, modelled on the cited text but not a rule of that text.</source>
        <translation>Règle interne : notre propre règle, inspirée du texte cité mais qui n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="108"/>
        <source>{day}, as stated in {where}</source>
        <translation>{day}, selon {where}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="114"/>
        <source>Moved to {day} by {where}</source>
        <translation>Reportée au {day} par {where}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="119"/>
        <source>Applies from</source>
        <translation>Date d’application</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="127"/>
        <source>Applies when: {0}</source>
        <translation>S&apos;applique quand : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="130"/>
        <source>Then: {0}</source>
        <translation>Alors : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="131"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
</context>
<context>
    <name>ClauseListModel</name>
    <message>
        <location filename="../../ui/library/clause_model.py" line="35"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/library/clause_model.py" line="35"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/library/clause_model.py" line="35"/>
        <source>Pack</source>
        <translation>Référentiel</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="144"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <location filename="../../ui/placeholder.py" line="27"/>
        <source>This screen is coming in a later release.</source>
        <translation>Cet écran arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../ui/placeholder.py" line="32"/>
        <source>{0}: coming in a later release</source>
        <translation>{0} : dans une prochaine version</translation>
    </message>
</context>
<context>
    <name>ConditionsTable</name>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="214"/>
        <source>Conditions of approval</source>
        <translation>Conditions d’approbation</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="232"/>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="233"/>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="234"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="235"/>
        <source>Remove the selected condition</source>
        <translation>Retirer la condition sélectionnée</translation>
    </message>
</context>
<context>
    <name>ConditionsTableModel</name>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="40"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="41"/>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="42"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="43"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="48"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="49"/>
        <source>Done</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="50"/>
        <source>Waived</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="102"/>
        <source>The clause (pack:clause) or the obligation the condition answers</source>
        <translation>La clause (référentiel:clause) ou l’obligation à laquelle la condition répond</translation>
    </message>
    <message>
        <location filename="../../ui/decision/conditions_table.py" line="120"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>CountersignPage</name>
    <message>
        <location filename="../../ui/signing/countersign.py" line="101"/>
        <source>← Reviews</source>
        <translation>← Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="102"/>
        <source>Back to the reviews list</source>
        <translation>Retour à la liste des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="104"/>
        <source>Countersign a report</source>
        <translation>Contresigner un rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="108"/>
        <source>Open or drop a decision report signed by a reviewer. Check what it says and whether it verifies, then approve it with your own identity. Four eyes: the reviewer who signed it cannot also approve it.</source>
        <translation>Ouvrez ou déposez un rapport de décision signé par un examinateur. Vérifiez ce qu&apos;il indique et s&apos;il passe la vérification, puis approuvez-le avec votre propre identité. Principe des quatre yeux : l&apos;examinateur qui l&apos;a signé ne peut pas aussi l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="116"/>
        <source>Open a report…</source>
        <translation>Ouvrir un rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="118"/>
        <source>Countersign…</source>
        <translation>Contresigner…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="119"/>
        <source>Countersign the report</source>
        <translation>Contresigner le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="126"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="159"/>
        <source>Open a signed report</source>
        <translation>Ouvrir un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="171"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="230"/>
        <source>Save the countersigned report</source>
        <translation>Enregistrer le rapport contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="237"/>
        <source>Countersigning…</source>
        <translation>Contre-signature en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="257"/>
        <source>Countersigned by {who} and saved to {path}.</source>
        <translation>Contresigné par {who} et enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="279"/>
        <source>Four eyes: you cannot approve your own report</source>
        <translation>Principe des quatre yeux : vous ne pouvez pas approuver votre propre rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="293"/>
        <location filename="../../ui/signing/countersign.py" line="300"/>
        <source>The report was not countersigned</source>
        <translation>Le rapport n&apos;a pas été contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="280"/>
        <source>Ask a different approver to countersign it.</source>
        <translation>Demandez à un autre approbateur de le contresigner.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="294"/>
        <location filename="../../ui/signing/countersign.py" line="302"/>
        <source>Check the file and your identity, then try again.</source>
        <translation>Vérifiez le fichier et votre identité, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="283"/>
        <source>Ask the approver the report names to countersign it.</source>
        <translation>Demandez à l’approbateur désigné dans le rapport de le contresigner.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="206"/>
        <source>Decision: {outcome}, verdict {verdict}. Rationale: {rationale}</source>
        <translation>Décision : {outcome}, verdict {verdict}. Motifs : {rationale}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="265"/>
        <source>Countersigned by {who} and saved to {path}; {ref} is approved in this database.</source>
        <translation>Contresigné par {who} et enregistré dans {path} ; {ref} est approuvée dans cette base.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="287"/>
        <source>Do not rely on this file. Ask its sender for the report as Reviewer wrote it.</source>
        <translation>Ne vous fiez pas à ce fichier. Demandez à son expéditeur le rapport tel que Reviewer l’a écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="189"/>
        <source>It verifies. Read the decision below, then countersign it if you concur.</source>
        <translation>Il est vérifié. Lisez la décision ci-dessous, puis contresignez-le si vous y souscrivez.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="291"/>
        <source>Nothing more to sign: keep the countersigned file.</source>
        <translation>Plus rien à signer : conservez le fichier contresigné.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="285"/>
        <source>The report does not verify, so it was not countersigned</source>
        <translation>Le rapport n’est pas vérifié : il n’a pas été contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="290"/>
        <source>The report is already countersigned</source>
        <translation>Le rapport est déjà contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="195"/>
        <source>This report does not verify, so it cannot be countersigned. The reasons are listed below.</source>
        <translation>Ce rapport n’est pas vérifié : il ne peut pas être contresigné. Les raisons figurent ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="192"/>
        <source>This report is already countersigned.</source>
        <translation>Ce rapport est déjà contresigné.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="282"/>
        <source>You are not this report&apos;s approver</source>
        <translation>Vous n’êtes pas l’approbateur de ce rapport</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>The database did not open, so no review can be shown.</source>
        <translation>La base de données ne s&apos;est pas ouverte : aucune évaluation ne peut être affichée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Choose another database or correct its address in Settings, or check that the database server is running; then try again. Nothing you type is kept until the database is open.</source>
        <translation>Choisissez une autre base ou corrigez son adresse dans les Paramètres, ou vérifiez que le serveur de base de données fonctionne ; puis réessayez. Rien de ce que vous saisissez n&apos;est conservé tant que la base n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="274"/>
        <source>Set date…</source>
        <translation>Saisir une date…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="285"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="287"/>
        <source>Clear the date: {0}</source>
        <translation>Effacer la date : {0}</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <location filename="../../ui/decision/controller.py" line="60"/>
        <source>Approval is not possible: this use is prohibited by {clauses}. Reject it, or escalate it if you believe the assessment is wrong.</source>
        <translation>Approbation impossible : cet usage est interdit par {clauses}. Rejetez-le, ou transmettez-le à l&apos;échelon supérieur si vous pensez que l&apos;évaluation est erronée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/decision/controller.py" line="104"/>
        <source>Answer the required questions listed above (%n).</source>
        <translation>
            <numerusform>Répondez à la question obligatoire indiquée ci-dessus (%n).</numerusform>
            <numerusform>Répondez aux %n questions obligatoires indiquées ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="106"/>
        <source>Choose an outcome.</source>
        <translation>Choisissez une décision.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="108"/>
        <source>Write a rationale: say why you decided this way.</source>
        <translation>Rédigez une motivation : expliquez pourquoi vous avez décidé ainsi.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="110"/>
        <source>Name the person it is escalated to.</source>
        <translation>Nommez la personne à qui la décision est transmise.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="113"/>
        <source>Add at least one condition of approval.</source>
        <translation>Ajoutez au moins une condition d&apos;approbation.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision/panel.py" line="38"/>
        <source>The deployment may go ahead as described.</source>
        <translation>Le déploiement peut avoir lieu tel que décrit.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="41"/>
        <source>It may go ahead once the conditions below are met.</source>
        <translation>Il peut avoir lieu une fois les conditions ci-dessous remplies.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="44"/>
        <source>The deployment may not go ahead.</source>
        <translation>Le déploiement ne peut pas avoir lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="45"/>
        <source>Refer the review to the next level of authority.</source>
        <translation>Transmettre l&apos;évaluation à l&apos;échelon hiérarchique supérieur.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="73"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="78"/>
        <source>Decide on the deployment as assessed. Your rationale goes into the signed report.</source>
        <translation>Décidez du déploiement tel qu&apos;évalué. Votre motivation figurera dans le rapport signé.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="88"/>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="93"/>
        <source>Outcome: {0}</source>
        <translation>Décision : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="106"/>
        <source>Escalate to:</source>
        <translation>Transmettre à :</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="108"/>
        <source>A name or an email</source>
        <translation>Un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="109"/>
        <source>Person the review is escalated to</source>
        <translation>Personne à qui l&apos;évaluation est transmise</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="115"/>
        <location filename="../../ui/decision/panel.py" line="119"/>
        <source>Rationale (required)</source>
        <translation>Motivation (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="118"/>
        <source>Say why you decided this way.</source>
        <translation>Expliquez pourquoi vous avez décidé ainsi.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="133"/>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="136"/>
        <source>Each obligation of the triggered clauses: mark it met or not applicable, or leave it to do and add a condition for it. A high-risk approval needs a condition, or every obligation settled.</source>
        <translation>Chaque obligation des clauses déclenchées : marquez-la remplie ou sans objet, ou laissez-la à faire et ajoutez une condition pour elle. Approuver un usage à risque élevé exige une condition, ou que toutes les obligations soient réglées.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="148"/>
        <source>Conditions of approval</source>
        <translation>Conditions d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="151"/>
        <source>Each condition needs an owner and a due date; say which clause or obligation it answers. Double-click a cell or press F2 to edit it.</source>
        <translation>Chaque condition exige un responsable et une échéance ; indiquez à quelle clause ou obligation elle répond. Double-cliquez sur une cellule ou appuyez sur F2 pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="167"/>
        <source>Next review:</source>
        <translation>Prochain réexamen :</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="170"/>
        <source>Date of the next review</source>
        <translation>Date du prochain réexamen</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="173"/>
        <source>When the approval is reviewed again; the default follows the verdict, as set in Settings. Past it, the approval is suspended pending re-review.</source>
        <translation>Date à laquelle l’approbation sera réexaminée ; par défaut, elle dépend du verdict, comme défini dans les Paramètres. Passé cette date, l’approbation est suspendue en attente de réexamen.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="197"/>
        <location filename="../../ui/decision/panel.py" line="198"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="291"/>
        <source>The decision cannot be recorded</source>
        <translation>La décision ne peut pas être enregistrée</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="49"/>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="51"/>
        <source>Your signatures show these details; others check them before trusting.</source>
        <translation>Vos signatures affichent ces informations ; les autres les vérifient avant de vous faire confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="56"/>
        <source>such as Compliance officer</source>
        <translation>par exemple Responsable de la conformité</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="59"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="60"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="62"/>
        <source>Role (optional)</source>
        <translation>Fonction (facultatif)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence/panel.py" line="68"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="72"/>
        <source>Drop files here, or attach them, to keep them with the review. Each file is stored in the database with its SHA-256 hash and listed in the signed report.</source>
        <translation>Déposez des fichiers ici, ou joignez-les, pour les conserver avec l&apos;évaluation. Chaque fichier est enregistré dans la base de données avec son empreinte SHA-256 et répertorié dans le rapport signé.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="83"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="85"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="84"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence/panel.py" line="40"/>
        <location filename="../../ui/evidence/panel.py" line="174"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="82"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="91"/>
        <source>Evidence files</source>
        <translation>Fichiers justificatifs</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="107"/>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="112"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="113"/>
        <source>Attach an evidence file</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="114"/>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="115"/>
        <source>Describe the selected evidence file</source>
        <translation>Décrire la pièce sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="117"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="118"/>
        <source>Open the selected evidence file</source>
        <translation>Ouvrir la pièce justificative sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="122"/>
        <source>Link to condition/obligation…</source>
        <translation>Lier à une condition ou une obligation…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="154"/>
        <source>The evidence below is part of the decided revision. To attach more, reopen the review for changes.</source>
        <translation>Les pièces ci-dessous font partie de la révision décidée. Pour en joindre d&apos;autres, rouvrez l&apos;évaluation pour modification.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="175"/>
        <source>Added {when}</source>
        <translation>Ajouté le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="206"/>
        <source>Describe evidence</source>
        <translation>Décrire une pièce</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="207"/>
        <source>What is {name}?</source>
        <translation>Qu’est-ce que {name} ?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="224"/>
        <source>Description not kept</source>
        <translation>Description non enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="236"/>
        <source>Attach evidence</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="236"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="247"/>
        <source>{name} is larger than 100 MB; attach a smaller extract</source>
        <translation>{name} dépasse 100 Mo ; joignez un extrait plus petit</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="255"/>
        <source>Evidence not attached: the review is locked</source>
        <translation>Pièce non jointe : l&apos;évaluation est verrouillée</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="257"/>
        <source>{name}: {problem}

Evidence is attached before the decision. Reopen the review for changes (with a reason), attach the file, then decide and sign again.</source>
        <translation>{name} : {problem}

Les pièces se joignent avant la décision. Rouvrez l&apos;évaluation pour modification (avec un motif), joignez le fichier, puis décidez et signez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="266"/>
        <source>Evidence not attached</source>
        <translation>Pièce justificative non jointe</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="267"/>
        <source>{name}: {problem}

Check the file and attach it again.</source>
        <translation>{name} : {problem}

Vérifiez le fichier et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="311"/>
        <location filename="../../ui/evidence/panel.py" line="318"/>
        <source>Evidence not opened</source>
        <translation>Pièce justificative non ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="312"/>
        <source>{problem}

Run a database check from Settings.</source>
        <translation>{problem}

Lancez une vérification de la base de données depuis les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="319"/>
        <source>No application opens {name}. It was saved to {path}.</source>
        <translation>Aucune application ne peut ouvrir {name}. Le fichier a été enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../../ui/explanations.py" line="17"/>
        <source>{term} is {value}</source>
        <translation>{term} : {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="18"/>
        <source>{term} is not answered</source>
        <translation>{term} : sans réponse</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="19"/>
        <source>{term} is answered</source>
        <translation>{term} : réponse donnée</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="20"/>
        <source>{term} includes {values}</source>
        <translation>{term} : comprend {values}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="21"/>
        <source>{term} is below {value}</source>
        <translation>{term} : moins de {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="22"/>
        <source>{term} is at most {value}</source>
        <translation>{term} : au plus {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="23"/>
        <source>{term} is above {value}</source>
        <translation>{term} : plus de {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="24"/>
        <source>{term} is at least {value}</source>
        <translation>{term} : au moins {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="25"/>
        <source>{term} is not {value}</source>
        <translation>{term} : autre que {value}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="26"/>
        <source>not ({rule})</source>
        <translation>non ({rule})</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="27"/>
        <source>{term} is one of: {values}</source>
        <translation>{term} : l’une des valeurs {values}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="28"/>
        <source>{term} includes any of: {values}</source>
        <translation>{term} : comprend au moins l’un de {values}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="29"/>
        <source>{left} and {right}</source>
        <translation>{left} et {right}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="30"/>
        <source>{left} or {right}</source>
        <translation>{left} ou {right}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="31"/>
        <source>{items}, and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="32"/>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="33"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FirstPageView</name>
    <message>
        <location filename="../../ui/overview/recent.py" line="204"/>
        <location filename="../../ui/reviews/first_page.py" line="256"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <location filename="../../ui/followup/section.py" line="58"/>
        <source>Start re-review…</source>
        <translation>Lancer le réexamen…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="60"/>
        <source>Open a new revision from the current answers, judged by the current packs</source>
        <translation>Ouvrir une nouvelle révision à partir des réponses actuelles, évaluée selon les référentiels en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="62"/>
        <source>Start the re-review</source>
        <translation>Lancer le réexamen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="74"/>
        <source>Show the conditions to follow up</source>
        <translation>Afficher les conditions à suivre</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="78"/>
        <source>Conditions to follow up</source>
        <translation>Conditions à suivre</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="81"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="82"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="83"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="84"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="86"/>
        <source>Closed by</source>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="95"/>
        <source>Mark done with evidence…</source>
        <translation>Marquer remplie avec un justificatif…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="96"/>
        <source>Waive…</source>
        <translation>Lever…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="97"/>
        <source>Mark the selected condition done</source>
        <translation>Marquer remplie la condition sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="98"/>
        <source>Waive the selected condition</source>
        <translation>Lever la condition sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="134"/>
        <source>Suspended, pending re-review: {reasons}</source>
        <translation>Suspendu, en attente de réexamen : {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="149"/>
        <source>Follow-up of the conditions: {open} open of {count}</source>
        <translation>Suivi des conditions : {open} ouvertes sur {count}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="208"/>
        <source>Evidence that {id} is met</source>
        <translation>Justificatif que {id} est remplie</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="209"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="214"/>
        <source>an evidence file</source>
        <translation>un fichier justificatif</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="228"/>
        <source>Waive a condition</source>
        <translation>Lever une condition</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="229"/>
        <source>Why is {id} waived? The reason and your name go into the audit trail.</source>
        <translation>Pourquoi lever {id} ? Le motif et votre nom sont consignés dans la piste d’audit.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="246"/>
        <source>The condition was not closed</source>
        <translation>La condition n’a pas été clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/followup/section.py" line="247"/>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="67"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="67"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="67"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="68"/>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="69"/>
        <source>Use for signing</source>
        <translation>Utiliser pour signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="94"/>
        <source>Create identity</source>
        <translation>Créer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="115"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="116"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="117"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="119"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="120"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="142"/>
        <source>Folder: {0}</source>
        <translation>Dossier : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="158"/>
        <source>(locked: shown when you sign)</source>
        <translation>(verrouillé : affiché lors de la signature)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="169"/>
        <source>Used for signing: {0}</source>
        <translation>Utilisée pour signer : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="171"/>
        <source>No identity chosen for signing yet.</source>
        <translation>Aucune identité n&apos;est encore choisie pour signer.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="179"/>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="179"/>
        <source>Select an identity in the list.</source>
        <translation>Sélectionnez une identité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="218"/>
        <location filename="../../ui/settings/signing_tabs.py" line="248"/>
        <source>Identity not created</source>
        <translation>Identité non créée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="310"/>
        <source>Identity passphrase</source>
        <translation>Phrase secrète de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="308"/>
        <source>Passphrase of {name} (it is not stored):</source>
        <translation>Phrase secrète de {name} (elle n&apos;est pas enregistrée) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="71"/>
        <source>Import identity or certificate…</source>
        <translation>Importer une identité ou un certificat…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="74"/>
        <source>A PKCS#12 identity (.p12), or the certificate your organisation issued for a request made on this computer</source>
        <translation>Une identité PKCS#12 (.p12), ou le certificat que votre organisation a délivré pour une demande faite sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="89"/>
        <source>such as Compliance officer</source>
        <translation>par exemple Responsable de la conformité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="96"/>
        <source>Request from your organisation…</source>
        <translation>Demander à votre organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="99"/>
        <source>Write a certificate request to send to whoever keeps your organisation&apos;s root; the key stays on this computer, encrypted</source>
        <translation>Écrire une demande de certificat à envoyer à la personne qui garde la racine de votre organisation ; la clé reste chiffrée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="112"/>
        <source>A new identity</source>
        <translation>Une nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="118"/>
        <source>Role (optional)</source>
        <translation>Fonction (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="126"/>
        <source>The passphrase protects the key and is never stored: you type it each time you sign. A self-signed identity is trusted on this computer only; one your organisation issues is trusted wherever its root is.</source>
        <translation>La phrase secrète protège la clé et n&apos;est jamais enregistrée : vous la saisissez à chaque signature. Une identité autosignée n&apos;est de confiance que sur cet ordinateur ; celle que délivre votre organisation l&apos;est partout où sa racine l&apos;est.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="238"/>
        <source>Created {path}. Share the certificate {certificate} with whoever must trust your signatures.</source>
        <translation>{path} créée. Transmettez le certificat {certificate} à ceux qui doivent faire confiance à vos signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="252"/>
        <location filename="../../ui/settings/signing_tabs.py" line="289"/>
        <source>Request not written</source>
        <translation>Demande non écrite</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="259"/>
        <source>Save the certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="260"/>
        <source>Certificate requests (*.csr)</source>
        <translation>Demandes de certificat (*.csr)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="279"/>
        <source>Request written to {path}. Send it to whoever keeps your organisation&apos;s root; when the certificate comes back, install it with Import identity or certificate. Your key stays here, encrypted.</source>
        <translation>Demande écrite dans {path}. Envoyez-la à la personne qui garde la racine de votre organisation ; quand le certificat revient, installez-le avec Importer une identité ou un certificat. Votre clé reste ici, chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="295"/>
        <source>Import a signing identity or an issued certificate</source>
        <translation>Importer une identité de signature ou un certificat délivré</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="296"/>
        <source>Identities and certificates (*.p12 *.pfx *.pem *.crt *.cer *.der)</source>
        <translation>Identités et certificats (*.p12 *.pfx *.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="303"/>
        <location filename="../../ui/settings/signing_tabs.py" line="323"/>
        <source>Identity not imported</source>
        <translation>Identité non importée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="306"/>
        <source>The passphrase you chose when you made the request (it is not stored):</source>
        <translation>La phrase secrète choisie lors de la demande (elle n&apos;est pas enregistrée) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="317"/>
        <source>Install the certificate on the computer where you made the request.</source>
        <translation>Installez le certificat sur l&apos;ordinateur où vous avez fait la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="319"/>
        <source>Check the passphrase with whoever issued the file.</source>
        <translation>Vérifiez la phrase secrète auprès de la personne qui a fourni le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="324"/>
        <source>{problem}

{advice}</source>
        <translation>{problem}

{advice}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="327"/>
        <source>Imported as {path}.</source>
        <translation>Importée sous le nom {path}.</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="45"/>
        <source>Enter your full name, as your signatures will show it.</source>
        <translation>Saisissez votre nom complet, tel que vos signatures l&apos;afficheront.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="48"/>
        <source>Shorten the name to at most {limit} characters.</source>
        <translation>Raccourcissez le nom à {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="51"/>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.org.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="54"/>
        <source>Enter your organisation.</source>
        <translation>Saisissez votre organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="57"/>
        <source>Shorten the organisation to at most {limit} characters.</source>
        <translation>Raccourcissez l&apos;organisation à {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="60"/>
        <source>Shorten the role to at most {limit} characters.</source>
        <translation>Raccourcissez la fonction à {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="71"/>
        <source>Type the name again as plain text: it holds hidden characters.</source>
        <translation>Saisissez à nouveau le nom en texte simple : il contient des caractères cachés.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="74"/>
        <source>Type the email again as plain text: it holds hidden characters.</source>
        <translation>Saisissez à nouveau l&apos;adresse e-mail en texte simple : elle contient des caractères cachés.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="77"/>
        <source>Type the organisation again as plain text: it holds hidden characters.</source>
        <translation>Saisissez à nouveau l&apos;organisation en texte simple : elle contient des caractères cachés.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="81"/>
        <source>Type the role again as plain text: it holds hidden characters.</source>
        <translation>Saisissez à nouveau la fonction en texte simple : elle contient des caractères cachés.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="92"/>
        <source>Choose a passphrase of at least {count} characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="95"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="136"/>
        <source>Choose where to save the identity.</source>
        <translation>Choisissez où enregistrer l&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/identity_form.py" line="140"/>
        <source>{path} exists already; choose another file name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="172"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="180"/>
        <source>Create identity</source>
        <translation>Créer l’identité</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="191"/>
        <source>Identity not created</source>
        <translation>Identité non créée</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <location filename="../../ui/intake/controller.py" line="52"/>
        <source>Does not apply</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="53"/>
        <source>{answered} of {shown} answered</source>
        <translation>{answered} sur {shown} répondues</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="58"/>
        <source> · {count} required missing</source>
        <translation> · {count} obligatoires manquantes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="234"/>
        <source>Enter a number, for example 250 or 12.5.</source>
        <translation>Saisissez un nombre, par exemple 250 ou 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="238"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="90"/>
        <source>Review steps</source>
        <translation>Étapes de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="108"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="110"/>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="112"/>
        <source>Previous step ({0})</source>
        <translation>Étape précédente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="114"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="115"/>
        <location filename="../../ui/intake/view.py" line="264"/>
        <location filename="../../ui/intake/view.py" line="279"/>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="116"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="264"/>
        <location filename="../../ui/intake/view.py" line="277"/>
        <location filename="../../ui/intake/view.py" line="279"/>
        <source>Next: {0} →</source>
        <translation>Suivant : {0} →</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="265"/>
        <source>Next step ({0})</source>
        <translation>Étape suivante ({0})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/theme.py" line="66"/>
        <source>Prohibited use</source>
        <translation>Usage interdit</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="67"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="68"/>
        <source>Limited risk</source>
        <translation>Risque limité</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="69"/>
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="74"/>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="75"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="76"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="77"/>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="82"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="83"/>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="84"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="85"/>
        <source>Escalate</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="104"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="106"/>
        <source>At least: {0}</source>
        <translation>Au moins : {0}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/followup/linking.py" line="49"/>
        <source>Link to condition/obligation</source>
        <translation>Lier à une condition ou une obligation</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="52"/>
        <source>{file} is evidence for: (a condition linked to it is closed as done; an obligation keeps its state)</source>
        <translation>{file} justifie : (une condition qui y est liée est clôturée comme remplie ; une obligation garde son état)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="59"/>
        <source>Condition or obligation</source>
        <translation>Condition ou obligation</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="61"/>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="61"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="85"/>
        <source>Nothing to link to</source>
        <translation>Rien à quoi lier le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="86"/>
        <source>This review has no obligation and no open condition to link a file to.</source>
        <translation>Cette évaluation n’a ni obligation ni condition ouverte à laquelle lier un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="120"/>
        <source>The file was not linked</source>
        <translation>Le fichier n’a pas été lié</translation>
    </message>
    <message>
        <location filename="../../ui/followup/linking.py" line="121"/>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="115"/>
        <source>Where to save it</source>
        <translation>Où l’enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="118"/>
        <source>The identity file is readable by you only. A certificate (.pem) is saved beside it: share that one, so others can trust your signatures. This computer trusts it.</source>
        <translation>Le fichier d’identité n’est lisible que par vous. Un certificat (.pem) est enregistré à côté : partagez-le, pour que d’autres puissent faire confiance à vos signatures. Cet ordinateur lui fait confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="124"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="131"/>
        <source>Identity file</source>
        <translation>Fichier d’identité</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="145"/>
        <source>Save the signing identity</source>
        <translation>Enregistrer l’identité de signature</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="146"/>
        <source>Identities (*.p12)</source>
        <translation>Identités (*.p12)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Policy library</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Browse policy packs and their clauses, with each clause&apos;s citation and the questions it depends on; import a new pack version and see what it changes.</source>
        <translation>Parcourez les référentiels et leurs clauses, avec la référence de chaque clause et les questions dont elle dépend ; importez une nouvelle version d&apos;un référentiel et voyez ce qu&apos;elle change.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Open or drop a signed decision report to check its signatures.</source>
        <translation>Ouvrez ou déposez un rapport de décision signé pour en vérifier les signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Choose the database, signing identities, the trust store and the language.</source>
        <translation>Choisissez la base de données, les identités de signature, le magasin de confiance et la langue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>{screen} (Ctrl+{number})</source>
        <translation>{screen} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <location filename="../../ui/overview/recent.py" line="238"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>opening…</source>
        <translation>ouverture en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>not open ({problem})</source>
        <translation>non ouverte ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>The questionnaire or the policy packs could not be loaded, so no review can be opened:

{problem}

Reinstall Reviewer, or ask whoever maintains your policy packs to fix the file named above.</source>
        <translation>Le questionnaire ou les référentiels n&apos;ont pas pu être chargés ; aucune évaluation ne peut donc être ouverte :

{problem}

Réinstallez Reviewer, ou demandez au responsable de vos référentiels de corriger le fichier indiqué ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>Details are in the log file.</source>
        <translation>Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Signing identity: {0}</source>
        <translation>Identité de signature : {0}</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message numerus="yes">
        <location filename="../../ui/assessment/missing.py" line="58"/>
        <source>Provisional: required answers missing: %n.</source>
        <translation>
            <numerusform>Provisoire : %n réponse obligatoire manquante.</numerusform>
            <numerusform>Provisoire : %n réponses obligatoires manquantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment/missing.py" line="60"/>
        <source>Required answers still missing: %n.</source>
        <translation>
            <numerusform>Il manque encore %n réponse obligatoire.</numerusform>
            <numerusform>Il manque encore %n réponses obligatoires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assessment/missing.py" line="64"/>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/missing.py" line="83"/>
        <source>Missing answers in {section}: {terms}</source>
        <translation>Réponses manquantes dans {section} : {terms}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/missing.py" line="87"/>
        <source>Go to the question</source>
        <translation>Aller à la question</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="69"/>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="72"/>
        <source>Describe the proposed deployment. Only the title and applicant are required.</source>
        <translation>Décrivez le déploiement proposé. Seuls le titre et le demandeur sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="78"/>
        <source>e.g. Body cameras for patrols</source>
        <translation>ex. Caméras-piétons pour les patrouilles</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="80"/>
        <source>The organisation that applies</source>
        <translation>L&apos;organisation qui fait la demande</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="82"/>
        <source>e.g. VisionGuard 4.2</source>
        <translation>ex. VisionGuard 4.2</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="85"/>
        <source>Who countersigns: their email is best</source>
        <translation>Qui contresigne : de préférence son adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="86"/>
        <source>Due by</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="92"/>
        <source>The review has a due date</source>
        <translation>L&apos;évaluation a une date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="101"/>
        <source>Title (required)</source>
        <translation>Titre (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="101"/>
        <source>Title of the deployment</source>
        <translation>Titre du déploiement</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="102"/>
        <source>Applicant (required)</source>
        <translation>Demandeur (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="102"/>
        <source>Applicant organisation</source>
        <translation>Organisation demandeuse</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="103"/>
        <source>System and version</source>
        <translation>Système et version</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="103"/>
        <source>System name and version</source>
        <translation>Nom et version du système</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="104"/>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="105"/>
        <source>Assigned approver</source>
        <translation>Approbateur désigné</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="93"/>
        <location filename="../../ui/reviews/new_review.py" line="110"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/new_review.py" line="116"/>
        <source>Create review</source>
        <translation>Créer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="234"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>ObligationRow</name>
    <message>
        <location filename="../../ui/decision/obligations.py" line="69"/>
        <source>State of: {0}</source>
        <translation>État de : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="74"/>
        <source>Why it does not apply (required)</source>
        <translation>Pourquoi elle est sans objet (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="75"/>
        <source>Why it does not apply: {0}</source>
        <translation>Pourquoi elle est sans objet : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="82"/>
        <source>Pre-marked because you answered: {answers}.</source>
        <translation>Pré-cochée parce que vous avez répondu : {answers}.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="89"/>
        <source>Evidence for: {0}</source>
        <translation>Justificatifs pour : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="98"/>
        <source>No file is attached to the review yet</source>
        <translation>Aucun fichier n’est encore joint à l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="126"/>
        <source>Evidence ({count})</source>
        <translation>Justificatifs ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="126"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
</context>
<context>
    <name>ObligationsChecklist</name>
    <message>
        <location filename="../../ui/decision/obligations.py" line="33"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="34"/>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="35"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/decision/obligations.py" line="144"/>
        <source>No obligation: no triggered clause carries one.</source>
        <translation>Aucune obligation : aucune clause déclenchée n’en comporte.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ui/overview/screen.py" line="49"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="50"/>
        <source>Done</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="51"/>
        <source>Waived</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="235"/>
        <location filename="../../ui/overview/screen.py" line="102"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="106"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="107"/>
        <source>Count again (F5)</source>
        <translation>Recompter (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="53"/>
        <location filename="../../ui/overview/screen.py" line="113"/>
        <source>Awaiting my approval</source>
        <translation>En attente de mon approbation</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="54"/>
        <location filename="../../ui/overview/screen.py" line="114"/>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="55"/>
        <location filename="../../ui/overview/screen.py" line="115"/>
        <source>Overdue conditions</source>
        <translation>Conditions en retard</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="56"/>
        <location filename="../../ui/overview/screen.py" line="116"/>
        <source>Suspended</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="57"/>
        <location filename="../../ui/overview/screen.py" line="117"/>
        <source>Re-review in 30 days</source>
        <translation>Réexamen sous 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="122"/>
        <source>Verdicts by month</source>
        <translation>Verdicts par mois</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="122"/>
        <source>No review was created in the last 12 months.</source>
        <translation>Aucune évaluation n’a été créée au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="125"/>
        <source>Decisions by outcome</source>
        <translation>Décisions par issue</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="125"/>
        <source>No decision yet.</source>
        <translation>Aucune décision pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="128"/>
        <source>The ten clauses that trigger most</source>
        <translation>Les dix clauses les plus souvent déclenchées</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="129"/>
        <source>No clause triggers yet.</source>
        <translation>Aucune clause déclenchée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="133"/>
        <source>Conditions by status</source>
        <translation>Conditions par statut</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="134"/>
        <source>No condition of approval yet.</source>
        <translation>Aucune condition d’approbation pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="214"/>
        <source>The figures could not be read: {problem}</source>
        <translation>Les chiffres n’ont pas pu être lus : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="232"/>
        <source>As of {day}</source>
        <translation>Au {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="242"/>
        <source>Choose your signing identity in Settings (Signing identities) to see the reviews awaiting your approval.</source>
        <translation>Choisissez votre identité de signature dans les Paramètres (Identités de signature) pour voir les évaluations en attente de votre approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="247"/>
        <source>Open conditions past their due date; opens the reviews that have them.</source>
        <translation>Conditions ouvertes dont l’échéance est passée ; ouvre les évaluations concernées.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="250"/>
        <source>Approvals whose re-review or a condition has lapsed: pending re-review.</source>
        <translation>Approbations dont le réexamen ou une condition est échu : en attente de réexamen.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="289"/>
        <source>{verdict}, {month}: {count}</source>
        <translation>{verdict}, {month} : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="335"/>
        <source>Decided: {outcome}</source>
        <translation>Décision : {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="342"/>
        <source>Clause {clause}</source>
        <translation>Clause {clause}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/screen.py" line="350"/>
        <source>Conditions: {status}</source>
        <translation>Conditions : {status}</translation>
    </message>
</context>
<context>
    <name>OwedQuestionnairePage</name>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="21"/>
        <source>Fundamental rights impact assessment</source>
        <translation>Analyse d&apos;impact sur les droits fondamentaux</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="66"/>
        <source>Progress of {0}</source>
        <translation>Avancement de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="129"/>
        <source>No longer owed</source>
        <translation>Plus exigée</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="132"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="134"/>
        <source>1 required answer missing</source>
        <translation>1 réponse obligatoire manquante</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="135"/>
        <source>{count} required answers missing</source>
        <translation>{count} réponses obligatoires manquantes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="161"/>
        <source>{answered} of {shown} answered</source>
        <translation>{answered} sur {shown} répondues</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="163"/>
        <source>Still needed: {0}</source>
        <translation>Encore nécessaire : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="167"/>
        <source>This review owes this assessment: complete it before the system is first used. An approval waits until every required question is answered.</source>
        <translation>Cette revue exige cette analyse : remplissez-la avant la première utilisation du système. Une approbation attend que toutes les questions obligatoires aient une réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/owed_page.py" line="172"/>
        <source>The current answers no longer call for this assessment. Its answers are kept.</source>
        <translation>Les réponses actuelles n&apos;exigent plus cette analyse. Ses réponses sont conservées.</translation>
    </message>
</context>
<context>
    <name>PackCatalogue</name>
    <message>
        <location filename="../../ui/library/catalogue.py" line="54"/>
        <source>Version {version} of “{title}” is already in the library.</source>
        <translation>La version {version} de « {title} » figure déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library/catalogue.py" line="59"/>
        <source>The library already holds a different version {version} of “{title}”. Give the new file its own version number (the &apos;version&apos; field), then import it again.</source>
        <translation>La bibliothèque contient déjà une autre version {version} de « {title} ». Donnez au nouveau fichier son propre numéro de version (le champ « version »), puis importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="80"/>
        <source>A passphrase</source>
        <translation>Une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="83"/>
        <source>It encrypts your signing key. Reviewer never stores it: you type it each time you sign, and without it the identity cannot be used.</source>
        <translation>Elle chiffre votre clé de signature. Reviewer ne la conserve jamais : vous la saisissez à chaque signature, et sans elle l’identité est inutilisable.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="91"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/wizard.py" line="92"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>PolicyLibrary</name>
    <message>
        <location filename="../../ui/library/screen.py" line="64"/>
        <source>Policy library</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="66"/>
        <source>Import pack version…</source>
        <translation>Importer une version de référentiel…</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="68"/>
        <source>Add a new version of a policy pack from a YAML file; it is checked first</source>
        <translation>Ajouter une nouvelle version d&apos;un référentiel depuis un fichier YAML ; il est vérifié d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="76"/>
        <location filename="../../ui/library/screen.py" line="102"/>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="78"/>
        <source>What a new version changes</source>
        <translation>Ce que change une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="89"/>
        <source>Policy pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="91"/>
        <source>Search clause id, title, summary or citation</source>
        <translation>Rechercher par identifiant, titre, résumé ou référence de clause</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="92"/>
        <source>Search clauses</source>
        <translation>Rechercher des clauses</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="139"/>
        <source>All packs, every version</source>
        <translation>Tous les référentiels, toutes versions</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="142"/>
        <source>{title}, version {version}</source>
        <translation>{title}, version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="172"/>
        <source>{shown} of {total} clauses</source>
        <translation>{shown} clauses sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="215"/>
        <source>Import a policy pack version</source>
        <translation>Importer une version de référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="215"/>
        <source>Policy packs (*.yaml *.yml)</source>
        <translation>Référentiels (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="226"/>
        <location filename="../../ui/library/screen.py" line="241"/>
        <source>Pack not imported</source>
        <translation>Référentiel non importé</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="228"/>
        <source>{path} has {count} problem(s), so nothing was imported:

{problems}

Fix each problem at the place named, or ask the pack&apos;s author to, then import the file again.</source>
        <translation>{path} comporte {count} problème(s) ; rien n&apos;a donc été importé :

{problems}

Corrigez chaque problème à l&apos;endroit indiqué, ou demandez-le à l&apos;auteur du référentiel, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/library/screen.py" line="242"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>PushTab</name>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="79"/>
        <source>Push to the team database</source>
        <translation>Envoyer vers la base de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="81"/>
        <source>postgresql://user@server:5432/reviews</source>
        <translation>postgresql://utilisateur@serveur:5432/evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="82"/>
        <location filename="../../ui/settings/push_tab.py" line="137"/>
        <source>Team database URL</source>
        <translation>URL de la base de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="83"/>
        <source>Only reviews changed since</source>
        <translation>Seulement les évaluations modifiées depuis le</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="84"/>
        <source>Push only the reviews changed since a date</source>
        <translation>N&apos;envoyer que les évaluations modifiées depuis une date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="88"/>
        <source>Changed since</source>
        <translation>Modifiés depuis le</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="95"/>
        <source>Push to team database…</source>
        <translation>Envoyer vers la base de l&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="97"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="99"/>
        <source>Stop after the reviews being written; a later push sends the rest</source>
        <translation>Arrêter après les évaluations en cours d&apos;écriture ; un envoi ultérieur enverra le reste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="109"/>
        <source>Push progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="110"/>
        <location filename="../../ui/settings/push_tab.py" line="224"/>
        <source>%v of %m reviews</source>
        <translation>%v évaluations sur %m</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="114"/>
        <source>Sends every review of this computer&apos;s database that the team database lacks or has older. Each review is checked here first (its history, evidence and signed reports); a review changed on both sides is refused, never merged. The same as `reviewer db push --to URL`.</source>
        <translation>Envoie chaque évaluation de la base de cet ordinateur qui manque à la base de l&apos;équipe ou y est plus ancienne. Chaque évaluation est d&apos;abord vérifiée ici (son historique, ses pièces justificatives et ses rapports signés) ; une évaluation modifiée des deux côtés est refusée, jamais fusionnée. Équivaut à `reviewer db push --to URL`.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="130"/>
        <source>Reviews sent and refused</source>
        <translation>Évaluations envoyées et refusées</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="160"/>
        <source>The database is not open yet</source>
        <translation>La base de données n&apos;est pas encore ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="180"/>
        <source>Type the team database&apos;s URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL de la base de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="214"/>
        <source>Stopping… %v of %m reviews</source>
        <translation>Arrêt en cours… %v évaluations sur %m</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="233"/>
        <source>Pushed to {target}: {new} new, {updated} updated, {unchanged} already there, {refused} refused.</source>
        <translation>Envoyé vers {target} : {new} nouveau(x), {updated} mis à jour, {unchanged} déjà présent(s), {refused} refusé(s).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="244"/>
        <source>Stopped at your request after {done} of {total} reviews: every review sent is complete there, and pushing again sends the rest.</source>
        <translation>Arrêté à votre demande après {done} évaluations sur {total} : chaque évaluation envoyée y est complète, et un nouvel envoi enverra le reste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="249"/>
        <source>Sent: {reference}</source>
        <translation>Envoyé : {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="250"/>
        <source>Updated: {reference}</source>
        <translation>Mis à jour : {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="252"/>
        <source>Refused: {reference}: {reason}</source>
        <translation>Refusé : {reference} : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/push_tab.py" line="270"/>
        <source>{problem}

Nothing more was sent. Correct it and push again.</source>
        <translation>{problem}

Rien de plus n&apos;a été envoyé. Corrigez le problème et relancez l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../ui/intake/section_page.py" line="55"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="57"/>
        <source>Required question</source>
        <translation>Question obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="63"/>
        <source>Follow-up: asked because {0}</source>
        <translation>Question complémentaire : posée car {0}</translation>
    </message>
</context>
<context>
    <name>ReassessmentView</name>
    <message>
        <location filename="../../ui/library/reassess.py" line="113"/>
        <source>Answers to re-assess</source>
        <translation>Réponses à réévaluer</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="117"/>
        <location filename="../../ui/library/reassess.py" line="124"/>
        <source>Policy pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="119"/>
        <location filename="../../ui/library/reassess.py" line="125"/>
        <source>Version in force</source>
        <translation>Version en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="121"/>
        <location filename="../../ui/library/reassess.py" line="126"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="123"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="128"/>
        <source>No database is open, so the answers come from the shipped example reviews.</source>
        <translation>Aucune base de données n&apos;est ouverte : les réponses viennent donc des évaluations d&apos;exemple fournis.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="138"/>
        <source>Verdict now:</source>
        <translation>Verdict actuel :</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="141"/>
        <source>With the new version:</source>
        <translation>Avec la nouvelle version :</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="148"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="148"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="148"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="148"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="152"/>
        <source>Clauses that change</source>
        <translation>Clauses qui changent</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="182"/>
        <source>The answers are those of the {count} most recently changed reviews.</source>
        <translation>Les réponses sont celles des {count} évaluations modifiées le plus récemment.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="246"/>
        <source>There are no example answers to re-assess.</source>
        <translation>Il n&apos;y a aucune réponse d&apos;exemple à réévaluer.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="257"/>
        <source>Both sides use the same version. Import a new version to compare.</source>
        <translation>Les deux côtés utilisent la même version. Importez une nouvelle version pour comparer.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="259"/>
        <source>The new version changes nothing for these answers.</source>
        <translation>La nouvelle version ne change rien pour ces réponses.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="261"/>
        <source>{0} clause(s) change for these answers.</source>
        <translation>{0} clause(s) changent pour ces réponses.</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="270"/>
        <source>Now triggers</source>
        <translation>Se déclenche désormais</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="271"/>
        <source>No longer triggers</source>
        <translation>Ne se déclenche plus</translation>
    </message>
    <message>
        <location filename="../../ui/library/reassess.py" line="272"/>
        <source>Severity changed</source>
        <translation>Gravité modifiée</translation>
    </message>
</context>
<context>
    <name>RecentReviews</name>
    <message>
        <location filename="../../ui/overview/recent.py" line="113"/>
        <location filename="../../ui/overview/recent.py" line="133"/>
        <source>Recently updated reviews</source>
        <translation>Évaluations modifiées récemment</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="159"/>
        <source>All reviews…</source>
        <translation>Toutes les évaluations…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="162"/>
        <source>Show every review on the Reviews screen</source>
        <translation>Afficher toutes les évaluations dans l’écran Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="169"/>
        <source>Click a review, or press Enter, to open it</source>
        <translation>Cliquez sur une évaluation, ou appuyez sur Entrée, pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/overview/recent.py" line="206"/>
        <source>These reviews were read straight from the database. They can be opened in a moment, once the database is fully open.</source>
        <translation>Ces évaluations ont été lues directement dans la base de données. Elles pourront être ouvertes dans un instant, dès que la base sera entièrement ouverte.</translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <location filename="../../ui/reviews/export.py" line="56"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/export.py" line="57"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/export.py" line="66"/>
        <source>{file}: choose a name ending in .csv, .xlsx or .json; the ending picks the format.</source>
        <translation>{file} : choisissez un nom se terminant par .csv, .xlsx ou .json ; l’extension détermine le format.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/export.py" line="93"/>
        <source>The register was not exported</source>
        <translation>Le registre n’a pas été exporté</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/export.py" line="94"/>
        <source>{problem}

Nothing was written; choose another place and try again.</source>
        <translation>{problem}

Rien n’a été écrit ; choisissez un autre emplacement et réessayez.</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../ui/reviews/columns.py" line="12"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/columns.py" line="13"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/columns.py" line="14"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/columns.py" line="15"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/columns.py" line="16"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/columns.py" line="17"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="229"/>
        <source>Approver: {approver}</source>
        <translation>Approbateur : {approver}</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="233"/>
        <source>Revision {number}: reopened, so earlier decisions and signed PDFs are superseded.</source>
        <translation>Révision {number} : rouvert ; les décisions et PDF signés antérieurs sont remplacés.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="246"/>
        <source>Provisional: required questions are unanswered, and any of them could change the verdict.</source>
        <translation>Provisoire : des questions obligatoires sont sans réponse, et chacune peut changer le verdict.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="250"/>
        <source>Provisional: required questions are unanswered; the verdict can only stay or become more serious.</source>
        <translation>Provisoire : des questions obligatoires sont sans réponse ; le verdict ne peut que rester le même ou s’aggraver.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="263"/>
        <source>Suspended, pending re-review</source>
        <translation>Suspendu, en attente de réexamen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="269"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>ReviewStates</name>
    <message>
        <location filename="../../ui/reviews/states.py" line="19"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="20"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="21"/>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="22"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="23"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="24"/>
        <source>Escalated</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="25"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="32"/>
        <source>it is decided and not yet signed</source>
        <translation>elle est décidée et pas encore signée</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="33"/>
        <source>it is signed and awaiting approval; reopen it to change anything</source>
        <translation>elle est signée et attend l&apos;approbation ; rouvrez-la pour modifier quoi que ce soit</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="37"/>
        <source>it is approved (countersigned); reopen it to change anything</source>
        <translation>elle est approuvée (contresignée) ; rouvrez-la pour modifier quoi que ce soit</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="40"/>
        <source>the approver returned it; reopen it for changes</source>
        <translation>l&apos;approbateur l&apos;a renvoyée ; rouvrez-la pour la modifier</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="41"/>
        <source>it is escalated and awaits the person it was escalated to</source>
        <translation>elle est transmise et attend la personne à qui elle a été transmise</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="44"/>
        <source>that revision was reopened and is superseded</source>
        <translation>cette révision a été rouverte et est remplacée</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/states.py" line="87"/>
        <source>Read-only: this revision cannot be changed because {reason}.</source>
        <translation>Lecture seule : cette révision ne peut pas être modifiée car {reason}.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="94"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="93"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="333"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="95"/>
        <source>Sign and approve</source>
        <translation>Signer et approuver</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="109"/>
        <source>Reopen for changes…</source>
        <translation>Rouvrir pour modification…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="110"/>
        <source>Reopen this review for changes</source>
        <translation>Rouvrir cette évaluation pour modification</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="316"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="325"/>
        <source>No files</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="327"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="329"/>
        <source>{count} files</source>
        <translation>{count} fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="336"/>
        <source>Ready to sign</source>
        <translation>Prêt à signer</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="342"/>
        <source>Ready to record</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="344"/>
        <source>1 item to do</source>
        <translation>1 point à régler</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="346"/>
        <source>{count} items to do</source>
        <translation>{count} points à régler</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="355"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="356"/>
        <source>{problem}

Your change was not saved; correct it and try again.</source>
        <translation>{problem}

Votre modification n&apos;a pas été enregistrée ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="372"/>
        <source>Someone else changed this review</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="374"/>
        <source>{problem}

Your last change was not saved, so nothing of theirs was overwritten. Reload the latest version, then make your change again.</source>
        <translation>{problem}

Votre dernière modification n&apos;a pas été enregistrée : rien de ce que l&apos;autre personne a saisi n&apos;a donc été écrasé. Rechargez la dernière version, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="377"/>
        <source>Reload latest version</source>
        <translation>Recharger la dernière version</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="402"/>
        <source>Decided: {outcome}, by {who} on {when}.</source>
        <translation>Décision : {outcome}, prise par {who} le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="414"/>
        <source>Recorded as {who}, from your signing identity; sign it with the same identity.</source>
        <translation>Enregistrée au nom de {who}, d&apos;après votre identité de signature ; signez-la avec la même identité.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="418"/>
        <source>You will choose your signing identity: the decision is recorded under its name and email, and only that identity can sign it.</source>
        <translation>Vous choisirez votre identité de signature : la décision est enregistrée sous son nom et son adresse e-mail, et seule cette identité peut la signer.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="461"/>
        <source>Decision saved: {outcome}, by {who}. Next: sign it with the same identity.</source>
        <translation>Décision enregistrée : {outcome}, par {who}. Ensuite : signez-la avec la même identité.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="472"/>
        <source>Reopen for changes</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="474"/>
        <source>Why must {reference} change? The reason is kept in the audit trail, and any PDF signed for this revision is marked superseded.</source>
        <translation>Pourquoi {reference} doit-il changer ? Le motif est conservé dans la piste d&apos;audit, et tout PDF signé pour cette révision est marqué comme remplacé.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="491"/>
        <source>The review was not reopened</source>
        <translation>L&apos;évaluation n&apos;a pas été rouverte</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="492"/>
        <source>{problem}

Refresh the review and try again.</source>
        <translation>{problem}

Actualisez l&apos;évaluation et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="451"/>
        <source>The decision was not recorded</source>
        <translation>La décision n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="452"/>
        <source>{problem}

Correct the decision and record it again.</source>
        <translation>{problem}

Corrigez la décision et enregistrez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>ReviewsListPage</name>
    <message>
        <location filename="../../ui/reviews/first_page.py" line="244"/>
        <location filename="../../ui/reviews/first_page.py" line="266"/>
        <location filename="../../ui/reviews/list_page.py" line="77"/>
        <location filename="../../ui/reviews/list_page.py" line="129"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="82"/>
        <source>Search titles, applicants and answers…</source>
        <translation>Rechercher dans les titres, demandeurs et réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="83"/>
        <source>Search reviews</source>
        <translation>Rechercher des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="86"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="87"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="88"/>
        <source>Awaiting my approval</source>
        <translation>En attente de mon approbation</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="89"/>
        <source>Suspended, pending re-review</source>
        <translation>Suspendu, en attente de réexamen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="94"/>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="95"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="98"/>
        <source>New review…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="100"/>
        <source>Start a new review (Ctrl+N)</source>
        <translation>Commencer un nouvelle évaluation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="101"/>
        <source>Countersign a report…</source>
        <translation>Contresigner un rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="103"/>
        <source>Open a signed decision report you received, check it and approve it</source>
        <translation>Ouvrir un rapport de décision signé que vous avez reçu, le vérifier et l&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="105"/>
        <source>Record countersignature…</source>
        <translation>Enregistrer une contre-signature…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="108"/>
        <source>Take a countersigned report back into this database (you can also drop the PDF on this list)</source>
        <translation>Reprendre un rapport contresigné dans cette base (vous pouvez aussi déposer le PDF sur cette liste)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="113"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="115"/>
        <source>Write the register of the listed reviews to a CSV, XLSX or JSON file</source>
        <translation>Écrire le registre des évaluations affichées dans un fichier CSV, XLSX ou JSON</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="122"/>
        <source>Exporting the register</source>
        <translation>Export du registre en cours</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="150"/>
        <source>Show all reviews</source>
        <translation>Afficher toutes les évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="155"/>
        <location filename="../../ui/reviews/list_page.py" line="330"/>
        <source>No review matches the search and filters.</source>
        <translation>Aucune évaluation ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="185"/>
        <source>No reviews yet</source>
        <translation>Aucune évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="190"/>
        <source>Start a review of a proposed AI deployment, or load the sample reviews to look around first.</source>
        <translation>Commencez l&apos;évaluation d&apos;un projet de déploiement d&apos;IA, ou chargez d&apos;abord les évaluations d&apos;exemple pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="198"/>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="200"/>
        <source>Load sample reviews</source>
        <translation>Charger les évaluations d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="270"/>
        <source>Exported {count} reviews to {file}</source>
        <translation>{count} évaluations exportées dans {file}</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="297"/>
        <source>Showing: {figure}</source>
        <translation>Affichage : {figure}</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="325"/>
        <source>Choose your signing identity in Settings (Signing identities) to see the reviews awaiting your approval.</source>
        <translation>Choisissez votre identité de signature dans les Paramètres (Identités de signature) pour voir les évaluations en attente de votre approbation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reviews/list_page.py" line="337"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <location filename="../../ui/reviews/screen.py" line="116"/>
        <source>{problem}

Correct it and create the review again.</source>
        <translation>{problem}

Corrigez-le et créez l&apos;évaluation à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="131"/>
        <source>Record a countersigned report</source>
        <translation>Enregistrer un rapport contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="131"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="136"/>
        <source>a countersigned decision report (PDF)</source>
        <translation>un rapport de décision contresigné (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="141"/>
        <source>The countersignature was not recorded</source>
        <translation>La contre-signature n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="143"/>
        <source>{problem}

Record the file the approver countersigned, unchanged, for a review signed in this database.</source>
        <translation>{problem}

Enregistrez le fichier contresigné par l&apos;approbateur, sans modification, pour une évaluation signée dans cette base.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="169"/>
        <source>No sample reviews</source>
        <translation>Aucune évaluation d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="170"/>
        <source>No sample files were found in {folder}. Reinstall Reviewer.</source>
        <translation>Aucun fichier d&apos;exemple n&apos;a été trouvé dans {folder}. Réinstallez Reviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="193"/>
        <source>Sample reviews not loaded</source>
        <translation>Évaluations d&apos;exemple non chargées</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="194"/>
        <source>{problem}

Nothing was imported. Reinstall Reviewer.</source>
        <translation>{problem}

Rien n&apos;a été importé. Réinstallez Reviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="217"/>
        <source>The review did not open</source>
        <translation>L&apos;évaluation ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="218"/>
        <source>{problem}

Refresh the list and try again.</source>
        <translation>{problem}

Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="227"/>
        <source>← Reviews</source>
        <translation>← Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="228"/>
        <source>Back to the reviews list</source>
        <translation>Retour à la liste des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="246"/>
        <source>rev. {number}</source>
        <translation>rév. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="250"/>
        <source>Revision {number}: the review was reopened, so the decisions and signed PDFs of earlier revisions are superseded.</source>
        <translation>Révision {number} : l&apos;évaluation a été rouverte ; les décisions et PDF signés des révisions précédentes sont remplacés.</translation>
    </message>
</context>
<context>
    <name>SampleImporter</name>
    <message>
        <location filename="../../ui/welcome/first_run.py" line="74"/>
        <source>No sample reviews were found in {folder}. Reinstall Reviewer to get them.</source>
        <translation>Aucune évaluation d’exemple n’a été trouvée dans {folder}. Réinstallez Reviewer pour les obtenir.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/intake/section_page.py" line="152"/>
        <source>Progress of section {0}</source>
        <translation>Avancement de la section {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="200"/>
        <source>Still needed: {0}</source>
        <translation>Encore nécessaire : {0}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings/screen.py" line="59"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="62"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="65"/>
        <location filename="../../ui/settings/screen.py" line="185"/>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="67"/>
        <location filename="../../ui/settings/screen.py" line="186"/>
        <source>Trust store</source>
        <translation>Magasin de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="68"/>
        <source>Data folders</source>
        <translation>Dossiers de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="70"/>
        <source>Team database</source>
        <translation>Base de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="85"/>
        <source>Empty: the default file {0}</source>
        <translation>Vide : le fichier par défaut {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="87"/>
        <source>Database file or URL</source>
        <translation>Fichier ou URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="91"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="106"/>
        <location filename="../../ui/settings/screen.py" line="183"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="108"/>
        <source>File or URL</source>
        <translation>Fichier ou URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="111"/>
        <source>An SQLite file path, or a PostgreSQL URL such as postgresql://user@server:5432/reviews. Reviewer uses it from the next start.</source>
        <translation>Le chemin d&apos;un fichier SQLite, ou une URL PostgreSQL comme postgresql://utilisateur@serveur:5432/evaluations. Reviewer l&apos;utilise dès le prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="122"/>
        <source>None: signatures carry your computer&apos;s time</source>
        <translation>Aucune : les signatures portent l&apos;heure de votre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="123"/>
        <source>Timestamp authority URL</source>
        <translation>URL de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="125"/>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="127"/>
        <source>Timestamp authority URL (optional)</source>
        <translation>URL de l&apos;autorité d&apos;horodatage (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="130"/>
        <source>With a timestamp authority, each signature carries a trusted time. Without one (offline), the signing time is only the signer&apos;s own claim.</source>
        <translation>Avec une autorité d&apos;horodatage, chaque signature porte une heure de confiance. Sans elle (hors ligne), l&apos;heure de signature n&apos;est que la déclaration du signataire.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="139"/>
        <location filename="../../ui/settings/screen.py" line="146"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="148"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="151"/>
        <source>Takes effect the next time Reviewer starts. Questionnaires and policy packs stay in the language they are written in.</source>
        <translation>Prend effet au prochain démarrage de Reviewer. Les questionnaires et les référentiels restent dans la langue où ils sont rédigés.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="184"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="187"/>
        <source>Logs and crash reports</source>
        <translation>Journaux et rapports de plantage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="188"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="209"/>
        <source>Re-review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="214"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="215"/>
        <source>Limited risk</source>
        <translation>Risque limité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="216"/>
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="220"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="222"/>
        <source>Months until re-review: {0}</source>
        <translation>Mois avant le réexamen : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="228"/>
        <source>An approval is reviewed again after this many months, by verdict; the officer may choose another date on the decision.</source>
        <translation>Une approbation est réexaminée après ce nombre de mois, selon le verdict ; l’agent peut choisir une autre date lors de la décision.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="266"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="295"/>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="295"/>
        <source>Does not work</source>
        <translation>Ne fonctionne pas</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <location filename="../../ui/settings/stores.py" line="27"/>
        <source>{folder}: this folder does not exist; create it or pick another</source>
        <translation>{folder} : ce dossier n&apos;existe pas ; créez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="32"/>
        <source>{path} does not exist yet; Reviewer will create it there.</source>
        <translation>{path} n&apos;existe pas encore ; Reviewer le créera à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="35"/>
        <source>Connected to {url}.</source>
        <translation>Connecté à {url}.</translation>
    </message>
</context>
<context>
    <name>SignatureFields</name>
    <message>
        <location filename="../../ui/verify/findings.py" line="20"/>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="21"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <location filename="../../ui/signing/panel.py" line="81"/>
        <source>Sign and approve</source>
        <translation>Signer et approuver</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="85"/>
        <source>Sign the recorded decision with the identity of the person who decided it. The signed PDF carries the decision, and once signed this revision can never change. The approver then countersigns it (concurs), returns it with a reason, or escalates it.</source>
        <translation>Signez la décision enregistrée avec l&apos;identité de la personne qui l&apos;a prise. Le PDF signé porte la décision, et une fois signée cette révision ne peut plus changer. L&apos;approbateur la contresigne ensuite (il y souscrit), la renvoie avec un motif, ou la transmet.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="95"/>
        <source>Without a timestamp authority the signing time is your own computer&apos;s claim.</source>
        <translation>Sans autorité d&apos;horodatage, l&apos;heure de signature n&apos;est que celle déclarée par votre propre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="97"/>
        <source>The signature is timestamped by {url}.</source>
        <translation>La signature est horodatée par {url}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="107"/>
        <source>Sign and export…</source>
        <translation>Signer et exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="108"/>
        <source>Sign and export the decision report</source>
        <translation>Signer et exporter le rapport de décision</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="111"/>
        <source>Attach the evidence files to the PDF, under the signature</source>
        <translation>Joindre les pièces justificatives au PDF, sous la signature</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="114"/>
        <source>Attach the evidence files to the PDF</source>
        <translation>Joindre les pièces justificatives au PDF</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="116"/>
        <source>Each file goes in with its SHA-256; without this the PDF lists them only</source>
        <translation>Chaque fichier est joint avec son SHA-256 ; sinon, le PDF les liste seulement</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="118"/>
        <source>Save a copy of the signed PDF…</source>
        <translation>Enregistrer une copie du PDF signé…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="120"/>
        <source>Write the signed PDF kept in the database again, byte for byte</source>
        <translation>Réécrire à l’identique le PDF signé conservé dans la base</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="122"/>
        <source>Save a copy of the signed PDF</source>
        <translation>Enregistrer une copie du PDF signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="126"/>
        <source>Signing in progress</source>
        <translation>Signature en cours</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="130"/>
        <location filename="../../ui/signing/panel.py" line="419"/>
        <location filename="../../ui/signing/panel.py" line="431"/>
        <source>Building and signing the report…</source>
        <translation>Création et signature du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="132"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="136"/>
        <source>Countersign…</source>
        <translation>Contresigner…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="137"/>
        <source>Countersign: concur with this decision</source>
        <translation>Contresigner : souscrire à cette décision</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="139"/>
        <source>Return for changes…</source>
        <translation>Renvoyer pour modification…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="140"/>
        <source>Return the review to its officer</source>
        <translation>Renvoyer l&apos;évaluation à son responsable</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="142"/>
        <source>Escalate…</source>
        <translation>Transmettre…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="143"/>
        <source>Escalate the review to a named person</source>
        <translation>Transmettre l&apos;évaluation à une personne nommée</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="196"/>
        <source>Ready to sign: {outcome}, decided by {who}. Sign with that person&apos;s identity.</source>
        <translation>Prêt à signer : {outcome}, décidé par {who}. Signez avec l&apos;identité de cette personne.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="199"/>
        <source>Signed by {signer} on {when}. SHA-256 {digest}</source>
        <translation>Signé par {signer} le {when}. SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="205"/>
        <source>Decided: {outcome}, by {who}.</source>
        <translation>Décidé : {outcome}, par {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="229"/>
        <source>the assigned approver</source>
        <translation>l&apos;approbateur désigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="232"/>
        <source>Once signed, the review awaits approval by {approver}. You may also escalate it to a named person now.</source>
        <translation>Une fois signée, l&apos;évaluation attend l&apos;approbation de {approver}. Vous pouvez aussi le transmettre dès maintenant à une personne nommée.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="237"/>
        <source>Awaiting approval by {approver}. Send them the signed PDF (Save a copy…), or, on a shared database, they open this review and countersign, return or escalate it here. A countersigned PDF comes back through Record countersignature… on the reviews list.</source>
        <translation>En attente de l&apos;approbation de {approver}. Envoyez-lui le PDF signé (Enregistrer une copie…) ou, sur une base partagée, il ouvre cette évaluation et la contresigne, la renvoie ou la transmet ici. Un PDF contresigné revient par « Enregistrer une contre-signature… » dans la liste des évaluations.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="244"/>
        <source>Approved: countersigned by {who}, who concurs with this decision.</source>
        <translation>Approuvé : contresigné par {who}, qui souscrit à cette décision.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="248"/>
        <source>Returned by {who}, who wrote:
“{reason}”
Reopen the review for changes, then decide and sign it again.</source>
        <translation>Renvoyé par {who}, qui a écrit :
« {reason} »
Rouvrez l&apos;évaluation pour modification, puis décidez et signez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="250"/>
        <source>the approver</source>
        <translation>l&apos;approbateur</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="259"/>
        <source>Escalated to {to}, with the reason:
“{reason}”
They countersign or return it.</source>
        <translation>Transmis à {to}, avec le motif :
« {reason} »
Cette personne le contresigne ou le renvoie.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="370"/>
        <source>Save a copy of the signed report</source>
        <translation>Enregistrer une copie du rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="379"/>
        <source>The copy was not written</source>
        <translation>La copie n&apos;a pas été écrite</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="381"/>
        <source>A copy was saved to {path}.</source>
        <translation>Une copie a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="393"/>
        <source>Save the countersigned report</source>
        <translation>Enregistrer le rapport contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="404"/>
        <source>Countersigning the report…</source>
        <translation>Contre-signature du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="433"/>
        <source>{problem}

Check your identity and the trust store, then try again.</source>
        <translation>{problem}

Vérifiez votre identité et le magasin de confiance, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="437"/>
        <source>The report was not countersigned</source>
        <translation>Le rapport n&apos;a pas été contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="444"/>
        <source>Return for changes</source>
        <translation>Renvoyer pour modification</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="446"/>
        <source>Why do you not countersign {reference}? The officer reads this, and it is kept in the audit trail.</source>
        <translation>Pourquoi ne contresignez-vous pas {reference} ? Le responsable le lira, et c&apos;est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="460"/>
        <source>The review was not returned</source>
        <translation>L&apos;évaluation n&apos;a pas été renvoyée</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="467"/>
        <location filename="../../ui/signing/panel.py" line="476"/>
        <source>Escalate</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="468"/>
        <source>Escalate {reference} to whom? Give a name or an email.</source>
        <translation>Transmettre {reference} à qui ? Donnez un nom ou une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="477"/>
        <source>Why does {to} need to decide? This is kept in the audit trail.</source>
        <translation>Pourquoi {to} doit-il décider ? C&apos;est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="488"/>
        <source>The review was not escalated</source>
        <translation>L&apos;évaluation n&apos;a pas été transmise</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="193"/>
        <source>Record a decision first; then you can sign it here.</source>
        <translation>Enregistrez d&apos;abord une décision ; vous pourrez ensuite la signer ici.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="296"/>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="360"/>
        <source>{problem}

Nothing was recorded as signed. Fix this and sign again.</source>
        <translation>{problem}

Rien n&apos;a été enregistré comme signé. Corrigez ce problème et signez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="363"/>
        <source>The report was not signed</source>
        <translation>Le rapport n&apos;a pas été signé</translation>
    </message>
</context>
<context>
    <name>TriggerCard</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="91"/>
        <source>Severity: {0}</source>
        <translation>Gravité : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="94"/>
        <source>House rule</source>
        <translation>Règle interne</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="97"/>
        <source>Our own rule, modelled on the cited text but not a rule of that text.</source>
        <translation>Notre propre règle, inspirée du texte cité mais qui n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="110"/>
        <source>Detail: {0}.</source>
        <translation>Détail : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="112"/>
        <source>Why: {0}.</source>
        <translation>Pourquoi : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="115"/>
        <source>Exception “{title}” does not apply: {why}.</source>
        <translation>L’exception « {title} » ne s’applique pas : {why}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="119"/>
        <source>Exception “{title}”: {why}.</source>
        <translation>Exception « {title} » : {why}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="128"/>
        <source>Citation: {0}</source>
        <translation>Référence : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="129"/>
        <source>Open this clause in the policy library</source>
        <translation>Ouvrir cette clause dans les référentiels</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="28"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="28"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="28"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="29"/>
        <source>Trusted roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="30"/>
        <source>Add certificate…</source>
        <translation>Ajouter un certificat…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="34"/>
        <source>Signatures are trusted when their certificate chains to one of these roots. Add your organisation&apos;s root, or a colleague&apos;s certificate. Folder: {0}</source>
        <translation>Une signature est de confiance quand son certificat remonte à l&apos;une de ces racines. Ajoutez la racine de votre organisation, ou le certificat d&apos;un collègue. Dossier : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="56"/>
        <source>Trust store damaged</source>
        <translation>Magasin de confiance endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="58"/>
        <source>{problem}

Remove or replace that file in the trust store folder.</source>
        <translation>{problem}

Supprimez ou remplacez ce fichier dans le dossier du magasin de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="73"/>
        <source>Add a trusted certificate</source>
        <translation>Ajouter un certificat de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="74"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="83"/>
        <source>Certificate not added</source>
        <translation>Certificat non ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_tab.py" line="84"/>
        <source>{problem}

Choose a PEM or DER certificate file.</source>
        <translation>{problem}

Choisissez un fichier de certificat PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="53"/>
        <source>Verdict: {0}</source>
        <translation>Verdict : {0}</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <location filename="../../ui/verify/view.py" line="42"/>
        <source>Trust this signer…</source>
        <translation>Faire confiance à ce signataire…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="47"/>
        <source>Add the signer&apos;s certificate to this computer&apos;s trust store, after checking it</source>
        <translation>Ajouter le certificat du signataire au magasin de confiance de cet ordinateur, après l&apos;avoir vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="54"/>
        <source>Verification details</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="97"/>
        <source>Signature {number} of {total}</source>
        <translation>Signature {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="100"/>
        <source>Fields not signed yet: {0}</source>
        <translation>Champs pas encore signés : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="102"/>
        <source>Decision (from the decision.json inside the file)</source>
        <translation>Décision (d&apos;après le decision.json contenu dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="130"/>
        <location filename="../../ui/verify/view.py" line="150"/>
        <source>Signer not trusted</source>
        <translation>Signataire non ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="133"/>
        <source>Trust the certificate that signed {field}?

{person}
Issued by: {issuer}
SHA-256 fingerprint:
{fingerprint}

Anyone can make a certificate with any name: compare the fingerprint with the signer (by phone or in person) first.</source>
        <translation>Faire confiance au certificat qui a signé {field} ?

{person}
Délivré par : {issuer}
Empreinte SHA-256 :
{fingerprint}

N&apos;importe qui peut fabriquer un certificat à n&apos;importe quel nom : comparez d&apos;abord l&apos;empreinte avec le signataire (par téléphone ou en personne).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="144"/>
        <source>Trust this signer?</source>
        <translation>Faire confiance à ce signataire ?</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="44"/>
        <location filename="../../ui/verify/view.py" line="144"/>
        <source>Trust this signer</source>
        <translation>Faire confiance à ce signataire</translation>
    </message>
</context>
<context>
    <name>VerifyFindings</name>
    <message>
        <location filename="../../ui/verify/findings.py" line="38"/>
        <source>the whole file</source>
        <translation>l&apos;ensemble du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="39"/>
        <source>its revision; later revisions were added after it</source>
        <translation>sa révision ; des révisions ultérieures ont été ajoutées ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="42"/>
        <source>only part of the file</source>
        <translation>une partie seulement du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="43"/>
        <source>unclear</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="44"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="49"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="51"/>
        <source>document metadata, validation data or timestamps</source>
        <translation>métadonnées du document, données de validation ou horodatages</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="54"/>
        <source>form filling only (such as a countersignature)</source>
        <translation>remplissage de formulaire uniquement (comme une contre-signature)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="57"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="58"/>
        <source>other changes not allowed after signing</source>
        <translation>autres modifications interdites après signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="90"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="97"/>
        <source>certifies the document; form filling is allowed after it</source>
        <translation>certifie le document ; le remplissage de formulaire reste permis ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="101"/>
        <source>approval signature</source>
        <translation>signature d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="105"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="108"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="111"/>
        <source>{time}, from a timestamp authority</source>
        <translation>{time}, par une autorité d&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="116"/>
        <location filename="../../ui/verify/findings.py" line="131"/>
        <source>Signing time</source>
        <translation>Heure de signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="123"/>
        <source>Claimed time</source>
        <translation>Heure déclarée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="128"/>
        <source>{time}: the signer&apos;s own claim; there is no timestamp</source>
        <translation>{time} : déclaration du signataire seulement ; aucun horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="134"/>
        <source>Intact</source>
        <translation>Intègre</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="135"/>
        <source>yes, unchanged since signing</source>
        <translation>oui, inchangé depuis la signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="137"/>
        <source>NO: changed after signing</source>
        <translation>NON : modifié après la signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="144"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="145"/>
        <source>cryptographically valid</source>
        <translation>valide cryptographiquement</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="147"/>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="152"/>
        <source>yes, by root {root}</source>
        <translation>oui, par la racine {root}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="156"/>
        <source>NO: the certificate does not chain to a root in the trust store</source>
        <translation>NON : le certificat ne remonte à aucune racine du magasin de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="163"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="167"/>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="175"/>
        <source>Changes after signing</source>
        <translation>Modifications après signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="183"/>
        <source>holds</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="184"/>
        <source>BROKEN: changes the certification forbids</source>
        <translation>ROMPU : modifications interdites par la certification</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="187"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="191"/>
        <source>DocMDP</source>
        <translation>DocMDP</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="223"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="224"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="228"/>
        <source>Matches the visible report</source>
        <translation>Conforme au rapport visible</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="238"/>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="242"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="245"/>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="248"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="249"/>
        <source>{verdict}, risk score {score}</source>
        <translation>{verdict}, score de risque {score}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="254"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="255"/>
        <source>{who} at {time}</source>
        <translation>{who} le {time}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="259"/>
        <source>Rationale</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="264"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="271"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="278"/>
        <source>Policy pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="318"/>
        <source>NOT FROM YOUR ORGANISATION: the signatures are intact, but this computer does not trust {signers}. Check who that is before relying on this document.</source>
        <translation>HORS DE VOTRE ORGANISATION : les signatures sont intactes, mais cet ordinateur ne fait pas confiance à {signers}. Vérifiez de qui il s&apos;agit avant de vous fier à ce document.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="325"/>
        <source>NOT VALID: do not rely on this document. Reasons:</source>
        <translation>NON VALIDE : ne vous fiez pas à ce document. Raisons :</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="203"/>
        <source>Assessment scored again</source>
        <translation>Évaluation recalculée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="210"/>
        <source>NO: the pinned policy packs give another assessment</source>
        <translation>NON : les référentiels épinglés donnent une autre évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="299"/>
        <source>VALID and countersigned: both signatures are intact and trusted, by two different people, and the report is what Reviewer produced.</source>
        <translation>VALIDE et contresigné : les deux signatures sont intactes et de confiance, par deux personnes différentes, et le rapport est celui que Reviewer a produit.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="308"/>
        <source>VALID, not countersigned yet: the reviewer&apos;s certification holds and the report is what Reviewer produced; no approver has countersigned it.</source>
        <translation>VALIDE, pas encore contresigné : la certification du responsable tient et le rapport est celui que Reviewer a produit ; aucun approbateur ne l’a contresigné.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="225"/>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="214"/>
        <source>not scored again: policy pack {packs} unknown here</source>
        <translation>non recalculée : référentiel {packs} inconnu ici</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="205"/>
        <source>yes: the pinned policy packs give the same assessment</source>
        <translation>oui : les référentiels épinglés donnent la même évaluation</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../ui/verify/screen.py" line="68"/>
        <source>Verify a signed report</source>
        <translation>Vérifier un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="70"/>
        <source>Open PDF…</source>
        <translation>Ouvrir un PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="72"/>
        <source>Add trust root…</source>
        <translation>Ajouter une racine de confiance…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="74"/>
        <source>Trust an organisation&apos;s root certificate for checking signatures</source>
        <translation>Faire confiance au certificat racine d&apos;une organisation pour vérifier les signatures</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="84"/>
        <source>Open a decision report, or drop one here, to check its signatures, whether it changed since signing, who signed it and whether you trust them.</source>
        <translation>Ouvrez un rapport de décision, ou déposez-le ici, pour vérifier ses signatures, s&apos;il a changé depuis la signature, qui l&apos;a signé et si vous faites confiance aux signataires.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="95"/>
        <source>Checking signatures</source>
        <translation>Vérification des signatures</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="122"/>
        <source>Open a signed report</source>
        <translation>Ouvrir un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="132"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="153"/>
        <source>{problem}

Choose a decision report PDF made by Reviewer, or ask its sender for a fresh copy.</source>
        <translation>{problem}

Choisissez un rapport de décision PDF produit par Reviewer, ou demandez-en une nouvelle copie à son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="156"/>
        <source>Cannot verify this file</source>
        <translation>Impossible de vérifier ce fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="192"/>
        <source>SUPERSEDED in this database: revision {old} of {ref} was reopened ({reason}). Its current revision is {new}, {status}; rely on that one instead.</source>
        <translation>REMPLACÉ dans cette base : la révision {old} de {ref} a été rouverte ({reason}). Sa révision actuelle est la {new}, {status} ; fiez-vous à celle-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="202"/>
        <source>In this database: the current decision of {ref}, {status}.</source>
        <translation>Dans cette base : la décision en vigueur de {ref}, {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="216"/>
        <source>Add a trust root</source>
        <translation>Ajouter une racine de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="217"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="228"/>
        <source>Trust root not added</source>
        <translation>Racine de confiance non ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="230"/>
        <source>{problem}

Choose the organisation&apos;s root certificate (a .pem or .der file).</source>
        <translation>{problem}

Choisissez le certificat racine de l&apos;organisation (un fichier .pem ou .der).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="234"/>
        <source>Now trusting {subject}.</source>
        <translation>{subject} est désormais de confiance.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome/install.py" line="22"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/install.py" line="49"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message>
        <location filename="../../ui/welcome/controller.py" line="56"/>
        <source>Sample reviews not loaded</source>
        <translation>Évaluations d’exemple non chargées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/welcome/controller.py" line="59"/>
        <source>Loaded %n sample review(s). Open Reviews to look at them.</source>
        <translation>
            <numerusform>%n évaluation d’exemple chargée. Ouvrez Évaluations pour la consulter.</numerusform>
            <numerusform>%n évaluations d’exemple chargées. Ouvrez Évaluations pour les consulter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="74"/>
        <source>Your signing identity is in {identity}. Share the certificate {certificate} with whoever must trust your signatures.</source>
        <translation>Votre identité de signature est dans {identity}. Partagez le certificat {certificate} avec quiconque doit faire confiance à vos signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="92"/>
        <source>Your organisation&apos;s root: {names}</source>
        <translation>Racine de votre organisation : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="94"/>
        <source>No organisation root is trusted yet.</source>
        <translation>Aucune racine d&apos;organisation n&apos;est encore de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="101"/>
        <source>Your organisation&apos;s root certificate</source>
        <translation>Le certificat racine de votre organisation</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="102"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="109"/>
        <location filename="../../ui/welcome/controller.py" line="123"/>
        <source>Root not added</source>
        <translation>Racine non ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="112"/>
        <source>Trust {name} as your organisation&apos;s root?

SHA-256 fingerprint:
{fingerprint}

Compare it with the fingerprint your organisation published: anyone can make a certificate with any name.</source>
        <translation>Faire confiance à {name} comme racine de votre organisation ?

Empreinte SHA-256 :
{fingerprint}

Comparez-la avec l&apos;empreinte publiée par votre organisation : n&apos;importe qui peut fabriquer un certificat à n&apos;importe quel nom.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="117"/>
        <source>Trust this root?</source>
        <translation>Faire confiance à cette racine ?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="117"/>
        <source>Trust this root</source>
        <translation>Faire confiance à cette racine</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/controller.py" line="127"/>
        <source>Signatures by identities that {name} issued now show as trusted.</source>
        <translation>Les signatures des identités délivrées par {name} apparaissent désormais comme de confiance.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome/page.py" line="11"/>
        <source>Intake</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="12"/>
        <source>Answer the questionnaire about the proposed AI deployment.</source>
        <translation>Répondez au questionnaire sur le projet de déploiement d’IA.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="18"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="19"/>
        <source>See the verdict and the policy clauses it rests on; decide and say why.</source>
        <translation>Voyez le verdict et les clauses des référentiels sur lesquelles il repose ; décidez et dites pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="25"/>
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="26"/>
        <source>Sign the decision report; an approver countersigns it.</source>
        <translation>Signez le rapport de décision ; un approbateur le contresigne.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="53"/>
        <source>Welcome to Reviewer</source>
        <translation>Bienvenue dans Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="57"/>
        <source>Reviewer helps you review a proposed AI deployment in three steps. Everything stays on this computer.</source>
        <translation>Reviewer vous aide à évaluer un projet de déploiement d’IA en trois étapes. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="70"/>
        <source>Load sample reviews</source>
        <translation>Charger les évaluations d’exemple</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="71"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="72"/>
        <source>Trust your organisation&apos;s root…</source>
        <translation>Faire confiance à la racine de votre organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/page.py" line="76"/>
        <source>Add the root certificate your organisation gave you, once: signatures from identities it issued then show as trusted.</source>
        <translation>Ajoutez une fois le certificat racine fourni par votre organisation : les signatures des identités qu&apos;elle a délivrées apparaissent alors comme de confiance.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/startup.py" line="157"/>
        <source>Reviewer did not finish starting</source>
        <translation>Le démarrage de Reviewer n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Reviewer hit an unexpected problem. Your answers so far are kept in this window.

A crash report was written to:
{report}

Please send that file to your support contact.</source>
        <translation>Reviewer a rencontré un problème inattendu. Vos réponses sont conservées dans cette fenêtre.

Un rapport de plantage a été écrit ici :
{report}

Merci d&apos;envoyer ce fichier à votre support.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="72"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
</TS>
