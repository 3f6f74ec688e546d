// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace wijknet {

/// \brief Replaces some files of a folder in one step: a reader, a crash or `kill -9` sees
/// either every old file or every new one, never a new actors.csv beside an old ties.csv.
///
/// The new files are written into a staging folder beside the target. commit() gives the
/// staging folder the target's other files (hard links, so nothing is copied) and swaps the
/// two folders in one `renameat2(RENAME_EXCHANGE)`; the target's own folders are then moved
/// across and the old folder removed once empty. A file system that cannot swap or link, or a
/// folder inside that cannot be moved (a mount point, or not writable), falls back to one rename
/// per file (then a crash between them can still mix the files). A staging folder that a killed
/// run left behind is cleared by the next replacement of the same folder, its folders moved back
/// first; what cannot go back stays in it.
class FolderReplacement {
public:
    /// \throws RunError when the staging folder cannot be created.
    explicit FolderReplacement(const std::filesystem::path& folder);
    ~FolderReplacement();
    FolderReplacement(const FolderReplacement&) = delete;
    FolderReplacement& operator=(const FolderReplacement&) = delete;

    /// Writes the new file `name` (a plain file name), to be put in place by commit().
    /// \throws RunError when it cannot be written whole (a full disk, say).
    void write(const std::string& name, std::string_view content);
    /// Puts every staged file in place. \throws RunError when that fails; the folder then still
    /// holds its old files.
    void commit();

private:
    [[nodiscard]] bool link_other_files();
    void exchange_and_remove_old();
    void rename_one_by_one();

    std::filesystem::path target_;
    std::filesystem::path staging_;
    std::vector<std::string> names_;
    std::vector<std::string> linked_;
    bool committed_ = false;
};

}  // namespace wijknet
