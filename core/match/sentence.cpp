#include "match/sentence.hpp"

#include "match/stance.hpp"
#include "text/sentences.hpp"

#include <algorithm>
#include <array>

namespace factcheck {
namespace {

// A name written with a capital inside: "xAI", "eBay", "iPhone".
bool camel_case(const SentenceView& v, std::size_t i) {
  const std::string_view w = v.text.substr(v.tokens[i].start, v.tokens[i].end - v.tokens[i].start);
  return w.size() > 1 && w[0] >= 'a' && w[0] <= 'z' &&
         std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A part of the figure before: "Of this, $100 billion …", "$100B of that is leaving the door".
bool of_that(const SentenceView& v) {
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  if (b > a + 1 && v.tokens[a].is("of") && token_is(v.tokens[a + 1], {"this", "that"})) return true;
  return std::any_of(v.quantities.begin(), v.quantities.end(), [&](const QuantityMention* q) {
    return q->last_token + 1 < b && v.tokens[q->last_token].is("of") &&
           token_is(v.tokens[q->last_token + 1], {"this", "that", "it"});
  });
}

// An answer speaks of what its question named: "Q: What is Stargate? A: A joint venture of …".
bool is_answer(const SentenceView& v) {
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  // "A: …" or "A. …"
  return b > a + 1 &&
         (v.tokens[a + 1].is(":") || (v.tokens[a + 1].is(".") && adjacent(v.tokens[a], v.tokens[a + 1]))) &&
         v.text.substr(v.tokens[a].start, 1) == "A" && v.tokens[a].end - v.tokens[a].start == 1;
}

// The words that refer back to what the sentence before named: pronouns, the kind of body named again
// ("the chain has 612 stores"), a figure's matter named again, and the same in translated copy.
const std::vector<std::vector<std::string>>& back_references() {
  static const std::vector<std::vector<std::string>> kReferences = {{"it"},
                                                                    {"its"},
                                                                    {"he"},
                                                                    {"his"},
                                                                    {"she"},
                                                                    {"her"},
                                                                    {"they"},
                                                                    {"their"},
                                                                    {"the", "company"},
                                                                    {"a", "company"},
                                                                    {"the", "firm"},
                                                                    {"the", "group"},
                                                                    {"the", "startup"},
                                                                    // what kind of body it is, named
                                                                    // again: "the chain has 612 stores"
                                                                    {"the", "chain"},
                                                                    {"the", "retailer"},
                                                                    {"the", "airline"},
                                                                    {"the", "carrier"},
                                                                    {"the", "insurer"},
                                                                    {"the", "lender"},
                                                                    {"the", "miner"},
                                                                    {"the", "club"},
                                                                    {"the", "operator"},
                                                                    {"the", "charity"},
                                                                    {"the", "museum"},
                                                                    {"the", "utility"},
                                                                    {"the", "business"},
                                                                    // a venture: "The project will
                                                                    // spend up to 500 mlrd dollars"
                                                                    {"the", "venture"},
                                                                    {"the", "joint", "venture"},
                                                                    {"the", "project"},
                                                                    {"the", "consortium"},
                                                                    // the same in translated copy
                                                                    {"de", "keten"},
                                                                    {"het", "bedrijf"},
                                                                    {"het", "concern"},
                                                                    {"de", "groep"},
                                                                    {"das", "unternehmen"},
                                                                    {"der", "konzern"},
                                                                    {"die", "kette"},
                                                                    {"die", "gruppe"},
                                                                    {"la", "empresa"},
                                                                    {"la", "compañía"},
                                                                    {"la", "cadena"},
                                                                    {"el", "grupo"},
                                                                    {"a", "empresa"},
                                                                    {"o", "grupo"},
                                                                    {"la", "società"},
                                                                    {"il", "gruppo"},
                                                                    {"le", "groupe"},
                                                                    {"la", "société"},
                                                                    {"firma"},
                                                                    // a figure's matter named again
                                                                    {"the", "total"},
                                                                    {"that", "figure"},
                                                                    {"the", "sum"},
                                                                    // translated copy: "Il prévoit",
                                                                    // "Ce tour", "Elle"
                                                                    {"il"},
                                                                    {"elle"},
                                                                    {"ce"},
                                                                    {"cette"},
                                                                    {"er"}};
  return kReferences;
}

// "It", "its", "the company" and the like: a sentence that may speak of the previous one's entities.
bool refers_back(const SentenceView& v) {
  // The references by their first word's initial, built once.
  static const std::array<std::vector<const std::vector<std::string>*>, 26> kByInitial = [] {
    std::array<std::vector<const std::vector<std::string>*>, 26> by{};
    for (const auto& r : back_references()) by[static_cast<std::size_t>(r[0][0] - 'a')].push_back(&r);
    return by;
  }();
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  bool found = false;
  for (std::size_t i = a; i < b && !found; ++i) {
    // Every reference starts with a word of at most five letters: most tokens need no comparison.
    const std::string& w = v.tokens[i].norm;
    if (!v.tokens[i].is_word() || w.size() > 5 || w[0] < 'a' || w[0] > 'z') continue;
    for (const auto* rp : kByInitial[static_cast<std::size_t>(w[0] - 'a')]) {
      const auto& r = *rp;
      if (i + r.size() > b) continue;
      bool match = true;
      for (std::size_t k = 0; k < r.size() && match; ++k) match = v.tokens[i + k].norm == r[k];
      // With words that describe it between: "the no-frills carrier", "the family-run chain" (not "the
      // rival carrier" or "the combined company", another one).
      if (!match && r.size() == 2 && r[0] == "the") {
        for (std::size_t j = i + 1; j < b && j < i + 5 && !match; ++j) {
          const Token& w = v.tokens[j];
          if (w.norm == r[1]) {
            match = j > i + 1;
            break;
          }
          if (!(w.is("-") || (w.is_word() && !v.capitalized(j))) ||
              token_is(
                  w, {"rival", "other", "another", "competing", "former", "new", "second", "combined",
                      "merged", "enlarged", "joint", "parent", "acquiring", "acquired", "target", "holding"}))
            break;
        }
      }
      found = found || match;
    }
  }
  // A sentence that names no one but speaks of a fact's matter goes on with the previous one's topic:
  // "Today the stake stands at nearly $14bn", "Of this, $100 billion will be deployed immediately".
  // Only a definite mention of that matter refers back so: "the stake", "this round", "of this".
  const bool people_only = std::all_of(v.entities.begin(), v.entities.end(),
                                       [](const EntityMention& m) { return m.entity->is_person(); });
  // An item of a list under a heading or a first item that named it: "• $100bn deployed right away",
  // "• Chairman: Masayoshi Son".
  found = found || (people_only && !v.cues.empty() && is_list_mark(v.text, v.tokens[a]));
  if (!found && v.entities.empty()) {
    const auto definite = [&](std::size_t k) {
      // "the whole $6.6bn raise", "the latest round": one word of degree between.
      if (k > a + 1 &&
          token_is(v.tokens[k - 1], {"whole", "entire", "latest", "last", "same", "recent", "full"}))
        --k;
      return k > a &&
             token_is(v.tokens[k - 1], {"the", "this", "that", "ce", "cette", "le", "la", "der", "die", "das",
                                        "dieser", "diese", "el", "este", "esta", "questo"});
    };
    for (const CueMention& c : v.cues) {
      found = found || definite(c.first_token);
      // "the $157bn valuation": a figure between the article and the cue.
      for (const QuantityMention* q : v.quantities)
        found = found || (q->last_token == c.first_token && definite(q->first_token));
    }
    // "Of this, $100 billion …", "$100B of that is leaving the door straight away".
    found = found || of_that(v);
  }
  found = found || is_answer(v);
  if (!found) return false;
  // A capitalised word before the sentence's first figure that names no known entity may be the real
  // subject: "Its rival Amazon invested $4 billion" is not about the previous sentence's company. Not
  // so a liveblog's time zone or the word that opens an entry ("16:34 CET — Someone asked").
  static const std::vector<std::string> kZones = {"gmt", "bst", "cet", "cest", "utc", "et", "est",
                                                  "edt", "pt",  "pst", "pdt",  "ist", "jst"};
  const std::size_t until = v.quantities.empty() ? b : v.quantities.front()->first_token;
  // After a list mark, the first word opens the sentence: "▸ Its first bet: $1bn in 2019".
  const std::size_t opening = is_list_mark(v.text, v.tokens[a]) ? a + 1 : a;
  for (std::size_t i = opening + 1; i < until; ++i) {
    if (!v.tokens[i].is_word() || !(v.capitalized(i) || camel_case(v, i))) continue;
    if (std::find(kZones.begin(), kZones.end(), v.tokens[i].norm) != kZones.end()) continue;
    if (v.tokens[i - 1].is("-") || v.tokens[i - 1].is(":") || v.tokens[i - 1].is("--")) continue;
    if (i == a + 2 && v.tokens[a + 1].is(".")) continue;  // "A. Around $10 billion"
    const bool known = std::any_of(v.entities.begin(), v.entities.end(), [&](const EntityMention& m) {
      return i >= m.first_token && i < m.last_token;
    });
    if (!known) return false;
  }
  return true;
}

// A line of a fact box or table: a list item, "Label ...... value", "Label | value" or "Label: value".
bool is_row(const SentenceView& v) {
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  if (v.text.substr(v.sentence.start, v.sentence.end - v.sentence.start).find('\n') != std::string_view::npos)
    return false;
  if (is_list_mark(v.text, v.tokens[a])) return true;
  for (std::size_t k = a + 1; k < b; ++k) {
    const Token& t = v.tokens[k];
    if (t.is("|") || (k < a + 5 && (t.is(":") || t.is("=")))) return true;
    if ((t.is(".") || t.is("...")) && k + 1 < b && adjacent(t, v.tokens[k + 1]) &&
        (v.tokens[k + 1].is(".") || v.tokens[k + 1].is("...")))
      return true;
  }
  return false;
}

// The heading of a fact box: a short line of its own, with no stop at its end, that opens a block of
// rows ("OpenAI key numbers (as of today)", "Microsoft at a glance (Jan. 2025)", "The OpenAI file:").
bool is_heading(const SentenceView& v) {
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  if (b - a > 12 || b >= v.tokens.size()) return false;
  const Token& last = v.tokens[b - 1];
  if (last.is(".") || last.is("!") || last.is("?")) return false;
  const std::string_view after = v.text.substr(v.sentence.end, v.tokens[b].start - v.sentence.end);
  return after.find('\n') != std::string_view::npos && !is_row(v);
}

}  // namespace

const Entity* SentenceView::owner_of_next(const QuantityMention& q) const {
  // (Only where the figure's own clause names no one, not even by a word the base does not know: "Spain
  // absorbed 21% of shipments and France 58%" gives the 21% to Spain, and may have swapped the two.)
  for (std::size_t k = sentence.first_token; k < q.first_token; ++k)
    if (tokens[k].is_word() && capitalized(k) && !(k == sentence.first_token && is_function_word(tokens[k])))
      return nullptr;
  for (const EntityMention& m : entities) {
    if (m.first_token < q.last_token || m.entity->is_person()) continue;
    const bool owns_next = std::any_of(quantities.begin(), quantities.end(), [&](const QuantityMention* o) {
      return o->first_token == m.last_token;
    });
    if (!owns_next) continue;
    // Only an article, a describing word or a plain noun between the joining word and the name.
    for (std::size_t k = m.first_token; k > q.last_token;) {
      const Token& t = tokens[--k];
      if (t.is("and") || t.is(",") || t.is(";")) return m.entity;
      const bool plain = t.is("the") || t.is("a") || t.is("an") || t.is("its") || capitalized(k) ||
                         t.is("company") || t.is("fund") || t.is("group") || t.is("firm") ||
                         t.is("partner") || t.is("investor") || t.is("bank") || t.is("family") ||
                         t.is("trust");
      if (!plain || m.first_token - k > 5) break;
    }
  }
  return nullptr;
}

bool SentenceView::capitalized(std::size_t token) const {
  const char c = text[tokens[token].start];
  return c >= 'A' && c <= 'Z';
}

bool SentenceView::title_case(std::size_t min_words) const {
  std::size_t words = 0, capitals = 0;
  for (std::size_t k = sentence.first_token; k < sentence.last_token; ++k) {
    if (!tokens[k].is_word()) continue;
    ++words;
    capitals += capitalized(k) ? 1 : 0;
  }
  return words >= min_words && capitals * 2 > words;
}

bool SentenceView::figure_alone() const {
  if (quantities.size() != 1) return false;
  const QuantityMention& q = *quantities.front();
  for (std::size_t k = sentence.first_token; k < sentence.last_token; ++k) {
    if (!tokens[k].is_word() || (tokens[k].start >= q.comparator_start && k < q.last_token)) continue;
    // An emoji's code (":rocket:") says nothing.
    const bool emoji = k > sentence.first_token && k + 1 < sentence.last_token && tokens[k - 1].is(":") &&
                       tokens[k + 1].is(":") && tokens[k - 1].end == tokens[k].start &&
                       tokens[k].end == tokens[k + 1].start;
    if (!emoji) return false;
  }
  return true;
}

bool of_another_topic(const SentenceView& view, const Fact& f, const FactBase& facts) {
  const auto is_subject = [&](const EntityMention& m) { return m.entity->id == f.subject; };
  if (std::any_of(view.entities.begin(), view.entities.end(), is_subject) ||
      std::any_of(view.previous.begin(), view.previous.end(), is_subject))
    return false;
  return std::any_of(view.previous.begin(), view.previous.end(), [&](const EntityMention& m) {
    return !m.entity->is_person() && !facts.facts_for(f.predicate, m.entity->id).empty();
  });
}

std::vector<std::string> SentenceView::entity_names() const {
  std::vector<std::string> names;
  for (const EntityMention& m : entities)
    if (std::find(names.begin(), names.end(), m.entity->name) == names.end()) names.push_back(m.entity->name);
  return names;
}

SentenceWalker::SentenceWalker(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<std::string>& stems,
                               const std::vector<QuantityMention>& quantities,
                               const std::vector<EntityMention>& entities, const Lexicon& lexicon)
    : text_(text),
      tokens_(tokens),
      stems_(stems),
      lexicon_(lexicon),
      quantity_(quantities.begin()),
      quantities_end_(quantities.end()),
      entity_(entities.begin()),
      entities_end_(entities.end()) {}

SentenceView SentenceWalker::next(const Sentence& s) {
  SentenceView view{
      text_, tokens_, stems_, s,  {},           lexicon_.find_cues(stems_, s.first_token, s.last_token),
      {},    {},      {},     {}, s.first_token};
  for (; entity_ != entities_end_ && entity_->first_token < s.last_token; ++entity_)
    view.entities.push_back(*entity_);
  for (; quantity_ != quantities_end_ && quantity_->first_token < s.last_token; ++quantity_)
    view.quantities.push_back(&*quantity_);
  const bool names_no_organisation =
      std::all_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
        return m.entity->is_person() || !std::binary_search(subjects_.begin(), subjects_.end(), m.entity);
      });
  // "Chief executive Tom Reddish said ...": a person's role, and the figures, are of the topic still.
  if (carry_topic_ && names_no_organisation) {
    view.antecedents = previous_;
    for (const EntityMention& t : topics_)
      if (std::none_of(previous_.begin(), previous_.end(),
                       [&](const EntityMention& p) { return p.entity == t.entity; }))
        view.antecedents.push_back(t);
    view.previous = previous_;  // and the topic stays for the next sentence
    return view;
  }
  if (fact_box_row(view)) return view;
  find_antecedents(view);
  // Not where the sentence names someone the base does not know: "Alphabet Inc has pencilled in
  // capital spending of roughly 75 bln dlrs" is Alphabet's.
  const bool alone = view.figure_alone();
  if (view.entities.empty() && view.antecedents.empty() && (!view.cues.empty() || alone) && !names_unknown(s))
    add_earlier_organisations(view.topic);
  earlier_.push_back(view.entities);
  if (earlier_.size() > 3) earlier_.erase(earlier_.begin());
  // "Q: How much did OpenAI raise? A: $6.6 billion.": the answer's figure is governed by the question's
  // words.
  std::vector<CueMention> cues = view.cues;
  const bool answer = (is_answer(view) || alone) && s.first_token > 0 && tokens_[s.first_token - 1].is("?");
  if (answer || (view.entities.empty() && of_that(view))) {
    view.cues.insert(view.cues.begin(), previous_cues_.begin(), previous_cues_.end());
    view.governed_from = previous_first_;
  }
  previous_cues_ = std::move(cues);
  previous_first_ = s.first_token;
  view.previous = std::move(previous_);
  // The topic lasts through a sentence that names no one and refers back to it, and through one that
  // names only people ("• Chairman: Masayoshi Son" between two items on Stargate).
  const bool people_only =
      !view.entities.empty() && std::all_of(view.entities.begin(), view.entities.end(),
                                            [](const EntityMention& m) { return m.entity->is_person(); });
  previous_ = view.entities.empty() ? view.antecedents : view.entities;
  if (people_only)
    for (const EntityMention& m : view.antecedents)
      if (!m.entity->is_person()) previous_.push_back(m);
  return view;
}

bool SentenceWalker::fact_box_row(SentenceView& view) {
  const Sentence& s = view.sentence;
  // An infobox names its subject in a row of its own: "| name = OpenAI".
  const std::size_t a = s.first_token;
  if (a + 3 < s.last_token && tokens_[a].is("|") && tokens_[a + 1].is("name") && tokens_[a + 2].is("=")) {
    heading_.clear();
    for (const EntityMention& m : view.entities)
      if (!m.entity->is_person()) heading_.push_back(m);
  }
  // The rows of a fact box speak of what its heading names, unless a row names its own organisation.
  if (!heading_.empty()) {
    // "Stake in OpenAI ...... ~$14bn" under "Microsoft at a glance" is Microsoft's stake still.
    if (is_row(view)) {
      view.antecedents = heading_;
      view.previous = heading_;
      return true;
    } else {
      heading_.clear();
    }
  }
  if (is_heading(view))
    for (const EntityMention& m : view.entities)
      if (!m.entity->is_person()) heading_.push_back(m);
  return false;
}

void SentenceWalker::find_antecedents(SentenceView& view) const {
  if (refers_back(view)) {
    view.antecedents = previous_;
    // "The project" after "SoftBank, Oracle and OpenAI are the founders of Stargate" is Stargate: of the
    // sentence's antecedents, the ventures, if it names one and no organisation of its own.
    if (names_a_venture(view)) {
      std::vector<EntityMention> ventures;
      for (const EntityMention& m : view.antecedents)
        for (const auto& [predicate, facts] : lexicon_.predicates_of(m.entity))
          if (predicate->value == ValueKind::members) {
            ventures.push_back(m);
            break;
          }
      if (!ventures.empty()) view.antecedents = std::move(ventures);
    }
    // The sentence before may name only people, or no one ("CALLER: And they're spending five hundred
    // billion?" two turns after Stargate was named): the organisations of the two before it stand in.
    const bool no_organisation = std::none_of(previous_.begin(), previous_.end(),
                                              [](const EntityMention& m) { return !m.entity->is_person(); });
    if (no_organisation) add_earlier_organisations(view.antecedents);
    // Checking against sources, "the company" may be what they are about though the sentence before
    // named a reservoir ("... said Hartwell Reservoir was at 81 per cent. ... the company is spending").
    if (carry_topic_)
      for (const EntityMention& t : topics_)
        if (std::none_of(view.antecedents.begin(), view.antecedents.end(),
                         [&](const EntityMention& p) { return p.entity == t.entity; }))
          view.antecedents.push_back(t);
  }
}

bool SentenceWalker::names_a_venture(const SentenceView& view) const {
  for (std::size_t k = view.sentence.first_token; k + 1 < view.sentence.last_token; ++k) {
    if (!tokens_[k].is("the")) continue;
    const std::size_t n = k + 1 < view.sentence.last_token - 1 && tokens_[k + 1].is("joint") ? k + 2 : k + 1;
    if (token_is(tokens_[n], {"venture", "project", "consortium"})) return true;
  }
  return false;
}

bool SentenceWalker::names_unknown(const Sentence& s) const {
  // A name here is a word in title case ("Alphabet", not "CFO" or "Q3") that does not open the sentence
  // or a speaker's turn, or two such words together at its start ("Alphabet Inc").
  const auto title_case = [&](std::size_t k) {
    const Token& t = tokens_[k];
    if (!t.is_word() || t.end - t.start < 2 || is_function_word(t)) return false;
    const char a = text_[t.start], b = text_[t.start + 1];
    return a >= 'A' && a <= 'Z' && b >= 'a' && b <= 'z';
  };
  for (std::size_t k = s.first_token; k < s.last_token; ++k) {
    if (!title_case(k)) continue;
    const bool opens = k == s.first_token || tokens_[k - 1].is(":") || is_list_mark(text_, tokens_[k - 1]);
    if (!opens || (k + 1 < s.last_token && title_case(k + 1))) return true;
  }
  return false;
}

void SentenceWalker::add_earlier_organisations(std::vector<EntityMention>& into) const {
  for (auto it = earlier_.rbegin(); it != earlier_.rend(); ++it)
    for (const EntityMention& m : *it)
      if (!m.entity->is_person() && std::none_of(into.begin(), into.end(), [&](const EntityMention& o) {
            return o.entity == m.entity;
          }))
        into.push_back(m);
}

}  // namespace factcheck
