# nlohmann/json for both builds; fmt (header-only mode) for the native command-line tool.
#
# The wasm build must never see -I/usr/include: it would pull glibc's headers into Emscripten's libc.
# So it gets a private include folder holding a copy of just nlohmann/json's headers, taken from the
# Debian package that setup installs. fmt stays out of the module: it would bring std::locale with it.
add_library(header_only_libraries INTERFACE)
target_compile_definitions(header_only_libraries INTERFACE FMT_HEADER_ONLY)

if(EMSCRIPTEN)
  set(private_include "${CMAKE_BINARY_DIR}/private-include")
  foreach(library nlohmann)
    if(NOT EXISTS "/usr/include/${library}")
      message(FATAL_ERROR "/usr/include/${library} is missing: run `make setup`")
    endif()
    file(COPY "/usr/include/${library}" DESTINATION "${private_include}")
  endforeach()
  target_include_directories(header_only_libraries SYSTEM INTERFACE "${private_include}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(header_only_libraries INTERFACE nlohmann_json::nlohmann_json)
endif()
