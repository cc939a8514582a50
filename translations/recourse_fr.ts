<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/gui/about.py" line="30"/>
        <location filename="../app/gui/about.py" line="33"/>
        <source>About Recourse</source>
        <translation>À propos de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="38"/>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>Dossiers chiffrés et hors ligne pour les personnes qui documentent les violations des droits humains, et soumissions aux Nations Unies.</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="40"/>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse n’ouvre aucune connexion réseau. Vos dossiers ne quittent jamais cet ordinateur, sauf si vous les exportez.</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="42"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="43"/>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse : licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="45"/>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python (PySide6) : licence publique générale limitée GNU (LGPL-3.0).</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="47"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="48"/>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>Les textes des licences se trouvent dans resources/fonts/licenses.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="78"/>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="79"/>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="81"/>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="102"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../app/gui/case_list.py" line="156"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="179"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="181"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="183"/>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="184"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="186"/>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="206"/>
        <location filename="../app/gui/case_list.py" line="214"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="49"/>
        <source>Last update</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="171"/>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="172"/>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse conserve vos dossiers chiffrés dans un dossier de cet ordinateur. Choisissez une phrase de passe pour le protéger.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="178"/>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;hoisir le dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="179"/>
        <source>Choose the folder of the new vault</source>
        <translation>Choisir le dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="185"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="186"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="191"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="197"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="199"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="201"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="209"/>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;Si vous perdez cette phrase de passe, vos dossiers sont perdus.&lt;/b&gt; Personne ne peut la retrouver : ni les développeurs de Recourse, ni votre organisation, ni quiconque prendrait cet ordinateur. Notez-la, gardez-la en lieu sûr, loin de cet ordinateur, et faites des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="217"/>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="221"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="223"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="227"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="267"/>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="275"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="275"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="275"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="275"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="275"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="276"/>
        <source>Avoid common words, names and places.</source>
        <translation>Évitez les mots courants, les noms et les lieux.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="277"/>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>Utilisez au moins 4 mots pris au hasard, pas une phrase d’un livre ou d’une chanson.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="278"/>
        <source>Use at least 12 characters.</source>
        <translation>Utilisez au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="282"/>
        <source>Strength: %1.</source>
        <translation>Solidité : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="291"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="299"/>
        <source>Weak passphrase</source>
        <translation>Phrase de passe faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="300"/>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu’un qui prendrait cet ordinateur. L’utiliser quand même ?</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="301"/>
        <source>Use it anyway</source>
        <translation>L’utiliser quand même</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="301"/>
        <source>Choose another</source>
        <translation>En choisir une autre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="304"/>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>Création du coffre et protection de sa clé. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <location filename="../app/gui/main_window.py" line="71"/>
        <source>Open case</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="84"/>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>Le dossier %1 est ouvert (lecture seule : l’éditeur de dossiers ne fait pas partie de cette version).</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>The case editor is not part of this build.</source>
        <translation>L’éditeur de dossiers ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="92"/>
        <source>Choose a case in the list, or search.</source>
        <translation>Choisissez un dossier dans la liste, ou cherchez.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="220"/>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="221"/>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>Pour effacer le coffre définitivement, tapez le nom de son dossier (%1) et le mot %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="225"/>
        <source>Vault folder name</source>
        <translation>Nom du dossier du coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="227"/>
        <source>Type ERASE</source>
        <translation>Tapez ERASE</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="229"/>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="230"/>
        <source>Type %1:</source>
        <translation>Tapez %1 :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="233"/>
        <source>Erase the vault</source>
        <translation>Effacer le coffre</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/unlock.py" line="111"/>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>Cette phrase de passe n’a pas ouvert ce coffre. Vérifiez le verrouillage des majuscules et la disposition du clavier.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="114"/>
        <source>Type a passphrase first.</source>
        <translation>Saisissez d’abord une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="116"/>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>Ce coffre a été effacé après trop de phrases secrètes erronées. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="119"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce dossier ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="121"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="124"/>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>Ce coffre a été modifié : ses fichiers ne correspondent pas à leurs contrôles. Ne l’utilisez pas ; restaurez une sauvegarde et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="127"/>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>Ce coffre est illisible : un fichier est endommagé ou manquant. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="130"/>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Recourse. Mettez Recourse à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="133"/>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>Ce dossier est inutilisable (pas d’autorisation, ou disque plein).</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="135"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>Search cases, names, testimonies…</source>
        <translation>Chercher dans les dossiers, noms, témoignages…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="188"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="189"/>
        <source>&amp;Open vault folder…</source>
        <translation>&amp;Ouvrir un dossier de coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="191"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="197"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="198"/>
        <source>Create &amp;recovery key…</source>
        <translation>Créer une clé de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="199"/>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="203"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="205"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="206"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="210"/>
        <source>&amp;About Recourse</source>
        <translation>À &amp;propos de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="234"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="259"/>
        <source>%1 — locked</source>
        <translation>%1 — verrouillé</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="369"/>
        <source>Open a vault folder</source>
        <translation>Ouvrir un dossier de coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="374"/>
        <source>Not a vault</source>
        <translation>Pas un coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="375"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce dossier ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="382"/>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="389"/>
        <source>Folder not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="390"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="447"/>
        <location filename="../app/gui/main_window.py" line="454"/>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="447"/>
        <source>Choose a case in the list first.</source>
        <translation>Choisissez d’abord un dossier dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="455"/>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>Supprimer le dossier %1 et toutes ses pièces ? C’est irréversible : le contenu chiffré est effacé.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="131"/>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="132"/>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>Une clé de récupération ouvre le coffre si la phrase secrète est oubliée. Tapez la phrase secrète actuelle pour en créer une. Une clé créée auparavant cesse de fonctionner.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="138"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="140"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="143"/>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../app/gui/dialogs.py" line="62"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="162"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="163"/>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Imprimez-la, gardez-la loin de cet ordinateur. Elle n&apos;est affichée qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="168"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="170"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="172"/>
        <source>Show as three shares (any two open the vault)</source>
        <translation>Afficher en trois parts (deux suffisent pour ouvrir le coffre)</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="175"/>
        <source>I have printed it — close</source>
        <translation>Je l&apos;ai imprimée — fermer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="194"/>
        <source>Share %1 of 3:</source>
        <translation>Part %1 sur 3 :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="201"/>
        <source>Recourse recovery key</source>
        <translation>Clé de récupération Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="202"/>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Gardez-la loin de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>narrative</source>
        <translation>récit</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>evidence</source>
        <translation>pièce</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/gui/search_view.py" line="160"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="168"/>
        <source>Search summary</source>
        <translation>Résumé de la recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="201"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="209"/>
        <source>The search failed. Try other words.</source>
        <translation>La recherche a échoué. Essayez d’autres mots.</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>No case matches.</source>
        <translation>Aucun dossier ne correspond.</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="215"/>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="297"/>
        <source>Save the vault backup as</source>
        <translation>Enregistrer la sauvegarde du coffre sous</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="302"/>
        <location filename="../app/gui/security_dialogs.py" line="319"/>
        <location filename="../app/gui/security_dialogs.py" line="326"/>
        <location filename="../app/gui/security_dialogs.py" line="329"/>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="303"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Un fichier porte déjà ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="320"/>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>La sauvegarde a été enregistrée sous %1. Elle s&apos;ouvre avec la phrase secrète du coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="327"/>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>La sauvegarde a été annulée. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="330"/>
        <source>The backup could not be written. No file was kept.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="370"/>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>La phrase secrète n&apos;est pas correcte. Aucune clé de récupération n&apos;a été créée.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="372"/>
        <source>The recovery key could not be made.</source>
        <translation>La clé de récupération n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="373"/>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="379"/>
        <location filename="../app/gui/security_dialogs.py" line="396"/>
        <location filename="../app/gui/security_dialogs.py" line="399"/>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="380"/>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>L&apos;effacement d&apos;urgence détruit définitivement ce coffre sur cet ordinateur : chaque dossier et chaque preuve. Personne ne peut l&apos;annuler, même avec la phrase secrète ou une clé de récupération. Les sauvegardes conservées ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="383"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="383"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="397"/>
        <source>The vault could not be erased completely.</source>
        <translation>Le coffre n&apos;a pas pu être entièrement effacé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="399"/>
        <source>The vault was erased.</source>
        <translation>Le coffre a été effacé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings.py" line="86"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="89"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="91"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="94"/>
        <source>Default submission language</source>
        <translation>Langue des soumissions par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="100"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="107"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="109"/>
        <source>&amp;Submission language:</source>
        <translation>Langue des &amp;soumissions :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="111"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="116"/>
        <source>A new interface language applies the next time Recourse starts. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>Une nouvelle langue d’interface s’applique au prochain démarrage de Recourse. Les soumissions sont rédigées dans la langue de l’organe de l’ONU, quelle que soit la langue de l’interface.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="351"/>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Déverrouillez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="355"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="356"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="358"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="369"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="374"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="376"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="378"/>
        <source>Create a &amp;new vault…</source>
        <translation>Créer un &amp;nouveau coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="406"/>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="423"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="461"/>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>Tentatives restantes avant que ce coffre s&apos;efface : %1</translation>
    </message>
</context>
</TS>
