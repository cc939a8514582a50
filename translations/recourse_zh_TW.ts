<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recourse</source>
        <translation>關於 Recourse</translation>
    </message>
    <message>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>為人權記錄者提供加密、離線的案件檔案，並產生提交聯合國的材料。</translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse 不建立任何網路連線。除非您匯出，案件永遠不會離開這臺電腦。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse：GNU 通用公共授權條款第 3 版或更高版本（GPL-3.0-or-later）。</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python（PySide6）：GNU 寬通用公共授權條款（LGPL-3.0）。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>授權條款全文見 resources/fonts/licenses。</translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>Date of arrest</source>
        <translation>抓捕日期</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>時間（時:分）</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>抓捕地點</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>執行機構（已登記）</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>執行人員：制服、車輛、人數</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>是否出示證件或令狀</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>令狀簽發機關</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>簽發機關（未登記）</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>給出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依據</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>經過</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>備份保險庫</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>正在寫入加密備份…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>備份進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sections</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Problems preventing saving</source>
        <translation>妨礙儲存的問題</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>This case cannot be saved until the problems shown are fixed. Discard the changes?</source>
        <translation>在修正所示問題之前無法儲存此案件。放棄這些更改嗎？</translation>
    </message>
    <message>
        <source>Saved %1 — %2 field(s) kept as a draft until fixed</source>
        <translation>已於 %1 儲存 — %2 個欄位暫存為草稿，改正後再儲存</translation>
    </message>
    <message>
        <source>The changes not saved before the lock are back. Not saved yet.</source>
        <translation>鎖定前未儲存的修改已恢復。尚未儲存。</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>a problem to fix</source>
        <translation>有待改正的問題</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Click to go to this field</source>
        <translation>點擊前往此欄位</translation>
    </message>
    <message>
        <source>Not saved: %1 problem(s) — click one to go to it</source>
        <translation>未儲存：%1 個問題 — 點擊問題即可前往該處</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已於 %1 儲存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>New case — not saved yet</source>
        <translation>新案件 — 尚未儲存</translation>
    </message>
    <message>
        <source>%1 field(s) kept as a draft: fix them to store them</source>
        <translation>%1 個欄位暫存為草稿：改正後即可儲存</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>無標題案件</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按狀態篩選</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按標籤篩選</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>案件數量</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>標籤(&amp;A)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 個案件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 個案件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>State</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最後更新</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Articles</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>論證</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <source>Log entry</source>
        <extracomment>the fields each kind of entry uses (the others are hidden, their values kept)</extracomment>
        <translation>記錄條目</translation>
    </message>
    <message>
        <source>UA CHN 6/2020 — 74/2018</source>
        <translation>UA CHN 6/2020 — 74/2018</translation>
    </message>
    <message>
        <source>Printed by the follow-up documents: the source&apos;s comments on a reply (WGAD), or the update on a communication (Special Procedures).</source>
        <translation>列印在後續文件中：來源對答覆的評論（任意拘留問題工作組），或對來文的最新情況（特別程序）。</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>條目類型</translation>
    </message>
    <message>
        <source>Date (sent, received, adopted, issued)</source>
        <translation>日期（發出、收到、通過、發布）</translation>
    </message>
    <message>
        <source>UN reference or opinion number</source>
        <translation>聯合國編號或意見編號</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>來文類型</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>任務負責人</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>答覆的對象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Title of the press release</source>
        <translation>新聞稿標題</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>發布位置</translation>
    </message>
    <message>
        <source>Comments due (as set by the UN)</source>
        <translation>評論截止日期（聯合國規定）</translation>
    </message>
    <message>
        <source>Document (attached as evidence)</source>
        <translation>文件（作為證據附上）</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>促成此事的提交材料</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>評論或最新情況</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CommunicationsSection</name>
    <message>
        <source>Communications log</source>
        <translation>來文記錄</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>記錄條目</translation>
    </message>
    <message>
        <source>Due dates and hints</source>
        <translation>截止日期和提示</translation>
    </message>
    <message>
        <source>What the UN and the State did after a submission: communications sent to the State, the State&apos;s replies, opinions, press releases, and what the source sent back. Due dates follow from it.</source>
        <translation>提交材料之後聯合國和當事國的行動：發給當事國的來文、當事國的答覆、意見、新聞稿，以及來源的回覆。截止日期據此計算。</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 發出</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2 days)</source>
        <translation>自 %1 起逾期（%2 天）</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>截止日期 %1（還有 %2 天）</translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation>保密條目</translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation>保密：不寫入發給當事國的文件（僅列入附件）</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>不保密</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent record</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation>未經此處記錄的同意，任何可識別身份的資訊都不會發給聯合國或當事國。</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>給予同意者的姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recording or signed form</source>
        <translation>錄音錄影或簽字表格</translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation>可以提交聯合國</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>提交聯合國</translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation>姓名可以向當事國披露</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>向當事國披露姓名</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>公開報告中的姓名</translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation>可以與合作機構共享</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>與合作機構共享</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（請選擇人員）</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation>聯合國：是</translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation>聯合國：否</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation>其他（即時通訊）</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Identity and contacts</source>
        <translation>身分與聯絡人</translation>
    </message>
    <message>
        <source>Your fingerprint. Read it aloud to a partner who adds you; it must match what their Recourse shows.</source>
        <translation>您的指紋。請向加入您的合作夥伴朗讀；它必須與對方 Recourse 顯示的一致。</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>您的指紋</translation>
    </message>
    <message>
        <source>Save my contact card…</source>
        <translation>儲存我的聯絡人卡片…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s contact card here</source>
        <translation>在此貼上合作夥伴的聯絡人卡片</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>聯絡人卡片</translation>
    </message>
    <message>
        <source>Name to show (optional)</source>
        <translation>顯示名稱（選填）</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>加入聯絡人</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>標記為已核實…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核實</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核實</translation>
    </message>
    <message>
        <source>Save my contact card as</source>
        <translation>將我的聯絡人卡片另存為</translation>
    </message>
    <message>
        <source>Contact card saved. It holds no secret: send it by any channel.</source>
        <translation>聯絡人卡片已儲存。其中沒有任何祕密：可透過任何管道傳送。</translation>
    </message>
    <message>
        <source>Added %1. Compare this fingerprint with them by phone or in person, then mark the contact verified: %2</source>
        <translation>已加入 %1。請透過電話或當面與對方核對此指紋，然後將聯絡人標記為已核實：%2</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>核實聯絡人</translation>
    </message>
    <message>
        <source>Does %1 read out exactly these digits?

%2</source>
        <translation>%1 讀出的是否正是這些數字？

%2</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Select a contact and type the new name in the name field.</source>
        <translation>請選擇一個聯絡人，並在名稱欄中輸入新名稱。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <source>Remove %1? Bundles they sign will then be refused as from an unknown sender.</source>
        <translation>移除 %1？此後其簽名的資料包將作為未知傳送者的資料包被拒絕。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;建立您的保險庫&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse 將您的案件檔案加密儲存在這臺電腦的一個資料夾中。請選擇一個密碼短語來保護它。</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>選擇資料夾(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder of the new vault</source>
        <translation>選擇新保險庫的資料夾</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密碼短語強度</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重複(&amp;R)：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;如果丟失這個密碼短語，您的案件也將丟失。&lt;/b&gt;任何人都無法找回它：Recourse 的開發者不能，您的機構不能，拿走這臺電腦的人也不能。請把它寫下來，存放在遠離這臺電腦的安全地方，並做好備份。</translation>
    </message>
    <message>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>同時建立恢復金鑰（建議：列印出來並存放在遠離這臺電腦的地方）</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>正在建立保險庫</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>建立保險庫(&amp;C)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>從備份恢復…</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>新保險庫的資料夾</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Avoid common words, names and places.</source>
        <translation>避免使用常見詞語、人名和地名。</translation>
    </message>
    <message>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>請使用至少 4 個隨機詞語，不要用書或歌曲裡的句子。</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>請至少使用 12 個字元。</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>強度：%1。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的密碼短語不一致。</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>密碼短語太弱</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>拿走這臺電腦的人很容易猜出這個密碼短語。仍然使用嗎？</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>仍然使用</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>另選一個</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>正在建立保險庫並保護其金鑰，需要幾秒鐘…</translation>
    </message>
</context>
<context>
    <name>DeprivationForm</name>
    <message>
        <source>Deprivation of liberty</source>
        <translation>剝奪自由</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>被羈押者</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>仍被羈押</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>釋放日期</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>其他國際程序</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation>羈押期間</translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation>按順序填寫各羈押期間（包括轉押）</translation>
    </message>
</context>
<context>
    <name>DetentionSection</name>
    <message>
        <source>Arrest and detention</source>
        <translation>抓捕與羈押</translation>
    </message>
    <message>
        <source>detained persons</source>
        <translation>被羈押者</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（請選擇人員）</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>到期與逾期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>全部到期事項</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>僅逾期</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>14 天內到期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天內到期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>聯合國編號</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>到期與逾期事項</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>開啟案件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Read the cases again (after editing a log entry)</source>
        <translation>重新讀取案件（編輯記錄條目之後）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在讀取案件…</translation>
    </message>
    <message>
        <source>%1 items, %2 overdue. Double-click or press Enter to open the case.</source>
        <translation>共 %1 項，%2 項逾期。按兩下或按 Enter 鍵開啟案件。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>沒有到期事項。</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reply of the State to the communication</source>
        <translation>當事國對來文的答覆</translation>
    </message>
    <message>
        <source>Comments of the source on the State&apos;s reply</source>
        <translation>來源對當事國答覆的評論</translation>
    </message>
    <message>
        <source>Follow-up on the opinion</source>
        <translation>對意見的後續行動</translation>
    </message>
    <message>
        <source>Reply of the State (estimated from the date the submission was sent)</source>
        <translation>當事國的答覆（根據提交材料發出日期估算）</translation>
    </message>
    <message>
        <source>Comments of the source (submission history)</source>
        <translation>來源的評論（提交材料歷史）</translation>
    </message>
    <message>
        <source>Follow-up on the opinion (submission history)</source>
        <translation>對意見的後續行動（提交材料歷史）</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>還有 %1 天</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>（估算）</translation>
    </message>
</context>
<context>
    <name>EditorContext</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation>（已撤回）</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).</source>
        <translation>無法識別為日期 — 暫存為草稿，直到改正（例如 2019、2019年3月 或 2019-03-05）。</translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation>已暫存為草稿：此處輸入的內容尚無法儲存。請改正或清除。</translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation>此條目尚不完整，暫存為草稿，尚未儲存。請填寫標紅的欄位。</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1，第 %2 條</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <source>Open case</source>
        <translation>已開啟的案件</translation>
    </message>
    <message>
        <source>Case %1 is open, but the case editor could not start. Nothing was changed; restart Recourse, and report the problem if it happens again.</source>
        <translation>案件 %1 已開啟，但案件編輯器無法啟動。未做任何變更；請重新啟動 Recourse，如問題再次出現，請回報。</translation>
    </message>
    <message>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>案件 %1 已開啟（唯讀：此版本不包含案件編輯器）。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>The case editor is not part of this build.</source>
        <translation>此版本不包含案件編輯器。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;Create your first case</source>
        <translation>建立第一個案件(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>開啟示範(&amp;D)</translation>
    </message>
    <message>
        <source>Three fictional cases in a separate demo vault (passphrase “recourse-demo”), to try Recourse without real data.</source>
        <translation>獨立示範保險庫中的三個虛構案件（密碼短語「recourse-demo」），無需真實資料即可試用 Recourse。</translation>
    </message>
    <message>
        <source>This vault has no case yet</source>
        <translation>此保險庫中還沒有案件</translation>
    </message>
    <message>
        <source>Start with the person detained: who, when and where. Everything you type is encrypted on this computer and saved as you go.</source>
        <translation>從被羈押的人開始：誰、何時、何地。您輸入的一切都在本機加密，並隨時儲存。</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>未開啟案件</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), search above it, or start a new one.</source>
        <translation>在清單中選擇案件（按 Enter 開啟），在上方搜尋，或新建案件。</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>緊急清除</translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>要永久清除保險庫，請輸入其資料夾名稱（%1）和字詞 %2。</translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation>保險庫資料夾名稱</translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation>輸入 ERASE</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>資料夾名稱：</translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>輸入 %1：</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>清除保險庫</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>這個密碼短語無法開啟此保險庫。請檢查大寫鎖定鍵和鍵盤配置。</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>請先輸入密碼短語。</translation>
    </message>
    <message>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>由於錯誤密碼短語次數過多，此保險庫已被清除。請從備份恢復。</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>這個資料夾裡沒有 Recourse 保險庫。</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>這個資料夾不為空。請為新保險庫選擇一個空資料夾。</translation>
    </message>
    <message>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>此保險庫已被篡改：其檔案與校驗不符。請不要使用它；請恢復備份並尋求幫助。</translation>
    </message>
    <message>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>無法讀取此保險庫：有檔案損壞或缺失。請恢復備份。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>此保險庫由更新版本的 Recourse 建立。請更新 Recourse 後再開啟。</translation>
    </message>
    <message>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>無法使用該資料夾（沒有權限，或磁碟已滿）。</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: check it against the printout, group by group. Nothing was changed.</source>
        <translation>恢復金鑰未被接受：請逐組與列印件核對。未做任何變更。</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Nothing was changed.</source>
        <translation>此恢復金鑰無法開啟這個保險庫。未做任何變更。</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Nothing was changed.</source>
        <translation>這個保險庫沒有恢復金鑰。未做任何變更。</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder. Copy it to a writable place first. Nothing was changed.</source>
        <translation>保險庫位於唯讀磁碟或資料夾中。請先將其複製到可寫入的位置。未做任何變更。</translation>
    </message>
    <message>
        <source>This vault limits wrong passphrases, and this attempt cannot be counted (read-only or full disk), so it was not tried. Nothing was changed.</source>
        <translation>此保險庫限制錯誤密碼短語的次數，而此次嘗試無法計數（磁碟唯讀或已滿），因此未嘗試。沒有任何變更。</translation>
    </message>
    <message>
        <source>The data is not valid, so nothing was saved or imported. Fix the problems listed and try again.</source>
        <translation>資料無效，因此未儲存或匯入任何內容。請修正列出的問題後重試。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何內容。</translation>
    </message>
    <message>
        <source>The file cannot be read (it is missing, a folder, or not allowed).</source>
        <translation>無法讀取該檔案（檔案不存在、是資料夾，或沒有權限）。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was kept.</source>
        <translation>磁碟已滿。未保留任何內容。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>保險庫已鎖定。請解鎖後重試。</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>此條目已不在保險庫中。</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>仍有阻止性問題：請再次檢查。</translation>
    </message>
    <message>
        <source>This version of Recourse has no such form, or not in this language. Nothing was written.</source>
        <translation>此版本的 Recourse 沒有這個表格，或沒有這種語言的版本。未寫入任何內容。</translation>
    </message>
    <message>
        <source>This version of Recourse has no such redaction profile. Nothing was written.</source>
        <translation>此版本的 Recourse 沒有這種披露範圍。未寫入任何內容。</translation>
    </message>
    <message>
        <source>This version of Recourse does not know who this document is for, so nothing was written.</source>
        <translation>此版本的 Recourse 不知道這份文件的接收方，因此未寫入任何內容。</translation>
    </message>
    <message>
        <source>This file is too large to open here (over %1 MiB). Export a copy and open that instead.</source>
        <translation>此檔案太大，無法在此開啟（超過 %1 MiB）。請匯出副本後開啟副本。</translation>
    </message>
    <message>
        <source>This case does not fit this version of Recourse: it was made by a newer version, or it is damaged. Nothing was changed.</source>
        <translation>此案件與此版本的 Recourse 不符：它由較新的版本建立，或已損壞。未作任何變更。</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>無法寫入該檔案（沒有權限，或磁碟已滿）。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了點問題。沒有做任何更改。</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>About this file</source>
        <translation>關於此檔案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation>製作或獲得日期</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>匯出副本…</translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation>完全相同的副本（保留後設資料）</translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation>預設情況下，匯出的圖片會去除 EXIF、GPS 資訊和註釋。</translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation>移除（清除）…</translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation>選擇一個檔案即可預覽。預覽僅在記憶體中產生。</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>文字預覽</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation>檔案會加密存入保險庫。請把檔案拖到這裡，或使用「新增檔案…」。</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>新增證據檔案</translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation>新增檔案前必須先儲存案件。請先修正所示問題。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (missing, a folder, or not allowed).</source>
        <translation>無法讀取「%1」（不存在、是資料夾或無權存取）。</translation>
    </message>
    <message>
        <source>“%1” is named as an image but cannot be read as one. It is stored as it is; check that it is the file you meant.</source>
        <translation>「%1」的檔名是圖片，但無法作為圖片讀取。已按原樣儲存；請確認這是您要新增的檔案。</translation>
    </message>
    <message>
        <source>where it was taken (GPS %1, %2)</source>
        <translation>拍攝地點（GPS %1, %2）</translation>
    </message>
    <message>
        <source>the device (%1)</source>
        <translation>拍攝裝置（%1）</translation>
    </message>
    <message>
        <source>when it was taken (%1)</source>
        <translation>拍攝時間（%1）</translation>
    </message>
    <message>
        <source>Photo metadata</source>
        <translation>照片中繼資料</translation>
    </message>
    <message>
        <source>“%1” records %2.

Yes: keep the original as evidence (recommended) — it is sealed and hashed in the vault; copies you export or share are stripped of this metadata.
No: store only a copy without this metadata.</source>
        <translation>「%1」記錄了%2。

是：保留原件作為證據（建議）——原件在保險庫中封存並計算雜湊；匯出或分享的副本會去除這些中繼資料。
否：只儲存去除這些中繼資料的副本。</translation>
    </message>
    <message>
        <source>The metadata of “%1” cannot be removed (format not supported): the original is kept.</source>
        <translation>無法去除「%1」的中繼資料（不支援該格式）：保留原件。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何內容。</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation>無法新增檔案：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>此類檔案無法預覽。</translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation>正在解密以便預覽…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>無法讀取該檔案。</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>無法顯示此圖片。</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>無法顯示此 PDF。</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>匯出副本</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>已匯出。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除證據</translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation>從保險庫中清除「%1」？其加密內容將被銷燬，無法恢復。</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>已清除。</translation>
    </message>
</context>
<context>
    <name>FieldLock</name>
    <message>
        <source>Confidential field: %1</source>
        <translation>保密欄位：%1</translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation>將此欄位標為保密（僅列入附件）</translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation>保密欄位（僅列入附件）— 點選改為公開</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>內部編號</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>敘述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>所涉國家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>緊急原因</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>聯合國任務</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Arrest and detention</source>
        <translation>抓捕與羈押</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>證詞</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>國內救濟</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>救濟說明</translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>法律分析</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation>任意拘留問題工作組類別</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>論證</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>援引的權利</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>《公民權利和政治權利國際公約》締約國</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>被羈押時年齡</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>簽發機關</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群體</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>與受害人的關係</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>原文名稱</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>縮寫</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>國家行為者</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隸屬於</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>省或地區</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>被羈押者</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>仍被羈押</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>釋放日期</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>其他國際程序</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>時間（時:分）</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>執行機構（已登記）</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>執行人員：制服、車輛、人數</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>是否出示證件或令狀</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>令狀簽發機關</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>簽發機關（未登記）</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>給出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依據</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation>羈押期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>仍在繼續</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>羈押場所</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>羈押機關</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>決定機關</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>與外界隔絕</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>自行委託的律師</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>已通知家屬</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>羈押條件</translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待與健康</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>酷刑或虐待</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>被拒絕就醫</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>生命危險</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登記的人員）</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>罪名（法律、條款）</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>罪名原文表述</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>法院案號</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>已被告知罪名</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>被帶見法官日期</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>會見律師</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>會見律師：詳情</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>被迫認罪</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>電視認罪</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>庭審</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>律師在場</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>允許家屬旁聽</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判決</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>判決日期</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>刑罰</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>上訴</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>上訴結果</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>受理機關（已登記）</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>受理機關（未登記）</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>採取的行動</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>結果：詳情</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受訪者</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>訪談者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>譯者</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>給予同意者的姓名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>提交聯合國</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>向當事國披露姓名</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>公開報告中的姓名</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>與合作機構共享</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>保密欄位</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別符號</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>報復</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>報復形式</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>負責的機構（已在案件中）</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>加害者（不在案件中）</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>與聯合國的合作</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>合作日期</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>哪一份提交材料、來文或哪次會見</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>聯合國編號</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>事件之前的聯合國來文</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已採取的措施</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>佐證證據</translation>
    </message>
    <message>
        <source>Communications log</source>
        <translation>來文記錄</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>來文類型</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>答覆的對象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>發布位置</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>評論截止日期</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>促成此事的提交材料</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>評論或最新情況</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Figures across cases</source>
        <translation>案件統計數據</translation>
    </message>
    <message>
        <source>Public — only what may be published</source>
        <translation>公開——僅限可以公開的內容</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作機構</translation>
    </message>
    <message>
        <source>Full — internal, not for publication</source>
        <translation>完整——僅限內部，不得公開</translation>
    </message>
    <message>
        <source>Victims (persons)</source>
        <translation>受害人（人數）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Disclosure profile</source>
        <translation>披露範圍</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>計數</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Deprivation of liberty began</source>
        <translation>剝奪自由開始於</translation>
    </message>
    <message>
        <source>Only cases with every tag ticked</source>
        <translation>僅限帶有所有勾選標籤的案件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>按以下分類計數</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>占總數比例</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>匯出 PDF 報告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>請按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填寫日期。</translation>
    </message>
    <message>
        <source>The first date is after the second: no deprivation of liberty can fall between them. Swap them?</source>
        <translation>第一個日期晚於第二個日期：沒有任何剝奪自由能落在兩者之間。要對調嗎？</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計數…</translation>
    </message>
    <message>
        <source>Preparing the figures of each case (%1 of %2)…</source>
        <translation>正在準備每件案件的統計數據（第 %1 件，共 %2 件）…</translation>
    </message>
    <message>
        <source>%1 victims — persons with the role victim or a deprivation of liberty on file.</source>
        <translation>受害人 %1 名——具有「受害人」身分或記錄有剝奪自由情況的人。</translation>
    </message>
    <message>
        <source>%1 cases with at least one victim; a case counts once under each value any of its victims has.</source>
        <translation>至少有一名受害人的案件 %1 件；案件的任一受害人具有某一取值，該案件即在該取值下計一次。</translation>
    </message>
    <message>
        <source>Only what may be published is counted: a confidential value counts as unknown.</source>
        <translation>只統計可以公開的內容：保密的資訊計為「不詳」。</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>計數已停止。</translation>
    </message>
    <message>
        <source>A victim may count more than once here: the counts add up to more than the total.</source>
        <translation>同一受害人在此可能被計入多次，因此合計大於總數。</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>將統計數據匯出為 CSV</translation>
    </message>
    <message>
        <source>Export the figures report (PDF)</source>
        <translation>匯出統計報告（PDF）</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation>沒有已確認身份的受害人：請在「人員」中新增一名角色為「受害人」並填寫姓名的人員。</translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation>未記錄%1同意將此案件提交聯合國（同意）。</translation>
    </message>
    <message>
        <source>The date of arrest of %1 is not recorded; the questionnaire will say “Not known”. Give at least the year if you can (an approximate date is accepted).</source>
        <translation>未記錄%1的抓捕日期；問卷將寫明「不詳」。如可能，請至少填寫年份（可接受大致日期）。</translation>
    </message>
    <message>
        <source>The place of arrest of %1 is not recorded; the questionnaire will say “Not known” (give at least the country or the place of detention if you can).</source>
        <translation>未記錄%1的抓捕地點；問卷將寫明「不詳」（如可能，請至少填寫國家或羈押地點）。</translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation>未記錄%1所遭遇事件（抓捕、羈押、判刑等）的日期。特別程序接受大致日期；請填寫一個，或在敘述中說明日期不詳。</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation>%1未同意向當事國披露姓名：聯合國機制無法為身份不明的人進行干預。請再次徵求同意，或在知情的情況下發送。</translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation>%1同意向當事國披露姓名，但不同意公開：工作組釋出意見時會列出當事人姓名。請確認當事人接受這一點。</translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation>此句可能暴露資訊來源（「%1」）；請改寫，或將該欄位標為保密：「%2」</translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation>沒有來源：聯合國不接受匿名來文。請在「人員」中新增一名角色為「來源」的人員（其資訊只列入保密附件）。</translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation>來源沒有聯絡方式；聯合國必須能夠聯絡來源以便跟進。</translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation>敘述不是用英文、法文或西班牙文寫的，而聯合國只使用這三種工作語言。請用這些語言撰寫或翻譯敘述。</translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation>有證詞只有聯合國不使用的語言版本：請新增英文、法文或西班牙文譯文，或將其標為保密。</translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation>未描述任何國內救濟。這不是必填項，但請說明嘗試過什麼，或為何無法嘗試。</translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation>沒有論證任何任意拘留問題工作組類別（第一至第五類）：請說明為何屬於任意羈押（法律分析）。</translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation>緊急請求必須說明情況為何緊急（摘要 › 緊急原因）。</translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation>沒有指明任何被指控的加害者（單位、機關或個人）。</translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation>未選擇任何特別程序任務（摘要 › 聯合國任務）。</translation>
    </message>
    <message>
        <source>The date %1 was arrested, abducted or last seen is not recorded with at least the month and year; the Working Group cannot process a case without it.</source>
        <translation>未記錄%1被抓捕、綁架或最後一次被看見的日期（至少須有年份和月份）；缺少該日期，工作組無法處理案件。</translation>
    </message>
    <message>
        <source>The place where %1 was arrested, abducted or last seen is not recorded; the Working Group cannot process a case without it.</source>
        <translation>未記錄%1被抓捕、綁架或最後一次被看見的地點；缺少該地點，工作組無法處理案件。</translation>
    </message>
    <message>
        <source>No forces are named as believed responsible for the disappearance of %1; the Working Group cannot process a case without them.</source>
        <translation>未指明被認為應對%1失蹤負責的部隊或機構；缺少這一資訊，工作組無法處理案件。</translation>
    </message>
    <message>
        <source>No action taken to locate %1 is described (inquiries, complaints, habeas corpus); if nothing was possible, say why (Domestic remedies).</source>
        <translation>未描述為尋找%1所採取的行動（查詢、投訴、人身保護令）；如無法採取任何行動，請說明原因（國內救濟）。</translation>
    </message>
    <message>
        <source>The source&apos;s relationship to the disappeared person is not recorded; the Working Group asks for it.</source>
        <translation>未記錄來源與失蹤者的關係；工作組要求提供這一資訊。</translation>
    </message>
    <message>
        <source>%1 was held incommunicado in a place that is not known: this may be an enforced disappearance. Consider also submitting the case to the Working Group on Enforced or Involuntary Disappearances.</source>
        <translation>%1在不明地點被與外界隔絕地關押：這可能構成強迫失蹤。請考慮同時將案件提交強迫或非自願失蹤問題工作組。</translation>
    </message>
    <message>
        <source>No incident of intimidation or reprisal is recorded for the selected persons: add one under Reprisals.</source>
        <translation>所選人員沒有記錄任何恐嚇或報復事件：請在「報復」中新增。</translation>
    </message>
    <message>
        <source>An incident does not say who suffered it: choose the person concerned.</source>
        <translation>有一個事件沒有說明受害者是誰：請選擇相關人員。</translation>
    </message>
    <message>
        <source>No consent of %1 to report this incident to the UN is on record; the UN acts on reprisals only with the informed consent of the person concerned.</source>
        <translation>沒有記錄 %1 同意向聯合國報告此事件；聯合國只有在當事人知情同意的情況下才會就報復採取行動。</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: the document does not give the name, and the UN can raise the incident with the Government only without it.</source>
        <translation>%1 未同意向當事國披露姓名：文件不寫出姓名，聯合國只能在不提姓名的情況下向政府提出此事件。</translation>
    </message>
    <message>
        <source>%1 is the source of the case: the document uses the pseudonym and gives the identity only in the confidential annex.</source>
        <translation>%1 是本案件的來源：文件使用化名，身分只寫在保密附件中。</translation>
    </message>
    <message>
        <source>An incident is marked confidential: the main document leaves it out and only the confidential annex carries it.</source>
        <translation>有一個事件被標為保密：主文件不包含它，只有保密附件包含。</translation>
    </message>
    <message>
        <source>An incident has no form of reprisal (threats, travel ban…).</source>
        <translation>有一個事件沒有填寫報復形式（威脅、禁止出境……）。</translation>
    </message>
    <message>
        <source>An incident has no date; give at least the year if you can.</source>
        <translation>有一個事件沒有日期；如有可能，請至少填寫年份。</translation>
    </message>
    <message>
        <source>An incident does not say which cooperation with the UN it followed (a submission, a communication, a session, a meeting).</source>
        <translation>有一個事件沒有說明發生在與聯合國的哪一次合作之後（提交材料、來文、會議、會見）。</translation>
    </message>
    <message>
        <source>An incident has no description of the facts.</source>
        <translation>有一個事件沒有事實描述。</translation>
    </message>
    <message>
        <source>An incident&apos;s text is not written in English, French or Spanish, the only languages the UN works in. Write or translate it.</source>
        <translation>有一個事件的文字不是英文、法文或西班牙文（聯合國僅使用這三種工作語言）。請改寫或翻譯。</translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation>有機關僅以縮寫表示；請寫出全稱。</translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation>「%1」使用了縮寫「%2」；請寫出全稱。</translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation>唯一的來源是媒體報道；請新增第一手陳述或檔案。</translation>
    </message>
    <message>
        <source>The communications log has nothing to follow up yet (a Government reply for comments, a communication for an update): add it to the log first.</source>
        <translation>來文記錄中尚無可跟進的內容（評論需要政府答覆，最新情況需要來文）：請先將其加入記錄。</translation>
    </message>
    <message>
        <source>The comments or update are not written yet (Comments or update, on the entry followed up).</source>
        <translation>評論或最新情況尚未撰寫（在所跟進條目的「評論或最新情況」中填寫）。</translation>
    </message>
    <message>
        <source>The reply does not say which communication it answers; its reference will not be printed.</source>
        <translation>該答覆未註明針對哪份來文；來文編號將不會列印。</translation>
    </message>
    <message>
        <source>The comments or update are not written in English, French or Spanish; the UN works only in these languages.</source>
        <translation>評論或最新情況不是用英文、法文或西班牙文撰寫的；聯合國只使用這些語言工作。</translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation>敘述較長（超過 %1 個詞）且沒有摘要；請先寫一段簡明摘要。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation>任意拘留問題工作組：個人來文</translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation>任意拘留問題工作組：緊急行動</translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation>特別程序：指控函</translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation>特別程序：緊急呼籲</translation>
    </message>
    <message>
        <source>WGEID: enforced or involuntary disappearance</source>
        <translation>強迫或非自願失蹤問題工作組：強迫或非自願失蹤</translation>
    </message>
    <message>
        <source>WGAD: comments on the Government&apos;s reply</source>
        <translation>任意拘留問題工作組：對政府答覆的評論</translation>
    </message>
    <message>
        <source>Special Procedures: update letter</source>
        <translation>特別程序：最新情況函</translation>
    </message>
    <message>
        <source>OHCHR reprisals focal point: intimidation and reprisals</source>
        <translation>人權高專辦報復問題聯絡點：恐嚇和報復</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation>庭審</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>律師在場</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>允許家屬旁聽</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>IdentityDocsEdit</name>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>簽發機關</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>簽發日期</translation>
    </message>
</context>
<context>
    <name>IllTreatmentForm</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待與健康</translation>
    </message>
    <message>
        <source>Torture or ill-treatment, health condition and care. Mark details confidential when disclosure could expose the person to reprisals.</source>
        <translation>酷刑或虐待、健康狀況與醫療。如披露可能使當事人遭受報復，請將細節標為保密。</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>酷刑或虐待</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>被拒絕就醫</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>生命危險</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登記的人員）</translation>
    </message>
</context>
<context>
    <name>IllTreatmentSection</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待與健康</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>匯入資料包</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>資料包的密碼短語</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>資料包中的案件</translation>
    </message>
    <message>
        <source>Import anyway: I trust this sender</source>
        <translation>仍然匯入：我信任此傳送者</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待審查</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>衝突的修改</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>保留我方版本</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>採用對方版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase. Type it to open the bundle.</source>
        <translation>此資料包以密碼短語加密封裝。請輸入密碼短語以開啟資料包。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>正在檢查簽名和每個檔案…</translation>
    </message>
    <message>
        <source>Signed by %1, a verified contact.</source>
        <translation>由 %1 簽名，該聯絡人已核實。</translation>
    </message>
    <message>
        <source>Signed by %1, a contact you have NOT verified yet.</source>
        <translation>由 %1 簽名，您尚未核實該聯絡人。</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>由本保險庫產生。</translation>
    </message>
    <message>
        <source>Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before importing.</source>
        <translation>由未知金鑰簽名，指紋 %2。匯入前請與傳送者核對。</translation>
    </message>
    <message>
        <source>Every file checks out; nothing has been written yet.</source>
        <translation>每個檔案均通過檢查；尚未寫入任何內容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Imported. Evidence: %1 file(s) added, %2 already here.</source>
        <translation>已匯入。證據：新增 %1 個檔案，%2 個已存在。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待審查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 — ours: %2 — theirs: %3</source>
        <translation>%1 — 我方：%2 — 對方：%3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未匯入任何內容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>IndexRebuildDialog</name>
    <message>
        <source>Search index</source>
        <translation>搜尋索引</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation>此保險庫由較早版本建立。正在重建其搜尋索引，以便能找到拼音姓名、繁體和簡體中文、兩種文字的維吾爾文以及每個部分。</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜尋索引</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation>正在為搜尋建立案件索引（%1 / %2）…</translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation>在索引重建完成之前，搜尋結果不完整。下次解鎖保險庫時將繼續。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation>無法重建搜尋索引。搜尋結果可能不完整。</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>移除：%1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>上移：%1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>下移：%1</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>移除「%1」？</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation>進度：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>取消：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>Legal analysis</source>
        <translation>法律分析</translation>
    </message>
    <message>
        <source>Tick each WGAD category that applies; say which articles were violated and why.</source>
        <translation>勾選適用的每一個任意拘留問題工作組類別；說明哪些條款遭到違反及原因。</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>《公民權利和政治權利國際公約》締約國</translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation>援引的其他權利</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>援引的權利</translation>
    </message>
    <message>
        <source>General argument</source>
        <translation>總體論證</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases, names, testimonies…</source>
        <translation>搜尋案件、姓名、證詞…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open vault folder…</source>
        <translation>開啟保險庫資料夾(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即鎖定保險庫（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>備份保險庫(&amp;B)…</translation>
    </message>
    <message>
        <source>Create &amp;recovery key…</source>
        <translation>建立恢復金鑰(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>緊急清除(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>分享(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>匯入資料包(&amp;I)…</translation>
    </message>
    <message>
        <source>Identity and &amp;contacts…</source>
        <translation>身分與聯絡人(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>刪除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>複製編號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Figures across cases…</source>
        <translation>案件統計數據(&amp;F)…</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>案件清單(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the case list (F9)</source>
        <translation>顯示或隱藏案件清單（F9）</translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation>到期與逾期(&amp;D)…</translation>
    </message>
    <message>
        <source>State replies, comments and follow-ups due across cases (Ctrl+Shift+D)</source>
        <translation>所有案件中到期的當事國答覆、評論和後續行動（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>&amp;About Recourse</source>
        <translation>關於 Recourse(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — 已鎖定</translation>
    </message>
    <message>
        <source>The case had problems that stopped it being saved.</source>
        <translation>該案件存在問題，無法儲存。</translation>
    </message>
    <message>
        <source>Locked, but the last changes to the open case were not saved: %1</source>
        <translation>已鎖定，但所開啟案件的最近修改未儲存：%1</translation>
    </message>
    <message>
        <source>They are kept, encrypted, until you unlock this vault again in this window; then they are back in the editor.</source>
        <translation>這些修改已加密保留，直到您在此視窗中再次解鎖此保險庫；屆時它們會回到編輯器中。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>開啟保險庫資料夾</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>不是保險庫</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>這個資料夾裡沒有 Recourse 保險庫。</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>新保險庫的資料夾</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>資料夾不為空</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>這個資料夾不為空。請為新保險庫選擇一個空資料夾。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>刪除案件</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>請先在清單中選擇一個案件。</translation>
    </message>
    <message>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>刪除案件 %1 及其所有證據？此操作無法撤銷：加密內容將被清除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <source>The demo vault could not be made.</source>
        <translation>無法建立示範保險庫。</translation>
    </message>
    <message>
        <source>The last changes to the open case could not be saved. If you quit now they are lost. Quit anyway?

No: unlock the vault again to get them back and save them.</source>
        <translation>所開啟案件的最近修改無法儲存。如果現在結束，這些修改將遺失。仍要結束嗎？

否：再次解鎖保險庫，找回並儲存這些修改。</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>結束並捨棄修改</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留修改</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation>請寫全稱：聯合國不接受僅用縮寫。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全稱</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>原文名稱</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>縮寫</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>國家行為者</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隸屬於</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>機構</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation>政府已答覆</translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation>意見：羈押屬任意羈押</translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation>意見：羈押不屬任意羈押</translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation>已歸檔：當事人已獲釋</translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation>已要求提供進一步資訊</translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation>已發出緊急呼籲</translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation>來文已轉交政府</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019</source>
        <translation>例如 2019-03-05、2019年3月</translation>
    </message>
    <message>
        <source>Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, 2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.</source>
        <translation>按您所知寫日期：2019、2019年3月、2019年3月5日、2019-03-05、2019.3.5。不確定時勾選「大約」（或寫「約」）。</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>大約</translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation>日期為大約時間（以 ~ 標記）</translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation>%1：大約</translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation>無法識別為日期：請寫成 2019、2019年3月 或 2019-03-05</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation>建立恢復金鑰</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>忘記密碼短語時，恢復金鑰可以開啟保險庫。請輸入目前密碼短語以建立恢復金鑰。之前建立的恢復金鑰將失效。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>目前密碼短語</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>目前密碼短語：</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>建立金鑰</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人員</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation>羈押期間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>still held here</source>
        <translation>仍羈押於此</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>仍在繼續</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>羈押場所</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>羈押機關</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>決定機關</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>與外界隔絕</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>自行委託的律師</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>已通知家屬</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>給出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依據</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>羈押條件</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original script&lt;/b&gt;</source>
        <translation>&lt;b&gt;原文書寫&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation>&lt;b&gt;拉丁字母轉寫&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source> (original script)</source>
        <translation>（原文）</translation>
    </message>
    <message>
        <source> (Latin)</source>
        <translation>（拉丁字母）</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>被羈押時年齡</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群體</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>與受害人的關係</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation>職務／級別</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>province / region</source>
        <translation>省／地區</translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation>市、縣、鄉鎮</translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation>地址、場所、地標</translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation>%1：國家</translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation>%1：省或地區</translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation>%1：地方</translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation>%1：詳細地址</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation>此條目沒有有效的識別符號。</translation>
    </message>
    <message>
        <source>This text is too long: shorten it.</source>
        <translation>此文字過長，請縮短。</translation>
    </message>
    <message>
        <source>This list has too many entries.</source>
        <translation>此清單的項目過多。</translation>
    </message>
    <message>
        <source>This file name contains a folder, a control character or a direction mark: rename the file.</source>
        <translation>此檔案名稱包含資料夾、控制字元或方向標記，請重新命名該檔案。</translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation>有兩個條目的識別符號相同。</translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation>保密標記指向了不存在的欄位（%1）。</translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation>此值不在清單中（%1）：請從清單中選擇。</translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation>此處引用的內容已不在案件中：請重新選擇。</translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation>請用 24 小時制填寫時間，如 09:30 或 21:05。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>請從清單中選擇國家。</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation>SHA-256 指紋由 64 位十六進位制數字組成。</translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation>請選擇被剝奪自由者。</translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation>此期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation>仍在繼續的期間沒有結束日期：請清除結束日期，或取消勾選「仍在繼續」。</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>年齡必須在 0 到 130 之間。</translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation>檔案大小不能為負數。</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>有標籤為空。</translation>
    </message>
    <message>
        <source>This is not the identifier of a submission.</source>
        <translation>這不是提交材料的識別碼。</translation>
    </message>
    <message>
        <source>This does not look like a UN reference such as UA CHN 6/2020.</source>
        <translation>這看起來不像聯合國編號（例如 UA CHN 6/2020）。</translation>
    </message>
    <message>
        <source>The type does not match the one in the reference (UA: urgent appeal, AL: allegation letter, OL: other letter).</source>
        <translation>類型與編號中的類型不符（UA：緊急呼籲，AL：指控函，OL：其他信函）。</translation>
    </message>
    <message>
        <source>The reference names another year than the date.</source>
        <translation>編號中的年份與日期不符。</translation>
    </message>
    <message>
        <source>This does not look like an opinion number such as 74/2018.</source>
        <translation>這看起來不像意見編號（例如 74/2018）。</translation>
    </message>
    <message>
        <source>No date: no due date can be counted.</source>
        <translation>沒有日期：無法計算截止日期。</translation>
    </message>
    <message>
        <source>The date is not known to the day: no due date can be counted.</source>
        <translation>日期未精確到日：無法計算截止日期。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>此日期在未來。</translation>
    </message>
    <message>
        <source>This links to an entry of another kind than expected.</source>
        <translation>所連結條目的類型與預期不符。</translation>
    </message>
    <message>
        <source>This date is before the entry it answers.</source>
        <translation>此日期早於其所答覆的條目。</translation>
    </message>
    <message>
        <source>Say which communication this reply answers.</source>
        <translation>請註明此答覆針對哪份來文。</translation>
    </message>
</context>
<context>
    <name>ProceedingsForm</name>
    <message>
        <source>Proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>罪名（法律、條款）</translation>
    </message>
    <message>
        <source>Charges as described</source>
        <translation>罪名原文表述</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>法院案號</translation>
    </message>
    <message>
        <source>Informed of charges</source>
        <translation>已被告知罪名</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Brought before a judge on</source>
        <translation>被帶見法官日期</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>會見律師</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>會見律師：詳情</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>被迫認罪</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>電視認罪</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>庭審</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>庭審</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判決</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>判決日期</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>刑罰</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>上訴</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>上訴結果</translation>
    </message>
</context>
<context>
    <name>ProceedingsSection</name>
    <message>
        <source>Proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>司法程序</translation>
    </message>
</context>
<context>
    <name>ProvisionsEdit</name>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>條款</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>幫助</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原預設值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>新增到%1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>從%1中移除</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢復金鑰</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>任何持有此金鑰的人都能開啟保險庫。請列印出來，並遠離這臺電腦儲存。它只顯示一次。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢復金鑰</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation>顯示為三份（任意兩份即可開啟保險庫）</translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation>我已列印 — 關閉</translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation>第 %1 份（共 3 份）：</translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation>Recourse 恢復金鑰</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>任何持有此金鑰的人都能開啟保險庫。請遠離電腦儲存。</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>(missing: %1)</source>
        <translation>（缺失：%1）</translation>
    </message>
</context>
<context>
    <name>RemediesSection</name>
    <message>
        <source>Domestic remedies</source>
        <translation>國內救濟</translation>
    </message>
    <message>
        <source>remedy steps</source>
        <translation>救濟步驟</translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation>投訴、申請、申訴及其結果。</translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation>救濟為何無效或未曾嘗試</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>救濟說明</translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>受理機關（已登記）</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>受理機關（未登記）</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>採取的行動</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>結果：詳情</translation>
    </message>
</context>
<context>
    <name>ReprisalForm</name>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reported to the UN only with the informed consent of the person concerned.</source>
        <translation>只有在當事人知情同意的情況下才會報告給聯合國。</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>報復形式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>負責的機構（已在案件中）</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登記的人員）</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>加害者（不在案件中）</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>與聯合國的合作</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>合作日期</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>哪一份提交材料、來文或哪次會見</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>事件之前的聯合國來文</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>聯合國編號</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已採取的措施</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>佐證證據</translation>
    </message>
    <message>
        <source>Consent covering this report</source>
        <translation>涵蓋此次報告的同意</translation>
    </message>
    <message>
        <source>Notes (never printed)</source>
        <translation>備註（不會列印）</translation>
    </message>
    <message>
        <source>No consent to report this to the UN is on record for this person: the reprisals form will not be sent without it (Consent).</source>
        <translation>沒有記錄此人同意將此事報告給聯合國：沒有同意，報復表格不會發出（同意）。</translation>
    </message>
</context>
<context>
    <name>ReprisalsSection</name>
    <message>
        <source>Reprisals</source>
        <translation>報復</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Intimidation or reprisals against people for cooperating with the UN: threats, travel bans, detention, surveillance, harassment of family members…</source>
        <translation>因與聯合國合作而遭受的恐嚇或報復：威脅、禁止出境、羈押、監視、騷擾家屬……</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（請選擇人員）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>請輸入備份 %1 的密碼短語。它將被恢復到 %2。</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>備份的密碼短語</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>備份的密碼短語：</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>恢復進度</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>正在恢復並檢查保險庫…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>此備份的密碼短語不正確。未恢復任何內容。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>敘述</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>證詞</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>羈押</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <translation>虐待</translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation>剝奪自由</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>救濟途徑</translation>
    </message>
    <message>
        <source>legal analysis</source>
        <translation>法律分析</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>communications log</source>
        <translation>來文記錄</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>reprisal</source>
        <translation>報復</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>機密</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>搜尋概要</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>The search failed. Try other words.</source>
        <translation>搜尋失敗。請換個詞試試。</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>沒有匹配的案件。</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 個結果</translation>
    </message>
    <message>
        <source>The first %1 matches: add a word to narrow the search.</source>
        <translation>前 %1 個結果：請再加一個詞縮小搜尋範圍。</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 個結果</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <source>Save the vault backup as</source>
        <translation>將保險庫備份另存為</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>備份保險庫</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>已存在同名檔案。請選擇其他名稱。</translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>備份已儲存為 %1。使用保險庫的密碼短語即可開啟。</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>備份已取消。未保留任何檔案。</translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation>無法寫入備份。未保留任何檔案。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>密碼短語不正確。未建立恢復金鑰。</translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>無法建立恢復金鑰。</translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation>建立恢復金鑰</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>選擇要恢復的備份</translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation>找不到此備份檔案。</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>為恢復的保險庫選擇一個新的空資料夾</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>此資料夾不是空的。請為恢復的保險庫選擇一個空資料夾或新資料夾。</translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>保險庫已恢復到 %1。請使用備份的密碼短語解鎖。</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>恢復已取消。未建立任何內容。</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>此備份已損壞或被篡改，無法恢復。未建立任何內容。請嘗試其他備份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>此備份由較新版本的 Recourse 建立。請更新 Recourse 後再恢復。未建立任何內容。</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>無法恢復該備份。未建立任何內容。</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>緊急清除</translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>緊急清除會永久銷燬此電腦上的保險庫：所有案件和所有證據。任何人都無法撤銷，即使有密碼短語或恢復金鑰也不行。存放在別處的備份不受影響。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The vault could not be erased completely.</source>
        <translation>無法完全清除保險庫。</translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation>保險庫已清除。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>閒置多少分鐘後鎖定</translation>
    </message>
    <message>
        <source>Default submission language</source>
        <translation>預設提交語言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>閒置後鎖定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Submission language:</source>
        <translation>提交語言(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>介面語言(&amp;I)：</translation>
    </message>
    <message>
        <source>The interface changes language at once; nothing you typed is lost. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>介面語言會立即切換；您輸入的內容不會丟失。無論介面語言為何，提交材料都以聯合國機構的工作語言撰寫。</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>This bundle is not sealed for this vault, or the bundle passphrase is wrong. Nothing was imported.</source>
        <translation>此資料包不是為本保險庫加密封裝的，或資料包的密碼短語錯誤。未匯入任何內容。</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not among your contacts. Nothing was imported.</source>
        <translation>此資料包的簽名者不在您的聯絡人中。未匯入任何內容。</translation>
    </message>
    <message>
        <source>This bundle was imported before, or is older than one already imported from the same sender. Nothing was imported.</source>
        <translation>此資料包以前已匯入過，或比已從同一傳送者匯入的資料包更舊。未匯入任何內容。</translation>
    </message>
    <message>
        <source>This bundle was altered or damaged on its way: it failed its checks. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>此資料包在傳送途中被竄改或損壞，未通過檢查。未匯入任何內容。請向傳送者索取新的副本。</translation>
    </message>
    <message>
        <source>This is not a usable contact card (a key is missing or damaged, it is your own, or the contact is already there).</source>
        <translation>這不是可用的聯絡人卡片（缺少金鑰或金鑰已損壞、這是您自己的卡片，或該聯絡人已存在）。</translation>
    </message>
    <message>
        <source>A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.</source>
        <translation>以密碼短語加密封裝的資料包最大為 512 MiB。請改為給聯絡人加密封裝。</translation>
    </message>
    <message>
        <source>Full — my own team</source>
        <translation>完整——本團隊</translation>
    </message>
    <message>
        <source>Partner organisation — what consent allows</source>
        <translation>合作機構——同意範圍內的內容</translation>
    </message>
    <message>
        <source>Public — names only with consent, no evidence files</source>
        <translation>公開——僅在同意時顯示姓名，不含證據檔案</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share cases</source>
        <translation>分享案件</translation>
    </message>
    <message>
        <source>Cases to share</source>
        <translation>要分享的案件</translation>
    </message>
    <message>
        <source>Contacts to seal it for</source>
        <translation>接收的聯絡人</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1（未核實）</translation>
    </message>
    <message>
        <source>Seal with a passphrase instead of contacts</source>
        <translation>用密碼短語加密封裝，而不是給聯絡人</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>資料包的密碼短語</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase</source>
        <translation>再次輸入資料包的密碼短語</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>披露範圍</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS, comments)</source>
        <translation>刪除影像中繼資料（EXIF、GPS、註解）</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>加密封裝進度</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>接收者：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密碼短語：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次輸入：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>請至少勾選一個案件。</translation>
    </message>
    <message>
        <source>Type a passphrase for the bundle.</source>
        <translation>請為資料包輸入密碼短語。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼短語不一致。</translation>
    </message>
    <message>
        <source>Tick at least one contact, or seal with a passphrase.</source>
        <translation>請至少勾選一個聯絡人，或用密碼短語加密封裝。</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>將資料包另存為</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>正在加密封裝…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ShareTasks</name>
    <message>
        <source>Share cases</source>
        <translation>分享案件</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any channel: only the chosen recipients can open it.</source>
        <translation>%1 個案件和 %2 個證據檔案已加密封裝到 %3。可透過任何管道傳送此檔案：只有所選接收者能開啟它。</translation>
    </message>
    <message>
        <source>Cancelled: no file was kept.</source>
        <translation>已取消：未保留任何檔案。</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>選擇要匯入的資料包</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>separate with ;</source>
        <translation>以 ; 分隔</translation>
    </message>
</context>
<context>
    <name>SubmissionsSection</name>
    <message>
        <source>Submissions</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文件語言</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>儲存為 DOCX…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Victims in this submission</source>
        <translation>本次提交涉及的受害人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation>產生之前，請按表格要求檢查案件。</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>文件預覽</translation>
    </message>
    <message>
        <source>Main document</source>
        <translation>主文件</translation>
    </message>
    <message>
        <source>Confidential annex</source>
        <translation>保密附件</translation>
    </message>
    <message>
        <source>Previewed document</source>
        <translation>預覽的文件</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>傳送日期</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>聯合國編號</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟進期限</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>提交記錄</translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation>所選提交材料的追蹤</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation>傳送日期（年-月-日）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>傳送管道</translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation>當事國答覆期限</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>評論期限</translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation>意見編號</translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation>意見日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation>儲存追蹤資訊</translation>
    </message>
    <message>
        <source>Check and render</source>
        <translation>檢查與產生</translation>
    </message>
    <message>
        <source>History and tracking</source>
        <translation>記錄與追蹤</translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation>檢查案件，產生文件，在此預覽，然後儲存到您選擇的位置。</translation>
    </message>
    <message>
        <source>Persons concerned by the incidents</source>
        <translation>事件所涉人員</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation>請先修正案件中所示的問題：案件目前無法儲存。</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation>%1 個阻止性問題，%2 個警告。點選任一項即可轉到相應欄位。您仍可產生草稿。</translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation>產生草稿</translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation>已就緒：無阻止性問題，%1 個警告。</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>正在產生</translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation>已產生%1。預覽見下方；儲存之前不會寫入任何檔案。</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation>已取消產生。</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>仍有阻止性問題：請再次檢查。</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>產生失敗：%1</translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation>儲存主文件</translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation>儲存保密附件</translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation>已儲存。請將保密附件與主文件分開存放。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必須改正</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>點擊前往該欄位</translation>
    </message>
    <message>
        <source>Nothing to fix for this form.</source>
        <translation>此表格無需改正。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation>日期格式為 年-月-日（YYYY-MM-DD）；結果必須從清單中選擇。</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What happened, to whom, and why it matters — in brief.</source>
        <translation>簡要說明發生了什麼、涉及誰、為何重要。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>內部編號</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>所涉國家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>緊急原因</translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation>敘述（英文、法文或西班牙文）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>聯合國任務</translation>
    </message>
    <message>
        <source>An urgent case needs a reason: say what makes it urgent (health, risk of torture, imminent trial or transfer). Urgent-action requests are refused without one.</source>
        <translation>緊急案件需要說明理由：說明為何緊急（健康、酷刑風險、即將審判或轉移）。沒有理由的緊急行動請求會被拒絕。</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>Testimonies</source>
        <translation>證詞</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>證詞</translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation>證詞</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受訪者</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>訪談者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation>&lt;b&gt;原文&lt;/b&gt; — 語言</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>原文語言</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>譯文語言</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>譯者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>翻譯日期</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>譯文</translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation>新增譯文</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>移除譯文</translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation>尚無譯文。聯合國使用英文、法文和西班牙文工作。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation>&lt;b&gt;譯文&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation>移除此譯文？</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;解鎖您的保險庫&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>正在解鎖</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>開啟其他保險庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>建立新保險庫(&amp;N)…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>從備份恢復…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保險庫：%1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>此保險庫自動清除前剩餘的嘗試次數：%1</translation>
    </message>
</context>
<context>
    <name>VictimSelector</name>
    <message>
        <source>Detained person</source>
        <translation>被羈押者</translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation>請先在「抓捕與羈押」中新增被羈押者。</translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation>被羈押者：</translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation>（未選擇人員）</translation>
    </message>
</context>
</TS>
