; Inno Setup script for Recourse (Windows installer).  Built by packaging/windows/build.ps1, which
; first makes the PyInstaller bundle in dist\recourse\ and the icon packaging\windows\recourse.ico.
; By hand:  iscc /DVersion=0.1.0 packaging\windows\recourse.iss   ->  dist\recourse-0.1.0-setup.exe
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C0B7E2A-4B1D-4E8E-9A51-2F3C8D7A1E55}
AppName=Recourse
AppVersion={#Version}
AppPublisher=The Recourse developers
AppComments=Encrypted, offline case files and UN submissions
DefaultDirName={autopf}\Recourse
DefaultGroupName=Recourse
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=recourse-{#Version}-setup
SetupIconFile=recourse.ico
UninstallDisplayIcon={app}\recourse.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; per-user install works without administrator rights; the dialog offers both
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
; signing (see packaging/README.md): iscc "/Ssigntool=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f"
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\recourse\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Recourse"; Filename: "{app}\recourse.exe"
Name: "{autodesktop}\Recourse"; Filename: "{app}\recourse.exe"; Tasks: desktopicon

[Registry]
; .rcbk (vault backups) open in Recourse
Root: HKA; Subkey: "Software\Classes\.rcbk"; ValueType: string; ValueName: ""; ValueData: "Recourse.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Recourse.Backup"; ValueType: string; ValueName: ""; ValueData: "Recourse vault backup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Recourse.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\recourse.exe,0"
Root: HKA; Subkey: "Software\Classes\Recourse.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\recourse.exe"" ""%1"""

[Run]
Filename: "{app}\recourse.exe"; Description: "{cm:LaunchProgram,Recourse}"; Flags: nowait postinstall skipifsilent
