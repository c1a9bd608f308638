# The catalogue (src/core/i18n/catalogue.h) compiled into the core, for the native and the WebAssembly
# build alike: the files of assets/i18n with their Traditional Chinese texts (the copies
# cmake/traditional_chinese.cmake converts), embedded the one way the project embeds files.
set(catalogue_source "${CMAKE_BINARY_DIR}/generated/catalogue_files.cpp")
list(JOIN CW_ZH_HANT_TRANSLATION_FILES "," catalogue_file_list)
add_custom_command(
  OUTPUT ${catalogue_source}
  COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${catalogue_source}
          "catalogue[]=${catalogue_file_list}"
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${CW_ZH_HANT_TRANSLATION_FILES}
  COMMENT "Embedding the catalogue's texts"
  VERBATIM)
target_sources(campaign_core PRIVATE ${catalogue_source})
