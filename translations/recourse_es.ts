<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recourse</source>
        <translation>Acerca de Recourse</translation>
    </message>
    <message>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>Expedientes de casos cifrados y sin conexión para quienes documentan violaciones de derechos humanos, y comunicaciones a las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse no abre ninguna conexión de red. Sus casos nunca salen de este ordenador salvo que usted los exporte.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse: Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python (PySide6): Licencia Pública General Reducida de GNU (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Tipos de letra</translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>Los textos de las licencias están en resources/fonts/licenses.</translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>Date of arrest</source>
        <translation>Fecha de la detención</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>Lugar de la detención</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>Fuerzas (en el caso)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>Fuerzas: uniformes, vehículos, número</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>Orden mostrada</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>Orden emitida por</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>Emisor (no registrado en el caso)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motivos dados</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circunstancias</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>Copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Escribiendo la copia cifrada…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Problems preventing saving</source>
        <translation>Problemas que impiden guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This case cannot be saved until the problems shown are fixed. Discard the changes?</source>
        <translation>Este caso no se puede guardar hasta corregir los problemas indicados. ¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Saved %1 — %2 field(s) kept as a draft until fixed</source>
        <translation>Guardado a las %1 — %2 campo(s) guardado(s) como borrador hasta corregirlo(s)</translation>
    </message>
    <message>
        <source>The changes not saved before the lock are back. Not saved yet.</source>
        <translation>Los cambios no guardados antes del bloqueo han vuelto. Aún no se han guardado.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>a problem to fix</source>
        <translation>un problema que corregir</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Click to go to this field</source>
        <translation>Haga clic para ir a este campo</translation>
    </message>
    <message>
        <source>Not saved: %1 problem(s) — click one to go to it</source>
        <translation>No guardado: %1 problema(s) — haga clic en uno para ir a él</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>New case — not saved yet</source>
        <translation>Caso nuevo — aún sin guardar</translation>
    </message>
    <message>
        <source>%1 field(s) kept as a draft: fix them to store them</source>
        <translation>%1 campo(s) guardado(s) como borrador: corríjalos para guardarlos</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado concernido</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumentación</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <source>Log entry</source>
        <extracomment>the fields each kind of entry uses (the others are hidden, their values kept)</extracomment>
        <translation>Entrada del registro</translation>
    </message>
    <message>
        <source>UA CHN 6/2020 — 74/2018</source>
        <translation>UA CHN 6/2020 — 74/2018</translation>
    </message>
    <message>
        <source>Printed by the follow-up documents: the source&apos;s comments on a reply (WGAD), or the update on a communication (Special Procedures).</source>
        <translation>Se imprime en los documentos de seguimiento: los comentarios de la fuente sobre una respuesta (GTDA) o la actualización sobre una comunicación (procedimientos especiales).</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Date (sent, received, adopted, issued)</source>
        <translation>Fecha (envío, recepción, aprobación, publicación)</translation>
    </message>
    <message>
        <source>UN reference or opinion number</source>
        <translation>Referencia de la ONU o número de opinión</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>Tipo de comunicación</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>Titulares de mandatos</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Title of the press release</source>
        <translation>Título del comunicado de prensa</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>Dónde se publicó</translation>
    </message>
    <message>
        <source>Comments due (as set by the UN)</source>
        <translation>Comentarios a más tardar el (fijado por la ONU)</translation>
    </message>
    <message>
        <source>Document (attached as evidence)</source>
        <translation>Documento (adjunto como prueba)</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>Comunicaciones que la originaron</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>Comentarios o actualización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CommunicationsSection</name>
    <message>
        <source>Communications log</source>
        <translation>Registro de comunicaciones</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>entradas del registro</translation>
    </message>
    <message>
        <source>Due dates and hints</source>
        <translation>Plazos y observaciones</translation>
    </message>
    <message>
        <source>What the UN and the State did after a submission: communications sent to the State, the State&apos;s replies, opinions, press releases, and what the source sent back. Due dates follow from it.</source>
        <translation>Lo que la ONU y el Estado hicieron después de una comunicación: comunicaciones enviadas al Estado, respuestas del Estado, opiniones, comunicados de prensa y lo que la fuente envió después. Los plazos se derivan de ello.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada el %1</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2 days)</source>
        <translation>Vencido desde el %1 (%2 días)</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>Vence el %1 (dentro de %2 días)</translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation>Elemento confidencial</translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation>Confidencial: no figura en los documentos enviados al Estado (solo en el anexo)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>No confidencial</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation>Nada que permita identificar a alguien se envía a la ONU ni al Estado sin el consentimiento registrado aquí.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Persona concernida</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>Nombre de quien lo otorgó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Recording or signed form</source>
        <translation>Grabación o formulario firmado</translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation>puede presentarse a la ONU</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>Presentar a la ONU</translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation>el nombre puede comunicarse al Estado</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>Nombre al Estado</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>Nombre en informes públicos</translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation>puede compartirse con organizaciones asociadas</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Compartir con socios</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>registros de consentimiento</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(elija la persona)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation>ONU: sí</translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation>ONU: no</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation>Otro (mensajería)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Identity and contacts</source>
        <translation>Identidad y contactos</translation>
    </message>
    <message>
        <source>Your fingerprint. Read it aloud to a partner who adds you; it must match what their Recourse shows.</source>
        <translation>Su huella. Léala en voz alta al socio que le añade; debe coincidir con lo que muestra su Recourse.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <source>Save my contact card…</source>
        <translation>Guardar mi tarjeta de contacto…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s contact card here</source>
        <translation>Pegue aquí la tarjeta de contacto de un socio</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Name to show (optional)</source>
        <translation>Nombre que se mostrará (opcional)</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>Marcar como verificado…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>Save my contact card as</source>
        <translation>Guardar mi tarjeta de contacto como</translation>
    </message>
    <message>
        <source>Contact card saved. It holds no secret: send it by any channel.</source>
        <translation>Tarjeta de contacto guardada. No contiene ningún secreto: envíela por cualquier canal.</translation>
    </message>
    <message>
        <source>Added %1. Compare this fingerprint with them by phone or in person, then mark the contact verified: %2</source>
        <translation>%1 añadido. Compare esta huella con esa persona por teléfono o en persona y luego marque el contacto como verificado: %2</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>Verificar contacto</translation>
    </message>
    <message>
        <source>Does %1 read out exactly these digits?

%2</source>
        <translation>¿%1 lee exactamente estas cifras?

%2</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Select a contact and type the new name in the name field.</source>
        <translation>Seleccione un contacto y escriba el nuevo nombre en el campo del nombre.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Remove %1? Bundles they sign will then be refused as from an unknown sender.</source>
        <translation>¿Quitar a %1? Los paquetes que firme se rechazarán como de un remitente desconocido.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cree su bóveda&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse guarda los expedientes de sus casos cifrados en una carpeta de este ordenador. Elija una frase de contraseña para protegerla.</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>Ele&amp;gir carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder of the new vault</source>
        <translation>Elegir la carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;Si pierde esta frase de contraseña, sus casos se pierden.&lt;/b&gt; Nadie puede recuperarla: ni los desarrolladores de Recourse, ni su organización, ni quien se lleve este ordenador. Anótela, guárdela en un lugar seguro, lejos de este ordenador, y haga copias de seguridad.</translation>
    </message>
    <message>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>Crear también una clave de recuperación (recomendado: imprímala y guárdela lejos de este ordenador)</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Avoid common words, names and places.</source>
        <translation>Evite palabras comunes, nombres y lugares.</translation>
    </message>
    <message>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>Use al menos 4 palabras al azar, no una frase de un libro o de una canción.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Use al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Solidez: %1.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Frase de contraseña débil</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>Esta frase de contraseña sería fácil de adivinar para quien se lleve este ordenador. ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>Creando la bóveda y protegiendo su clave. Tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>DeprivationForm</name>
    <message>
        <source>Deprivation of liberty</source>
        <translation>Privación de libertad</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Persona detenida</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Sigue detenida</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Liberada el</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>Otros procedimientos internacionales</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation>periodos de reclusión</translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation>Periodos de reclusión, en orden (incluidos los traslados)</translation>
    </message>
</context>
<context>
    <name>DetentionSection</name>
    <message>
        <source>Arrest and detention</source>
        <translation>Detención y reclusión</translation>
    </message>
    <message>
        <source>detained persons</source>
        <translation>personas detenidas</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(elija la persona)</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>Plazos y vencimientos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>Todos los plazos</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Vence en 14 días</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vence en 30 días</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Referencia de la ONU</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Plazos y vencimientos</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the cases again (after editing a log entry)</source>
        <translation>Volver a leer los casos (tras editar una entrada del registro)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Leyendo los casos…</translation>
    </message>
    <message>
        <source>%1 items, %2 overdue. Double-click or press Enter to open the case.</source>
        <translation>%1 elementos, %2 vencidos. Haga doble clic o pulse Intro para abrir el caso.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay plazos pendientes.</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reply of the State to the communication</source>
        <translation>Respuesta del Estado a la comunicación</translation>
    </message>
    <message>
        <source>Comments of the source on the State&apos;s reply</source>
        <translation>Comentarios de la fuente sobre la respuesta del Estado</translation>
    </message>
    <message>
        <source>Follow-up on the opinion</source>
        <translation>Seguimiento de la opinión</translation>
    </message>
    <message>
        <source>Reply of the State (estimated from the date the submission was sent)</source>
        <translation>Respuesta del Estado (estimada a partir de la fecha de envío de la comunicación)</translation>
    </message>
    <message>
        <source>Comments of the source (submission history)</source>
        <translation>Comentarios de la fuente (historial de comunicaciones)</translation>
    </message>
    <message>
        <source>Follow-up on the opinion (submission history)</source>
        <translation>Seguimiento de la opinión (historial de comunicaciones)</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Vencido hace %1 días</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>Dentro de %1 días</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>(estimación)</translation>
    </message>
</context>
<context>
    <name>EditorContext</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (retirado)</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).</source>
        <translation>No se entiende como fecha — se guarda como borrador hasta entonces (p. ej. 2019, marzo de 2019 o 2019-03-05).</translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation>Guardado como borrador: lo escrito aquí aún no se pudo guardar. Corríjalo o bórrelo.</translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation>Esta entrada está incompleta: se guarda como borrador y aún no se almacena. Complete el campo marcado en rojo.</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrada %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <source>Open case</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>Case %1 is open, but the case editor could not start. Nothing was changed; restart Recourse, and report the problem if it happens again.</source>
        <translation>El caso %1 está abierto, pero el editor de casos no pudo iniciarse. No se ha modificado nada; reinicie Recourse e informe del problema si vuelve a ocurrir.</translation>
    </message>
    <message>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>El caso %1 está abierto (solo lectura: el editor de casos no forma parte de esta versión).</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>The case editor is not part of this build.</source>
        <translation>El editor de casos no forma parte de esta versión.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;Create your first case</source>
        <translation>&amp;Crear su primer caso</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Three fictional cases in a separate demo vault (passphrase “recourse-demo”), to try Recourse without real data.</source>
        <translation>Tres casos ficticios en una bóveda de demostración aparte (frase de contraseña «recourse-demo»), para probar Recourse sin datos reales.</translation>
    </message>
    <message>
        <source>This vault has no case yet</source>
        <translation>Esta bóveda aún no tiene ningún caso</translation>
    </message>
    <message>
        <source>Start with the person detained: who, when and where. Everything you type is encrypted on this computer and saved as you go.</source>
        <translation>Empiece por la persona detenida: quién, cuándo y dónde. Todo lo que escriba se cifra en este ordenador y se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), search above it, or start a new one.</source>
        <translation>Elija un caso de la lista (Intro lo abre), busque encima o empiece uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>Para borrar la bóveda para siempre, escriba el nombre de su carpeta (%1) y la palabra %2.</translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation>Nombre de la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation>Escriba ERASE</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>Escriba %1:</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>Borrar la bóveda</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>Esa frase de contraseña no abrió esta bóveda. Compruebe el bloqueo de mayúsculas y la distribución del teclado.</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Escriba primero una frase de contraseña.</translation>
    </message>
    <message>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>Esta bóveda se borró tras demasiadas frases de contraseña incorrectas. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Esta carpeta no contiene ninguna bóveda de Recourse.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía para una nueva bóveda.</translation>
    </message>
    <message>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>Esta bóveda ha sido alterada: sus archivos no coinciden con sus comprobaciones. No la use; restaure una copia de seguridad y pida ayuda.</translation>
    </message>
    <message>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>Esta bóveda no se puede leer: falta un archivo o está dañado. Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>Esta bóveda fue creada por una versión más reciente de Recourse. Actualice Recourse para abrirla.</translation>
    </message>
    <message>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>No se puede usar la carpeta (sin permiso, o el disco está lleno).</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: check it against the printout, group by group. Nothing was changed.</source>
        <translation>La clave de recuperación no fue aceptada: compárela con la copia impresa, grupo por grupo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Nothing was changed.</source>
        <translation>Esta clave de recuperación no abre esta bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Nothing was changed.</source>
        <translation>Esta bóveda no tiene clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder. Copy it to a writable place first. Nothing was changed.</source>
        <translation>La bóveda está en un disco o una carpeta de solo lectura. Cópiela primero a un lugar donde se pueda escribir. No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault limits wrong passphrases, and this attempt cannot be counted (read-only or full disk), so it was not tried. Nothing was changed.</source>
        <translation>Esta bóveda limita las frases de contraseña incorrectas y este intento no se puede contar (disco de solo lectura o lleno), así que no se ha probado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The data is not valid, so nothing was saved or imported. Fix the problems listed and try again.</source>
        <translation>Los datos no son válidos, así que no se guardó ni importó nada. Corrija los problemas indicados e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Cancelado: no se conservó nada.</translation>
    </message>
    <message>
        <source>The file cannot be read (it is missing, a folder, or not allowed).</source>
        <translation>No se puede leer el archivo (no existe, es una carpeta o no hay permiso).</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was kept.</source>
        <translation>El disco está lleno. No se conservó nada.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>La bóveda está bloqueada. Desbloquéela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>Este elemento ya no está en la bóveda.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>Quedan problemas bloqueantes: vuelva a comprobar.</translation>
    </message>
    <message>
        <source>This version of Recourse has no such form, or not in this language. Nothing was written.</source>
        <translation>Esta versión de Recourse no tiene ese formulario, o no en este idioma. No se escribió nada.</translation>
    </message>
    <message>
        <source>This version of Recourse has no such redaction profile. Nothing was written.</source>
        <translation>Esta versión de Recourse no tiene ese perfil de divulgación. No se escribió nada.</translation>
    </message>
    <message>
        <source>This version of Recourse does not know who this document is for, so nothing was written.</source>
        <translation>Esta versión de Recourse no sabe a quién va dirigido este documento, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>This file is too large to open here (over %1 MiB). Export a copy and open that instead.</source>
        <translation>Este archivo es demasiado grande para abrirlo aquí (más de %1 MiB). Exporte una copia y ábrala.</translation>
    </message>
    <message>
        <source>This case does not fit this version of Recourse: it was made by a newer version, or it is damaged. Nothing was changed.</source>
        <translation>Este caso no corresponde a esta versión de Recourse: lo creó una versión más reciente, o está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>No se puede escribir el archivo (sin permiso, o el disco está lleno).</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Algo salió mal. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>About this file</source>
        <translation>Sobre este archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation>Fecha de creación u obtención</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation>Copia exacta (conservar los metadatos)</translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation>De forma predeterminada, las imágenes exportadas pierden sus datos EXIF, GPS y comentarios.</translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation>Quitar (borrar)…</translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation>Seleccione un archivo para previsualizarlo. Las vistas previas se hacen en memoria.</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Vista previa del texto</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation>Los archivos se cifran en la bóveda. Suelte archivos aquí o use «Añadir archivos…».</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation>El caso debe guardarse antes de añadir archivos. Corrija primero los problemas indicados.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (missing, a folder, or not allowed).</source>
        <translation>«%1» no se puede leer (no existe, es una carpeta o no está permitido).</translation>
    </message>
    <message>
        <source>“%1” is named as an image but cannot be read as one. It is stored as it is; check that it is the file you meant.</source>
        <translation>«%1» tiene nombre de imagen pero no se puede leer como imagen. Se guarda tal cual; compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <source>where it was taken (GPS %1, %2)</source>
        <translation>dónde se tomó (GPS %1, %2)</translation>
    </message>
    <message>
        <source>the device (%1)</source>
        <translation>el dispositivo (%1)</translation>
    </message>
    <message>
        <source>when it was taken (%1)</source>
        <translation>cuándo se tomó (%1)</translation>
    </message>
    <message>
        <source>Photo metadata</source>
        <translation>Metadatos de la foto</translation>
    </message>
    <message>
        <source>“%1” records %2.

Yes: keep the original as evidence (recommended) — it is sealed and hashed in the vault; copies you export or share are stripped of this metadata.
No: store only a copy without this metadata.</source>
        <translation>«%1» registra %2.

Sí: conservar el original como prueba (recomendado): queda sellado y con su hash en la bóveda; las copias que exporte o comparta pierden estos metadatos.
No: guardar solo una copia sin estos metadatos.</translation>
    </message>
    <message>
        <source>The metadata of “%1” cannot be removed (format not supported): the original is kept.</source>
        <translation>No se pueden quitar los metadatos de «%1» (formato no compatible): se conserva el original.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Cancelado: no se conservó nada.</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation>No se pudo añadir el archivo: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>No hay vista previa para este tipo de archivo.</translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation>Descifrando para la vista previa…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>No se puede mostrar este PDF.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar la prueba</translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation>¿Borrar «%1» de la bóveda? Su contenido cifrado se destruye y no se puede recuperar.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Borrado.</translation>
    </message>
</context>
<context>
    <name>FieldLock</name>
    <message>
        <source>Confidential field: %1</source>
        <translation>Campo confidencial: %1</translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation>Marcar este campo como confidencial (solo en el anexo)</translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation>Campo confidencial (solo en el anexo) — haga clic para hacerlo público</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>Estado concernido</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>Por qué es urgente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>Mandatos de la ONU</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Arrest and detention</source>
        <translation>Detención y reclusión</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>Recursos internos</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>Nota sobre los recursos</translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>Análisis jurídico</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation>Categorías del GTDA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumentación</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Derechos invocados</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>Estado parte en el PIDCP</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Apellido (latino)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Nombre de pila (latino)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>Edad al ser detenida</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Expedido por</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residencia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>Relación con la víctima</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nombre en la escritura original</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Agente estatal</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>Provincia o región</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Persona detenida</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Sigue detenida</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Liberada el</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>Otros procedimientos internacionales</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>Fuerzas (en el caso)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>Fuerzas: uniformes, vehículos, número</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>Orden mostrada</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>Orden emitida por</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>Emisor (no registrado en el caso)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motivos dados</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circunstancias</translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation>Periodos de reclusión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>Autoridad que custodia</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>Autoridad que ordenó</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>Incomunicada</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>Abogado de su elección</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Malos tratos y salud</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Tortura o malos tratos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>Atención médica denegada</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>Riesgo para la vida</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Autores (personas registradas en el caso)</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>Cargos (ley, artículos)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>Cargos tal como se formularon</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Número de la causa</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>Informada de los cargos</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informada el</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>Llevada ante un juez el</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>Acceso a abogado</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>Acceso a abogado: detalles</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>Confesión forzada</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>Confesión televisada</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>Abogado presente</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>Familia admitida</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>Fecha de la sentencia</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Pena</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Resultado de la apelación</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>Órgano (registrado en el caso)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>Órgano (no registrado en el caso)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Acción emprendida</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>Resultado: detalles</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor/a</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>Nombre de quien lo otorgó</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>Presentar a la ONU</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>Nombre al Estado</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>Nombre en informes públicos</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Compartir con socios</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>Campos confidenciales</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Represalias</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>Forma de represalia</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>Autoridades responsables (en el caso)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>Autores (fuera del caso)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Cooperación con la ONU</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>Fecha de la cooperación</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>Qué comunicación, carta o reunión</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Referencia de la ONU</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>Comunicación de la ONU que lo precedió</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Pruebas de apoyo</translation>
    </message>
    <message>
        <source>Communications log</source>
        <translation>Registro de comunicaciones</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>Tipo de comunicación</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>Dónde se publicó</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>Comentarios a más tardar el</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>Comunicaciones que la originaron</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>Comentarios o actualización</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Figures across cases</source>
        <translation>Cifras del conjunto de casos</translation>
    </message>
    <message>
        <source>Public — only what may be published</source>
        <translation>Público — solo lo que puede publicarse</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organizaciones asociadas</translation>
    </message>
    <message>
        <source>Full — internal, not for publication</source>
        <translation>Completo — interno, no publicar</translation>
    </message>
    <message>
        <source>Victims (persons)</source>
        <translation>Víctimas (personas)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Disclosure profile</source>
        <translation>Perfil de divulgación</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Deprivation of liberty began</source>
        <translation>Inicio de la privación de libertad</translation>
    </message>
    <message>
        <source>Only cases with every tag ticked</source>
        <translation>Solo los casos con todas las etiquetas marcadas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Contar por</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Porcentaje del total</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar informe PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Escriba una fecha como AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The first date is after the second: no deprivation of liberty can fall between them. Swap them?</source>
        <translation>La primera fecha es posterior a la segunda: ninguna privación de libertad puede caer entre ellas. ¿Desea invertirlas?</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Preparing the figures of each case (%1 of %2)…</source>
        <translation>Preparando las cifras de cada caso (%1 de %2)…</translation>
    </message>
    <message>
        <source>%1 victims — persons with the role victim or a deprivation of liberty on file.</source>
        <translation>%1 víctimas — personas con el papel de víctima o una privación de libertad registrada.</translation>
    </message>
    <message>
        <source>%1 cases with at least one victim; a case counts once under each value any of its victims has.</source>
        <translation>%1 casos con al menos una víctima; un caso cuenta una vez por cada valor que tenga alguna de sus víctimas.</translation>
    </message>
    <message>
        <source>Only what may be published is counted: a confidential value counts as unknown.</source>
        <translation>Solo se cuenta lo que puede publicarse: un valor confidencial cuenta como desconocido.</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>Se detuvo el conteo.</translation>
    </message>
    <message>
        <source>A victim may count more than once here: the counts add up to more than the total.</source>
        <translation>Una víctima puede contar más de una vez aquí: la suma supera el total.</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>Exportar las cifras en CSV</translation>
    </message>
    <message>
        <source>Export the figures report (PDF)</source>
        <translation>Exportar el informe de cifras (PDF)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation>Ninguna víctima identificada: en Personas, añada una persona con la función «Víctima» y un nombre.</translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation>No consta el consentimiento para presentar este caso a la ONU respecto de %1 (Consentimiento).</translation>
    </message>
    <message>
        <source>The date of arrest of %1 is not recorded; the questionnaire will say “Not known”. Give at least the year if you can (an approximate date is accepted).</source>
        <translation>La fecha de la detención de %1 no consta; el cuestionario dirá «Se desconoce». Indique al menos el año si puede (se acepta una fecha aproximada).</translation>
    </message>
    <message>
        <source>The place of arrest of %1 is not recorded; the questionnaire will say “Not known” (give at least the country or the place of detention if you can).</source>
        <translation>El lugar del arresto de %1 no consta; el cuestionario dirá «Se desconoce» (indique al menos el país o el lugar de detención si puede).</translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation>No consta ninguna fecha de lo ocurrido a %1 (arresto, detención, condena…). Los procedimientos especiales aceptan una fecha aproximada; indique una o diga en el relato que no se conoce.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation>%1 no aceptó ser nombrado/a ante el Estado: un mecanismo no puede intervenir por una persona a la que no puede identificar. Vuelva a pedir el consentimiento o envíelo con conocimiento de causa.</translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation>%1 aceptó ser nombrado/a ante el Estado pero no en público: el Grupo de Trabajo publica sus opiniones con los nombres de las personas afectadas. Confirme que la persona lo acepta.</translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation>Esta frase puede identificar a la fuente («%1»); reformúlela o marque el campo como confidencial: «%2»</translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation>Ninguna fuente: la ONU no acepta comunicaciones anónimas. En Personas, añada una persona con la función «Fuente» (queda en el anexo confidencial).</translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation>La fuente no tiene datos de contacto; la ONU debe poder contactarla para el seguimiento.</translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation>El relato no está escrito en inglés, francés o español, los únicos idiomas de trabajo de la ONU. Redacte o traduzca el relato.</translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation>Un testimonio solo está en un idioma con el que la ONU no trabaja: añada una traducción al inglés, francés o español, o márquelo como confidencial.</translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation>No se describe ningún recurso interno. No es obligatorio, pero indique qué se intentó o por qué no se pudo intentar nada.</translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation>No se argumenta ninguna categoría del GTDA (I–V): explique por qué la detención es arbitraria (Análisis jurídico).</translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation>Una solicitud urgente debe indicar por qué la situación es urgente (Resumen › Por qué es urgente).</translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation>No se nombra a ningún presunto autor (unidad, autoridad o persona).</translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation>No se ha elegido ningún mandato de los procedimientos especiales (Resumen › Mandatos de la ONU).</translation>
    </message>
    <message>
        <source>The date %1 was arrested, abducted or last seen is not recorded with at least the month and year; the Working Group cannot process a case without it.</source>
        <translation>No consta la fecha (al menos mes y año) en que %1 fue detenido/a, secuestrado/a o visto/a por última vez; el Grupo de Trabajo no puede tramitar un caso sin ella.</translation>
    </message>
    <message>
        <source>The place where %1 was arrested, abducted or last seen is not recorded; the Working Group cannot process a case without it.</source>
        <translation>No consta el lugar donde %1 fue detenido/a, secuestrado/a o visto/a por última vez; el Grupo de Trabajo no puede tramitar un caso sin él.</translation>
    </message>
    <message>
        <source>No forces are named as believed responsible for the disappearance of %1; the Working Group cannot process a case without them.</source>
        <translation>No se indica ninguna fuerza que se considere responsable de la desaparición de %1; el Grupo de Trabajo no puede tramitar un caso sin ello.</translation>
    </message>
    <message>
        <source>No action taken to locate %1 is described (inquiries, complaints, habeas corpus); if nothing was possible, say why (Domestic remedies).</source>
        <translation>No se describe ninguna gestión para localizar a %1 (indagaciones, denuncias, hábeas corpus); si no fue posible ninguna, indique por qué (Recursos internos).</translation>
    </message>
    <message>
        <source>The source&apos;s relationship to the disappeared person is not recorded; the Working Group asks for it.</source>
        <translation>No consta la relación de la fuente con la persona desaparecida; el Grupo de Trabajo la solicita.</translation>
    </message>
    <message>
        <source>%1 was held incommunicado in a place that is not known: this may be an enforced disappearance. Consider also submitting the case to the Working Group on Enforced or Involuntary Disappearances.</source>
        <translation>%1 estuvo recluido/a en régimen de incomunicación en un lugar desconocido: puede tratarse de una desaparición forzada. Considere presentar también el caso al Grupo de Trabajo sobre las Desapariciones Forzadas o Involuntarias.</translation>
    </message>
    <message>
        <source>No incident of intimidation or reprisal is recorded for the selected persons: add one under Reprisals.</source>
        <translation>No consta ningún acto de intimidación o represalia para las personas seleccionadas: añada uno en Represalias.</translation>
    </message>
    <message>
        <source>An incident does not say who suffered it: choose the person concerned.</source>
        <translation>Un incidente no indica quién lo sufrió: elija la persona interesada.</translation>
    </message>
    <message>
        <source>No consent of %1 to report this incident to the UN is on record; the UN acts on reprisals only with the informed consent of the person concerned.</source>
        <translation>No consta el consentimiento de %1 para comunicar este incidente a la ONU; la ONU solo actúa sobre represalias con el consentimiento informado de la persona interesada.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: the document does not give the name, and the UN can raise the incident with the Government only without it.</source>
        <translation>%1 no ha aceptado ser nombrado/a ante el Estado: el documento no da el nombre, y la ONU solo puede plantear el incidente al Gobierno sin él.</translation>
    </message>
    <message>
        <source>%1 is the source of the case: the document uses the pseudonym and gives the identity only in the confidential annex.</source>
        <translation>%1 es la fuente del caso: el documento usa el seudónimo y da la identidad solo en el anexo confidencial.</translation>
    </message>
    <message>
        <source>An incident is marked confidential: the main document leaves it out and only the confidential annex carries it.</source>
        <translation>Un incidente está marcado como confidencial: el documento principal lo omite y solo el anexo confidencial lo contiene.</translation>
    </message>
    <message>
        <source>An incident has no form of reprisal (threats, travel ban…).</source>
        <translation>Un incidente no tiene forma de represalia (amenazas, prohibición de viajar…).</translation>
    </message>
    <message>
        <source>An incident has no date; give at least the year if you can.</source>
        <translation>Un incidente no tiene fecha; indique al menos el año si puede.</translation>
    </message>
    <message>
        <source>An incident does not say which cooperation with the UN it followed (a submission, a communication, a session, a meeting).</source>
        <translation>Un incidente no indica qué cooperación con la ONU lo precedió (una comunicación, una carta, un período de sesiones, una reunión).</translation>
    </message>
    <message>
        <source>An incident has no description of the facts.</source>
        <translation>Un incidente no tiene descripción de los hechos.</translation>
    </message>
    <message>
        <source>An incident&apos;s text is not written in English, French or Spanish, the only languages the UN works in. Write or translate it.</source>
        <translation>El texto de un incidente no está escrito en inglés, francés o español, los únicos idiomas de trabajo de la ONU. Escríbalo o tradúzcalo.</translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation>Una autoridad solo se nombra con una sigla; escriba su nombre completo.</translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation>«%1» usa la sigla «%2»; escriba el nombre completo.</translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation>Las únicas fuentes son noticias de prensa; añada un relato de primera mano o un documento.</translation>
    </message>
    <message>
        <source>The communications log has nothing to follow up yet (a Government reply for comments, a communication for an update): add it to the log first.</source>
        <translation>El registro de comunicaciones todavía no contiene nada a lo que dar seguimiento (una respuesta del Gobierno para comentarios, una comunicación para una actualización): añádala primero al registro.</translation>
    </message>
    <message>
        <source>The comments or update are not written yet (Comments or update, on the entry followed up).</source>
        <translation>Los comentarios o la actualización aún no están redactados (Comentarios o actualización, en la entrada objeto de seguimiento).</translation>
    </message>
    <message>
        <source>The reply does not say which communication it answers; its reference will not be printed.</source>
        <translation>La respuesta no indica a qué comunicación responde; su referencia no se imprimirá.</translation>
    </message>
    <message>
        <source>The comments or update are not written in English, French or Spanish; the UN works only in these languages.</source>
        <translation>Los comentarios o la actualización no están redactados en inglés, francés o español; la ONU solo trabaja en estos idiomas.</translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation>El relato es largo (más de %1 palabras) y no tiene resumen; ponga primero un resumen conciso.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation>GTDA: comunicación individual</translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation>GTDA: acción urgente</translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation>Procedimientos especiales: carta de denuncia</translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation>Procedimientos especiales: llamamiento urgente</translation>
    </message>
    <message>
        <source>WGEID: enforced or involuntary disappearance</source>
        <translation>GTDFI: desaparición forzada o involuntaria</translation>
    </message>
    <message>
        <source>WGAD: comments on the Government&apos;s reply</source>
        <translation>GTDA: comentarios sobre la respuesta del Gobierno</translation>
    </message>
    <message>
        <source>Special Procedures: update letter</source>
        <translation>Procedimientos especiales: carta de actualización</translation>
    </message>
    <message>
        <source>OHCHR reprisals focal point: intimidation and reprisals</source>
        <translation>Punto focal del ACNUDH sobre represalias: intimidación y represalias</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>Abogado presente</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>Familia admitida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>IdentityDocsEdit</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Expedido por</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
</context>
<context>
    <name>IllTreatmentForm</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Malos tratos y salud</translation>
    </message>
    <message>
        <source>Torture or ill-treatment, health condition and care. Mark details confidential when disclosure could expose the person to reprisals.</source>
        <translation>Tortura o malos tratos, estado de salud y atención médica. Marque los detalles como confidenciales si su divulgación puede exponer a la persona a represalias.</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Tortura o malos tratos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>Atención médica denegada</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>Riesgo para la vida</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Autores (personas registradas en el caso)</translation>
    </message>
</context>
<context>
    <name>IllTreatmentSection</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>Malos tratos y salud</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Casos del paquete</translation>
    </message>
    <message>
        <source>Import anyway: I trust this sender</source>
        <translation>Importar de todos modos: confío en este remitente</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Ediciones en conflicto</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar la nuestra</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase. Type it to open the bundle.</source>
        <translation>Este paquete está sellado con una frase de contraseña. Escríbala para abrir el paquete.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Comprobando la firma y cada archivo…</translation>
    </message>
    <message>
        <source>Signed by %1, a verified contact.</source>
        <translation>Firmado por %1, un contacto verificado.</translation>
    </message>
    <message>
        <source>Signed by %1, a contact you have NOT verified yet.</source>
        <translation>Firmado por %1, un contacto que aún NO ha verificado.</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>Hecho por esta bóveda.</translation>
    </message>
    <message>
        <source>Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before importing.</source>
        <translation>Firmado por una clave DESCONOCIDA, huella %2. Compárela con el remitente antes de importar.</translation>
    </message>
    <message>
        <source>Every file checks out; nothing has been written yet.</source>
        <translation>Todos los archivos son correctos; todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported. Evidence: %1 file(s) added, %2 already here.</source>
        <translation>Importado. Pruebas: %1 archivo(s) añadido(s), %2 ya presente(s).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 — ours: %2 — theirs: %3</source>
        <translation>%1 — la nuestra: %2 — la suya: %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>IndexRebuildDialog</name>
    <message>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation>Esta bóveda fue creada por una versión anterior. Su índice de búsqueda se está reconstruyendo para que se encuentren los nombres en pinyin, el chino tradicional y simplificado, el uigur en ambas escrituras y cada sección.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation>Indexando los casos para la búsqueda (%1 de %2)…</translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation>Los resultados de búsqueda estarán incompletos hasta que se reconstruya el índice. Continuará la próxima vez que se desbloquee la bóveda.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation>No se pudo reconstruir el índice de búsqueda. Los resultados pueden estar incompletos.</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Quitar «%1»?</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation>Progreso: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Cancelar: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>Legal analysis</source>
        <translation>Análisis jurídico</translation>
    </message>
    <message>
        <source>Tick each WGAD category that applies; say which articles were violated and why.</source>
        <translation>Marque cada categoría del GTDA aplicable; indique qué artículos se violaron y por qué.</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>Estado parte en el PIDCP</translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation>Otros derechos invocados</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Derechos invocados</translation>
    </message>
    <message>
        <source>General argument</source>
        <translation>Argumentación general</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases, names, testimonies…</source>
        <translation>Buscar casos, nombres, testimonios…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Open vault folder…</source>
        <translation>&amp;Abrir carpeta de bóveda…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <source>Create &amp;recovery key…</source>
        <translation>Crear clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Borrado de emergencia…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Identity and &amp;contacts…</source>
        <translation>Identidad y &amp;contactos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Eliminar caso…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copiar referencia</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Figures across cases…</source>
        <translation>&amp;Cifras del conjunto de casos…</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Lista de casos</translation>
    </message>
    <message>
        <source>Show or hide the case list (F9)</source>
        <translation>Mostrar u ocultar la lista de casos (F9)</translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation>&amp;Plazos y vencimientos…</translation>
    </message>
    <message>
        <source>State replies, comments and follow-ups due across cases (Ctrl+Shift+D)</source>
        <translation>Respuestas del Estado, comentarios y seguimientos pendientes en todos los casos (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;About Recourse</source>
        <translation>&amp;Acerca de Recourse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — bloqueado</translation>
    </message>
    <message>
        <source>The case had problems that stopped it being saved.</source>
        <translation>El caso tenía problemas que impidieron guardarlo.</translation>
    </message>
    <message>
        <source>Locked, but the last changes to the open case were not saved: %1</source>
        <translation>Bloqueado, pero los últimos cambios del caso abierto no se guardaron: %1</translation>
    </message>
    <message>
        <source>They are kept, encrypted, until you unlock this vault again in this window; then they are back in the editor.</source>
        <translation>Se conservan, cifrados, hasta que vuelva a desbloquear esta bóveda en esta ventana; entonces vuelven al editor.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>No es una bóveda</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>Esta carpeta no contiene ninguna bóveda de Recourse.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Carpeta no vacía</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía para una nueva bóveda.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>Elija primero un caso de la lista.</translation>
    </message>
    <message>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>¿Eliminar el caso %1 y todas sus pruebas? No se puede deshacer: el contenido cifrado se borra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>The demo vault could not be made.</source>
        <translation>No se pudo crear la bóveda de demostración.</translation>
    </message>
    <message>
        <source>The last changes to the open case could not be saved. If you quit now they are lost. Quit anyway?

No: unlock the vault again to get them back and save them.</source>
        <translation>Los últimos cambios del caso abierto no se pudieron guardar. Si sale ahora, se pierden. ¿Salir de todos modos?

No: vuelva a desbloquear la bóveda para recuperarlos y guardarlos.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Salir y perderlos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation>Escriba el nombre completo: la ONU no acepta solo siglas.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nombre en la escritura original</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Agente estatal</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation>El Gobierno respondió</translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation>Opinión: la detención es arbitraria</translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation>Opinión: la detención no es arbitraria</translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation>Archivado: la persona fue liberada</translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation>Se solicitó más información</translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation>Llamamiento urgente enviado</translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation>Comunicación transmitida al Gobierno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019</source>
        <translation>p. ej. 2019-03-05, marzo de 2019</translation>
    </message>
    <message>
        <source>Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.</source>
        <translation>Escriba la fecha como la conozca: 2019, marzo de 2019, 5 de marzo de 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Marque «aproximada» (o escriba «hacia») si no está seguro.</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation>La fecha es aproximada (se escribe con ~)</translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation>%1: aproximada</translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation>No se entiende como fecha: escriba p. ej. 2019, marzo de 2019 o 2019-03-05</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>hacia %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation>Crear clave de recuperación</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>Una clave de recuperación abre la bóveda si se olvida la frase de contraseña. Escriba la frase de contraseña actual para crear una. Una clave creada antes deja de funcionar.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation>Periodo de reclusión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>still held here</source>
        <translation>aún recluida aquí</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>Autoridad que custodia</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>Autoridad que ordenó</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>Incomunicada</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>Abogado de su elección</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motivos dados</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original script&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escritura original&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transliteración latina&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source> (original script)</source>
        <translation> (escritura original)</translation>
    </message>
    <message>
        <source> (Latin)</source>
        <translation> (latino)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>Edad al ser detenida</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residencia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>Relación con la víctima</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation>Cargo / rango</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>province / region</source>
        <translation>provincia / región</translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation>ciudad, condado, municipio</translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation>dirección, centro, punto de referencia</translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation>%1: país</translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation>%1: provincia o región</translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation>%1: localidad</translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation>%1: detalle</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation>Este elemento no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>This text is too long: shorten it.</source>
        <translation>Este texto es demasiado largo: acórtelo.</translation>
    </message>
    <message>
        <source>This list has too many entries.</source>
        <translation>Esta lista tiene demasiadas entradas.</translation>
    </message>
    <message>
        <source>This file name contains a folder, a control character or a direction mark: rename the file.</source>
        <translation>Este nombre de archivo contiene una carpeta, un carácter de control o una marca de dirección: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation>Dos elementos tienen el mismo identificador.</translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation>Una marca de confidencialidad nombra un campo que no existe (%1).</translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation>Este valor no está en la lista (%1): elija uno.</translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation>Esto remite a algo que ya no está en el caso: vuelva a elegir.</translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation>Escriba la hora en formato de 24 horas, como 09:30 o 21:05.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation>Una huella SHA-256 tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation>Elija a la persona privada de libertad.</translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation>Este periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation>Un periodo en curso no tiene fecha de fin: borre la fecha de fin o desmarque «En curso».</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>La edad debe estar entre 0 y 130.</translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation>El tamaño de un archivo no puede ser negativo.</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>Una etiqueta está vacía.</translation>
    </message>
    <message>
        <source>This is not the identifier of a submission.</source>
        <translation>No es el identificador de una comunicación.</translation>
    </message>
    <message>
        <source>This does not look like a UN reference such as UA CHN 6/2020.</source>
        <translation>No parece una referencia de la ONU como UA CHN 6/2020.</translation>
    </message>
    <message>
        <source>The type does not match the one in the reference (UA: urgent appeal, AL: allegation letter, OL: other letter).</source>
        <translation>El tipo no coincide con el de la referencia (UA: llamamiento urgente, AL: carta de denuncia, OL: otra carta).</translation>
    </message>
    <message>
        <source>The reference names another year than the date.</source>
        <translation>La referencia indica otro año que la fecha.</translation>
    </message>
    <message>
        <source>This does not look like an opinion number such as 74/2018.</source>
        <translation>No parece un número de opinión como 74/2018.</translation>
    </message>
    <message>
        <source>No date: no due date can be counted.</source>
        <translation>Sin fecha: no se puede calcular ningún plazo.</translation>
    </message>
    <message>
        <source>The date is not known to the day: no due date can be counted.</source>
        <translation>La fecha no se conoce con exactitud de día: no se puede calcular ningún plazo.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha está en el futuro.</translation>
    </message>
    <message>
        <source>This links to an entry of another kind than expected.</source>
        <translation>Esto remite a una entrada de otro tipo que el esperado.</translation>
    </message>
    <message>
        <source>This date is before the entry it answers.</source>
        <translation>Esta fecha es anterior a la entrada a la que responde.</translation>
    </message>
    <message>
        <source>Say which communication this reply answers.</source>
        <translation>Indique a qué comunicación responde esta respuesta.</translation>
    </message>
</context>
<context>
    <name>ProceedingsForm</name>
    <message>
        <source>Proceedings</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>Cargos (ley, artículos)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>Cargos tal como se formularon</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Número de la causa</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>Informada de los cargos</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informada el</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>Llevada ante un juez el</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>Acceso a abogado</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>Acceso a abogado: detalles</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>Confesión forzada</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>Confesión televisada</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>audiencias</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>Fecha de la sentencia</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Pena</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Resultado de la apelación</translation>
    </message>
</context>
<context>
    <name>ProceedingsSection</name>
    <message>
        <source>Proceedings</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>procedimientos</translation>
    </message>
</context>
<context>
    <name>ProvisionsEdit</name>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>Cualquiera que tenga esta clave puede abrir la bóveda. Imprímala y guárdela lejos de este ordenador. Solo se muestra una vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation>Mostrar en tres partes (dos cualesquiera abren la bóveda)</translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation>Ya la imprimí — cerrar</translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation>Parte %1 de 3:</translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation>Clave de recuperación de Recourse</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>Cualquiera que tenga esta clave puede abrir la bóveda. Guárdela lejos del ordenador.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(falta: %1)</translation>
    </message>
</context>
<context>
    <name>RemediesSection</name>
    <message>
        <source>Domestic remedies</source>
        <translation>Recursos internos</translation>
    </message>
    <message>
        <source>remedy steps</source>
        <translation>recursos interpuestos</translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation>Denuncias, solicitudes, peticiones y su resultado.</translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation>Por qué los recursos fueron ineficaces o no se intentaron</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>Nota sobre los recursos</translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>Órgano (registrado en el caso)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>Órgano (no registrado en el caso)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Acción emprendida</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>Resultado: detalles</translation>
    </message>
</context>
<context>
    <name>ReprisalForm</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Reported to the UN only with the informed consent of the person concerned.</source>
        <translation>Se comunica a la ONU solo con el consentimiento informado de la persona interesada.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Persona concernida</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>Forma de represalia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>Autoridades responsables (en el caso)</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>Autores (personas registradas en el caso)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>Autores (fuera del caso)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Cooperación con la ONU</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>Fecha de la cooperación</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>Qué comunicación, carta o reunión</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>Comunicación de la ONU que lo precedió</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Referencia de la ONU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Pruebas de apoyo</translation>
    </message>
    <message>
        <source>Consent covering this report</source>
        <translation>Consentimiento que cubre esta comunicación</translation>
    </message>
    <message>
        <source>Notes (never printed)</source>
        <translation>Notas (nunca se imprimen)</translation>
    </message>
    <message>
        <source>No consent to report this to the UN is on record for this person: the reprisals form will not be sent without it (Consent).</source>
        <translation>No consta el consentimiento de esta persona para comunicar estos hechos a la ONU: el formulario sobre represalias no se enviará sin él (Consentimiento).</translation>
    </message>
</context>
<context>
    <name>ReprisalsSection</name>
    <message>
        <source>Reprisals</source>
        <translation>Represalias</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <source>Intimidation or reprisals against people for cooperating with the UN: threats, travel bans, detention, surveillance, harassment of family members…</source>
        <translation>Intimidación o represalias contra personas por cooperar con la ONU: amenazas, prohibiciones de viajar, reclusión, vigilancia, acoso a familiares…</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(elija la persona)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>Escriba la frase de contraseña de la copia de seguridad %1. Se restaurará en %2.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia de seguridad:</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Restaurando y comprobando la bóveda…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>La frase de contraseña no es correcta para esta copia de seguridad. No se ha restaurado nada.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>testimonio</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>detención</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>detención</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>procedimiento</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <translation>malos tratos</translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation>privación de libertad</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>legal analysis</source>
        <translation>análisis jurídico</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgencia</translation>
    </message>
    <message>
        <source>communications log</source>
        <translation>registro de comunicaciones</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>reprisal</source>
        <translation>represalia</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed. Try other words.</source>
        <translation>La búsqueda falló. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Ningún caso coincide.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>The first %1 matches: add a word to narrow the search.</source>
        <translation>Los primeros %1 resultados: añada una palabra para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <source>Save the vault backup as</source>
        <translation>Guardar la copia de seguridad de la bóveda como</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Ya existe un archivo con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>La copia se guardó como %1. Se abre con la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>La copia se canceló. No se conservó ningún archivo.</translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation>No se pudo escribir la copia. No se conservó ningún archivo.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>La frase de contraseña no es correcta. No se creó ninguna clave de recuperación.</translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>No se pudo crear la clave de recuperación.</translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation>Crear clave de recuperación</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation>No se encuentra este archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Elija una carpeta nueva y vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta vacía, o una nueva, para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>La bóveda se ha restaurado en %1. Desbloquéela con la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>Se ha cancelado la restauración. No se ha creado nada.</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>Esta copia de seguridad está dañada o ha sido alterada, por lo que no se puede restaurar. No se ha creado nada. Pruebe con otra copia de seguridad.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de Recourse. Actualice Recourse para restaurarla. No se ha creado nada.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>No se ha podido restaurar la copia de seguridad. No se ha creado nada.</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>El borrado de emergencia destruye para siempre esta bóveda en este ordenador: cada caso y cada prueba. Nadie puede deshacerlo, ni con la frase de contraseña ni con una clave de recuperación. Las copias de seguridad guardadas en otro lugar no se tocan.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The vault could not be erased completely.</source>
        <translation>No se pudo borrar la bóveda por completo.</translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation>La bóveda se borró.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <source>Default submission language</source>
        <translation>Idioma predeterminado de las comunicaciones</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>&amp;Submission language:</source>
        <translation>Idioma de las &amp;comunicaciones:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>The interface changes language at once; nothing you typed is lost. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>La interfaz cambia de idioma al instante; no se pierde nada de lo que haya escrito. Las comunicaciones se redactan en el idioma del órgano de la ONU, sea cual sea el idioma de la interfaz.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>This bundle is not sealed for this vault, or the bundle passphrase is wrong. Nothing was imported.</source>
        <translation>Este paquete no está sellado para esta bóveda, o la frase de contraseña del paquete es incorrecta. No se importó nada.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not among your contacts. Nothing was imported.</source>
        <translation>Este paquete está firmado por alguien que no está entre sus contactos. No se importó nada.</translation>
    </message>
    <message>
        <source>This bundle was imported before, or is older than one already imported from the same sender. Nothing was imported.</source>
        <translation>Este paquete ya se importó, o es más antiguo que otro ya importado del mismo remitente. No se importó nada.</translation>
    </message>
    <message>
        <source>This bundle was altered or damaged on its way: it failed its checks. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>Este paquete fue alterado o dañado por el camino: no superó las comprobaciones. No se importó nada. Pida una nueva copia al remitente.</translation>
    </message>
    <message>
        <source>This is not a usable contact card (a key is missing or damaged, it is your own, or the contact is already there).</source>
        <translation>No es una tarjeta de contacto utilizable (falta una clave o está dañada, es la suya, o el contacto ya existe).</translation>
    </message>
    <message>
        <source>A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.</source>
        <translation>Un paquete sellado con una frase de contraseña está limitado a 512 MiB. Séllelo para contactos.</translation>
    </message>
    <message>
        <source>Full — my own team</source>
        <translation>Completo — mi propio equipo</translation>
    </message>
    <message>
        <source>Partner organisation — what consent allows</source>
        <translation>Organización asociada — lo que permite el consentimiento</translation>
    </message>
    <message>
        <source>Public — names only with consent, no evidence files</source>
        <translation>Público — nombres solo con consentimiento, sin archivos de pruebas</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share cases</source>
        <translation>Compartir casos</translation>
    </message>
    <message>
        <source>Cases to share</source>
        <translation>Casos para compartir</translation>
    </message>
    <message>
        <source>Contacts to seal it for</source>
        <translation>Contactos destinatarios</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (no verificado)</translation>
    </message>
    <message>
        <source>Seal with a passphrase instead of contacts</source>
        <translation>Sellar con una frase de contraseña en lugar de contactos</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase</source>
        <translation>Repita la frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Perfil de divulgación</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS, comments)</source>
        <translation>Quitar los metadatos de las imágenes (EXIF, GPS, comentarios)</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Progreso del sellado</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Marque al menos un caso.</translation>
    </message>
    <message>
        <source>Type a passphrase for the bundle.</source>
        <translation>Escriba una frase de contraseña para el paquete.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or seal with a passphrase.</source>
        <translation>Marque al menos un contacto o selle con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sellando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ShareTasks</name>
    <message>
        <source>Share cases</source>
        <translation>Compartir casos</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any channel: only the chosen recipients can open it.</source>
        <translation>%1 caso(s) y %2 archivo(s) de pruebas se sellaron en %3. Envíe este archivo por cualquier canal: solo los destinatarios elegidos pueden abrirlo.</translation>
    </message>
    <message>
        <source>Cancelled: no file was kept.</source>
        <translation>Cancelado: no se conservó ningún archivo.</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>Elija el paquete que desea importar</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>separate with ;</source>
        <translation>separe con ;</translation>
    </message>
</context>
<context>
    <name>SubmissionsSection</name>
    <message>
        <source>Submissions</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>Guardar los PDF…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>Guardar en DOCX…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Victims in this submission</source>
        <translation>Víctimas de esta comunicación</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation>Compruebe el caso con el formulario antes de generar.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Main document</source>
        <translation>Documento principal</translation>
    </message>
    <message>
        <source>Confidential annex</source>
        <translation>Anexo confidencial</translation>
    </message>
    <message>
        <source>Previewed document</source>
        <translation>Documento mostrado</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>Referencia de la ONU</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta prevista</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>Historial de comunicaciones</translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation>Seguimiento de la comunicación seleccionada</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation>Enviado el (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía de envío</translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation>Respuesta del Estado prevista</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>Comentarios previstos</translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation>Número de la opinión</translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation>Fecha de la opinión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation>Guardar el seguimiento</translation>
    </message>
    <message>
        <source>Check and render</source>
        <translation>Comprobar y generar</translation>
    </message>
    <message>
        <source>History and tracking</source>
        <translation>Historial y seguimiento</translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation>Compruebe el caso, genere los documentos, revíselos aquí y guárdelos donde prefiera.</translation>
    </message>
    <message>
        <source>Persons concerned by the incidents</source>
        <translation>Personas afectadas por los incidentes</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation>Corrija primero los problemas indicados en el caso: no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation>%1 problema(s) bloqueante(s), %2 advertencia(s). Haga clic en uno para ir al campo. Aún puede generar un borrador.</translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation>Generar borrador</translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation>Listo: ningún problema bloqueante, %1 advertencia(s).</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation>Generado%1. Vista previa abajo; no se escribe nada hasta que guarde.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (borrador)</translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation>Generación cancelada.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>Quedan problemas bloqueantes: vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>La generación falló: %1</translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation>Guardar el documento principal</translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation>Guardar el anexo confidencial</translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation>Guardado. Conserve el anexo confidencial separado del documento principal.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Debe corregirse</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Haga clic para ir al campo</translation>
    </message>
    <message>
        <source>Nothing to fix for this form.</source>
        <translation>Nada que corregir para este formulario.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation>Las fechas se escriben AAAA-MM-DD; el resultado debe ser uno de la lista.</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What happened, to whom, and why it matters — in brief.</source>
        <translation>Qué ocurrió, a quién y por qué importa, en breve.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>Estado concernido</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>Por qué es urgente</translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation>Relato (inglés, francés o español)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>Mandatos de la ONU</translation>
    </message>
    <message>
        <source>An urgent case needs a reason: say what makes it urgent (health, risk of torture, imminent trial or transfer). Urgent-action requests are refused without one.</source>
        <translation>Un caso urgente necesita un motivo: diga qué lo hace urgente (salud, riesgo de tortura, juicio o traslado inminente). Sin él, las solicitudes de acción urgente se rechazan.</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>testimonios</translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; — idioma</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de la traducción</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor/a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>Fecha de la traducción</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation>Añadir traducción</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Quitar la traducción</translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation>Aún no hay traducción. La ONU trabaja en inglés, francés y español.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traducciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation>¿Quitar esta traducción?</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Desbloquee su bóveda&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una &amp;nueva bóveda…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>Intentos restantes antes de que esta bóveda se borre: %1</translation>
    </message>
</context>
<context>
    <name>VictimSelector</name>
    <message>
        <source>Detained person</source>
        <translation>Persona detenida</translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation>Añada primero a la persona detenida en «Detención y reclusión».</translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation>Persona detenida:</translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation>(ninguna persona elegida)</translation>
    </message>
</context>
</TS>
