// SPDX-License-Identifier: MIT
#include "wijknet/analysis/support_flow.hpp"

namespace wijknet {

bool supports(const Tie& tie, ActorIndex actor) {
    if (!tie.direction) return true;
    switch (*tie.direction) {
        case SupportDirection::both: return true;
        case SupportDirection::to_target: return tie.target == actor;
        case SupportDirection::to_source: return tie.source == actor;
        case SupportDirection::none: return false;
    }
    return false;
}

bool supported_by(const Tie& tie, ActorIndex actor) { return supports(tie, tie.other(actor)); }

bool is_good_contact(const Tie& tie) {
    return tie.formality() == Formality::informal && tie.strength != Strength::weak &&
           tie.valence != Valence::stressful && tie.valence != Valence::conflict;
}

}  // namespace wijknet
