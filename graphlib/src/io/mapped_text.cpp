// SPDX-License-Identifier: MIT
#include "mapped_text.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

MappedText::MappedText(const std::filesystem::path& path) {
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        throw InputError(path.string(), 0, std::string("cannot be opened: ") + std::strerror(errno) + " (expected a readable file)");
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(descriptor);
        throw InputError(path.string(), 0, "is not a regular file (expected a readable file)");
    }
    size_ = static_cast<std::size_t>(status.st_size);
    if (size_ > 0) {
        void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, descriptor, 0);
        const int map_error = errno;
        ::close(descriptor);
        if (mapped == MAP_FAILED) {
            size_ = 0;
            throw InputError(path.string(), 0, std::string("cannot be read: ") + std::strerror(map_error));
        }
        data_ = static_cast<const char*>(mapped);
        ::madvise(mapped, size_, MADV_SEQUENTIAL);  // read once, front to back
    } else {
        ::close(descriptor);
        data_ = "";
    }
}

MappedText::~MappedText() {
    if (size_ > 0) ::munmap(const_cast<char*>(data_), size_);
}

void MappedText::release(std::size_t from, std::size_t to) {
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t first = (from + page - 1) / page * page;
    const std::size_t last = std::min(to, size_) / page * page;
    if (last > first) ::madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

}  // namespace wijknet
