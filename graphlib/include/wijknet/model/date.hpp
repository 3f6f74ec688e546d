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
    /// Parses `YYYY-MM-DD` (ISO) or `DD-MM-YYYY` (as Dutch spreadsheets write); also with `/` or `.`.
    /// Returns nothing for text that is not a real calendar day.
    static std::optional<Date> parse(std::string_view text);
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
