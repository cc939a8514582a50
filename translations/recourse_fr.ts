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
        <location filename="../app/gui/security_dialogs.py" line="87"/>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="88"/>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="90"/>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="111"/>
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
        <location filename="../app/gui/unlock.py" line="174"/>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="175"/>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse conserve vos dossiers chiffrés dans un dossier de cet ordinateur. Choisissez une phrase de passe pour le protéger.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="181"/>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;hoisir le dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="182"/>
        <source>Choose the folder of the new vault</source>
        <translation>Choisir le dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="188"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="189"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="194"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="200"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="204"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="212"/>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;Si vous perdez cette phrase de passe, vos dossiers sont perdus.&lt;/b&gt; Personne ne peut la retrouver : ni les développeurs de Recourse, ni votre organisation, ni quiconque prendrait cet ordinateur. Notez-la, gardez-la en lieu sûr, loin de cet ordinateur, et faites des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="217"/>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>Créer aussi une clé de récupération (recommandé : imprimez-la et gardez-la loin de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="223"/>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="227"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="229"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="233"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="236"/>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="277"/>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="286"/>
        <source>Avoid common words, names and places.</source>
        <translation>Évitez les mots courants, les noms et les lieux.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="287"/>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>Utilisez au moins 4 mots pris au hasard, pas une phrase d’un livre ou d’une chanson.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="288"/>
        <source>Use at least 12 characters.</source>
        <translation>Utilisez au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="292"/>
        <source>Strength: %1.</source>
        <translation>Solidité : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="301"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="309"/>
        <source>Weak passphrase</source>
        <translation>Phrase de passe faible</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="310"/>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu’un qui prendrait cet ordinateur. L’utiliser quand même ?</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Use it anyway</source>
        <translation>L’utiliser quand même</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Choose another</source>
        <translation>En choisir une autre</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="314"/>
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
        <location filename="../app/gui/security_dialogs.py" line="339"/>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="340"/>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>Pour effacer le coffre définitivement, tapez le nom de son dossier (%1) et le mot %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="344"/>
        <source>Vault folder name</source>
        <translation>Nom du dossier du coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="346"/>
        <source>Type ERASE</source>
        <translation>Tapez ERASE</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="348"/>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="349"/>
        <source>Type %1:</source>
        <translation>Tapez %1 :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="352"/>
        <source>Erase the vault</source>
        <translation>Effacer le coffre</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/unlock.py" line="112"/>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>Cette phrase de passe n’a pas ouvert ce coffre. Vérifiez le verrouillage des majuscules et la disposition du clavier.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="115"/>
        <source>Type a passphrase first.</source>
        <translation>Saisissez d’abord une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="117"/>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>Ce coffre a été effacé après trop de phrases secrètes erronées. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="120"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce dossier ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="122"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="125"/>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>Ce coffre a été modifié : ses fichiers ne correspondent pas à leurs contrôles. Ne l’utilisez pas ; restaurez une sauvegarde et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="128"/>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>Ce coffre est illisible : un fichier est endommagé ou manquant. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="131"/>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Recourse. Mettez Recourse à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="134"/>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>Ce dossier est inutilisable (pas d’autorisation, ou disque plein).</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="136"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Search cases, names, testimonies…</source>
        <translation>Chercher dans les dossiers, noms, témoignages…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="189"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="190"/>
        <source>&amp;Open vault folder…</source>
        <translation>&amp;Ouvrir un dossier de coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="202"/>
        <source>Create &amp;recovery key…</source>
        <translation>Créer une clé de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="203"/>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="207"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="208"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="209"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="214"/>
        <source>&amp;About Recourse</source>
        <translation>À &amp;propos de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="238"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="263"/>
        <source>%1 — locked</source>
        <translation>%1 — verrouillé</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="379"/>
        <source>Open a vault folder</source>
        <translation>Ouvrir un dossier de coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="384"/>
        <source>Not a vault</source>
        <translation>Pas un coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="385"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Ce dossier ne contient pas de coffre Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="392"/>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="399"/>
        <source>Folder not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="400"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier vide pour un nouveau coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <location filename="../app/gui/main_window.py" line="464"/>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <source>Choose a case in the list first.</source>
        <translation>Choisissez d’abord un dossier dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="465"/>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>Supprimer le dossier %1 et toutes ses pièces ? C’est irréversible : le contenu chiffré est effacé.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="140"/>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="141"/>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>Une clé de récupération ouvre le coffre si la phrase secrète est oubliée. Tapez la phrase secrète actuelle pour en créer une. Une clé créée auparavant cesse de fonctionner.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="147"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="152"/>
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
        <location filename="../app/gui/security_dialogs.py" line="171"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="172"/>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Imprimez-la, gardez-la loin de cet ordinateur. Elle n&apos;est affichée qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="177"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="179"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="181"/>
        <source>Show as three shares (any two open the vault)</source>
        <translation>Afficher en trois parts (deux suffisent pour ouvrir le coffre)</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="184"/>
        <source>I have printed it — close</source>
        <translation>Je l&apos;ai imprimée — fermer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="203"/>
        <source>Share %1 of 3:</source>
        <translation>Part %1 sur 3 :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="210"/>
        <source>Recourse recovery key</source>
        <translation>Clé de récupération Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="211"/>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>Quiconque possède cette clé peut ouvrir le coffre. Gardez-la loin de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="248"/>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="249"/>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>Saisissez la phrase secrète de la sauvegarde %1. Elle sera restaurée dans %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="254"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="256"/>
        <source>Backup passphrase:</source>
        <translation>Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="258"/>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="265"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="295"/>
        <source>Restoring and checking the vault…</source>
        <translation>Restauration et vérification du coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="302"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="325"/>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>La phrase secrète ne correspond pas à cette sauvegarde. Rien n’a été restauré.</translation>
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
        <location filename="../app/gui/security_dialogs.py" line="419"/>
        <source>Save the vault backup as</source>
        <translation>Enregistrer la sauvegarde du coffre sous</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="424"/>
        <location filename="../app/gui/security_dialogs.py" line="441"/>
        <location filename="../app/gui/security_dialogs.py" line="448"/>
        <location filename="../app/gui/security_dialogs.py" line="451"/>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="425"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Un fichier porte déjà ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="442"/>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>La sauvegarde a été enregistrée sous %1. Elle s&apos;ouvre avec la phrase secrète du coffre.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="449"/>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>La sauvegarde a été annulée. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="452"/>
        <source>The backup could not be written. No file was kept.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite. Aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="498"/>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>La phrase secrète n&apos;est pas correcte. Aucune clé de récupération n&apos;a été créée.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="500"/>
        <source>The recovery key could not be made.</source>
        <translation>La clé de récupération n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="501"/>
        <source>Create recovery key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="506"/>
        <location filename="../app/gui/security_dialogs.py" line="532"/>
        <location filename="../app/gui/security_dialogs.py" line="538"/>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="507"/>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="512"/>
        <source>This backup file cannot be found.</source>
        <translation>Ce fichier de sauvegarde est introuvable.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="514"/>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Choisissez un dossier nouveau et vide pour le coffre restauré</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="520"/>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier vide, ou un nouveau dossier, pour le coffre restauré.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="533"/>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Le coffre a été restauré dans %1. Déverrouillez-le avec la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="540"/>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>La restauration a été annulée. Rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="542"/>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>Cette sauvegarde est endommagée ou a été modifiée : elle ne peut pas être restaurée. Rien n’a été créé. Essayez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="545"/>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Recourse. Mettez Recourse à jour pour la restaurer. Rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="548"/>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>La sauvegarde n’a pas pu être restaurée. Rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="555"/>
        <location filename="../app/gui/security_dialogs.py" line="572"/>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="556"/>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>L&apos;effacement d&apos;urgence détruit définitivement ce coffre sur cet ordinateur : chaque dossier et chaque preuve. Personne ne peut l&apos;annuler, même avec la phrase secrète ou une clé de récupération. Les sauvegardes conservées ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="573"/>
        <source>The vault could not be erased completely.</source>
        <translation>Le coffre n&apos;a pas pu être entièrement effacé.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
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
        <location filename="../app/gui/unlock.py" line="366"/>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Déverrouillez votre coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="370"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="373"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="384"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="389"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="391"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="393"/>
        <source>Create a &amp;new vault…</source>
        <translation>Créer un &amp;nouveau coffre…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="395"/>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="425"/>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="442"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="480"/>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>Tentatives restantes avant que ce coffre s&apos;efface : %1</translation>
    </message>
</context>
</TS>
