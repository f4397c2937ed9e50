# Runs lupdate over the sources into a copy of the German .ts file and fails on any message without a finished
# translation.
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
string(REPLACE ";" "\n" list "${sources}")
file(WRITE "${WORK_DIR}/sources.lst" "${list}\n")

function(check_ts ts_file extra_option)
    get_filename_component(name "${ts_file}" NAME_WE)
    set(copy "${WORK_DIR}/${name}.check.ts")
    file(COPY_FILE "${ts_file}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" ${extra_option} -no-obsolete -locations none "@${WORK_DIR}/sources.lst" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed:\n${out}")
    endif()
    file(READ "${copy}" ts)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(REGEX REPLACE "<translation type=\"unfinished\"" "" shown "${missing}")
        message(FATAL_ERROR "${count} string(s) are not translated in ${ts_file}; build the update_translations "
            "target and translate them:\n${shown}")
    endif()
    message(STATUS "${name}: every string is translated")
endfunction()

check_ts("${TS_FILE}" "")
# The English file holds only the plural forms ("%n minute(s)" -> "1 minute", "2 minutes"), filled by
# scripts/update-translations.sh; a plural string added without running it fails here.
if(EN_TS_FILE)
    check_ts("${EN_TS_FILE}" "-pluralonly")
endif()
