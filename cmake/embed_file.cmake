# Writes a C++ source that holds one file's bytes, for the native CLI's built-in campaign:
#   cmake -DINPUT=assets/campaigns/obol.json -DOUTPUT=builtin_campaign.cpp -DFUNCTION=builtin_campaign_json -P embed_file.cmake
# The function is declared in src/cli/builtin_campaign.h. (The web build embeds its files with
# scripts/embed_files.py, whose output needs the web platform's header.)
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n    " bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${name} by cmake/embed_file.cmake at build time. Do not edit.
#include \"cli/builtin_campaign.h\"

namespace {
const unsigned char bytes[${size} + 1] = {
    ${bytes}0x00};
} // namespace

std::string_view ${FUNCTION}()
{
    return {reinterpret_cast<const char*>(bytes), ${size}};
}
")
# Only touch the output when it changed, so an unrelated reconfigure does not rebuild the CLI.
configure_file("${OUTPUT}.tmp" "${OUTPUT}" COPYONLY)
file(REMOVE "${OUTPUT}.tmp")
