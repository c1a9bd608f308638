# campaign-check end to end: exit codes, linter-style text, bad input, usage errors, --validate.
#   cmake -DCLI=path/to/campaign-check -DSOURCE_DIR=… -DWORK_DIR=… -P cli_test.cmake
function(expect_run expected_code expected_output)
  cmake_parse_arguments(RUN "" "INPUT" "COMMAND" ${ARGN})
  if(RUN_INPUT)
    execute_process(COMMAND ${RUN_COMMAND} INPUT_FILE ${RUN_INPUT} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  else()
    execute_process(COMMAND ${RUN_COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  endif()
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "`${RUN_COMMAND}` exited ${code}, expected ${expected_code}\n${out}${err}")
  endif()
  string(FIND "${out}${err}" "${expected_output}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "`${RUN_COMMAND}` did not print \"${expected_output}\":\n${out}${err}")
  endif()
  string(ASCII 27 escape)
  string(FIND "${out}${err}" "${escape}[" coloured)
  if(NOT coloured EQUAL -1)
    message(FATAL_ERROR "`${RUN_COMMAND}` printed colour codes into a pipe:\n${out}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

set(drafts ${SOURCE_DIR}/tests/fixtures/drafts)
set(quill ${SOURCE_DIR}/assets/campaigns/sample-quill.json)
file(MAKE_DIRECTORY ${WORK_DIR})

# Ready, not ready, and the linter-style lines.
expect_run(0 "ready-zh.txt: ready: 8 checks, 0 fail, 0 warn" COMMAND ${CLI} ${drafts}/obol/ready-zh.txt)
expect_run(0 "ready-zh.txt:4:6: pass link.spot: Found https://www.gate.io/trade/OBOL_USDT." COMMAND ${CLI} ${drafts}/obol/ready-zh.txt)
expect_run(1 "near-misses.txt:3:12: fail link.launchpool: gate.io/launchpool/OBOL?ref=abc is the right page"
           COMMAND ${CLI} ${drafts}/obol/near-misses.txt)
expect_run(1 "    fix: replace \"https://www.gate.io/trade/OBOL_BTC\" with \"https://www.gate.io/trade/OBOL_USDT\""
           COMMAND ${CLI} ${drafts}/obol/near-misses.txt)
expect_run(1 "near-misses.txt:2:4: fail link.spot: https://www.gate.io/trade/OBOL_BTC 指向 gate.io 上的另一个页面"
           COMMAND ${CLI} --lang zh ${drafts}/obol/near-misses.txt)
expect_run(1 "phishing.txt:3:6: fail link.lookalike:" COMMAND ${CLI} ${drafts}/obol/phishing.txt)
expect_run(1 "This may be a phishing link" COMMAND ${CLI} ${drafts}/obol/phishing.txt)
expect_run(0 "warnings.txt:1:13: warn link.spot:" COMMAND ${CLI} ${drafts}/obol/warnings.txt)
# An outline from empty notes still holds the widget's placeholders: not ready, each one pointed at.
expect_run(1 "outline-empty-notes.txt:4:1: fail draft.placeholder:" COMMAND ${CLI} ${drafts}/obol/outline-empty-notes.txt)

# The summary says a count of one in the singular: a one-character draft is "1 character".
file(WRITE ${WORK_DIR}/one-character.txt "a")
expect_run(1 "one-character.txt: not ready: 8 checks, 4 fail, 4 warn; 1 character, weighted length 1" COMMAND ${CLI} ${WORK_DIR}/one-character.txt)
file(WRITE ${WORK_DIR}/two-characters.txt "ab")
expect_run(1 "two-characters.txt: not ready: 8 checks, 4 fail, 4 warn; 2 characters, weighted length 2" COMMAND ${CLI} ${WORK_DIR}/two-characters.txt)
expect_run(1 "one-character.txt: 尚未就绪：8 项检查，4 项未通过，4 项警告；1 个字符，加权长度 1" COMMAND ${CLI} --lang zh ${WORK_DIR}/one-character.txt)

# A fix that inserts inside the draft says where, not "at the end": a ticker glued to a link is parted
# from it by a space before the "$" (column 41), and the report says so in either language.
file(WRITE ${WORK_DIR}/glued.txt "Spot https://www.gate.io/trade/OBOL_USDT$OBOL now\n")
expect_run(1 "    fix: insert \" \" at 1:41, before \"$OBOL now\"" COMMAND ${CLI} ${WORK_DIR}/glued.txt)
string(FIND "${last_output}" "\" \" at the end" said_at_the_end)
if(NOT said_at_the_end EQUAL -1)
  message(FATAL_ERROR "a fix inside the draft was described as added at the end:\n${last_output}")
endif()
expect_run(1 "    修复：在 1:41 处（“$OBOL now”之前）加上 \" \"" COMMAND ${CLI} --lang zh ${WORK_DIR}/glued.txt)

# Standard input, JSON, another campaign.
expect_run(0 "<stdin>: ready:" COMMAND ${CLI} - INPUT ${drafts}/obol/ready-en.txt)
expect_run(1 "\"ready\": false" COMMAND ${CLI} --format json - INPUT ${drafts}/obol/near-misses.txt)
string(JSON first_id GET "${last_output}" checks 0 id)
if(NOT first_id STREQUAL "link.spot")
  message(FATAL_ERROR "the first check of the JSON report is ${first_id}, expected link.spot")
endif()
expect_run(0 "ready.txt: ready: 5 checks" COMMAND ${CLI} --campaign ${quill} ${drafts}/sample-quill/ready.txt)
expect_run(1 "fail link.market:" COMMAND ${CLI} --campaign ${quill} ${drafts}/obol/ready-en.txt)

# Bad drafts: empty (not ready), invalid UTF-8 and NUL bytes (warnings), 5 MB (measured, not checked),
# missing, a directory.
expect_run(1 "empty.txt: fail draft.empty: The draft is empty." COMMAND ${CLI} ${drafts}/obol/empty.txt)
expect_run(1 "bad-bytes.txt:1:10: warn draft.invalid-utf8: 2 invalid UTF-8 sequence(s)" COMMAND ${CLI} ${drafts}/obol/bad-bytes.txt)
expect_run(1 "bad-bytes.txt:1:12: warn draft.control-characters:" COMMAND ${CLI} ${drafts}/obol/bad-bytes.txt)
file(READ ${drafts}/obol/ready-zh.txt paragraph)
string(REPEAT "${paragraph}" 1800 almost_1mb)
file(WRITE ${WORK_DIR}/almost-1mb.txt "${almost_1mb}")
expect_run(0 "almost-1mb.txt: ready:" COMMAND ${CLI} ${WORK_DIR}/almost-1mb.txt)
string(REPEAT "${paragraph}" 9700 big)
file(WRITE ${WORK_DIR}/big.txt "${big}")
expect_run(1 "big.txt: fail draft.too-long: The draft is 5.3 MB, over the 1.0 MB that can be checked" COMMAND ${CLI} ${WORK_DIR}/big.txt)
expect_run(2 "campaign-check: cannot read draft ${WORK_DIR}/missing.txt: No such file or directory"
           COMMAND ${CLI} ${WORK_DIR}/missing.txt)
expect_run(2 "campaign-check: cannot read draft ${drafts}: Is a directory" COMMAND ${CLI} ${drafts})

# Bad campaigns: wrong types, unsafe URLs, unreadable; and --validate.
file(WRITE ${WORK_DIR}/broken.json "{\"format_version\": 1, \"id\": \"x\", \"title\": {\"zh\": 7}}")
expect_run(2 "broken.json: title.zh: expected a string, got number" COMMAND ${CLI} --campaign ${WORK_DIR}/broken.json ${drafts}/obol/ready-zh.txt)
file(READ ${quill} quill_text)
string(REPLACE "https://www.example.org/quill-network" "javascript:alert(1)" unsafe "${quill_text}")
file(WRITE ${WORK_DIR}/unsafe.json "${unsafe}")
expect_run(2 "unsafe.json: research[0].facts[0].source.url: expected an http(s) URL, got \"javascript:alert(1)\""
           COMMAND ${CLI} --campaign ${WORK_DIR}/unsafe.json ${drafts}/obol/ready-zh.txt)
expect_run(2 "cannot read campaign ${WORK_DIR}/nowhere.json: No such file or directory"
           COMMAND ${CLI} --campaign ${WORK_DIR}/nowhere.json ${drafts}/obol/ready-zh.txt)
file(WRITE ${WORK_DIR}/version3.json "{\"format_version\": 3}")
expect_run(2 "version3.json: format_version: unsupported format version 3; this widget reads versions 1 and 2"
           COMMAND ${CLI} --validate ${WORK_DIR}/version3.json)
expect_run(0 "valid campaign \"obol\" (8 checks)" COMMAND ${CLI} --validate ${SOURCE_DIR}/assets/campaigns/obol.json)
expect_run(0 "valid campaign \"sample-quill\" (5 checks)" COMMAND ${CLI} --validate ${quill})
expect_run(2 "unsafe.json is not a valid campaign (1 problem)" COMMAND ${CLI} --validate ${WORK_DIR}/unsafe.json)
# A JSON syntax error is placed like every other problem: a missing comma on line 3.
file(WRITE ${WORK_DIR}/syntax.json "{\n  \"format_version\": 1,\n  \"id\": \"x\"\n  \"title\": {}\n}\n")
expect_run(2 "syntax.json: line 4, column 3: not valid JSON:" COMMAND ${CLI} --validate ${WORK_DIR}/syntax.json)

# Traditional Chinese asked of a campaign file that gives its texts in Simplified only (the source files;
# the build writes the Traditional ones into dist/campaigns/): the command says why the campaign's own
# texts print in Simplified, on standard error (the JSON report on standard output stays whole). Not for
# the built-in campaign, which has them, nor for an English-only campaign, nor when zh-Hant is not asked.
set(simplified_only "gives its texts in Simplified Chinese only")
expect_run(1 "${simplified_only}" COMMAND ${CLI} --lang zh-Hant --campaign ${SOURCE_DIR}/assets/campaigns/obol.json ${drafts}/obol/near-misses.txt)
execute_process(COMMAND ${CLI} --lang zh-TW --format json --campaign ${SOURCE_DIR}/assets/campaigns/obol.json ${drafts}/obol/near-misses.txt
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${err}" "${simplified_only}" at)
string(JSON ready_value ERROR_VARIABLE json_error GET "${out}" ready)
if(at EQUAL -1 OR json_error)
  message(FATAL_ERROR "--format json with a Simplified-only campaign: expected the note on standard error and a whole JSON report\n${err}\n${json_error}")
endif()
foreach(run "--lang;zh-Hant" "--lang;zh-Hant;--campaign;${quill}" "--lang;zh;--campaign;${SOURCE_DIR}/assets/campaigns/obol.json")
  execute_process(COMMAND ${CLI} ${run} ${drafts}/obol/near-misses.txt OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(FIND "${out}${err}" "${simplified_only}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "campaign-check ${run} printed \"${simplified_only}\":\n${err}")
  endif()
endforeach()

# Usage.
expect_run(2 "campaign-check: no draft given" COMMAND ${CLI})
expect_run(2 "--lang must be zh, zh-Hant (or zh-TW, zh-HK) or en, not \"fr\"" COMMAND ${CLI} --lang fr ${drafts}/obol/empty.txt)
expect_run(2 "--format must be text or json, not \"xml\"" COMMAND ${CLI} --format xml ${drafts}/obol/empty.txt)
expect_run(2 "unknown option --colour" COMMAND ${CLI} --colour ${drafts}/obol/empty.txt)
expect_run(2 "--campaign needs a value" COMMAND ${CLI} --campaign)
expect_run(2 "only one draft at a time" COMMAND ${CLI} a.txt b.txt)
expect_run(2 "--validate takes one campaign file and nothing else" COMMAND ${CLI} --validate ${quill} ${drafts}/obol/empty.txt)
expect_run(0 "usage: campaign-check" COMMAND ${CLI} --help)

# Format 2: the period in the person's time (--now fixes the moment, in UTC), the items only the person
# can confirm listed as not checkable, and Traditional Chinese throughout.
set(gate ${SOURCE_DIR}/assets/campaigns/gate-square-2026-first-post.json)
expect_run(0 "valid campaign \"gate-square-2026-first-post\" (format 2, 3 checks, 1 to confirm by the person)"
           COMMAND ${CLI} --validate ${gate})
expect_run(0 "ready.txt: period: Ends in 3 days, on 2026-01-15 15:59 (UTC)."
           COMMAND ${CLI} --campaign ${gate} --now "2026-01-12 16:00" ${drafts}/gate-square-2026-first-post/ready.txt)
expect_run(0 "ready.txt: period: This campaign ended on 2026-01-15 15:59 (UTC). You can still check a post"
           COMMAND ${CLI} --campaign ${gate} --now "2026-02-01 00:00" ${drafts}/gate-square-2026-first-post/ready.txt)
expect_run(0 "not checkable confirm.original: I wrote this myself"
           COMMAND ${CLI} --campaign ${gate} ${drafts}/gate-square-2026-first-post/ready.txt)
expect_run(1 "尚未就緒：3 項檢查，2 項未通過"
           COMMAND ${CLI} --campaign ${gate} --lang zh-TW ${drafts}/gate-square-2026-first-post/near-misses.txt)
expect_run(1 "    修復：把 \"＃我的2026第一帖\" 改成 \"#我的2026第一帖\""
           COMMAND ${CLI} --campaign ${gate} --lang zh-HK ${drafts}/gate-square-2026-first-post/near-misses.txt)
expect_run(2 "--now must be a UTC time" COMMAND ${CLI} --now tomorrow ${drafts}/obol/empty.txt)
