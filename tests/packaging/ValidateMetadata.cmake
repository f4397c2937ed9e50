# Run by the PackagingMetadata test: cmake -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -DDESKTOP_FILE=...
#   -DMETAINFO_FILE=... -DICON_FILE=... -P ValidateMetadata.cmake
# Fails on any error or warning from either validator (desktop-file-validate "hint:" lines and appstreamcli
# pedantic notes are shown but allowed), and on an icon that is missing or refers to anything outside itself.
cmake_minimum_required(VERSION 3.25)

set(failures 0)
macro(fail message)
    message(SEND_ERROR "${message}")
    math(EXPR failures "${failures} + 1")
endmacro()

foreach(file IN ITEMS DESKTOP_FILE METAINFO_FILE ICON_FILE)
    if(NOT EXISTS "${${file}}")
        fail("${file} not found: '${${file}}'")
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "missing input files")
endif()

if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    message(FATAL_ERROR "desktop-file-validate or appstreamcli is not installed (scripts/test.sh installs them)")
endif()

# --- desktop file ---
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${DESKTOP_FILE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("desktop-file-validate ${DESKTOP_FILE}: exit ${rc}\n${out}")
if(NOT rc EQUAL 0)
    fail("desktop-file-validate failed")
elseif(out MATCHES "(^|\n)[^\n]*: (error|warning): ")
    fail("desktop-file-validate reported errors or warnings")
endif()

# --- AppStream metainfo ---
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --no-color --explain "${METAINFO_FILE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("appstreamcli validate --no-net ${METAINFO_FILE}: exit ${rc}\n${out}")
if(NOT rc EQUAL 0)
    fail("appstreamcli validate failed")
elseif(out MATCHES "(^|\n)[EW]: ")
    fail("appstreamcli reported errors or warnings")
endif()

# --- icon: an SVG that needs nothing outside itself ---
file(READ "${ICON_FILE}" svg)
if(NOT svg MATCHES "<svg[^>]*viewBox=\"0 0 128 128\"")
    fail("${ICON_FILE}: expected an <svg> with viewBox=\"0 0 128 128\"")
endif()
if(svg MATCHES "(xlink:)?href=\"[^#]" OR svg MATCHES "<image" OR svg MATCHES "url\\([^#]")
    fail("${ICON_FILE}: refers to an external resource")
endif()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} packaging metadata check(s) failed")
endif()
message("packaging metadata OK")
