// What the learner reads out of its sources, before it is written as a fact base: the records the reading
// half (learner.cpp) fills and the writing half (base_writer.cpp) turns into the documented format.
// Internal to learn/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "learn/governors.hpp"
#include "learn/learner.hpp"
#include "learn/names.hpp"
#include "quantities/quantities.hpp"

namespace factcheck {

// A learned predicate: "money-revenue", with the words that cue it in a claim.
struct PredicateInfo {
  std::string id, label, kind;    // kind: the fact base's value type ("money", "count", …)
  std::vector<std::string> cues;  // the governing word's family, then the words that narrowed it
};

// "X, chief executive of Y" in document `doc`: a holder of one of role_kinds().
struct LearnedRole {
  std::size_t doc = 0, organisation = 0, person = 0, kind = 0;  // entities; kind indexes role_kinds()
  std::string source;                                           // the sentence's source id
  bool takes_up = false;  // "will serve as", "took over as": the role passes to the person here
};

// The members one source sentence gives a group: "a joint venture between A, B and C called D".
struct LearnedMembers {
  std::size_t doc = 0, group = 0;    // entities
  std::vector<std::size_t> members;  // entities, in the order listed
  std::string source;                // the sentence's source id
};

// One figure of one source sentence, with what the learner found it is of.
struct LearnedFact {
  std::size_t doc = 0;
  std::size_t subject = 0;
  std::string predicate;  // PredicateInfo id
  QuantityMention q;
  Governor governor;
  std::string when;
  std::string source;  // the sentence's source id
  std::vector<std::string> context;
  std::size_t object = SIZE_MAX;      // "invested $750 million in OpenAI": the organisation it went to
  bool merged = false;                // joined into another fact's series
  std::size_t revised_by = SIZE_MAX;  // the later source's value that replaced this one
  std::vector<std::size_t> earlier;   // facts joined into this one's series, oldest first
};

// Everything read from one set of sources, by reference to the learner that holds it.
struct LearnedParts {
  const std::vector<SourceDocument>& docs;
  const std::string& name;  // the fact base's name
  const std::vector<LearnedEntity>& entities;
  const std::map<std::string, PredicateInfo>& predicates;
  const std::vector<LearnedFact>& facts;
  const std::vector<LearnedRole>& roles;
  const std::vector<LearnedMembers>& members;
  // (document, person) pairs the document says lost a role: no role of that person from that document.
  const std::set<std::pair<std::size_t, std::size_t>>& ended_roles;
  const std::vector<nlohmann::ordered_json>& sources;  // one record per sentence that gave a fact
};

// The last steps of learning (series.cpp), in this order. Siblings, facts of one subject and predicate,
// are told apart by the words that narrow them ("data-centre revenue") or mark a previous value
// ("from"); an event's date by what it is of ("bookings open"), alone too.
void assign_context(std::vector<LearnedFact>& facts);
// A later source's earlier value ("revised down to 19,000 from 147,000") that an earlier source gave as
// its figure makes that figure a series whose latest value is the revision.
void apply_revisions(std::vector<LearnedFact>& facts, const std::vector<SourceDocument>& docs);
// One fact stated by sources of different dates: one series, the latest value current.
void join_series(std::vector<LearnedFact>& facts, const std::vector<SourceDocument>& docs);

// The learned fact base in the documented format (docs/fact-base.md), as indented JSON.
std::string fact_base_json(const LearnedParts& parts);

// The first `max` bytes of `s` with its line breaks and tabs as spaces, cut at a character boundary and,
// past half of it, at a space, with "…" after; `s` whole when it is short enough (a source's quote).
std::string shortened(std::string_view s, std::size_t max);

}  // namespace factcheck
