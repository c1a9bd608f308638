# AddressSanitizer + UndefinedBehaviorSanitizer for the whole native build (CW_SANITIZE), and libFuzzer's
# coverage instrumentation on top (CW_FUZZ). `make test` builds build/sanitize with both: the unit tests,
# the CLI and the fuzz targets then share one instrumented build of the core instead of compiling it twice.
# (Code instrumented for libFuzzer runs fine without it: the sanitizer runtime provides the hooks.)
if(CW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CW_FUZZ needs clang (libFuzzer is part of clang): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(CW_SANITIZE ON)
endif()

if(CW_SANITIZE)
  # Any report is a failure: without -fno-sanitize-recover, UBSan prints and carries on, and the test passes.
  # -O1 keeps the sanitized tests and the fuzzers fast; the frame pointer and -g keep the reports readable.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g)
  add_link_options(-fsanitize=address,undefined)
  # ASAN_OPTIONS and UBSAN_OPTIONS for the runs are set by the Makefile (test-sanitize, fuzz).
endif()

if(CW_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
