# The release's version has one home, package.json (the npm package). The widget shows it in its
# "About" tooltip, through a generated header: generated/widget_version.h defines kWidgetVersion.
file(READ "${PROJECT_SOURCE_DIR}/package.json" package_json)
string(JSON CW_WIDGET_VERSION GET "${package_json}" version)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/package.json")
file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/generated/widget_version.h" CONTENT
"// Generated from package.json's version by cmake/widget_version.cmake.
#pragma once
namespace cw {
inline constexpr char kWidgetVersion[] = \"@CW_WIDGET_VERSION@\";
}
" @ONLY)
