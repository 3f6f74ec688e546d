// SPDX-License-Identifier: MIT
#include "wijknet/io/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

std::string summary(const std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return "bad input";
    std::string text = diagnostics.front().to_string();
    if (diagnostics.size() > 1) text += " (and " + std::to_string(diagnostics.size() - 1) + " more problems)";
    return text;
}

}  // namespace

std::string Diagnostic::to_string() const {
    // A message may quote a value of a damaged file: NUL bytes and stray bytes stay visible.
    const std::string shown = text::printable(message);
    if (line == 0) return text::printable(file) + ": " + shown;
    return text::printable(file) + ":" + std::to_string(line) + ": " + shown;
}

void DiagnosticList::add(std::string file, std::size_t line, std::string message) {
    items_.push_back({std::move(file), line, std::move(message)});
}

void DiagnosticList::append(const DiagnosticList& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void DiagnosticList::prepend(const DiagnosticList& other) {
    items_.insert(items_.begin(), other.items_.begin(), other.items_.end());
}

void DiagnosticList::throw_if_any() const {
    if (items_.empty()) return;
    // Problems are found in passes (fields, then ids across the file); the user reads them by line.
    auto sorted = items_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    throw InputError(std::move(sorted));
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(std::string file, std::size_t line, std::string message)
    : InputError(std::vector<Diagnostic>{{std::move(file), line, std::move(message)}}) {}

}  // namespace wijknet
