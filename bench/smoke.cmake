# bench_smoke: bench/run with tiny sizes on the executables already built in BIN_DIR. It
# must exit 0 and write a bench-results.json holding every key below. No timing is checked.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(results "${WORK_DIR}/bench-results.json")
execute_process(
    COMMAND bash "${RUN}" --bin-dir "${BIN_DIR}" --out "${results}" --repeat 1
            --rows 1000 --connectors 500 --latency 1
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "bench/run failed: ${status}")
endif()
file(READ "${results}" json)

set(numbers
    fetch_all_ms fetch_sequential_ms fetch_speedup fetch_floor_ms fetch_concurrency fetch_pages
    load_100k_ms parse_100k_ms load_vs_parse_ratio sort_100k_ms filter_100k_ms
    export_100k_ms export_mb_per_s rss_100k_mb rss_baseline_mb)
foreach(key IN LISTS numbers)
    string(JSON type ERROR_VARIABLE error TYPE "${json}" ${key})
    if(error OR NOT type STREQUAL "NUMBER")
        message(FATAL_ERROR "${key}: not a number in ${results} (${error})")
    endif()
endforeach()
foreach(key fetch_speedup fetch_all_ms load_100k_ms load_vs_parse_ratio sort_100k_ms
            filter_100k_ms export_mb_per_s rss_100k_mb)
    string(JSON pass ERROR_VARIABLE error GET "${json}" targets ${key} pass)
    if(error OR NOT (pass STREQUAL "ON" OR pass STREQUAL "OFF"))
        message(FATAL_ERROR "targets.${key}.pass missing or not a boolean (${error})")
    endif()
endforeach()
string(JSON nproc ERROR_VARIABLE error GET "${json}" machine nproc)
if(error OR nproc LESS 1)
    message(FATAL_ERROR "machine.nproc missing (${error})")
endif()
string(JSON loads ERROR_VARIABLE error LENGTH "${json}" machine load_average_at_start)
if(error OR NOT loads EQUAL 3)
    message(FATAL_ERROR "machine.load_average_at_start should hold 3 numbers (${error})")
endif()
message(STATUS "bench_smoke: ${results} holds every key")
