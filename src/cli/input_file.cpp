#include "cli/input_file.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::cli {

namespace {

// The mappings alive, with the message for each, written before the mapping is read: the handler may
// only compare addresses, write and exit (async-signal-safe calls).
struct WatchedMapping {
    const char* begin = nullptr;
    const char* end = nullptr;
    std::string message;
};
constexpr int kWatchedMappings = 4; // the campaign and the draft
WatchedMapping watched[kWatchedMappings];

void stop_on_changed_file(int, siginfo_t* info, void*)
{
    const char* address = static_cast<const char*>(info->si_addr);
    constexpr char unknown[] = "campaign-check: a file changed while it was being read; nothing was checked\n";
    const char* message = unknown;
    std::size_t size = sizeof unknown - 1;
    for (const WatchedMapping& mapping : watched) {
        if (mapping.begin != nullptr && address >= mapping.begin && address < mapping.end) {
            message = mapping.message.data();
            size = mapping.message.size();
        }
    }
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, message, size);
    _exit(2);
}

int watch(const void* mapped, std::size_t size, const std::string& path)
{
    static const bool installed = [] {
        struct sigaction action = {};
        action.sa_sigaction = stop_on_changed_file;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        return sigaction(SIGBUS, &action, nullptr) == 0;
    }();
    if (!installed) return -1;
    for (int slot = 0; slot < kWatchedMappings; ++slot) {
        WatchedMapping& mapping = watched[slot];
        if (mapping.begin != nullptr) continue;
        mapping.message = "campaign-check: " + path +
                          " changed while it was being read (another program shortened it); nothing was checked: "
                          "run the command again\n";
        mapping.end = static_cast<const char*>(mapped) + size;
        mapping.begin = static_cast<const char*>(mapped);
        return slot;
    }
    return -1;
}

} // namespace

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
            watch_slot_ = watch(mapped, mapped_size_, path);
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
    if (watch_slot_ >= 0) watched[watch_slot_].begin = nullptr;
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
