// The learner's last steps, over every fact read from every source: siblings told apart by their
// context, revisions ("revised down to 19,000 from 147,000") applied, and one fact stated by sources of
// different dates joined into a series whose latest value is current.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "learn/governors.hpp"
#include "learn/learned.hpp"
#include "model/units.hpp"
#include "text/stem.hpp"

namespace factcheck {

namespace {

// Words after a figure or before it that say it is a previous value: the context of such a fact.
const std::vector<std::string> kEarlierCues = {"from",       "earlier", "ago",       "previous",
                                               "previously", "prior",   "last year", "a year before",
                                               "down from",  "up from"};

// Words that make a figure an amount of change: the context of such a fact among its siblings.
const std::vector<std::string> kChangeCues = {"up",   "down", "rise", "rose",   "increase",
                                              "fall", "fell", "drop", "higher", "lower",
                                              "more", "less", "add",  "cut",    "by"};

}  // namespace

void assign_context(std::vector<LearnedFact>& facts) {
  // Facts with the same subject and predicate are siblings; each after the first is told apart by the
  // words that narrow its governor ("data-centre revenue") or mark it as a previous value ("from").
  std::map<std::pair<std::size_t, std::string>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < facts.size(); ++i) groups[{facts[i].subject, facts[i].predicate}].push_back(i);
  for (auto& [key, members] : groups) {
    // An event's date alone is still of its thing: "Bookings open on 12 April" dates no base's opening.
    if (members.size() < 2) {
      LearnedFact& f = facts[members[0]];
      if (f.q.kind == QuantityKind::date && !f.governor.thing.empty()) f.context = {f.governor.thing};
      continue;
    }
    std::map<std::string, std::size_t> seen;
    for (std::size_t i : members)
      for (const std::string& m : facts[i].governor.modifiers) ++seen[m];
    for (std::size_t n = 0; n < members.size(); ++n) {
      LearnedFact& f = facts[members[n]];
      if (f.governor.earlier) {
        f.context = kEarlierCues;
        continue;
      }
      if (f.governor.change) {  // "up £21 from £1,717": the change, not the level
        f.context = kChangeCues;
        continue;
      }
      // Events of one organisation are told apart by what they are of, the first too: "the gondola will
      // open on 14 December" says nothing of when the ski season opens.
      if (n == 0 && f.q.kind != QuantityKind::date) continue;
      for (const std::string& m : f.governor.modifiers)
        if (seen[m] < members.size()) f.context.push_back(m);
    }
  }
}

void apply_revisions(std::vector<LearnedFact>& facts, const std::vector<SourceDocument>& docs) {
  // "June was revised down to 19,000 from 147,000": a later source's earlier value that an earlier
  // source gave as its figure makes that figure a series whose latest value is the revision.
  std::unordered_map<double, std::vector<std::size_t>> by_value;
  for (std::size_t f = 0; f < facts.size(); ++f) by_value[facts[f].q.value].push_back(f);
  for (std::size_t r = 0; r < facts.size(); ++r) {
    const LearnedFact& old_value = facts[r];
    if (!old_value.governor.earlier || r == 0) continue;
    const std::size_t n = r - 1;  // the revised value, said just before in the same sentence
    // Of the same kind: "has risen to £14.1 million and ... closed from January to June" revises no date.
    if (facts[n].source != old_value.source || facts[n].governor.earlier ||
        facts[n].q.kind != old_value.q.kind)
      continue;
    const std::string& later = docs[old_value.doc].date;
    const auto same = by_value.find(old_value.q.value);
    if (same == by_value.end()) continue;
    for (std::size_t f : same->second) {
      LearnedFact& first = facts[f];
      const std::string& date = docs[first.doc].date;
      if (date.empty() || date >= later || first.governor.earlier || first.revised_by != SIZE_MAX) continue;
      if (first.subject != old_value.subject || first.q.unit != old_value.q.unit ||
          first.q.kind != old_value.q.kind || !same_amount(first.q.value, old_value.q.value))
        continue;
      first.revised_by = n;
      facts[n].merged = true;
      facts[r].merged = true;
      break;
    }
  }
}

void join_series(std::vector<LearnedFact>& facts, const std::vector<SourceDocument>& docs) {
  // One fact stated by sources of different dates: the later value is the current one.
  std::map<std::string, std::vector<std::size_t>> same;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const LearnedFact& f = facts[i];
    if (docs[f.doc].date.empty() || f.governor.earlier || f.governor.change || f.merged ||
        f.revised_by != SIZE_MAX)
      continue;
    // Context words differ from one writer to the next; one fact per source and subject is the test.
    // A count's noun as written ("pupils", "the pupil count"): the same thing in one series.
    // An event's date may be a season once and a year later ("spring 2027", "the end of 2027").
    const std::string unit = f.q.kind == QuantityKind::count  ? stem(f.q.unit)
                             : f.q.kind == QuantityKind::date ? std::string()
                                                              : f.q.unit;
    // An event's date: the event of one thing ("the gondola will open", "the opening of the gondola ...
    // postponed to").
    const std::string thing = f.q.kind == QuantityKind::date && !f.governor.modifiers.empty()
                                  ? "|" + f.governor.modifiers.front()
                                  : std::string();
    // A figure for a period ("the 2024 cod limit") is revised only by one for the same period.
    // A price is one figure whatever the word ("Prices start at €1,899" and later "now costs €1,699");
    // not so sales or revenue, which the same words give for periods of every length.
    const std::string predicate = f.q.kind == QuantityKind::money && family_head(f.governor.head) == "cost"
                                      ? "money|cost"
                                      : f.predicate;
    // A count as of a month of its source's year ("Membership reached 19,400 in July 2024", in a notice of
    // August 2024) is the level now: of one series with the same count said undated.
    // (A month already past: "will begin in the third quarter with 1,100 patients" is a plan.)
    const bool level_now = f.q.kind == QuantityKind::count && f.when.size() >= 7 && std::isdigit(f.when[5]) &&
                           f.when.compare(0, 4, docs[f.doc].date, 0, 4) == 0 && f.when <= docs[f.doc].date;
    same[std::to_string(f.subject) + "|" + predicate + "|" + unit + "|" + (level_now ? "" : f.when) + "|" +
         thing]
        .push_back(i);
  }
  // An event whose thing one sentence does not say ("on track for opening in the first quarter") is the
  // event of the one thing the others say it of ("the opening of the hub is now expected in ...").
  for (auto it = same.begin(); it != same.end(); ++it) {
    if (it->first.back() != '|') continue;
    auto only = same.end();
    std::size_t things = 0;
    for (auto o = std::next(it); o != same.end() && o->first.compare(0, it->first.size(), it->first) == 0;
         ++o)
      only = o, ++things;
    if (things != 1) continue;
    only->second.insert(only->second.end(), it->second.begin(), it->second.end());
    it->second.clear();
  }
  // One fact per source, of distinct dates: a series, the latest value current.
  const auto join = [&](std::vector<std::size_t> members) {
    std::set<std::size_t> sources;
    for (std::size_t i : members) sources.insert(facts[i].doc);
    if (sources.size() != members.size() || members.size() < 2) return false;  // one per source, or unclear
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return docs[facts[a].doc].date < docs[facts[b].doc].date;
    });
    std::set<std::string> dates;
    for (std::size_t i : members) dates.insert(docs[facts[i].doc].date);
    if (dates.size() != members.size()) return false;  // two sources of one date that differ: not a series
    LearnedFact& latest = facts[members.back()];
    for (std::size_t i : members)
      if (facts[i].context != latest.context) latest.context.clear();
    for (std::size_t n = 0; n + 1 < members.size(); ++n) {
      facts[members[n]].merged = true;
      latest.earlier.push_back(members[n]);
    }
    return true;
  };
  for (auto& [key, members] : same) {
    if (join(members)) continue;
    // Several of a kind per source: those the same context words set apart from their siblings in each
    // ("18,500 people have been displaced" and later "24,300 people are displaced", beside the dead and
    // the missing) are one series.
    std::map<std::vector<std::string>, std::vector<std::size_t>> by_words;
    for (std::size_t i : members)
      if (!facts[i].context.empty()) by_words[facts[i].context].push_back(i);
    for (auto& [words, those] : by_words)
      if (std::none_of(those.begin(), those.end(), [&](std::size_t i) { return facts[i].merged; }) &&
          std::none_of(those.begin(), those.end(), [&](std::size_t i) { return !facts[i].earlier.empty(); }))
        join(those);
  }
}

}  // namespace factcheck
