#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace factcheck {
namespace {

// Tokens that may follow a company's name without changing whom it names.
bool is_corporate_suffix(const std::string& norm) {
  static const std::array<std::string_view, 12> kSuffixes = {
      "corp", "corporation", "inc", "co", "ltd", "llc", "plc", "group", "holdings", "sa", "ag", "limited"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), norm) != kSuffixes.end();
}

std::vector<std::string> alias_norms(std::string_view alias) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(alias)) {
    if (t.is(".")) continue;  // "Oracle Corp." and "Oracle Corp" are one alias
    out.push_back(t.norm);
  }
  return out;
}

// A one-word name used as a place: "based in Redmond, Washington", "REDMOND, Wash. —". A company
// called by its home town is that town in an address or a dateline.
bool is_place(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  if (end != i + 1 || end + 1 >= tokens.size() || !tokens[end].is(",")) return false;
  static const std::array<std::string_view, 6> kStates = {"washington", "wash",  "wa",
                                                          "california", "calif", "ca"};
  return std::find(kStates.begin(), kStates.end(), tokens[end + 1].norm) != kStates.end();
}

}  // namespace

void Lexicon::KeyFilter::add(std::string_view key) {
  if (key.empty() || key.size() >= kLengths) {
    other_ = true;
  } else {
    by_first_[static_cast<unsigned char>(key[0])] |= std::uint32_t{1} << key.size();
  }
}

Phrase compile_phrase(std::string_view text) {
  Phrase out;
  for (const Token& t : tokenize(text)) out.push_back(t.is_word() ? stem(t.norm) : t.norm);
  return out;
}

std::vector<std::size_t> find_phrase(const std::vector<std::string>& stems, std::size_t from, std::size_t to,
                                     const Phrase& phrase) {
  std::vector<std::size_t> out;
  if (phrase.empty()) return out;
  // Most positions differ from the first stem in length or first letter: turned away inline.
  const std::string& head = phrase.front();
  for (std::size_t i = from; i + phrase.size() <= to; ++i) {
    const std::string& s = stems[i];
    if (s.size() != head.size() || s[0] != head[0]) continue;
    if (std::equal(phrase.begin(), phrase.end(), stems.begin() + static_cast<std::ptrdiff_t>(i)))
      out.push_back(i);
  }
  return out;
}

const std::vector<const Entity*>& Lexicon::organisations_starting(const std::string& norm) const {
  static const std::vector<const Entity*> kNone;
  const auto it = by_first_word_.find(norm);
  return it == by_first_word_.end() ? kNone : it->second;
}

Lexicon::Lexicon(const FactBase& facts) {
  for (const Entity& e : facts.entities()) {
    if (e.is_person()) continue;
    const std::vector<Token> words = tokenize(e.name);
    if (words.size() > 1 && words.front().is_word()) by_first_word_[words.front().norm].push_back(&e);
  }
  for (const Entity& e : facts.entities()) {
    std::vector<std::string> names = e.aliases;
    names.push_back(e.name);
    for (const std::string& name : names) {
      auto norms = alias_norms(name);
      if (norms.empty()) continue;
      aliases_[norms.front()].push_back({std::move(norms), &e});
    }
  }
  for (const Entity& e : facts.entities()) {
    if (!e.is_person()) continue;
    const std::vector<Token> name = tokenize(e.name);
    if (name.size() >= 2) surnames_.emplace_back(name.back().norm, &e);
  }
  for (auto& [first, list] : aliases_) {
    alias_keys_.add(first);
    std::stable_sort(list.begin(), list.end(),
                     [](const Alias& a, const Alias& b) { return a.norms.size() > b.norms.size(); });
  }
  for (const Predicate& p : facts.predicates()) {
    for (const std::string& cue : p.cues) {
      Phrase stems = compile_phrase(cue);
      if (stems.empty()) continue;
      auto& list = cues_[stems.front()];
      const auto same =
          std::find_if(list.begin(), list.end(), [&](const Cue& c) { return c.stems == stems; });
      if (same == list.end()) {
        list.push_back({std::move(stems), {&p}});
      } else if (std::find(same->predicates.begin(), same->predicates.end(), &p) == same->predicates.end()) {
        same->predicates.push_back(&p);
      }
    }
  }
  for (auto& [first, list] : cues_) {
    cue_keys_.add(first);
    std::stable_sort(list.begin(), list.end(),
                     [](const Cue& a, const Cue& b) { return a.stems.size() > b.stems.size(); });
  }
  contexts_.reserve(facts.facts().size());
  unit_stems_.reserve(facts.facts().size());
  std::map<std::vector<Phrase>, std::size_t> lists;
  for (const Fact& f : facts.facts()) {
    std::vector<Phrase> phrases;
    for (const std::string& c : f.context) phrases.push_back(compile_phrase(c));
    const auto [list, added] = lists.emplace(std::move(phrases), context_lists_.size());
    if (added) context_lists_.push_back(list->first);
    contexts_.push_back(list->second);
    unit_stems_.push_back(stem(f.value.unit));
    const Predicate* predicate = facts.predicate(f.predicate);
    const Entity* subject = facts.entity(f.subject);
    if (predicate && subject && !facts_by_pair_.count({predicate, subject})) {
      const std::vector<std::size_t>* list = &facts.facts_for(f.predicate, f.subject);
      facts_by_pair_.emplace(std::make_pair(predicate, subject), list);
      predicates_by_subject_[subject].emplace_back(predicate, list);
    }
    if (subject) facts_by_subject_[subject].push_back(predicates_.size());
    if (predicate && !f.object.empty())
      if (const Entity* object = facts.entity(f.object))
        facts_by_object_[{predicate, object}].push_back(predicates_.size());
    predicates_.push_back(predicate);
    if (predicate && predicate->value == ValueKind::role && subject && !f.value.entity.empty()) {
      if (const Entity* person = facts.entity(f.value.entity)) {
        const auto [it, added] = led_by_.emplace(person, subject);
        if (!added && it->second != subject) it->second = nullptr;
      }
    }
  }
  for (auto& [subject, list] : predicates_by_subject_)
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  first_alike_ = first_alike_facts(facts);
}

const Lexicon::PredicateFacts& Lexicon::predicates_of(const Entity* subject) const {
  static const PredicateFacts kNone;
  const auto it = predicates_by_subject_.find(subject);
  return it == predicates_by_subject_.end() ? kNone : it->second;
}

const std::vector<std::size_t>& Lexicon::facts_of(const Entity* subject) const {
  static const std::vector<std::size_t> kNone;
  const auto it = facts_by_subject_.find(subject);
  return it == facts_by_subject_.end() ? kNone : it->second;
}

const std::vector<std::size_t>& Lexicon::facts_to(const Predicate* predicate, const Entity* object) const {
  static const std::vector<std::size_t> kNone;
  const auto it = facts_by_object_.find({predicate, object});
  return it == facts_by_object_.end() ? kNone : it->second;
}

const std::vector<std::size_t>& Lexicon::facts_for(const Predicate* predicate, const Entity* subject) const {
  static const std::vector<std::size_t> kNone;
  const auto it = facts_by_pair_.find({predicate, subject});
  return it == facts_by_pair_.end() ? kNone : *it->second;
}

std::vector<EntityMention> Lexicon::find_entities(const std::vector<Token>& tokens) const {
  std::vector<EntityMention> out;
  // "the Altman-led ChatGPT maker": an alias with its article, a compound modifier between them. The
  // mention is the words after the modifier, which may name someone itself; found when the scan reaches
  // them.
  std::size_t described = tokens.size();  // where such words start, if the scan is before them
  const Entity* described_entity = nullptr;
  std::size_t described_end = 0;
  for (std::size_t i = 0; i < tokens.size();) {
    if (i == described) {
      out.push_back({i, described_end, tokens[i].start, tokens[described_end - 1].end, described_entity});
      i = described_end;
      described = tokens.size();
      continue;
    }
    if (tokens[i].is("the") && described == tokens.size() && i + 4 < tokens.size() && tokens[i + 2].is("-") &&
        adjacent(tokens[i + 1], tokens[i + 2]) && adjacent(tokens[i + 2], tokens[i + 3]) &&
        tokens[i + 1].is_word() && tokens[i + 3].is_word()) {
      const auto the = aliases_.find("the");
      for (const Alias& a : the == aliases_.end() ? std::vector<Alias>{} : the->second) {
        std::size_t k = i + 4;
        bool ok = a.norms.size() > 1;
        for (std::size_t n = 1; n < a.norms.size() && ok; ++n, ++k)
          ok = k < tokens.size() && tokens[k].norm == a.norms[n];
        if (ok) {
          described = i + 4;
          described_end = k;
          described_entity = a.entity;
          break;
        }
      }
    }
    auto it = alias_keys_.may_contain(tokens[i].norm) ? aliases_.find(tokens[i].norm) : aliases_.end();
    const Alias* best = nullptr;
    std::size_t best_end = i;
    if (it != aliases_.end()) {
      for (const Alias& a : it->second) {
        // Walk the alias over the tokens, stepping over a "." right after a token ("Corp.").
        std::size_t k = i;
        bool ok = true;
        for (const std::string& norm : a.norms) {
          if (k < tokens.size() && tokens[k].is(".") && k > i) ++k;
          if (k >= tokens.size() || tokens[k].norm != norm) {
            ok = false;
            break;
          }
          ++k;
        }
        if (ok && k > best_end) {
          best = &a;
          best_end = k;
        }
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    std::size_t end = best_end;
    if (!best->entity->is_person()) {
      auto suffix_dot = [&] {
        if (end < tokens.size() && tokens[end].is(".") && adjacent(tokens[end - 1], tokens[end]) &&
            is_corporate_suffix(tokens[end - 1].norm))
          ++end;
      };
      suffix_dot();  // the alias itself may end in a suffix: "SoftBank Group Corp."
      while (end < tokens.size() && is_corporate_suffix(tokens[end].norm) &&
             !(end + 1 < tokens.size() && tokens[end + 1].is("-"))) {  // not "co-founder"
        ++end;
        suffix_dot();
      }
    }
    if (!is_place(tokens, i, end))
      out.push_back({i, end, tokens[i].start, tokens[end - 1].end, best->entity});
    i = end;
    if (described < i) described = tokens.size();  // the words were part of a longer name
  }
  return out;
}

std::vector<EntityMention> Lexicon::find_entities(std::string_view text,
                                                  const std::vector<Token>& tokens) const {
  std::vector<EntityMention> found = find_entities(tokens);
  // The people named in full so far, by last name.
  std::vector<std::pair<std::string_view, const Entity*>> named;
  std::vector<EntityMention> out;
  out.reserve(found.size());
  std::size_t next = 0;  // the first token no mention covers yet
  // "Mr Son", "Ms. Murati": a last name after a courtesy title is the one person the base has by it,
  // named in full or not.
  const auto titled = [&](std::size_t k) -> const Entity* {
    std::size_t t = k;
    if (t >= 2 && tokens[t - 1].is(".") && adjacent(tokens[t - 2], tokens[t - 1])) --t;
    if (t == 0) return nullptr;
    const std::string& title = tokens[t - 1].norm;
    if (title != "mr" && title != "mrs" && title != "ms" && title != "mx" && title != "dr") return nullptr;
    const Entity* only = nullptr;
    for (const auto& surname : surnames_) {
      if (surname.first != tokens[k].norm) continue;
      if (only && only != surname.second) return nullptr;
      only = surname.second;
    }
    return only;
  };
  const auto add_surnames = [&](std::size_t until) {
    for (std::size_t k = next; k < until; ++k) {
      // Written with its capital: most words are turned away by their first letter alone.
      const char first = text[tokens[k].start];
      if (first < 'A' || first > 'Z' || !tokens[k].is_word()) continue;
      const auto it = std::find_if(named.begin(), named.end(), [&](const auto& n) {
        return n.first.size() == tokens[k].norm.size() && n.first == tokens[k].norm;
      });
      const Entity* person = it != named.end() ? it->second : titled(k);
      if (!person) continue;
      // "Son Heung-min" is another Son: a capitalised word right after is another name.
      if (k + 1 < until && tokens[k + 1].is_word() && text[tokens[k + 1].start] >= 'A' &&
          text[tokens[k + 1].start] <= 'Z')
        continue;
      out.push_back({k, k + 1, tokens[k].start, tokens[k].end, person});
    }
  };
  // ("Ashby Rovers" is Ashby Rovers Football Club: a word of its name after the first.)
  const auto in_name = [](const Entity& e, const std::string& norm) {
    for (const Token& w : tokenize(e.name))
      if (w.norm == norm) return true;
    return false;
  };
  const auto capital_at = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].is_word() && text[tokens[k].start] >= 'A' &&
           text[tokens[k].start] <= 'Z';
  };
  const auto all_caps = [&](std::size_t k) {
    const std::string_view w = text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  for (const EntityMention& m : found) {
    // A one-word short form of an organisation's longer name, right before another capitalised word, is
    // the start of another name: "Pensioenfonds Bouwzorg" is not Pensioenfonds Havenwerk ("ELDMARK
    // CEO", in capitals, is Eldmark still).
    if (m.last_token == m.first_token + 1 && !m.entity->is_person() &&
        m.entity->name.find(' ') != std::string::npos && capital_at(m.last_token) &&
        !all_caps(m.last_token) && !all_caps(m.first_token) && !in_name(*m.entity, tokens[m.last_token].norm))
      continue;
    add_surnames(m.first_token);
    out.push_back(m);
    next = m.last_token;
    if (!m.entity->is_person() || m.last_token - m.first_token < 2) continue;
    for (const auto& surname : surnames_)
      if (surname.second == m.entity && tokens[m.last_token - 1].norm == surname.first &&
          std::none_of(named.begin(), named.end(), [&](const auto& n) { return n.second == surname.second; }))
        named.emplace_back(surname.first, surname.second);
  }
  add_surnames(tokens.size());
  // "Altman's outfit", "Nadella's company": the organisation the person leads, named by a plain noun
  // after their possessive.
  static const std::array<std::string_view, 9> kOrganisations = {
      "outfit", "company", "firm", "startup", "start-up", "lab", "group", "empire", "shop"};
  std::vector<EntityMention> led;
  // So is "the Satya Nadella-led company".
  for (const EntityMention& m : out) {
    std::size_t k = m.last_token;
    if (!m.entity->is_person() || k + 1 >= tokens.size()) continue;
    if (tokens[k].is("-") && k + 2 < tokens.size() && adjacent(tokens[k - 1], tokens[k]) &&
        adjacent(tokens[k], tokens[k + 1]) &&
        (tokens[k + 1].is("led") || tokens[k + 1].is("run") || tokens[k + 1].is("headed")))
      ++k;
    else if (!tokens[k].is("'s"))
      continue;
    if (std::find(kOrganisations.begin(), kOrganisations.end(), tokens[k + 1].norm) == kOrganisations.end())
      continue;
    const auto it = led_by_.find(m.entity);
    if (it == led_by_.end() || !it->second) continue;
    led.push_back({k + 1, k + 2, tokens[k + 1].start, tokens[k + 1].end, it->second});
  }
  if (!led.empty()) {
    out.insert(out.end(), led.begin(), led.end());
    std::sort(out.begin(), out.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.first_token < b.first_token; });
  }
  return out;
}

std::vector<CueMention> Lexicon::find_cues(const std::vector<std::string>& stems, std::size_t from,
                                           std::size_t to) const {
  // Longest match wins: "funding round" is a funding-round cue, not also an investment cue "fund".
  std::vector<CueMention> out;
  for (std::size_t i = from; i < to;) {
    auto it = cue_keys_.may_contain(stems[i]) ? cues_.find(stems[i]) : cues_.end();
    std::size_t longest = 0;
    if (it != cues_.end()) {
      for (const Cue& c : it->second) {  // sorted longest first
        const std::size_t n = c.stems.size();
        if (n < longest) break;
        if (i + n > to ||
            !std::equal(c.stems.begin(), c.stems.end(), stems.begin() + static_cast<std::ptrdiff_t>(i)))
          continue;
        longest = n;
        for (const Predicate* p : c.predicates) out.push_back({i, i + n, p});
      }
    }
    i += longest ? longest : 1;
  }
  return out;
}

}  // namespace factcheck
