<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recourse</source>
        <translation>关于 Recourse</translation>
    </message>
    <message>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>为人权记录者提供加密、离线的案件档案，并生成提交联合国的材料。</translation>
    </message>
    <message>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse 不建立任何网络连接。除非您导出，案件永远不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python（PySide6）：GNU 宽通用公共许可证（LGPL-3.0）。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>许可证全文见 resources/fonts/licenses。</translation>
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
        <translation>时间（时:分）</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>抓捕地点</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>执行机构（已登记）</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>执行人员：制服、车辆、人数</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>是否出示证件或令状</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>令状签发机关</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>签发机关（未登记）</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>给出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>经过</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
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
        <translation>栏目</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Problems preventing saving</source>
        <translation>妨碍保存的问题</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This case cannot be saved until the problems shown are fixed. Discard the changes?</source>
        <translation>在修正所示问题之前无法保存此案件。放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Saved %1 — %2 field(s) kept as a draft until fixed</source>
        <translation>已于 %1 保存 — %2 个字段暂存为草稿，改正后再保存</translation>
    </message>
    <message>
        <source>The changes not saved before the lock are back. Not saved yet.</source>
        <translation>锁定前未保存的修改已恢复。尚未保存。</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>a problem to fix</source>
        <translation>有待改正的问题</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Click to go to this field</source>
        <translation>点击转到此字段</translation>
    </message>
    <message>
        <source>Not saved: %1 problem(s) — click one to go to it</source>
        <translation>未保存：%1 个问题 — 点击问题即可转到该处</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>New case — not saved yet</source>
        <translation>新案件 — 尚未保存</translation>
    </message>
    <message>
        <source>%1 field(s) kept as a draft: fix them to store them</source>
        <translation>%1 个字段暂存为草稿：改正后即可保存</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>无标题案件</translation>
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
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>案件数量</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 个案件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 个案件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>论证</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <source>Log entry</source>
        <extracomment>the fields each kind of entry uses (the others are hidden, their values kept)</extracomment>
        <translation>记录条目</translation>
    </message>
    <message>
        <source>UA CHN 6/2020 — 74/2018</source>
        <translation>UA CHN 6/2020 — 74/2018</translation>
    </message>
    <message>
        <source>Printed by the follow-up documents: the source&apos;s comments on a reply (WGAD), or the update on a communication (Special Procedures).</source>
        <translation>打印在后续文件中：来源对答复的评论（任意拘留问题工作组），或对来文的最新情况（特别程序）。</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>Date (sent, received, adopted, issued)</source>
        <translation>日期（发出、收到、通过、发布）</translation>
    </message>
    <message>
        <source>UN reference or opinion number</source>
        <translation>联合国编号或意见编号</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>来文类型</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>任务负责人</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>答复的对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title of the press release</source>
        <translation>新闻稿标题</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <source>Comments due (as set by the UN)</source>
        <translation>评论截止日期（联合国规定）</translation>
    </message>
    <message>
        <source>Document (attached as evidence)</source>
        <translation>文件（作为证据附上）</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>促成此事的提交材料</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>评论或最新情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CommunicationsSection</name>
    <message>
        <source>Communications log</source>
        <translation>来文记录</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>记录条目</translation>
    </message>
    <message>
        <source>Due dates and hints</source>
        <translation>截止日期和提示</translation>
    </message>
    <message>
        <source>What the UN and the State did after a submission: communications sent to the State, the State&apos;s replies, opinions, press releases, and what the source sent back. Due dates follow from it.</source>
        <translation>提交材料之后联合国和当事国的行动：发给当事国的来文、当事国的答复、意见、新闻稿，以及来源的回复。截止日期据此计算。</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 发出</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2 days)</source>
        <translation>自 %1 起逾期（%2 天）</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>截止日期 %1（还有 %2 天）</translation>
    </message>
</context>
<context>
    <name>ConfidentialToggle</name>
    <message>
        <source>Confidential item</source>
        <translation>保密条目</translation>
    </message>
    <message>
        <source>Confidential: kept out of documents sent to the State (annex only)</source>
        <translation>保密：不写入发给当事国的文件（仅列入附件）</translation>
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
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Nothing identifying goes to the UN or the State without the consent recorded here.</source>
        <translation>未经此处记录的同意，任何可识别身份的信息都不会发给联合国或当事国。</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>Name of who gave it</source>
        <translation>给予同意者的姓名</translation>
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
        <translation>录音录像或签字表格</translation>
    </message>
    <message>
        <source>may be submitted to the UN</source>
        <translation>可以提交联合国</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>提交联合国</translation>
    </message>
    <message>
        <source>name may be disclosed to the State</source>
        <translation>姓名可以向当事国披露</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>向当事国披露姓名</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>公开报告中的姓名</translation>
    </message>
    <message>
        <source>may be shared with partner organisations</source>
        <translation>可以与合作机构共享</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>与合作机构共享</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <translation>同意记录</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（请选择人员）</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>UN: yes</source>
        <translation>联合国：是</translation>
    </message>
    <message>
        <source>UN: no</source>
        <translation>联合国：否</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Other (messengers)</source>
        <translation>其他（即时通讯）</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Identity and contacts</source>
        <translation>身份与联系人</translation>
    </message>
    <message>
        <source>Your fingerprint. Read it aloud to a partner who adds you; it must match what their Recourse shows.</source>
        <translation>您的指纹。请向添加您的合作伙伴朗读；它必须与对方 Recourse 显示的一致。</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>您的指纹</translation>
    </message>
    <message>
        <source>Save my contact card…</source>
        <translation>保存我的联系人卡片…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s contact card here</source>
        <translation>在此粘贴合作伙伴的联系人卡片</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>联系人卡片</translation>
    </message>
    <message>
        <source>Name to show (optional)</source>
        <translation>显示名称（可选）</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>标记为已核实…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Save my contact card as</source>
        <translation>将我的联系人卡片另存为</translation>
    </message>
    <message>
        <source>Contact card saved. It holds no secret: send it by any channel.</source>
        <translation>联系人卡片已保存。其中没有任何秘密：可通过任何渠道发送。</translation>
    </message>
    <message>
        <source>Added %1. Compare this fingerprint with them by phone or in person, then mark the contact verified: %2</source>
        <translation>已添加 %1。请通过电话或当面与对方核对此指纹，然后将联系人标记为已核实：%2</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>核实联系人</translation>
    </message>
    <message>
        <source>Does %1 read out exactly these digits?

%2</source>
        <translation>%1 读出的是否正是这些数字？

%2</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Select a contact and type the new name in the name field.</source>
        <translation>请选择一个联系人，并在名称栏中输入新名称。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Remove %1? Bundles they sign will then be refused as from an unknown sender.</source>
        <translation>移除 %1？此后其签名的数据包将作为未知发送者的数据包被拒绝。</translation>
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
        <translation>&lt;h2&gt;创建您的保险库&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse 将您的案件档案加密保存在这台电脑的一个文件夹中。请选择一个密码短语来保护它。</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>选择文件夹(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder of the new vault</source>
        <translation>选择新保险库的文件夹</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;如果丢失这个密码短语，您的案件也将丢失。&lt;/b&gt;任何人都无法找回它：Recourse 的开发者不能，您的机构不能，拿走这台电脑的人也不能。请把它写下来，存放在远离这台电脑的安全地方，并做好备份。</translation>
    </message>
    <message>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>同时创建恢复密钥（建议：打印出来并存放在远离这台电脑的地方）</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>新保险库的文件夹</translation>
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
        <translation>强</translation>
    </message>
    <message>
        <source>Avoid common words, names and places.</source>
        <translation>避免使用常见词语、人名和地名。</translation>
    </message>
    <message>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>请使用至少 4 个随机词语，不要用书或歌曲里的句子。</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>请至少使用 12 个字符。</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>强度：%1。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>密码短语太弱</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>拿走这台电脑的人很容易猜出这个密码短语。仍然使用吗？</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>仍然使用</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>另选一个</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>正在创建保险库并保护其密钥，需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>DeprivationForm</name>
    <message>
        <source>Deprivation of liberty</source>
        <translation>剥夺自由</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>被羁押者</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>仍被羁押</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>其他国际程序</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>periods of detention</source>
        <translation>羁押期间</translation>
    </message>
    <message>
        <source>Periods of detention, in order (transfers included)</source>
        <translation>按顺序填写各羁押期间（包括转押）</translation>
    </message>
</context>
<context>
    <name>DetentionSection</name>
    <message>
        <source>Arrest and detention</source>
        <translation>抓捕与羁押</translation>
    </message>
    <message>
        <source>detained persons</source>
        <translation>被羁押者</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（请选择人员）</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>到期与逾期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>全部到期事项</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>14 天内到期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>联合国编号</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>到期与逾期事项</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the cases again (after editing a log entry)</source>
        <translation>重新读取案件（编辑记录条目之后）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message>
        <source>%1 items, %2 overdue. Double-click or press Enter to open the case.</source>
        <translation>共 %1 项，%2 项逾期。双击或按 Enter 键打开案件。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reply of the State to the communication</source>
        <translation>当事国对来文的答复</translation>
    </message>
    <message>
        <source>Comments of the source on the State&apos;s reply</source>
        <translation>来源对当事国答复的评论</translation>
    </message>
    <message>
        <source>Follow-up on the opinion</source>
        <translation>对意见的后续行动</translation>
    </message>
    <message>
        <source>Reply of the State (estimated from the date the submission was sent)</source>
        <translation>当事国的答复（根据提交材料发出日期估算）</translation>
    </message>
    <message>
        <source>Comments of the source (submission history)</source>
        <translation>来源的评论（提交材料历史）</translation>
    </message>
    <message>
        <source>Follow-up on the opinion (submission history)</source>
        <translation>对意见的后续行动（提交材料历史）</translation>
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
        <translation>还有 %1 天</translation>
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
        <translation>无法识别为日期 — 暂存为草稿，直到改正（例如 2019、2019年3月 或 2019-03-05）。</translation>
    </message>
    <message>
        <source>Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.</source>
        <translation>已暂存为草稿：此处输入的内容尚无法保存。请改正或清除。</translation>
    </message>
    <message>
        <source>This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.</source>
        <translation>此条目尚不完整，暂存为草稿，尚未保存。请填写标红的字段。</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1，第 %2 条</translation>
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
        <translation>已打开的案件</translation>
    </message>
    <message>
        <source>Case %1 is open, but the case editor could not start. Nothing was changed; restart Recourse, and report the problem if it happens again.</source>
        <translation>案件 %1 已打开，但案件编辑器无法启动。未做任何更改；请重新启动 Recourse，如问题再次出现，请报告。</translation>
    </message>
    <message>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>案件 %1 已打开（只读：此版本不包含案件编辑器）。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>The case editor is not part of this build.</source>
        <translation>此版本不包含案件编辑器。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;Create your first case</source>
        <translation>创建第一个案件(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Three fictional cases in a separate demo vault (passphrase “recourse-demo”), to try Recourse without real data.</source>
        <translation>独立演示保险库中的三个虚构案件（密码短语“recourse-demo”），无需真实数据即可试用 Recourse。</translation>
    </message>
    <message>
        <source>This vault has no case yet</source>
        <translation>此保险库中还没有案件</translation>
    </message>
    <message>
        <source>Start with the person detained: who, when and where. Everything you type is encrypted on this computer and saved as you go.</source>
        <translation>从被拘押的人开始：谁、何时、何地。您输入的一切都在本机加密，并随时保存。</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>未打开案件</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), search above it, or start a new one.</source>
        <translation>在列表中选择案件（按 Enter 打开），在上方搜索，或新建案件。</translation>
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
        <translation>紧急清除</translation>
    </message>
    <message>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>要永久清除保险库，请输入其文件夹名称（%1）和单词 %2。</translation>
    </message>
    <message>
        <source>Vault folder name</source>
        <translation>保险库文件夹名称</translation>
    </message>
    <message>
        <source>Type ERASE</source>
        <translation>输入 ERASE</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>输入 %1：</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>清除保险库</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>这个密码短语无法打开此保险库。请检查大写锁定键和键盘布局。</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>请先输入密码短语。</translation>
    </message>
    <message>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>由于错误密码短语次数过多，此保险库已被清除。请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>这个文件夹里没有 Recourse 保险库。</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>这个文件夹不为空。请为新保险库选择一个空文件夹。</translation>
    </message>
    <message>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>此保险库已被篡改：其文件与校验不符。请不要使用它；请恢复备份并寻求帮助。</translation>
    </message>
    <message>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>无法读取此保险库：有文件损坏或缺失。请恢复备份。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>此保险库由更新版本的 Recourse 创建。请更新 Recourse 后再打开。</translation>
    </message>
    <message>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>无法使用该文件夹（没有权限，或磁盘已满）。</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: check it against the printout, group by group. Nothing was changed.</source>
        <translation>恢复密钥未被接受：请逐组与打印件核对。未做任何更改。</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Nothing was changed.</source>
        <translation>此恢复密钥无法打开这个保险库。未做任何更改。</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Nothing was changed.</source>
        <translation>这个保险库没有恢复密钥。未做任何更改。</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder. Copy it to a writable place first. Nothing was changed.</source>
        <translation>保险库位于只读磁盘或文件夹中。请先将其复制到可写入的位置。未做任何更改。</translation>
    </message>
    <message>
        <source>This vault limits wrong passphrases, and this attempt cannot be counted (read-only or full disk), so it was not tried. Nothing was changed.</source>
        <translation>此保险库限制错误密码短语的次数，而此次尝试无法计数（磁盘只读或已满），因此未尝试。没有任何更改。</translation>
    </message>
    <message>
        <source>The data is not valid, so nothing was saved or imported. Fix the problems listed and try again.</source>
        <translation>数据无效，因此未保存或导入任何内容。请修正列出的问题后重试。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be read (it is missing, a folder, or not allowed).</source>
        <translation>无法读取该文件（文件不存在、是文件夹，或没有权限）。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was kept.</source>
        <translation>磁盘已满。未保留任何内容。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>保险库已锁定。请解锁后重试。</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>此条目已不在保险库中。</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>仍有阻止性问题：请再次检查。</translation>
    </message>
    <message>
        <source>This version of Recourse has no such form, or not in this language. Nothing was written.</source>
        <translation>此版本的 Recourse 没有这个表格，或没有这种语言的版本。未写入任何内容。</translation>
    </message>
    <message>
        <source>This version of Recourse has no such redaction profile. Nothing was written.</source>
        <translation>此版本的 Recourse 没有这种披露范围。未写入任何内容。</translation>
    </message>
    <message>
        <source>This version of Recourse does not know who this document is for, so nothing was written.</source>
        <translation>此版本的 Recourse 不知道这份文件的接收方，因此未写入任何内容。</translation>
    </message>
    <message>
        <source>This file is too large to open here (over %1 MiB). Export a copy and open that instead.</source>
        <translation>此文件太大，无法在此打开（超过 %1 MiB）。请导出副本后打开副本。</translation>
    </message>
    <message>
        <source>This case does not fit this version of Recourse: it was made by a newer version, or it is damaged. Nothing was changed.</source>
        <translation>此案件与此版本的 Recourse 不符：它由较新的版本创建，或已损坏。未作任何更改。</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>无法写入该文件（没有权限，或磁盘已满）。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了点问题。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>About this file</source>
        <translation>关于此文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date created or obtained</source>
        <translation>制作或获得日期</translation>
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
        <translation>证据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <source>Exact copy (keep metadata)</source>
        <translation>完全相同的副本（保留元数据）</translation>
    </message>
    <message>
        <source>By default, exported images lose their EXIF, GPS and comments.</source>
        <translation>默认情况下，导出的图片会去除 EXIF、GPS 信息和注释。</translation>
    </message>
    <message>
        <source>Remove (erase)…</source>
        <translation>移除（清除）…</translation>
    </message>
    <message>
        <source>Select a file to preview it. Previews are made in memory.</source>
        <translation>选择一个文件即可预览。预览仅在内存中生成。</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>文本预览</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault. Drop files here or use “Add files…”.</source>
        <translation>文件会加密存入保险库。请把文件拖到这里，或使用“添加文件…”。</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>The case must be saved before files can be added. Fix the problems shown first.</source>
        <translation>添加文件前必须先保存案件。请先修正所示问题。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (missing, a folder, or not allowed).</source>
        <translation>无法读取“%1”（不存在、是文件夹或无权访问）。</translation>
    </message>
    <message>
        <source>“%1” is named as an image but cannot be read as one. It is stored as it is; check that it is the file you meant.</source>
        <translation>“%1”的文件名是图片，但无法作为图片读取。已按原样保存；请确认这是您要添加的文件。</translation>
    </message>
    <message>
        <source>where it was taken (GPS %1, %2)</source>
        <translation>拍摄地点（GPS %1, %2）</translation>
    </message>
    <message>
        <source>the device (%1)</source>
        <translation>拍摄设备（%1）</translation>
    </message>
    <message>
        <source>when it was taken (%1)</source>
        <translation>拍摄时间（%1）</translation>
    </message>
    <message>
        <source>Photo metadata</source>
        <translation>照片元数据</translation>
    </message>
    <message>
        <source>“%1” records %2.

Yes: keep the original as evidence (recommended) — it is sealed and hashed in the vault; copies you export or share are stripped of this metadata.
No: store only a copy without this metadata.</source>
        <translation>“%1”记录了%2。

是：保留原件作为证据（推荐）——原件在保险库中封存并计算哈希；导出或共享的副本会去除这些元数据。
否：只保存去除这些元数据的副本。</translation>
    </message>
    <message>
        <source>The metadata of “%1” cannot be removed (format not supported): the original is kept.</source>
        <translation>无法去除“%1”的元数据（不支持该格式）：保留原件。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何内容。</translation>
    </message>
    <message>
        <source>Could not add the file: %1</source>
        <translation>无法添加文件：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>此类文件无法预览。</translation>
    </message>
    <message>
        <source>Decrypting for preview…</source>
        <translation>正在解密以便预览…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>无法显示此 PDF。</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>已导出。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered.</source>
        <translation>从保险库中清除“%1”？其加密内容将被销毁，无法恢复。</translation>
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
        <translation>保密字段：%1</translation>
    </message>
    <message>
        <source>Mark this field confidential (annex only)</source>
        <translation>将此字段标为保密（仅列入附件）</translation>
    </message>
    <message>
        <source>Confidential field (annex only) — click to make it public</source>
        <translation>保密字段（仅列入附件）— 点击改为公开</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>所涉国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>紧急原因</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>联合国任务</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Arrest and detention</source>
        <translation>抓捕与羁押</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>国内救济</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>救济说明</translation>
    </message>
    <message>
        <source>Legal analysis</source>
        <translation>法律分析</translation>
    </message>
    <message>
        <source>WGAD categories</source>
        <translation>任意拘留问题工作组类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>论证</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>援引的权利</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>《公民权利和政治权利国际公约》缔约国</translation>
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
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>被羁押时年龄</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <translation>与受害人的关系</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>国家行为者</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>省或地区</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>被羁押者</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>仍被羁押</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Other international procedures</source>
        <translation>其他国际程序</translation>
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
        <translation>时间（时:分）</translation>
    </message>
    <message>
        <source>Forces (on file)</source>
        <translation>执行机构（已登记）</translation>
    </message>
    <message>
        <source>Forces: uniforms, vehicles, number</source>
        <translation>执行人员：制服、车辆、人数</translation>
    </message>
    <message>
        <source>Warrant shown</source>
        <translation>是否出示证件或令状</translation>
    </message>
    <message>
        <source>Warrant issued by</source>
        <translation>令状签发机关</translation>
    </message>
    <message>
        <source>Issuer (not on file)</source>
        <translation>签发机关（未登记）</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>给出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Periods of detention</source>
        <translation>羁押期间</translation>
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
        <translation>仍在继续</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>羁押场所</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>羁押机关</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>与外界隔绝</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>自行委托的律师</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>已通知家属</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>羁押条件</translation>
    </message>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待与健康</translation>
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
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>被拒绝就医</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>生命危险</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登记的人员）</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>Charges (law, articles)</source>
        <translation>罪名（法律、条款）</translation>
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
        <translation>法院案号</translation>
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
        <translation>被带见法官日期</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>会见律师</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>会见律师：详情</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>被迫认罪</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>电视认罪</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>律师在场</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>允许家属旁听</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>判决日期</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>刑罚</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>上诉</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>上诉结果</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>受理机关（已登记）</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>受理机关（未登记）</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的行动</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>结果：详情</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
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
        <translation>给予同意者的姓名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Submit to the UN</source>
        <translation>提交联合国</translation>
    </message>
    <message>
        <source>Name to the State</source>
        <translation>向当事国披露姓名</translation>
    </message>
    <message>
        <source>Name in public reports</source>
        <translation>公开报告中的姓名</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>与合作机构共享</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>保密字段</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>报复</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>报复形式</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>负责的机构（已在案件中）</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>加害者（不在案件中）</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>与联合国的合作</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>合作日期</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>哪一份提交材料、来文或哪次会见</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>联合国编号</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>事件之前的联合国来文</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>佐证证据</translation>
    </message>
    <message>
        <source>Communications log</source>
        <translation>来文记录</translation>
    </message>
    <message>
        <source>Type of communication</source>
        <translation>来文类型</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>答复的对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Where published</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>评论截止日期</translation>
    </message>
    <message>
        <source>Submissions that led to it</source>
        <translation>促成此事的提交材料</translation>
    </message>
    <message>
        <source>Comments or update</source>
        <translation>评论或最新情况</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Figures across cases</source>
        <translation>案件统计数据</translation>
    </message>
    <message>
        <source>Public — only what may be published</source>
        <translation>公开——仅限可以公开的内容</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <source>Full — internal, not for publication</source>
        <translation>完整——仅限内部，不得公开</translation>
    </message>
    <message>
        <source>Victims (persons)</source>
        <translation>受害人（人数）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
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
        <translation>披露范围</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Deprivation of liberty began</source>
        <translation>剥夺自由开始于</translation>
    </message>
    <message>
        <source>Only cases with every tag ticked</source>
        <translation>仅限带有所有勾选标签的案件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>按以下分类计数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>占总数比例</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>请按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>The first date is after the second: no deprivation of liberty can fall between them. Swap them?</source>
        <translation>第一个日期晚于第二个日期：没有任何剥夺自由能落在两者之间。要对调吗？</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Preparing the figures of each case (%1 of %2)…</source>
        <translation>正在准备每件案件的统计数据（第 %1 件，共 %2 件）…</translation>
    </message>
    <message>
        <source>%1 victims — persons with the role victim or a deprivation of liberty on file.</source>
        <translation>受害人 %1 名——具有“受害人”身份或记录有剥夺自由情况的人。</translation>
    </message>
    <message>
        <source>%1 cases with at least one victim; a case counts once under each value any of its victims has.</source>
        <translation>至少有一名受害人的案件 %1 件；案件的任一受害人具有某一取值，该案件即在该取值下计一次。</translation>
    </message>
    <message>
        <source>Only what may be published is counted: a confidential value counts as unknown.</source>
        <translation>只统计可以公开的内容：保密的信息计为“不详”。</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>计数已停止。</translation>
    </message>
    <message>
        <source>A victim may count more than once here: the counts add up to more than the total.</source>
        <translation>同一受害人在此可能被计入多次，因此合计大于总数。</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>将统计数据导出为 CSV</translation>
    </message>
    <message>
        <source>Export the figures report (PDF)</source>
        <translation>导出统计报告（PDF）</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No identified victim: under People, add a person with the role “Victim” and a name.</source>
        <translation>没有已确认身份的受害人：请在“人员”中添加一名角色为“受害人”并填写姓名的人员。</translation>
    </message>
    <message>
        <source>No consent to submit this case to the UN is recorded for %1 (Consent).</source>
        <translation>未记录%1同意将此案件提交联合国（同意）。</translation>
    </message>
    <message>
        <source>The date of arrest of %1 is not recorded; the questionnaire will say “Not known”. Give at least the year if you can (an approximate date is accepted).</source>
        <translation>未记录%1的抓捕日期；问卷将写明“不详”。如可能，请至少填写年份（可接受大致日期）。</translation>
    </message>
    <message>
        <source>The place of arrest of %1 is not recorded; the questionnaire will say “Not known” (give at least the country or the place of detention if you can).</source>
        <translation>未记录%1的抓捕地点；问卷将写明“不详”（如可能，请至少填写国家或羁押地点）。</translation>
    </message>
    <message>
        <source>No date is recorded for what happened to %1 (arrest, detention, sentence…). Special Procedures accept an approximate date; give one, or say in the narrative that it is not known.</source>
        <translation>未记录%1所遭遇事件（抓捕、羁押、判刑等）的日期。特别程序接受大致日期；请填写一个，或在叙述中说明日期不详。</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: a mechanism cannot intervene for a person it cannot identify. Ask again for consent, or send it knowingly.</source>
        <translation>%1未同意向当事国披露姓名：联合国机制无法为身份不明的人进行干预。请再次征求同意，或在知情的情况下发送。</translation>
    </message>
    <message>
        <source>%1 agreed to be named to the State but not in public: the Working Group publishes its opinions with the names of the persons concerned. Confirm that the person accepts this.</source>
        <translation>%1同意向当事国披露姓名，但不同意公开：工作组发布意见时会列出当事人姓名。请确认当事人接受这一点。</translation>
    </message>
    <message>
        <source>This sentence may identify the source (“%1”); rewrite it or mark the field confidential: “%2”</source>
        <translation>此句可能暴露信息来源（“%1”）；请改写，或将该字段标为保密：“%2”</translation>
    </message>
    <message>
        <source>No source: the UN does not accept anonymous communications. Under People, add a person with the role “Source” (it stays in the confidential annex).</source>
        <translation>没有来源：联合国不接受匿名来文。请在“人员”中添加一名角色为“来源”的人员（其信息只列入保密附件）。</translation>
    </message>
    <message>
        <source>The source has no contact details; the UN must be able to reach the source for follow-up.</source>
        <translation>来源没有联系方式；联合国必须能够联系来源以便跟进。</translation>
    </message>
    <message>
        <source>The narrative is not written in English, French or Spanish, the only languages the UN works in. Write or translate the narrative.</source>
        <translation>叙述不是用英文、法文或西班牙文写的，而联合国只使用这三种工作语言。请用这些语言撰写或翻译叙述。</translation>
    </message>
    <message>
        <source>A testimony is only in a language the UN does not work in: add an English, French or Spanish translation, or mark it confidential.</source>
        <translation>有证词只有联合国不使用的语言版本：请添加英文、法文或西班牙文译文，或将其标为保密。</translation>
    </message>
    <message>
        <source>No domestic remedies are described. They are not required, but say what was tried or why nothing could be.</source>
        <translation>未描述任何国内救济。这不是必填项，但请说明尝试过什么，或为何无法尝试。</translation>
    </message>
    <message>
        <source>No WGAD category (I–V) is argued: say why the detention is arbitrary (Legal analysis).</source>
        <translation>没有论证任何任意拘留问题工作组类别（第一至第五类）：请说明为何属于任意羁押（法律分析）。</translation>
    </message>
    <message>
        <source>An urgent request must say why the situation is urgent (Summary › Why urgent).</source>
        <translation>紧急请求必须说明情况为何紧急（摘要 › 紧急原因）。</translation>
    </message>
    <message>
        <source>No alleged perpetrator (unit, authority or person) is named.</source>
        <translation>没有指明任何被指控的加害者（单位、机关或个人）。</translation>
    </message>
    <message>
        <source>No Special Procedures mandate is chosen (Summary › UN mandates).</source>
        <translation>未选择任何特别程序任务（摘要 › 联合国任务）。</translation>
    </message>
    <message>
        <source>The date %1 was arrested, abducted or last seen is not recorded with at least the month and year; the Working Group cannot process a case without it.</source>
        <translation>未记录%1被抓捕、绑架或最后一次被看见的日期（至少须有年份和月份）；缺少该日期，工作组无法处理案件。</translation>
    </message>
    <message>
        <source>The place where %1 was arrested, abducted or last seen is not recorded; the Working Group cannot process a case without it.</source>
        <translation>未记录%1被抓捕、绑架或最后一次被看见的地点；缺少该地点，工作组无法处理案件。</translation>
    </message>
    <message>
        <source>No forces are named as believed responsible for the disappearance of %1; the Working Group cannot process a case without them.</source>
        <translation>未指明被认为应对%1失踪负责的部队或机构；缺少这一信息，工作组无法处理案件。</translation>
    </message>
    <message>
        <source>No action taken to locate %1 is described (inquiries, complaints, habeas corpus); if nothing was possible, say why (Domestic remedies).</source>
        <translation>未描述为寻找%1所采取的行动（查询、投诉、人身保护令）；如无法采取任何行动，请说明原因（国内救济）。</translation>
    </message>
    <message>
        <source>The source&apos;s relationship to the disappeared person is not recorded; the Working Group asks for it.</source>
        <translation>未记录来源与失踪者的关系；工作组要求提供这一信息。</translation>
    </message>
    <message>
        <source>%1 was held incommunicado in a place that is not known: this may be an enforced disappearance. Consider also submitting the case to the Working Group on Enforced or Involuntary Disappearances.</source>
        <translation>%1在不明地点被与外界隔绝地关押：这可能构成强迫失踪。请考虑同时将案件提交强迫或非自愿失踪问题工作组。</translation>
    </message>
    <message>
        <source>No incident of intimidation or reprisal is recorded for the selected persons: add one under Reprisals.</source>
        <translation>所选人员没有记录任何恐吓或报复事件：请在“报复”中添加。</translation>
    </message>
    <message>
        <source>An incident does not say who suffered it: choose the person concerned.</source>
        <translation>有一个事件没有说明受害者是谁：请选择相关人员。</translation>
    </message>
    <message>
        <source>No consent of %1 to report this incident to the UN is on record; the UN acts on reprisals only with the informed consent of the person concerned.</source>
        <translation>没有记录 %1 同意向联合国报告此事件；联合国只有在当事人知情同意的情况下才会就报复采取行动。</translation>
    </message>
    <message>
        <source>%1 has not agreed to be named to the State: the document does not give the name, and the UN can raise the incident with the Government only without it.</source>
        <translation>%1 未同意向当事国披露姓名：文件不写出姓名，联合国只能在不提姓名的情况下向政府提出此事件。</translation>
    </message>
    <message>
        <source>%1 is the source of the case: the document uses the pseudonym and gives the identity only in the confidential annex.</source>
        <translation>%1 是本案件的来源：文件使用化名，身份只写在保密附件中。</translation>
    </message>
    <message>
        <source>An incident is marked confidential: the main document leaves it out and only the confidential annex carries it.</source>
        <translation>有一个事件被标为保密：主文件不包含它，只有保密附件包含。</translation>
    </message>
    <message>
        <source>An incident has no form of reprisal (threats, travel ban…).</source>
        <translation>有一个事件没有填写报复形式（威胁、禁止出境……）。</translation>
    </message>
    <message>
        <source>An incident has no date; give at least the year if you can.</source>
        <translation>有一个事件没有日期；如有可能，请至少填写年份。</translation>
    </message>
    <message>
        <source>An incident does not say which cooperation with the UN it followed (a submission, a communication, a session, a meeting).</source>
        <translation>有一个事件没有说明发生在与联合国的哪一次合作之后（提交材料、来文、会议、会见）。</translation>
    </message>
    <message>
        <source>An incident has no description of the facts.</source>
        <translation>有一个事件没有事实描述。</translation>
    </message>
    <message>
        <source>An incident&apos;s text is not written in English, French or Spanish, the only languages the UN works in. Write or translate it.</source>
        <translation>有一个事件的文字不是英文、法文或西班牙文（联合国仅使用这三种工作语言）。请改写或翻译。</translation>
    </message>
    <message>
        <source>An authority is named only by an abbreviation; write its full name.</source>
        <translation>有机关仅以缩写表示；请写出全称。</translation>
    </message>
    <message>
        <source>“%1” uses the abbreviation “%2”; write the full name.</source>
        <translation>“%1”使用了缩写“%2”；请写出全称。</translation>
    </message>
    <message>
        <source>The only sources are media reports; add a first-hand account or a document.</source>
        <translation>唯一的来源是媒体报道；请添加第一手陈述或文件。</translation>
    </message>
    <message>
        <source>The communications log has nothing to follow up yet (a Government reply for comments, a communication for an update): add it to the log first.</source>
        <translation>来文记录中尚无可跟进的内容（评论需要政府答复，最新情况需要来文）：请先将其加入记录。</translation>
    </message>
    <message>
        <source>The comments or update are not written yet (Comments or update, on the entry followed up).</source>
        <translation>评论或最新情况尚未撰写（在所跟进条目的“评论或最新情况”中填写）。</translation>
    </message>
    <message>
        <source>The reply does not say which communication it answers; its reference will not be printed.</source>
        <translation>该答复未注明针对哪份来文；来文编号将不会打印。</translation>
    </message>
    <message>
        <source>The comments or update are not written in English, French or Spanish; the UN works only in these languages.</source>
        <translation>评论或最新情况不是用英文、法文或西班牙文撰写的；联合国只使用这些语言工作。</translation>
    </message>
    <message>
        <source>The narrative is long (over %1 words) and has no summary; put a concise summary first.</source>
        <translation>叙述较长（超过 %1 个词）且没有摘要；请先写一段简明摘要。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>WGAD: individual communication</source>
        <translation>任意拘留问题工作组：个人来文</translation>
    </message>
    <message>
        <source>WGAD: urgent action</source>
        <translation>任意拘留问题工作组：紧急行动</translation>
    </message>
    <message>
        <source>Special Procedures: allegation letter</source>
        <translation>特别程序：指控函</translation>
    </message>
    <message>
        <source>Special Procedures: urgent appeal</source>
        <translation>特别程序：紧急呼吁</translation>
    </message>
    <message>
        <source>WGEID: enforced or involuntary disappearance</source>
        <translation>强迫或非自愿失踪问题工作组：强迫或非自愿失踪</translation>
    </message>
    <message>
        <source>WGAD: comments on the Government&apos;s reply</source>
        <translation>任意拘留问题工作组：对政府答复的评论</translation>
    </message>
    <message>
        <source>Special Procedures: update letter</source>
        <translation>特别程序：最新情况函</translation>
    </message>
    <message>
        <source>OHCHR reprisals focal point: intimidation and reprisals</source>
        <translation>人权高专办报复问题联络点：恐吓和报复</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <source>Hearing</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Lawyer present</source>
        <translation>律师在场</translation>
    </message>
    <message>
        <source>Family admitted</source>
        <translation>允许家属旁听</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
</context>
<context>
    <name>IllTreatmentForm</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待与健康</translation>
    </message>
    <message>
        <source>Torture or ill-treatment, health condition and care. Mark details confidential when disclosure could expose the person to reprisals.</source>
        <translation>酷刑或虐待、健康状况与医疗。如披露可能使当事人遭受报复，请将细节标为保密。</translation>
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
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Medical care denied</source>
        <translation>被拒绝就医</translation>
    </message>
    <message>
        <source>Risk to life</source>
        <translation>生命危险</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登记的人员）</translation>
    </message>
</context>
<context>
    <name>IllTreatmentSection</name>
    <message>
        <source>Ill-treatment and health</source>
        <translation>虐待与健康</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>数据包的密码短语</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>数据包中的案件</translation>
    </message>
    <message>
        <source>Import anyway: I trust this sender</source>
        <translation>仍然导入：我信任此发送者</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>冲突的修改</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>保留我方版本</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase. Type it to open the bundle.</source>
        <translation>此数据包以密码短语加密封装。请输入密码短语以打开数据包。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>正在检查签名和每个文件…</translation>
    </message>
    <message>
        <source>Signed by %1, a verified contact.</source>
        <translation>由 %1 签名，该联系人已核实。</translation>
    </message>
    <message>
        <source>Signed by %1, a contact you have NOT verified yet.</source>
        <translation>由 %1 签名，您尚未核实该联系人。</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>由本保险库生成。</translation>
    </message>
    <message>
        <source>Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before importing.</source>
        <translation>由未知密钥签名，指纹 %2。导入前请与发送者核对。</translation>
    </message>
    <message>
        <source>Every file checks out; nothing has been written yet.</source>
        <translation>每个文件均通过检查；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported. Evidence: %1 file(s) added, %2 already here.</source>
        <translation>已导入。证据：新增 %1 个文件，%2 个已存在。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 — ours: %2 — theirs: %3</source>
        <translation>%1 — 我方：%2 — 对方：%3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
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
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version. Its search index is being rebuilt so that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script and every section can be found.</source>
        <translation>此保险库由较早版本创建。正在重建其搜索索引，以便能找到拼音姓名、繁体和简体中文、两种文字的维吾尔文以及每个部分。</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Indexing the cases for search (%1 of %2)…</source>
        <translation>正在为搜索建立案件索引（%1 / %2）…</translation>
    </message>
    <message>
        <source>Search results are incomplete until the index is rebuilt. It continues the next time the vault is unlocked.</source>
        <translation>在索引重建完成之前，搜索结果不完整。下次解锁保险库时将继续。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Search results may be incomplete.</source>
        <translation>无法重建搜索索引。搜索结果可能不完整。</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
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
        <translation>移除“%1”？</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Progress: %1</source>
        <translation>进度：%1</translation>
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
        <translation>勾选适用的每一个任意拘留问题工作组类别；说明哪些条款遭到违反及原因。</translation>
    </message>
    <message>
        <source>State party to the ICCPR</source>
        <translation>《公民权利和政治权利国际公约》缔约国</translation>
    </message>
    <message>
        <source>Other rights invoked</source>
        <translation>援引的其他权利</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>援引的权利</translation>
    </message>
    <message>
        <source>General argument</source>
        <translation>总体论证</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases, names, testimonies…</source>
        <translation>搜索案件、姓名、证词…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open vault folder…</source>
        <translation>打开保险库文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定保险库（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <source>Create &amp;recovery key…</source>
        <translation>创建恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>紧急清除(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>共享(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Identity and &amp;contacts…</source>
        <translation>身份与联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>复制编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Figures across cases…</source>
        <translation>案件统计数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>案件列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the case list (F9)</source>
        <translation>显示或隐藏案件列表（F9）</translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation>到期与逾期(&amp;D)…</translation>
    </message>
    <message>
        <source>State replies, comments and follow-ups due across cases (Ctrl+Shift+D)</source>
        <translation>所有案件中到期的当事国答复、评论和后续行动（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>&amp;About Recourse</source>
        <translation>关于 Recourse(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — 已锁定</translation>
    </message>
    <message>
        <source>The case had problems that stopped it being saved.</source>
        <translation>该案件存在问题，无法保存。</translation>
    </message>
    <message>
        <source>Locked, but the last changes to the open case were not saved: %1</source>
        <translation>已锁定，但所打开案件的最近修改未保存：%1</translation>
    </message>
    <message>
        <source>They are kept, encrypted, until you unlock this vault again in this window; then they are back in the editor.</source>
        <translation>这些修改已加密保留，直到您在此窗口中再次解锁此保险库；届时它们会回到编辑器中。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>打开保险库文件夹</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>不是保险库</translation>
    </message>
    <message>
        <source>There is no Recourse vault in this folder.</source>
        <translation>这个文件夹里没有 Recourse 保险库。</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>新保险库的文件夹</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>文件夹不为空</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>这个文件夹不为空。请为新保险库选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>删除案件 %1 及其所有证据？此操作无法撤销：加密内容将被清除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo vault could not be made.</source>
        <translation>无法创建演示保险库。</translation>
    </message>
    <message>
        <source>The last changes to the open case could not be saved. If you quit now they are lost. Quit anyway?

No: unlock the vault again to get them back and save them.</source>
        <translation>所打开案件的最近修改无法保存。如果现在退出，这些修改将丢失。仍要退出吗？

否：再次解锁保险库，找回并保存这些修改。</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>退出并丢弃修改</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <source>Write the full name: the UN does not accept abbreviations alone.</source>
        <translation>请写全称：联合国不接受仅用缩写。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>国家行为者</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>The Government replied</source>
        <translation>政府已答复</translation>
    </message>
    <message>
        <source>Opinion: the detention is arbitrary</source>
        <translation>意见：羁押属任意羁押</translation>
    </message>
    <message>
        <source>Opinion: the detention is not arbitrary</source>
        <translation>意见：羁押不属任意羁押</translation>
    </message>
    <message>
        <source>Filed: the person was released</source>
        <translation>已归档：当事人已获释</translation>
    </message>
    <message>
        <source>Further information requested</source>
        <translation>已要求提供进一步信息</translation>
    </message>
    <message>
        <source>Urgent appeal sent</source>
        <translation>已发出紧急呼吁</translation>
    </message>
    <message>
        <source>Communication sent to the Government</source>
        <translation>来文已转交政府</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
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
        <translation>按您所知写日期：2019、2019年3月、2019年3月5日、2019-03-05、2019.3.5。不确定时勾选“大约”（或写“约”）。</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>大约</translation>
    </message>
    <message>
        <source>The date is approximate (written with ~)</source>
        <translation>日期为大约时间（以 ~ 标记）</translation>
    </message>
    <message>
        <source>%1: approximate</source>
        <translation>%1：大约</translation>
    </message>
    <message>
        <source>Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05</source>
        <translation>无法识别为日期：请写成 2019、2019年3月 或 2019-03-05</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create recovery key</source>
        <translation>创建恢复密钥</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>忘记密码短语时，恢复密钥可以打开保险库。请输入当前密码短语以创建恢复密钥。之前创建的恢复密钥将失效。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码短语：</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <source>Period of detention</source>
        <translation>羁押期间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>仍羁押于此</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>仍在继续</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>羁押场所</translation>
    </message>
    <message>
        <source>Holding authority</source>
        <translation>羁押机关</translation>
    </message>
    <message>
        <source>Ordering authority</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Incommunicado</source>
        <translation>与外界隔绝</translation>
    </message>
    <message>
        <source>Lawyer of choice</source>
        <translation>自行委托的律师</translation>
    </message>
    <message>
        <source>Family notified</source>
        <translation>已通知家属</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>给出的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>羁押条件</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
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
        <translation>&lt;b&gt;原文书写&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latin transliteration&lt;/b&gt;</source>
        <translation>&lt;b&gt;拉丁字母转写&lt;/b&gt;</translation>
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
        <translation>性别</translation>
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
        <translation>不详</translation>
    </message>
    <message>
        <source>Age when detained</source>
        <translation>被羁押时年龄</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Relationship to victim</source>
        <translation>与受害人的关系</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Function / rank</source>
        <translation>职务／级别</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>province / region</source>
        <translation>省／地区</translation>
    </message>
    <message>
        <source>city, county, township</source>
        <translation>市、县、乡镇</translation>
    </message>
    <message>
        <source>address, facility, landmark</source>
        <translation>地址、场所、地标</translation>
    </message>
    <message>
        <source>%1: country</source>
        <translation>%1：国家</translation>
    </message>
    <message>
        <source>%1: province or region</source>
        <translation>%1：省或地区</translation>
    </message>
    <message>
        <source>%1: locality</source>
        <translation>%1：地方</translation>
    </message>
    <message>
        <source>%1: detail</source>
        <translation>%1：详细地址</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This item has no valid identifier.</source>
        <translation>此条目没有有效的标识符。</translation>
    </message>
    <message>
        <source>This text is too long: shorten it.</source>
        <translation>此文本过长，请缩短。</translation>
    </message>
    <message>
        <source>This list has too many entries.</source>
        <translation>此列表的条目过多。</translation>
    </message>
    <message>
        <source>This file name contains a folder, a control character or a direction mark: rename the file.</source>
        <translation>此文件名包含文件夹、控制字符或方向标记，请重命名该文件。</translation>
    </message>
    <message>
        <source>Two items have the same identifier.</source>
        <translation>有两个条目的标识符相同。</translation>
    </message>
    <message>
        <source>A confidential mark names a field that does not exist (%1).</source>
        <translation>保密标记指向了不存在的字段（%1）。</translation>
    </message>
    <message>
        <source>This value is not one of the list (%1): choose one.</source>
        <translation>此值不在列表中（%1）：请从列表中选择。</translation>
    </message>
    <message>
        <source>This refers to something no longer in the case: choose again.</source>
        <translation>此处引用的内容已不在案件中：请重新选择。</translation>
    </message>
    <message>
        <source>Write the time on a 24-hour clock, as 09:30 or 21:05.</source>
        <translation>请用 24 小时制填写时间，如 09:30 或 21:05。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>请从列表中选择国家。</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits.</source>
        <translation>SHA-256 指纹由 64 位十六进制数字组成。</translation>
    </message>
    <message>
        <source>Choose the person deprived of liberty.</source>
        <translation>请选择被剥夺自由者。</translation>
    </message>
    <message>
        <source>This period ends before it starts.</source>
        <translation>此期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>An ongoing period has no end date: clear the end date or untick “Ongoing”.</source>
        <translation>仍在继续的期间没有结束日期：请清除结束日期，或取消勾选“仍在继续”。</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>年龄必须在 0 到 130 之间。</translation>
    </message>
    <message>
        <source>A file size cannot be negative.</source>
        <translation>文件大小不能为负数。</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>有标签为空。</translation>
    </message>
    <message>
        <source>This is not the identifier of a submission.</source>
        <translation>这不是提交材料的标识符。</translation>
    </message>
    <message>
        <source>This does not look like a UN reference such as UA CHN 6/2020.</source>
        <translation>这看起来不像联合国编号（例如 UA CHN 6/2020）。</translation>
    </message>
    <message>
        <source>The type does not match the one in the reference (UA: urgent appeal, AL: allegation letter, OL: other letter).</source>
        <translation>类型与编号中的类型不符（UA：紧急呼吁，AL：指控函，OL：其他信函）。</translation>
    </message>
    <message>
        <source>The reference names another year than the date.</source>
        <translation>编号中的年份与日期不符。</translation>
    </message>
    <message>
        <source>This does not look like an opinion number such as 74/2018.</source>
        <translation>这看起来不像意见编号（例如 74/2018）。</translation>
    </message>
    <message>
        <source>No date: no due date can be counted.</source>
        <translation>没有日期：无法计算截止日期。</translation>
    </message>
    <message>
        <source>The date is not known to the day: no due date can be counted.</source>
        <translation>日期未精确到日：无法计算截止日期。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>此日期在将来。</translation>
    </message>
    <message>
        <source>This links to an entry of another kind than expected.</source>
        <translation>所链接条目的类型与预期不符。</translation>
    </message>
    <message>
        <source>This date is before the entry it answers.</source>
        <translation>此日期早于其所答复的条目。</translation>
    </message>
    <message>
        <source>Say which communication this reply answers.</source>
        <translation>请注明此答复针对哪份来文。</translation>
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
        <translation>罪名（法律、条款）</translation>
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
        <translation>法院案号</translation>
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
        <translation>被带见法官日期</translation>
    </message>
    <message>
        <source>Lawyer access</source>
        <translation>会见律师</translation>
    </message>
    <message>
        <source>Lawyer access: details</source>
        <translation>会见律师：详情</translation>
    </message>
    <message>
        <source>Coerced confession</source>
        <translation>被迫认罪</translation>
    </message>
    <message>
        <source>Televised confession</source>
        <translation>电视认罪</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>Verdict date</source>
        <translation>判决日期</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>刑罚</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>上诉</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>上诉结果</translation>
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
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
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
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
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
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到%1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从%1中移除</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>任何持有此密钥的人都能打开保险库。请打印出来，并远离这台电脑保存。它只显示一次。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Show as three shares (any two open the vault)</source>
        <translation>显示为三份（任意两份即可打开保险库）</translation>
    </message>
    <message>
        <source>I have printed it — close</source>
        <translation>我已打印 — 关闭</translation>
    </message>
    <message>
        <source>Share %1 of 3:</source>
        <translation>第 %1 份（共 3 份）：</translation>
    </message>
    <message>
        <source>Recourse recovery key</source>
        <translation>Recourse 恢复密钥</translation>
    </message>
    <message>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>任何持有此密钥的人都能打开保险库。请远离电脑保存。</translation>
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
        <translation>国内救济</translation>
    </message>
    <message>
        <source>remedy steps</source>
        <translation>救济步骤</translation>
    </message>
    <message>
        <source>Complaints, applications, petitions, and what came of them.</source>
        <translation>投诉、申请、申诉及其结果。</translation>
    </message>
    <message>
        <source>Why remedies were ineffective or not attempted</source>
        <translation>救济为何无效或未曾尝试</translation>
    </message>
    <message>
        <source>Remedies note</source>
        <translation>救济说明</translation>
    </message>
</context>
<context>
    <name>RemedyForm</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body (on file)</source>
        <translation>受理机关（已登记）</translation>
    </message>
    <message>
        <source>Body (not on file)</source>
        <translation>受理机关（未登记）</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的行动</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Outcome: details</source>
        <translation>结果：详情</translation>
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
        <translation>只有在当事人知情同意的情况下才会报告给联合国。</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Form of reprisal</source>
        <translation>报复形式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Authorities responsible (on file)</source>
        <translation>负责的机构（已在案件中）</translation>
    </message>
    <message>
        <source>Perpetrators (people on file)</source>
        <translation>加害者（已登记的人员）</translation>
    </message>
    <message>
        <source>Perpetrators (not on file)</source>
        <translation>加害者（不在案件中）</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>与联合国的合作</translation>
    </message>
    <message>
        <source>Date of the cooperation</source>
        <translation>合作日期</translation>
    </message>
    <message>
        <source>Which submission, communication or meeting</source>
        <translation>哪一份提交材料、来文或哪次会见</translation>
    </message>
    <message>
        <source>UN communication it followed</source>
        <translation>事件之前的联合国来文</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>联合国编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>佐证证据</translation>
    </message>
    <message>
        <source>Consent covering this report</source>
        <translation>涵盖此次报告的同意</translation>
    </message>
    <message>
        <source>Notes (never printed)</source>
        <translation>备注（不会打印）</translation>
    </message>
    <message>
        <source>No consent to report this to the UN is on record for this person: the reprisals form will not be sent without it (Consent).</source>
        <translation>没有记录此人同意将此事报告给联合国：没有同意，报复表格不会发出（同意）。</translation>
    </message>
</context>
<context>
    <name>ReprisalsSection</name>
    <message>
        <source>Reprisals</source>
        <translation>报复</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Intimidation or reprisals against people for cooperating with the UN: threats, travel bans, detention, surveillance, harassment of family members…</source>
        <translation>因与联合国合作而遭受的恐吓或报复：威胁、禁止出境、羁押、监视、骚扰家属……</translation>
    </message>
    <message>
        <source>(choose the person)</source>
        <translation>（请选择人员）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>请输入备份 %1 的密码短语。它将被恢复到 %2。</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>备份的密码短语：</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>正在恢复并检查保险库…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>此备份的密码短语不正确。未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>羁押</translation>
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
        <translation>剥夺自由</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>救济途径</translation>
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
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>communications log</source>
        <translation>来文记录</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>reprisal</source>
        <translation>报复</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>机密</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>搜索概要</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed. Try other words.</source>
        <translation>搜索失败。请换个词试试。</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有匹配的案件。</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>The first %1 matches: add a word to narrow the search.</source>
        <translation>前 %1 个结果：请再加一个词缩小搜索范围。</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个结果</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <source>Save the vault backup as</source>
        <translation>将保险库备份另存为</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>已存在同名文件。请选择其他名称。</translation>
    </message>
    <message>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>备份已保存为 %1。使用保险库的密码短语即可打开。</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>备份已取消。未保留任何文件。</translation>
    </message>
    <message>
        <source>The backup could not be written. No file was kept.</source>
        <translation>无法写入备份。未保留任何文件。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>密码短语不正确。未创建恢复密钥。</translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>无法创建恢复密钥。</translation>
    </message>
    <message>
        <source>Create recovery key</source>
        <translation>创建恢复密钥</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>This backup file cannot be found.</source>
        <translation>找不到此备份文件。</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>为恢复的保险库选择一个新的空文件夹</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>此文件夹不是空的。请为恢复的保险库选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>保险库已恢复到 %1。请使用备份的密码短语解锁。</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>恢复已取消。未创建任何内容。</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>此备份已损坏或被篡改，无法恢复。未创建任何内容。请尝试其他备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>此备份由较新版本的 Recourse 创建。请更新 Recourse 后再恢复。未创建任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>无法恢复该备份。未创建任何内容。</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>紧急清除</translation>
    </message>
    <message>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>紧急清除会永久销毁此电脑上的保险库：所有案件和所有证据。任何人都无法撤销，即使有密码短语或恢复密钥也不行。存放在别处的备份不受影响。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The vault could not be erased completely.</source>
        <translation>无法完全清除保险库。</translation>
    </message>
    <message>
        <source>The vault was erased.</source>
        <translation>保险库已清除。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source>Default submission language</source>
        <translation>默认提交语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>闲置后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Submission language:</source>
        <translation>提交语言(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>The interface changes language at once; nothing you typed is lost. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>界面语言会立即切换；您输入的内容不会丢失。无论界面语言为何，提交材料都以联合国机构的工作语言撰写。</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>This bundle is not sealed for this vault, or the bundle passphrase is wrong. Nothing was imported.</source>
        <translation>此数据包不是为本保险库加密封装的，或数据包的密码短语错误。未导入任何内容。</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not among your contacts. Nothing was imported.</source>
        <translation>此数据包的签名者不在您的联系人中。未导入任何内容。</translation>
    </message>
    <message>
        <source>This bundle was imported before, or is older than one already imported from the same sender. Nothing was imported.</source>
        <translation>此数据包以前已导入过，或比已从同一发送者导入的数据包更旧。未导入任何内容。</translation>
    </message>
    <message>
        <source>This bundle was altered or damaged on its way: it failed its checks. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>此数据包在传送途中被篡改或损坏，未通过检查。未导入任何内容。请向发送者索取新的副本。</translation>
    </message>
    <message>
        <source>This is not a usable contact card (a key is missing or damaged, it is your own, or the contact is already there).</source>
        <translation>这不是可用的联系人卡片（缺少密钥或密钥已损坏、这是您自己的卡片，或该联系人已存在）。</translation>
    </message>
    <message>
        <source>A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.</source>
        <translation>以密码短语加密封装的数据包最大为 512 MiB。请改为给联系人加密封装。</translation>
    </message>
    <message>
        <source>Full — my own team</source>
        <translation>完整——本团队</translation>
    </message>
    <message>
        <source>Partner organisation — what consent allows</source>
        <translation>合作机构——同意范围内的内容</translation>
    </message>
    <message>
        <source>Public — names only with consent, no evidence files</source>
        <translation>公开——仅在同意时显示姓名，不含证据文件</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share cases</source>
        <translation>共享案件</translation>
    </message>
    <message>
        <source>Cases to share</source>
        <translation>要共享的案件</translation>
    </message>
    <message>
        <source>Contacts to seal it for</source>
        <translation>接收的联系人</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1（未核实）</translation>
    </message>
    <message>
        <source>Seal with a passphrase instead of contacts</source>
        <translation>用密码短语加密封装，而不是给联系人</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>数据包的密码短语</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase</source>
        <translation>再次输入数据包的密码短语</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>披露范围</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS, comments)</source>
        <translation>删除图像元数据（EXIF、GPS、注释）</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>加密封装进度</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共享…</translation>
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
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>请至少勾选一个案件。</translation>
    </message>
    <message>
        <source>Type a passphrase for the bundle.</source>
        <translation>请为数据包输入密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Tick at least one contact, or seal with a passphrase.</source>
        <translation>请至少勾选一个联系人，或用密码短语加密封装。</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>将数据包另存为</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>正在加密封装…</translation>
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
        <translation>共享案件</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any channel: only the chosen recipients can open it.</source>
        <translation>%1 个案件和 %2 个证据文件已加密封装到 %3。可通过任何渠道发送此文件：只有所选接收者能打开它。</translation>
    </message>
    <message>
        <source>Cancelled: no file was kept.</source>
        <translation>已取消：未保留任何文件。</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>选择要导入的数据包</translation>
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
        <translation>英语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>保存为 DOCX…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Victims in this submission</source>
        <translation>本次提交涉及的受害人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Check the case against the form before rendering.</source>
        <translation>生成之前，请按表格要求检查案件。</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>文件预览</translation>
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
        <translation>预览的文件</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>UN reference</source>
        <translation>联合国编号</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Tracking of the selected submission</source>
        <translation>所选提交材料的跟踪</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD)</source>
        <translation>发送日期（年-月-日）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <source>State reply due</source>
        <translation>当事国答复期限</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>评论期限</translation>
    </message>
    <message>
        <source>Opinion number</source>
        <translation>意见编号</translation>
    </message>
    <message>
        <source>Opinion date</source>
        <translation>意见日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save tracking</source>
        <translation>保存跟踪信息</translation>
    </message>
    <message>
        <source>Check and render</source>
        <translation>检查与生成</translation>
    </message>
    <message>
        <source>History and tracking</source>
        <translation>记录与跟踪</translation>
    </message>
    <message>
        <source>Check the case, render the documents, preview them here, then save them where you choose.</source>
        <translation>检查案件，生成文件，在此预览，然后保存到您选择的位置。</translation>
    </message>
    <message>
        <source>Persons concerned by the incidents</source>
        <translation>事件所涉人员</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Fix the problems shown in the case first: it cannot be saved.</source>
        <translation>请先修正案件中所示的问题：案件目前无法保存。</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s). Click one to go to the field. You can still render a draft.</source>
        <translation>%1 个阻止性问题，%2 个警告。点击任一项即可转到相应字段。您仍可生成草稿。</translation>
    </message>
    <message>
        <source>Render draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <source>Ready: no blocking problem, %1 warning(s).</source>
        <translation>已就绪：无阻止性问题，%1 个警告。</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>Rendered%1. Preview below; nothing is written until you save.</source>
        <translation>已生成%1。预览见下方；保存之前不会写入任何文件。</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Rendering cancelled.</source>
        <translation>已取消生成。</translation>
    </message>
    <message>
        <source>Blocking problems remain: run Check again.</source>
        <translation>仍有阻止性问题：请再次检查。</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>Save the main document</source>
        <translation>保存主文件</translation>
    </message>
    <message>
        <source>Save the confidential annex</source>
        <translation>保存保密附件</translation>
    </message>
    <message>
        <source>Saved. Keep the confidential annex apart from the main document.</source>
        <translation>已保存。请将保密附件与主文件分开存放。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必须改正</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>点击转到该字段</translation>
    </message>
    <message>
        <source>Nothing to fix for this form.</source>
        <translation>此表格无需改正。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; the outcome must be one of the list.</source>
        <translation>日期格式为 年-月-日（YYYY-MM-DD）；结果必须从列表中选择。</translation>
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
        <translation>简要说明发生了什么、涉及谁、为何重要。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <source>State concerned</source>
        <translation>所涉国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Why urgent</source>
        <translation>紧急原因</translation>
    </message>
    <message>
        <source>Narrative (English, French or Spanish)</source>
        <translation>叙述（英文、法文或西班牙文）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>UN mandates</source>
        <translation>联合国任务</translation>
    </message>
    <message>
        <source>An urgent case needs a reason: say what makes it urgent (health, risk of torture, imminent trial or transfer). Urgent-action requests are refused without one.</source>
        <translation>紧急案件需要说明理由：说明为何紧急（健康、酷刑风险、即将审判或转移）。没有理由的紧急行动请求会被拒绝。</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>Testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>证词</translation>
    </message>
</context>
<context>
    <name>TestimonyForm</name>
    <message>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; — language</source>
        <translation>&lt;b&gt;原文&lt;/b&gt; — 语言</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>原文语言</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>译文语言</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>翻译日期</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
</context>
<context>
    <name>TranslationsPanel</name>
    <message>
        <source>Translations</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Add translation</source>
        <translation>添加译文</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>移除译文</translation>
    </message>
    <message>
        <source>No translation yet. The UN works in English, French and Spanish.</source>
        <translation>尚无译文。联合国使用英文、法文和西班牙文工作。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translations&lt;/b&gt;</source>
        <translation>&lt;b&gt;译文&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this translation?</source>
        <translation>移除此译文？</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;解锁您的保险库&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>打开其他保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>创建新保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>此保险库自动清除前剩余的尝试次数：%1</translation>
    </message>
</context>
<context>
    <name>VictimSelector</name>
    <message>
        <source>Detained person</source>
        <translation>被羁押者</translation>
    </message>
    <message>
        <source>Add the detained person under “Arrest and detention” first.</source>
        <translation>请先在“抓捕与羁押”中添加被羁押者。</translation>
    </message>
    <message>
        <source>Detained person:</source>
        <translation>被羁押者：</translation>
    </message>
    <message>
        <source>(no person chosen)</source>
        <translation>（未选择人员）</translation>
    </message>
</context>
</TS>
