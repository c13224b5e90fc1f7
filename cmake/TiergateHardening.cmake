# One hardening and warning set, applied to every Tiergate target.
function(tiergate_harden target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        TIERGATE_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wsuggest-override -Wnon-virtual-dtor)
    if(TIERGATE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
