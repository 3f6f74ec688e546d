// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "wijknet/store/project_log.hpp"

namespace wijknet::store {

/// \brief What is wrong with one field of a change: the field's name and the problem in words.
struct FieldProblem {
    std::string field;
    std::string message;
    bool operator==(const FieldProblem&) const = default;
};

/// \brief A change that cannot be made as asked (a name left empty, a tie to oneself, an unknown
/// value). Nothing was changed. Carries every problem, each with its field.
class ChangeRefused : public std::runtime_error {
public:
    explicit ChangeRefused(std::vector<FieldProblem> problems);
    ChangeRefused(std::string field, std::string message);
    [[nodiscard]] const std::vector<FieldProblem>& problems() const { return problems_; }

private:
    std::vector<FieldProblem> problems_;
};

/// \brief A change based on a revision of something that has changed since: refused, never
/// applied over the newer state. Says who changed it and when.
class StaleRevision : public std::runtime_error {
public:
    StaleRevision(const std::string& what, Revision based_on, const LogEntry& latest);
    [[nodiscard]] Revision current() const { return latest_.id; }
    [[nodiscard]] const LogEntry& latest() const { return latest_; }

private:
    LogEntry latest_;
};

/// \brief An actor or tie the project does not hold (any more).
class NotFound : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace wijknet::store
