# The Emscripten build: the widget as campaign-widget-core.js + .wasm, and as one file for the offline page
# (the Makefile assembles dist/ from them).

set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui's source is missing from third_party/imgui: run `make setup`")
endif()

# Dear ImGui with its OpenGL3 renderer backend; the platform backend is ours (src/platform/web).
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  src/ui/imgui_without_tables.cpp # in place of imgui_tables.cpp: the widget draws no table (the file says why)
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  src/platform/web/gl_state_cache.cpp # the state the renderer reads back at every frame, kept (the file says why)
)
# The renderer's GL calls that read or set that state go to src/platform/web/gl_state_cache.cpp, in its
# file alone: the widget's own code never sets it.
set_source_files_properties(${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp PROPERTIES COMPILE_DEFINITIONS
  "glGetIntegerv=cw_gl_get_integerv;glScissor=cw_gl_scissor;glBlendEquation=cw_gl_blend_equation;glBlendEquationSeparate=cw_gl_blend_equation_separate;glBlendFuncSeparate=cw_gl_blend_func_separate")
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_include_directories(imgui PRIVATE src) # src/platform/web/gl_state_cache.cpp
target_compile_definitions(imgui PUBLIC
  IMGUI_IMPL_OPENGL_ES3          # WebGL2; without it the backend picks WebGL1 under Emscripten
  IMGUI_DISABLE_FILE_FUNCTIONS   # no file system in the browser
  IMGUI_DISABLE_DEFAULT_FONT     # glyphs come from the browser's fonts (src/ui/fonts.cpp)
  IMGUI_ENABLE_FREETYPE          # without FreeType: keeps stb_truetype out, src/ui/fonts.cpp says how
  IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_USE_WCHAR32              # characters past U+FFFF (emoji, flags) stay themselves, not U+FFFD
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS # links open through the page (src/platform/web), never the shell
)

# The files the widget's binary carries besides the core's (the catalogue, cmake/catalogue.cmake): the
# built-in campaign. No font: glyphs come from the browser's own fonts (src/ui/fonts.h,
# src/platform/web/canvas_glyphs.h).
set(generated "${CMAKE_BINARY_DIR}/generated")
# The copy with Traditional Chinese beside every Simplified text (cmake/traditional_chinese.cmake).
set(builtin_campaign "${CW_ZH_HANT_CAMPAIGN_DIR}/obol.json")
set(host_python /usr/bin/python3) # Debian's python
add_custom_command(
  OUTPUT ${generated}/embedded_files.cpp
  COMMAND ${host_python} ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${generated}/embedded_files.cpp
          builtin_campaign=${builtin_campaign}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/embed_files.py ${builtin_campaign}
  COMMENT "Embedding the default campaign"
  VERBATIM)

add_library(campaign_ui STATIC
  src/ui/about_panel.cpp
  src/ui/draft_panel.cpp
  src/ui/fact_view.cpp
  src/ui/fonts.cpp
  src/ui/item_rects.cpp
  src/ui/launchpool_panel.cpp
  src/ui/line_breaking.cpp
  src/ui/motion.cpp
  src/ui/open_link.cpp
  src/ui/period_notice.cpp
  src/ui/research_panel.cpp
  src/ui/text_editor.cpp
  src/ui/theme.cpp
  src/ui/typography.cpp
  src/ui/widget.cpp
)
target_link_libraries(campaign_ui PUBLIC campaign_core campaign_palette imgui)
include(cmake/widget_version.cmake)
target_include_directories(campaign_ui PRIVATE ${generated}) # widget_version.h

# The widget: .js + .wasm, for the web page and the embed script, and for the offline .html file, which
# carries the same wasm inside it, compressed (scripts/make_offline_html.py).
add_library(campaign_widget_objects OBJECT
  src/platform/web/canvas.cpp
  src/platform/web/canvas_glyphs.cpp
  src/platform/web/clipboard.cpp
  src/platform/web/frame_scheduler.cpp
  src/platform/web/html5_input.cpp
  src/platform/web/keyboard_modifiers.cpp
  src/platform/web/main.cpp
  src/platform/web/number_reading.cpp
  src/platform/web/offline_copy.cpp
  src/platform/web/page.cpp
  src/platform/web/page_api.cpp
  src/platform/web/saved_progress.cpp
  src/platform/web/semantic_mirror.cpp
  src/platform/web/text_agent.cpp
  src/platform/web/text_view.cpp
  src/platform/web/text_view_content.cpp
  src/platform/web/webgl_context.cpp
  ${generated}/embedded_files.cpp
)
target_link_libraries(campaign_widget_objects PUBLIC campaign_ui)
target_compile_options(campaign_widget_objects PRIVATE -Wall -Wextra)

set(js_libraries
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/canvas_glyphs.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/clipboard.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/elements.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/offline_copy.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/page_api.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/semantic_mirror.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/storage.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/strings.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/text_agent.js
  ${PROJECT_SOURCE_DIR}/src/platform/web/js/text_view.js
)
# Binaryen inlines a function that has only one caller into that caller, however large it is; with link-
# time optimization nearly everything called once ended in a few huge functions (the frame's function was
# 49 KB: Dear ImGui's NewFrame and Render, the page's syncing, the offline copy). The browser compiles a
# function at its first call, on the page's thread, with a baseline compiler whose work grows with the
# function's length times its locals, not with its length alone: that one function took 10 ms to compile
# where load_campaign, a third of its size, took under 1. Functions with one caller are inlined only up
# to 300 of Binaryen's expressions: the first frame came 60 ms sooner (docs/performance.md, "The first
# frame: no giant functions"); 60 to 1,000 were measured, and 300 was the best; the wasm is 0.8 KB smaller
# in gzip.
set(wasm_one_caller_inline_limit 300)
# The flags every web page of ours links with; the benchmark's bare page below uses them too, so the
# start-up comparison is between the same toolchain and flags.
set(web_module_link_options
  -sMODULARIZE=1
  -sENVIRONMENT=web
  -sMIN_WEBGL_VERSION=2
  -sMAX_WEBGL_VERSION=2
  -sNO_FILESYSTEM=1
  -sALLOW_MEMORY_GROWTH=1
  # Less JavaScript glue for what the widget never asks of it: WebGL extensions enabled by the glue
  # (the context is created without them, src/platform/web/webgl_context.cpp), GL error tracking and
  # string formats of WebGL1 days, a fallback for browsers without TextDecoder (every WebGL2 browser has
  # it), errno for the file system the module does not have.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
  -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0
  -sGL_TRACK_ERRORS=0
  -sTEXTDECODER=2
  -sSUPPORT_ERRNO=0
  # Emscripten's small allocator instead of dlmalloc: 3 KB of gzip less; the widget allocates little per
  # frame, and docs/performance.md has the frame and start-up times measured with it.
  -sMALLOC=emmalloc
  # Binaryen's round at the link inlines every function that has one caller, however large (see
  # wasm_one_caller_inline_limit above).
  "-sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=${wasm_one_caller_inline_limit}"
)
set(widget_link_options
  ${web_module_link_options}
  -sEXPORT_NAME=createCampaignWidget
  -sEXIT_RUNTIME=0
  # The glue reads only what the element hands it (web/campaign-widget-element.js: the canvas, and the
  # wasm's loader); the project's JS libraries read their own options (Module.widgetOptions, the
  # callbacks) themselves. Requests deferred to a user event are for fullscreen and pointer lock, which
  # the widget never asks for, and nothing evaluates strings as code.
  "-sINCOMING_MODULE_JS_API=[canvas,instantiateWasm]"
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  -sDYNAMIC_EXECUTION=0
)
foreach(library ${js_libraries})
  list(APPEND widget_link_options "SHELL:--js-library ${library}")
endforeach()

add_executable(campaign-widget-core $<TARGET_OBJECTS:campaign_widget_objects>)
target_link_libraries(campaign-widget-core PRIVATE campaign_ui)
target_link_options(campaign-widget-core PRIVATE ${widget_link_options})
set_property(TARGET campaign-widget-core APPEND PROPERTY LINK_DEPENDS ${js_libraries})

# A second round of Binaryen's size optimizations over the linked wasm: Emscripten runs one as it links,
# and another still finds some 2.4 KB of gzip (docs/performance.md). Every page of ours gets it, so the
# benchmark's bare page below stays built the same way. This round may also assume that the module never
# traps (-tnh, -iit): a trap (an access out of bounds, an unreachable reached) is a crash either way, and
# the optimizer may then drop code whose only effect would be to trap: about 1 KB of gzip. The module
# uses bulk memory (CMakeLists.txt says why), which this round must be told of. The round is
# repeated until the module stops shrinking (--converge: 0.4 KB more, a few seconds).
# It also inlines every function whose body is at most 5 of Binaryen's expressions (-Oz alone inlines
# those of 2): the accessors and one-line helpers the compiler left as calls (a vector's size(),
# std::min). The browser compiles each function the first time it is called, so the first frame paid a
# compile for each of them: it called 1,379 functions before, 1,050 now. The module has 1,876 functions
# instead of 2,314 and is 3.7 KB smaller in gzip (docs/performance.md, "The first frame: functions
# compiled at their first call"). Inlining larger ones cost more bytes than it saved time.
find_program(WASM_OPT wasm-opt REQUIRED) # Debian's binaryen (scripts/setup.sh)
function(optimize_wasm_again target)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${WASM_OPT} -Oz --converge --always-inline-max-function-size=5 --one-caller-inline-max-function-size=${wasm_one_caller_inline_limit} --traps-never-happen --ignore-implicit-traps --enable-bulk-memory ${CMAKE_CURRENT_BINARY_DIR}/${target}.wasm -o ${CMAKE_CURRENT_BINARY_DIR}/${target}.wasm
    VERBATIM)
endfunction()
optimize_wasm_again(campaign-widget-core)

# The benchmark's baseline (bench/imgui_hello): a bare Dear ImGui page with the same toolchain and flags,
# whose glyphs come from the browser's fonts through the same loader as the widget's.
add_executable(imgui-hello EXCLUDE_FROM_ALL bench/imgui_hello/hello.cpp src/ui/fonts.cpp
               src/platform/web/canvas_glyphs.cpp)
target_include_directories(imgui-hello PRIVATE src)
target_link_libraries(imgui-hello PRIVATE imgui)
target_link_options(imgui-hello PRIVATE ${web_module_link_options} -sEXPORT_NAME=createImguiHello
                    "SHELL:--js-library ${PROJECT_SOURCE_DIR}/src/platform/web/js/canvas_glyphs.js")
set_property(TARGET imgui-hello APPEND PROPERTY LINK_DEPENDS ${PROJECT_SOURCE_DIR}/src/platform/web/js/canvas_glyphs.js)
optimize_wasm_again(imgui-hello)
