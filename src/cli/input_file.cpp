#include "cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <sys/stat.h>

namespace cw::cli {

InputFile::InputFile(const std::string& path)
{
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) {
        error_ = std::strerror(errno);
        return;
    }
    struct stat info;
    const bool regular = fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode);
    if (regular && info.st_size > 0) {
        void* mapped = mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fileno(file), 0);
        if (mapped != MAP_FAILED) {
            mapped_ = mapped;
            mapped_size_ = static_cast<std::size_t>(info.st_size);
            bytes_ = std::string_view(static_cast<const char*>(mapped), mapped_size_);
        }
    }
    if (mapped_ == nullptr) {
        // Its size known, the string is sized once: grown by doubling, its pages were touched twice over.
        if (regular) read_.reserve(static_cast<std::size_t>(info.st_size));
        read_all(file);
    }
    if (file != stdin) std::fclose(file);
}

InputFile::~InputFile()
{
    if (mapped_ != nullptr) munmap(mapped_, mapped_size_);
}

// A directory opens but fails to read (EISDIR).
void InputFile::read_all(std::FILE* file)
{
    char buffer[1 << 16];
    while (true) {
        const std::size_t count = std::fread(buffer, 1, sizeof buffer, file);
        read_.append(buffer, count);
        if (count < sizeof buffer) break;
    }
    if (std::ferror(file)) error_ = std::strerror(errno != 0 ? errno : EIO);
    bytes_ = read_;
}

} // namespace cw::cli
