<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="138"/>
        <source>Live assessment</source>
        <translation>Évaluation en direct</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="149"/>
        <source>Triggered clauses</source>
        <translation>Clauses déclenchées</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="155"/>
        <source>Obligations if approved</source>
        <translation>Obligations en cas d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="175"/>
        <source>Risk score {score} · 1 clause triggered</source>
        <translation>Score de risque {score} · 1 clause déclenchée</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="177"/>
        <source>Risk score {score} · {count} clauses triggered</source>
        <translation>Score de risque {score} · {count} clauses déclenchées</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="182"/>
        <source>Provisional: required answers missing: {0}.</source>
        <translation>Provisoire : réponses obligatoires manquantes : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="197"/>
        <source>No clause is triggered by the answers so far.</source>
        <translation>Aucune clause n&apos;est déclenchée par les réponses données jusqu&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="207"/>
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
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="36"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="37"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="38"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="39"/>
        <source>Evidence attached</source>
        <translation>Pièce justificative jointe</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="40"/>
        <source>Policy imported</source>
        <translation>Référentiel importé</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="86"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="88"/>
        <source>Open a review to see its history here.</source>
        <translation>Ouvrez un examen pour afficher ici son historique.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="94"/>
        <source>Verify the chain again</source>
        <translation>Revérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="97"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="102"/>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="132"/>
        <source>History of “{title}” ({id})</source>
        <translation>Historique de « {title} » ({id})</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="144"/>
        <source>History not shown</source>
        <translation>Historique non affiché</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="145"/>
        <source>{problem}

Open the review again from the list.</source>
        <translation>{problem}

Rouvrez l&apos;examen depuis la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="157"/>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="171"/>
        <source>✓ Audit chain intact: {events} events and {reviews} reviews check out.</source>
        <translation>✓ Chaîne d&apos;audit intègre : {events} événements et {reviews} examens vérifiés sans anomalie.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="175"/>
        <source>✗ Audit chain BROKEN: {problem}. Do not rely on this history; run &apos;reviewer db check&apos; and tell your administrator.</source>
        <translation>✗ Chaîne d&apos;audit ROMPUE : {problem}. Ne vous fiez pas à cet historique ; exécutez « reviewer db check » et prévenez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="177"/>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/audit/screen.py" line="187"/>
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
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="73"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="73"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="85"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="88"/>
        <source>Clear the answer to: {0}</source>
        <translation>Effacer la réponse à : {0}</translation>
    </message>
</context>
<context>
    <name>ClauseDetail</name>
    <message>
        <location filename="../../ui/library/detail.py" line="28"/>
        <source>Clause in full</source>
        <translation>Clause complète</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="37"/>
        <source>Choose a clause to read it in full.</source>
        <translation>Choisissez une clause pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="44"/>
        <source>{clause} · {pack}, version {version} · {points} risk points</source>
        <translation>{clause} · {pack}, version {version} · {points} points de risque</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="52"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="54"/>
        <source>Triggers when</source>
        <translation>Se déclenche quand</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="57"/>
        <source>Obligations if approved</source>
        <translation>Obligations en cas d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="58"/>
        <location filename="../../ui/library/detail.py" line="96"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="60"/>
        <source>Questions it depends on</source>
        <translation>Questions dont elle dépend</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="63"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="79"/>
        <source>Source text read on {0}</source>
        <translation>Texte source lu le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="80"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="92"/>
        <source>Applies when: {0}</source>
        <translation>S&apos;applique quand : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="95"/>
        <source>Then: {0}</source>
        <translation>Alors : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library/detail.py" line="96"/>
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
        <location filename="../../ui/intake/fields.py" line="138"/>
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
    <name>ConditionsModel</name>
    <message>
        <location filename="../../ui/decision/controller.py" line="53"/>
        <source>From the policy obligations</source>
        <translation>Issue des obligations du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="55"/>
        <source>Added by you</source>
        <translation>Ajoutée par vous</translation>
    </message>
</context>
<context>
    <name>CountersignPage</name>
    <message>
        <location filename="../../ui/signing/countersign.py" line="75"/>
        <source>← Reviews</source>
        <translation>← Examens</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="76"/>
        <source>Back to the reviews list</source>
        <translation>Retour à la liste des examens</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="78"/>
        <source>Countersign a report</source>
        <translation>Contresigner un rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="82"/>
        <source>Open or drop a decision report signed by a reviewer. Check what it says and whether it verifies, then approve it with your own identity. Four eyes: the reviewer who signed it cannot also approve it.</source>
        <translation>Ouvrez ou déposez un rapport de décision signé par un examinateur. Vérifiez ce qu&apos;il indique et s&apos;il passe la vérification, puis approuvez-le avec votre propre identité. Principe des quatre yeux : l&apos;examinateur qui l&apos;a signé ne peut pas aussi l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="90"/>
        <source>Open a report…</source>
        <translation>Ouvrir un rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="92"/>
        <source>Countersign…</source>
        <translation>Contresigner…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="93"/>
        <source>Countersign the report</source>
        <translation>Contresigner le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="100"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="133"/>
        <source>Open a signed report</source>
        <translation>Ouvrir un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="145"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="178"/>
        <source>Save the countersigned report</source>
        <translation>Enregistrer le rapport contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="185"/>
        <source>Countersigning…</source>
        <translation>Contre-signature en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="202"/>
        <source>Countersigned by {who} and saved to {path}.</source>
        <translation>Contresigné par {who} et enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="222"/>
        <source>Countersignature not noted in the audit trail</source>
        <translation>Contre-signature non consignée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="224"/>
        <source>{problem}

The countersigned file was written; keep it, and tell your administrator that the audit trail does not show it.</source>
        <translation>{problem}

Le fichier contresigné a bien été écrit ; conservez-le, et signalez à votre administrateur que le journal d&apos;audit ne le mentionne pas.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="238"/>
        <source>Four eyes: you cannot approve your own report</source>
        <translation>Principe des quatre yeux : vous ne pouvez pas approuver votre propre rapport</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="240"/>
        <source>The report was not countersigned</source>
        <translation>Le rapport n&apos;a pas été contresigné</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="243"/>
        <source>Ask a different approver to countersign it.</source>
        <translation>Demandez à un autre approbateur de le contresigner.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/countersign.py" line="245"/>
        <source>Check the file and your identity, then try again.</source>
        <translation>Vérifiez le fichier et votre identité, puis réessayez.</translation>
    </message>
    <message>
        <source>Ask the approver the report names to countersign it.</source>
        <translation>Demandez à l’approbateur désigné dans le rapport de le contresigner.</translation>
    </message>
    <message>
        <source>Decision: {outcome}, verdict {verdict}. Rationale: {rationale}</source>
        <translation>Décision : {outcome}, verdict {verdict}. Motifs : {rationale}</translation>
    </message>
    <message>
        <source>Do not rely on this file. Ask its sender for the report as Reviewer wrote it.</source>
        <translation>Ne vous fiez pas à ce fichier. Demandez à son expéditeur le rapport tel que Reviewer l’a écrit.</translation>
    </message>
    <message>
        <source>It verifies. Read the decision below, then countersign it if you concur.</source>
        <translation>Il est vérifié. Lisez la décision ci-dessous, puis contresignez-le si vous y souscrivez.</translation>
    </message>
    <message>
        <source>Nothing more to sign: keep the countersigned file.</source>
        <translation>Plus rien à signer : conservez le fichier contresigné.</translation>
    </message>
    <message>
        <source>The report does not verify, so it was not countersigned</source>
        <translation>Le rapport n’est pas vérifié : il n’a pas été contresigné</translation>
    </message>
    <message>
        <source>The report is already countersigned</source>
        <translation>Le rapport est déjà contresigné</translation>
    </message>
    <message>
        <source>This report does not verify, so it cannot be countersigned. The reasons are listed below.</source>
        <translation>Ce rapport n’est pas vérifié : il ne peut pas être contresigné. Les raisons figurent ci-dessous.</translation>
    </message>
    <message>
        <source>This report is already countersigned.</source>
        <translation>Ce rapport est déjà contresigné.</translation>
    </message>
    <message>
        <source>You are not this report&apos;s approver</source>
        <translation>Vous n’êtes pas l’approbateur de ce rapport</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="268"/>
        <source>Set date…</source>
        <translation>Saisir une date…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="279"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="281"/>
        <source>Clear the date: {0}</source>
        <translation>Effacer la date : {0}</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <location filename="../../ui/decision/controller.py" line="154"/>
        <source>Approval is not possible: this use is prohibited by {clauses}. Reject it, or escalate it if you believe the assessment is wrong.</source>
        <translation>Approbation impossible : cet usage est interdit par {clauses}. Rejetez-le, ou transmettez-le à l&apos;échelon supérieur si vous pensez que l&apos;évaluation est erronée.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="188"/>
        <source>Answer the required questions: {0}.</source>
        <translation>Répondez aux questions obligatoires : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="191"/>
        <source>Choose an outcome.</source>
        <translation>Choisissez une décision.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="193"/>
        <source>Write a rationale: say why you decided this way.</source>
        <translation>Rédigez une motivation : expliquez pourquoi vous avez décidé ainsi.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/controller.py" line="196"/>
        <source>Add at least one condition of approval.</source>
        <translation>Ajoutez au moins une condition d&apos;approbation.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision/panel.py" line="30"/>
        <source>The deployment may go ahead as described.</source>
        <translation>Le déploiement peut avoir lieu tel que décrit.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="33"/>
        <source>It may go ahead once the conditions below are met.</source>
        <translation>Il peut avoir lieu une fois les conditions ci-dessous remplies.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="36"/>
        <source>The deployment may not go ahead.</source>
        <translation>Le déploiement ne peut pas avoir lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="37"/>
        <source>Refer the review to the next level of authority.</source>
        <translation>Transmettre l&apos;examen à l&apos;échelon hiérarchique supérieur.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="64"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="69"/>
        <source>Decide on the deployment as assessed. Your rationale goes into the signed report.</source>
        <translation>Décidez du déploiement tel qu&apos;évalué. Votre motivation figurera dans le rapport signé.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="79"/>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="84"/>
        <source>Outcome: {0}</source>
        <translation>Décision : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="95"/>
        <location filename="../../ui/decision/panel.py" line="99"/>
        <source>Rationale (required)</source>
        <translation>Motivation (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="98"/>
        <source>Say why you decided this way.</source>
        <translation>Expliquez pourquoi vous avez décidé ainsi.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="106"/>
        <location filename="../../ui/decision/panel.py" line="115"/>
        <source>Conditions of approval</source>
        <translation>Conditions d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="108"/>
        <source>Pre-filled from the obligations; double-click or press F2 to edit.</source>
        <translation>Préremplies à partir des obligations ; double-cliquez ou appuyez sur F2 pour modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="125"/>
        <source>Add condition…</source>
        <translation>Ajouter une condition…</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="126"/>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="127"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="128"/>
        <source>Remove the selected condition</source>
        <translation>Retirer la condition sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="141"/>
        <location filename="../../ui/decision/panel.py" line="142"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="184"/>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="184"/>
        <source>Condition of approval:</source>
        <translation>Condition d&apos;approbation :</translation>
    </message>
    <message>
        <location filename="../../ui/decision/panel.py" line="200"/>
        <source>The decision cannot be recorded</source>
        <translation>La décision ne peut pas être enregistrée</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence/panel.py" line="62"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="66"/>
        <source>Drop files here, or attach them, to keep them with the review. Each file is stored in the database with its SHA-256 hash and listed in the signed report.</source>
        <translation>Déposez des fichiers ici, ou joignez-les, pour les conserver avec l&apos;examen. Chaque fichier est enregistré dans la base de données avec son empreinte SHA-256 et répertorié dans le rapport signé.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="74"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="74"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="74"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="78"/>
        <source>Evidence files</source>
        <translation>Fichiers justificatifs</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="88"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="89"/>
        <source>Attach an evidence file</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="90"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="91"/>
        <source>Open the selected evidence file</source>
        <translation>Ouvrir la pièce justificative sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="125"/>
        <source>Attach evidence</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="125"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="136"/>
        <source>{name} is larger than 100 MB; attach a smaller extract</source>
        <translation>{name} dépasse 100 Mo ; joignez un extrait plus petit</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="144"/>
        <source>Evidence not attached</source>
        <translation>Pièce justificative non jointe</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="145"/>
        <source>{name}: {problem}

Check the file and attach it again.</source>
        <translation>{name} : {problem}

Vérifiez le fichier et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="189"/>
        <location filename="../../ui/evidence/panel.py" line="196"/>
        <source>Evidence not opened</source>
        <translation>Pièce justificative non ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="190"/>
        <source>{problem}

Run a database check from Settings.</source>
        <translation>{problem}

Lancez une vérification de la base de données depuis les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel.py" line="197"/>
        <source>No application opens {name}. It was saved to {path}.</source>
        <translation>Aucune application ne peut ouvrir {name}. Le fichier a été enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="57"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="57"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="57"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="58"/>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="59"/>
        <source>Use for signing</source>
        <translation>Utiliser pour signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="61"/>
        <source>Import identity…</source>
        <translation>Importer une identité…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="76"/>
        <source>Create identity</source>
        <translation>Créer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="83"/>
        <source>Create a self-signed identity</source>
        <translation>Créer une identité autosignée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="86"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="87"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="89"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="90"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="96"/>
        <source>The passphrase protects the key and is never stored: you type it each time you sign. The certificate is added to this computer&apos;s trust store.</source>
        <translation>La phrase secrète protège la clé et n&apos;est jamais enregistrée : vous la saisissez à chaque signature. Le certificat est ajouté au magasin de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="106"/>
        <source>Folder: {0}</source>
        <translation>Dossier : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="122"/>
        <source>(locked: shown when you sign)</source>
        <translation>(verrouillé : affiché lors de la signature)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="133"/>
        <source>Used for signing: {0}</source>
        <translation>Utilisée pour signer : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="135"/>
        <source>No identity chosen for signing yet.</source>
        <translation>Aucune identité n&apos;est encore choisie pour signer.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="143"/>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="143"/>
        <source>Select an identity in the list.</source>
        <translation>Sélectionnez une identité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="158"/>
        <location filename="../../ui/settings/signing_tabs.py" line="165"/>
        <location filename="../../ui/settings/signing_tabs.py" line="194"/>
        <source>Identity not created</source>
        <translation>Identité non créée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="159"/>
        <source>Fill in your full name, email and organisation.</source>
        <translation>Indiquez votre nom complet, votre courriel et votre organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="166"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="199"/>
        <source>Import a signing identity</source>
        <translation>Importer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="199"/>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>Identités PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="205"/>
        <source>Identity passphrase</source>
        <translation>Phrase secrète de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="206"/>
        <source>Passphrase of {name} (it is not stored):</source>
        <translation>Phrase secrète de {name} (elle n&apos;est pas enregistrée) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="217"/>
        <source>Identity not imported</source>
        <translation>Identité non importée</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="218"/>
        <source>{problem}

Check the passphrase with whoever issued the file.</source>
        <translation>{problem}

Vérifiez la phrase secrète auprès de l&apos;émetteur du fichier.</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <location filename="../../ui/intake/controller.py" line="38"/>
        <source>Draft kept in memory</source>
        <translation>Brouillon conservé en mémoire</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="86"/>
        <source>Does not apply</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="87"/>
        <source>{answered} of {shown} answered</source>
        <translation>{answered} sur {shown} répondues</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="92"/>
        <source> · {count} required missing</source>
        <translation> · {count} obligatoires manquantes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="233"/>
        <source>Enter a number, for example 250 or 12.5.</source>
        <translation>Saisissez un nombre, par exemple 250 ou 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/controller.py" line="237"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="50"/>
        <source>Review steps</source>
        <translation>Étapes de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="67"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="71"/>
        <source>Previous step ({0})</source>
        <translation>Étape précédente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="73"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="74"/>
        <location filename="../../ui/intake/view.py" line="184"/>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="75"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="184"/>
        <source>Next: {0} →</source>
        <translation>Suivant : {0} →</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="185"/>
        <source>Next step ({0})</source>
        <translation>Étape suivante ({0})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/theme.py" line="61"/>
        <source>Prohibited use</source>
        <translation>Usage interdit</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="62"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="63"/>
        <source>Limited risk</source>
        <translation>Risque limité</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="64"/>
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="69"/>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="70"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="71"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="72"/>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="77"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="78"/>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="79"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="80"/>
        <source>Escalate</source>
        <translation>Transmettre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Policy library</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Draft review. The reviews list, storage and signing arrive in later releases; this draft lives in memory until you close the window.</source>
        <translation>Examen en brouillon. La liste des examens, l&apos;enregistrement et la signature arrivent dans de prochaines versions ; ce brouillon reste en mémoire jusqu&apos;à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Browse policy packs and their clauses, with each clause&apos;s citation and the questions it depends on; import a new pack version and see what it changes.</source>
        <translation>Parcourez les référentiels et leurs clauses, avec la référence de chaque clause et les questions dont elle dépend ; importez une nouvelle version d&apos;un référentiel et voyez ce qu&apos;elle change.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Follow a review&apos;s history in the hash-chained audit log, with the chain&apos;s verification status.</source>
        <translation>Suivez l&apos;historique d&apos;un examen dans le journal d&apos;audit chaîné par empreintes, avec l&apos;état de vérification de la chaîne.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Open or drop a signed decision report to check its signatures.</source>
        <translation>Ouvrez ou déposez un rapport de décision signé pour en vérifier les signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Choose the database, signing identities, the trust store and the language.</source>
        <translation>Choisissez la base de données, les identités de signature, le magasin de confiance et la langue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>{screen} (Ctrl+{number})</source>
        <translation>{screen} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>opening…</source>
        <translation>ouverture en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>not open ({problem})</source>
        <translation>non ouverte ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>The database did not open. Choose another database in Settings, or check that the server is running, then restart Reviewer.</source>
        <translation>La base de données ne s&apos;est pas ouverte. Choisissez-en une autre dans les Paramètres, ou vérifiez que le serveur fonctionne, puis redémarrez Reviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>none yet (this release keeps the draft in memory)</source>
        <translation>aucune pour l&apos;instant (cette version garde le brouillon en mémoire)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>The questionnaire or the policy packs could not be loaded, so no review can be opened:

{problem}

Reinstall Reviewer, or ask whoever maintains your policy packs to fix the file named above.</source>
        <translation>Le questionnaire ou les référentiels n&apos;ont pas pu être chargés ; aucun examen ne peut donc être ouvert :

{problem}

Réinstallez Reviewer, ou demandez au responsable de vos référentiels de corriger le fichier indiqué ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Details are in the log file.</source>
        <translation>Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Signing identity: {0}</source>
        <translation>Identité de signature : {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="228"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
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
    <name>QuestionRow</name>
    <message>
        <location filename="../../ui/intake/section_page.py" line="45"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="47"/>
        <source>Required question</source>
        <translation>Question obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="53"/>
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
        <translation>Aucune base de données n&apos;est ouverte : les réponses viennent donc des examens d&apos;exemple fournis.</translation>
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
        <translation>Les réponses sont celles des {count} examens modifiés le plus récemment.</translation>
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
    <name>ReviewListModel</name>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="32"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="33"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="34"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="35"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="39"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="40"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="41"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="42"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_model.py" line="206"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="54"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="64"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="65"/>
        <source>Sign and export</source>
        <translation>Signer et exporter</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="134"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="136"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="136"/>
        <source>Ready to sign</source>
        <translation>Prêt à signer</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="141"/>
        <source>Ready to record</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="143"/>
        <source>1 item to do</source>
        <translation>1 point à régler</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="145"/>
        <source>{count} items to do</source>
        <translation>{count} points à régler</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="154"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="155"/>
        <source>{problem}

Your change was not saved; correct it and try again.</source>
        <translation>{problem}

Votre modification n&apos;a pas été enregistrée ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="171"/>
        <source>Someone else changed this review</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet examen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="173"/>
        <source>{problem}

Your last change was not saved, so nothing of theirs was overwritten. Reload the latest version, then make your change again.</source>
        <translation>{problem}

Votre dernière modification n&apos;a pas été enregistrée : rien de ce que l&apos;autre personne a saisi n&apos;a donc été écrasé. Rechargez la dernière version, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="176"/>
        <source>Reload latest version</source>
        <translation>Recharger la dernière version</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="193"/>
        <source>Decided: {outcome}, by {who} on {when}.</source>
        <translation>Décision : {outcome}, prise par {who} le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="206"/>
        <source>Decision recorded for this session: {outcome}, by {who}. Open a stored review to keep and sign decisions.</source>
        <translation>Décision enregistrée pour cette session : {outcome}, par {who}. Ouvrez un examen enregistré pour conserver et signer les décisions.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="228"/>
        <source>The decision was not recorded</source>
        <translation>La décision n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="229"/>
        <source>{problem}

Correct the decision and record it again.</source>
        <translation>{problem}

Corrigez la décision et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/workspace.py" line="238"/>
        <source>Decision saved: {outcome}. Next: sign and export it.</source>
        <translation>Décision enregistrée : {outcome}. Étape suivante : la signer et l&apos;exporter.</translation>
    </message>
</context>
<context>
    <name>ReviewsListPage</name>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="55"/>
        <location filename="../../ui/reviews/list_page.py" line="82"/>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="60"/>
        <source>Search titles, applicants and answers…</source>
        <translation>Rechercher dans les titres, demandeurs et réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="61"/>
        <source>Search reviews</source>
        <translation>Rechercher des examens</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="64"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="65"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="69"/>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="70"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="73"/>
        <source>New review…</source>
        <translation>Nouvel examen…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="75"/>
        <source>Start a new review (Ctrl+N)</source>
        <translation>Commencer un nouvel examen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="76"/>
        <source>Countersign a report…</source>
        <translation>Contresigner un rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="78"/>
        <source>Open a signed decision report you received, check it and approve it</source>
        <translation>Ouvrir un rapport de décision signé que vous avez reçu, le vérifier et l&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="101"/>
        <source>No review matches the search and filters.</source>
        <translation>Aucun examen ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="130"/>
        <source>No reviews yet</source>
        <translation>Aucun examen pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="135"/>
        <source>Start a review of a proposed AI deployment, or load the sample reviews to look around first.</source>
        <translation>Commencez l&apos;examen d&apos;un projet de déploiement d&apos;IA, ou chargez d&apos;abord les examens d&apos;exemple pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="143"/>
        <source>New review</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="145"/>
        <source>Load sample reviews</source>
        <translation>Charger les examens d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="205"/>
        <source>1 review</source>
        <translation>1 examen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/list_page.py" line="205"/>
        <source>{count} reviews</source>
        <translation>{count} examens</translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <location filename="../../ui/reviews/screen.py" line="91"/>
        <location filename="../../ui/reviews/screen.py" line="95"/>
        <source>New review</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="91"/>
        <source>Title of the deployment:</source>
        <translation>Titre du déploiement :</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="95"/>
        <source>Applicant organisation:</source>
        <translation>Organisation demandeuse :</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="104"/>
        <source>The review was not created</source>
        <translation>L&apos;examen n&apos;a pas été créé</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="105"/>
        <source>{problem}

Correct the title or applicant and try again.</source>
        <translation>{problem}

Corrigez le titre ou le demandeur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="122"/>
        <source>No sample reviews</source>
        <translation>Aucun examen d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="123"/>
        <source>No sample files were found in {folder}. Reinstall Reviewer.</source>
        <translation>Aucun fichier d&apos;exemple n&apos;a été trouvé dans {folder}. Réinstallez Reviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="146"/>
        <source>Sample reviews not loaded</source>
        <translation>Examens d&apos;exemple non chargés</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="147"/>
        <source>{problem}

Nothing was imported. Reinstall Reviewer.</source>
        <translation>{problem}

Rien n&apos;a été importé. Réinstallez Reviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="170"/>
        <source>The review did not open</source>
        <translation>L&apos;examen ne s&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="171"/>
        <source>{problem}

Refresh the list and try again.</source>
        <translation>{problem}

Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="182"/>
        <source>← Reviews</source>
        <translation>← Examens</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/screen.py" line="183"/>
        <source>Back to the reviews list</source>
        <translation>Retour à la liste des examens</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/intake/section_page.py" line="120"/>
        <source>Progress of section {0}</source>
        <translation>Avancement de la section {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section_page.py" line="160"/>
        <source>Still needed: {0}</source>
        <translation>Encore nécessaire : {0}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings/screen.py" line="52"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="55"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="58"/>
        <location filename="../../ui/settings/screen.py" line="168"/>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="60"/>
        <location filename="../../ui/settings/screen.py" line="169"/>
        <source>Trust store</source>
        <translation>Magasin de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="61"/>
        <source>Data folders</source>
        <translation>Dossiers de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="72"/>
        <source>Empty: the default file {0}</source>
        <translation>Vide : le fichier par défaut {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="74"/>
        <source>Database file or URL</source>
        <translation>Fichier ou URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="78"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="93"/>
        <location filename="../../ui/settings/screen.py" line="166"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="95"/>
        <source>File or URL</source>
        <translation>Fichier ou URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="98"/>
        <source>An SQLite file path, or a PostgreSQL URL such as postgresql://user@server:5432/reviews. Reviewer uses it from the next start.</source>
        <translation>Le chemin d&apos;un fichier SQLite, ou une URL PostgreSQL comme postgresql://utilisateur@serveur:5432/examens. Reviewer l&apos;utilise dès le prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="109"/>
        <source>None: signatures carry your computer&apos;s time</source>
        <translation>Aucune : les signatures portent l&apos;heure de votre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="110"/>
        <source>Timestamp authority URL</source>
        <translation>URL de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="112"/>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="114"/>
        <source>Timestamp authority URL (optional)</source>
        <translation>URL de l&apos;autorité d&apos;horodatage (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="117"/>
        <source>With a timestamp authority, each signature carries a trusted time. Without one (offline), the signing time is only the signer&apos;s own claim.</source>
        <translation>Avec une autorité d&apos;horodatage, chaque signature porte une heure de confiance. Sans elle (hors ligne), l&apos;heure de signature n&apos;est que la déclaration du signataire.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="126"/>
        <location filename="../../ui/settings/screen.py" line="133"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="135"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="138"/>
        <source>Takes effect the next time Reviewer starts. Questionnaires and policy packs stay in the language they are written in.</source>
        <translation>Prend effet au prochain démarrage de Reviewer. Les questionnaires et les référentiels restent dans la langue où ils sont rédigés.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="167"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="170"/>
        <source>Logs and crash reports</source>
        <translation>Journaux et rapports de plantage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="171"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="210"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="239"/>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="239"/>
        <source>Does not work</source>
        <translation>Ne fonctionne pas</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <location filename="../../ui/settings/stores.py" line="40"/>
        <source>{folder}: this folder does not exist; create it or pick another</source>
        <translation>{folder} : ce dossier n&apos;existe pas ; créez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="45"/>
        <source>{path} does not exist yet; Reviewer will create it there.</source>
        <translation>{path} n&apos;existe pas encore ; Reviewer le créera à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="54"/>
        <source>Connected to {url}.</source>
        <translation>Connecté à {url}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="89"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/stores.py" line="97"/>
        <source>{path} exists already; an identity of that name is there.</source>
        <translation>{path} existe déjà ; une identité de ce nom s&apos;y trouve.</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <location filename="../../ui/signing/panel.py" line="58"/>
        <source>Sign and export</source>
        <translation>Signer et exporter</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="62"/>
        <source>Sign the recorded decision with your PKCS#12 identity. The signed PDF carries the decision, and once signed this revision can never change.</source>
        <translation>Signez la décision enregistrée avec votre identité PKCS#12. Le PDF signé contient la décision ; une fois signée, cette révision ne pourra plus jamais être modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="70"/>
        <source>Without a timestamp authority the signing time is your own computer&apos;s claim.</source>
        <translation>Sans autorité d&apos;horodatage, l&apos;heure de signature n&apos;est que celle déclarée par votre propre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="72"/>
        <source>The signature is timestamped by {url}.</source>
        <translation>La signature est horodatée par {url}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="82"/>
        <source>Sign and export…</source>
        <translation>Signer et exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="83"/>
        <source>Sign and export the decision report</source>
        <translation>Signer et exporter le rapport de décision</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="87"/>
        <source>Signing in progress</source>
        <translation>Signature en cours</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="91"/>
        <source>Building and signing the report…</source>
        <translation>Création et signature du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="121"/>
        <source>Signed by {signer} on {when}. SHA-256 {digest}</source>
        <translation>Signé par {signer} le {when}. SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="129"/>
        <source>Record a decision first; then you can sign it here.</source>
        <translation>Enregistrez d&apos;abord une décision ; vous pourrez ensuite la signer ici.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="133"/>
        <source>Ready to sign: {outcome}, decided by {who}.</source>
        <translation>Prêt à signer : {outcome}, décision prise par {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="150"/>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="197"/>
        <source>{problem}

Nothing was recorded as signed. Fix this and sign again.</source>
        <translation>{problem}

Rien n&apos;a été enregistré comme signé. Corrigez ce problème et signez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="200"/>
        <source>The report was not signed</source>
        <translation>Le rapport n&apos;a pas été signé</translation>
    </message>
</context>
<context>
    <name>TriggerCard</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="80"/>
        <source>Severity: {0}</source>
        <translation>Gravité : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="86"/>
        <source>Why: {0}.</source>
        <translation>Pourquoi : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="90"/>
        <source>Exception “{title}”: {why}.</source>
        <translation>Exception « {title} » : {why}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="102"/>
        <source>Citation: {0}</source>
        <translation>Référence : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment/panel.py" line="103"/>
        <source>Open this clause in the policy library</source>
        <translation>Ouvrir cette clause dans les référentiels</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="238"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="238"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="238"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="239"/>
        <source>Trusted roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="240"/>
        <source>Add certificate…</source>
        <translation>Ajouter un certificat…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="244"/>
        <source>Signatures are trusted when their certificate chains to one of these roots. Add your organisation&apos;s root, or a colleague&apos;s certificate. Folder: {0}</source>
        <translation>Une signature est de confiance quand son certificat remonte à l&apos;une de ces racines. Ajoutez la racine de votre organisation, ou le certificat d&apos;un collègue. Dossier : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="268"/>
        <source>Trust store damaged</source>
        <translation>Magasin de confiance endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="270"/>
        <source>{problem}

Remove or replace that file in the trust store folder.</source>
        <translation>{problem}

Supprimez ou remplacez ce fichier dans le dossier du magasin de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="285"/>
        <source>Add a trusted certificate</source>
        <translation>Ajouter un certificat de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="286"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="297"/>
        <source>Certificate not added</source>
        <translation>Certificat non ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing_tabs.py" line="298"/>
        <source>{problem}

Choose a PEM or DER certificate file.</source>
        <translation>{problem}

Choisissez un fichier de certificat PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <location filename="../../ui/assessment/panel.py" line="42"/>
        <source>Verdict: {0}</source>
        <translation>Verdict : {0}</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <location filename="../../ui/verify/view.py" line="29"/>
        <source>Verification details</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="63"/>
        <source>Signature {number} of {total}</source>
        <translation>Signature {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="66"/>
        <source>Fields not signed yet: {0}</source>
        <translation>Champs pas encore signés : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="68"/>
        <source>Decision (from the decision.json inside the file)</source>
        <translation>Décision (d&apos;après le decision.json contenu dans le fichier)</translation>
    </message>
</context>
<context>
    <name>VerifyFindings</name>
    <message>
        <location filename="../../ui/verify/findings.py" line="23"/>
        <source>the whole file</source>
        <translation>l&apos;ensemble du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="24"/>
        <source>its revision; later revisions were added after it</source>
        <translation>sa révision ; des révisions ultérieures ont été ajoutées ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="27"/>
        <source>only part of the file</source>
        <translation>une partie seulement du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="28"/>
        <source>unclear</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="29"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="34"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="35"/>
        <source>document metadata, validation data or timestamps</source>
        <translation>métadonnées du document, données de validation ou horodatages</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="36"/>
        <source>form filling only (such as a countersignature)</source>
        <translation>remplissage de formulaire uniquement (comme une contre-signature)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="39"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="40"/>
        <source>other changes not allowed after signing</source>
        <translation>autres modifications interdites après signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="72"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="79"/>
        <source>certifies the document; form filling is allowed after it</source>
        <translation>certifie le document ; le remplissage de formulaire reste permis ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="83"/>
        <source>approval signature</source>
        <translation>signature d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="86"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="87"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="90"/>
        <source>{time}, from a timestamp authority</source>
        <translation>{time}, par une autorité d&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="95"/>
        <location filename="../../ui/verify/findings.py" line="110"/>
        <source>Signing time</source>
        <translation>Heure de signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="102"/>
        <source>Claimed time</source>
        <translation>Heure déclarée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="107"/>
        <source>{time}: the signer&apos;s own claim; there is no timestamp</source>
        <translation>{time} : déclaration du signataire seulement ; aucun horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="113"/>
        <source>Intact</source>
        <translation>Intègre</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="114"/>
        <source>yes, unchanged since signing</source>
        <translation>oui, inchangé depuis la signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="116"/>
        <source>NO: changed after signing</source>
        <translation>NON : modifié après la signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="123"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="124"/>
        <source>cryptographically valid</source>
        <translation>valide cryptographiquement</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="126"/>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="131"/>
        <source>yes, by root {root}</source>
        <translation>oui, par la racine {root}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="135"/>
        <source>NO: the certificate does not chain to a root in the trust store</source>
        <translation>NON : le certificat ne remonte à aucune racine du magasin de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="140"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="144"/>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="152"/>
        <source>Changes after signing</source>
        <translation>Modifications après signature</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="160"/>
        <source>holds</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="161"/>
        <source>BROKEN: changes the certification forbids</source>
        <translation>ROMPU : modifications interdites par la certification</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="164"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="168"/>
        <source>DocMDP</source>
        <translation>DocMDP</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="179"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="180"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="184"/>
        <source>Matches the visible report</source>
        <translation>Conforme au rapport visible</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="194"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="198"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="201"/>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="204"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="205"/>
        <source>{verdict}, risk score {score}</source>
        <translation>{verdict}, score de risque {score}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="210"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="211"/>
        <source>{who} at {time}</source>
        <translation>{who} le {time}</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="215"/>
        <source>Rationale</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="220"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="227"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="234"/>
        <source>Policy pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/verify/findings.py" line="253"/>
        <source>NOT VALID: do not rely on this document. Reasons:</source>
        <translation>NON VALIDE : ne vous fiez pas à ce document. Raisons :</translation>
    </message>
    <message>
        <source>Assessment scored again</source>
        <translation>Évaluation recalculée</translation>
    </message>
    <message>
        <source>NO: the pinned policy packs give another assessment</source>
        <translation>NON : les référentiels épinglés donnent une autre évaluation</translation>
    </message>
    <message>
        <source>VALID and countersigned: both signatures are intact and trusted, by two different people, and the report is what Reviewer produced.</source>
        <translation>VALIDE et contresigné : les deux signatures sont intactes et de confiance, par deux personnes différentes, et le rapport est celui que Reviewer a produit.</translation>
    </message>
    <message>
        <source>VALID, not countersigned yet: the reviewer&apos;s certification holds and the report is what Reviewer produced; no approver has countersigned it.</source>
        <translation>VALIDE, pas encore contresigné : la certification du responsable tient et le rapport est celui que Reviewer a produit ; aucun approbateur ne l’a contresigné.</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>not scored again: policy pack {packs} unknown here</source>
        <translation>non recalculée : référentiel {packs} inconnu ici</translation>
    </message>
    <message>
        <source>yes: the pinned policy packs give the same assessment</source>
        <translation>oui : les référentiels épinglés donnent la même évaluation</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../ui/verify/screen.py" line="60"/>
        <source>Verify a signed report</source>
        <translation>Vérifier un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="62"/>
        <source>Open PDF…</source>
        <translation>Ouvrir un PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="64"/>
        <source>Add trust root…</source>
        <translation>Ajouter une racine de confiance…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="66"/>
        <source>Trust an organisation&apos;s root certificate for checking signatures</source>
        <translation>Faire confiance au certificat racine d&apos;une organisation pour vérifier les signatures</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="76"/>
        <source>Open a decision report, or drop one here, to check its signatures, whether it changed since signing, who signed it and whether you trust them.</source>
        <translation>Ouvrez un rapport de décision, ou déposez-le ici, pour vérifier ses signatures, s&apos;il a changé depuis la signature, qui l&apos;a signé et si vous faites confiance aux signataires.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="87"/>
        <source>Checking signatures</source>
        <translation>Vérification des signatures</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="112"/>
        <source>Open a signed report</source>
        <translation>Ouvrir un rapport signé</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="112"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="122"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="143"/>
        <source>{problem}

Choose a decision report PDF made by Reviewer, or ask its sender for a fresh copy.</source>
        <translation>{problem}

Choisissez un rapport de décision PDF produit par Reviewer, ou demandez-en une nouvelle copie à son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="146"/>
        <source>Cannot verify this file</source>
        <translation>Impossible de vérifier ce fichier</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="166"/>
        <source>Add a trust root</source>
        <translation>Ajouter une racine de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="167"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="178"/>
        <source>Trust root not added</source>
        <translation>Racine de confiance non ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="180"/>
        <source>{problem}

Choose the organisation&apos;s root certificate (a .pem or .der file).</source>
        <translation>{problem}

Choisissez le certificat racine de l&apos;organisation (un fichier .pem ou .der).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/screen.py" line="184"/>
        <source>Now trusting {subject}.</source>
        <translation>{subject} est désormais de confiance.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/startup.py" line="118"/>
        <source>The database did not open</source>
        <translation>La base de données ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="119"/>
        <source>{problem}

Choose another database in Settings, or check that the server is running, then restart Reviewer. Until then reviews are kept in memory only.</source>
        <translation>{problem}

Choisissez une autre base de données dans les Paramètres, ou vérifiez que le serveur fonctionne, puis redémarrez Reviewer. D&apos;ici là, les examens sont conservés en mémoire uniquement.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="136"/>
        <source>Reviewer did not finish starting</source>
        <translation>Le démarrage de Reviewer n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
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
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
</TS>
