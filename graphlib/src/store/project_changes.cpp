// SPDX-License-Identifier: MIT
// The changes to a project: each one checked, written in one transaction, and only then made to
// the network in memory, so that what the project shows is always what the file holds.
#include <algorithm>
#include <random>
#include <set>

#include "change_fields.hpp"
#include "project_state.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::store {
namespace {

void refuse_if_any(std::vector<FieldProblem>& problems) {
    if (!problems.empty()) throw ChangeRefused(std::move(problems));
}

/// An id for an actor the user gave none: short, random, and saying nothing about the person.
std::string new_actor_id(const Network& network) {
    static constexpr std::string_view alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    std::random_device device;
    for (;;) {
        std::string id = "a-";
        for (int i = 0; i < 8; ++i) id += alphabet[device() % alphabet.size()];
        if (!network.find_actor(id)) return id;
    }
}

void check_new_actor(const Network& network, const Actor& actor, std::vector<FieldProblem>& problems) {
    if (network.find_actor(actor.id))
        problems.push_back({"id", "'" + actor.id + "' is already in the project (expected a new id)"});
    if (actor.name.empty()) problems.push_back({"name", "is empty (expected the name of the person or organisation)"});
}

Tie without_dates(Tie tie) {
    tie.since.reset();
    tie.until.reset();
    return tie;
}

Date day_before(Date day) { return Date::from_days_since_epoch(day.days_since_epoch() - 1); }

}  // namespace

Revision Project::add_actor(const Fields& fields, const ChangeNote& note, std::string* id) {
    refresh();
    State& state = *state_;
    std::vector<FieldProblem> problems;
    Actor actor = actor_from_fields(fields, problems);
    if (actor.id.empty()) actor.id = new_actor_id(state.network);
    check_new_actor(state.network, actor, problems);
    refuse_if_any(problems);

    auto transaction = state.backend->begin();
    LogEntry entry = state.entry("create", "actor", actor.id, note.client.empty() && actor.is_client ? actor.id : note.client, note);
    entry.after = actor_fields(actor);
    const Revision made = transaction->append_log(entry);
    const std::int64_t row = transaction->insert_actor(actor, made);
    transaction->commit();

    if (id) *id = actor.id;
    state.remember_actor(std::move(actor), row, made);
    state.revision = made;
    return made;
}

Revision Project::change_actor(std::string_view id, const Fields& changes, Revision based_on, const ChangeNote& note) {
    refresh();
    State& state = *state_;
    const ActorIndex index = state.actor_named(id);
    const Fields before = fields_of(state.network, index);
    std::vector<FieldProblem> problems;
    Actor actor = actor_from_fields(overlaid(before, changes, FieldsOf::actor), problems);
    if (actor.id != id) problems.push_back({"id", "cannot change (expected '" + std::string(id) + "'; add a new actor instead)"});
    if (actor.name.empty()) problems.push_back({"name", "is empty (expected the name of the person or organisation)"});
    refuse_if_any(problems);
    if (actor == state.network.actor(index) && based_on == state.actor_revisions[index.value()]) return based_on;

    const std::int64_t row = state.actor_rows[index.value()];
    auto transaction = state.backend->begin();
    transaction->expect_revision(StoredObject::actor, row, based_on, "actor '" + std::string(id) + "'");
    LogEntry entry = state.entry("change", "actor", std::string(id), state.client_of(note, {index}), note);
    entry.before = before;
    entry.after = actor_fields(actor);
    const Revision made = transaction->append_log(entry);
    transaction->update_actor(row, actor, made);
    transaction->commit();

    state.network.actor(index) = std::move(actor);
    state.actor_revisions[index.value()] = made;
    state.revision = made;
    return made;
}

Revision Project::delete_actor(std::string_view id, Revision based_on, const ChangeNote& note) {
    refresh();
    State& state = *state_;
    const ActorIndex index = state.actor_named(id);
    std::set<std::int64_t> ties;
    for (const TieIndex version : state.network.ties_of(index)) ties.insert(state.versions[version.value()].tie);

    auto transaction = state.backend->begin();
    transaction->expect_revision(StoredObject::actor, state.actor_rows[index.value()], based_on, "actor '" + std::string(id) + "'");
    Revision made = 0;
    for (const std::int64_t tie : ties) {
        const TieIndex current = state.tie_record(TieId{tie}).newest;
        const Tie& shown = state.network.tie(current);
        LogEntry entry = state.entry("delete", "tie", std::to_string(tie), state.client_of(note, {shown.source, shown.target}), note);
        entry.before = fields_of(state.network, current);
        made = transaction->append_log(entry);
        transaction->delete_tie(tie);
    }
    LogEntry entry = state.entry("delete", "actor", std::string(id), state.client_of(note, {index}), note);
    entry.before = fields_of(state.network, index);
    made = transaction->append_log(entry);
    transaction->delete_actor(state.actor_rows[index.value()]);
    transaction->commit();
    // Every index after the actor's moves: read the project again.
    state.load();
    return made;
}

TieId Project::add_tie(const Fields& fields, const ChangeNote& note) {
    refresh();
    State& state = *state_;
    std::vector<FieldProblem> problems;
    TieFromFields made_tie = tie_from_fields(fields, problems);
    const auto end = [&](const std::string& id, const char* field) -> ActorIndex {
        if (id.empty()) {
            problems.push_back({field, "is empty (expected the id of an actor in the project)"});
            return {};
        }
        const auto found = state.network.find_actor(id);
        if (!found) problems.push_back({field, "names unknown actor '" + id + "' (expected an id from the project)"});
        return found.value_or(ActorIndex{});
    };
    Tie tie = made_tie.tie;
    tie.source = end(made_tie.source_id, "source");
    tie.target = end(made_tie.target_id, "target");
    if (tie.source.valid() && tie.source == tie.target)
        problems.push_back({"target", "is '" + made_tie.target_id + "', the source itself (expected two different actors)"});
    refuse_if_any(problems);

    auto transaction = state.backend->begin();
    const std::int64_t id = transaction->insert_tie(state.actor_rows[tie.source.value()], state.actor_rows[tie.target.value()], 0);
    LogEntry entry = state.entry("create", "tie", std::to_string(id), state.client_of(note, {tie.source, tie.target}), note);
    entry.after = tie_fields(tie, made_tie.attributes, made_tie.source_id, made_tie.target_id);
    const Revision made = transaction->append_log(entry);
    transaction->set_tie_revision(id, made);
    const Date today = state.today();
    const std::int64_t row = transaction->insert_version(id, tie, made_tie.attributes, today);
    transaction->commit();

    state.remember_version(tie, made_tie.attributes, row, id, today);
    state.tie_record(TieId{id}).revision = made;
    state.revision = made;
    return TieId{id};
}

Revision Project::change_tie(TieId tie, const Fields& changes, Revision based_on, const ChangeNote& note,
                             std::optional<Date> from) {
    refresh();
    State& state = *state_;
    State::TieRecord& record = state.tie_record(tie);
    const TieIndex current = record.newest;
    const Tie& old = state.network.tie(current);
    const Fields before = fields_of(state.network, current);
    std::vector<FieldProblem> problems;
    TieFromFields changed = tie_from_fields(overlaid(before, changes, FieldsOf::tie), problems);
    const auto& network = state.network;
    if (changed.source_id != network.actor(old.source).id)
        problems.push_back({"source", "cannot change (expected '" + network.actor(old.source).id + "'; end this tie and add a new one)"});
    if (changed.target_id != network.actor(old.target).id)
        problems.push_back({"target", "cannot change (expected '" + network.actor(old.target).id + "'; end this tie and add a new one)"});
    refuse_if_any(problems);
    Tie next = changed.tie;
    next.source = old.source;
    next.target = old.target;
    if (next == old && changed.attributes == network.tie_attributes(current)) return record.revision;

    const Date today = state.today();
    const Date day = from.value_or(today);
    const auto& version = state.versions[current.value()];
    // A new version only where there is history to keep: not for dates alone, an ended tie, a
    // version entered today (a slip corrected in the same talk), or a change from before it began.
    const bool correction = without_dates(next) == without_dates(old) || old.until || version.entered == today ||
                            (old.since && *old.since >= day);
    Tie closed = old;
    if (!correction) {
        closed.until = day_before(day);
        next.since = day;
        if (next.until && *next.until < day)
            throw ChangeRefused("until", "is " + next.until->to_string() + ", before the change from " + day.to_string() +
                                             " (expected a day on or after it)");
    }

    auto transaction = state.backend->begin();
    transaction->expect_revision(StoredObject::tie, tie.value, based_on, "tie " + std::to_string(tie.value));
    LogEntry entry = state.entry("change", "tie", std::to_string(tie.value), state.client_of(note, {old.source, old.target}), note);
    entry.before = before;
    entry.after = tie_fields(next, changed.attributes, changed.source_id, changed.target_id);
    const Revision made = transaction->append_log(entry);
    transaction->set_tie_revision(tie.value, made);
    std::int64_t new_row = 0;
    if (correction) {
        transaction->update_version(version.row, next, changed.attributes);
    } else {
        transaction->update_version(version.row, closed, network.tie_attributes(current));
        new_row = transaction->insert_version(tie.value, next, changed.attributes, today);
    }
    transaction->commit();

    if (correction) {
        state.network.change_tie(current, next, changed.attributes);
    } else {
        state.network.change_tie(current, closed, network.tie_attributes(current));
        state.remember_version(next, changed.attributes, new_row, tie.value, today);
    }
    record.revision = made;
    state.revision = made;
    return made;
}

Revision Project::end_tie(TieId tie, std::optional<Date> until, Revision based_on, const ChangeNote& note) {
    const std::pair<TieId, Revision> one{tie, based_on};
    return end_ties({&one, 1}, until, note);
}

Revision Project::end_ties(std::span<const std::pair<TieId, Revision>> ties, std::optional<Date> until, const ChangeNote& note) {
    refresh();
    return end_ties_as_of(ties, until, note, {});
}

Revision Project::end_actor(std::string_view id, std::optional<Date> until, Revision based_on, const ChangeNote& note) {
    refresh();
    State& state = *state_;
    const ActorIndex actor = state.actor_named(id);
    std::vector<std::pair<TieId, Revision>> open;
    std::set<std::int64_t> seen;
    for (const TieIndex version : state.network.ties_of(actor)) {
        const TieId tie = tie_of(version);
        if (!seen.insert(tie.value).second) continue;
        if (!state.network.tie(state.tie_record(tie).newest).until) open.emplace_back(tie, state.tie_record(tie).revision);
    }
    return end_ties_as_of(open, until, note, ActorExpectation{state.actor_rows[actor.value()], based_on, std::string(id)});
}

Revision Project::end_ties_as_of(std::span<const std::pair<TieId, Revision>> ties, std::optional<Date> until,
                                 const ChangeNote& note, std::optional<ActorExpectation> actor) {
    State& state = *state_;
    const Date day = until.value_or(state.today());
    struct Ending {
        TieId tie;
        Revision based_on;
        TieIndex current;
        Tie ended;
    };
    std::vector<Ending> endings;
    for (const auto& [tie, based_on] : ties) {
        const TieIndex current = state.tie_record(tie).newest;
        Tie ended = state.network.tie(current);
        if (ended.since && day < *ended.since)
            throw ChangeRefused("until", "is " + day.to_string() + ", before the tie began (since " +
                                             ended.since->to_string() + "; expected a day on or after it)");
        ended.until = day;
        endings.push_back({tie, based_on, current, ended});
    }

    auto transaction = state.backend->begin();
    if (actor) transaction->expect_revision(StoredObject::actor, actor->row, actor->based_on, "actor '" + actor->id + "'");
    Revision made = state.revision;
    std::vector<Revision> revisions;
    for (const Ending& ending : endings) {
        const std::string id = std::to_string(ending.tie.value);
        transaction->expect_revision(StoredObject::tie, ending.tie.value, ending.based_on, "tie " + id);
        LogEntry entry = state.entry("end", "tie", id, state.client_of(note, {ending.ended.source, ending.ended.target}), note);
        const Fields before = fields_of(state.network, ending.current);
        entry.before = before;
        entry.after = overlaid(before, {{"until", day.to_string()}}, FieldsOf::tie);
        made = transaction->append_log(entry);
        revisions.push_back(made);
        transaction->set_tie_revision(ending.tie.value, made);
        transaction->update_version(state.versions[ending.current.value()].row, ending.ended,
                                    state.network.tie_attributes(ending.current));
    }
    transaction->commit();

    for (std::size_t i = 0; i < endings.size(); ++i) {
        const auto& ending = endings[i];
        state.network.change_tie(ending.current, ending.ended, state.network.tie_attributes(ending.current));
        state.tie_record(ending.tie).revision = revisions[i];
    }
    state.revision = made;
    return made;
}

Revision Project::delete_tie(TieId tie, Revision based_on, const ChangeNote& note) {
    refresh();
    State& state = *state_;
    const TieIndex current = state.tie_record(tie).newest;
    const Tie& shown = state.network.tie(current);
    auto transaction = state.backend->begin();
    transaction->expect_revision(StoredObject::tie, tie.value, based_on, "tie " + std::to_string(tie.value));
    LogEntry entry = state.entry("delete", "tie", std::to_string(tie.value), state.client_of(note, {shown.source, shown.target}), note);
    entry.before = fields_of(state.network, current);
    const Revision made = transaction->append_log(entry);
    transaction->delete_tie(tie.value);
    transaction->commit();
    state.load();  // the versions after it move up
    return made;
}

ContactAdded Project::add_contact(std::string_view client, const Fields& contact_fields, const Fields& link_fields,
                                  const ChangeNote& note) {
    refresh();
    State& state = *state_;
    const ActorIndex ego = state.actor_named(client);
    std::vector<FieldProblem> problems;
    Actor contact = actor_from_fields(contact_fields, problems);
    ActorIndex known;  // the contact, when already in the project
    if (!contact.id.empty()) known = state.network.find_actor(contact.id).value_or(ActorIndex{});
    if (!known.valid()) {
        if (contact.id.empty()) contact.id = new_actor_id(state.network);
        check_new_actor(state.network, contact, problems);
    }
    if (known == ego) problems.push_back({"id", "is the client itself (expected one of the client's contacts)"});
    // The tie's problems say so: the contact and the tie both have a `kind`.
    std::vector<FieldProblem> tie_problems;
    TieFromFields tie = tie_from_fields(link_fields, tie_problems);
    for (auto& problem : tie_problems) problems.push_back({"tie." + problem.field, std::move(problem.message)});
    refuse_if_any(problems);

    const ChangeNote about{note.client.empty() ? std::string(client) : note.client, note.reason};
    auto transaction = state.backend->begin();
    std::optional<std::pair<std::int64_t, Revision>> new_actor;
    if (!known.valid()) {
        LogEntry entry = state.entry("create", "actor", contact.id, about.client, about);
        entry.after = actor_fields(contact);
        const Revision made = transaction->append_log(entry);
        new_actor.emplace(transaction->insert_actor(contact, made), made);
    }
    const std::int64_t contact_row = new_actor ? new_actor->first : state.actor_rows[known.value()];
    const std::int64_t id = transaction->insert_tie(state.actor_rows[ego.value()], contact_row, 0);
    LogEntry entry = state.entry("create", "tie", std::to_string(id), about.client, about);
    entry.after = tie_fields(tie.tie, tie.attributes, std::string(client), contact.id);
    const Revision made = transaction->append_log(entry);
    transaction->set_tie_revision(id, made);
    const Date today = state.today();
    Tie fields = tie.tie;
    const std::int64_t row = transaction->insert_version(id, fields, tie.attributes, today);
    transaction->commit();

    const ActorIndex contact_index =
        new_actor ? state.remember_actor(contact, new_actor->first, new_actor->second) : known;
    fields.source = ego;
    fields.target = contact_index;
    state.remember_version(fields, tie.attributes, row, id, today);
    state.tie_record(TieId{id}).revision = made;
    state.revision = made;
    return {state.network.actor(contact_index).id, TieId{id}, made};
}

Revision Project::State::write_import(const Network& imported, std::string_view source) {
    auto transaction = backend->begin(imported.actor_count() + 2 * imported.tie_count());
    LogEntry made_entry = entry("import", "network", std::string(source), "", {});
    made_entry.after = {{"source", std::string(source)},
                   {"actors", std::to_string(imported.actor_count())},
                   {"ties", std::to_string(imported.tie_count())}};
    const Revision made = transaction->append_log(made_entry);
    std::vector<std::int64_t> rows;
    rows.reserve(imported.actor_count());
    for (const Actor& actor : imported.actors()) rows.push_back(transaction->insert_actor(actor, made));
    const Date entered = today();
    for (std::size_t i = 0; i < imported.tie_count(); ++i) {
        const Tie& tie = imported.tie(TieIndex{i});
        const std::int64_t id = transaction->insert_tie(rows[tie.source.value()], rows[tie.target.value()], made);
        transaction->insert_version(id, tie, imported.tie_attributes(TieIndex{i}), entered);
    }
    transaction->commit();
    return made;
}

Revision Project::import(const Network& network, std::string_view source) {
    refresh();
    State& state = *state_;
    std::vector<FieldProblem> problems;
    std::size_t taken = 0;
    constexpr std::size_t listed = 20;
    for (const Actor& actor : network.actors()) {
        if (!state.network.find_actor(actor.id)) continue;
        if (++taken <= listed) problems.push_back({"id", "'" + actor.id + "' is already in the project (expected new ids only)"});
    }
    if (taken > listed)
        problems.push_back({"id", "of " + std::to_string(taken - listed) + " more actors are already in the project too"});
    refuse_if_any(problems);

    const Revision made = state.write_import(network, source);
    state.load();
    return made;
}

void Project::record_read(std::string_view event, std::string_view client, std::string_view what) {
    State& state = *state_;
    auto transaction = state.backend->begin();
    transaction->append_log(state.entry(std::string(event), "network", std::string(what), std::string(client), {}));
    transaction->commit();
}

void Project::record_refusal(std::string_view request, std::string_view why) {
    State& state = *state_;
    auto transaction = state.backend->begin();
    transaction->append_log(state.entry("refused", "request", std::string(request), "", {"", std::string(why)}));
    transaction->commit();
}

}  // namespace wijknet::store
