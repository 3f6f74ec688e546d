// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace wijknet {

/// The narrowest type every value of a kept attribute fits, for writers of formats that type
/// their attributes (GraphML, GEXF), so that networkx, igraph and Gephi read numbers as numbers.
enum class ValueType { integer, decimal, boolean, text };

/// Only numbers written the way those programs write them back count as numbers: `007` or `1,5`
/// would not come back as they were, so they stay text.
[[nodiscard]] bool is_plain_integer(std::string_view value);
[[nodiscard]] bool is_plain_decimal(std::string_view value);

/// The type of an attribute whose values are `values` (a range of string-like values).
template <class Values>
ValueType narrowest_type(const Values& values) {
    bool integer = true, decimal = true, boolean = true;
    for (const auto& value : values) {
        const std::string_view text(value);
        integer = integer && is_plain_integer(text);
        decimal = decimal && (is_plain_integer(text) || is_plain_decimal(text));
        boolean = boolean && (text == "true" || text == "false");
    }
    return integer ? ValueType::integer : decimal ? ValueType::decimal : boolean ? ValueType::boolean : ValueType::text;
}

/// The type's name in GraphML's `attr.type` and GEXF's `type`, which share them.
constexpr const char* type_name(ValueType type) {
    switch (type) {
        case ValueType::integer: return "long";
        case ValueType::decimal: return "double";
        case ValueType::boolean: return "boolean";
        case ValueType::text: return "string";
    }
    return "string";
}

}  // namespace wijknet
