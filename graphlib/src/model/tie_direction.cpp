// SPDX-License-Identifier: MIT
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

constexpr const char* directed_mark = "directed";

}  // namespace

void mark_directed(Attributes& attributes) { set_attribute(attributes, directed_mark, "yes"); }

bool is_directed(const Attributes& attributes) {
    const auto* directed = find_attribute(attributes, directed_mark);
    return directed && *directed == "yes";
}

bool every_tie_directed(const Network& network) {
    for (std::size_t t = 0; t < network.tie_count(); ++t)
        if (!is_directed(network.tie_attributes(TieIndex{t}))) return false;
    return network.tie_count() > 0;
}

}  // namespace wijknet
