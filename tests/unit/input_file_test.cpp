// campaign-check reads its files where they lie (mapped into memory). A file another program shortens
// while the command reads it must not kill the command with a bus error and no word: it says which file
// changed and stops with exit code 2, as for a file it cannot read.
#include "cli/input_file.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string temporary_file(const std::string& contents)
{
    char path[] = "/tmp/input-file-test-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, contents.data(), contents.size()) == static_cast<ssize_t>(contents.size()));
    close(fd);
    return path;
}

struct ChildResult {
    int status = 0;
    std::string error_output;
};

// Runs `body` in a child process and collects how it ended and what it wrote to standard error.
template <class Body>
ChildResult run_in_child(Body body)
{
    int pipe_ends[2];
    REQUIRE(pipe(pipe_ends) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(pipe_ends[0]);
        dup2(pipe_ends[1], STDERR_FILENO);
        body();
        _exit(0);
    }
    close(pipe_ends[1]);
    ChildResult result;
    char buffer[512];
    ssize_t count;
    while ((count = read(pipe_ends[0], buffer, sizeof buffer)) > 0) result.error_output.append(buffer, static_cast<std::size_t>(count));
    close(pipe_ends[0]);
    REQUIRE(waitpid(child, &result.status, 0) == child);
    return result;
}

} // namespace

TEST_CASE("a file read whole reads as written")
{
    const std::string path = temporary_file("Obol $OBOL #Gate广场\n");
    const cw::cli::InputFile file(path);
    CHECK(file.error().empty());
    CHECK(file.bytes() == "Obol $OBOL #Gate广场\n");
    unlink(path.c_str());
}

TEST_CASE("a file shortened by another program while it is read stops the command with a message")
{
    const std::string contents(3 * 4096, 'x');
    const std::string path = temporary_file(contents);
    const ChildResult result = run_in_child([&] {
        const cw::cli::InputFile file(path);
        if (truncate(path.c_str(), 0) != 0) _exit(10);
        // Read past the new end, as the check would.
        volatile char last = file.bytes()[file.bytes().size() - 1];
        (void)last;
        _exit(0); // no error at all: the file was read before it changed (a copy)
    });
    unlink(path.c_str());
    CAPTURE(result.error_output);
    if (WIFEXITED(result.status) && WEXITSTATUS(result.status) == 0) {
        SUCCEED("read before it changed"); // what a read (not mapped) file gives: nothing lost either
        return;
    }
    REQUIRE(WIFEXITED(result.status)); // not killed by a signal
    CHECK(WEXITSTATUS(result.status) == 2);
    CHECK(result.error_output.find(path) != std::string::npos);
    CHECK(result.error_output.find("changed while") != std::string::npos);
}
