// SPDX-License-Identifier: MIT
#include "wijknet/analysis/betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <numeric>
#include <random>

#include "wijknet/concurrency/pieces.hpp"

namespace wijknet {
namespace {

/// The contact graph as compressed rows, each actor's contacts side by side in one array. Brandes'
/// algorithm walks every contact of every actor twice per source; Boost's adjacency lists keep
/// them in a vector per actor, scattered over the heap, and walking them took most of the time.
struct ContactRows {
    std::vector<std::size_t> first;  // the contacts of v are contacts[first[v]] .. contacts[first[v + 1] - 1]
    std::vector<std::uint32_t> contacts;

    explicit ContactRows(const ContactGraph& graph) : first(boost::num_vertices(graph) + 1, 0) {
        const std::size_t n = boost::num_vertices(graph);
        contacts.reserve(2 * boost::num_edges(graph));
        for (std::size_t v = 0; v < n; ++v) {
            for (const auto w : boost::make_iterator_range(boost::adjacent_vertices(v, graph)))
                contacts.push_back(static_cast<std::uint32_t>(w));
            first[v + 1] = contacts.size();
        }
    }
    [[nodiscard]] std::size_t size() const { return first.size() - 1; }
};

/// One source's shortest-path dependencies added to `raw` (Brandes' accumulation), with scratch
/// space kept across sources.
class DependencyAccumulator {
public:
    explicit DependencyAccumulator(const ContactRows& rows)
        : rows_(rows), sigma_(rows.size(), 0.0), distance_(rows.size(), -1), delta_(rows.size(), 0.0) {
        order_.reserve(rows.size());
    }

    void add_source(std::uint32_t source, std::vector<double>& raw) {
        order_.clear();
        order_.push_back(source);
        sigma_[source] = 1;
        distance_[source] = 0;
        for (std::size_t head = 0; head < order_.size(); ++head) {
            const std::uint32_t v = order_[head];
            const std::int32_t next = distance_[v] + 1;
            for (std::size_t i = rows_.first[v]; i < rows_.first[v + 1]; ++i) {
                const std::uint32_t w = rows_.contacts[i];
                if (distance_[w] < 0) {
                    distance_[w] = next;
                    order_.push_back(w);
                }
                if (distance_[w] == next) sigma_[w] += sigma_[v];
            }
        }
        for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
            const std::uint32_t w = *it;
            const std::int32_t previous = distance_[w] - 1;
            const double share = (1.0 + delta_[w]) / sigma_[w];
            for (std::size_t i = rows_.first[w]; i < rows_.first[w + 1]; ++i) {
                const std::uint32_t v = rows_.contacts[i];
                if (distance_[v] == previous) delta_[v] += sigma_[v] * share;
            }
            if (w != source) raw[w] += delta_[w];
        }
        for (const auto v : order_) {
            sigma_[v] = 0;
            distance_[v] = -1;
            delta_[v] = 0;
        }
    }

private:
    const ContactRows& rows_;
    std::vector<double> sigma_;
    std::vector<std::int32_t> distance_;
    std::vector<double> delta_;
    std::vector<std::uint32_t> order_;
};

/// Every source's dependencies summed into one value per actor, on every core. The sources are
/// cut into the same pieces on any machine and the pieces' sums added in order, so the values do
/// not depend on the number of cores, to the last bit.
std::vector<double> dependencies(const ContactRows& rows, const std::vector<std::uint32_t>& sources,
                                 const BetweennessOptions::Progress& progress) {
    const std::size_t n = rows.size();
    // A piece is worth a thread from about a million steps of search on.
    const double work = static_cast<double>(sources.size()) * static_cast<double>(rows.contacts.size() + n);
    const std::size_t pieces = std::clamp<std::size_t>(static_cast<std::size_t>(work / 1e6), 1, 8);
    std::vector<std::vector<double>> sums(pieces);
    std::mutex reporting;
    std::size_t done = 0, reported = 0;
    on_each_piece(pieces, [&](std::size_t piece) {
        DependencyAccumulator accumulator(rows);
        sums[piece].assign(n, 0.0);
        const std::size_t begin = piece_begin(sources.size(), pieces, piece);
        const std::size_t end = piece_begin(sources.size(), pieces, piece + 1);
        for (std::size_t i = begin; i < end; ++i) {
            accumulator.add_source(sources[i], sums[piece]);
            if (!progress) continue;
            // Reported in whole percents, from whichever thread reaches one.
            const std::lock_guard lock(reporting);
            ++done;
            if (done * 100 / sources.size() > reported * 100 / sources.size() || done == sources.size()) {
                reported = done;
                progress(done, sources.size());
            }
        }
    });
    std::vector<double> raw(n, 0.0);
    for (const auto& sum : sums)
        for (std::size_t v = 0; v < n; ++v) raw[v] += sum[v];
    return raw;
}

}  // namespace

bool betweenness_is_sampled(std::size_t actors, const BetweennessOptions& options) {
    return actors > options.exact_up_to && options.sampled_sources < actors;
}

Betweenness betweenness(const ContactGraph& graph, const BetweennessOptions& options) {
    const std::size_t n = boost::num_vertices(graph);
    Betweenness result;
    const ContactRows rows(graph);

    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), std::uint32_t{0});
    if (!betweenness_is_sampled(n, options)) {
        result.raw = dependencies(rows, sources, options.progress);
        result.sources = n;
        // Each unordered pair was counted from both of its ends.
        for (auto& value : result.raw) value /= 2.0;
    } else {
        // Sources drawn without replacement; each contributes an unbiased estimate scaled by n/k.
        std::mt19937_64 random(options.seed);
        const std::size_t k = options.sampled_sources;
        for (std::size_t i = 0; i < k; ++i) std::swap(sources[i], sources[i + random() % (n - i)]);
        sources.resize(k);
        result.raw = dependencies(rows, sources, options.progress);
        const double scale = static_cast<double>(n) / static_cast<double>(k) / 2.0;
        for (auto& value : result.raw) value *= scale;
        result.sampled = true;
        result.sources = k;
        // A source s adds dependency d_s(v) <= n-2, so each draw's contribution to the normalised
        // estimate, n d_s(v) / ((n-1)(n-2)), lies in [0, n/(n-1)]. Hoeffding's inequality (which
        // also holds when sampling without replacement) bounds the mean of k such draws.
        const double range = static_cast<double>(n) / static_cast<double>(n - 1);
        result.error_bound = range * std::sqrt(std::log(2.0 / 0.05) / (2.0 * static_cast<double>(k)));
    }

    result.normalised.resize(n, 0.0);
    if (n > 2) {
        const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
        for (std::size_t v = 0; v < n; ++v) result.normalised[v] = result.raw[v] / pairs;
    }
    return result;
}

}  // namespace wijknet
