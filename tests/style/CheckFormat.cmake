# SPDX-License-Identifier: MIT
# Fails with the files clang-format would change, and how to fix them.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    RESULT_VARIABLE result
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${output}")
    set(files "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" file "${line}")
        list(APPEND files "${file}")
    endforeach()
    list(REMOVE_DUPLICATES files)
    list(JOIN files "\n  " listed)
    message(FATAL_ERROR "not clang-formatted:\n  ${listed}\n"
        "fix with: clang-format -i <file>… (the style is .clang-format)")
endif()
list(LENGTH sources count)
message(STATUS "${count} files as clang-format writes them")
