# Desktop integration, install() rules and CPack for Cohort. Included from the top CMakeLists.txt
# after src/, so the targets exist. One application id (COHORT_APP_ID) names the .desktop file, the
# AppStream component, the macOS bundle identifier and the Windows version resource.
#
# Packaging packs what has been built: `cmake --build build && cpack --config build/CPackConfig.cmake`.
# (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY keeps `cpack` from rebuilding every test executable first.)

include(GNUInstallDirs)

set(COHORT_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
set(COHORT_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# --- Configure-time check: the platform files that cannot be built here exist and are filled ---

# cohort_require_file(<path> [CONTAINS <literal>...] [MATCHES <regex>...]): fails configure when the
# file is missing, empty, lacks a literal or does not match a regex.
function(cohort_require_file path)
    cmake_parse_arguments(ARG "" "" "CONTAINS;MATCHES" ${ARGN})
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "Packaging: ${path} is missing.")
    endif()
    file(SIZE "${path}" size)
    if(size EQUAL 0)
        message(FATAL_ERROR "Packaging: ${path} is empty.")
    endif()
    if(NOT ARG_CONTAINS AND NOT ARG_MATCHES)
        return()
    endif()
    file(READ "${path}" content)
    foreach(needle IN LISTS ARG_CONTAINS)
        string(FIND "${content}" "${needle}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "Packaging: ${path} does not contain “${needle}”.")
        endif()
    endforeach()
    foreach(regex IN LISTS ARG_MATCHES)
        if(NOT content MATCHES "${regex}")
            message(FATAL_ERROR "Packaging: ${path} does not match “${regex}”.")
        endif()
    endforeach()
endfunction()

string(REPLACE "." "\\." COHORT_APP_ID_REGEX "${COHORT_APP_ID}")

cohort_require_file(${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.desktop
    CONTAINS "Icon=${COHORT_APP_ID}\n" "MimeType=application/x-cohort-workspace;" "Exec=cohort %f")
cohort_require_file(${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.xml
    CONTAINS "type=\"application/x-cohort-workspace\"" "pattern=\"*.cohort\"")
cohort_require_file(${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.metainfo.xml.in
    CONTAINS "<id>@COHORT_APP_ID@</id>" "@COHORT_APP_ID@.desktop" "@PROJECT_VERSION@")
cohort_require_file(${COHORT_PACKAGING_DIR}/linux/icons/${COHORT_APP_ID}.svg CONTAINS "<svg")
foreach(size IN LISTS COHORT_ICON_SIZES)
    cohort_require_file(${COHORT_PACKAGING_DIR}/linux/icons/${size}x${size}/${COHORT_APP_ID}.png)
endforeach()
cohort_require_file(${COHORT_PACKAGING_DIR}/macos/Info.plist.in
    CONTAINS "@COHORT_APP_ID@" "\${MACOSX_BUNDLE_EXECUTABLE_NAME}" "@PROJECT_VERSION@"
             "<string>cohort</string>" "CFBundleDocumentTypes" "cohort.icns"
    MATCHES "<key>CFBundleIdentifier</key>[ \t\r\n]*<string>@COHORT_APP_ID@</string>")
cohort_require_file(${COHORT_PACKAGING_DIR}/macos/cohort.icns)
cohort_require_file(${COHORT_PACKAGING_DIR}/windows/cohort.rc.in
    CONTAINS "VS_VERSION_INFO" "ICON \"@COHORT_ICO_PATH@\"" "@PROJECT_VERSION_MAJOR@"
             "\"InternalName\", \"@COHORT_APP_ID@" "\"ProductVersion\", \"@PROJECT_VERSION@")
cohort_require_file(${COHORT_PACKAGING_DIR}/windows/cohort.ico)
cohort_require_file(${CMAKE_SOURCE_DIR}/LICENSE CONTAINS "GNU GENERAL PUBLIC LICENSE" "Version 3")

# Filled copies, checked again so a broken substitution fails here rather than on a Mac.
configure_file(${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/${COHORT_APP_ID}.metainfo.xml @ONLY)
configure_file(${COHORT_PACKAGING_DIR}/macos/Info.plist.in ${CMAKE_BINARY_DIR}/packaging/Info.plist.in
               @ONLY)
cohort_require_file(${CMAKE_BINARY_DIR}/packaging/Info.plist.in
    MATCHES "<key>CFBundleIdentifier</key>[ \t\r\n]*<string>${COHORT_APP_ID_REGEX}</string>"
            "<key>CFBundleShortVersionString</key>[ \t\r\n]*<string>${PROJECT_VERSION}</string>")
cohort_require_file(${CMAKE_BINARY_DIR}/packaging/${COHORT_APP_ID}.metainfo.xml
    MATCHES "<id>${COHORT_APP_ID_REGEX}</id>")
# WiX wants the licence with a .txt or .rtf extension.
configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)

# cohort_add_windows_resources(<target>): version information and icon of a Windows executable.
function(cohort_add_windows_resources target)
    if(NOT WIN32)
        return()
    endif()
    set(COHORT_RC_TARGET ${target})
    set(COHORT_ICO_PATH ${COHORT_PACKAGING_DIR}/windows/cohort.ico)
    configure_file(${COHORT_PACKAGING_DIR}/windows/cohort.rc.in
                   ${CMAKE_BINARY_DIR}/packaging/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/packaging/${target}.rc)
endfunction()

# cohort_deploy_qt(<target>): bundles Qt libraries and plugins next to the installed executable on
# Windows (windeployqt) and macOS (macdeployqt). Linux packages depend on the distribution's Qt.
function(cohort_deploy_qt target)
    if(NOT (WIN32 OR APPLE))
        return()
    endif()
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script})
endfunction()

# --- Executables ---

# On Windows the programs also collect the DLLs they load into one set, installed below.
set(cohort_runtime_set "")
if(WIN32)
    set(cohort_runtime_set RUNTIME_DEPENDENCY_SET cohort_runtime)
endif()

cohort_add_windows_resources(cohort-cli)
install(TARGETS cohort-cli ${cohort_runtime_set} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(TARGET cohort)
    cohort_add_windows_resources(cohort)
    set_target_properties(cohort PROPERTIES
        WIN32_EXECUTABLE ON
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/packaging/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${COHORT_APP_ID})
    if(APPLE)
        target_sources(cohort PRIVATE ${COHORT_PACKAGING_DIR}/macos/cohort.icns)
        set_source_files_properties(${COHORT_PACKAGING_DIR}/macos/cohort.icns PROPERTIES
                                    MACOSX_PACKAGE_LOCATION Resources)
    endif()
    install(TARGETS cohort ${cohort_runtime_set}
        BUNDLE DESTINATION .
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    cohort_deploy_qt(cohort)
endif()
if(WIN32)
    # The console tool sits next to cohort.exe on Windows and needs the same Qt DLLs; on macOS it
    # stays a plain executable outside the bundle that the DMG does not carry.
    cohort_deploy_qt(cohort-cli)
    # windeployqt copies the Qt DLLs the programs import and their plugins, not the other DLLs
    # (QuaZip, zlib, SQLite, OpenSSL's libcrypto) nor the Qt ones only those import (QuaZip's
    # Qt6Core5Compat). Every DLL the programs load is looked up in the bin folders of
    # CMAKE_PREFIX_PATH and installed beside them; Windows' own DLLs (system32 and the Windows
    # folder) stay out. The MSVC runtime goes with them (InstallRequiredSystemLibraries), so the
    # installer needs no Visual C++ redistributable.
    file(TO_CMAKE_PATH "${CMAKE_PREFIX_PATH}" cohort_prefixes)
    list(TRANSFORM cohort_prefixes APPEND /bin OUTPUT_VARIABLE cohort_dll_dirs)
    install(RUNTIME_DEPENDENCY_SET cohort_runtime
        DIRECTORIES ${cohort_dll_dirs}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# --- Linux desktop integration (freedesktop: applications, metainfo, MIME, hicolor icons) ---

if(UNIX AND NOT APPLE)
    install(FILES ${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${COHORT_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${COHORT_PACKAGING_DIR}/linux/${COHORT_APP_ID}.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${COHORT_PACKAGING_DIR}/linux/icons/${COHORT_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size IN LISTS COHORT_ICON_SIZES)
        install(FILES ${COHORT_PACKAGING_DIR}/linux/icons/${size}x${size}/${COHORT_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cohort)
endif()

# --- CPack ---

set(CPACK_PACKAGE_NAME cohort)
set(CPACK_PACKAGE_VENDOR "The Cohort authors")
set(CPACK_PACKAGE_CONTACT "The Cohort authors <maintainers@cohort.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Cohort keeps the groups, members, products, campaigns and orders of chat-group communities in one local file, imports chat exports and computes activity, conversion, repurchase and referral metrics.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Cohort)
set(CPACK_PACKAGE_EXECUTABLES cohort Cohort)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
# Values reach the generators exactly as written here (the NSIS commands contain quotes).
set(CPACK_VERBATIM_VARIABLES ON)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: library dependencies from dpkg-shlibdeps; plugins Qt loads at run time are not linked, so
# they are named: the SQLite driver always, the platform and SVG plugins for the GUI.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS libqt6sql6-sqlite)
if(TARGET cohort)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins, libqt6svg6")
    # Qt's own dialog texts (OK, Cancel, wizard buttons) in Chinese; CJK glyphs for reports;
    # colour emoji, since chat and member names are full of them.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk, fonts-noto-color-emoji")
endif()

# Windows: NSIS (default) or WiX (cpack -G WIX), with the .cohort file association.
set(CPACK_NSIS_PACKAGE_NAME Cohort)
set(CPACK_NSIS_DISPLAY_NAME Cohort)
set(CPACK_NSIS_MUI_ICON ${COHORT_PACKAGING_DIR}/windows/cohort.ico)
set(CPACK_NSIS_MUI_UNIICON ${COHORT_PACKAGING_DIR}/windows/cohort.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\cohort.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".cohort" "" "org.cohortapp.Cohort.workspace"
  WriteRegStr HKCR "org.cohortapp.Cohort.workspace" "" "Cohort workspace"
  WriteRegStr HKCR "org.cohortapp.Cohort.workspace\DefaultIcon" "" "$INSTDIR\bin\cohort.exe,0"
  WriteRegStr HKCR "org.cohortapp.Cohort.workspace\shell\open\command" "" '"$INSTDIR\bin\cohort.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".cohort"
  DeleteRegKey HKCR "org.cohortapp.Cohort.workspace"
]=])
# A fixed upgrade code lets a newer MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID 6F0C4E1A-3B7D-4C2E-9A51-0C0B5E7A2D41)
set(CPACK_WIX_PRODUCT_ICON ${COHORT_PACKAGING_DIR}/windows/cohort.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Cohort)

# macOS: a disk image holding Cohort.app (deployed by macdeployqt through the install script).
set(CPACK_DMG_VOLUME_NAME Cohort)
set(CPACK_DMG_FORMAT UDBZ)

include(CPack)
