// SPDX-License-Identifier: MIT
#include "wijknet/model/date.hpp"

#include <chrono>
#include <cstdio>

namespace wijknet {
namespace {

std::optional<int> parse_number(std::string_view text) {
    if (text.empty() || text.size() > 4) return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10) return std::nullopt;
    const auto is_separator = [](char c) { return c == '-' || c == '/' || c == '.'; };

    std::optional<int> year, month, day;
    if (is_separator(text[4]) && text[7] == text[4]) {  // YYYY-MM-DD
        year = parse_number(text.substr(0, 4));
        month = parse_number(text.substr(5, 2));
        day = parse_number(text.substr(8, 2));
    } else if (is_separator(text[2]) && text[5] == text[2]) {  // DD-MM-YYYY
        day = parse_number(text.substr(0, 2));
        month = parse_number(text.substr(3, 2));
        year = parse_number(text.substr(6, 4));
    }
    if (!year || !month || !day || *month < 1 || *day < 1) return std::nullopt;

    const std::chrono::year_month_day ymd{std::chrono::year{*year},
                                          std::chrono::month{static_cast<unsigned>(*month)},
                                          std::chrono::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count())};
}

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    return Date{static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count())};
}

std::string Date::to_string() const {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days_}}};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

}  // namespace wijknet
