# One golden test: campaign-check --format json on a fixture draft must print exactly the expected file.
#   cmake -DCLI=… -DDRAFT=x.txt -DLANGUAGE=zh|en -DEXPECTED=x.zh.json [-DCAMPAIGN=file.json] [-DEXIT=0|1] -P golden_test.cmake
# After an intended change of output, regenerate the expected file by adding -DUPDATE=ON (and review
# the diff before committing it).
# Told for one fixed time, so that a format 2 campaign's period state is the same on every day the tests run.
set(command ${CLI} --format json --lang ${LANGUAGE} --now "2026-06-01 00:00")
if(CAMPAIGN)
  list(APPEND command --campaign ${CAMPAIGN})
endif()
execute_process(COMMAND ${command} ${DRAFT} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 AND NOT code EQUAL 1)
  message(FATAL_ERROR "`${command} ${DRAFT}` exited ${code}:\n${err}")
endif()
if(UPDATE)
  file(WRITE ${EXPECTED} "${out}")
  return()
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${EXPECTED}.actual "${out}")
  message(FATAL_ERROR "`${command} ${DRAFT}` printed other JSON than ${EXPECTED}; see ${EXPECTED}.actual\n"
                      "(diff them; if the change is intended, rerun with -DUPDATE=ON)")
endif()
# The exit code must agree with the report.
string(JSON ready GET "${out}" ready)
if((ready AND NOT code EQUAL 0) OR (NOT ready AND NOT code EQUAL 1))
  message(FATAL_ERROR "ready is ${ready} but the exit code is ${code}")
endif()
