// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace wijknet {

/// Refuses a whole file that is not UTF-8 text, with the line of the first bad byte: readers of
/// formats that name no encoding (Pajek, DOT, GML) check this before they parse. `format` names
/// the file as the user knows it ("a Pajek file").
/// \throws InputError for a byte that is not UTF-8, or a control character or noncharacter.
void expect_plain_text(std::string_view text, const std::string& file, std::string_view format);

}  // namespace wijknet
