# libFuzzer targets (fuzz/), built with CW_FUZZ in the sanitized build; scripts/fuzz.sh runs them
# (`make fuzz`, and `make test` for 30 seconds each). One executable per target: fuzz/NAME_fuzzer.cpp.
set(fuzz_targets link_extraction draft_check campaign_loader progress_loader text_edit)
foreach(name IN LISTS fuzz_targets)
  add_executable(${name}_fuzzer fuzz/${name}_fuzzer.cpp)
  target_link_libraries(${name}_fuzzer PRIVATE campaign_core)
  target_link_options(${name}_fuzzer PRIVATE -fsanitize=fuzzer)
  set_target_properties(${name}_fuzzer PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
endforeach()
# The draft check runs against the built-in OBOL campaign, as campaign-check does without --campaign.
target_link_libraries(draft_check_fuzzer PRIVATE builtin_campaign)
