; BrochureDesk installer for Windows (NSIS 3).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\brochuredesk /DOUTFILE=..\..\dist\BrochureDesk-0.1.0-setup.exe brochuredesk.nsi
;
; BUNDLE is the PyInstaller one-folder bundle (brochuredesk.exe and _internal\). The user chooses
; an install for themselves (no administrator rights, %LOCALAPPDATA%\Programs) or for everyone
; (Program Files). Start menu entry, optional desktop shortcut, optional "Open with" entry for
; PDF files, uninstaller registered under "Apps & features". Silent: /S, with /AllUsers or
; /CurrentUser.

Unicode true
ManifestDPIAware true
; A 64-bit installer for a 64-bit app (and the 64-bit stub needs no 32-bit Windows layer).
Target amd64-unicode
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z ..."
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined: makensis /DBUNDLE=path\to\dist\brochuredesk ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "BrochureDesk-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}/../../build/icons/brochuredesk.ico"
!endif

!define APPNAME "BrochureDesk"
!define EXE "brochuredesk.exe"
!define CLI "brochuredesk-cli.exe"
!define PROGID "BrochureDesk.PDF"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "AGPL-3.0-or-later"

; Per-user or per-machine, chosen on a page or with /AllUsers, /CurrentUser.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include "MultiUser.nsh"
!include "MUI2.nsh"
!include "x64.nsh"

!if /FileExists "${ICON}"
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString SecApp ${LANG_GERMAN} "BrochureDesk (erforderlich)"
LangString SecApp ${LANG_ENGLISH} "BrochureDesk (required)"
LangString SecDesktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecOpenWith ${LANG_GERMAN} "PDF-Dateien mit BrochureDesk öffnen können (Öffnen mit)"
LangString SecOpenWith ${LANG_ENGLISH} "Offer BrochureDesk for PDF files (Open with)"
LangString DescApp ${LANG_GERMAN} "Das Programm, seine Übersetzungen und Beispielbroschüren."
LangString DescApp ${LANG_ENGLISH} "The program, its translations and sample brochures."
LangString DescDesktop ${LANG_GERMAN} "Eine Verknüpfung zu BrochureDesk auf dem Desktop."
LangString DescDesktop ${LANG_ENGLISH} "A BrochureDesk shortcut on the desktop."
LangString DescOpenWith ${LANG_GERMAN} "BrochureDesk erscheint unter „Öffnen mit“ für PDF-Dateien. Das Standardprogramm für PDF bleibt unverändert."
LangString DescOpenWith ${LANG_ENGLISH} "BrochureDesk appears under 'Open with' for PDF files. Your default PDF program stays as it is."
LangString RunningMsg ${LANG_GERMAN} "BrochureDesk läuft noch. Bitte schließen Sie das Programm und versuchen Sie es erneut."
LangString RunningMsg ${LANG_ENGLISH} "BrochureDesk is still running. Please close it and try again."

Section "!$(SecApp)" SEC_APP
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the old bundle completely (stale libraries of an older Qt would load).
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\${EXE}"
  !if /FileExists "${BUNDLE}\${CLI}"
    File "${BUNDLE}\${CLI}"  ; the console twin for scripts: brochuredesk-cli search … --json
  !endif
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "The BrochureDesk developers"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ; App Paths: "brochuredesk" from Win+R and the command line of Explorer.
  WriteRegStr SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\${EXE}" "" "$INSTDIR\${EXE}"
SectionEnd

Section "$(SecDesktop)" SEC_DESKTOP
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section /o "$(SecOpenWith)" SEC_OPENWITH
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "PDF (BrochureDesk)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\.pdf\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\SupportedTypes" ".pdf" ""
  WriteRegStr SHCTX "${UNINSTKEY}" "OpenWith" "1"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_APP} $(DescApp)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} $(DescDesktop)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_OPENWITH} $(DescOpenWith)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Uninstall"
  ; The user's libraries (catalog, files, examples) live elsewhere and are never touched here.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegValue SHCTX "Software\Classes\.pdf\OpenWithProgids" "${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${EXE}"
  DeleteRegKey SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\${EXE}"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
