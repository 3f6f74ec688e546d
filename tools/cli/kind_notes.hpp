// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>

#include "wijknet/model/network.hpp"

namespace wijknet::cli {

// A network imported from a tool that knows no kinds (a plain networkx or Gephi graph) has no
// residents, no clients and ties of unspecified kind. A verb that then finds no one to report
// says why, and how to give a kind, instead of printing "(none)". Notes go to the error stream,
// so that CSV and JSON on standard output stay clean.

/// When no actor is a resident: which kinds there are, and how to give one.
void note_when_no_residents(const Network& network, std::ostream& err);
/// When no actor is a client: how to mark one or measure one actor.
void note_when_no_clients(const Network& network, std::ostream& err);
/// When ties are of unspecified kind: that their contacts count as neither formal nor informal.
void note_unspecified_ties(const Network& network, std::ostream& err);
/// When no tie says what support it carries: that missing support is unknown, not flagged.
void note_no_support_recorded(const Network& network, std::ostream& err);

}  // namespace wijknet::cli
