// SPDX-License-Identifier: MIT
#include "wijknet/model/attributes.hpp"

namespace wijknet {

const std::string* find_attribute(const Attributes& attributes, std::string_view name) {
    for (const auto& attribute : attributes)
        if (attribute.name == name) return &attribute.value;
    return nullptr;
}

void set_attribute(Attributes& attributes, std::string_view name, std::string value) {
    for (auto& attribute : attributes) {
        if (attribute.name == name) {
            attribute.value = std::move(value);
            return;
        }
    }
    attributes.push_back({std::string(name), std::move(value)});
}

}  // namespace wijknet
