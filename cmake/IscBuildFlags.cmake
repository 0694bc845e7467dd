# One INTERFACE target carries the language level, the warnings and Qt's strictness macros.
# Every target of the project links it, so no target can quietly build with weaker rules.

option(ISC_WERROR "Treat warnings as errors (on by default in CI)" OFF)
if(DEFINED ENV{CI} AND "$ENV{CI}" STREQUAL "true")
    set(ISC_WERROR ON CACHE BOOL "" FORCE)
endif()

add_library(isc_build_flags INTERFACE)
add_library(isc::build_flags ALIAS isc_build_flags)

target_compile_features(isc_build_flags INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(isc_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${ISC_WERROR}>:-Werror>)

target_compile_definitions(isc_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ISC_VERSION="${PROJECT_VERSION}")
