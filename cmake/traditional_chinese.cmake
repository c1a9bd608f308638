# Traditional Chinese at build time, from Debian's OpenCC (opencc, libopencc-data; scripts/setup.sh
# installs them): the folding table the checker matches with, generated into the build tree for the
# native and the WebAssembly build alike. Nothing generated from OpenCC is committed.
find_program(OPENCC_DICT_TOOL opencc_dict)
find_program(OPENCC_TOOL opencc)
find_path(OPENCC_DATA_DIR TSCharacters.ocd2 PATHS /usr/share/opencc NO_CMAKE_FIND_ROOT_PATH)
if(NOT OPENCC_DICT_TOOL OR NOT OPENCC_TOOL OR NOT OPENCC_DATA_DIR)
  message(FATAL_ERROR "OpenCC is missing (opencc_dict, opencc and their dictionaries): run `make setup`")
endif()
set(CW_HOST_PYTHON /usr/bin/python3) # Debian's python, not whatever is first on PATH

set(traditional_fold_table "${CMAKE_BINARY_DIR}/generated/traditional_fold_table.cpp")
add_custom_command(
  OUTPUT ${traditional_fold_table}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/make_traditional_folding.py ${traditional_fold_table}
          ${OPENCC_DICT_TOOL} ${OPENCC_DATA_DIR}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/make_traditional_folding.py
  COMMENT "Generating the Traditional → Simplified folding table from OpenCC's dictionaries"
  VERBATIM)
target_sources(campaign_core PRIVATE ${traditional_fold_table})

set(zh_hant_overrides "${PROJECT_SOURCE_DIR}/assets/zh-Hant-overrides.json")

# The UI's texts and the campaigns with "zh-Hant" beside every "zh" (a campaign's own zh-Hant stays).
# The builds carry these copies: CW_ZH_HANT_TRANSLATION_FILES and CW_ZH_HANT_CAMPAIGN_DIR.
file(GLOB zh_hant_translation_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/i18n/*.json")
file(GLOB zh_hant_campaign_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/campaigns/*.json")
set(CW_ZH_HANT_TRANSLATION_FILES "")
foreach(source IN LISTS zh_hant_translation_sources)
  get_filename_component(name "${source}" NAME)
  list(APPEND CW_ZH_HANT_TRANSLATION_FILES "${CMAKE_BINARY_DIR}/generated/i18n/${name}")
endforeach()
set(CW_ZH_HANT_CAMPAIGN_DIR "${CMAKE_BINARY_DIR}/generated/campaigns")
set(zh_hant_campaign_files "")
foreach(source IN LISTS zh_hant_campaign_sources)
  get_filename_component(name "${source}" NAME)
  list(APPEND zh_hant_campaign_files "${CW_ZH_HANT_CAMPAIGN_DIR}/${name}")
endforeach()
add_custom_command(
  OUTPUT ${CW_ZH_HANT_TRANSLATION_FILES} ${zh_hant_campaign_files}
  COMMAND ${CMAKE_COMMAND} -E env OPENCC=${OPENCC_TOOL}
          ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/make_zh_hant.py json ${CMAKE_BINARY_DIR}/generated/i18n
          ${zh_hant_overrides} ${zh_hant_translation_sources}
  COMMAND ${CMAKE_COMMAND} -E env OPENCC=${OPENCC_TOOL}
          ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/make_zh_hant.py json ${CW_ZH_HANT_CAMPAIGN_DIR}
          ${zh_hant_overrides} ${zh_hant_campaign_sources}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/make_zh_hant.py ${zh_hant_overrides} ${zh_hant_translation_sources}
          ${zh_hant_campaign_sources}
  COMMENT "Converting the UI texts and the campaigns to Traditional Chinese (OpenCC s2twp)"
  VERBATIM)
add_custom_target(zh_hant_assets DEPENDS ${CW_ZH_HANT_TRANSLATION_FILES} ${zh_hant_campaign_files})
