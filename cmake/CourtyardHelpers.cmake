# Shared build settings for every Courtyard target.

# Warnings for our own code; third-party headers come in as SYSTEM includes.
function(courtyard_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough)
    if(COURTYARD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# courtyard_add_library(NAME SOURCES ... DEPENDS ...): one static library per core module.
function(courtyard_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_DEPENDS})
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    courtyard_set_warnings(${name})
endfunction()

# courtyard_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s]): one Qt Test program, one ctest.
function(courtyard_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    courtyard_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# courtyard_add_translation_test(NAME PREFIX p SOURCES files... MIN n [LABELS l]): every string
# lupdate finds in SOURCES has a finished translation in translations/<p>_{zh_CN,ja,ar}.ts (one
# test source for every app: tests/support/tst_translations_complete.cpp).
function(courtyard_add_translation_test name)
    cmake_parse_arguments(ARG "" "PREFIX;MIN" "SOURCES;LABELS" ${ARGN})
    courtyard_add_test(${name} SOURCES ${PROJECT_SOURCE_DIR}/tests/support/tst_translations_complete.cpp
        LIBS Qt6::Core LABELS ${ARG_LABELS} TIMEOUT 180)
    string(REPLACE ";" "|" sources "${ARG_SOURCES}")
    target_compile_definitions(${name} PRIVATE
        LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
        TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations"
        TS_PREFIX="${ARG_PREFIX}"
        TR_SOURCES="${sources}"
        MIN_STRINGS=${ARG_MIN})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
endfunction()
