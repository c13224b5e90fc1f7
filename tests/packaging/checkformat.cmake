# Fails when a C++ file in the tree differs from what clang-format makes of it.
file(GLOB_RECURSE files RELATIVE ${ROOT}
     ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h
     ${ROOT}/app/*.cpp ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
set(bad "")
foreach(f IN LISTS files)
    execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${ROOT}/${f}
                    WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad ${f})
    endif()
endforeach()
list(LENGTH files n)
if(bad)
    string(REPLACE ";" "\n  " lines "${bad}")
    message(FATAL_ERROR "Not formatted (run clang-format -i):\n  ${lines}")
endif()
message(STATUS "${n} files formatted")
