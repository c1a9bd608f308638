# campaign-check end to end: a real campaign, a draft with one invalid byte, a broken campaign.
function(expect_run expected_code expected_output)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "`${ARGN}` exited ${code}, expected ${expected_code}\n${out}${err}")
  endif()
  string(FIND "${out}${err}" "${expected_output}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "`${ARGN}` did not print \"${expected_output}\":\n${out}${err}")
  endif()
endfunction()

set(work "${CMAKE_CURRENT_BINARY_DIR}/cli_test_files")
file(MAKE_DIRECTORY "${work}")
string(ASCII 255 invalid_byte)
file(WRITE "${work}/draft.txt" "关注 OBOL ${invalid_byte}!")
file(WRITE "${work}/broken.json" "{\"format_version\": 1, \"id\": \"x\", \"title\": {\"zh\": 7}}")

expect_run(0 "campaign: OBOL post campaign (obol)" ${CLI} --campaign ${SOURCE_DIR}/assets/campaigns/obol.json)
expect_run(1 "draft: invalid UTF-8 at byte 12 (1 byte), read as U+FFFD"
           ${CLI} --campaign ${SOURCE_DIR}/assets/campaigns/obol.json ${work}/draft.txt)
expect_run(2 "title.zh: expected a string, got number" ${CLI} --campaign ${work}/broken.json)
expect_run(2 "usage: campaign-check" ${CLI})
