// SPDX-License-Identifier: MIT
#include "wijknet/io/atomic_output.hpp"

#include <unistd.h>

#include <atomic>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

std::filesystem::path temporary_name_for(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    auto name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                std::to_string(counter++);
    return target.parent_path() / name;
}

}  // namespace

AtomicOutput::AtomicOutput(std::filesystem::path target)
    : target_(std::move(target)), temporary_(temporary_name_for(target_)) {
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw RunError("cannot write " + target_.string() + ": cannot create a file in " +
                                 (target_.parent_path().empty() ? std::string(".") : target_.parent_path().string()));
}

AtomicOutput::~AtomicOutput() {
    if (committed_) return;
    stream_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

void AtomicOutput::commit() {
    stream_.flush();
    const bool written = static_cast<bool>(stream_);
    stream_.close();
    if (!written || stream_.fail()) throw RunError("cannot write " + target_.string() + " (disk full?)");
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) throw RunError("cannot write " + target_.string() + ": " + error.message());
    committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, const std::string& content) {
    AtomicOutput output(target);
    output.stream() << content;
    output.commit();
}

}  // namespace wijknet
