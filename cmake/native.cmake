# The native build: CLI, unit tests (CTest), benchmarks.

add_executable(campaign-check src/cli/campaign_check.cpp)
target_link_libraries(campaign-check PRIVATE campaign_core)

find_package(Catch2 2 REQUIRED)
include(CTest)
include(Catch)
add_executable(unit_tests
  tests/unit/main.cpp
  tests/unit/campaign_test.cpp
  tests/unit/check_test.cpp
  tests/unit/keyword_index_test.cpp
  tests/unit/language_test.cpp
  tests/unit/link_match_test.cpp
  tests/unit/links_test.cpp
  tests/unit/report_json_test.cpp
  tests/unit/text_length_test.cpp
  tests/unit/topics_mentions_test.cpp
  tests/unit/url_test.cpp
  tests/unit/utf8_test.cpp
  tests/unit/width_fold_test.cpp
)
target_link_libraries(unit_tests PRIVATE campaign_core Catch2::Catch2)
target_compile_definitions(unit_tests PRIVATE CW_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
catch_discover_tests(unit_tests)

add_test(NAME cli.reports_campaign_and_invalid_utf8
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:campaign-check> -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -P ${PROJECT_SOURCE_DIR}/tests/cli/cli_test.cmake)

find_package(benchmark REQUIRED)
add_executable(core_bench bench/core_bench.cpp)
target_link_libraries(core_bench PRIVATE campaign_core benchmark::benchmark)
