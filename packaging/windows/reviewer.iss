; Inno Setup 6 script for Reviewer on Windows (x64). Build it on Windows, after PyInstaller:
;   py -m pip install -e ".[package]"
;   py -m PyInstaller --noconfirm packaging\reviewer.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\reviewer.iss
; The version must match pyproject.toml; packaging\README.md shows how to pass it from there.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z reviewer.iss
#endif
#define AppName "Reviewer"
#define BundleDir "..\..\dist\Reviewer"

[Setup]
; A fixed AppId lets later versions upgrade this installation in place.
AppId={{6D3F3B9E-4C1A-4B7E-9E55-0B2F7C1A5E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Reviewer developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default, so officers without admin rights can install it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=reviewer-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\reviewer-desk.exe
#ifexist "reviewer.ico"
SetupIconFile=reviewer.ico
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: reviewer-desk.exe, reviewer.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\reviewer-desk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\reviewer-desk.exe"; Tasks: desktopicon

[Run]
; Prove the installed copy works before offering to start it.
Filename: "{app}\reviewer-desk.exe"; Parameters: "--self-test"; StatusMsg: "Checking the installation..."; Flags: runhidden waituntilterminated
Filename: "{app}\reviewer-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
