// SPDX-License-Identifier: MIT
#include "folder_replacement.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;

// `.NAME.wijknet-staging-PID-N`: the process id tells a later run whether its owner still lives.
std::string staging_prefix(const fs::path& target) { return "." + target.filename().string() + ".wijknet-staging-"; }

fs::path staging_name_for(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    return target.parent_path() /
           (staging_prefix(target) + std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

bool process_is_gone(const std::string& staging_suffix) {
    const auto pid = std::strtol(staging_suffix.c_str(), nullptr, 10);
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool is_folder(const fs::directory_entry& entry) {
    std::error_code error;
    return fs::is_directory(entry.symlink_status(error));
}

/// Empties a staging folder that holds the old folder after the swap (or a killed run's files):
/// its folders, which the staging folder never has of its own, go back into `target`; its files
/// (the old pair, and links to files the target has too) are removed; the folder itself only
/// once it is empty. A folder that cannot go back stays there, hidden but not lost.
void clear_staging(const fs::path& staging, const fs::path& target) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(staging, error))
        if (is_folder(entry)) ::renameat2(AT_FDCWD, entry.path().c_str(), AT_FDCWD, (target / entry.path().filename()).c_str(), RENAME_NOREPLACE);
    for (const auto& entry : fs::directory_iterator(staging, error))
        if (!is_folder(entry)) fs::remove(entry.path(), error);
    ::rmdir(staging.c_str());
}

void remove_stale_staging(const fs::path& target) {
    std::error_code error;
    const std::string prefix = staging_prefix(target);
    for (const auto& entry : fs::directory_iterator(target.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && process_is_gone(name.substr(prefix.size()))) clear_staging(entry.path(), target);
    }
}

/// Whether a folder inside the target can be moved out and back by rename: on the same file
/// system (not a mount point) and writable (a moved folder's `..` is rewritten).
bool can_move(const fs::path& folder, dev_t target_device) {
    struct stat status {};
    return ::lstat(folder.c_str(), &status) == 0 && status.st_dev == target_device && ::access(folder.c_str(), W_OK) == 0;
}

/// The folder to replace files in: a symbolic link to a folder stands for that folder.
fs::path resolved(const fs::path& folder) {
    std::error_code error;
    const fs::path real = fs::canonical(folder, error);
    return error ? fs::absolute(folder).lexically_normal() : real;
}

RunError cannot_write(const fs::path& target, const std::string& why) {
    return RunError("cannot write into " + target.string() + ": " + why);
}

}  // namespace

FolderReplacement::FolderReplacement(const fs::path& folder) : target_(resolved(folder)) {
    std::error_code error;
    fs::create_directories(target_.parent_path(), error);
    if (error) throw cannot_write(target_, "cannot create " + target_.parent_path().string() + ": " + error.message());
    remove_stale_staging(target_);
    staging_ = staging_name_for(target_);
    if (::mkdir(staging_.c_str(), 0777) != 0)
        throw cannot_write(target_, "cannot create a folder beside it: " + std::string(std::strerror(errno)));
}

FolderReplacement::~FolderReplacement() {
    if (committed_) return;
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

void FolderReplacement::write(const std::string& name, std::string_view content) {
    names_.push_back(name);
    std::ofstream out(staging_ / name, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw cannot_write(target_, name + " could not be written whole (is the disk full?)");
}

void FolderReplacement::commit() {
    std::error_code error;
    if (!fs::exists(target_, error)) {
        // Nothing to keep: the staging folder becomes the folder, unless one appeared meanwhile.
        const bool renamed = ::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) == 0 ||
                             (errno == EINVAL && ::rename(staging_.c_str(), target_.c_str()) == 0);
        if (renamed) {
            committed_ = true;
            return;
        }
        if (errno != EEXIST && errno != ENOTEMPTY) throw cannot_write(target_, std::strerror(errno));
    }
    if (!fs::is_directory(target_, error)) throw cannot_write(target_, "it is not a folder");
    if (link_other_files()) {
        exchange_and_remove_old();
    } else {
        rename_one_by_one();
    }
    committed_ = true;
}

bool FolderReplacement::link_other_files() {
    struct stat folder_status {};
    if (::stat(target_.c_str(), &folder_status) != 0) return false;
    ::chmod(staging_.c_str(), folder_status.st_mode & 07777);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(target_, error)) {
        const std::string name = entry.path().filename().string();
        if (std::find(names_.begin(), names_.end(), name) != names_.end()) continue;
        // A folder cannot be hard-linked: it is moved across after the swap, if it can be moved.
        if (is_folder(entry)) {
            if (!can_move(entry.path(), folder_status.st_dev)) return false;
            continue;
        }
        if (::linkat(AT_FDCWD, entry.path().c_str(), AT_FDCWD, (staging_ / name).c_str(), 0) != 0) return false;
        linked_.push_back(name);
    }
    return !error;
}

void FolderReplacement::exchange_and_remove_old() {
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0) {
        if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
            for (const auto& name : linked_) ::unlink((staging_ / name).c_str());
            linked_.clear();
            rename_one_by_one();
            return;
        }
        throw cannot_write(target_, std::strerror(errno));
    }
    // The staging path now names the old folder. Its folders, and a file that another program
    // put there after the links were made, are moved across, not lost.
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(staging_, error)) {
        const std::string name = entry.path().filename().string();
        const bool ours = std::find(names_.begin(), names_.end(), name) != names_.end() ||
                          std::find(linked_.begin(), linked_.end(), name) != linked_.end();
        if (!ours && !is_folder(entry)) ::renameat2(AT_FDCWD, entry.path().c_str(), AT_FDCWD, (target_ / name).c_str(), RENAME_NOREPLACE);
    }
    clear_staging(staging_, target_);
}

void FolderReplacement::rename_one_by_one() {
    for (const auto& name : names_) {
        std::error_code error;
        fs::rename(staging_ / name, target_ / name, error);
        if (error) throw cannot_write(target_, name + ": " + error.message());
    }
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

}  // namespace wijknet
