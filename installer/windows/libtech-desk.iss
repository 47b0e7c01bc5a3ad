; Inno Setup 6 script: the Windows installer of LibTech Desk.
;
; Build the one-folder bundle first (on Windows, from the repository root):
;     py installer\build.py --check            -> dist\LibTechDesk\
; then compile this script (Inno Setup 6, "iscc" on the PATH):
;     iscc /DAppVersion=0.1.0 installer\windows\libtech-desk.iss
;     -> dist\installer\LibTechDesk-0.1.0-setup.exe
;
; The installer asks whether to install for this user only (no administrator rights,
; %LOCALAPPDATA%\Programs\LibTech Desk) or for all users (Program Files); it adds a
; Start-menu shortcut, an optional desktop icon, and an uninstaller.
;
; THE LIBRARY'S DATA IS NEVER DELETED. The library file (library.sqlite3), its backups
; and the logs live in the user's data folder that platformdirs gives the program,
; %LOCALAPPDATA%\LibTech\LibTechDesk (or wherever LIBTECH_DB points), and receipts in
; Documents\LibTech receipts - never in the install folder {app}. The uninstaller removes
; only the files this installer copied into {app} (and {app} itself once empty). There is
; deliberately NO [UninstallDelete] or [InstallDelete] entry outside {app}, and none may
; be added: tests/unit/test_installer_files.py fails if one appears. Reinstalling or
; upgrading keeps the library as it was.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "LibTech Desk"
#define AppPublisher "LibTech"
#define AppExe "libtech-desktop.exe"
#define Bundle "..\..\dist\LibTechDesk"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{6B1F3C2E-5A7D-4E8B-9C41-2D7A0E5F9B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed); the first page offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=LibTechDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\libtech-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open desk is asked to close before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: libtech-desktop.exe (the desk), libtech.exe (the command
; line) and _internal\ (Python, Qt, the forms, resources and migrations).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} self-test"; Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the install folder, once the uninstaller has removed its own files from it.
; NEVER add the data folder ({localappdata}\LibTech, {userappdata}, {userdocs}) here.
Type: dirifempty; Name: "{app}"

[Messages]
; Said on the last page of the uninstaller, so nobody worries about the catalogue.
UninstalledAll=%1 was removed from your computer.%n%nThe library's data (the library file, backups and logs in %LOCALAPPDATA%\LibTech\LibTechDesk) was kept. Delete that folder yourself only if the library is finished with it.
