// What each document is about: its topic (the first organisation that acts, a subject line's, the one a
// sender's heading hands over to, the earlier source's), the organisation "it" refers to, and the ones
// "the trust" or "the garden" stand for.
#include <algorithm>
#include <iterator>

#include "learn/reader.hpp"

namespace factcheck::learn_detail {

std::size_t Learner::named_in_title(const std::string& title) const {
  // By slugs, word by word: "-ashcombe-homes-" in "-ashcombe-homes-plc-trading-update-txt-".
  const std::string words = "-" + slug(title, "source") + "-";
  std::size_t best = SIZE_MAX, longest = 0;
  for (std::size_t e = 0; e < names_.entities().size(); ++e) {
    const LearnedEntity& entity = names_.entities()[e];
    if (entity.type != "organization") continue;
    const std::string key = "-" + slug(entity.name, "source") + "-";
    if (key.size() > longest && key.size() > 3 && words.find(key) != std::string::npos) {
      best = e;
      longest = key.size();
    }
  }
  return best;
}

void Learner::follow_topic(const std::vector<Token>& tokens, const Sentence& s, NameIt here, NameIt past,
                           std::optional<bool> heading) {
  // What the document is about: the first organisation it names. A later sentence about another one
  // ("Tasman Ores reported ...") names its own subject; "the company" and unnamed sentences stay with
  // the document's.
  if (named_here_ != SIZE_MAX) recent_ = named_here_;
  named_here_ = SIZE_MAX;
  const bool had_topic = topic_ != SIZE_MAX;
  // "EXPONORD EVENTS SRL — PRESS RELEASE" and then "The Sântămăria Congress and Exhibition Centre, operated
  // by ExpoNord Events SRL, hosted 162 events": a heading names who sends the document; the first sentence
  // of figures after it, opening on another organisation, names what it is about.
  if (topic_from_heading_ && !heading) {
    topic_from_heading_ = false;
    if (here != past && here->first <= s.first_token + 1 &&
        names_.entities()[here->entity].type == "organization")
      topic_ = here->entity;
  }
  if (topic_ == SIZE_MAX && std::none_of(here, past, [&](const NameSpan& n) {
        return names_.entities()[n.entity].type == "organization";
      }))
    topic_ = title_topic_;
  for (auto n = here; n != past; ++n) {
    if (names_.entities()[n->entity].type != "organization") continue;
    named_orgs_.erase(std::remove(named_orgs_.begin(), named_orgs_.end(), n->entity), named_orgs_.end());
    named_orgs_.push_back(n->entity);
  }
  // (Not a place where, in a sentence about what "it" or "the company" stands for: opens_on_reference().)
  const bool referring = opens_on_reference(tokens, s);
  for (auto n = here; n != past && named_here_ == SIZE_MAX; ++n)
    if (names_.entities()[n->entity].type == "organization" &&
        !(referring && n->first > s.first_token &&
          (tokens[n->first - 1].is("in") || tokens[n->first - 1].is("and"))))
      named_here_ = n->entity;
  // The first organisation that acts, not one a preposition governs ("Despite investing nearly $14
  // billion in OpenAI ..., Microsoft is only partnering" is about Microsoft); else the first named.
  if (topic_ == SIZE_MAX) {
    std::size_t first_named = SIZE_MAX;
    for (auto n = here; n != past; ++n) {
      if (names_.entities()[n->entity].type != "organization") continue;
      if (first_named == SIZE_MAX) first_named = n->entity;
      static constexpr std::string_view kGoverning[] = {"in", "into", "with", "between", "of",   "from",
                                                        "to", "for",  "by",   "and",     "than", "at"};
      const bool governed = n->first > s.first_token &&
                            std::any_of(std::begin(kGoverning), std::end(kGoverning),
                                        [&](std::string_view w) { return tokens[n->first - 1].is(w); });
      if (!governed) {
        topic_ = n->entity;
        break;
      }
    }
    if (topic_ == SIZE_MAX) topic_ = first_named;
    // "The Ministry of Industry today welcomed plans by Halsey Ammonia Ltd to build a plant": the
    // document is about the one whose plans they are.
    for (auto n = here; n != past; ++n)
      if (names_.entities()[n->entity].type == "organization" && n->first > s.first_token + 1 &&
          tokens[n->first - 1].is("by") &&
          (tokens[n->first - 2].is("plans") || tokens[n->first - 2].is("proposal") ||
           tokens[n->first - 2].is("application") || tokens[n->first - 2].is("bid")))
        topic_ = n->entity;
  }
  if (!had_topic && topic_ != SIZE_MAX && heading.value_or(false)) topic_from_heading_ = true;
  // "Regarding the Sântămăria Congress and Exhibition Centre": a communiqué's subject line names what it
  // is about, though it named its sender first.
  const Token& lead = tokens[s.first_token];
  const bool subject_line = lead.is("regarding") || lead.is("concerning") ||
                            ((lead.is("re") || lead.is("subject")) && s.first_token + 1 < s.last_token &&
                             tokens[s.first_token + 1].is(":"));
  for (auto n = here; subject_line && n != past; ++n)
    if (names_.entities()[n->entity].type == "organization" && n->first <= s.first_token + 3) {
      topic_ = n->entity;
      break;
    }
}

bool Learner::speaks_of(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                        std::size_t e) const {
  if (e == SIZE_MAX) return false;
  if (std::any_of(names.begin(), names.end(), [&](const NameSpan& n) { return n.entity == e; })) return true;
  // "the garden's income" after "Hollinsworth Botanic Garden": a word of its name but the first.
  const std::vector<Token> words = tokenize(names_.entities()[e].name);
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k)
    for (std::size_t w = 1; w < words.size() && tokens[k].is("the"); ++w)
      if (words[w].norm.size() >= 4 && tokens[k + 1].norm == words[w].norm) return true;
  return false;
}

std::size_t Learner::named_by_noun(const Token& noun) const {
  if (noun.norm.size() < 4) return SIZE_MAX;
  for (auto it = named_orgs_.rbegin(); it != named_orgs_.rend(); ++it) {
    const std::vector<Token> words = tokenize(names_.entities()[*it].name);
    // Not its first word: "the Greenway" is rare, "the trust" and "the bank" are common.
    for (std::size_t w = 1; w < words.size(); ++w)
      if (words[w].norm == noun.norm) return *it;
  }
  return SIZE_MAX;
}

}  // namespace factcheck::learn_detail
