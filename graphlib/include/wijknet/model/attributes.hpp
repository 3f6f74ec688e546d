// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wijknet {

/// \brief A free attribute the model has no field for (a column or GraphML key wijknet does not
/// know), kept as text so it survives every round trip.
struct Attribute {
    std::string name;
    std::string value;
    bool operator==(const Attribute&) const = default;
};

/// Few per actor or tie, so a small vector beats a map in memory and speed.
using Attributes = std::vector<Attribute>;

/// The value of attribute `name`, or nothing.
const std::string* find_attribute(const Attributes& attributes, std::string_view name);
/// Sets attribute `name`, replacing an earlier value.
void set_attribute(Attributes& attributes, std::string_view name, std::string value);

/// The free attribute names used by `count` actors or ties, whose attributes `attributes_of(i)`
/// gives, in first-seen order, so written columns and keys follow the user's own order.
template <class AttributesOf>
std::vector<std::string> attribute_names(std::size_t count, AttributesOf&& attributes_of) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i)
        for (const Attribute& attribute : attributes_of(i))
            if (std::find(names.begin(), names.end(), attribute.name) == names.end()) names.push_back(attribute.name);
    return names;
}

}  // namespace wijknet
