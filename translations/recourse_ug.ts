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
        <translation>ئىنسان ھوقۇقى خاتىرىلىگۈچىلىرى ئۈچۈن شىفىرلانغان، تورسىز دېلو ھۆججەتلىرى ۋە ب د ت غا يوللانمىلار.</translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse ھېچقانداق تور ئۇلىنىشى ئاچمايدۇ. سىز چىقارمىسىڭىز، دېلولىرىڭىز بۇ كومپيۇتېردىن ھەرگىز چىقمايدۇ.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ئىجازەتنامىلەر</translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse: GNU ئاممىۋى ئىجازەتنامىسى، 3-نەشرى ياكى كېيىنكى نەشرى (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python (PySide6): GNU كىچىك ئاممىۋى ئىجازەتنامىسى (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>خەت نۇسخىلىرى</translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>ئىجازەتنامە تېكىستلىرى resources/fonts/licenses دا.</translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>Date of arrest</source>
        <translation>تۇتقۇن قىلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>ۋاقىت (HH:MM)</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>تۇتقۇن قىلىنغان جاي</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>ئىجرا قىلغۇچى ئورگان (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>ئىجرا قىلغۇچىلار: فورما، ماشىنا، سانى</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>بۇيرۇق كۆرسىتىلگەن</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>بۇيرۇق چىقارغان ئورگان</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>تارقاتقۇچى (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>ئېيتىلغان سەۋەبلەر</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>قانۇنىي ئاساسى</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>ئەھۋالى</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>خەزىنىنىڭ زاپاس نۇسخىسىنى ئېلىش</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>شىفىرلانغان زاپاس نۇسخا يېزىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>زاپاسلاش ئىلگىرىلىشى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ۋاز كېچىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sections</source>
        <translation>بۆلەكلەر</translation>
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
        <source>The changes not saved before the lock are back. Not saved yet.</source>
        <translation>قۇلۇپلاشتىن بۇرۇن ساقلانمىغان ئۆزگەرتىشلەر قايتىپ كەلدى. تېخى ساقلانمىدى.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تامام</translation>
    </message>
    <message>
        <source>started</source>
        <translation>باشلاندى</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>بوش</translation>
    </message>
    <message>
        <source>a problem to fix</source>
        <translation>ئوڭشايدىغان مەسىلە بار</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ساقلانمىدى: %1</translation>
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
        <translation>ماددىلار</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>دەلىل-ئىسپات</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <source>Log entry</source>
        <extracomment>the fields each kind of entry uses (the others are hidden, their values kept)</extracomment>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <source>UA CHN 6/2020 — 74/2018</source>
        <translation>UA CHN 6/2020 — 74/2018</translation>
    </message>
    <message>
        <source>Printed by the follow-up documents: the source&apos;s comments on a reply (WGAD), or the update on a communication (Special Procedures).</source>
        <translation>داۋاملىق ھۆججەتلەردە بېسىلىدۇ: مەنبەنىڭ جاۋابقا پىكرى (خىزمەت گۇرۇپپىسى) ياكى خەت-ئالاقە ھەققىدىكى يېڭى ئەھۋال (ئالاھىدە تەرتىپلەر).</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>خاتىرە تۈرى</translation>
    </message>
    <message>
        <source>Date (sent, received, adopted, issued)</source>
        <translation>چېسلا (ئەۋەتىلگەن، تاپشۇرۇۋېلىنغان، قوبۇل قىلىنغان، ئېلان قىلىنغان)</translation>
    </message>
    <message>
        <source>UN reference or opinion number</source>
        <translation>ب د ت نومۇرى ياكى پىكىر نومۇرى</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>خەت-ئالاقە تۈرى</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>ۋەكالەت ئىگىلىرى</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>جاۋاب بېرىلگىنى</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>خۇلاسە</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>تۈرلەر</translation>
    </message>
    <message>
        <source>Title of the press release</source>
        <translation>ئاخبارات باياناتىنىڭ تېمىسى</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>ئېلان قىلىنغان ئورۇن</translation>
    </message>
    <message>
        <source>Comments due (as set by the UN)</source>
        <translation>پىكىر بېرىش ۋاقتى (ب د ت بەلگىلىگەن)</translation>
    </message>
    <message>
        <source>Document (attached as evidence)</source>
        <translation>ھۆججەت (ئىسپات سۈپىتىدە قوشۇلغان)</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>بۇنىڭغا سەۋەب بولغان يوللانمىلار</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>پىكىر ياكى يېڭى ئەھۋال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>CommunicationsSection</name>
    <message>
        <source>Communications log</source>
        <translation>خەت-ئالاقە خاتىرىسى</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>خاتىرىلەر</translation>
    </message>
    <message>
        <source>Due dates and hints</source>
        <translation>مۆھلەت ۋە ئەسكەرتىشلەر</translation>
    </message>
    <message>
        <source>What the UN and the State did after a submission: communications sent to the State, the State&apos;s replies, opinions, press releases, and what the source sent back. Due dates follow from it.</source>
        <translation>يوللانمىدىن كېيىن ب د ت ۋە دۆلەتنىڭ قىلغانلىرى: دۆلەتكە ئەۋەتىلگەن خەت-ئالاقىلەر، دۆلەتنىڭ جاۋابلىرى، پىكىرلەر، ئاخبارات باياناتلىرى ۋە مەنبەنىڭ قايتۇرغانلىرى. مۆھلەتلەر بۇنىڭدىن چىقىدۇ.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 ئەۋەتىلگەن</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2 days)</source>
        <translation>%1 دىن بېرى ۋاقتى ئۆتتى (%2 كۈن)</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>مۆھلىتى %1 (%2 كۈندىن كېيىن)</translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation>مەخپىي تۈر</translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation>مەخپىي: دۆلەتكە يوللىنىدىغان ھۆججەتلەرگە كىرگۈزۈلمەيدۇ (پەقەت قوشۇمچىدا)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>مەخپىي ئەمەس</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent record</source>
        <translation>قوشۇلۇش خاتىرىسى</translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation>بۇ يەردە خاتىرىلەنگەن قوشۇلۇشسىز كىملىكنى ئاشكارىلايدىغان ھېچنەرسە ب د ت ياكى دۆلەتكە يوللانمايدۇ.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>مۇناسىۋەتلىك كىشى</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قوشۇلغۇچى</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>قوشۇلغۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>ئۇسۇلى</translation>
    </message>
    <message>
        <source>Recording or signed form</source>
        <translation>ئۈن-سىن خاتىرىسى ياكى ئىمزالانغان جەدۋەل</translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation>ب د ت غا يوللىسا بولىدۇ</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>ب د ت غا يوللاش</translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation>ئىسمىنى دۆلەتكە ئېيتسا بولىدۇ</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>ئىسمىنى دۆلەتكە ئېيتىش</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>ئاشكارا دوكلاتلاردىكى ئىسمى</translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation>ھەمكار تەشكىلاتلار بىلەن ئورتاقلاشسا بولىدۇ</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>ھەمكارلار بىلەن ئورتاقلىشىش</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>قايتۇرۇۋېلىنغان چېسلا</translation>
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
        <translation>قوشۇلۇش خاتىرىلىرى</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(كىشىنى تاللاڭ)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>قايتۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation>ب د ت: ھەئە</translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation>ب د ت: ياق</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation>ئېلخەت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تېلېفون</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation>باشقا (ئۇچۇر دېتاللىرى)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Identity and contacts</source>
        <translation>كىملىك ۋە ئالاقىداشلار</translation>
    </message>
    <message>
        <source>Your fingerprint. Read it aloud to a partner who adds you; it must match what their Recourse shows.</source>
        <translation>بارماق ئىزىڭىز. سىزنى قوشقان ھەمكارغا ئۈنلۈك ئوقۇپ بېرىڭ؛ ئۇ ئۇلارنىڭ Recourse كۆرسەتكىنىگە ماس كېلىشى كېرەك.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>بارماق ئىزىڭىز</translation>
    </message>
    <message>
        <source>Save my contact card…</source>
        <translation>ئالاقە كارتامنى ساقلاش…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ئالاقىداشلار</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s contact card here</source>
        <translation>ھەمكارنىڭ ئالاقە كارتىسىنى بۇ يەرگە چاپلاڭ</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>ئالاقە كارتىسى</translation>
    </message>
    <message>
        <source>Name to show (optional)</source>
        <translation>كۆرسىتىلىدىغان ئىسىم (ئىختىيارىي)</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>ئالاقىداش قوشۇش</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>دەلىللەنگەن دەپ بەلگىلەش…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>نامىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>چىقىرىۋېتىش…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>دەلىللەنگەن</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>دەلىللەنمىگەن</translation>
    </message>
    <message>
        <source>Save my contact card as</source>
        <translation>ئالاقە كارتامنى باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Contact card saved. It holds no secret: send it by any channel.</source>
        <translation>ئالاقە كارتىسى ساقلاندى. ئۇنىڭدا ھېچقانداق مەخپىيەت يوق: خالىغان يول بىلەن يوللاڭ.</translation>
    </message>
    <message>
        <source>Added %1. Compare this fingerprint with them by phone or in person, then mark the contact verified: %2</source>
        <translation>%1 قوشۇلدى. بۇ بارماق ئىزىنى ئۇلار بىلەن تېلېفوندا ياكى يۈزتۇرانە سېلىشتۇرۇپ، ئاندىن ئالاقىداشنى دەلىللەنگەن دەپ بەلگىلەڭ: %2</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>ئالاقىداشنى دەلىللەش</translation>
    </message>
    <message>
        <source>Does %1 read out exactly these digits?

%2</source>
        <translation>%1 دەل مۇشۇ رەقەملەرنى ئوقۇدىمۇ؟

%2</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>ماس كېلىدۇ</translation>
    </message>
    <message>
        <source>Select a contact and type the new name in the name field.</source>
        <translation>بىر ئالاقىداشنى تاللاپ، ئىسىم بۆلىكىگە يېڭى ئىسىمنى يېزىڭ.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>ئالاقىداشنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Remove %1? Bundles they sign will then be refused as from an unknown sender.</source>
        <translation>%1 چىقىرىۋېتىلسۇنمۇ؟ ئۇنداقتا ئۇلار ئىمزالىغان بوغچىلار نامەلۇم يوللىغۇچىدىن كەلگەن دەپ رەت قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
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
        <translation>ئەركىنلىكتىن مەھرۇم قىلىش</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>تۇتۇپ تۇرۇلغان كىشى</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>تېخىچە قاماقتا</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>قويۇپ بېرىلگەن چېسلا</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>باشقا خەلقئارالىق تەرتىپلەر</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>تۇتقۇن</translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation>قاماق مۇددەتلىرى</translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation>قاماق مۇددەتلىرى، تەرتىپ بويىچە (يۆتكەلگەنلىرىمۇ بىللە)</translation>
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
        <translation>تۇتۇپ تۇرۇلغان كىشىلەر</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(كىشىنى تاللاڭ)</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>مۆھلىتى توشقان ۋە ئۆتكەنلەر</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>كۆرسىتىش</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>بارلىق مۆھلەتلەر</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>پەقەت ۋاقتى ئۆتكەنلەر</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>14 كۈن ئىچىدە</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 كۈن ئىچىدە</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مۆھلەت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ئىش</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>ب د ت نومۇرى</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>مۆھلىتى توشقان ۋە ئۆتكەن ئىشلار</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>دېلونى ئېچىش</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>يېڭىلاش</translation>
    </message>
    <message>
        <source>Read the cases again (after editing a log entry)</source>
        <translation>دېلولارنى قايتا ئوقۇش (خاتىرىنى تەھرىرلىگەندىن كېيىن)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>كۆرسىتىش(&amp;S):</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>دېلولار ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>%1 items, %2 overdue. Double-click or press Enter to open the case.</source>
        <translation>%1 تۈر، %2 نىڭ ۋاقتى ئۆتكەن. دېلونى ئېچىش ئۈچۈن قوش چېكىڭ ياكى Enter نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>مۆھلىتى توشقان ئىش يوق.</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reply of the State to the communication</source>
        <translation>دۆلەتنىڭ خەت-ئالاقىگە جاۋابى</translation>
    </message>
    <message>
        <source>Comments of the source on the State&apos;s reply</source>
        <translation>مەنبەنىڭ دۆلەت جاۋابىغا پىكرى</translation>
    </message>
    <message>
        <source>Follow-up on the opinion</source>
        <translation>پىكىرنىڭ داۋاملىق ئىجراسى</translation>
    </message>
    <message>
        <source>Reply of the State (estimated from the date the submission was sent)</source>
        <translation>دۆلەتنىڭ جاۋابى (يوللانما ئەۋەتىلگەن چېسلادىن مۆلچەرلەنگەن)</translation>
    </message>
    <message>
        <source>Comments of the source (submission history)</source>
        <translation>مەنبەنىڭ پىكرى (يوللانما تارىخى)</translation>
    </message>
    <message>
        <source>Follow-up on the opinion (submission history)</source>
        <translation>پىكىرنىڭ داۋاملىق ئىجراسى (يوللانما تارىخى)</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 كۈن ئۆتۈپ كەتتى</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>بۈگۈن مۆھلىتى توشىدۇ</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>%1 كۈندىن كېيىن</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>(مۆلچەر)</translation>
    </message>
</context>
<context>
    <name>EditorContext</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ئىسىمسىز)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (قايتۇرۇۋېلىنغان)</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).</source>
        <translation>چېسلا دەپ چۈشىنىلمىدى — چۈشىنىلگۈچە لايىھە سۈپىتىدە ساقلىنىدۇ (مەسىلەن 2019، 2019-يىلى مارت ياكى 2019-03-05).</translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation>لايىھە سۈپىتىدە ساقلاندى: بۇ يەرگە يېزىلغاننى تېخى ساقلىغىلى بولمىدى. ئۇنى تۈزىتىڭ ياكى تازىلاڭ.</translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation>بۇ تۈر تولۇق ئەمەس، شۇڭا لايىھە سۈپىتىدە تۇرىدۇ، تېخى ساقلانمىدى. قىزىل بەلگە قويۇلغان بۆلەكنى تولدۇرۇڭ.</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1، %2-تۈر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <source>Open case</source>
        <translation>ئېچىلغان دېلو</translation>
    </message>
    <message>
        <source>Case %1 is open, but the case editor could not start. Nothing was changed; restart Recourse, and report the problem if it happens again.</source>
        <translation>%1 دېلو ئېچىلدى، ئەمما دېلو تەھرىرلىگۈچنى قوزغاتقىلى بولمىدى. ھېچنېمە ئۆزگەرتىلمىدى؛ Recourse نى قايتا قوزغىتىڭ، بۇ يەنە يۈز بەرسە مەسىلىنى مەلۇم قىلىڭ.</translation>
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
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;Create your first case</source>
        <translation>تۇنجى دېلونى قۇرۇش(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>كۆرسەتمىنى ئېچىش(&amp;D)</translation>
    </message>
    <message>
        <source>Three fictional cases in a separate demo vault (passphrase “recourse-demo”), to try Recourse without real data.</source>
        <translation>ئايرىم بىر سىناق خەزىنىسىدىكى ئويدۇرما ئۈچ دېلو (مەخپىي ئىبارىسى «recourse-demo»)، Recourse نى ھەقىقىي سانلىق مەلۇماتسىز سىناپ بېقىش ئۈچۈن.</translation>
    </message>
    <message>
        <source>This vault has no case yet</source>
        <translation>بۇ خەزىنىدە تېخى دېلو يوق</translation>
    </message>
    <message>
        <source>Start with the person detained: who, when and where. Everything you type is encrypted on this computer and saved as you go.</source>
        <translation>تۇتۇپ تۇرۇلغان كىشىدىن باشلاڭ: كىم، قاچان ۋە قەيەردە. سىز يازغان ھەممە نەرسە بۇ كومپيۇتېردا شىفىرلىنىپ، يېزىۋاتقان ھامان ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>ئېچىلغان دېلو يوق</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), search above it, or start a new one.</source>
        <translation>تىزىملىكتىن بىر دېلو تاللاڭ (Enter ئاچىدۇ)، ئۈستىدە ئىزدەڭ ياكى يېڭى دېلو باشلاڭ.</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>يېڭى دېلو(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>جىددىي يوق قىلىش</translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>خەزىنىنى مەڭگۈلۈك يوق قىلىش ئۈچۈن ئۇنىڭ قىسقۇچ نامى (%1) ۋە %2 سۆزىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation>خەزىنە قىسقۇچىنىڭ نامى</translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation>ERASE نى يېزىڭ</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>قىسقۇچ نامى:</translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>%1 نى يېزىڭ:</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>خەزىنىنى يوق قىلىش</translation>
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
        <source>The recovery key was not accepted: check it against the printout, group by group. Nothing was changed.</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى قوبۇل قىلىنمىدى: بېسىپ چىقىرىلغان نۇسخا بىلەن گۇرۇپپىمۇ گۇرۇپپا سېلىشتۇرۇڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Nothing was changed.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن بۇ خەزىنىنى ئاچقىلى بولمايدۇ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Nothing was changed.</source>
        <translation>بۇ خەزىنىنىڭ ئەسلىگە كەلتۈرۈش ئاچقۇچى يوق. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder. Copy it to a writable place first. Nothing was changed.</source>
        <translation>خەزىنە پەقەت ئوقۇشقىلا بولىدىغان دىسكا ياكى قىسقۇچتا. ئالدى بىلەن ئۇنى يازغىلى بولىدىغان يەرگە كۆچۈرۈڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This vault limits wrong passphrases, and this attempt cannot be counted (read-only or full disk), so it was not tried. Nothing was changed.</source>
        <translation>بۇ خەزىنە خاتا مەخپىي ئىبارىلەرنى چەكلەيدۇ، بۇ قېتىملىق سىناقنى ساناپ بولمىدى (دىسكا پەقەت ئوقۇشقىلا بولىدۇ ياكى تولغان)، شۇڭا سىنالمىدى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The data is not valid, so nothing was saved or imported. Fix the problems listed and try again.</source>
        <translation>سانلىق مەلۇمات ئىناۋەتسىز، شۇڭا ھېچنېمە ساقلانمىدى ياكى ئەكىرىلمىدى. كۆرسىتىلگەن مەسىلىلەرنى تۈزىتىپ قايتا سىناڭ.</translation>
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
        <source>This version of Recourse has no such form, or not in this language. Nothing was written.</source>
        <translation>Recourse نىڭ بۇ نەشرىدە بۇنداق جەدۋەل يوق، ياكى بۇ تىلدا يوق. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>This version of Recourse has no such redaction profile. Nothing was written.</source>
        <translation>Recourse نىڭ بۇ نەشرىدە بۇنداق يوشۇرۇش ئارخىپى يوق. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>This version of Recourse does not know who this document is for, so nothing was written.</source>
        <translation>Recourse نىڭ بۇ نەشرى بۇ ھۆججەتنىڭ كىمگە ئاتالغانلىقىنى بىلمەيدۇ، شۇڭا ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>This file is too large to open here (over %1 MiB). Export a copy and open that instead.</source>
        <translation>بۇ ھۆججەت بەك چوڭ، بۇ يەردە ئاچقىلى بولمايدۇ (%1 MiB دىن ئارتۇق). نۇسخا چىقىرىپ، ئاندىن ئۇنى ئېچىڭ.</translation>
    </message>
    <message>
        <source>This case does not fit this version of Recourse: it was made by a newer version, or it is damaged. Nothing was changed.</source>
        <translation>بۇ دېلو Recourse نىڭ بۇ نەشرىگە ماس كەلمەيدۇ: ئۇ يېڭىراق نەشرىدە قۇرۇلغان ياكى بۇزۇلغان. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
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
        <translation>بۇ ھۆججەت ھەققىدە</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation>ياسالغان ياكى قولغا كەلگەن چېسلا</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>تەمىنلىگۈچى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
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
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ئىسپات ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ھۆججەت قوشۇش…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>نۇسخا چىقىرىش…</translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation>ئەينەن نۇسخا (مېتا سانلىق مەلۇماتنى ساقلاش)</translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation>كۆڭۈلدىكى ھالەتتە، چىقىرىلغان رەسىملەرنىڭ EXIF، GPS ۋە ئىزاھاتلىرى ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation>چىقىرىۋېتىش (يوق قىلىش)…</translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation>ئالدىن كۆرۈش ئۈچۈن بىر ھۆججەت تاللاڭ. ئالدىن كۆرۈش پەقەت ئىچكى ساقلىغۇچتا ئىشلىنىدۇ.</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>تېكىستنى ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation>ھۆججەتلەر شىفىرلىنىپ خەزىنىگە سېلىنىدۇ. ھۆججەتلەرنى بۇ يەرگە تاشلاڭ ياكى «ھۆججەت قوشۇش…» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>ئىسپات ھۆججىتى قوشۇش</translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation>ھۆججەت قوشۇشتىن ئىلگىرى دېلو ساقلىنىشى كېرەك. ئاۋۋال كۆرسىتىلگەن مەسىلىلەرنى تۈزىتىڭ.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (missing, a folder, or not allowed).</source>
        <translation>«%1» نى ئوقۇغىلى بولمايدۇ (يوق، قىسقۇچ ياكى ھوقۇق يوق).</translation>
    </message>
    <message>
        <source>“%1” is named as an image but cannot be read as one. It is stored as it is; check that it is the file you meant.</source>
        <translation>«%1» رەسىم دەپ ئاتالغان، ئەمما رەسىم سۈپىتىدە ئوقۇغىلى بولمايدۇ. ئۇ ئەينەن ساقلاندى؛ ئۇنىڭ سىز ئويلىغان ھۆججەت ئىكەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>where it was taken (GPS %1, %2)</source>
        <translation>تارتىلغان جايى (GPS %1، %2)</translation>
    </message>
    <message>
        <source>the device (%1)</source>
        <translation>ئۈسكۈنە (%1)</translation>
    </message>
    <message>
        <source>when it was taken (%1)</source>
        <translation>تارتىلغان ۋاقتى (%1)</translation>
    </message>
    <message>
        <source>Photo metadata</source>
        <translation>سۈرەتنىڭ مېتا سانلىق مەلۇماتى</translation>
    </message>
    <message>
        <source>“%1” records %2.

Yes: keep the original as evidence (recommended) — it is sealed and hashed in the vault; copies you export or share are stripped of this metadata.
No: store only a copy without this metadata.</source>
        <translation>«%1» دا %2 خاتىرىلەنگەن.

ھەئە: ئەسلىسىنى ئىسپات سۈپىتىدە ساقلاش (تەۋسىيە) — ئۇ خەزىنىدە پېچەتلىنىپ، ھەش قىممىتى ئېلىنىدۇ؛ سىز چىقارغان ياكى ئورتاقلاشقان نۇسخىلاردىن بۇ مېتا سانلىق مەلۇمات ئۆچۈرۈلىدۇ.
ياق: پەقەت بۇ مېتا سانلىق مەلۇماتى يوق نۇسخىنىلا ساقلاش.</translation>
    </message>
    <message>
        <source>The metadata of “%1” cannot be removed (format not supported): the original is kept.</source>
        <translation>«%1» نىڭ مېتا سانلىق مەلۇماتىنى ئۆچۈرگىلى بولمايدۇ (فورماتى قوللىنىلمايدۇ): ئەسلىسى ساقلاندى.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 قوشۇلدى.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>ۋاز كەچتى: ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation>ھۆججەتنى قوشقىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>چىقىرىش مەغلۇپ بولدى: %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>بۇ خىل ھۆججەتنى ئالدىن كۆرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation>ئالدىن كۆرۈش ئۈچۈن شىفىر يېشىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ھۆججەتنى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>بۇ رەسىمنى كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>بۇ PDF نى كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>نۇسخا چىقىرىش</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>چىقىرىلدى.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>ئىسپاتنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation>«%1» خەزىنىدىن يوق قىلىنسۇنمۇ؟ ئۇنىڭ شىفىرلانغان مەزمۇنى يوقىتىلىدۇ ۋە ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>يوق قىلىندى.</translation>
    </message>
</context>
<context>
    <name>FieldLock</name>
    <message>
        <source>Confidential field: %1</source>
        <translation>مەخپىي بۆلەك: %1</translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation>بۇ بۆلەكنى مەخپىي دەپ بەلگىلەش (پەقەت قوشۇمچىدا)</translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation>مەخپىي بۆلەك (پەقەت قوشۇمچىدا) — ئاشكارا قىلىش ئۈچۈن چېكىڭ</translation>
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
        <translation>ئىچكى نومۇر</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>بايان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>مۇناسىۋەتلىك دۆلەت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>رايون</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>جىددىيلىك</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>نېمە ئۈچۈن جىددىي</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>ب د ت ۋەكالەتلىرى</translation>
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
        <translation>قۇتقۇزۇش يوللىرى ھەققىدە ئىزاھات</translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>قانۇنىي تەھلىل</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation>خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسى تۈرلىرى</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>تۈر</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>ماددىلار</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>دەلىل-ئىسپات</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>تىلغا ئېلىنغان ھوقۇقلار</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>«پۇقرالىق ۋە سىياسىي ھوقۇقلار خەلقئارا ئەھدىنامىسى» غا ئەزا دۆلەت</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>رولى</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>فامىلىسى</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>فامىلىسى (لاتىنچە)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>ئىسمى (لاتىنچە)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>باشقا ئىسىملىرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>تۇتۇپ تۇرۇلغاندىكى يېشى</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>تۇغۇلغان جايى</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>دۆلەت تەۋەلىكى</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>تارقاتقان ئورگان</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تارقىتىلغان چېسلا</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>توپلار</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>تۇرۇشلۇق جايى</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ئالاقە</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ئېلخەت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تېلېفون</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>باشقا</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>زىيانكەشلىككە ئۇچرىغۇچى بىلەن مۇناسىۋىتى</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ئورگان</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>ۋەزىپىسى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>ئەسلى يېزىقتىكى نامى</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>قىسقارتىلمىسى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>دۆلەت ئورگىنى</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>تەۋە ئورگىنى</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>دۆلەت</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>ئۆلكە ياكى رايون</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>يەر</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تەپسىلىي ئادرېس</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>تۇتۇپ تۇرۇلغان كىشى</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>تېخىچە قاماقتا</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>قويۇپ بېرىلگەن چېسلا</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>باشقا خەلقئارالىق تەرتىپلەر</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>تۇتقۇن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>ۋاقىت (HH:MM)</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>ئىجرا قىلغۇچى ئورگان (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>ئىجرا قىلغۇچىلار: فورما، ماشىنا، سانى</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>بۇيرۇق كۆرسىتىلگەن</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>بۇيرۇق چىقارغان ئورگان</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>تارقاتقۇچى (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>ئېيتىلغان سەۋەبلەر</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>قانۇنىي ئاساسى</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>ئەھۋالى</translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation>قاماق مۇددەتلىرى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>باشلانغان</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ئاخىرلاشقان</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>داۋاملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>قاماقخانا</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>قامىغان ئورگان</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>بۇيرۇق چۈشۈرگەن ئورگان</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>سىرتقى دۇنيا بىلەن ئالاقىسى ئۈزۈلگەن</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>ئۆزى تاللىغان ئادۋوكات</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>ئائىلىسىگە ئۇقتۇرۇلغان</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>شارائىتى</translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>خورلاش ۋە سالامەتلىك</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>قىيىن-قىستاق ياكى خورلاش</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>سالامەتلىك ئەھۋالى</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>داۋالىنىش رەت قىلىنغان</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>ھاياتى خەۋپتە</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>زىيانكەشلەر (تىزىملانغان كىشىلەر)</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>ئەدلىيە جەريانى</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>ئەيىبلەنگەن جىنايەت (قانۇن، ماددا)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>ئەيىبلەشنىڭ ئەسلى ئىپادىسى</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>قانۇن</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>سوت مەھكىمىسى</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>سوت دېلو نومۇرى</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>ئەيىبلىنىشتىن خەۋەردار قىلىنغان</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>خەۋەردار قىلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>سوتچى ئالدىغا ئېلىپ بېرىلغان چېسلا</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>ئادۋوكات بىلەن كۆرۈشۈش</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>ئادۋوكات بىلەن كۆرۈشۈش: تەپسىلاتى</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>مەجبۇرىي ئىقرار</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>تېلېۋىزوردا ئىقرار قىلدۇرۇش</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>سوت ئېچىشلار</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>ئاشكارا</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>ئادۋوكات ھازىر بولغان</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>ئائىلىسىگە رۇخسەت قىلىنغان</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>ھۆكۈم چېسلاسى</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>جازا</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>يۇقىرى سوتقا ئەرز قىلىش</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>يۇقىرى سوتقا ئەرز قىلىش نەتىجىسى</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>ئورگان (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>ئورگان (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>قوللىنىلغان تەدبىر</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>نەتىجە: تەپسىلاتى</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>سۆھبەتلەشكۈچى</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>قوشۇلۇش خاتىرىسى</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>سۆھبەت ئالغۇچى</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>ئەسلى تېكىست</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>تەرجىمىلەر</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>تەرجىمە</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>تەمىنلىگۈچى</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قوشۇلغۇچى</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>قوشۇلغۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>ئۇسۇلى</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>ب د ت غا يوللاش</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>ئىسمىنى دۆلەتكە ئېيتىش</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>ئاشكارا دوكلاتلاردىكى ئىسمى</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>ھەمكارلار بىلەن ئورتاقلىشىش</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>قايتۇرۇۋېلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>مەخپىي بۆلەكلەر</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>بەلگە نومۇرى</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>ئۆچ ئېلىش</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>ئۆچ ئېلىش شەكلى</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>مەسئۇل ئورگانلار (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>زىيانكەشلەر (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>ب د ت بىلەن ھەمكارلىق</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>ھەمكارلىق چېسلاسى</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>قايسى يوللانما، خەت-ئالاقە ياكى ئۇچرىشىش</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>ب د ت نومۇرى</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>ئۇنىڭدىن بۇرۇنقى ب د ت خەت-ئالاقىسى</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>ئېلىنغان تەدبىرلەر</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>دەلىل-ئىسپاتلار</translation>
    </message>
    <message>
        <source>Communications log</source>
        <translation>خەت-ئالاقە خاتىرىسى</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>خەت-ئالاقە تۈرى</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>جاۋاب بېرىلگىنى</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>خۇلاسە</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>ئېلان قىلىنغان ئورۇن</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>پىكىر بېرىش ۋاقتى</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>بۇنىڭغا سەۋەب بولغان يوللانمىلار</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>پىكىر ياكى يېڭى ئەھۋال</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Chart</source>
        <translation>دىئاگرامما</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Figures across cases</source>
        <translation>دېلولار بويىچە سانلىق مەلۇمات</translation>
    </message>
    <message>
        <source>Public — only what may be published</source>
        <translation>ئاممىۋى — پەقەت ئېلان قىلىشقا بولىدىغانلىرى</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>ھەمكارلاشقۇچى تەشكىلاتلار</translation>
    </message>
    <message>
        <source>Full — internal, not for publication</source>
        <translation>تولۇق — ئىچكى، ئېلان قىلىنمايدۇ</translation>
    </message>
    <message>
        <source>Victims (persons)</source>
        <translation>زىيانكەشلىككە ئۇچرىغۇچىلار (كىشى)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY، YYYY-MM ياكى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>باشلىنىشى</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ئاخىرى</translation>
    </message>
    <message>
        <source>Disclosure profile</source>
        <translation>ئاشكارىلاش دائىرىسى</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>سانى</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Deprivation of liberty began</source>
        <translation>ئەركىنلىكتىن مەھرۇم قىلىش باشلانغان ۋاقىت</translation>
    </message>
    <message>
        <source>Only cases with every tag ticked</source>
        <translation>پەقەت بەلگە قويۇلغان بارلىق بەلگىلەر بار دېلولار</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خۇلاسە</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>تۈرى بويىچە سانى</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قىممىتى</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>ئومۇمىي ساندىكى نىسبىتى</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV قىلىپ چىقىرىش…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF دوكلات چىقىرىش…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>چېسلانى YYYY، YYYY-MM ياكى YYYY-MM-DD شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>The first date is after the second: no deprivation of liberty can fall between them. Swap them?</source>
        <translation>بىرىنچى چېسلا ئىككىنچى چېسلادىن كېيىن: ئۇلارنىڭ ئارىسىغا ھېچقانداق ئەركىنلىكتىن مەھرۇم قىلىش توغرا كەلمەيدۇ. ئورنىنى ئالماشتۇرامسىز؟</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ساناۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Preparing the figures of each case (%1 of %2)…</source>
        <translation>ھەر بىر دېلونىڭ سانلىق مەلۇماتى تەييارلىنىۋاتىدۇ (%2 دىن %1)…</translation>
    </message>
    <message>
        <source>%1 victims — persons with the role victim or a deprivation of liberty on file.</source>
        <translation>%1 زىيانكەشلىككە ئۇچرىغۇچى — زىيانكەشلىككە ئۇچرىغۇچى رولى ياكى ئەركىنلىكتىن مەھرۇم قىلىش خاتىرىسى بار كىشىلەر.</translation>
    </message>
    <message>
        <source>%1 cases with at least one victim; a case counts once under each value any of its victims has.</source>
        <translation>كەم دېگەندە بىر زىيانكەشلىككە ئۇچرىغۇچى بار %1 دېلو؛ دېلونىڭ ھەر قانداق زىيانكەشلىككە ئۇچرىغۇچىسىدا بار قىممەت ئۈچۈن دېلو بىر قېتىم سانىلىدۇ.</translation>
    </message>
    <message>
        <source>Only what may be published is counted: a confidential value counts as unknown.</source>
        <translation>پەقەت ئېلان قىلىشقا بولىدىغانلىرىلا سانىلىدۇ: مەخپىي قىممەت نامەلۇم دەپ سانىلىدۇ.</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>ساناش توختىتىلدى.</translation>
    </message>
    <message>
        <source>A victim may count more than once here: the counts add up to more than the total.</source>
        <translation>بۇ يەردە بىر زىيانكەشلىككە ئۇچرىغۇچى بىر نەچچە قېتىم سانىلىشى مۇمكىن: يىغىندىسى ئومۇمىي ساندىن ئېشىپ كېتىدۇ.</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>سانلىق مەلۇماتنى CSV قىلىپ چىقىرىش</translation>
    </message>
    <message>
        <source>Export the figures report (PDF)</source>
        <translation>سانلىق مەلۇمات دوكلاتىنى چىقىرىش (PDF)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ساقلاندى.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation>كىملىكى ئېنىق زىيانكەشلىككە ئۇچرىغۇچى يوق: «كىشىلەر» بۆلىكىگە رولى «زىيانكەشلىككە ئۇچرىغۇچى» بولغان ۋە ئىسمى بار بىر كىشى قوشۇڭ.</translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation>%1 ئۈچۈن بۇ دېلونى ب د ت غا يوللاشقا قوشۇلۇش خاتىرىلەنمىگەن (قوشۇلۇش).</translation>
    </message>
    <message>
        <source>The date of arrest of %1 is not recorded; the questionnaire will say “Not known”. Give at least the year if you can (an approximate date is accepted).</source>
        <translation>%1 نىڭ تۇتقۇن قىلىنغان چېسلاسى خاتىرىلەنمىگەن؛ سوئال جەدۋىلىدە «نامەلۇم» دەپ يېزىلىدۇ. مۇمكىن بولسا ئاز دېگەندە يىلىنى بېرىڭ (تەخمىنىي چېسلامۇ قوبۇل قىلىنىدۇ).</translation>
    </message>
    <message>
        <source>The place of arrest of %1 is not recorded; the questionnaire will say “Not known” (give at least the country or the place of detention if you can).</source>
        <translation>%1 نىڭ تۇتقۇن قىلىنغان جايى خاتىرىلەنمىگەن؛ سوئال جەدۋىلىدە «نامەلۇم» دەپ يېزىلىدۇ (مۇمكىن بولسا ئاز دېگەندە دۆلەت ياكى قامالغان جاينى بېرىڭ).</translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation>%1 نىڭ بېشىغا كەلگەن ئىشلارنىڭ چېسلاسى خاتىرىلەنمىگەن (تۇتقۇن، قاماق، جازا…). ئالاھىدە تەرتىپلەر تەخمىنىي چېسلانى قوبۇل قىلىدۇ؛ بىرنى بېرىڭ ياكى باياندا نامەلۇم ئىكەنلىكىنى ئېيتىڭ.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation>%1 ئىسمىنىڭ دۆلەتكە ئېيتىلىشىغا قوشۇلمىغان: مېخانىزم كىملىكىنى بىلەلمىگەن كىشى ئۈچۈن ئارىلىشالمايدۇ. قايتا قوشۇلۇشىنى سوراڭ ياكى بىلىپ تۇرۇپ يوللاڭ.</translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation>%1 ئىسمىنىڭ دۆلەتكە ئېيتىلىشىغا قوشۇلغان، ئەمما ئاشكارا ئېلان قىلىنىشىغا قوشۇلمىغان: خىزمەت گۇرۇپپىسى پىكىرلىرىنى مۇناسىۋەتلىك كىشىلەرنىڭ ئىسمى بىلەن ئېلان قىلىدۇ. بۇ كىشىنىڭ بۇنى قوبۇل قىلىدىغانلىقىنى جەزملەشتۈرۈڭ.</translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation>بۇ جۈملە مەنبەنىڭ كىملىكىنى ئاشكارىلىشى مۇمكىن («%1»)؛ ئۇنى قايتا يېزىڭ ياكى بۆلەكنى مەخپىي دەپ بەلگىلەڭ: «%2»</translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation>مەنبە يوق: ب د ت نامسىز خەت-ئالاقىنى قوبۇل قىلمايدۇ. «كىشىلەر» بۆلىكىگە رولى «مەنبە» بولغان بىر كىشى قوشۇڭ (ئۇ مەخپىي قوشۇمچىدىلا قالىدۇ).</translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation>مەنبەنىڭ ئالاقە ئۇچۇرى يوق؛ ب د ت ئىز قوغلاش ئۈچۈن مەنبە بىلەن ئالاقىلىشالىشى كېرەك.</translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation>بايان ب د ت ئىشلىتىدىغان بىردىنبىر تىللار — ئىنگلىزچە، فرانسۇزچە ياكى ئىسپانچىدا يېزىلمىغان. باياننى يېزىڭ ياكى تەرجىمە قىلىڭ.</translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation>بىر گۇۋاھلىق پەقەت ب د ت ئىشلەتمەيدىغان تىلدىلا بار: ئىنگلىزچە، فرانسۇزچە ياكى ئىسپانچە تەرجىمىسىنى قوشۇڭ ياكى ئۇنى مەخپىي دەپ بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation>دۆلەت ئىچىدىكى قۇتقۇزۇش يوللىرى بايان قىلىنمىغان. بۇ مەجبۇرىي ئەمەس، لېكىن نېمىلەرنىڭ سىنالغانلىقىنى ياكى نېمە ئۈچۈن ھېچنېمە قىلغىلى بولمىغانلىقىنى ئېيتىڭ.</translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation>خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسىنىڭ ھېچقانداق تۈرى (I–V) ئىسپاتلانمىغان: قاماقنىڭ نېمە ئۈچۈن خالىغانچە ئىكەنلىكىنى ئېيتىڭ (قانۇنىي تەھلىل).</translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation>جىددىي ئىلتىماستا ئەھۋالنىڭ نېمە ئۈچۈن جىددىي ئىكەنلىكى ئېيتىلىشى كېرەك (قىسقىچە مەزمۇن › نېمە ئۈچۈن جىددىي).</translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation>گۇمان قىلىنغان زىيانكەش (ئورۇن، ئورگان ياكى شەخس) ئاتالمىغان.</translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation>ئالاھىدە تەرتىپلەرنىڭ ھېچقانداق ۋەكالىتى تاللانمىغان (قىسقىچە مەزمۇن › ب د ت ۋەكالەتلىرى).</translation>
    </message>
    <message>
        <source>The date %1 was arrested, abducted or last seen is not recorded with at least the month and year; the Working Group cannot process a case without it.</source>
        <translation>%1 نىڭ تۇتقۇن قىلىنغان، تۇتۇپ كېتىلگەن ياكى ئاخىرقى قېتىم كۆرۈلگەن چېسلاسى ئاز دېگەندە ئاي ۋە يىلى بىلەن خاتىرىلەنمىگەن؛ خىزمەت گۇرۇپپىسى بۇنىڭسىز دېلونى بىر تەرەپ قىلالمايدۇ.</translation>
    </message>
    <message>
        <source>The place where %1 was arrested, abducted or last seen is not recorded; the Working Group cannot process a case without it.</source>
        <translation>%1 نىڭ تۇتقۇن قىلىنغان، تۇتۇپ كېتىلگەن ياكى ئاخىرقى قېتىم كۆرۈلگەن جايى خاتىرىلەنمىگەن؛ خىزمەت گۇرۇپپىسى بۇنىڭسىز دېلونى بىر تەرەپ قىلالمايدۇ.</translation>
    </message>
    <message>
        <source>No forces are named as believed responsible for the disappearance of %1; the Working Group cannot process a case without them.</source>
        <translation>%1 نىڭ يوقىلىشىغا مەسئۇل دەپ قارالغان ھېچقانداق كۈچ ئاتالمىغان؛ خىزمەت گۇرۇپپىسى بۇنىڭسىز دېلونى بىر تەرەپ قىلالمايدۇ.</translation>
    </message>
    <message>
        <source>No action taken to locate %1 is described (inquiries, complaints, habeas corpus); if nothing was possible, say why (Domestic remedies).</source>
        <translation>%1 نى ئىزدەش ئۈچۈن قوللىنىلغان تەدبىرلەر بايان قىلىنمىغان (سۈرۈشتۈرۈش، شىكايەت، habeas corpus)؛ ھېچنېمە قىلغىلى بولمىغان بولسا، سەۋەبىنى ئېيتىڭ (دۆلەت ئىچىدىكى قۇتقۇزۇش يوللىرى).</translation>
    </message>
    <message>
        <source>The source&apos;s relationship to the disappeared person is not recorded; the Working Group asks for it.</source>
        <translation>مەنبەنىڭ يوقالغان كىشى بىلەن مۇناسىۋىتى خاتىرىلەنمىگەن؛ خىزمەت گۇرۇپپىسى بۇنى تەلەپ قىلىدۇ.</translation>
    </message>
    <message>
        <source>%1 was held incommunicado in a place that is not known: this may be an enforced disappearance. Consider also submitting the case to the Working Group on Enforced or Involuntary Disappearances.</source>
        <translation>%1 نامەلۇم بىر جايدا سىرتقى دۇنيا بىلەن ئالاقىسى ئۈزۈلگەن ھالدا قامالغان: بۇ مەجبۇرىي يوقىتىۋېتىش بولۇشى مۇمكىن. دېلونى مەجبۇرىي ياكى ئىختىيارسىز يوقىلىش مەسىلىسى خىزمەت گۇرۇپپىسىغىمۇ يوللاشنى ئويلىشىپ كۆرۈڭ.</translation>
    </message>
    <message>
        <source>No incident of intimidation or reprisal is recorded for the selected persons: add one under Reprisals.</source>
        <translation>تاللانغان كىشىلەر ئۈچۈن قورقۇتۇش ياكى ئۆچ ئېلىش ۋەقەسى خاتىرىلەنمىگەن: «ئۆچ ئېلىش» بۆلىكىدە قوشۇڭ.</translation>
    </message>
    <message>
        <source>An incident does not say who suffered it: choose the person concerned.</source>
        <translation>بىر ۋەقەدە ئۇنىڭغا كىمنىڭ ئۇچرىغانلىقى ئېيتىلمىغان: مۇناسىۋەتلىك كىشىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>No consent of %1 to report this incident to the UN is on record; the UN acts on reprisals only with the informed consent of the person concerned.</source>
        <translation>%1 نىڭ بۇ ۋەقەنى ب د ت غا مەلۇم قىلىشقا قوشۇلۇشى خاتىرىلەنمىگەن؛ ب د ت ئۆچ ئېلىش مەسىلىسىدە پەقەت مۇناسىۋەتلىك كىشىنىڭ ئەھۋالنى بىلىپ تۇرۇپ بەرگەن قوشۇلۇشى بىلەنلا ھەرىكەت قىلىدۇ.</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: the document does not give the name, and the UN can raise the incident with the Government only without it.</source>
        <translation>%1 دۆلەتكە ئىسمىنى ئاشكارىلاشقا قوشۇلمىغان: ھۆججەتتە ئىسىم بېرىلمەيدۇ، ب د ت بۇ ۋەقەنى ھۆكۈمەتكە پەقەت ئىسىمسىزلا قويالايدۇ.</translation>
    </message>
    <message>
        <source>%1 is the source of the case: the document uses the pseudonym and gives the identity only in the confidential annex.</source>
        <translation>%1 دېلونىڭ مەنبەسى: ھۆججەتتە تەخەللۇس ئىشلىتىلىدۇ، كىملىك پەقەت مەخپىي قوشۇمچىدىلا بېرىلىدۇ.</translation>
    </message>
    <message>
        <source>An incident is marked confidential: the main document leaves it out and only the confidential annex carries it.</source>
        <translation>بىر ۋەقە مەخپىي دەپ بەلگىلەنگەن: ئاساسىي ھۆججەتتە ئۇ يوق، ئۇ پەقەت مەخپىي قوشۇمچىدىلا بار.</translation>
    </message>
    <message>
        <source>An incident has no form of reprisal (threats, travel ban…).</source>
        <translation>بىر ۋەقەنىڭ ئۆچ ئېلىش شەكلى يوق (تەھدىت، سەپەر چەكلىمىسى…).</translation>
    </message>
    <message>
        <source>An incident has no date; give at least the year if you can.</source>
        <translation>بىر ۋەقەنىڭ چېسلاسى يوق؛ مۇمكىن بولسا ھېچ بولمىغاندا يىلىنى بېرىڭ.</translation>
    </message>
    <message>
        <source>An incident does not say which cooperation with the UN it followed (a submission, a communication, a session, a meeting).</source>
        <translation>بىر ۋەقەدە ئۇنىڭ ب د ت بىلەن بولغان قايسى ھەمكارلىقتىن كېيىن يۈز بەرگەنلىكى ئېيتىلمىغان (يوللانما، خەت-ئالاقە، يىغىن، ئۇچرىشىش).</translation>
    </message>
    <message>
        <source>An incident has no description of the facts.</source>
        <translation>بىر ۋەقەدە پاكىتلار چۈشەندۈرۈلمىگەن.</translation>
    </message>
    <message>
        <source>An incident&apos;s text is not written in English, French or Spanish, the only languages the UN works in. Write or translate it.</source>
        <translation>بىر ۋەقەنىڭ تېكىستى ب د ت ئىشلىتىدىغان تىللار — ئىنگلىزچە، فىرانسۇزچە ياكى ئىسپانچە يېزىلمىغان. ئۇنى شۇ تىللارنىڭ بىرىدە يېزىڭ ياكى تەرجىمە قىلىڭ.</translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation>بىر ئورگان پەقەت قىسقارتىلمىسى بىلەنلا ئاتالغان؛ تولۇق نامىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation>«%1» دا «%2» قىسقارتىلمىسى ئىشلىتىلگەن؛ تولۇق نامىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation>بىردىنبىر مەنبە ئاخبارات خەۋەرلىرى؛ بىۋاسىتە بايان ياكى ھۆججەت قوشۇڭ.</translation>
    </message>
    <message>
        <source>The communications log has nothing to follow up yet (a Government reply for comments, a communication for an update): add it to the log first.</source>
        <translation>خەت-ئالاقە خاتىرىسىدە داۋاملاشتۇرىدىغان نەرسە يوق (پىكىر ئۈچۈن ھۆكۈمەت جاۋابى، يېڭى ئەھۋال ئۈچۈن خەت-ئالاقە): ئاۋۋال خاتىرىگە قوشۇڭ.</translation>
    </message>
    <message>
        <source>The comments or update are not written yet (Comments or update, on the entry followed up).</source>
        <translation>پىكىر ياكى يېڭى ئەھۋال تېخى يېزىلمىدى (داۋاملاشتۇرۇلغان خاتىرىنىڭ «پىكىر ياكى يېڭى ئەھۋال» بۆلىكىدە).</translation>
    </message>
    <message>
        <source>The reply does not say which communication it answers; its reference will not be printed.</source>
        <translation>جاۋابتا قايسى خەت-ئالاقىگە جاۋاب ئىكەنلىكى كۆرسىتىلمىگەن؛ نومۇرى بېسىلمايدۇ.</translation>
    </message>
    <message>
        <source>The comments or update are not written in English, French or Spanish; the UN works only in these languages.</source>
        <translation>پىكىر ياكى يېڭى ئەھۋال ئىنگلىزچە، فىرانسۇزچە ياكى ئىسپانچە يېزىلمىغان؛ ب د ت پەقەت بۇ تىللاردا ئىشلەيدۇ.</translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation>بايان ئۇزۇن (%1 سۆزدىن ئارتۇق) ھەمدە قىسقىچە مەزمۇنى يوق؛ ئالدىغا ئىخچام قىسقىچە مەزمۇن يېزىڭ.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation>خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسى: يەككە خەت-ئالاقە</translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation>خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسى: جىددىي ھەرىكەت</translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation>ئالاھىدە تەرتىپلەر: ئەيىبلەش خېتى</translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation>ئالاھىدە تەرتىپلەر: جىددىي مۇراجىئەت</translation>
    </message>
    <message>
        <source>WGEID: enforced or involuntary disappearance</source>
        <translation>مەجبۇرىي ياكى ئىختىيارسىز يوقىلىش خىزمەت گۇرۇپپىسى: مەجبۇرىي ياكى ئىختىيارسىز يوقىلىش</translation>
    </message>
    <message>
        <source>WGAD: comments on the Government&apos;s reply</source>
        <translation>خىزمەت گۇرۇپپىسى: ھۆكۈمەت جاۋابىغا پىكىر</translation>
    </message>
    <message>
        <source>Special Procedures: update letter</source>
        <translation>ئالاھىدە تەرتىپلەر: يېڭى ئەھۋال خېتى</translation>
    </message>
    <message>
        <source>OHCHR reprisals focal point: intimidation and reprisals</source>
        <translation>ب د ت ئىنسان ھوقۇقلىرى ئالىي كومىسسارلىق ئىشخانىسىنىڭ ئۆچ ئېلىش مەسىلىسى مەسئۇلى: قورقۇتۇش ۋە ئۆچ ئېلىش</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation>سوت ئېچىش</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>ئاشكارا</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>ئادۋوكات ھازىر بولغان</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>ئائىلىسىگە رۇخسەت قىلىنغان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
</context>
<context>
    <name>IdentityDocsEdit</name>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>تارقاتقان ئورگان</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تارقىتىلغان چېسلا</translation>
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
        <translation>قىيىن-قىستاق ياكى خورلاش، سالامەتلىك ئەھۋالى ۋە داۋالىنىش. ئاشكارىلاش كىشىنى ئۆچ ئېلىشقا ئۇچرىتىشى مۇمكىن بولسا، تەپسىلاتنى مەخپىي دەپ بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>قىيىن-قىستاق ياكى خورلاش</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>سالامەتلىك ئەھۋالى</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>داۋالىنىش رەت قىلىنغان</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>ھاياتى خەۋپتە</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>زىيانكەشلەر (تىزىملانغان كىشىلەر)</translation>
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
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>بوغچا ئەكىرىش</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>بوغچىنىڭ مەخپىي ئىبارىسى</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>بوغچىدىكى دېلولار</translation>
    </message>
    <message>
        <source>Import anyway: I trust this sender</source>
        <translation>يەنىلا ئەكىرىش: بۇ يوللىغۇچىغا ئىشىنىمەن</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ئەكىرىش ئىلگىرىلىشى</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>قوشۇلدى</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>يېڭىلاندى</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>تەكشۈرۈش كېرەك</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>زىددىيەتلىك تەھرىرلەر</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>بىزنىڭكىنى ساقلاش</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ئۇلارنىڭكىنى ئېلىش</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase. Type it to open the bundle.</source>
        <translation>بۇ بوغچا مەخپىي ئىبارە بىلەن پېچەتلەنگەن. بوغچىنى ئېچىش ئۈچۈن ئۇنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>ئىمزا ۋە ھەر بىر ھۆججەت تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Signed by %1, a verified contact.</source>
        <translation>%1 ئىمزالىغان، دەلىللەنگەن ئالاقىداش.</translation>
    </message>
    <message>
        <source>Signed by %1, a contact you have NOT verified yet.</source>
        <translation>%1 ئىمزالىغان، سىز تېخى دەلىللىمىگەن ئالاقىداش.</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>بۇ خەزىنىدە ياسالغان.</translation>
    </message>
    <message>
        <source>Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before importing.</source>
        <translation>نامەلۇم ئاچقۇچ بىلەن ئىمزالانغان، بارماق ئىزى %2. ئەكىرىشتىن ئىلگىرى ئۇنى يوللىغۇچى بىلەن سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <source>Every file checks out; nothing has been written yet.</source>
        <translation>ھەممە ھۆججەت تەكشۈرۈشتىن ئۆتتى؛ تېخى ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>ئەكىرىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Imported. Evidence: %1 file(s) added, %2 already here.</source>
        <translation>ئەكىرىلدى. ئىسپات: %1 ھۆججەت قوشۇلدى، %2 سى ئاللىبۇرۇن بار ئىدى.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>قوشۇلدى</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>يېڭىلاندى</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ئۆزگەرمىدى</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>تەكشۈرۈش كېرەك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>%1 — ours: %2 — theirs: %3</source>
        <translation>%1 — بىزنىڭكى: %2 — ئۇلارنىڭكى: %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>ۋاز كەچتى: ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ۋاز كېچىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>IndexRebuildDialog</name>
    <message>
        <source>Search index</source>
        <translation>ئىزدەش كۆرسەتكۈچى</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation>بۇ خەزىنە بۇرۇنقى نەشرىدە قۇرۇلغان. پىنيىن، مۇرەككەپ ۋە ئاددىيلاشتۇرۇلغان خەنزۇچە، ھەر ئىككى يېزىقتىكى ئۇيغۇرچە ئىسىملار ۋە ھەر بىر بۆلەكنى تاپقىلى بولسۇن دەپ، ئۇنىڭ ئىزدەش كۆرسەتكۈچى قايتا قۇرۇلۇۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>ئىزدەش كۆرسەتكۈچى يېڭىلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation>دېلولار ئىزدەش ئۈچۈن كۆرسەتكۈچلىنىۋاتىدۇ (%2 دىن %1)…</translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation>كۆرسەتكۈچ قايتا قۇرۇلغۇچە ئىزدەش نەتىجىسى تولۇق بولمايدۇ. خەزىنىنىڭ قۇلۇپى كېيىنكى قېتىم ئېچىلغاندا داۋاملىشىدۇ.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation>ئىزدەش كۆرسەتكۈچىنى قايتا قۇرغىلى بولمىدى. ئىزدەش نەتىجىسى تولۇق بولماسلىقى مۇمكىن.</translation>
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
        <translation>قوشۇش: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>چىقىرىۋېتىش: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>يۇقىرىغا</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>تۆۋەنگە</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>يۇقىرىغا يۆتكەش: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>تۆۋەنگە يۆتكەش: %1</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>«%1» چىقىرىۋېتىلسۇنمۇ؟</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation>ئىلگىرىلەش: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>ۋاز كېچىش: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ۋاز كېچىۋاتىدۇ…</translation>
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
        <translation>ماس كېلىدىغان ھەر بىر خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسى تۈرىنى بەلگىلەڭ؛ قايسى ماددىلارنىڭ نېمە ئۈچۈن دەپسەندە قىلىنغانلىقىنى ئېيتىڭ.</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>«پۇقرالىق ۋە سىياسىي ھوقۇقلار خەلقئارا ئەھدىنامىسى» غا ئەزا دۆلەت</translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation>تىلغا ئېلىنغان باشقا ھوقۇقلار</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>تىلغا ئېلىنغان ھوقۇقلار</translation>
    </message>
    <message>
        <source>General argument</source>
        <translation>ئومۇمىي دەلىل-ئىسپات</translation>
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
        <source>&amp;Share…</source>
        <translation>ھەمبەھىرلەش(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>بوغچا ئەكىرىش(&amp;I)…</translation>
    </message>
    <message>
        <source>Identity and &amp;contacts…</source>
        <translation>سالاھىيەت ۋە ئالاقىداشلار(&amp;C)…</translation>
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
        <source>&amp;Figures across cases…</source>
        <translation>دېلولار بويىچە سانلىق مەلۇمات…</translation>
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
        <source>&amp;Due and overdue…</source>
        <translation>مۆھلەتلەر(&amp;D)…</translation>
    </message>
    <message>
        <source>State replies, comments and follow-ups due across cases (Ctrl+Shift+D)</source>
        <translation>بارلىق دېلولاردىكى دۆلەت جاۋابى، پىكىر ۋە داۋاملىق ئىشلارنىڭ مۆھلىتى (Ctrl+Shift+D)</translation>
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
        <source>The case had problems that stopped it being saved.</source>
        <translation>دېلودا مەسىلە بولغاچقا ساقلىغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Locked, but the last changes to the open case were not saved: %1</source>
        <translation>قۇلۇپلاندى، ئەمما ئېچىلغان دېلونىڭ ئاخىرقى ئۆزگەرتىشلىرى ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>They are kept, encrypted, until you unlock this vault again in this window; then they are back in the editor.</source>
        <translation>ئۇلار شىفىرلانغان ھالدا ساقلىنىدۇ، سىز بۇ كۆزنەكتە بۇ خەزىنىنىڭ قۇلۇپىنى قايتا ئاچقاندا، ئۇلار تەھرىرلىگۈچكە قايتىدۇ.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ساقلانمىغان ئۆزگەرتىشلەر</translation>
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
    <message>
        <source>Demo</source>
        <translation>كۆرسەتمە</translation>
    </message>
    <message>
        <source>The demo vault could not be made.</source>
        <translation>كۆرسەتمە خەزىنىسىنى قۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The last changes to the open case could not be saved. If you quit now they are lost. Quit anyway?

No: unlock the vault again to get them back and save them.</source>
        <translation>ئېچىلغان دېلونىڭ ئاخىرقى ئۆزگەرتىشلىرىنى ساقلىغىلى بولمىدى. ھازىر چېكىنسىڭىز ئۇلار يوقىلىدۇ. يەنىلا چېكىنەمسىز؟

ياق: ئۇلارنى قايتۇرۇۋېلىپ ساقلاش ئۈچۈن خەزىنىنىڭ قۇلۇپىنى قايتا ئېچىڭ.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>چېكىنىپ ئۇلارنى يوقىتىش</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>ساقلاپ قېلىش</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>ئورگان</translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation>تولۇق نامىنى يېزىڭ: ب د ت يالغۇز قىسقارتىلمىنى قوبۇل قىلمايدۇ.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>تولۇق نامى</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>ئەسلى يېزىقتىكى نامى</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>قىسقارتىلمىسى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>دۆلەت ئورگىنى</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>تەۋە ئورگىنى</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
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
        <translation>ئورگانلار</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation>كۈتۈۋاتىدۇ</translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation>ھۆكۈمەت جاۋاب بەردى</translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation>پىكىر: قاماق خالىغانچە</translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation>پىكىر: قاماق خالىغانچە ئەمەس</translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation>ئارخىپقا ئېلىندى: كىشى قويۇپ بېرىلدى</translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation>تېخىمۇ كۆپ ئۇچۇر تەلەپ قىلىندى</translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation>جىددىي مۇراجىئەت يوللاندى</translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation>خەت-ئالاقە ھۆكۈمەتكە يوللاندى</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاقالدى</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019</source>
        <translation>مەسىلەن 2019-03-05، 2019-يىلى مارت</translation>
    </message>
    <message>
        <source>Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.</source>
        <translation>چېسلانى بىلگىنىڭىزچە يېزىڭ: 2019، 2019-يىلى مارت، 2019-يىلى 5-مارت، 2019-03-05، 2019年3月5日، 05/03/2019. ئېنىق بولمىسا «تەخمىنىي» نى بەلگىلەڭ (ياكى «about» دەپ يېزىڭ).</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تەخمىنىي</translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation>چېسلا تەخمىنىي (~ بىلەن يېزىلىدۇ)</translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation>%1: تەخمىنىي</translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation>چېسلا دەپ چۈشىنىلمىدى: مەسىلەن 2019، 2019-يىلى مارت ياكى 2019-03-05 دەپ يېزىڭ</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>تەخمىنەن %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى قۇرۇش</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>مەخپىي ئىبارە ئۇنتۇلسا، ئەسلىگە كەلتۈرۈش ئاچقۇچى خەزىنىنى ئاچىدۇ. ئۇنى قۇرۇش ئۈچۈن ھازىرقى مەخپىي ئىبارىنى كىرگۈزۈڭ. ئىلگىرى قۇرۇلغان ئەسلىگە كەلتۈرۈش ئاچقۇچى ئىناۋەتسىز بولىدۇ.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>ھازىرقى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ھازىرقى مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>ئاچقۇچ قۇرۇش</translation>
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
        <translation>كىشىلەر</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation>قاماق مۇددىتى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>باشلانغان</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ئاخىرلاشقان</translation>
    </message>
    <message>
        <source>still held here</source>
        <translation>تېخىچە بۇ يەردە قاماقتا</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>داۋاملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>قاماقخانا</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>قامىغان ئورگان</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>بۇيرۇق چۈشۈرگەن ئورگان</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>سىرتقى دۇنيا بىلەن ئالاقىسى ئۈزۈلگەن</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>ئۆزى تاللىغان ئادۋوكات</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>ئائىلىسىگە ئۇقتۇرۇلغان</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>ئېيتىلغان سەۋەبلەر</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>قانۇنىي ئاساسى</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>شارائىتى</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>رولى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original script&lt;/b&gt;</source>
        <translation>&lt;b&gt;ئەسلى يېزىق&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation>&lt;b&gt;لاتىنچە ترانسكرىپسىيە&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>فامىلىسى</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <source> (original script)</source>
        <translation> (ئەسلى يېزىقتا)</translation>
    </message>
    <message>
        <source> (Latin)</source>
        <translation> (لاتىنچە)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>باشقا ئىسىملىرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تۇغۇلغان</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامەلۇم</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>تۇتۇپ تۇرۇلغاندىكى يېشى</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>تۇغۇلغان جايى</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>دۆلەت تەۋەلىكى</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>توپلار</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>تۇرۇشلۇق جايى</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ئالاقە</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>زىيانكەشلىككە ئۇچرىغۇچى بىلەن مۇناسىۋىتى</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ئورگان</translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation>ۋەزىپىسى / دەرىجىسى</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>ۋەزىپىسى</translation>
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
        <translation>ئۆلكە / رايون</translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation>شەھەر، ناھىيە، يېزا-بازار</translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation>ئادرېس، ئورۇن، بەلگە</translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation>%1: دۆلەت</translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation>%1: ئۆلكە ياكى رايون</translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation>%1: يەر</translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation>%1: تەپسىلىي ئادرېس</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation>بۇ تۈرنىڭ ئىناۋەتلىك بەلگە نومۇرى يوق.</translation>
    </message>
    <message>
        <source>This text is too long: shorten it.</source>
        <translation>بۇ تېكىست بەك ئۇزۇن، قىسقارتىڭ.</translation>
    </message>
    <message>
        <source>This list has too many entries.</source>
        <translation>بۇ تىزىملىكتە تۈر بەك كۆپ.</translation>
    </message>
    <message>
        <source>This file name contains a folder, a control character or a direction mark: rename the file.</source>
        <translation>بۇ ھۆججەت نامىدا قىسقۇچ، كونترول ھەرپى ياكى يۆنىلىش بەلگىسى بار، ھۆججەتنىڭ نامىنى ئۆزگەرتىڭ.</translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation>ئىككى تۈرنىڭ بەلگە نومۇرى ئوخشاش.</translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation>مەخپىي بەلگىسى مەۋجۇت بولمىغان بىر بۆلەكنى كۆرسىتىدۇ (%1).</translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation>بۇ قىممەت تىزىملىكتە يوق (%1): بىرنى تاللاڭ.</translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation>بۇ دېلودا ئەمدى مەۋجۇت بولمىغان نەرسىنى كۆرسىتىدۇ: قايتا تاللاڭ.</translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation>ۋاقىتنى 24 سائەتلىك ئۇسۇلدا يېزىڭ، مەسىلەن 09:30 ياكى 21:05.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>تىزىملىكتىن بىر دۆلەت تاللاڭ.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation>SHA-256 بارماق ئىزى 64 خانىلىق ئون ئالتىلىك سان.</translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation>ئەركىنلىكىدىن مەھرۇم قىلىنغان كىشىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation>بۇ مۇددەت باشلىنىشتىن ئىلگىرى ئاخىرلىشىدۇ.</translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation>داۋاملىشىۋاتقان مۇددەتنىڭ ئاخىرلىشىش چېسلاسى بولمايدۇ: ئاخىرلىشىش چېسلاسىنى ئۆچۈرۈڭ ياكى «داۋاملىشىۋاتىدۇ» نى بىكار قىلىڭ.</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>ياش 0 بىلەن 130 ئارىلىقىدا بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation>ھۆججەت چوڭلۇقى مەنپىي بولالمايدۇ.</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>بىر بەلگە قۇرۇق.</translation>
    </message>
    <message>
        <source>This is not the identifier of a submission.</source>
        <translation>بۇ يوللانمىنىڭ بەلگىسى ئەمەس.</translation>
    </message>
    <message>
        <source>This does not look like a UN reference such as UA CHN 6/2020.</source>
        <translation>بۇ UA CHN 6/2020 غا ئوخشاش ب د ت نومۇرىغا ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <source>The type does not match the one in the reference (UA: urgent appeal, AL: allegation letter, OL: other letter).</source>
        <translation>تۈرى نومۇردىكى تۈرگە ماس كەلمەيدۇ (UA: جىددىي مۇراجىئەت، AL: ئەيىبلەش خېتى، OL: باشقا خەت).</translation>
    </message>
    <message>
        <source>The reference names another year than the date.</source>
        <translation>نومۇردىكى يىل چېسلاغا ماس كەلمەيدۇ.</translation>
    </message>
    <message>
        <source>This does not look like an opinion number such as 74/2018.</source>
        <translation>بۇ 74/2018 غا ئوخشاش پىكىر نومۇرىغا ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <source>No date: no due date can be counted.</source>
        <translation>چېسلا يوق: مۆھلەتنى ھېسابلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The date is not known to the day: no due date can be counted.</source>
        <translation>چېسلا كۈنىگىچە ئېنىق ئەمەس: مۆھلەتنى ھېسابلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>بۇ چېسلا كەلگۈسىدە.</translation>
    </message>
    <message>
        <source>This links to an entry of another kind than expected.</source>
        <translation>بۇ ئۇلانغان خاتىرىنىڭ تۈرى كۈتۈلگەندەك ئەمەس.</translation>
    </message>
    <message>
        <source>This date is before the entry it answers.</source>
        <translation>بۇ چېسلا جاۋاب بەرگەن خاتىرىدىن بۇرۇن.</translation>
    </message>
    <message>
        <source>Say which communication this reply answers.</source>
        <translation>بۇ جاۋابنىڭ قايسى خەت-ئالاقىگە جاۋاب ئىكەنلىكىنى كۆرسىتىڭ.</translation>
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
        <translation>ئەيىبلەنگەن جىنايەت (قانۇن، ماددا)</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>ئەيىبلەشنىڭ ئەسلى ئىپادىسى</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>سوت مەھكىمىسى</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>سوت دېلو نومۇرى</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>ئەيىبلىنىشتىن خەۋەردار قىلىنغان</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>خەۋەردار قىلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>سوتچى ئالدىغا ئېلىپ بېرىلغان چېسلا</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>ئادۋوكات بىلەن كۆرۈشۈش</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>ئادۋوكات بىلەن كۆرۈشۈش: تەپسىلاتى</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>مەجبۇرىي ئىقرار</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>تېلېۋىزوردا ئىقرار قىلدۇرۇش</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>سوت ئېچىشلار</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>سوت ئېچىشلار</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>ھۆكۈم چېسلاسى</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>جازا</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>يۇقىرى سوتقا ئەرز قىلىش</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>يۇقىرى سوتقا ئەرز قىلىش نەتىجىسى</translation>
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
        <translation>ئەدلىيە جەريانى</translation>
    </message>
</context>
<context>
    <name>ProvisionsEdit</name>
    <message>
        <source>Law</source>
        <translation>قانۇن</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>ماددىلار</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>جەزملەش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ھەئە(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ياق(&amp;N)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ياردەم</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>كۆڭۈلدىكىگە قايتۇرۇش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ئۇلانما ئادرېسىنى كۆچۈرۈش(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
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
        <translation>%1 غا قوشۇش</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>%1 دىن چىقىرىۋېتىش</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>بۇ ئاچقۇچقا ئىگە ھەرقانداق كىشى خەزىنىنى ئاچالايدۇ. ئۇنى بېسىپ چىقىرىپ، بۇ كومپيۇتېردىن يىراق ساقلاڭ. ئۇ پەقەت بىرلا قېتىم كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>بېسىش…</translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation>ئۈچ ئۈلۈش قىلىپ كۆرسىتىش (خالىغان ئىككىسى خەزىنىنى ئاچىدۇ)</translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation>بېسىپ چىقاردىم — تاقاش</translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation>3 ئۈلۈشتىن %1-ئۈلۈش:</translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation>Recourse ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>بۇ ئاچقۇچقا ئىگە ھەرقانداق كىشى خەزىنىنى ئاچالايدۇ. ئۇنى كومپيۇتېردىن يىراق ساقلاڭ.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(كەم: %1)</translation>
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
        <translation>قۇتقۇزۇش قەدەملىرى</translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation>شىكايەت، ئىلتىماس، ئەرز ۋە ئۇلارنىڭ نەتىجىسى.</translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation>قۇتقۇزۇش يوللىرى نېمە ئۈچۈن ئۈنۈمسىز بولدى ياكى سىنالمىدى</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>قۇتقۇزۇش يوللىرى ھەققىدە ئىزاھات</translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation>قەدەم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>ئورگان (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>ئورگان (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>قوللىنىلغان تەدبىر</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>نەتىجە: تەپسىلاتى</translation>
    </message>
</context>
<context>
    <name>ReprisalForm</name>
    <message>
        <source>Incident</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <source>Reported to the UN only with the informed consent of the person concerned.</source>
        <translation>ب د ت غا پەقەت مۇناسىۋەتلىك كىشىنىڭ ئەھۋالنى بىلىپ تۇرۇپ بەرگەن قوشۇلۇشى بىلەنلا مەلۇم قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>مۇناسىۋەتلىك كىشى</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>ئۆچ ئېلىش شەكلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>مەسئۇل ئورگانلار (تىزىملانغان)</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>زىيانكەشلەر (تىزىملانغان كىشىلەر)</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>زىيانكەشلەر (تىزىملانمىغان)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>ب د ت بىلەن ھەمكارلىق</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>ھەمكارلىق چېسلاسى</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>قايسى يوللانما، خەت-ئالاقە ياكى ئۇچرىشىش</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>ئۇنىڭدىن بۇرۇنقى ب د ت خەت-ئالاقىسى</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>ب د ت نومۇرى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>ئېلىنغان تەدبىرلەر</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>دەلىل-ئىسپاتلار</translation>
    </message>
    <message>
        <source>Consent covering this report</source>
        <translation>بۇ مەلۇماتقا ئائىت قوشۇلۇش</translation>
    </message>
    <message>
        <source>Notes (never printed)</source>
        <translation>ئىزاھات (ھەرگىز بېسىلمايدۇ)</translation>
    </message>
    <message>
        <source>No consent to report this to the UN is on record for this person: the reprisals form will not be sent without it (Consent).</source>
        <translation>بۇ كىشى ئۈچۈن بۇنى ب د ت غا مەلۇم قىلىشقا قوشۇلۇش خاتىرىلەنمىگەن: ئۇنىڭسىز ئۆچ ئېلىش جەدۋىلى يوللانمايدۇ (قوشۇلۇش).</translation>
    </message>
</context>
<context>
    <name>ReprisalsSection</name>
    <message>
        <source>Reprisals</source>
        <translation>ئۆچ ئېلىش</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ۋەقەلەر</translation>
    </message>
    <message>
        <source>Intimidation or reprisals against people for cooperating with the UN: threats, travel bans, detention, surveillance, harassment of family members…</source>
        <translation>ب د ت بىلەن ھەمكارلاشقانلىقى ئۈچۈن كىشىلەرگە قارىتىلغان قورقۇتۇش ياكى ئۆچ ئېلىش: تەھدىت، سەپەر چەكلىمىسى، قاماق، نازارەت قىلىش، ئائىلە ئەزالىرىنى پاراكەندە قىلىش…</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>(كىشىنى تاللاڭ)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>%1 زاپاس نۇسخىنىڭ مەخپىي ئىبارىسىنى كىرگۈزۈڭ. ئۇ %2 غا ئەسلىگە كەلتۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى:</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>ئەسلىگە كەلتۈرۈش ئىلگىرىلىشى</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>خەزىنە ئەسلىگە كەلتۈرۈلۈپ تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ۋاز كېچىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>بۇ زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى توغرا ئەمەس. ھېچنېمە ئەسلىگە كەلتۈرۈلمىدى.</translation>
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
        <translation>كىشى</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>تۇتقۇن</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>قاماق</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>ئەدلىيە جەريانى</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <translation>خورلاش</translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation>ئەركىنلىكتىن مەھرۇم قىلىش</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>قۇتقۇزۇش يوللىرى</translation>
    </message>
    <message>
        <source>legal analysis</source>
        <translation>قانۇنىي تەھلىل</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>قوشۇلۇش</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>جىددىيلىك</translation>
    </message>
    <message>
        <source>communications log</source>
        <translation>خەت-ئالاقە خاتىرىسى</translation>
    </message>
    <message>
        <source>case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>reprisal</source>
        <translation>ئۆچ ئېلىش</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>مەخپىي</translation>
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
        <source>The first %1 matches: add a word to narrow the search.</source>
        <translation>ئالدىنقى %1 نەتىجە: ئىزدەشنى تارايتىش ئۈچۈن يەنە بىر سۆز قوشۇڭ.</translation>
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
        <translation>خەزىنىنىڭ زاپاس نۇسخىسىنى باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>خەزىنىنىڭ زاپاس نۇسخىسىنى ئېلىش</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>بۇ ناملىق ھۆججەت ئاللىبۇرۇن بار. باشقا نام تاللاڭ.</translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>زاپاس نۇسخا %1 دەپ ساقلاندى. ئۇ خەزىنىنىڭ مەخپىي ئىبارىسى بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>زاپاسلاشتىن ۋاز كەچتى. ھېچقانداق ھۆججەت ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation>زاپاس نۇسخىنى يازغىلى بولمىدى. ھېچقانداق ھۆججەت ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>مەخپىي ئىبارە توغرا ئەمەس. ئەسلىگە كەلتۈرۈش ئاچقۇچى قۇرۇلمىدى.</translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى قۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى قۇرۇش</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>ئەسلىگە كەلتۈرىدىغان زاپاس نۇسخىنى تاللاڭ</translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation>بۇ زاپاس نۇسخا ھۆججىتى تېپىلمىدى.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>ئەسلىگە كەلتۈرۈلگەن خەزىنە ئۈچۈن يېڭى، قۇرۇق قىسقۇچ تاللاڭ</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>بۇ قىسقۇچ قۇرۇق ئەمەس. ئەسلىگە كەلتۈرۈلگەن خەزىنە ئۈچۈن قۇرۇق ياكى يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>خەزىنە %1 غا ئەسلىگە كەلتۈرۈلدى. زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى بىلەن قۇلۇپىنى ئېچىڭ.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>ئەسلىگە كەلتۈرۈشتىن ۋاز كەچتى. ھېچنېمە قۇرۇلمىدى.</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>بۇ زاپاس نۇسخا بۇزۇلغان ياكى ئۆزگەرتىلگەن، شۇڭا ئەسلىگە كەلتۈرگىلى بولمايدۇ. ھېچنېمە قۇرۇلمىدى. باشقا زاپاس نۇسخىنى سىناڭ.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>بۇ زاپاس نۇسخا Recourse نىڭ يېڭىراق نەشرىدە ئېلىنغان. ئەسلىگە كەلتۈرۈش ئۈچۈن Recourse نى يېڭىلاڭ. ھېچنېمە قۇرۇلمىدى.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرگىلى بولمىدى. ھېچنېمە قۇرۇلمىدى.</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>جىددىي يوق قىلىش</translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>جىددىي يوق قىلىش بۇ كومپيۇتېردىكى خەزىنىنى مەڭگۈلۈك يوق قىلىدۇ: بارلىق دېلو ۋە بارلىق ئىسپاتلارنى. ئۇنى ھېچكىم قايتۇرالمايدۇ، مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەنمۇ. باشقا جايدىكى زاپاس نۇسخىلارغا تەسىر يەتمەيدۇ.</translation>
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
        <translation>خەزىنىنى تولۇق يوق قىلغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation>خەزىنە يوق قىلىندى.</translation>
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
    <name>Share</name>
    <message>
        <source>This bundle is not sealed for this vault, or the bundle passphrase is wrong. Nothing was imported.</source>
        <translation>بۇ بوغچا بۇ خەزىنە ئۈچۈن پېچەتلەنمىگەن، ياكى بوغچىنىڭ مەخپىي ئىبارىسى خاتا. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not among your contacts. Nothing was imported.</source>
        <translation>بۇ بوغچىنى ئالاقىداشلىرىڭىز ئىچىدە يوق بىرسى ئىمزالىغان. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle was imported before, or is older than one already imported from the same sender. Nothing was imported.</source>
        <translation>بۇ بوغچا ئىلگىرى ئەكىرىلگەن، ياكى ئوخشاش يوللىغۇچىدىن ئەكىرىلگەن بوغچىدىن كونا. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle was altered or damaged on its way: it failed its checks. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>بۇ بوغچا يولدا ئۆزگەرتىلگەن ياكى بۇزۇلغان: تەكشۈرۈشتىن ئۆتمىدى. ھېچنېمە ئەكىرىلمىدى. يوللىغۇچىدىن يېڭى نۇسخا سوراڭ.</translation>
    </message>
    <message>
        <source>This is not a usable contact card (a key is missing or damaged, it is your own, or the contact is already there).</source>
        <translation>بۇ ئىشلەتكىلى بولىدىغان ئالاقە كارتىسى ئەمەس (ئاچقۇچ كەم ياكى بۇزۇلغان، ئۆزىڭىزنىڭكى، ياكى بۇ ئالاقىداش ئاللىبۇرۇن بار).</translation>
    </message>
    <message>
        <source>A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.</source>
        <translation>مەخپىي ئىبارە بىلەن پېچەتلەنگەن بوغچا 512 MiB دىن ئاشمايدۇ. ئۇنىڭ ئورنىغا ئالاقىداشلار ئۈچۈن پېچەتلەڭ.</translation>
    </message>
    <message>
        <source>Full — my own team</source>
        <translation>تولۇق — ئۆز گۇرۇپپام</translation>
    </message>
    <message>
        <source>Partner organisation — what consent allows</source>
        <translation>ھەمكار تەشكىلات — قوشۇلۇش يول قويغان دائىرىدە</translation>
    </message>
    <message>
        <source>Public — names only with consent, no evidence files</source>
        <translation>ئاشكارا — ئىسىملار پەقەت قوشۇلۇش بىلەن، ئىسپات ھۆججىتى يوق</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share cases</source>
        <translation>دېلولارنى ئورتاقلىشىش</translation>
    </message>
    <message>
        <source>Cases to share</source>
        <translation>ئورتاقلىشىدىغان دېلولار</translation>
    </message>
    <message>
        <source>Contacts to seal it for</source>
        <translation>پېچەتلەيدىغان ئالاقىداشلار</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (دەلىللەنمىگەن)</translation>
    </message>
    <message>
        <source>Seal with a passphrase instead of contacts</source>
        <translation>ئالاقىداشلارنىڭ ئورنىغا مەخپىي ئىبارە بىلەن پېچەتلەش</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>بوغچىنىڭ مەخپىي ئىبارىسى</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase</source>
        <translation>بوغچىنىڭ مەخپىي ئىبارىسىنى قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>يوشۇرۇش ئارخىپى</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS, comments)</source>
        <translation>رەسىم مېتا سانلىق مەلۇماتىنى ئۆچۈرۈش (EXIF، GPS، ئىزاھات)</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>پېچەتلەش ئىلگىرىلىشى</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>ئورتاقلىشىش…</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>دېلولار:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>كىمگە:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>قايتا:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>ئارخىپ:</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>ئاز دېگەندە بىر دېلونى بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>Type a passphrase for the bundle.</source>
        <translation>بوغچا ئۈچۈن مەخپىي ئىبارە كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or seal with a passphrase.</source>
        <translation>ئاز دېگەندە بىر ئالاقىداشنى بەلگىلەڭ ياكى مەخپىي ئىبارە بىلەن پېچەتلەڭ.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>بوغچىنى باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>پېچەتلەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ۋاز كېچىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>ShareTasks</name>
    <message>
        <source>Share cases</source>
        <translation>دېلولارنى ئورتاقلىشىش</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any channel: only the chosen recipients can open it.</source>
        <translation>%1 دېلو ۋە %2 ئىسپات ھۆججىتى %3 غا پېچەتلەندى. بۇ ھۆججەتنى خالىغان يول بىلەن يوللاڭ: ئۇنى پەقەت تاللانغان تاپشۇرۇۋالغۇچىلارلا ئاچالايدۇ.</translation>
    </message>
    <message>
        <source>Cancelled: no file was kept.</source>
        <translation>ۋاز كەچتى: ھېچقانداق ھۆججەت ساقلانمىدى.</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>ئەكىرىدىغان بوغچىنى تاللاڭ</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>separate with ;</source>
        <translation>; بىلەن ئايرىڭ</translation>
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
        <translation>جەدۋەل</translation>
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
        <translation>ھۆججەت تىلى</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>ھاسىل قىلىش</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>PDF ساقلاش…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>DOCX ساقلاش…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Victims in this submission</source>
        <translation>بۇ يوللانمىدىكى زىيانكەشلىككە ئۇچرىغۇچىلار</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>تەكشۈرۈش نەتىجىسى</translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation>ھاسىل قىلىشتىن ئىلگىرى دېلونى جەدۋەلگە سېلىشتۇرۇپ تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>ھۆججەتنى ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>Main document</source>
        <translation>ئاساسىي ھۆججەت</translation>
    </message>
    <message>
        <source>Confidential annex</source>
        <translation>مەخپىي قوشۇمچە</translation>
    </message>
    <message>
        <source>Previewed document</source>
        <translation>ئالدىن كۆرۈلگەن ھۆججەت</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>كەڭلىككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>چوڭايتىش</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>ھاسىل قىلىنغان ۋاقىت</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>لايىھە</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>يوللانغان چېسلا</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>ب د ت نومۇرى</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>جاۋاب مۆھلىتى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>ئىز قوغلاش مۆھلىتى</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>يوللانما تارىخى</translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation>تاللانغان يوللانمىنىڭ ئىز قوغلىشى</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation>يوللانغان چېسلا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>يوللاش يولى</translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation>دۆلەتنىڭ جاۋاب مۆھلىتى</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>پىكىر بېرىش مۆھلىتى</translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation>پىكىر نومۇرى</translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation>پىكىر چېسلاسى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation>ئىز قوغلاشنى ساقلاش</translation>
    </message>
    <message>
        <source>Check and render</source>
        <translation>تەكشۈرۈش ۋە ھاسىل قىلىش</translation>
    </message>
    <message>
        <source>History and tracking</source>
        <translation>تارىخ ۋە ئىز قوغلاش</translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation>دېلونى تەكشۈرۈڭ، ھۆججەتلەرنى ھاسىل قىلىڭ، بۇ يەردە ئالدىن كۆرۈڭ، ئاندىن ئۆزىڭىز تاللىغان جايغا ساقلاڭ.</translation>
    </message>
    <message>
        <source>Persons concerned by the incidents</source>
        <translation>ۋەقەلەرگە مۇناسىۋەتلىك كىشىلەر</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ئىسىمسىز)</translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation>ئاۋۋال دېلودا كۆرسىتىلگەن مەسىلىلەرنى تۈزىتىڭ: ئۇنى ساقلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation>%1 توسۇۋاتقان مەسىلە، %2 ئاگاھلاندۇرۇش. بۆلەككە بېرىش ئۈچۈن بىرىنى چېكىڭ. يەنىلا لايىھە ھاسىل قىلالايسىز.</translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation>لايىھە ھاسىل قىلىش</translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation>تەييار: توسۇۋاتقان مەسىلە يوق، %1 ئاگاھلاندۇرۇش.</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>ھاسىل قىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation>ھاسىل قىلىندى%1. تۆۋەندە ئالدىن كۆرۈڭ؛ ساقلىمىغۇچە ھېچنېمە يېزىلمايدۇ.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (لايىھە)</translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation>ھاسىل قىلىشتىن ۋاز كەچتى.</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>توسۇۋاتقان مەسىلىلەر بار: قايتا تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>ھاسىل قىلىش مەغلۇپ بولدى: %1</translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation>ئاساسىي ھۆججەتنى ساقلاش</translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation>مەخپىي قوشۇمچىنى ساقلاش</translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation>ساقلاندى. مەخپىي قوشۇمچىنى ئاساسىي ھۆججەتتىن ئايرىم ساقلاڭ.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>لايىھە</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>چوقۇم تۈزىتىش كېرەك</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>بۆلەككە بېرىش ئۈچۈن چېكىڭ</translation>
    </message>
    <message>
        <source>Nothing to fix for this form.</source>
        <translation>بۇ جەدۋەل ئۈچۈن تۈزىتىدىغان ھېچنېمە يوق.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>ساقلاۋاتىدۇ</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>ئىز قوغلاش</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation>چېسلا YYYY-MM-DD شەكلىدە يېزىلىدۇ؛ نەتىجە تىزىملىكتىكىلەرنىڭ بىرى بولۇشى كېرەك.</translation>
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
        <translation>نېمە ئىش يۈز بەردى، كىمگە، نېمە ئۈچۈن مۇھىم — قىسقىچە.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>ئىچكى نومۇر</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>مۇناسىۋەتلىك دۆلەت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>رايون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>جىددىيلىك</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>نېمە ئۈچۈن جىددىي</translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation>بايان (ئىنگلىزچە، فرانسۇزچە ياكى ئىسپانچە)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>ب د ت ۋەكالەتلىرى</translation>
    </message>
    <message>
        <source>An urgent case needs a reason: say what makes it urgent (health, risk of torture, imminent trial or transfer). Urgent-action requests are refused without one.</source>
        <translation>جىددىي دېلونىڭ سەۋەبى بولۇشى كېرەك: ئۇنى نېمىنىڭ جىددىي قىلىدىغانلىقىنى ئېيتىڭ (سالامەتلىك، قىيىن-قىستاق خەۋپى، يېقىندا بولىدىغان سوت ياكى يۆتكەش). سەۋەبسىز جىددىي ھەرىكەت ئىلتىماسى رەت قىلىنىدۇ.</translation>
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
        <translation>گۇۋاھلىقلار</translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>سۆھبەتلەشكۈچى</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>قوشۇلۇش خاتىرىسى</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>سۆھبەت ئالغۇچى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation>&lt;b&gt;ئەسلى&lt;/b&gt; — تىلى</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>ئەسلى تىلى</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>ئەسلى تېكىست</translation>
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
        <translation>تىل</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>تەرجىمە تىلى</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>تەرجىمە چېسلاسى</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>تەرجىمە</translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation>تەرجىمىلەر</translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation>تەرجىمە قوشۇش</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>تەرجىمىنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation>تېخى تەرجىمە يوق. ب د ت ئىنگلىزچە، فرانسۇزچە ۋە ئىسپانچە ئىشلەيدۇ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation>&lt;b&gt;تەرجىمىلەر&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation>بۇ تەرجىمە چىقىرىۋېتىلسۇنمۇ؟</translation>
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
        <translation>تۇتۇپ تۇرۇلغان كىشى</translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation>ئاۋۋال «تۇتقۇن ۋە قاماق» بۆلىكىگە تۇتۇپ تۇرۇلغان كىشىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation>تۇتۇپ تۇرۇلغان كىشى:</translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation>(كىشى تاللانمىدى)</translation>
    </message>
</context>
</TS>
