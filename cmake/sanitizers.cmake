# AddressSanitizer + UndefinedBehaviorSanitizer for the whole native build (CW_SANITIZE): `make test`
# builds build/sanitize with clang this way and runs the unit and CLI tests in it.
if(CW_SANITIZE)
  # Any report is a failure: without -fno-sanitize-recover, UBSan prints and carries on, and the test passes.
  # -O1 keeps the sanitized tests fast; the frame pointer and -g keep the reports readable.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g)
  add_link_options(-fsanitize=address,undefined)
  # ASAN_OPTIONS and UBSAN_OPTIONS for the runs are set by the Makefile (test-sanitize).
endif()
