// SPDX-License-Identifier: MIT
#include "value_type.hpp"

#include <algorithm>

namespace wijknet {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// `0` or digits without a leading zero.
bool is_whole_part(std::string_view digits) {
    return !digits.empty() && std::all_of(digits.begin(), digits.end(), is_digit) && (digits == "0" || digits.front() != '0');
}

std::string_view unsigned_part(std::string_view value) { return value.starts_with('-') ? value.substr(1) : value; }

}  // namespace

bool is_plain_integer(std::string_view value) {
    // Longer numbers do not fit the 64 bits the readers give an integer.
    const std::string_view digits = unsigned_part(value);
    return digits.size() <= 18 && is_whole_part(digits);
}

bool is_plain_decimal(std::string_view value) {
    const std::string_view number = unsigned_part(value);
    const auto point = number.find('.');
    if (point == std::string_view::npos) return false;
    const std::string_view fraction = number.substr(point + 1);
    return is_whole_part(number.substr(0, point)) && !fraction.empty() && fraction.size() <= 17 &&
           std::all_of(fraction.begin(), fraction.end(), is_digit);
}

}  // namespace wijknet
