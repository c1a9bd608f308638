# The catalogue (src/core/i18n/catalogue.h) compiled into the core, for the native and the WebAssembly
# build alike: the files of assets/i18n with their Traditional Chinese texts (the copies
# cmake/traditional_chinese.cmake converts), as a sorted table of C strings (scripts/compile_catalogue.py),
# so nothing is parsed at start-up. A broken catalogue stops the build with what is wrong.
set(catalogue_source "${CMAKE_BINARY_DIR}/generated/catalogue_entries.cpp")
set(catalogue_files ${CW_ZH_HANT_TRANSLATION_FILES})
if(EMSCRIPTEN)
  # The widget leaves out the texts only the command-line tool (cli.json) and the release's snippet
  # (snippet.json, read by scripts/make_snippet.py from the generated copy) speak.
  list(FILTER catalogue_files EXCLUDE REGEX "/(cli|snippet)\\.json$")
endif()
add_custom_command(
  OUTPUT ${catalogue_source}
  COMMAND ${CW_HOST_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/compile_catalogue.py ${catalogue_source} ${catalogue_files}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/compile_catalogue.py ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${catalogue_files}
  COMMENT "Compiling the catalogue's texts"
  VERBATIM)
target_sources(campaign_core PRIVATE ${catalogue_source})
