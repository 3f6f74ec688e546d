// SPDX-License-Identifier: MIT
#include "mapped_text.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "mapped_region_guard.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

bool same_time(const timespec& a, const timespec& b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

}  // namespace

MappedText::MappedText(const std::filesystem::path& path) : MappedText(AT_FDCWD, path) {}

MappedText::MappedText(int folder_descriptor, const std::filesystem::path& path) : path_(path) {
    const auto name = folder_descriptor == AT_FDCWD ? path : path.filename();
    descriptor_ = ::openat(folder_descriptor, name.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor_ < 0)
        throw InputError(path.string(), 0, std::string("cannot be opened: ") + std::strerror(errno) + " (expected a readable file)");
    struct stat status {};
    if (::fstat(descriptor_, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(descriptor_);
        throw InputError(path.string(), 0, "is not a regular file (expected a readable file)");
    }
    opened_size_ = status.st_size;
    opened_modified_ = status.st_mtim;
    size_ = static_cast<std::size_t>(status.st_size);
    data_ = "";
    if (size_ == 0) return;
    void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, descriptor_, 0);
    if (mapped == MAP_FAILED) {
        read_into_memory();  // a file system that cannot map files
        return;
    }
    guard_slot_ = mapped_region_guard::guard(mapped, size_);
    if (guard_slot_ < 0) {
        ::munmap(mapped, size_);
        read_into_memory();
        return;
    }
    data_ = static_cast<const char*>(mapped);
    ::madvise(mapped, size_, MADV_SEQUENTIAL);  // read once, front to back
}

void MappedText::read_into_memory() {
    in_memory_.resize(size_);
    std::size_t done = 0;
    while (done < size_) {
        const ssize_t got = ::pread(descriptor_, in_memory_.data() + done, size_ - done, static_cast<off_t>(done));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            const int read_error = errno;
            ::close(descriptor_);
            throw InputError(path_.string(), 0, std::string("cannot be read: ") + std::strerror(read_error));
        }
        if (got == 0) break;  // shortened meanwhile: changed() says so
        done += static_cast<std::size_t>(got);
    }
    in_memory_.resize(done);
    data_ = in_memory_.data();
    size_ = done;
}

MappedText::~MappedText() {
    if (guard_slot_ >= 0) {
        mapped_region_guard::unguard(guard_slot_);
        ::munmap(const_cast<char*>(data_), size_);
    }
    if (descriptor_ >= 0) ::close(descriptor_);
}

void MappedText::release(std::size_t from, std::size_t to) {
    if (guard_slot_ < 0) return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t first = (from + page - 1) / page * page;
    const std::size_t last = std::min(to, size_) / page * page;
    if (last > first) ::madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

bool MappedText::changed() const {
    if (guard_slot_ >= 0 && mapped_region_guard::was_cut(guard_slot_)) return true;
    struct stat status {};
    if (::fstat(descriptor_, &status) != 0) return true;
    return status.st_size != opened_size_ || !same_time(status.st_mtim, opened_modified_) ||
           static_cast<std::size_t>(opened_size_) != size_;
}

void MappedText::expect_unchanged() const {
    if (changed())
        throw InputError(path_.string(), 0, std::string(changed_while_read_message));
}

}  // namespace wijknet
