<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recourse</source>
        <translation>Recourse ھەققىدە</translation>
    </message>
    <message>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>Date of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sections</source>
        <translation>بۆلەكلەر</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>ساقلاش ھالىتى</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ساقلاش (Ctrl+S)</translation>
    </message>
    <message>
        <source>Problems preventing saving</source>
        <translation>ساقلاشقا توسالغۇ بولغان مەسىلىلەر</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ساقلانمىغان ئۆزگەرتىشلەر</translation>
    </message>
    <message>
        <source>This case cannot be saved until the problems shown are fixed. Discard the changes?</source>
        <translation>كۆرسىتىلگەن مەسىلىلەر تۈزىتىلمىگۈچە بۇ دېلونى ساقلىغىلى بولمايدۇ. ئۆزگەرتىشلەرنى تاشلىۋېتەمسىز؟</translation>
    </message>
    <message>
        <source>Saved %1 — %2 field(s) kept as a draft until fixed</source>
        <translation>%1 دە ساقلاندى — %2 بۆلەك ئوڭشالغۇچە لايىھە سۈپىتىدە ساقلاندى</translation>
    </message>
    <message>
        <source>Click to go to this field</source>
        <translation>بۇ بۆلەككە بېرىش ئۈچۈن چېكىڭ</translation>
    </message>
    <message>
        <source>Not saved: %1 problem(s) — click one to go to it</source>
        <translation>ساقلانمىدى: %1 مەسىلە — بېرىش ئۈچۈن بىرىنى چېكىڭ</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 دە ساقلاندى</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ساقلاندى</translation>
    </message>
    <message>
        <source>New case — not saved yet</source>
        <translation>يېڭى دېلو — تېخى ساقلانمىدى</translation>
    </message>
    <message>
        <source>%1 field(s) kept as a draft: fix them to store them</source>
        <translation>%1 بۆلەك لايىھە سۈپىتىدە ساقلاندى: ساقلاش ئۈچۈن ئوڭشاڭ</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>ماۋزۇسىز دېلو</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>ھالىتى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>بەلگە بويىچە سۈزۈش</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>دېلو سانى</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ھالىتى(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>بەلگە(&amp;A):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ھەممىسى</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 دېلو</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 دېلو</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دۆلەت</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>ئاخىرقى يېڭىلانغان ۋاقىت</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording or signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>قوشۇلۇش</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;خەزىنىڭىزنى قۇرۇڭ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse دېلو ھۆججەتلىرىڭىزنى بۇ كومپيۇتېردىكى بىر قىسقۇچتا شىفىرلاپ ساقلايدۇ. ئۇنى قوغداش ئۈچۈن بىر مەخپىي ئىبارە تاللاڭ.</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>قىسقۇچ تاللاش(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder of the new vault</source>
        <translation>يېڭى خەزىنىنىڭ قىسقۇچىنى تاللاڭ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>يېڭى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>مەخپىي ئىبارىنى قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>مەخپىي ئىبارىنىڭ كۈچلۈكلۈكى</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>مەخپىي ئىبارە(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>قايتا(&amp;R):</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>قىسقۇچ:</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;بۇ مەخپىي ئىبارىنى يوقىتىپ قويسىڭىز، دېلولىرىڭىزمۇ يوقىلىدۇ.&lt;/b&gt; ئۇنى ھېچكىم ئەسلىگە كەلتۈرەلمەيدۇ: Recourse نى ئىجاد قىلغۇچىلارمۇ، تەشكىلاتىڭىزمۇ، بۇ كومپيۇتېرنى ئېلىپ كەتكەن ھەرقانداق كىشىمۇ. ئۇنى يېزىپ، بۇ كومپيۇتېردىن يىراق بىخەتەر بىر جايدا ساقلاڭ ھەمدە زاپاس نۇسخا ئېلىڭ.</translation>
    </message>
    <message>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىمۇ قۇرۇلسۇن (تەۋسىيە: بېسىپ چىقىرىپ، بۇ كومپيۇتېردىن يىراق ساقلاڭ)</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>خەزىنە قۇرۇلۇۋاتىدۇ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>خەزىنە قۇرۇش(&amp;C)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>يېڭى خەزىنىنىڭ قىسقۇچى</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>بەك ئاجىز</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ئاجىز</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ئوتتۇراھال</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ياخشى</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>كۈچلۈك</translation>
    </message>
    <message>
        <source>Avoid common words, names and places.</source>
        <translation>كۆپ ئۇچرايدىغان سۆز، ئىسىم ۋە جاي ناملىرىنى ئىشلەتمەڭ.</translation>
    </message>
    <message>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>كىتاب ياكى ناخشىدىكى جۈملىنى ئەمەس، ئاز دېگەندە 4 تاسادىپىي سۆزنى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>ئاز دېگەندە 12 ھەرپ ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>كۈچلۈكلۈكى: %1.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>ئاجىز مەخپىي ئىبارە</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>بۇ كومپيۇتېرنى ئېلىپ كەتكەن كىشى بۇ مەخپىي ئىبارىنى ئاسانلا تاپالايدۇ. يەنىلا ئىشلىتەمسىز؟</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>يەنىلا ئىشلىتىش</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>باشقىسىنى تاللاش</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>خەزىنە قۇرۇلۇپ، ئاچقۇچى قوغدىلىۋاتىدۇ. بىر نەچچە سېكۇنت كېتىدۇ…</translation>
    </message>
</context>
<context>
    <name>DeprivationForm</name>
    <message>
        <source>Deprivation of liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetentionSection</name>
    <message>
        <source>Arrest and detention</source>
        <translation>تۇتقۇن ۋە قاماق</translation>
    </message>
    <message>
        <source>detained persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorContext</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <source>Open case</source>
        <translation>ئېچىلغان دېلو</translation>
    </message>
    <message>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>%1 دېلو ئېچىلدى (پەقەت ئوقۇشقىلا بولىدۇ: بۇ نەشرىدە دېلو تەھرىرلىگۈچ يوق).</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <source>The case editor is not part of this build.</source>
        <translation>بۇ نەشرىدە دېلو تەھرىرلىگۈچ يوق.</translation>
    </message>
    <message>
        <source>Choose a case in the list, or search.</source>
        <translation>تىزىملىكتىن بىر دېلو تاللاڭ ياكى ئىزدەڭ.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>بۇ مەخپىي ئىبارە بىلەن بۇ خەزىنىنى ئاچقىلى بولمىدى. Caps Lock كۇنۇپكىسى ۋە كۇنۇپكا تاختىسى ئورۇنلاشتۇرۇلۇشىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>ئاۋۋال مەخپىي ئىبارىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>خاتا مەخپىي ئىبارە بەك كۆپ كىرگۈزۈلگەچكە بۇ خەزىنە يوق قىلىندى. ئۇنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>بۇ قىسقۇچتا Recourse خەزىنىسى يوق.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>بۇ قىسقۇچ قۇرۇق ئەمەس. يېڭى خەزىنە ئۈچۈن قۇرۇق قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>بۇ خەزىنە ئۆزگەرتىلگەن: ھۆججەتلىرى تەكشۈرۈش قىممىتىگە ماس كەلمەيدۇ. ئۇنى ئىشلەتمەڭ؛ زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈپ، ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>بۇ خەزىنىنى ئوقۇغىلى بولمايدۇ: بىر ھۆججەت بۇزۇلغان ياكى كەم. زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>بۇ خەزىنە Recourse نىڭ يېڭىراق نەشرىدە قۇرۇلغان. ئېچىش ئۈچۈن Recourse نى يېڭىلاڭ.</translation>
    </message>
    <message>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>بۇ قىسقۇچنى ئىشلەتكىلى بولمايدۇ (ھوقۇق يوق ياكى دىسكا تولغان).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>ۋاز كەچتى: ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The file cannot be read (it is missing, a folder, or not allowed).</source>
        <translation>ھۆججەتنى ئوقۇغىلى بولمايدۇ (يوق، قىسقۇچ ياكى ھوقۇق يوق).</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was kept.</source>
        <translation>دىسكا تولدى. ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>خەزىنە قۇلۇپلانغان. قۇلۇپىنى ئېچىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>بۇ تۈر ئەمدى خەزىنىدە يوق.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>توسۇۋاتقان مەسىلىلەر بار: قايتا تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>ھۆججەتنى يازغىلى بولمايدۇ (ھوقۇق يوق ياكى دىسكا تولغان).</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>خاتالىق كۆرۈلدى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence</source>
        <translation>ئىسپاتلار</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>ۋاز كەچتى: ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLock</name>
    <message>
        <source>Confidential field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>ئورگان ۋە تەشكىلاتلار</translation>
    </message>
    <message>
        <source>Arrest and detention</source>
        <translation>تۇتقۇن ۋە قاماق</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>گۇۋاھلىقلار</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ئىسپاتلار</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>قوشۇلۇش</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>دۆلەت ئىچىدىكى قۇتقۇزۇش يوللىرى</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>قانۇنىي تەھلىل</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>خورلاش ۋە سالامەتلىك</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>ئەدلىيە جەريانى</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of arrest of %1 is missing: give at least the year (an approximate date is accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of arrest of %1 is missing (at least the country or the place of detention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDocsEdit</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IllTreatmentForm</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>خورلاش ۋە سالامەتلىك</translation>
    </message>
    <message>
        <source>Torture or ill-treatment, health condition and care. Mark details confidential when disclosure could expose the person to reprisals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IllTreatmentSection</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>خورلاش ۋە سالامەتلىك</translation>
    </message>
</context>
<context>
    <name>IndexRebuildDialog</name>
    <message>
        <source>Search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>Legal analysis</source>
        <translation>قانۇنىي تەھلىل</translation>
    </message>
    <message>
        <source>Tick each WGAD category that applies; say which articles were violated and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases, names, testimonies…</source>
        <translation>دېلو، ئىسىم، گۇۋاھلىق ئىزدەش…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>يېڭى دېلو(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open vault folder…</source>
        <translation>خەزىنە قىسقۇچىنى ئېچىش(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قۇلۇپلاش(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>خەزىنىنى ھازىرلا قۇلۇپلاش (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>خەزىنىنىڭ زاپاس نۇسخىسىنى ئېلىش(&amp;B)…</translation>
    </message>
    <message>
        <source>Create &amp;recovery key…</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى قۇرۇش(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>جىددىي يوق قىلىش(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>چېكىنىش(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ئىزدەش(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>دېلونى ئۆچۈرۈش(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>نومۇرىنى كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>مايىللىق تەڭشىكى(&amp;P)…</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>دېلو تىزىملىكى(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the case list (F9)</source>
        <translation>دېلو تىزىملىكىنى كۆرسىتىش ياكى يوشۇرۇش (F9)</translation>
    </message>
    <message>
        <source>&amp;About Recourse</source>
        <translation>Recourse ھەققىدە(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ھۆججەت(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تەھرىر(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>كۆرۈنۈش(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ياردەم(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>ئاساسىي قورال بالدىقى</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — قۇلۇپلانغان</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>خەزىنە قىسقۇچىنى ئېچىش</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>خەزىنە ئەمەس</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>بۇ قىسقۇچتا Recourse خەزىنىسى يوق.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>يېڭى خەزىنىنىڭ قىسقۇچى</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>قىسقۇچ قۇرۇق ئەمەس</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>بۇ قىسقۇچ قۇرۇق ئەمەس. يېڭى خەزىنە ئۈچۈن قۇرۇق قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>دېلونى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>ئاۋۋال تىزىملىكتىن بىر دېلو تاللاڭ.</translation>
    </message>
    <message>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>%1 دېلو ۋە ئۇنىڭ بارلىق ئىسپاتلىرى ئۆچۈرۈلسۇنمۇ؟ بۇنى قايتۇرغىلى بولمايدۇ: شىفىرلانغان مەزمۇن يوق قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ساقلاپ قېلىش</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>ئورگان ۋە تەشكىلاتلار</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original script&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (original script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>province / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProceedingsForm</name>
    <message>
        <source>Proceedings</source>
        <translation>ئەدلىيە جەريانى</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProceedingsSection</name>
    <message>
        <source>Proceedings</source>
        <translation>ئەدلىيە جەريانى</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionsEdit</name>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>(missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediesSection</name>
    <message>
        <source>Domestic remedies</source>
        <translation>دۆلەت ئىچىدىكى قۇتقۇزۇش يوللىرى</translation>
    </message>
    <message>
        <source>remedy steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>بايان</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ئورگان</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>تەرجىمە</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search results</source>
        <translation>ئىزدەش نەتىجىسى</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>ئىزدەش خۇلاسىسى</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>ئىزدەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The search failed. Try other words.</source>
        <translation>ئىزدەش مەغلۇپ بولدى. باشقا سۆزلەرنى سىناپ بېقىڭ.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>ماس كېلىدىغان دېلو يوق.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 نەتىجە</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 نەتىجە</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <source>Save the vault backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>The vault could not be erased completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>مايىللىق تەڭشىكى</translation>
    </message>
    <message>
        <source> min</source>
        <translation> مىنۇت</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>مۇشۇنچە مىنۇت ئىشلىتىلمىسە قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Default submission language</source>
        <translation>كۆڭۈلدىكى يوللانما تىلى</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ئىنگلىزچە</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسۇزچە</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ئىسپانچە</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>كۆرۈنمە يۈز تىلى</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>سىستېما تىلى</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>ئىشلىتىلمىسە قۇلۇپلاش(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Submission language:</source>
        <translation>يوللانما تىلى(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>كۆرۈنمە يۈز تىلى(&amp;I):</translation>
    </message>
    <message>
        <source>The interface changes language at once; nothing you typed is lost. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>كۆرۈنمە يۈز تىلى دەرھال ئالمىشىدۇ؛ سىز يازغان ھېچنەرسە يوقالمايدۇ. كۆرۈنمە يۈز تىلى قانداق بولۇشىدىن قەتئىينەزەر، يوللانمىلار ب د ت ئورگىنىنىڭ خىزمەت تىلىدا يېزىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>separate with ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsSection</name>
    <message>
        <source>Submissions</source>
        <translation>يوللانمىلار</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation>ئىنگلىزچە</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسۇزچە</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ئىسپانچە</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing to fix for this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>توسۇۋاتقان مەسىلىلەر بار: قايتا تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>What happened, to whom, and why it matters — in brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>Testimonies</source>
        <translation>گۇۋاھلىقلار</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;خەزىنىڭىزنىڭ قۇلۇپىنى ئېچىڭ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>مەخپىي ئىبارە(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>قۇلۇپ ئېچىش(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>باشقا خەزىنىنى ئېچىش(&amp;O)…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>يېڭى خەزىنە قۇرۇش(&amp;N)…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>خەزىنە: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>بۇ خەزىنە ئۆزىنى يوق قىلىشتىن ئىلگىرى قالغان سىناش سانى: %1</translation>
    </message>
</context>
<context>
    <name>VictimSelector</name>
    <message>
        <source>Detained person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
