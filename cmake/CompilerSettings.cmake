# Warnings and Qt string hygiene for every Cohort target (qBittorrent's set).
find_program(COHORT_CCACHE ccache)
if(COHORT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${COHORT_CCACHE})
endif()

add_library(cohort_compiler_settings INTERFACE)
target_compile_definitions(cohort_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    COHORT_VERSION="${PROJECT_VERSION}"
    COHORT_APP_ID="${COHORT_APP_ID}")
if(MSVC)
    target_compile_options(cohort_compiler_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
else()
    target_compile_options(cohort_compiler_settings INTERFACE -Wall -Wextra -Wpedantic
                                                              -Wno-missing-field-initializers)
endif()

# cohort_add_library(<name> SOURCES ... LINKS ...): a static layer library named cohort_<name>.
function(cohort_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(cohort_${name} STATIC ${ARG_SOURCES})
    target_include_directories(cohort_${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(cohort_${name} PUBLIC ${ARG_LINKS} PRIVATE cohort_compiler_settings)
endfunction()
