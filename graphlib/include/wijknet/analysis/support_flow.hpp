// SPDX-License-Identifier: MIT
#pragma once

#include "wijknet/model/tie.hpp"

namespace wijknet {

/// Whether the tie's support (its P/G/A/E letters) flows to `actor`. A tie without a direction
/// counts as support to both ends: the ecogram asks "who supports you" and records the answer
/// without a direction.
bool supports(const Tie& tie, ActorIndex actor);

/// Whether `actor` gives the tie's support to the other end.
bool supported_by(const Tie& tie, ActorIndex actor);

/// A good contact protects against loneliness: an informal tie that is not weak, not stressful
/// and not in conflict (Movisie: four or five such contacts).
bool is_good_contact(const Tie& tie);

}  // namespace wijknet
