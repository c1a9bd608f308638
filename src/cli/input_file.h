// A file the command reads (the draft, a campaign), or standard input.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace cw::cli {

// A regular file is mapped into memory rather than read into a string: its pages come from the page
// cache as they are read, many to a page fault, where reading copied every byte into fresh memory
// first (for a 1 MiB draft, 256 page faults and a copy, a tenth of the check's time where a page fault
// is dear, as in a virtual machine). Standard input, pipes and whatever cannot be mapped are read.
// A mapped file that another program shortens while the command reads it would end the command with a
// bus error and no word: reading past its new end stops the command instead with a message naming the
// file and exit code 2, as for a file that cannot be read (nothing is written but that message and
// what was printed before).
class InputFile {
public:
    explicit InputFile(const std::string& path); // "-" is standard input
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    std::string_view bytes() const { return bytes_; }
    const std::string& error() const { return error_; } // empty when the draft was read

private:
    void read_all(std::FILE* file);

    std::string read_;      // the bytes, when read
    void* mapped_ = nullptr; // the mapping, when mapped
    std::size_t mapped_size_ = 0;
    int watch_slot_ = -1; // its place among the mappings the bus-error handler knows
    std::string_view bytes_;
    std::string error_;
};

} // namespace cw::cli
