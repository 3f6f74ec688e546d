// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wijknet {

/// \brief A calendar day, as used for a tie's `since` and `until`.
class Date {
public:
    /// Parses `YYYY-MM-DD` (ISO) or `DD-MM-YYYY` (as Dutch spreadsheets write), also with `/` or
    /// `.`, months and days with or without a leading zero (`1-3-2024`, `2024-3-1`), and a time
    /// after the day read past (`01-03-2024 00:00`, `2024-03-01T00:00:00Z`). Returns nothing for
    /// text that is not a real calendar day, and for a two-digit year, which could be two centuries.
    static std::optional<Date> parse(std::string_view text);
    /// Whether `text` looks like a day with a two-digit year (`1-3-24`): a message can then say so.
    static bool has_two_digit_year(std::string_view text);
    static Date from_ymd(int year, unsigned month, unsigned day);
    static Date from_days_since_epoch(std::int32_t days) { return Date{days}; }

    /// `YYYY-MM-DD`.
    [[nodiscard]] std::string to_string() const;
    [[nodiscard]] std::int32_t days_since_epoch() const { return days_; }

    constexpr auto operator<=>(const Date&) const = default;

private:
    explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

}  // namespace wijknet
