# SPDX-License-Identifier: MIT
# Run by TestInstall: cmake -DBUILD_DIR=… -DPREFIX=… -DCONFIG=… -DAPP_ID=… -DVERSION=…
#   -DBINDIR=… -DDATADIR=… -DEXECUTABLE=… -P ValidateInstall.cmake
# Any FATAL_ERROR makes cmake exit non-zero, which is what fails the test.
cmake_minimum_required(VERSION 3.22)

foreach(variable BUILD_DIR PREFIX APP_ID VERSION BINDIR DATADIR EXECUTABLE)
    if("${${variable}}" STREQUAL "")
        message(FATAL_ERROR "ValidateInstall.cmake needs -D${variable}=…")
    endif()
endforeach()

# Files left over from an earlier run would hide an install rule that no longer installs them.
file(REMOVE_RECURSE "${PREFIX}")
# A DESTDIR inherited from the caller's shell would send the files somewhere we do not look.
unset(ENV{DESTDIR})

set(install_command "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}")
if(NOT "${CONFIG}" STREQUAL "")
    list(APPEND install_command --config "${CONFIG}")
endif()
execute_process(COMMAND ${install_command}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(desktop_file "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop")
set(metainfo_file "${PREFIX}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml")
set(icon_file "${PREFIX}/${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
set(binary_file "${PREFIX}/${BINDIR}/${EXECUTABLE}")
set(missing "")
foreach(file IN ITEMS "${desktop_file}" "${metainfo_file}" "${icon_file}" "${binary_file}")
    if(NOT EXISTS "${file}" OR IS_DIRECTORY "${file}")
        string(APPEND missing "\n  ${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed:${missing}")
endif()

# Both validators are in build.sh's package list; a machine without them cannot vouch for the
# files, so that is a failure rather than a skip.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    message(FATAL_ERROR "desktop-file-validate and appstreamcli are needed "
        "(Debian: apt-get install desktop-file-utils appstream)")
endif()

# The validators' own words go into the test log, where a failure will be read.
function(report_validator name result output)
    string(STRIP "${output}" output)
    if(output STREQUAL "")
        set(output "(no output)")
    endif()
    message(STATUS "${name} exited with ${result}: ${output}")
endfunction()

# desktop-file-validate exits 0 on warnings and hints, yet menus may drop or misfile an entry
# over them, so any output at all counts as a failure.
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop_file}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
report_validator("desktop-file-validate" "${result}" "${output}")
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate rejected ${desktop_file}")
endif()

# --strict fails on warnings and infos too. No --pedantic: its one remark is about the capital
# letters in the id, which stays as it is because the running program announces the same id.
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --strict "${metainfo_file}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
report_validator("appstreamcli validate" "${result}" "${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli rejected ${metainfo_file}")
endif()

# The validators cannot know which id, icon and version these files must agree on.
string(REPLACE "." "\\." app_id_pattern "${APP_ID}")
file(STRINGS "${desktop_file}" icon_lines REGEX "^Icon=")
if(NOT icon_lines STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "${desktop_file}: expected Icon=${APP_ID}, found '${icon_lines}'")
endif()
file(READ "${metainfo_file}" metainfo)
if(NOT metainfo MATCHES "<id>${app_id_pattern}</id>")
    message(FATAL_ERROR "${metainfo_file}: <id> is not ${APP_ID}")
endif()
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${app_id_pattern}\\.desktop</launchable>")
    message(FATAL_ERROR "${metainfo_file}: the launchable is not ${APP_ID}.desktop")
endif()
# Releases are listed newest first and software centres take the top one as the installed
# version. It is checked rather than generated because a version bump needs a new <release>
# with its own date, not the old entry relabelled.
if(NOT metainfo MATCHES "<release [^>]*version=\"([^\"]*)\"")
    message(FATAL_ERROR "${metainfo_file}: no <release> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${metainfo_file}: newest release is ${CMAKE_MATCH_1}, "
        "but the project is version ${VERSION}")
endif()
