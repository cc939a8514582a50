<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recourse</source>
        <translation>À propos de Recourse</translation>
    </message>
    <message>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>Dossiers chiffrés et hors ligne pour les personnes qui documentent les violations des droits humains, et soumissions aux Nations Unies.</translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse n’ouvre aucune connexion réseau. Vos dossiers ne quittent jamais cet ordinateur, sauf si vous les exportez.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse : licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python (PySide6) : licence publique générale limitée GNU (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>Les textes des licences se trouvent dans resources/fonts/licenses.</translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>Date of arrest</source>
        <translation>Date de l’arrestation</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Heure (HH:MM)</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>Lieu de l’arrestation</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>Forces (au dossier)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>Forces : uniformes, véhicules, nombre</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>Mandat présenté</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>Mandat délivré par</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>Émetteur (hors dossier)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motifs donnés</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Problems preventing saving</source>
        <translation>Problèmes empêchant l’enregistrement</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This case cannot be saved until the problems shown are fixed. Discard the changes?</source>
        <translation>Ce dossier ne peut pas être enregistré tant que les problèmes affichés ne sont pas corrigés. Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Saved %1 — %2 field(s) kept as a draft until fixed</source>
        <translation>Enregistré à %1 — %2 champ(s) gardé(s) en brouillon jusqu’à correction</translation>
    </message>
    <message>
        <source>The changes not saved before the lock are back. Not saved yet.</source>
        <translation>Les modifications non enregistrées avant le verrouillage sont revenues. Pas encore enregistrées.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a problem to fix</source>
        <translation>un problème à corriger</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Click to go to this field</source>
        <translation>Cliquez pour aller à ce champ</translation>
    </message>
    <message>
        <source>Not saved: %1 problem(s) — click one to go to it</source>
        <translation>Non enregistré : %1 problème(s) — cliquez sur l’un d’eux pour y aller</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>New case — not saved yet</source>
        <translation>Nouveau dossier — pas encore enregistré</translation>
    </message>
    <message>
        <source>%1 field(s) kept as a draft: fix them to store them</source>
        <translation>%1 champ(s) gardé(s) en brouillon : corrigez-les pour les enregistrer</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Dossier sans titre</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumentation</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <source>Log entry</source>
        <extracomment>the fields each kind of entry uses (the others are hidden, their values kept)</extracomment>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>UA CHN 6/2020 — 74/2018</source>
        <translation>UA CHN 6/2020 — 74/2018</translation>
    </message>
    <message>
        <source>Printed by the follow-up documents: the source&apos;s comments on a reply (WGAD), or the update on a communication (Special Procedures).</source>
        <translation>Imprimé par les documents de suivi : les commentaires de la source sur une réponse (GTDA) ou la mise à jour sur une communication (procédures spéciales).</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d’entrée</translation>
    </message>
    <message>
        <source>Date (sent, received, adopted, issued)</source>
        <translation>Date (envoi, réception, adoption, publication)</translation>
    </message>
    <message>
        <source>UN reference or opinion number</source>
        <translation>Référence de l’ONU ou numéro d’avis</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>Type de communication</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>Titulaires de mandat</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Title of the press release</source>
        <translation>Titre du communiqué de presse</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>Lieu de publication</translation>
    </message>
    <message>
        <source>Comments due (as set by the UN)</source>
        <translation>Commentaires attendus le (fixé par l’ONU)</translation>
    </message>
    <message>
        <source>Document (attached as evidence)</source>
        <translation>Document (joint comme preuve)</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>Soumissions à l’origine</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>Commentaires ou mise à jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CommunicationsSection</name>
    <message>
        <source>Communications log</source>
        <translation>Journal des communications</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>entrées du journal</translation>
    </message>
    <message>
        <source>Due dates and hints</source>
        <translation>Échéances et remarques</translation>
    </message>
    <message>
        <source>What the UN and the State did after a submission: communications sent to the State, the State&apos;s replies, opinions, press releases, and what the source sent back. Due dates follow from it.</source>
        <translation>Ce que l’ONU et l’État ont fait après une soumission : communications envoyées à l’État, réponses de l’État, avis, communiqués de presse, et ce que la source a renvoyé. Les échéances en découlent.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée le %1</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2 days)</source>
        <translation>En retard depuis le %1 (%2 jours)</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>Échéance le %1 (dans %2 jours)</translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation>Élément confidentiel</translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation>Confidentiel : exclu des documents transmis à l’État (annexe seulement)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Non confidentiel</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent record</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation>Rien d’identifiant n’est transmis à l’ONU ou à l’État sans le consentement enregistré ici.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>Nom de la personne qui l’a donné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Recording or signed form</source>
        <translation>Enregistrement ou formulaire signé</translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation>peut être soumis à l’ONU</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>Soumettre à l’ONU</translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation>le nom peut être communiqué à l’État</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>Nom communiqué à l’État</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>Nom dans les rapports publics</translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation>peut être partagé avec des organisations partenaires</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Partage avec des partenaires</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>consentements</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(choisissez la personne)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation>ONU : oui</translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation>ONU : non</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation>Autre (messageries)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Identity and contacts</source>
        <translation>Identité et contacts</translation>
    </message>
    <message>
        <source>Your fingerprint. Read it aloud to a partner who adds you; it must match what their Recourse shows.</source>
        <translation>Votre empreinte. Lisez-la à voix haute au partenaire qui vous ajoute ; elle doit correspondre à ce qu’affiche son Recourse.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>Save my contact card…</source>
        <translation>Enregistrer ma fiche de contact…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s contact card here</source>
        <translation>Collez ici la fiche de contact d’un partenaire</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Fiche de contact</translation>
    </message>
    <message>
        <source>Name to show (optional)</source>
        <translation>Nom à afficher (facultatif)</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>Marquer comme vérifié…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Save my contact card as</source>
        <translation>Enregistrer ma fiche de contact sous</translation>
    </message>
    <message>
        <source>Contact card saved. It holds no secret: send it by any channel.</source>
        <translation>Fiche de contact enregistrée. Elle ne contient aucun secret : envoyez-la par n’importe quel canal.</translation>
    </message>
    <message>
        <source>Added %1. Compare this fingerprint with them by phone or in person, then mark the contact verified: %2</source>
        <translation>%1 ajouté. Comparez cette empreinte avec cette personne par téléphone ou en personne, puis marquez le contact comme vérifié : %2</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>Vérifier le contact</translation>
    </message>
    <message>
        <source>Does %1 read out exactly these digits?

%2</source>
        <translation>%1 lit-il exactement ces chiffres ?

%2</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Ils correspondent</translation>
    </message>
    <message>
        <source>Select a contact and type the new name in the name field.</source>
        <translation>Sélectionnez un contact et tapez le nouveau nom dans le champ du nom.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove %1? Bundles they sign will then be refused as from an unknown sender.</source>
        <translation>Retirer %1 ? Les paquets qu’il ou elle signe seront alors refusés comme venant d’un expéditeur inconnu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse conserve vos dossiers chiffrés dans un répertoire de cet ordinateur. Choisissez une phrase de passe pour le protéger.</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;hoisir le répertoire…</translation>
    </message>
    <message>
        <source>Choose the folder of the new vault</source>
        <translation>Choisir le répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Répertoire :</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;Si vous perdez cette phrase de passe, vos dossiers sont perdus.&lt;/b&gt; Personne ne peut la retrouver : ni les développeurs de Recourse, ni votre organisation, ni quiconque prendrait cet ordinateur. Notez-la, gardez-la en lieu sûr, loin de cet ordinateur, et faites des sauvegardes.</translation>
    </message>
    <message>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>Créer aussi une clé de récupération (recommandé : imprimez-la et gardez-la loin de cet ordinateur)</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Avoid common words, names and places.</source>
        <translation>Évitez les mots courants, les noms et les lieux.</translation>
    </message>
    <message>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>Utilisez au moins 4 mots pris au hasard, pas une phrase d’un livre ou d’une chanson.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Utilisez au moins 12 caractères.</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Solidité : %1.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Phrase de passe faible</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu’un qui prendrait cet ordinateur. L’utiliser quand même ?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>L’utiliser quand même</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>En choisir une autre</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>Création du coffre et protection de sa clé. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>DeprivationForm</name>
    <message>
        <source>Deprivation of liberty</source>
        <translation>Privation de liberté</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Toujours détenu(e)</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Libéré(e) le</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>Autres procédures internationales</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arrestation</translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation>périodes de détention</translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation>Périodes de détention, dans l’ordre (transferts compris)</translation>
    </message>
</context>
<context>
    <name>DetentionSection</name>
    <message>
        <source>Arrest and detention</source>
        <translation>Arrestation et détention</translation>
    </message>
    <message>
        <source>detained persons</source>
        <translation>personnes détenues</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(choisissez la personne)</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>Échéances et retards</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>Toutes les échéances</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Échéance dans les 14 jours</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance dans les 30 jours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Référence de l’ONU</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Échéances et retards</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the cases again (after editing a log entry)</source>
        <translation>Relire les dossiers (après avoir modifié une entrée du journal)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>%1 items, %2 overdue. Double-click or press Enter to open the case.</source>
        <translation>%1 éléments, dont %2 en retard. Double-cliquez ou appuyez sur Entrée pour ouvrir le dossier.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Aucune échéance.</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reply of the State to the communication</source>
        <translation>Réponse de l’État à la communication</translation>
    </message>
    <message>
        <source>Comments of the source on the State&apos;s reply</source>
        <translation>Commentaires de la source sur la réponse de l’État</translation>
    </message>
    <message>
        <source>Follow-up on the opinion</source>
        <translation>Suivi de l’avis</translation>
    </message>
    <message>
        <source>Reply of the State (estimated from the date the submission was sent)</source>
        <translation>Réponse de l’État (estimée à partir de la date d’envoi de la soumission)</translation>
    </message>
    <message>
        <source>Comments of the source (submission history)</source>
        <translation>Commentaires de la source (historique des soumissions)</translation>
    </message>
    <message>
        <source>Follow-up on the opinion (submission history)</source>
        <translation>Suivi de l’avis (historique des soumissions)</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>Dans %1 jours</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>(estimation)</translation>
    </message>
</context>
<context>
    <name>EditorContext</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (retiré)</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).</source>
        <translation>Date non comprise — gardée en brouillon en attendant (p. ex. 2019, mars 2019 ou 2019-03-05).</translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation>Gardé en brouillon : ce qui a été saisi ici n’a pas encore pu être enregistré. Corrigez-le ou effacez-le.</translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation>Cette entrée est incomplète : elle est gardée en brouillon et pas encore enregistrée. Complétez le champ marqué en rouge.</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <source>Open case</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Case %1 is open, but the case editor could not start. Nothing was changed; restart Recourse, and report the problem if it happens again.</source>
        <translation>Le dossier %1 est ouvert, mais l’éditeur de dossiers n’a pas pu démarrer. Rien n’a été modifié ; redémarrez Recourse et signalez le problème s’il se reproduit.</translation>
    </message>
    <message>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>Le dossier %1 est ouvert (lecture seule : l’éditeur de dossiers ne fait pas partie de cette version).</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>The case editor is not part of this build.</source>
        <translation>L’éditeur de dossiers ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;Create your first case</source>
        <translation>&amp;Créer votre premier dossier</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Three fictional cases in a separate demo vault (passphrase “recourse-demo”), to try Recourse without real data.</source>
        <translation>Trois dossiers fictifs dans un coffre de démonstration séparé (phrase de passe « recourse-demo »), pour essayer Recourse sans données réelles.</translation>
    </message>
    <message>
        <source>This vault has no case yet</source>
        <translation>Ce coffre ne contient encore aucun dossier</translation>
    </message>
    <message>
        <source>Start with the person detained: who, when and where. Everything you type is encrypted on this computer and saved as you go.</source>
        <translation>Commencez par la personne détenue : qui, quand et où. Tout ce que vous saisissez est chiffré sur cet ordinateur et enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), search above it, or start a new one.</source>
        <translation>Choisissez un dossier dans la liste (Entrée l’ouvre), cherchez au-dessus, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>Pour effacer le coffre définitivement, tapez le nom de son répertoire (%1) et le mot %2.</translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation>Nom du répertoire du coffre</translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation>Tapez ERASE</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du répertoire :</translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>Tapez %1 :</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>Effacer le coffre</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>Cette phrase de passe n’a pas ouvert ce coffre. Vérifiez le verrouillage des majuscules et la disposition du clavier.</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Saisissez d’abord une phrase de passe.</translation>
    </message>
    <message>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>Ce coffre a été effacé après trop de phrases de passe erronées. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce répertoire ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce répertoire n’est pas vide. Choisissez un répertoire vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>Ce coffre a été modifié : ses fichiers ne correspondent pas à leurs contrôles. Ne l’utilisez pas ; restaurez une sauvegarde et demandez de l’aide.</translation>
    </message>
    <message>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>Ce coffre est illisible : un fichier est endommagé ou manquant. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Recourse. Mettez Recourse à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>Ce répertoire est inutilisable (pas d’autorisation, ou disque plein).</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: check it against the printout, group by group. Nothing was changed.</source>
        <translation>La clé de récupération n’a pas été acceptée : comparez-la à la version imprimée, groupe par groupe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Nothing was changed.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Nothing was changed.</source>
        <translation>Ce coffre n’a pas de clé de récupération. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder. Copy it to a writable place first. Nothing was changed.</source>
        <translation>Le coffre se trouve sur un disque ou dans un répertoire en lecture seule. Copiez-le d’abord dans un emplacement modifiable. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault limits wrong passphrases, and this attempt cannot be counted (read-only or full disk), so it was not tried. Nothing was changed.</source>
        <translation>Ce coffre limite les phrases de passe erronées, et cette tentative ne peut pas être comptée (disque en lecture seule ou plein) : elle n’a donc pas été essayée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The data is not valid, so nothing was saved or imported. Fix the problems listed and try again.</source>
        <translation>Les données ne sont pas valides : rien n’a été enregistré ni importé. Corrigez les problèmes indiqués et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Annulé : rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The file cannot be read (it is missing, a folder, or not allowed).</source>
        <translation>Le fichier est illisible (absent, c’est un répertoire, ou accès refusé).</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was kept.</source>
        <translation>Le disque est plein. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>Cet élément n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>Des problèmes bloquants subsistent : relancez la vérification.</translation>
    </message>
    <message>
        <source>This version of Recourse has no such form, or not in this language. Nothing was written.</source>
        <translation>Cette version de Recourse n’a pas ce formulaire, ou pas dans cette langue. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This version of Recourse has no such redaction profile. Nothing was written.</source>
        <translation>Cette version de Recourse n’a pas ce profil de divulgation. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This version of Recourse does not know who this document is for, so nothing was written.</source>
        <translation>Cette version de Recourse ne sait pas à qui ce document est destiné : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This file is too large to open here (over %1 MiB). Export a copy and open that instead.</source>
        <translation>Ce fichier est trop volumineux pour être ouvert ici (plus de %1 Mio). Exportez une copie et ouvrez-la.</translation>
    </message>
    <message>
        <source>This case does not fit this version of Recourse: it was made by a newer version, or it is damaged. Nothing was changed.</source>
        <translation>Ce dossier ne correspond pas à cette version de Recourse : il a été créé par une version plus récente, ou il est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>Le fichier ne peut pas être écrit (pas d’autorisation, ou disque plein).</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>About this file</source>
        <translation>À propos de ce fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation>Date de création ou d’obtention</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation>Copie exacte (conserver les métadonnées)</translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation>Par défaut, les images exportées perdent leurs données EXIF, GPS et commentaires.</translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation>Retirer (effacer)…</translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation>Sélectionnez un fichier pour l’aperçu. Les aperçus sont faits en mémoire.</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation>Les fichiers sont chiffrés dans le coffre. Déposez des fichiers ici ou utilisez « Ajouter des fichiers… ».</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation>Le dossier doit être enregistré avant d’ajouter des fichiers. Corrigez d’abord les problèmes affichés.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (missing, a folder, or not allowed).</source>
        <translation>« %1 » ne peut pas être lu (absent, répertoire ou accès refusé).</translation>
    </message>
    <message>
        <source>“%1” is named as an image but cannot be read as one. It is stored as it is; check that it is the file you meant.</source>
        <translation>« %1 » porte un nom d’image mais ne peut pas être lu comme une image. Il est enregistré tel quel ; vérifiez que c’est bien le bon fichier.</translation>
    </message>
    <message>
        <source>where it was taken (GPS %1, %2)</source>
        <translation>le lieu de la prise de vue (GPS %1, %2)</translation>
    </message>
    <message>
        <source>the device (%1)</source>
        <translation>l’appareil (%1)</translation>
    </message>
    <message>
        <source>when it was taken (%1)</source>
        <translation>la date de la prise de vue (%1)</translation>
    </message>
    <message>
        <source>Photo metadata</source>
        <translation>Métadonnées de la photo</translation>
    </message>
    <message>
        <source>“%1” records %2.

Yes: keep the original as evidence (recommended) — it is sealed and hashed in the vault; copies you export or share are stripped of this metadata.
No: store only a copy without this metadata.</source>
        <translation>« %1 » enregistre %2.

Oui : garder l’original comme preuve (recommandé) — il est scellé et haché dans le coffre ; les copies exportées ou partagées perdent ces métadonnées.
Non : n’enregistrer qu’une copie sans ces métadonnées.</translation>
    </message>
    <message>
        <source>The metadata of “%1” cannot be removed (format not supported): the original is kept.</source>
        <translation>Les métadonnées de « %1 » ne peuvent pas être retirées (format non pris en charge) : l’original est conservé.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Annulé : rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation>Impossible d’ajouter le fichier : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Pas d’aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation>Déchiffrement pour l’aperçu…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation>Effacer « %1 » du coffre ? Son contenu chiffré est détruit et ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Effacé.</translation>
    </message>
</context>
<context>
    <name>FieldLock</name>
    <message>
        <source>Confidential field: %1</source>
        <translation>Champ confidentiel : %1</translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation>Marquer ce champ comme confidentiel (annexe seulement)</translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation>Champ confidentiel (annexe seulement) — cliquez pour le rendre public</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>État concerné</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>Pourquoi c’est urgent</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>Mandats de l’ONU</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Arrest and detention</source>
        <translation>Arrestation et détention</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>Recours internes</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>Note sur les recours</translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>Analyse juridique</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation>Catégories du GTDA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumentation</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Droits invoqués</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>État partie au PIDCP</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Nom de famille (latin)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>Âge lors de la détention</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Appartenance ethnique</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>Lien avec la victime</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nom dans l’écriture d’origine</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Acteur étatique</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>Province ou région</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Toujours détenu(e)</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Libéré(e) le</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>Autres procédures internationales</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arrestation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Heure (HH:MM)</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>Forces (au dossier)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>Forces : uniformes, véhicules, nombre</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>Mandat présenté</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>Mandat délivré par</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>Émetteur (hors dossier)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motifs donnés</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation>Périodes de détention</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>Autorité de détention</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>Autorité ayant ordonné</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>Au secret</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>Avocat de son choix</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>Famille informée</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Mauvais traitements et santé</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Torture ou mauvais traitements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>Soins médicaux refusés</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>Danger de mort</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Auteurs (personnes au dossier)</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>Chefs d’accusation (loi, articles)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>Chefs d’accusation tels que formulés</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Numéro de l’affaire</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>Informé(e) des accusations</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé(e) le</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>Présenté(e) à un juge le</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>Accès à un avocat</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>Accès à un avocat : précisions</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>Aveux forcés</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>Aveux télévisés</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>Avocat présent</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>Famille admise</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>Date du jugement</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Peine</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Issue de l’appel</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>Organe (au dossier)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>Organe (hors dossier)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Démarche effectuée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>Résultat : précisions</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Personne ayant mené l’entretien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur ou traductrice</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>Nom de la personne qui l’a donné</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>Soumettre à l’ONU</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>Nom communiqué à l’État</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>Nom dans les rapports publics</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Partage avec des partenaires</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>Champs confidentiels</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Représailles</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>Forme de représailles</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>Autorités responsables (au dossier)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>Auteurs (hors dossier)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Coopération avec l’ONU</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>Date de la coopération</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>Quelle soumission, communication ou réunion</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Référence de l’ONU</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>Communication de l’ONU qui a précédé</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Preuves à l’appui</translation>
    </message>
    <message>
        <source>Communications log</source>
        <translation>Journal des communications</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>Type de communication</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>Lieu de publication</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>Commentaires attendus le</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>Soumissions à l’origine</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>Commentaires ou mise à jour</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Figures across cases</source>
        <translation>Chiffres de l&apos;ensemble des dossiers</translation>
    </message>
    <message>
        <source>Public — only what may be published</source>
        <translation>Public — seulement ce qui peut être publié</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>Full — internal, not for publication</source>
        <translation>Complet — interne, ne pas publier</translation>
    </message>
    <message>
        <source>Victims (persons)</source>
        <translation>Victimes (personnes)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Disclosure profile</source>
        <translation>Profil de divulgation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Deprivation of liberty began</source>
        <translation>Début de la privation de liberté</translation>
    </message>
    <message>
        <source>Only cases with every tag ticked</source>
        <translation>Seulement les dossiers portant toutes les étiquettes cochées</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Compter par</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Écrivez une date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The first date is after the second: no deprivation of liberty can fall between them. Swap them?</source>
        <translation>La première date est postérieure à la seconde : aucune privation de liberté ne peut se situer entre elles. Les inverser ?</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Preparing the figures of each case (%1 of %2)…</source>
        <translation>Préparation des chiffres de chaque dossier (%1 sur %2)…</translation>
    </message>
    <message>
        <source>%1 victims — persons with the role victim or a deprivation of liberty on file.</source>
        <translation>%1 victimes — personnes ayant le rôle de victime ou une privation de liberté enregistrée.</translation>
    </message>
    <message>
        <source>%1 cases with at least one victim; a case counts once under each value any of its victims has.</source>
        <translation>%1 dossiers comptant au moins une victime ; un dossier compte une fois pour chaque valeur d&apos;au moins une de ses victimes.</translation>
    </message>
    <message>
        <source>Only what may be published is counted: a confidential value counts as unknown.</source>
        <translation>Seul ce qui peut être publié est compté : une valeur confidentielle compte comme inconnue.</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>Le comptage a été arrêté.</translation>
    </message>
    <message>
        <source>A victim may count more than once here: the counts add up to more than the total.</source>
        <translation>Une victime peut compter plusieurs fois ici : la somme dépasse le total.</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>Exporter les chiffres en CSV</translation>
    </message>
    <message>
        <source>Export the figures report (PDF)</source>
        <translation>Exporter le rapport de chiffres (PDF)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation>Aucune victime identifiée : dans Personnes, ajoutez une personne avec le rôle « Victime » et un nom.</translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation>Aucun consentement à soumettre ce dossier à l&apos;ONU n&apos;est enregistré pour %1 (Consentement).</translation>
    </message>
    <message>
        <source>The date of arrest of %1 is not recorded; the questionnaire will say “Not known”. Give at least the year if you can (an approximate date is accepted).</source>
        <translation>La date d&apos;arrestation de %1 n&apos;est pas enregistrée ; le questionnaire indiquera « Inconnu ». Indiquez au moins l&apos;année si possible (une date approximative est acceptée).</translation>
    </message>
    <message>
        <source>The place of arrest of %1 is not recorded; the questionnaire will say “Not known” (give at least the country or the place of detention if you can).</source>
        <translation>Le lieu d&apos;arrestation de %1 n&apos;est pas enregistré ; le questionnaire indiquera « Inconnu » (indiquez au moins le pays ou le lieu de détention si possible).</translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation>Aucune date n’est enregistrée pour ce qui est arrivé à %1 (arrestation, détention, condamnation…). Les procédures spéciales acceptent une date approximative ; indiquez-en une, ou dites dans le récit qu’elle n’est pas connue.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation>%1 n&apos;a pas accepté d&apos;être nommé(e) auprès de l&apos;État : un mécanisme ne peut pas intervenir pour une personne qu&apos;il ne peut identifier. Redemandez le consentement, ou envoyez-le en connaissance de cause.</translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation>%1 a accepté d&apos;être nommé(e) auprès de l&apos;État mais pas publiquement : le Groupe de travail publie ses avis avec les noms des personnes concernées. Vérifiez que la personne l&apos;accepte.</translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation>Cette phrase peut permettre d&apos;identifier la source (« %1 ») ; reformulez-la ou marquez le champ comme confidentiel : « %2 »</translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation>Aucune source : l’ONU n’accepte pas les communications anonymes. Dans Personnes, ajoutez une personne avec le rôle « Source » (elle reste dans l’annexe confidentielle).</translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation>La source n’a pas de coordonnées ; l’ONU doit pouvoir la joindre pour le suivi.</translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation>Le récit n’est pas rédigé en anglais, en français ou en espagnol, les seules langues de travail de l’ONU. Rédigez ou traduisez le récit.</translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation>Un témoignage n’existe que dans une langue que l’ONU n’utilise pas : ajoutez une traduction anglaise, française ou espagnole, ou marquez-le confidentiel.</translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation>Aucun recours interne n’est décrit. Ce n’est pas obligatoire, mais dites ce qui a été tenté ou pourquoi rien n’a pu l’être.</translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation>Aucune catégorie du GTDA (I–V) n’est argumentée : expliquez pourquoi la détention est arbitraire (Analyse juridique).</translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation>Une demande urgente doit dire pourquoi la situation est urgente (Résumé › Pourquoi c’est urgent).</translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation>Aucun auteur présumé (unité, autorité ou personne) n’est nommé.</translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation>Aucun mandat des procédures spéciales n’est choisi (Résumé › Mandats de l’ONU).</translation>
    </message>
    <message>
        <source>The date %1 was arrested, abducted or last seen is not recorded with at least the month and year; the Working Group cannot process a case without it.</source>
        <translation>La date à laquelle %1 a été arrêté(e), enlevé(e) ou vu(e) pour la dernière fois n’est pas enregistrée avec au moins le mois et l’année ; le Groupe de travail ne peut pas traiter un dossier sans elle.</translation>
    </message>
    <message>
        <source>The place where %1 was arrested, abducted or last seen is not recorded; the Working Group cannot process a case without it.</source>
        <translation>Le lieu où %1 a été arrêté(e), enlevé(e) ou vu(e) pour la dernière fois n’est pas enregistré ; le Groupe de travail ne peut pas traiter un dossier sans lui.</translation>
    </message>
    <message>
        <source>No forces are named as believed responsible for the disappearance of %1; the Working Group cannot process a case without them.</source>
        <translation>Aucune force n’est désignée comme responsable présumée de la disparition de %1 ; le Groupe de travail ne peut pas traiter un dossier sans cette information.</translation>
    </message>
    <message>
        <source>No action taken to locate %1 is described (inquiries, complaints, habeas corpus); if nothing was possible, say why (Domestic remedies).</source>
        <translation>Aucune démarche pour retrouver %1 n’est décrite (enquêtes, plaintes, habeas corpus) ; si rien n’a été possible, indiquez pourquoi (Recours internes).</translation>
    </message>
    <message>
        <source>The source&apos;s relationship to the disappeared person is not recorded; the Working Group asks for it.</source>
        <translation>Le lien de la source avec la personne disparue n’est pas enregistré ; le Groupe de travail le demande.</translation>
    </message>
    <message>
        <source>%1 was held incommunicado in a place that is not known: this may be an enforced disappearance. Consider also submitting the case to the Working Group on Enforced or Involuntary Disappearances.</source>
        <translation>%1 a été détenu(e) au secret dans un lieu inconnu : il peut s’agir d’une disparition forcée. Envisagez de soumettre aussi le dossier au Groupe de travail sur les disparitions forcées ou involontaires.</translation>
    </message>
    <message>
        <source>No incident of intimidation or reprisal is recorded for the selected persons: add one under Reprisals.</source>
        <translation>Aucun acte d’intimidation ou de représailles n’est enregistré pour les personnes sélectionnées : ajoutez-en un sous Représailles.</translation>
    </message>
    <message>
        <source>An incident does not say who suffered it: choose the person concerned.</source>
        <translation>Un incident n’indique pas qui l’a subi : choisissez la personne concernée.</translation>
    </message>
    <message>
        <source>No consent of %1 to report this incident to the UN is on record; the UN acts on reprisals only with the informed consent of the person concerned.</source>
        <translation>Aucun consentement de %1 à la communication de cet incident à l’ONU n’est enregistré ; l’ONU n’agit sur les représailles qu’avec le consentement éclairé de la personne concernée.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: the document does not give the name, and the UN can raise the incident with the Government only without it.</source>
        <translation>%1 n’a pas accepté d’être nommé·e auprès de l’État : le document ne donne pas le nom, et l’ONU ne peut saisir le Gouvernement de l’incident que sans lui.</translation>
    </message>
    <message>
        <source>%1 is the source of the case: the document uses the pseudonym and gives the identity only in the confidential annex.</source>
        <translation>%1 est la source du dossier : le document utilise le pseudonyme et ne donne l’identité que dans l’annexe confidentielle.</translation>
    </message>
    <message>
        <source>An incident is marked confidential: the main document leaves it out and only the confidential annex carries it.</source>
        <translation>Un incident est marqué confidentiel : le document principal l’omet et seule l’annexe confidentielle le contient.</translation>
    </message>
    <message>
        <source>An incident has no form of reprisal (threats, travel ban…).</source>
        <translation>Un incident n’a pas de forme de représailles (menaces, interdiction de voyager…).</translation>
    </message>
    <message>
        <source>An incident has no date; give at least the year if you can.</source>
        <translation>Un incident n’a pas de date ; indiquez au moins l’année si possible.</translation>
    </message>
    <message>
        <source>An incident does not say which cooperation with the UN it followed (a submission, a communication, a session, a meeting).</source>
        <translation>Un incident n’indique pas quelle coopération avec l’ONU l’a précédé (une soumission, une communication, une session, une réunion).</translation>
    </message>
    <message>
        <source>An incident has no description of the facts.</source>
        <translation>Un incident n’a pas de description des faits.</translation>
    </message>
    <message>
        <source>An incident&apos;s text is not written in English, French or Spanish, the only languages the UN works in. Write or translate it.</source>
        <translation>Le texte d’un incident n’est pas rédigé en anglais, en français ou en espagnol, les seules langues de travail de l’ONU. Rédigez-le ou traduisez-le.</translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation>Une autorité n’est désignée que par un sigle ; écrivez son nom complet.</translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation>« %1 » utilise le sigle « %2 » ; écrivez le nom complet.</translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation>Les seules sources sont des articles de presse ; ajoutez un témoignage direct ou un document.</translation>
    </message>
    <message>
        <source>The communications log has nothing to follow up yet (a Government reply for comments, a communication for an update): add it to the log first.</source>
        <translation>Le journal des communications ne contient encore rien à suivre (une réponse du Gouvernement pour des commentaires, une communication pour une mise à jour) : ajoutez-la d’abord au journal.</translation>
    </message>
    <message>
        <source>The comments or update are not written yet (Comments or update, on the entry followed up).</source>
        <translation>Les commentaires ou la mise à jour ne sont pas encore rédigés (Commentaires ou mise à jour, sur l’entrée suivie).</translation>
    </message>
    <message>
        <source>The reply does not say which communication it answers; its reference will not be printed.</source>
        <translation>La réponse n’indique pas à quelle communication elle répond ; sa référence ne sera pas imprimée.</translation>
    </message>
    <message>
        <source>The comments or update are not written in English, French or Spanish; the UN works only in these languages.</source>
        <translation>Les commentaires ou la mise à jour ne sont pas rédigés en anglais, en français ou en espagnol ; l’ONU ne travaille que dans ces langues.</translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation>Le récit est long (plus de %1 mots) et n’a pas de résumé ; placez d’abord un résumé concis.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation>GTDA : communication individuelle</translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation>GTDA : action urgente</translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation>Procédures spéciales : lettre d’allégation</translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation>Procédures spéciales : appel urgent</translation>
    </message>
    <message>
        <source>WGEID: enforced or involuntary disappearance</source>
        <translation>GTDFI : disparition forcée ou involontaire</translation>
    </message>
    <message>
        <source>WGAD: comments on the Government&apos;s reply</source>
        <translation>GTDA : commentaires sur la réponse du Gouvernement</translation>
    </message>
    <message>
        <source>Special Procedures: update letter</source>
        <translation>Procédures spéciales : lettre de mise à jour</translation>
    </message>
    <message>
        <source>OHCHR reprisals focal point: intimidation and reprisals</source>
        <translation>Point focal du HCDH sur les représailles : intimidation et représailles</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>Avocat présent</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>Famille admise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>IdentityDocsEdit</name>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
</context>
<context>
    <name>IllTreatmentForm</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Mauvais traitements et santé</translation>
    </message>
    <message>
        <source>Torture or ill-treatment, health condition and care. Mark details confidential when disclosure could expose the person to reprisals.</source>
        <translation>Torture ou mauvais traitements, état de santé et soins. Marquez les détails comme confidentiels si leur divulgation peut exposer la personne à des représailles.</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Torture ou mauvais traitements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>Soins médicaux refusés</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>Danger de mort</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Auteurs (personnes au dossier)</translation>
    </message>
</context>
<context>
    <name>IllTreatmentSection</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Mauvais traitements et santé</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Dossiers du paquet</translation>
    </message>
    <message>
        <source>Import anyway: I trust this sender</source>
        <translation>Importer quand même : je fais confiance à cet expéditeur</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase. Type it to open the bundle.</source>
        <translation>Ce paquet est scellé par une phrase de passe. Tapez-la pour ouvrir le paquet.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Vérification de la signature et de chaque fichier…</translation>
    </message>
    <message>
        <source>Signed by %1, a verified contact.</source>
        <translation>Signé par %1, un contact vérifié.</translation>
    </message>
    <message>
        <source>Signed by %1, a contact you have NOT verified yet.</source>
        <translation>Signé par %1, un contact que vous n’avez PAS encore vérifié.</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>Fait par ce coffre.</translation>
    </message>
    <message>
        <source>Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before importing.</source>
        <translation>Signé par une clé INCONNUE, empreinte %2. Comparez-la avec l’expéditeur avant d’importer.</translation>
    </message>
    <message>
        <source>Every file checks out; nothing has been written yet.</source>
        <translation>Chaque fichier est intact ; rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported. Evidence: %1 file(s) added, %2 already here.</source>
        <translation>Importé. Preuves : %1 fichier(s) ajouté(s), %2 déjà présent(s).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — ours: %2 — theirs: %3</source>
        <translation>%1 — la nôtre : %2 — la leur : %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>IndexRebuildDialog</name>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation>Ce coffre a été créé par une version antérieure. Son index de recherche est reconstruit pour que les noms en pinyin, le chinois traditionnel et simplifié, l&apos;ouïghour dans les deux écritures et chaque section soient trouvés.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation>Indexation des dossiers pour la recherche (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation>Les résultats de recherche sont incomplets tant que l&apos;index n&apos;est pas reconstruit. La reconstruction reprendra au prochain déverrouillage du coffre.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être reconstruit. Les résultats peuvent être incomplets.</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Monter : %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Descendre : %1</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Retirer « %1 » ?</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation>Progression : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>Legal analysis</source>
        <translation>Analyse juridique</translation>
    </message>
    <message>
        <source>Tick each WGAD category that applies; say which articles were violated and why.</source>
        <translation>Cochez chaque catégorie du GTDA applicable ; indiquez quels articles ont été violés et pourquoi.</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>État partie au PIDCP</translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation>Autres droits invoqués</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Droits invoqués</translation>
    </message>
    <message>
        <source>General argument</source>
        <translation>Argumentation générale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases, names, testimonies…</source>
        <translation>Chercher dans les dossiers, noms, témoignages…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Open vault folder…</source>
        <translation>&amp;Ouvrir le répertoire d’un coffre…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>Create &amp;recovery key…</source>
        <translation>Créer une clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Identity and &amp;contacts…</source>
        <translation>Identité et &amp;contacts…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Figures across cases…</source>
        <translation>&amp;Chiffres de l&apos;ensemble des dossiers…</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Liste des dossiers</translation>
    </message>
    <message>
        <source>Show or hide the case list (F9)</source>
        <translation>Afficher ou masquer la liste des dossiers (F9)</translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation>É&amp;chéances et retards…</translation>
    </message>
    <message>
        <source>State replies, comments and follow-ups due across cases (Ctrl+Shift+D)</source>
        <translation>Réponses de l’État, commentaires et suivis attendus dans tous les dossiers (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;About Recourse</source>
        <translation>À &amp;propos de Recourse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — verrouillé</translation>
    </message>
    <message>
        <source>The case had problems that stopped it being saved.</source>
        <translation>Le dossier comportait des problèmes qui ont empêché de l’enregistrer.</translation>
    </message>
    <message>
        <source>Locked, but the last changes to the open case were not saved: %1</source>
        <translation>Verrouillé, mais les dernières modifications du dossier ouvert n’ont pas été enregistrées : %1</translation>
    </message>
    <message>
        <source>They are kept, encrypted, until you unlock this vault again in this window; then they are back in the editor.</source>
        <translation>Elles sont conservées, chiffrées, jusqu’à ce que vous déverrouilliez de nouveau ce coffre dans cette fenêtre ; elles reviennent alors dans l’éditeur.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Ouvrir le répertoire d’un coffre</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Pas un coffre</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce répertoire ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Répertoire non vide</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce répertoire n’est pas vide. Choisissez un répertoire vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>Choisissez d’abord un dossier dans la liste.</translation>
    </message>
    <message>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>Supprimer le dossier %1 et toutes ses preuves ? C’est irréversible : le contenu chiffré est effacé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo vault could not be made.</source>
        <translation>Le coffre de démonstration n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The last changes to the open case could not be saved. If you quit now they are lost. Quit anyway?

No: unlock the vault again to get them back and save them.</source>
        <translation>Les dernières modifications du dossier ouvert n’ont pas pu être enregistrées. Si vous quittez maintenant, elles sont perdues. Quitter quand même ?

Non : déverrouillez de nouveau le coffre pour les retrouver et les enregistrer.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Quitter et les perdre</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation>Écrivez le nom complet : l’ONU n’accepte pas les sigles seuls.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nom dans l’écriture d’origine</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Acteur étatique</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation>Le gouvernement a répondu</translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation>Avis : la détention est arbitraire</translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation>Avis : la détention n’est pas arbitraire</translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation>Classé : la personne a été libérée</translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation>Complément d’information demandé</translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation>Appel urgent envoyé</translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation>Communication transmise au gouvernement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019</source>
        <translation>p. ex. 2019-03-05, mars 2019</translation>
    </message>
    <message>
        <source>Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.</source>
        <translation>Écrivez la date telle que vous la connaissez : 2019, mars 2019, 5 mars 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Cochez « approximative » (ou écrivez « vers ») en cas de doute.</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation>La date est approximative (écrite avec ~)</translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation>%1 : approximative</translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation>Date non comprise : écrivez p. ex. 2019, mars 2019 ou 2019-03-05</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>Une clé de récupération ouvre le coffre si la phrase de passe est oubliée. Tapez la phrase de passe actuelle pour en créer une. Une clé créée auparavant cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase de passe actuelle :</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation>Période de détention</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>still held here</source>
        <translation>toujours détenu(e) ici</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>Autorité de détention</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>Autorité ayant ordonné</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>Au secret</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>Avocat de son choix</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>Famille informée</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motifs donnés</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original script&lt;/b&gt;</source>
        <translation>&lt;b&gt;Écriture d’origine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Translittération latine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source> (original script)</source>
        <translation> (écriture d’origine)</translation>
    </message>
    <message>
        <source> (Latin)</source>
        <translation> (latin)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>Âge lors de la détention</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Appartenance ethnique</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>Lien avec la victime</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation>Fonction / grade</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>province / region</source>
        <translation>province / région</translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation>ville, district, canton</translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation>adresse, établissement, repère</translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation>%1 : pays</translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation>%1 : province ou région</translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation>%1 : localité</translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation>%1 : précision</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation>Cet élément n’a pas d’identifiant valide.</translation>
    </message>
    <message>
        <source>This text is too long: shorten it.</source>
        <translation>Ce texte est trop long : raccourcissez-le.</translation>
    </message>
    <message>
        <source>This list has too many entries.</source>
        <translation>Cette liste a trop d’entrées.</translation>
    </message>
    <message>
        <source>This file name contains a folder, a control character or a direction mark: rename the file.</source>
        <translation>Ce nom de fichier contient un répertoire, un caractère de contrôle ou une marque de direction : renommez le fichier.</translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation>Deux éléments ont le même identifiant.</translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation>Une marque de confidentialité désigne un champ qui n’existe pas (%1).</translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation>Cette valeur ne figure pas dans la liste (%1) : choisissez-en une.</translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation>Ceci renvoie à un élément qui n’est plus dans le dossier : choisissez à nouveau.</translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation>Écrivez l’heure sur 24 heures, par exemple 09:30 ou 21:05.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation>Une empreinte SHA-256 compte 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation>Choisissez la personne privée de liberté.</translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation>Cette période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation>Une période en cours n’a pas de date de fin : effacez la date de fin ou décochez « En cours ».</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>L’âge doit être compris entre 0 et 130.</translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation>La taille d’un fichier ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>Une étiquette est vide.</translation>
    </message>
    <message>
        <source>This is not the identifier of a submission.</source>
        <translation>Ce n’est pas l’identifiant d’une soumission.</translation>
    </message>
    <message>
        <source>This does not look like a UN reference such as UA CHN 6/2020.</source>
        <translation>Cela ne ressemble pas à une référence de l’ONU telle que UA CHN 6/2020.</translation>
    </message>
    <message>
        <source>The type does not match the one in the reference (UA: urgent appeal, AL: allegation letter, OL: other letter).</source>
        <translation>Le type ne correspond pas à celui de la référence (UA : appel urgent, AL : lettre d’allégation, OL : autre lettre).</translation>
    </message>
    <message>
        <source>The reference names another year than the date.</source>
        <translation>La référence indique une autre année que la date.</translation>
    </message>
    <message>
        <source>This does not look like an opinion number such as 74/2018.</source>
        <translation>Cela ne ressemble pas à un numéro d’avis tel que 74/2018.</translation>
    </message>
    <message>
        <source>No date: no due date can be counted.</source>
        <translation>Pas de date : aucune échéance ne peut être calculée.</translation>
    </message>
    <message>
        <source>The date is not known to the day: no due date can be counted.</source>
        <translation>La date n’est pas connue au jour près : aucune échéance ne peut être calculée.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This links to an entry of another kind than expected.</source>
        <translation>Cela renvoie à une entrée d’un autre type que prévu.</translation>
    </message>
    <message>
        <source>This date is before the entry it answers.</source>
        <translation>Cette date précède l’entrée à laquelle elle répond.</translation>
    </message>
    <message>
        <source>Say which communication this reply answers.</source>
        <translation>Indiquez à quelle communication cette réponse répond.</translation>
    </message>
</context>
<context>
    <name>ProceedingsForm</name>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>Chefs d’accusation (loi, articles)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>Chefs d’accusation tels que formulés</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Numéro de l’affaire</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>Informé(e) des accusations</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé(e) le</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>Présenté(e) à un juge le</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>Accès à un avocat</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>Accès à un avocat : précisions</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>Aveux forcés</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>Aveux télévisés</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>audiences</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>Date du jugement</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Peine</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Issue de l’appel</translation>
    </message>
</context>
<context>
    <name>ProceedingsSection</name>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>procédures</translation>
    </message>
</context>
<context>
    <name>ProvisionsEdit</name>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Imprimez-la, gardez-la loin de cet ordinateur. Elle n&apos;est affichée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation>Afficher en trois parts (deux suffisent pour ouvrir le coffre)</translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation>Je l&apos;ai imprimée — fermer</translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation>Part %1 sur 3 :</translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation>Clé de récupération Recourse</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Gardez-la loin de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(manquant : %1)</translation>
    </message>
</context>
<context>
    <name>RemediesSection</name>
    <message>
        <source>Domestic remedies</source>
        <translation>Recours internes</translation>
    </message>
    <message>
        <source>remedy steps</source>
        <translation>démarches de recours</translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation>Plaintes, requêtes, pétitions, et ce qu’il en est advenu.</translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation>Pourquoi les recours ont été inefficaces ou n’ont pas été tentés</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>Note sur les recours</translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>Organe (au dossier)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>Organe (hors dossier)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Démarche effectuée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>Résultat : précisions</translation>
    </message>
</context>
<context>
    <name>ReprisalForm</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Reported to the UN only with the informed consent of the person concerned.</source>
        <translation>Communiqué à l’ONU uniquement avec le consentement éclairé de la personne concernée.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>Forme de représailles</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>Autorités responsables (au dossier)</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Auteurs (personnes au dossier)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>Auteurs (hors dossier)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Coopération avec l’ONU</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>Date de la coopération</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>Quelle soumission, communication ou réunion</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>Communication de l’ONU qui a précédé</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Référence de l’ONU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Preuves à l’appui</translation>
    </message>
    <message>
        <source>Consent covering this report</source>
        <translation>Consentement couvrant ce signalement</translation>
    </message>
    <message>
        <source>Notes (never printed)</source>
        <translation>Notes (jamais imprimées)</translation>
    </message>
    <message>
        <source>No consent to report this to the UN is on record for this person: the reprisals form will not be sent without it (Consent).</source>
        <translation>Aucun consentement de cette personne à la communication de ces faits à l’ONU n’est enregistré : le formulaire sur les représailles ne sera pas envoyé sans lui (Consentement).</translation>
    </message>
</context>
<context>
    <name>ReprisalsSection</name>
    <message>
        <source>Reprisals</source>
        <translation>Représailles</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Intimidation or reprisals against people for cooperating with the UN: threats, travel bans, detention, surveillance, harassment of family members…</source>
        <translation>Intimidation ou représailles contre des personnes pour leur coopération avec l’ONU : menaces, interdictions de voyager, détention, surveillance, harcèlement de membres de la famille…</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(choisissez la personne)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>Saisissez la phrase de passe de la sauvegarde %1. Elle sera restaurée dans %2.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Phrase de passe de la sauvegarde :</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Restauration et vérification du coffre…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>La phrase de passe ne correspond pas à cette sauvegarde. Rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>récit</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>arrestation</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>détention</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <translation>mauvais traitements</translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation>privation de liberté</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>recours</translation>
    </message>
    <message>
        <source>legal analysis</source>
        <translation>analyse juridique</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>communications log</source>
        <translation>journal des communications</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>reprisal</source>
        <translation>représailles</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Résumé de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed. Try other words.</source>
        <translation>La recherche a échoué. Essayez d’autres mots.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Aucun dossier ne correspond.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>The first %1 matches: add a word to narrow the search.</source>
        <translation>Les %1 premiers résultats : ajoutez un mot pour affiner la recherche.</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <source>Save the vault backup as</source>
        <translation>Enregistrer la sauvegarde du coffre sous</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Un fichier porte déjà ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>La sauvegarde a été enregistrée sous %1. Elle s’ouvre avec la phrase de passe du coffre.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>La sauvegarde a été annulée. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>La phrase de passe n’est pas correcte. Aucune clé de récupération n’a été créée.</translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>La clé de récupération n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation>Ce fichier de sauvegarde est introuvable.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Choisissez un répertoire nouveau et vide pour le coffre restauré</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>Ce répertoire n’est pas vide. Choisissez un répertoire vide, ou un nouveau, pour le coffre restauré.</translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Le coffre a été restauré dans %1. Déverrouillez-le avec la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>La restauration a été annulée. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>Cette sauvegarde est endommagée ou a été modifiée : elle ne peut pas être restaurée. Rien n’a été créé. Essayez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Recourse. Mettez Recourse à jour pour la restaurer. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>La sauvegarde n’a pas pu être restaurée. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>L’effacement d’urgence détruit définitivement ce coffre sur cet ordinateur : chaque dossier et chaque preuve. Personne ne peut l’annuler, même avec la phrase de passe ou une clé de récupération. Les sauvegardes conservées ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The vault could not be erased completely.</source>
        <translation>Le coffre n&apos;a pas pu être entièrement effacé.</translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation>Le coffre a été effacé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Default submission language</source>
        <translation>Langue des soumissions par défaut</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>&amp;Submission language:</source>
        <translation>Langue des &amp;soumissions :</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface :</translation>
    </message>
    <message>
        <source>The interface changes language at once; nothing you typed is lost. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>L’interface change de langue immédiatement ; rien de ce que vous avez saisi n’est perdu. Les soumissions sont rédigées dans la langue de l’organe de l’ONU, quelle que soit la langue de l’interface.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>This bundle is not sealed for this vault, or the bundle passphrase is wrong. Nothing was imported.</source>
        <translation>Ce paquet n’est pas scellé pour ce coffre, ou la phrase de passe du paquet est fausse. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not among your contacts. Nothing was imported.</source>
        <translation>Ce paquet est signé par quelqu’un qui n’est pas parmi vos contacts. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was imported before, or is older than one already imported from the same sender. Nothing was imported.</source>
        <translation>Ce paquet a déjà été importé, ou il est plus ancien qu’un paquet déjà importé du même expéditeur. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was altered or damaged on its way: it failed its checks. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>Ce paquet a été altéré ou endommagé en chemin : il a échoué aux vérifications. Rien n’a été importé. Demandez une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>This is not a usable contact card (a key is missing or damaged, it is your own, or the contact is already there).</source>
        <translation>Ce n’est pas une fiche de contact utilisable (une clé manque ou est endommagée, c’est la vôtre, ou le contact existe déjà).</translation>
    </message>
    <message>
        <source>A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.</source>
        <translation>Un paquet scellé par une phrase de passe est limité à 512 Mio. Scellez-le plutôt pour des contacts.</translation>
    </message>
    <message>
        <source>Full — my own team</source>
        <translation>Complet — ma propre équipe</translation>
    </message>
    <message>
        <source>Partner organisation — what consent allows</source>
        <translation>Organisation partenaire — ce que le consentement permet</translation>
    </message>
    <message>
        <source>Public — names only with consent, no evidence files</source>
        <translation>Public — noms seulement avec consentement, sans fichiers de preuves</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share cases</source>
        <translation>Partager des dossiers</translation>
    </message>
    <message>
        <source>Cases to share</source>
        <translation>Dossiers à partager</translation>
    </message>
    <message>
        <source>Contacts to seal it for</source>
        <translation>Contacts destinataires</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifié)</translation>
    </message>
    <message>
        <source>Seal with a passphrase instead of contacts</source>
        <translation>Sceller par une phrase de passe plutôt que pour des contacts</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase</source>
        <translation>Répétez la phrase de passe du paquet</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Profil de divulgation</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS, comments)</source>
        <translation>Retirer les métadonnées des images (EXIF, GPS, commentaires)</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Progression du scellement</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Dossiers :</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Cochez au moins un dossier.</translation>
    </message>
    <message>
        <source>Type a passphrase for the bundle.</source>
        <translation>Tapez une phrase de passe pour le paquet.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or seal with a passphrase.</source>
        <translation>Cochez au moins un contact, ou scellez par une phrase de passe.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Scellement…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ShareTasks</name>
    <message>
        <source>Share cases</source>
        <translation>Partager des dossiers</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any channel: only the chosen recipients can open it.</source>
        <translation>%1 dossier(s) et %2 fichier(s) de preuves ont été scellés dans %3. Envoyez ce fichier par n’importe quel canal : seuls les destinataires choisis peuvent l’ouvrir.</translation>
    </message>
    <message>
        <source>Cancelled: no file was kept.</source>
        <translation>Annulé : aucun fichier n’a été conservé.</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>Choisissez le paquet à importer</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>separate with ;</source>
        <translation>séparez par ;</translation>
    </message>
</context>
<context>
    <name>SubmissionsSection</name>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>Enregistrer les PDF…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>Enregistrer en DOCX…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Victims in this submission</source>
        <translation>Victimes concernées par cette soumission</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation>Vérifiez le dossier au regard du formulaire avant de générer.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Main document</source>
        <translation>Document principal</translation>
    </message>
    <message>
        <source>Confidential annex</source>
        <translation>Annexe confidentielle</translation>
    </message>
    <message>
        <source>Previewed document</source>
        <translation>Document affiché</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Référence ONU</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>Historique des soumissions</translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation>Suivi de la soumission sélectionnée</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation>Envoyé le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen d’envoi</translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation>Réponse de l’État attendue le</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>Commentaires attendus le</translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation>Numéro de l’avis</translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation>Date de l’avis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <source>Check and render</source>
        <translation>Vérifier et générer</translation>
    </message>
    <message>
        <source>History and tracking</source>
        <translation>Historique et suivi</translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation>Vérifiez le dossier, générez les documents, prévisualisez-les ici, puis enregistrez-les où vous voulez.</translation>
    </message>
    <message>
        <source>Persons concerned by the incidents</source>
        <translation>Personnes concernées par les incidents</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation>Corrigez d’abord les problèmes affichés dans le dossier : il ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation>%1 problème(s) bloquant(s), %2 avertissement(s). Cliquez sur l’un d’eux pour aller au champ. Vous pouvez quand même générer un brouillon.</translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation>Générer un brouillon</translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation>Prêt : aucun problème bloquant, %1 avertissement(s).</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation>Généré%1. Aperçu ci-dessous ; rien n’est écrit tant que vous n’enregistrez pas.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation>Génération annulée.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>Des problèmes bloquants subsistent : relancez la vérification.</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>La génération a échoué : %1</translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation>Enregistrer le document principal</translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation>Enregistrer l’annexe confidentielle</translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation>Enregistré. Conservez l’annexe confidentielle à part du document principal.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Cliquez pour aller au champ</translation>
    </message>
    <message>
        <source>Nothing to fix for this form.</source>
        <translation>Rien à corriger pour ce formulaire.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation>Les dates s’écrivent AAAA-MM-JJ ; le résultat doit figurer dans la liste.</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened, to whom, and why it matters — in brief.</source>
        <translation>Ce qui s’est passé, pour qui, et pourquoi c’est important — en bref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>État concerné</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>Pourquoi c’est urgent</translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation>Récit (anglais, français ou espagnol)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>Mandats de l’ONU</translation>
    </message>
    <message>
        <source>An urgent case needs a reason: say what makes it urgent (health, risk of torture, imminent trial or transfer). Urgent-action requests are refused without one.</source>
        <translation>Un dossier urgent a besoin d’une raison : dites ce qui le rend urgent (santé, risque de torture, procès ou transfert imminent). Sans elle, les demandes d’action urgente sont refusées.</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>témoignages</translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Personne ayant mené l’entretien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; — langue</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue d’origine</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Langue de la traduction</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur ou traductrice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>Date de la traduction</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation>Ajouter une traduction</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Retirer la traduction</translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation>Pas encore de traduction. L’ONU travaille en anglais, en français et en espagnol.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traductions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation>Retirer cette traduction ?</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Déverrouillez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Créer un &amp;nouveau coffre…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>Tentatives restantes avant que ce coffre s&apos;efface : %1</translation>
    </message>
</context>
<context>
    <name>VictimSelector</name>
    <message>
        <source>Detained person</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation>Ajoutez d’abord la personne détenue dans « Arrestation et détention ».</translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation>Personne détenue :</translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation>(aucune personne choisie)</translation>
    </message>
</context>
</TS>
