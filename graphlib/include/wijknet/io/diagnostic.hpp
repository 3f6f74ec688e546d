// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace wijknet {

/// \brief One problem in a user's file: where it is and what was expected.
struct Diagnostic {
    std::string file;
    /// 1-based line; 0 when the problem concerns the whole file.
    std::size_t line = 0;
    std::string message;

    /// `file:line: message` (or `file: message` without a line), the form editors jump to, with
    /// control characters and bytes that are not UTF-8 shown as `\xNN`.
    [[nodiscard]] std::string to_string() const;
    bool operator==(const Diagnostic&) const = default;
};

/// \brief Collects every problem found while reading, so the user sees them all at once.
class DiagnosticList {
public:
    void add(std::string file, std::size_t line, std::string message);
    void append(const DiagnosticList& other);
    /// Puts `other`'s problems before these: a problem that explains others of its line first.
    void prepend(const DiagnosticList& other);
    [[nodiscard]] bool empty() const { return items_.empty(); }
    [[nodiscard]] std::size_t size() const { return items_.size(); }
    [[nodiscard]] const std::vector<Diagnostic>& items() const { return items_; }
    /// \throws InputError when any problem was found.
    void throw_if_any() const;

private:
    std::vector<Diagnostic> items_;
};

/// \brief Bad input: the file cannot be used as it is. Carries every problem found.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    InputError(std::string file, std::size_t line, std::string message);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

/// \brief A failure while running that is not the input's fault (disk full, unwritable folder).
class RunError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace wijknet
