<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/gui/about.py" line="30"/>
        <location filename="../app/gui/about.py" line="33"/>
        <source>About Recourse</source>
        <translation>Acerca de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="38"/>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>Expedientes cifrados y sin conexión para quienes documentan violaciones de derechos humanos, y comunicaciones a las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="40"/>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse no abre ninguna conexión de red. Sus casos nunca salen de este ordenador salvo que usted los exporte.</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="42"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="43"/>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse: Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="45"/>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python (PySide6): Licencia Pública General Reducida de GNU (LGPL-3.0).</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="47"/>
        <source>Fonts</source>
        <translation>Tipos de letra</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="48"/>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>Los textos de las licencias están en resources/fonts/licenses.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="87"/>
        <source>Back up vault</source>
        <translation>Copia de seguridad del archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="88"/>
        <source>Writing the encrypted backup…</source>
        <translation>Escribiendo la copia cifrada…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="90"/>
        <source>Backup progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="111"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../app/gui/case_list.py" line="156"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="179"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="181"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="183"/>
        <source>Number of cases</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="184"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="186"/>
        <source>T&amp;ag:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="206"/>
        <location filename="../app/gui/case_list.py" line="214"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>State</source>
        <translation>Estado concernido</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="49"/>
        <source>Last update</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="174"/>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cree su bóveda&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="175"/>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse guarda sus expedientes cifrados en una carpeta de este ordenador. Elija una frase de contraseña para protegerla.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="181"/>
        <source>C&amp;hoose folder…</source>
        <translation>Ele&amp;gir carpeta…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="182"/>
        <source>Choose the folder of the new vault</source>
        <translation>Elegir la carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="188"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="189"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="194"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="200"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="204"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="212"/>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;Si pierde esta frase de contraseña, sus casos se pierden.&lt;/b&gt; Nadie puede recuperarla: ni los desarrolladores de Recourse, ni su organización, ni quien se lleve este ordenador. Anótela, guárdela en un lugar seguro, lejos de este ordenador, y haga copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="217"/>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>Crear también una clave de recuperación (recomendado: imprímala y guárdela lejos de este ordenador)</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="223"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="227"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="229"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="233"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="236"/>
        <source>Restore from backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="277"/>
        <source>Folder for the new vault</source>
        <translation>Carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="286"/>
        <source>Avoid common words, names and places.</source>
        <translation>Evite palabras comunes, nombres y lugares.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="287"/>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>Use al menos 4 palabras al azar, no una frase de un libro o de una canción.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="288"/>
        <source>Use at least 12 characters.</source>
        <translation>Use al menos 12 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="292"/>
        <source>Strength: %1.</source>
        <translation>Solidez: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="301"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="309"/>
        <source>Weak passphrase</source>
        <translation>Frase de contraseña débil</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="310"/>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>Esta frase de contraseña sería fácil de adivinar para quien se lleve este ordenador. ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="314"/>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>Creando la bóveda y protegiendo su clave. Tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <location filename="../app/gui/main_window.py" line="71"/>
        <source>Open case</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="84"/>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>El caso %1 está abierto (solo lectura: el editor de casos no forma parte de esta versión).</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>The case editor is not part of this build.</source>
        <translation>El editor de casos no forma parte de esta versión.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="92"/>
        <source>Choose a case in the list, or search.</source>
        <translation>Elija un caso de la lista, o busque.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="339"/>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="340"/>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>Para borrar el archivo para siempre, escriba el nombre de su carpeta (%1) y la palabra %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="344"/>
        <source>Vault folder name</source>
        <translation>Nombre de la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="346"/>
        <source>Type ERASE</source>
        <translation>Escriba ERASE</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="348"/>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="349"/>
        <source>Type %1:</source>
        <translation>Escriba %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="352"/>
        <source>Erase the vault</source>
        <translation>Borrar el archivo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/unlock.py" line="112"/>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>Esa frase de contraseña no abrió esta bóveda. Compruebe el bloqueo de mayúsculas y la distribución del teclado.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="115"/>
        <source>Type a passphrase first.</source>
        <translation>Escriba primero una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="117"/>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>Este archivo se borró tras demasiadas frases de contraseña incorrectas. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="120"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Esta carpeta no contiene ninguna bóveda de Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="122"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía para una nueva bóveda.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="125"/>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>Esta bóveda ha sido alterada: sus archivos no coinciden con sus comprobaciones. No la use; restaure una copia de seguridad y pida ayuda.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="128"/>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>Esta bóveda no se puede leer: falta un archivo o está dañado. Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="131"/>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>Esta bóveda fue creada por una versión más reciente de Recourse. Actualice Recourse para abrirla.</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="134"/>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>No se puede usar la carpeta (sin permiso, o el disco está lleno).</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="136"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Algo salió mal. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Search cases, names, testimonies…</source>
        <translation>Buscar casos, nombres, testimonios…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="189"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="190"/>
        <source>&amp;Open vault folder…</source>
        <translation>&amp;Abrir carpeta de bóveda…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Copia de seguridad del archivo…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="202"/>
        <source>Create &amp;recovery key…</source>
        <translation>Crear clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="203"/>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Borrado de emergencia…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="207"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="208"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Eliminar caso…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="209"/>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copiar referencia</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="214"/>
        <source>&amp;About Recourse</source>
        <translation>&amp;Acerca de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="238"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="263"/>
        <source>%1 — locked</source>
        <translation>%1 — bloqueado</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="379"/>
        <source>Open a vault folder</source>
        <translation>Abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="384"/>
        <source>Not a vault</source>
        <translation>No es una bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="385"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Esta carpeta no contiene ninguna bóveda de Recourse.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="392"/>
        <source>Folder for the new vault</source>
        <translation>Carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="399"/>
        <source>Folder not empty</source>
        <translation>Carpeta no vacía</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="400"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía para una nueva bóveda.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <location filename="../app/gui/main_window.py" line="464"/>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <source>Choose a case in the list first.</source>
        <translation>Elija primero un caso de la lista.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="465"/>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>¿Eliminar el caso %1 y todas sus pruebas? No se puede deshacer: el contenido cifrado se borra.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="140"/>
        <source>Create recovery key</source>
        <translation>Crear clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="141"/>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>Una clave de recuperación abre el archivo si se olvida la frase de contraseña. Escriba la frase actual para crear una. Una clave creada antes deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="147"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="152"/>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../app/gui/dialogs.py" line="62"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="171"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="172"/>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>Cualquiera que tenga esta clave puede abrir el archivo. Imprímala y guárdela lejos de este ordenador. Solo se muestra una vez.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="177"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="179"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="181"/>
        <source>Show as three shares (any two open the vault)</source>
        <translation>Mostrar en tres partes (dos cualesquiera abren el archivo)</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="184"/>
        <source>I have printed it — close</source>
        <translation>Ya la imprimí — cerrar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="203"/>
        <source>Share %1 of 3:</source>
        <translation>Parte %1 de 3:</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="210"/>
        <source>Recourse recovery key</source>
        <translation>Clave de recuperación de Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="211"/>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>Cualquiera que tenga esta clave puede abrir el archivo. Guárdela lejos del ordenador.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="248"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="249"/>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>Escriba la frase de contraseña de la copia de seguridad %1. Se restaurará en %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="254"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="256"/>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="258"/>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="265"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="295"/>
        <source>Restoring and checking the vault…</source>
        <translation>Restaurando y comprobando la bóveda…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="302"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="325"/>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>La frase de contraseña no es correcta para esta copia de seguridad. No se ha restaurado nada.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>testimony</source>
        <translation>testimonio</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>evidence</source>
        <translation>prueba</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/gui/search_view.py" line="160"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="168"/>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="201"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="209"/>
        <source>The search failed. Try other words.</source>
        <translation>La búsqueda falló. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>No case matches.</source>
        <translation>Ningún caso coincide.</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="215"/>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="419"/>
        <source>Save the vault backup as</source>
        <translation>Guardar la copia del archivo como</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="424"/>
        <location filename="../app/gui/security_dialogs.py" line="441"/>
        <location filename="../app/gui/security_dialogs.py" line="448"/>
        <location filename="../app/gui/security_dialogs.py" line="451"/>
        <source>Back up vault</source>
        <translation>Copia de seguridad del archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="425"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Ya existe un archivo con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="442"/>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>La copia se guardó como %1. Se abre con la frase de contraseña del archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="449"/>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>La copia se canceló. No se conservó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="452"/>
        <source>The backup could not be written. No file was kept.</source>
        <translation>No se pudo escribir la copia. No se conservó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="498"/>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>La frase de contraseña no es correcta. No se creó ninguna clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="500"/>
        <source>The recovery key could not be made.</source>
        <translation>No se pudo crear la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="501"/>
        <source>Create recovery key</source>
        <translation>Crear clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="506"/>
        <location filename="../app/gui/security_dialogs.py" line="532"/>
        <location filename="../app/gui/security_dialogs.py" line="538"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="507"/>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="512"/>
        <source>This backup file cannot be found.</source>
        <translation>No se encuentra este archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="514"/>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Elija una carpeta nueva y vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="520"/>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía, o una nueva, para la bóveda restaurada.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="533"/>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>La bóveda se ha restaurado en %1. Desbloquéela con la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="540"/>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>Se ha cancelado la restauración. No se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="542"/>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>Esta copia de seguridad está dañada o ha sido alterada, por lo que no se puede restaurar. No se ha creado nada. Pruebe con otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="545"/>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de Recourse. Actualice Recourse para restaurarla. No se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="548"/>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>No se ha podido restaurar la copia de seguridad. No se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="555"/>
        <location filename="../app/gui/security_dialogs.py" line="572"/>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="556"/>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>El borrado de emergencia destruye para siempre este archivo en este ordenador: cada caso y cada prueba. Nadie puede deshacerlo, ni con la frase de contraseña ni con una clave de recuperación. Las copias de seguridad guardadas en otro lugar no se tocan.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="573"/>
        <source>The vault could not be erased completely.</source>
        <translation>No se pudo borrar el archivo por completo.</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
        <source>The vault was erased.</source>
        <translation>El archivo se borró.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings.py" line="86"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="89"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="91"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="94"/>
        <source>Default submission language</source>
        <translation>Idioma predeterminado de las comunicaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="100"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="107"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="109"/>
        <source>&amp;Submission language:</source>
        <translation>Idioma de las &amp;comunicaciones:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="111"/>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="116"/>
        <source>A new interface language applies the next time Recourse starts. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>Un nuevo idioma de interfaz se aplica la próxima vez que se inicie Recourse. Las comunicaciones se redactan en el idioma del órgano de la ONU, sea cual sea el idioma de la interfaz.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="366"/>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Desbloquee su bóveda&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="370"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="373"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="384"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="389"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="391"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="393"/>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una &amp;nueva bóveda…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="395"/>
        <source>Restore from backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="425"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="442"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="480"/>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>Intentos restantes antes de que esta bóveda se borre: %1</translation>
    </message>
</context>
</TS>
