; Inno Setup 6 script: a per-user installer for the composer bundle built on Windows by
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build packaging\composer.spec
; then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\composer.iss
; which writes dist\composer-<version>-setup.exe. See packaging\README.md.
;
; No administrator rights: installs into %LOCALAPPDATA%\Programs\composer, adds a
; Start-menu entry (and optionally a desktop one), offers composer in "Open with" for
; .json files (Windows associates only the last extension, so *.post.json cannot get a
; type of its own without taking over every .json file), and registers an uninstaller.
;
; The version comes from dist\composer\VERSION, which packaging/build.sh and the spec's
; build write from composer.__version__; "ISCC /DAppVersion=x.y.z" overrides it.

#define AppName "composer"
#define AppId "fi.composer.Composer"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\composer"
#ifndef AppVersion
  #define VersionFile FileOpen(Bundle + "\VERSION")
  #if VersionFile == 0
    #error dist\composer\VERSION is missing: build the bundle first
  #endif
  #define AppVersion Trim(FileRead(VersionFile))
  #expr FileClose(VersionFile)
#endif

[Setup]
AppId={{6C1E2F4B-8F0B-4C57-9B4D-3D2A7E1C5A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The composer developers
AppComments=Post composer with a guideline assistant for Finnish municipalities
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Bundle}\LICENSE
OutputDir={#Bundle}\..
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\composer.ico
UninstallDisplayIcon={app}\composer-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\composer-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\composer-gui.exe"; Tasks: desktopicon

[Registry]
; The post file type: composer in "Open with" for .json files, opening them in the app.
Root: HKA; Subkey: "Software\Classes\{#AppId}.post"; ValueType: string; ValueName: ""; ValueData: "composer post"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.post\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\composer-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\{#AppId}.post\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\composer-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.post"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\composer-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\composer-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
