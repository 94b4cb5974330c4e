; Inno Setup 6 script: the Windows installer for the one-folder bundle (the Windows twin of the .deb).
; packaging/build.py runs it after PyInstaller:
;   iscc /Q /DAppVersion=0.1.0 /DBundleDir=<repo>\dist\proofreader /DOutputDir=<repo>\dist proofreader.iss
; Result: dist\proofreader-<version>-setup.exe. Per-user install by default (no admin rights needed).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\proofreader"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6F0C8B52-3C1E-4E8A-9B7D-2A5F4C1D9E30}
AppName=Proofreader
AppVersion={#AppVersion}
AppPublisher=Proofreader developers
AppComments=Proofread HeyGen's translated subtitles before the lip-synced render
DefaultDirName={autopf}\Proofreader
DefaultGroupName=Proofreader
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=proofreader-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\proofreader.ico
UninstallDisplayIcon={app}\proofreader.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Tasks]
Name: "srtassoc"; Description: "Open .srt subtitle files with Proofreader"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; proofreader.exe (windowed), proofreader-cli.exe (console: --version, check, convert, ...) and _internal\
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Proofreader"; Filename: "{app}\proofreader.exe"
Name: "{autodesktop}\Proofreader"; Filename: "{app}\proofreader.exe"; Tasks: desktopicon

[Registry]
; .srt opens in Proofreader: a ProgID plus an "Open with" entry. Windows 10+ asks the user once
; before changing the default handler; installers cannot set it silently.
Root: HKA; Subkey: "Software\Classes\.srt\OpenWithProgids"; ValueType: string; ValueName: "Proofreader.srt"; ValueData: ""; Flags: uninsdeletevalue; Tasks: srtassoc
Root: HKA; Subkey: "Software\Classes\Proofreader.srt"; ValueType: string; ValueName: ""; ValueData: "SubRip subtitles"; Flags: uninsdeletekey; Tasks: srtassoc
Root: HKA; Subkey: "Software\Classes\Proofreader.srt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\proofreader.exe,0"; Tasks: srtassoc
Root: HKA; Subkey: "Software\Classes\Proofreader.srt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\proofreader.exe"" ""%1"""; Tasks: srtassoc
Root: HKA; Subkey: "Software\Classes\Applications\proofreader.exe\SupportedTypes"; ValueType: string; ValueName: ".srt"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\proofreader.exe"; Description: "{cm:LaunchProgram,Proofreader}"; Flags: nowait postinstall skipifsilent
