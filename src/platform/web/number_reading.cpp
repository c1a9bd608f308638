// The web build's own strtod and sscanf, in place of the C library's. Its strtod reads numbers through
// __floatscan, which computes in 128-bit long double: with sscanf and the software float helpers they
// pull in, about 20 KB of the wasm for what the module reads as numbers: the campaign's JSON numbers
// (nlohmann/json), the launchpool's fields (core/text/number_input.cpp), a number the page hands over
// (saved_progress.cpp, through atof) and, in Dear ImGui, a few integers (the GL and GLSL versions; the
// .ini file it never reads here). These read the same syntax (core/text/c_number_syntax.h) and leave
// the conversion of a decimal to the browser's Number(), which rounds correctly, as the C library's
// does: the same double for every decimal (the language requires it up to 20 significant digits, and
// the engines round longer ones correctly too: V8 gave Python's correctly rounded float() for 20,000
// random decimals of up to 30 digits). What they do not read, no caller hands them: hexadecimal
// floats, and scanf conversions other than %d, %i, %u and %x.
#include "core/text/c_number_syntax.h"

#include <emscripten.h>

#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

EM_JS(double, browser_number, (const char* text, int length), { return Number(UTF8ToString(text, length)); });

bool is_c_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

const char* skip_spaces(const char* text)
{
    while (is_c_space(*text)) ++text;
    return text;
}

// "inf", "infinity" or "nan" at text, in any case: how many characters (0 when none).
std::size_t special_word_length(const char* text)
{
    if (strncasecmp(text, "infinity", 8) == 0) return 8;
    if (strncasecmp(text, "inf", 3) == 0 || strncasecmp(text, "nan", 3) == 0) return 3;
    return 0;
}

} // namespace

extern "C" {

double strtod(const char* text, char** end)
{
    const char* start = skip_spaces(text);
    const char* after_sign = start + (*start == '+' || *start == '-' ? 1 : 0);
    if (const std::size_t word = special_word_length(after_sign)) {
        if (end) *end = const_cast<char*>(after_sign + word);
        const double value = (after_sign[0] | 0x20) == 'i' ? HUGE_VAL : NAN;
        return *start == '-' ? -value : value;
    }
    const std::size_t length = cw::decimal_number_length(start);
    if (end) *end = const_cast<char*>(length ? start + length : text);
    return length ? browser_number(start, static_cast<int>(length)) : 0.0;
}

// The C library defines these beside strtod, and libc++'s std::stof and std::stold name them: without
// them here, its strtod would be linked as well. Nothing calls them (through a double, a float could
// round twice).
float strtof(const char* text, char** end)
{
    return static_cast<float>(strtod(text, end));
}

long double strtold(const char* text, char** end)
{
    return strtod(text, end);
}

int sscanf(const char* text, const char* format, ...)
{
    std::va_list values;
    va_start(values, format);
    int stored = 0;
    const char* at = text;
    while (*format) {
        if (is_c_space(*format)) {
            format = skip_spaces(format);
            at = skip_spaces(at);
            continue;
        }
        if (*format != '%' || format[1] == '%') {
            if (*format == '%') ++format;
            if (*at != *format) break;
            ++at;
            ++format;
            continue;
        }
        ++format;
        std::size_t width = 0;
        while (*format >= '0' && *format <= '9') width = width * 10 + static_cast<std::size_t>(*format++ - '0');
        const char conversion = *format++;
        const int base = conversion == 'd' || conversion == 'u' ? 10 : conversion == 'i' ? 0
                         : conversion == 'x' || conversion == 'X'   ? 16
                                                                    : -1;
        if (base < 0) break; // a conversion no caller of this build uses
        at = skip_spaces(at);
        if (*at == '\0' && stored == 0) {
            stored = EOF; // the input ended before the first conversion
            break;
        }
        const cw::ScannedInteger number = cw::scan_integer(at, base, width);
        if (number.length == 0) break;
        *va_arg(values, int*) = static_cast<int>(number.value);
        ++stored;
        at += number.length;
    }
    va_end(values);
    return stored;
}

} // extern "C"
