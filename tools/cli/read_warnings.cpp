// SPDX-License-Identifier: MIT
#include "read_warnings.hpp"

namespace wijknet::cli {
namespace {

// One per thread: tests run verbs on several threads at once.
thread_local std::ostream* warnings_stream = nullptr;

}  // namespace

ReadWarningsTo::ReadWarningsTo(std::ostream& err) : before_(warnings_stream) { warnings_stream = &err; }

ReadWarningsTo::~ReadWarningsTo() { warnings_stream = before_; }

void tell_read_warnings(const DiagnosticList& warnings) {
    if (!warnings_stream || warnings.empty()) return;
    for (const auto& warning : warnings.items()) *warnings_stream << "wijknet: warning: " << warning.to_string() << '\n';
    if (warnings.size() > 1) *warnings_stream << "wijknet: " << warnings.size() << " warnings\n";
}

}  // namespace wijknet::cli
