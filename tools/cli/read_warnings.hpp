// SPDX-License-Identifier: MIT
// What a reader left out of a network and why, told on the standard error of the verb that
// reads it: verbs read their NETWORK in many places, and the stream belongs to the run.
#pragma once

#include <ostream>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::cli {

/// \brief While alive, read warnings go to `err` (run() makes one around each verb).
class ReadWarningsTo {
public:
    explicit ReadWarningsTo(std::ostream& err);
    ~ReadWarningsTo();
    ReadWarningsTo(const ReadWarningsTo&) = delete;
    ReadWarningsTo& operator=(const ReadWarningsTo&) = delete;

private:
    std::ostream* before_;
};

/// Tells each warning as `wijknet: warning: FILE:LINE: message`, then how many there were.
void tell_read_warnings(const DiagnosticList& warnings);

}  // namespace wijknet::cli
