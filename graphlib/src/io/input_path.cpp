// SPDX-License-Identifier: MIT
#include "input_path.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& what, std::string_view expected) {
    throw InputError(path.string(), 0, what + " (expected " + std::string(expected) + ")");
}

[[noreturn]] void refuse_unreachable(const std::filesystem::path& path, int error, std::string_view expected) {
    struct stat link {};
    switch (error) {
        case ENOENT:
            if (::lstat(path.c_str(), &link) == 0) refuse(path, "is a symbolic link to something that does not exist", expected);
            refuse(path, "not found", expected);
        case ELOOP: refuse(path, "is a loop of symbolic links", expected);
        case EACCES: refuse(path, "cannot be reached: permission denied", expected);
        case ENOTDIR: refuse(path, "not found: part of the path is a file, not a folder", expected);
        default: refuse(path, std::string("cannot be reached: ") + std::strerror(error), expected);
    }
}

const char* special_kind(mode_t mode) {
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

}  // namespace

InputKind input_kind(const std::filesystem::path& path, std::string_view expected) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) refuse_unreachable(path, errno, expected);
    if (S_ISDIR(status.st_mode)) return InputKind::folder;
    if (S_ISREG(status.st_mode)) return InputKind::file;
    refuse(path, std::string("is ") + special_kind(status.st_mode) + ", not a file", expected);
}

void expect_input_file(const std::filesystem::path& path, std::string_view expected) {
    if (input_kind(path, expected) == InputKind::folder) refuse(path, "is a folder, not a file", expected);
}

}  // namespace wijknet
