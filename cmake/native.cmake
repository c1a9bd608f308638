# The native build: CLI, unit tests (CTest), benchmarks; with CW_FUZZ the fuzz targets too.

# campaign-check carries the OBOL campaign, so it works without --campaign from any directory: the copy
# with its Traditional Chinese texts (cmake/traditional_chinese.cmake).
set(builtin_campaign "${CW_ZH_HANT_CAMPAIGN_DIR}/obol.json")
set(builtin_campaign_source "${CMAKE_BINARY_DIR}/generated/builtin_campaign.cpp")
add_custom_command(
  OUTPUT ${builtin_campaign_source}
  COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${builtin_campaign_source}
          builtin_campaign=${builtin_campaign}
  DEPENDS ${builtin_campaign} ${PROJECT_SOURCE_DIR}/scripts/embed_files.py
  COMMENT "Embedding the built-in campaign"
  VERBATIM)
add_library(builtin_campaign STATIC ${builtin_campaign_source})
target_link_libraries(builtin_campaign PUBLIC campaign_core)
add_executable(campaign-check src/cli/campaign_check.cpp src/cli/input_file.cpp src/cli/working_memory.cpp)
target_link_libraries(campaign-check PRIVATE campaign_core builtin_campaign)
add_dependencies(campaign-check zh_hant_assets) # the golden tests read the converted campaigns
target_compile_options(campaign-check PRIVATE -Wall -Wextra -Wpedantic)

find_package(Catch2 2 REQUIRED)
include(CTest)
include(Catch)
# Every test file under tests/unit, picked up without listing.
file(GLOB unit_test_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/unit/*.cpp")
add_executable(unit_tests ${unit_test_sources} src/cli/input_file.cpp) # the CLI's file reading too
target_link_libraries(unit_tests PRIVATE campaign_core campaign_palette Catch2::Catch2)
# Catch2 2's single header (some 17,000 lines) and nlohmann/json: parsed once into a precompiled header
# rather than once per test file. main.cpp defines CATCH_CONFIG_MAIN before the header: it includes it itself.
target_precompile_headers(unit_tests PRIVATE <catch2/catch.hpp> <nlohmann/json.hpp>)
set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/unit/main.cpp PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
# main.cpp compiles all of Catch2's own implementation, which needs neither checking nor optimizing:
# instrumented at -O1 it took 45 s, a third of the sanitized build; optimized for the native build, 20 s.
if(CW_SANITIZE)
  set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/unit/main.cpp PROPERTIES COMPILE_OPTIONS "-O0;-fno-sanitize=all")
else()
  set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/unit/main.cpp PROPERTIES COMPILE_OPTIONS "-O0")
endif()
target_compile_definitions(unit_tests PRIVATE CW_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
catch_discover_tests(unit_tests)

add_test(NAME cli.behaviour
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:campaign-check> -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -DWORK_DIR=${CMAKE_BINARY_DIR}/cli_test_files -P ${PROJECT_SOURCE_DIR}/tests/cli/cli_test.cmake)

# Golden JSON (LANG: zh, zh-Hant or en): tests/fixtures/drafts/CAMPAIGN/DRAFT.LANG.json is what `campaign-check --format json
# --lang LANG` prints for DRAFT.txt, checked against assets/campaigns/CAMPAIGN.json (the OBOL ones
# through the built-in campaign).
file(GLOB golden_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/fixtures/drafts/*/*.json")
foreach(golden IN LISTS golden_files)
  get_filename_component(folder "${golden}" DIRECTORY)
  get_filename_component(campaign "${folder}" NAME)
  get_filename_component(file_name "${golden}" NAME)
  if(NOT file_name MATCHES "^(.+)\\.(zh|en|zh-Hant)\\.json$")
    message(FATAL_ERROR "${golden}: expected a name like DRAFT.zh.json, DRAFT.zh-Hant.json or DRAFT.en.json")
  endif()
  set(draft "${CMAKE_MATCH_1}")
  set(language "${CMAKE_MATCH_2}")
  set(campaign_option "")
  if(NOT campaign STREQUAL "obol")
    # In Traditional Chinese, the copy with the campaign's texts converted at build time.
    if(language STREQUAL "zh-Hant")
      set(campaign_option "-DCAMPAIGN=${CW_ZH_HANT_CAMPAIGN_DIR}/${campaign}.json")
    else()
      set(campaign_option "-DCAMPAIGN=${PROJECT_SOURCE_DIR}/assets/campaigns/${campaign}.json")
    endif()
  endif()
  add_test(NAME cli.golden.${campaign}.${draft}.${language}
           COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:campaign-check> -DDRAFT=${folder}/${draft}.txt
                   -DLANGUAGE=${language} -DEXPECTED=${golden} ${campaign_option}
                   -P ${PROJECT_SOURCE_DIR}/tests/cli/golden_test.cmake)
endforeach()

# Every word OpenCC's Taiwan phrasing changes in the texts (the UI's, the checker's, the campaigns' and the
# WordPress plugin's admin words) is reviewed (assets/zh-Hant-word-changes.json) and every wrong one
# corrected (assets/zh-Hant-overrides.json); a new one fails until it is read. The second test holds the
# first to failing on a text with a word change nobody reviewed.
set(zh_hant_review_command ${CMAKE_COMMAND} -E env OPENCC=${OPENCC_TOOL} OPENCC_DICT=${OPENCC_DICT_TOOL}
    OPENCC_DATA_DIR=${OPENCC_DATA_DIR} ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/review_zh_hant_words.py check
    ${PROJECT_SOURCE_DIR}/assets/zh-Hant-word-changes.json ${zh_hant_overrides})
add_test(NAME zh_hant.word_changes
         COMMAND ${zh_hant_review_command} ${zh_hant_translation_sources} ${zh_hant_campaign_sources}
                 ${PROJECT_SOURCE_DIR}/integrations/wordpress/languages/campaign-widget-zh_CN.po)
add_test(NAME zh_hant.word_changes_unreviewed_fails
         COMMAND ${zh_hant_review_command} ${PROJECT_SOURCE_DIR}/tests/zh_hant/unreviewed-word.json)
set_tests_properties(zh_hant.word_changes_unreviewed_fails PROPERTIES
                     PASS_REGULAR_EXPRESSION "not reviewed: 内存 → 記憶體")

# Every sentence lives in the catalogue (assets/i18n), none in C++: the test names each string literal with
# three or more Chinese characters in a row in src/**/*.cpp|h.
add_test(NAME source.no_chinese_sentences
         COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/find_chinese_sentences.py ${PROJECT_SOURCE_DIR})
# The same script finds a sentence where one is written.
add_test(NAME source.no_chinese_sentences_finds_one
         COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/find_chinese_sentences.py ${PROJECT_SOURCE_DIR}/tests/chinese_sentences)
set_tests_properties(source.no_chinese_sentences_finds_one PROPERTIES
                     PASS_REGULAR_EXPRESSION "src/sentence.cpp:8: a Chinese sentence in C[+][+][^\n]*\"找到话题\"\n1 Chinese sentences in C[+][+] code")

# The build refuses a broken catalogue and says what is wrong (scripts/compile_catalogue.py): a missing
# half, a key that is no object, a key defined in two files.
add_test(NAME catalogue.broken_files_stop_the_build
         COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/compile_catalogue.py ${CMAKE_BINARY_DIR}/broken_catalogue.cpp
                 ${PROJECT_SOURCE_DIR}/tests/catalogue/broken-one.json ${PROJECT_SOURCE_DIR}/tests/catalogue/broken-two.json)
set_tests_properties(catalogue.broken_files_stop_the_build PROPERTIES
                     PASS_REGULAR_EXPRESSION "broken-one.json: a: missing \"en\"\n  broken-one.json: b: expected an object with \"zh\" and \"en\"\n  broken-two.json: c: defined twice")

if(CW_BENCHMARKS)
  find_package(benchmark REQUIRED)
  add_executable(core_bench bench/core_bench.cpp)
  target_link_libraries(core_bench PRIVATE campaign_core builtin_campaign benchmark::benchmark)
endif()

if(CW_FUZZ)
  include(cmake/fuzz.cmake)
endif()
