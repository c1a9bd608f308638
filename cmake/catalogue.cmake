# The catalogue (src/core/i18n/catalogue.h) compiled into the core, for the native and the WebAssembly
# build alike: the files of assets/i18n with their Traditional Chinese texts (the copies
# cmake/traditional_chinese.cmake converts), embedded the one way the project embeds files, as compact
# JSON (nothing compares their text; the widget's readers download fewer bytes).
set(catalogue_source "${CMAKE_BINARY_DIR}/generated/catalogue_files.cpp")
set(catalogue_files ${CW_ZH_HANT_TRANSLATION_FILES})
if(EMSCRIPTEN)
  # The widget leaves out the texts only the command-line tool (cli.json) and the release's snippet
  # (snippet.json, read by scripts/make_snippet.py from the generated copy) speak.
  list(FILTER catalogue_files EXCLUDE REGEX "/(cli|snippet)\\.json$")
endif()
list(JOIN catalogue_files "," catalogue_file_list)
add_custom_command(
  OUTPUT ${catalogue_source}
  COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${catalogue_source} --compact-json
          "catalogue[]=${catalogue_file_list}"
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${catalogue_files}
  COMMENT "Embedding the catalogue's texts"
  VERBATIM)
target_sources(campaign_core PRIVATE ${catalogue_source})
