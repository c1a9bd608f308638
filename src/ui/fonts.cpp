// A Dear ImGui 1.92 font loader (ImFontLoader, the interface of its stb_truetype and FreeType loaders)
// whose glyphs come from a GlyphRasterizer: the platform's own fonts. Dear ImGui asks for each glyph the
// first time it is drawn at a size and density; the picture goes into its RGBA atlas, coloured glyphs
// (emoji) keep their colours.
#include "ui/fonts.h"

#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cw {

namespace {

// Clusters get code points from here on (Supplementary Private Use Area-A, then -B): code points no font
// of the stack draws and no text of the campaign uses. A private-use character typed into a draft that
// happens to equal a registered one is drawn as that cluster: such characters mean nothing in public.
constexpr ImWchar kFirstClusterGlyph = 0xF0000;
constexpr ImWchar kLastClusterGlyph = 0x10FFFD;

// What the font's source holds (ImFontConfig::FontLoaderData), created by FontSrcInit.
struct BrowserFontSource {
    GlyphRasterizer* rasterizer = nullptr;
    LineMetrics metrics;
    std::unordered_map<std::string, ImWchar> cluster_glyphs;
    std::vector<std::string> clusters; // clusters[glyph - kFirstClusterGlyph]
    std::unordered_set<std::uint32_t> missing_code_points;
    GlyphStats stats;
};

// ImFontConfig::FontData carries this to FontSrcInit (Dear ImGui copies it: it must be plain bytes).
struct FontSourceSetup {
    GlyphRasterizer* rasterizer;
};

void append_utf8(std::string& out, std::uint32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The first code point of text, and how many bytes it takes (an invalid byte counts as U+FFFD, one byte).
std::uint32_t first_code_point(std::string_view text, std::size_t& length)
{
    unsigned int c = 0;
    const int taken = ImTextCharFromUtf8(&c, text.data(), text.data() + text.size());
    length = taken > 0 ? static_cast<std::size_t>(taken) : 1;
    return c;
}

BrowserFontSource* source_of(ImFontConfig* src)
{
    return static_cast<BrowserFontSource*>(src->FontLoaderData);
}

bool font_source_init(ImFontAtlas*, ImFontConfig* src)
{
    FontSourceSetup setup;
    std::memcpy(&setup, src->FontData, sizeof setup);
    auto* source = IM_NEW(BrowserFontSource)();
    source->rasterizer = setup.rasterizer;
    source->metrics = setup.rasterizer->line_metrics();
    src->FontLoaderData = source;
    return true;
}

void font_source_destroy(ImFontAtlas*, ImFontConfig* src)
{
    IM_DELETE(source_of(src));
    src->FontLoaderData = nullptr;
}

// Every code point gets a picture: the font's, or a box when no font has one.
bool font_source_contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar)
{
    return true;
}

// Dear ImGui's size is the line's height (as with its own loaders: ascent + descent); the browser sizes
// fonts by their em.
float em_for_line_height(const LineMetrics& metrics, float line_height)
{
    return line_height / (metrics.ascent + metrics.descent);
}

bool font_baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*)
{
    const BrowserFontSource* source = source_of(src);
    const float em = em_for_line_height(source->metrics, baked->Size);
    baked->Ascent = std::ceil(source->metrics.ascent * em);
    baked->Descent = -std::ceil(source->metrics.descent * em);
    return true;
}

void font_baked_destroy(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) {}

// The placeholder for a glyph no font has: a hollow box standing on the baseline, a little narrower
// than a letter, visible in any colour scheme (it is tinted with the text colour).
GlyphPicture missing_glyph_box(float em_pixels, float density)
{
    GlyphPicture box;
    const int stroke = std::max(1, static_cast<int>(std::lround(density)));
    box.width = std::max(3 * stroke, static_cast<int>(std::lround(0.5f * em_pixels)));
    box.height = std::max(4 * stroke, static_cast<int>(std::lround(0.7f * em_pixels)));
    box.left = std::round(0.08f * em_pixels);
    box.top = static_cast<float>(-box.height);
    box.advance = static_cast<float>(box.width) + 2 * box.left;
    box.rgba.assign(static_cast<std::size_t>(box.width * box.height * 4), 0);
    for (int y = 0; y < box.height; ++y) {
        for (int x = 0; x < box.width; ++x) {
            const bool edge = x < stroke || y < stroke || x >= box.width - stroke || y >= box.height - stroke;
            if (!edge) continue;
            unsigned char* pixel = &box.rgba[static_cast<std::size_t>((y * box.width + x) * 4)];
            pixel[0] = pixel[1] = pixel[2] = pixel[3] = 255;
        }
    }
    return box;
}

// What glyph stands for: a cluster registered by glyph_for_cluster, else the code point itself.
std::string text_of_glyph(const BrowserFontSource& source, ImWchar glyph)
{
    if (glyph >= kFirstClusterGlyph && glyph - kFirstClusterGlyph < source.clusters.size()) {
        return source.clusters[glyph - kFirstClusterGlyph];
    }
    std::string text;
    append_utf8(text, glyph);
    return text;
}

bool font_baked_load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                           ImFontGlyph* out_glyph, float* out_advance_x)
{
    BrowserFontSource& source = *source_of(src);
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const float em_pixels = em_for_line_height(source.metrics, baked->Size) * density;
    const std::string text = text_of_glyph(source, codepoint);

    if (out_advance_x != nullptr) { // metrics only (very large sizes)
        *out_advance_x = source.rasterizer->advance(text, em_pixels) / density;
        return true;
    }

    const auto started = std::chrono::steady_clock::now();
    GlyphPicture picture = source.rasterizer->rasterize(text, em_pixels);
    source.stats.milliseconds +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    ++source.stats.rasterized;
    if (picture.missing) {
        std::size_t length = 0;
        source.missing_code_points.insert(first_code_point(text, length));
        picture = missing_glyph_box(em_pixels, density);
    }

    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = picture.advance / density;
    if (picture.width <= 0 || picture.height <= 0) return true; // a space: an advance and no picture

    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, picture.width, picture.height);
    if (pack_id == ImFontAtlasRectId_Invalid) return false; // the atlas cannot grow further
    ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, pack_id);
    out_glyph->X0 = picture.left / density;
    out_glyph->Y0 = picture.top / density + baked->Ascent;
    out_glyph->X1 = out_glyph->X0 + picture.width / density;
    out_glyph->Y1 = out_glyph->Y0 + picture.height / density;
    out_glyph->Visible = true;
    out_glyph->Colored = picture.coloured;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, picture.rgba.data(), ImTextureFormat_RGBA32,
                                       picture.width * 4);
    return true;
}

const ImFontLoader& browser_font_loader()
{
    static const ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "platform fonts";
        l.FontSrcInit = font_source_init;
        l.FontSrcDestroy = font_source_destroy;
        l.FontSrcContainsGlyph = font_source_contains_glyph;
        l.FontBakedInit = font_baked_init;
        l.FontBakedDestroy = font_baked_destroy;
        l.FontBakedLoadGlyph = font_baked_load_glyph;
        return l;
    }();
    return loader;
}

// The source of the widget's font, or null before load_fonts.
BrowserFontSource* widget_font_source()
{
    if (ImGui::GetCurrentContext() == nullptr) return nullptr;
    for (ImFontConfig& src : ImGui::GetIO().Fonts->Sources) {
        if (src.FontLoader == &browser_font_loader()) return source_of(&src);
    }
    return nullptr;
}

} // namespace

void load_fonts(GlyphRasterizer& rasterizer, float size_pixels)
{
    const FontSourceSetup setup{&rasterizer};
    ImFontConfig config;
    config.FontLoader = &browser_font_loader();
    config.FontData = const_cast<FontSourceSetup*>(&setup); // copied by Dear ImGui (FontDataOwnedByAtlas)
    config.FontDataSize = sizeof setup;
    config.FontDataOwnedByAtlas = false;
    config.SizePixels = size_pixels;
    ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "platform fonts, %.0f px", size_pixels);
    ImGui::GetIO().Fonts->AddFont(&config);
}

ImWchar glyph_for_cluster(std::string_view cluster)
{
    std::size_t length = 0;
    const std::uint32_t first = cluster.empty() ? 0 : first_code_point(cluster, length);
    if (length >= cluster.size()) return static_cast<ImWchar>(first);
    BrowserFontSource* source = widget_font_source();
    if (source == nullptr) return static_cast<ImWchar>(first);
    const std::string key(cluster);
    if (const auto found = source->cluster_glyphs.find(key); found != source->cluster_glyphs.end()) {
        return found->second;
    }
    const ImWchar glyph = kFirstClusterGlyph + static_cast<ImWchar>(source->clusters.size());
    if (glyph > kLastClusterGlyph) return static_cast<ImWchar>(first); // drawn as its parts
    source->clusters.push_back(key);
    source->cluster_glyphs.emplace(key, glyph);
    return glyph;
}

float cluster_advance(std::string_view cluster)
{
    return ImGui::GetFontBaked()->GetCharAdvance(glyph_for_cluster(cluster));
}

float draw_cluster(ImDrawList* draw_list, ImVec2 pos, ImU32 colour, std::string_view cluster)
{
    const ImWchar glyph = glyph_for_cluster(cluster);
    ImGui::GetFont()->RenderChar(draw_list, ImGui::GetFontSize(), pos, colour, glyph);
    return ImGui::GetFontBaked()->GetCharAdvance(glyph);
}

int missing_glyph_count()
{
    const BrowserFontSource* source = widget_font_source();
    return source ? static_cast<int>(source->missing_code_points.size()) : 0;
}

GlyphStats glyph_stats()
{
    const BrowserFontSource* source = widget_font_source();
    return source ? source->stats : GlyphStats{};
}

} // namespace cw

#ifdef IMGUI_ENABLE_FREETYPE
// The web build defines IMGUI_ENABLE_FREETYPE without FreeType (cmake/web.cmake). Dear ImGui 1.92.2b has
// no switch to leave out its default font loader, and that default is stb_truetype (some 26 KB of wasm
// the widget never runs) unless the FreeType one is chosen; so the FreeType slot answers with this
// file's loader. The widget's fonts name their loader themselves (load_fonts); this only keeps
// stb_truetype out of the module.
namespace ImGuiFreeType {
const ImFontLoader* GetFontLoader()
{
    return &cw::browser_font_loader();
}
} // namespace ImGuiFreeType
#endif
