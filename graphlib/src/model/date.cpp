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
    // A time after the day, as Excel shows a date cell (01-03-2024 00:00) or ISO 8601 writes it
    // (2024-03-01T00:00:00Z), is read past: a tie's dates are days.
    if (const auto time = text.find_first_of(" T"); time != std::string_view::npos && time >= 6) {
        const std::string_view rest = text.substr(time + 1);
        if (rest.empty() || rest.find(':') == std::string_view::npos) return std::nullopt;
        text = text.substr(0, time);
    }
    const auto separator = text.find_first_of("-/.");
    if (separator == std::string_view::npos) return std::nullopt;
    const char mark = text[separator];
    const auto second = text.find(mark, separator + 1);
    if (second == std::string_view::npos || text.find(mark, second + 1) != std::string_view::npos) return std::nullopt;
    const std::string_view first_part = text.substr(0, separator);
    const std::string_view middle_part = text.substr(separator + 1, second - separator - 1);
    const std::string_view last_part = text.substr(second + 1);

    std::optional<int> year, month, day;
    // YYYY-M-D or D-M-YYYY, months and days with or without their leading zero.
    const auto short_part = [](std::string_view part) { return part.size() == 1 || part.size() == 2; };
    if (first_part.size() == 4 && short_part(middle_part) && short_part(last_part)) {
        year = parse_number(first_part), month = parse_number(middle_part), day = parse_number(last_part);
    } else if (last_part.size() == 4 && short_part(first_part) && short_part(middle_part)) {
        day = parse_number(first_part), month = parse_number(middle_part), year = parse_number(last_part);
    }
    if (!year || !month || !day || *month < 1 || *day < 1) return std::nullopt;

    const std::chrono::year_month_day ymd{std::chrono::year{*year},
                                          std::chrono::month{static_cast<unsigned>(*month)},
                                          std::chrono::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count())};
}

bool Date::has_two_digit_year(std::string_view text) {
    const auto last = text.find_last_of("-/.");
    if (last == std::string_view::npos || text.find_first_of("-/.") == last) return false;
    const std::string_view year = text.substr(last + 1);
    return year.size() == 2 && parse_number(year).has_value() && last <= 5;
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
