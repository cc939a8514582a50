<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/gui/about.py" line="30"/>
        <location filename="../app/gui/about.py" line="33"/>
        <source>About Recourse</source>
        <translation>关于 Recourse</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="38"/>
        <source>Encrypted, offline case files for human-rights documenters, and submissions to the United Nations.</source>
        <translation>为人权记录者提供加密、离线的案件档案，并生成提交联合国的材料。</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="40"/>
        <source>Recourse opens no network connection. Your cases never leave this computer unless you export them.</source>
        <translation>Recourse 不建立任何网络连接。除非您导出，案件永远不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="42"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="43"/>
        <source>Recourse: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Recourse：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="45"/>
        <source>Qt for Python (PySide6): GNU Lesser General Public License (LGPL-3.0).</source>
        <translation>Qt for Python（PySide6）：GNU 宽通用公共许可证（LGPL-3.0）。</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="47"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../app/gui/about.py" line="48"/>
        <source>Licence texts are in resources/fonts/licenses.</source>
        <translation>许可证全文见 resources/fonts/licenses。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="87"/>
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="88"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="90"/>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="111"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../app/gui/case_list.py" line="156"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="179"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="181"/>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="183"/>
        <source>Number of cases</source>
        <translation>案件数量</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="184"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="186"/>
        <source>T&amp;ag:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="206"/>
        <location filename="../app/gui/case_list.py" line="214"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>1 case</source>
        <translation>1 个案件</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="258"/>
        <source>%1 cases</source>
        <translation>%1 个案件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="48"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../app/gui/case_list.py" line="49"/>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="174"/>
        <source>&lt;h2&gt;Create your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;创建您的保险库&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="175"/>
        <source>Recourse keeps your case files encrypted in one folder on this computer. Choose a passphrase to protect it.</source>
        <translation>Recourse 将您的案件档案加密保存在这台电脑的一个文件夹中。请选择一个密码短语来保护它。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="181"/>
        <source>C&amp;hoose folder…</source>
        <translation>选择文件夹(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="182"/>
        <source>Choose the folder of the new vault</source>
        <translation>选择新保险库的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="188"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="189"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="194"/>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="200"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="204"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="212"/>
        <source>&lt;b&gt;If you lose this passphrase, your cases are lost.&lt;/b&gt; Nobody can recover it: not the Recourse developers, not your organisation, not anyone who takes this computer. Write it down and keep it somewhere safe, away from this computer, and make backups.</source>
        <translation>&lt;b&gt;如果丢失这个密码短语，您的案件也将丢失。&lt;/b&gt;任何人都无法找回它：Recourse 的开发者不能，您的机构不能，拿走这台电脑的人也不能。请把它写下来，存放在远离这台电脑的安全地方，并做好备份。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="217"/>
        <source>Also create a recovery key (recommended: print it and keep it away from this computer)</source>
        <translation>同时创建恢复密钥（建议：打印出来并存放在远离这台电脑的地方）</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="223"/>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="227"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="229"/>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="233"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="236"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="277"/>
        <source>Folder for the new vault</source>
        <translation>新保险库的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="285"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="286"/>
        <source>Avoid common words, names and places.</source>
        <translation>避免使用常见词语、人名和地名。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="287"/>
        <source>Use at least 4 random words, not a sentence from a book or a song.</source>
        <translation>请使用至少 4 个随机词语，不要用书或歌曲里的句子。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="288"/>
        <source>Use at least 12 characters.</source>
        <translation>请至少使用 12 个字符。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="292"/>
        <source>Strength: %1.</source>
        <translation>强度：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="301"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="309"/>
        <source>Weak passphrase</source>
        <translation>密码短语太弱</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="310"/>
        <source>This passphrase would be easy to guess for someone who takes this computer. Use it anyway?</source>
        <translation>拿走这台电脑的人很容易猜出这个密码短语。仍然使用吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Use it anyway</source>
        <translation>仍然使用</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="311"/>
        <source>Choose another</source>
        <translation>另选一个</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="314"/>
        <source>Creating the vault and protecting its key. This takes a few seconds…</source>
        <translation>正在创建保险库并保护其密钥，需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholder</name>
    <message>
        <location filename="../app/gui/main_window.py" line="71"/>
        <source>Open case</source>
        <translation>已打开的案件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="84"/>
        <source>Case %1 is open (read-only: the case editor is not part of this build).</source>
        <translation>案件 %1 已打开（只读：此版本不包含案件编辑器）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>The case editor is not part of this build.</source>
        <translation>此版本不包含案件编辑器。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="92"/>
        <source>Choose a case in the list, or search.</source>
        <translation>请在列表中选择案件，或进行搜索。</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="339"/>
        <source>Emergency erase</source>
        <translation>紧急清除</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="340"/>
        <source>To erase the vault for good, type the name of its folder (%1) and the word %2.</source>
        <translation>要永久清除保险库，请输入其文件夹名称（%1）和单词 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="344"/>
        <source>Vault folder name</source>
        <translation>保险库文件夹名称</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="346"/>
        <source>Type ERASE</source>
        <translation>输入 ERASE</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="348"/>
        <source>Folder name:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="349"/>
        <source>Type %1:</source>
        <translation>输入 %1：</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="352"/>
        <source>Erase the vault</source>
        <translation>清除保险库</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/unlock.py" line="112"/>
        <source>That passphrase did not open this vault. Check Caps Lock and the keyboard layout.</source>
        <translation>这个密码短语无法打开此保险库。请检查大写锁定键和键盘布局。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="115"/>
        <source>Type a passphrase first.</source>
        <translation>请先输入密码短语。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="117"/>
        <source>This vault was erased after too many wrong passphrases. Restore it from a backup.</source>
        <translation>由于错误口令次数过多，此保险库已被清除。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="120"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>这个文件夹里没有 Recourse 保险库。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="122"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>这个文件夹不为空。请为新保险库选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="125"/>
        <source>This vault has been altered: its files do not match their checks. Do not use it; restore a backup and ask for help.</source>
        <translation>此保险库已被篡改：其文件与校验不符。请不要使用它；请恢复备份并寻求帮助。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="128"/>
        <source>This vault cannot be read: a file is damaged or missing. Restore a backup.</source>
        <translation>无法读取此保险库：有文件损坏或缺失。请恢复备份。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="131"/>
        <source>This vault was made by a newer version of Recourse. Update Recourse to open it.</source>
        <translation>此保险库由更新版本的 Recourse 创建。请更新 Recourse 后再打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="134"/>
        <source>The folder cannot be used (no permission, or the disk is full).</source>
        <translation>无法使用该文件夹（没有权限，或磁盘已满）。</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="136"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了点问题。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Search cases, names, testimonies…</source>
        <translation>搜索案件、姓名、证词…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="189"/>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="190"/>
        <source>&amp;Open vault folder…</source>
        <translation>打开保险库文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定保险库（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="202"/>
        <source>Create &amp;recovery key…</source>
        <translation>创建恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="203"/>
        <source>&amp;Emergency erase…</source>
        <translation>紧急清除(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="207"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="208"/>
        <source>&amp;Delete case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="209"/>
        <source>&amp;Copy reference</source>
        <translation>复制编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="214"/>
        <source>&amp;About Recourse</source>
        <translation>关于 Recourse(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="218"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="238"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="263"/>
        <source>%1 — locked</source>
        <translation>%1 — 已锁定</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="379"/>
        <source>Open a vault folder</source>
        <translation>打开保险库文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="384"/>
        <source>Not a vault</source>
        <translation>不是保险库</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="385"/>
        <source>There is no Recourse vault in this folder.</source>
        <translation>这个文件夹里没有 Recourse 保险库。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="392"/>
        <source>Folder for the new vault</source>
        <translation>新保险库的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="399"/>
        <source>Folder not empty</source>
        <translation>文件夹不为空</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="400"/>
        <source>This folder is not empty. Choose an empty folder for a new vault.</source>
        <translation>这个文件夹不为空。请为新保险库选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <location filename="../app/gui/main_window.py" line="464"/>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="457"/>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="465"/>
        <source>Delete case %1 and all its evidence? This cannot be undone: the encrypted content is erased.</source>
        <translation>删除案件 %1 及其所有证据？此操作无法撤销：加密内容将被清除。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="467"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="140"/>
        <source>Create recovery key</source>
        <translation>创建恢复密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="141"/>
        <source>A recovery key opens the vault if the passphrase is forgotten. Type the current passphrase to create one. A recovery key made earlier stops working.</source>
        <translation>忘记口令时，恢复密钥可以打开保险库。请输入当前口令以创建恢复密钥。之前创建的恢复密钥将失效。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="147"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="152"/>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../app/gui/dialogs.py" line="62"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="171"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="172"/>
        <source>Anyone with this key can open the vault. Print it, keep it away from this computer. It is shown only once.</source>
        <translation>任何持有此密钥的人都能打开保险库。请打印出来，并远离这台电脑保存。它只显示一次。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="177"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="179"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="181"/>
        <source>Show as three shares (any two open the vault)</source>
        <translation>显示为三份（任意两份即可打开保险库）</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="184"/>
        <source>I have printed it — close</source>
        <translation>我已打印 — 关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="203"/>
        <source>Share %1 of 3:</source>
        <translation>第 %1 份（共 3 份）：</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="210"/>
        <source>Recourse recovery key</source>
        <translation>Recourse 恢复密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="211"/>
        <source>Anyone with this key can open the vault. Keep it away from the computer.</source>
        <translation>任何持有此密钥的人都能打开保险库。请远离电脑保存。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="248"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="249"/>
        <source>Type the passphrase of the backup %1. It is restored into %2.</source>
        <translation>请输入备份 %1 的口令。它将被恢复到 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="254"/>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="256"/>
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="258"/>
        <source>Restore progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="265"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="295"/>
        <source>Restoring and checking the vault…</source>
        <translation>正在恢复并检查保险库…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="302"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="325"/>
        <source>The passphrase is not correct for this backup. Nothing was restored.</source>
        <translation>此备份的口令不正确。未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="71"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>narrative</source>
        <translation>叙述</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="72"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="73"/>
        <source>testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="74"/>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/gui/search_view.py" line="160"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="168"/>
        <source>Search summary</source>
        <translation>搜索概要</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="201"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="209"/>
        <source>The search failed. Try other words.</source>
        <translation>搜索失败。请换个词试试。</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>No case matches.</source>
        <translation>没有匹配的案件。</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="214"/>
        <source>1 match</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <location filename="../app/gui/search_view.py" line="215"/>
        <source>%1 matches</source>
        <translation>%1 个结果</translation>
    </message>
</context>
<context>
    <name>SecurityTasks</name>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="419"/>
        <source>Save the vault backup as</source>
        <translation>将保险库备份另存为</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="424"/>
        <location filename="../app/gui/security_dialogs.py" line="441"/>
        <location filename="../app/gui/security_dialogs.py" line="448"/>
        <location filename="../app/gui/security_dialogs.py" line="451"/>
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="425"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>已存在同名文件。请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="442"/>
        <source>The backup was saved as %1. It opens with the vault passphrase.</source>
        <translation>备份已保存为 %1。使用保险库口令即可打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="449"/>
        <source>The backup was cancelled. No file was kept.</source>
        <translation>备份已取消。未保留任何文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="452"/>
        <source>The backup could not be written. No file was kept.</source>
        <translation>无法写入备份。未保留任何文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="498"/>
        <source>The passphrase is not correct. No recovery key was made.</source>
        <translation>口令不正确。未创建恢复密钥。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="500"/>
        <source>The recovery key could not be made.</source>
        <translation>无法创建恢复密钥。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="501"/>
        <source>Create recovery key</source>
        <translation>创建恢复密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="506"/>
        <location filename="../app/gui/security_dialogs.py" line="532"/>
        <location filename="../app/gui/security_dialogs.py" line="538"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="507"/>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="512"/>
        <source>This backup file cannot be found.</source>
        <translation>找不到此备份文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="514"/>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>为恢复的保险库选择一个新的空文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="520"/>
        <source>This folder is not empty. Choose an empty folder, or a new one, for the restored vault.</source>
        <translation>此文件夹不是空的。请为恢复的保险库选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="533"/>
        <source>The vault was restored into %1. Unlock it with the backup&apos;s passphrase.</source>
        <translation>保险库已恢复到 %1。请使用备份的口令解锁。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="540"/>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>恢复已取消。未创建任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="542"/>
        <source>This backup is damaged or was altered, so it cannot be restored. Nothing was created. Try another backup.</source>
        <translation>此备份已损坏或被篡改，无法恢复。未创建任何内容。请尝试其他备份。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="545"/>
        <source>This backup was made by a newer version of Recourse. Update Recourse to restore it. Nothing was created.</source>
        <translation>此备份由较新版本的 Recourse 创建。请更新 Recourse 后再恢复。未创建任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="548"/>
        <source>The backup could not be restored. Nothing was created.</source>
        <translation>无法恢复该备份。未创建任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="555"/>
        <location filename="../app/gui/security_dialogs.py" line="572"/>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
        <source>Emergency erase</source>
        <translation>紧急清除</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="556"/>
        <source>Emergency erase destroys this vault on this computer for good: every case and every piece of evidence. Nobody can undo it, not even with the passphrase or a recovery key. Backups elsewhere are not touched.</source>
        <translation>紧急清除会永久销毁此电脑上的保险库：所有案件和所有证据。任何人都无法撤销，即使有口令或恢复密钥也不行。存放在别处的备份不受影响。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="559"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="573"/>
        <source>The vault could not be erased completely.</source>
        <translation>无法完全清除保险库。</translation>
    </message>
    <message>
        <location filename="../app/gui/security_dialogs.py" line="575"/>
        <source>The vault was erased.</source>
        <translation>保险库已清除。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings.py" line="86"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="89"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="91"/>
        <source>Lock after this many idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="94"/>
        <source>Default submission language</source>
        <translation>默认提交语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="95"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="100"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="107"/>
        <source>&amp;Lock after idle:</source>
        <translation>闲置后锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="109"/>
        <source>&amp;Submission language:</source>
        <translation>提交语言(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="111"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings.py" line="116"/>
        <source>A new interface language applies the next time Recourse starts. Submissions are written in the language of the UN body, whatever the interface language.</source>
        <translation>新的界面语言将在下次启动 Recourse 时生效。无论界面语言为何，提交材料都以联合国机构的语言撰写。</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../app/gui/unlock.py" line="366"/>
        <source>&lt;h2&gt;Unlock your vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;解锁您的保险库&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="370"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="373"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="384"/>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="389"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="391"/>
        <source>&amp;Open another vault…</source>
        <translation>打开其他保险库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="393"/>
        <source>Create a &amp;new vault…</source>
        <translation>创建新保险库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="395"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="425"/>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="442"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../app/gui/unlock.py" line="480"/>
        <source>Attempts left before this vault erases itself: %1</source>
        <translation>此保险库自动清除前剩余的尝试次数：%1</translation>
    </message>
</context>
</TS>
