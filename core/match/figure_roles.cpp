// Whose a figure is: who acts in the sentence, who owns the figure and whose clause it stands in, so that
// another's figure is not judged against our fact (match/figure_judge.hpp).
#include "match/figure_judge.hpp"

#include "learn/names.hpp"

namespace factcheck {

namespace {
// A capital letter after the first: "xAI", "eBay", "DeepMind" (not "OK", not "U.S.").
bool inner_capital(std::string_view w) {
  if (w.size() < 3) return false;
  bool lower = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= 'a' && c <= 'z') lower = true;
    if (i > 0 && c >= 'A' && c <= 'Z' && lower) return true;
  }
  return false;
}
}  // namespace

namespace {

// "The Phase Three study", "a Phase II trial": a stage, no name.
bool trial_stage(const std::vector<Token>& t, std::size_t w) {
  const auto stage = [](const Token& x) { return token_is(x, {"phase", "stage"}); };
  const auto number = [](const Token& x) {
    return token_is(x, {"one", "two", "three", "four", "i", "ii", "iii", "iv"}) || x.is_number();
  };
  return stage(t[w]) || (w > 0 && stage(t[w - 1]) && number(t[w]));
}

}  // namespace

bool FigureJudge::clause_of_another(std::size_t qi, const Fact& f, bool unknown_only) const {
  const auto& t = v_.tokens;
  const std::size_t lead = leads_[qi], first = v_.sentence.first_token;
  // For a right figure only a name the figure is said to be of counts ("Alphabet is around $75
  // billion"): most figures have no such words before them, and need no more reading.
  if (unknown_only && !(lead >= first + 3 && token_is(t[lead - 1], {"is", "was", "at"}) &&
                        t[lead - 2].is_word() && v_.capitalized(lead - 2)))
    return false;
  // The clause: back to a comma, a semicolon, a colon, a bracket, a dash or a word that opens a clause
  // of contrast.
  std::size_t k = lead;
  while (k > first && !token_is(t[k - 1], {",", ";", ":", "(", "--", "while", "whereas", "meanwhile", "but"}))
    --k;
  bool subject = false, other = false, unknown = false;
  for (std::size_t w = k; w < lead; ++w) {
    // A pronoun may be the subject ("it has put $13bn"), unless another name stands before it in the
    // clause ("Meta just said it will spend $60 billion").
    if (t[w].norm.size() <= 5 && token_is(t[w], {"it", "its", "they", "their", "he", "she", "his", "her"})) {
      if (!other) return false;
      continue;
    }
    const EntityMention* m = nullptr;
    for (const EntityMention& e : v_.entities)
      if (w >= e.first_token && w < e.last_token) m = &e;
    if (m) {
      if (m->entity->id == f.subject)
        subject = true;
      else if (!m->entity->is_person() && m->entity->id != f.object && !is_descriptor(*m))
        other = true;
      continue;
    }
    if (!t[w].is_word()) continue;
    // "Dunmore council opened 20 centres": a capitalised word opening the sentence before an
    // organisation's noun in lower case names that organisation.
    if ((w == first || t[w - 1].is(".")) && v_.capitalized(w) && w + 1 < lead && t[w + 1].is_word() &&
        !v_.capitalized(w + 1) && organisation_noun(t[w + 1].norm) && !is_function_word(t[w])) {
      other = true;
      continue;
    }
    // (The first word opens the sentence, after a bullet or a quote mark too: "• Revenue £1.6bn".)
    if (w == first || (w == first + 1 && !t[first].is_word() && !t[first].is_number())) continue;
    // Nor a word after a full stop, or one cut short by one ("y/y. Adj. op profit +9%"): note-takers
    // write so.
    if (t[w - 1].is(".") || (w + 2 < lead && t[w + 1].is(".") && adjacent(t[w], t[w + 1]) &&
                             t[w + 2].is_word() && !v_.capitalized(w + 2)))
      continue;
    const std::string_view word = v_.text.substr(t[w].start, t[w].end - t[w].start);
    // A capital alone marks a name only in English: German writes every noun so ("die Bewertung").
    if (inner_capital(word) ||
        (v_.capitalized(w) && !is_function_word(t[w]) && !is_calendar_word(t[w].norm) && !t[w].is("i") &&
         english() && !trial_stage(t, w))) {
      other = true;
      // For a right figure, only a name that the figure is said to be of: "Alphabet is around $75 billion".
      unknown = unknown || (w + 2 == lead && token_is(t[w + 1], {"is", "was", "at"}));
    }
  }
  return other && !subject && (!unknown_only || unknown);
}

bool FigureJudge::other_owner_in_clause(std::size_t lead) const {
  // "…, and Anthropic's last round priced it around $60B", "xAI closed $6B": a name the base does not
  // know, as an owner or written with a capital inside, in the figure's own clause.
  const auto& t = v_.tokens;
  for (std::size_t k = lead; k > v_.sentence.first_token; --k) {
    const std::size_t w = k - 1;
    // "a rival studio in Seria, Belait Skin Studio, charges B$95": a clause with no subject of its own
    // after a name in apposition is that name's.
    if (t[w].is(",") && k < lead && t[k].is_word() && !v_.capitalized(k) &&
        !token_is(t[k], {"the",  "a",   "an",    "it",    "its", "we",  "they", "he",   "she",   "this",
                         "that", "our", "their", "which", "who", "and", "but",  "or",   "while", "as",
                         "so",   "you", "i",     "your",  "my",  "his", "her",  "there"}))
      return unknown_name_ending(w);
    if (is_clause_break(t[w]) || t[w].is(",")) break;
    if (!t[w].is_word()) continue;
    const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return w >= m.first_token && w < m.last_token;
    });
    if (known) continue;
    const std::string_view word = v_.text.substr(t[w].start, t[w].end - t[w].start);
    if (inner_capital(word)) return true;
    // Not a season's or a holiday's: "New Year's Day", "Christmas's".
    if (v_.capitalized(w) && w + 1 < lead && t[w + 1].is("'s") && w > v_.sentence.first_token &&
        !is_calendar_word(t[w].norm) && !token_is(t[w], {"year", "christmas", "today", "week", "month"}))
      return true;
  }
  return false;
}

bool FigureJudge::unknown_name_ending(std::size_t end) const {
  const auto& t = v_.tokens;
  std::size_t words = 0;
  for (std::size_t k = end; k > v_.sentence.first_token; --k) {
    const std::size_t w = k - 1;
    if (t[w].is("-") || t[w].is("&")) continue;  // "Co-operative", "Wire & Rope"
    if (w >= v_.sentence.first_token + 2 && t[w].is_word() && t[w - 1].is("-") && adjacent(t[w - 1], t[w]) &&
        v_.capitalized(w - 2))
      continue;  // the "operative" of "Co-operative"
    const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return w >= m.first_token && w < m.last_token;
    });
    if (known || !t[w].is_word() || !v_.capitalized(w) || is_calendar_word(t[w].norm) ||
        is_function_word(t[w]))
      break;
    ++words;
  }
  return words >= 2;
}

bool FigureJudge::unknown_name_before(std::size_t until) const {
  const auto& t = v_.tokens;
  // Asked once per sentence: the answer is the same for every figure.
  if (title_case_ < 0) title_case_ = v_.title_case(4) ? 1 : 0;
  if (title_case_ == 1) return false;
  std::size_t run = 0;
  for (std::size_t k = v_.sentence.first_token; k < until; ++k) {
    const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
    const bool capital =
        t[k].is_word() && v_.capitalized(k) && !known && !is_calendar_word(t[k].norm) &&
        !token_is(t[k], {"the", "a",   "an", "in",    "on",   "at",   "for", "since", "after", "as",
                         "by",  "its", "it", "their", "this", "that", "but", "and",   "when",  "while"});
    run = capital ? run + 1 : 0;
    if (run >= 2) return true;
    // One word is enough when its case shows it is a name: "xAI", "eBay", "DeepMind".
    if (t[k].is_word() && !known && inner_capital(v_.text.substr(t[k].start, t[k].end - t[k].start)))
      return true;
  }
  return false;
}

bool FigureJudge::all_lower_case() const {
  for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k) {
    const bool in_figure = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* q) {
      return k >= q->first_token && k < q->last_token;
    });
    if (v_.tokens[k].is_word() && v_.capitalized(k) && !in_figure) return false;
  }
  return true;
}

bool FigureJudge::shares_a_list(const EntityMention& m, std::string_view partner) const {
  const auto& t = v_.tokens;
  const std::size_t first = v_.sentence.first_token, last = v_.sentence.last_token;
  const auto joins = [&](std::size_t k) {
    return k >= first && k < last && (t[k].is("and") || t[k].is("&"));
  };
  const auto comma = [&](std::size_t k) { return k >= first && k < last && t[k].is(","); };
  // The name on the far side of a joining token, and whether it is the partner.
  const auto other = [&](std::size_t k) -> int {  // -1 none, 0 the partner, 1 someone else
    if (k < first || k >= last || !t[k].is_word() || !v_.capitalized(k)) return -1;
    for (const EntityMention& e : v_.entities)
      if (k >= e.first_token && k < e.last_token) return e.entity->id == partner ? 0 : 1;
    return 1;
  };
  const std::size_t before = m.first_token, after = m.last_token;
  if (before >= first + 2 && joins(before - 1) && other(before - 2) == 1) return true;
  if (joins(after) && other(after + 1) == 1) return true;
  // In the middle of a longer list: ", Microsoft, Alphabet and Meta", "Partners, Microsoft and MGX".
  const bool comma_before = before >= first + 2 && comma(before - 1) && other(before - 2) == 1;
  const bool goes_on = (comma(after) || joins(after)) && other(after + 1) == 1;
  return comma_before && goes_on;
}

bool FigureJudge::gapped_actor_before(std::size_t lead, const Fact& f) const {
  const auto& t = v_.tokens;
  const std::size_t first = v_.sentence.first_token;
  // "in which Deshmukh holds 40 per cent" where the sources name Deshmukh Constructions: a capitalised
  // word before a verb of holding that starts another organisation's name holds the figure.
  const auto holding = [&](std::size_t k) { return k < lead && is_holding_verb(t[k]); };
  if (lead >= first + 2 && holding(lead - 1) && t[lead - 2].is_word() && v_.capitalized(lead - 2)) {
    const std::vector<const Entity*>& starting = lexicon_.organisations_starting(t[lead - 2].norm);
    const Entity* subject = facts_.entity(f.subject);
    if (subject && !starting.empty() &&
        std::find(starting.begin(), starting.end(), subject) == starting.end())
      return true;
  }
  // "our JV with Orienta Terminals, in which we hold 49%": the speaker's, not the one it names.
  if (lead >= first + 2 && holding(lead - 1) && token_is(t[lead - 2], {"we", "i"}) &&
      std::any_of(v_.entities.begin(), v_.entities.end(),
                  [&](const EntityMention& m) { return m.entity->id == f.subject; }))
    return true;
  // "in which Deshmukh holds 40 per cent", "Orbis Capital with 55 percent", "founder Tomáš Veselý with
  // 45 percent": a name and its verb of holding right before the figure.
  for (const EntityMention& m : v_.entities)
    if (m.last_token + 1 == lead && holding(m.last_token) && m.entity->id != f.subject &&
        m.entity->id != f.object)
      return true;
  const EntityMention* nearest = nullptr;
  for (const EntityMention& m : v_.entities) {
    if (m.last_token > lead) break;
    if (!is_descriptor(m) && !m.entity->is_person()) nearest = &m;
  }
  if (!nearest || nearest->entity->id == f.subject || nearest->entity->id == f.object) return false;
  std::size_t k = nearest->first_token;
  if (k > first && t[k - 1].is("the")) --k;
  if (k <= first + 1 || !(t[k - 1].is(",") || t[k - 1].is("and") || t[k - 1].is(";"))) return false;
  // No verb of its own: only another figure and the words that join figures stand between ("Nexa
  // Mobile 100 MHz for €486m"), not "OpenAI, SoftBank and Oracle unveiled on January 21".
  for (std::size_t w = nearest->last_token; w < lead; ++w) {
    const bool in_figure = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* q) {
      return w >= q->first_token && w < q->last_token;
    });
    if (!in_figure && !token_is(t[w], {"for", "at", "of", "with", "worth", "a", "an"})) return false;
  }
  return true;
}

bool FigureJudge::relative_owner_fits(std::size_t lead, const Fact& f) const {
  const auto& t = v_.tokens;
  for (std::size_t k = lead; k > v_.sentence.first_token + 1 && lead - k < 4; --k) {
    if (!token_is(t[k - 1], {"which", "who"})) continue;
    if (!t[k - 2].is(",")) return true;
    const auto owner = std::find_if(v_.entities.begin(), v_.entities.end(),
                                    [&](const EntityMention& m) { return m.last_token == k - 2; });
    // (Only a name with a fact of the kind: "the new mill at Fier e Vogël, which cost ..." is the mill's.)
    return owner == v_.entities.end() || owner->entity->id == f.subject || owner->entity->id == f.object ||
           lexicon_.facts_for(predicate_of(f), owner->entity).empty();
  }
  return true;
}

bool FigureJudge::roles_fit(std::size_t qi, const Fact& f) const {
  const QuantityMention& q = *figures_[qi];
  const auto& t = v_.tokens;
  const std::size_t end = v_.sentence.last_token;
  // "in X" / "into X" right after the figure names what it goes to: it must be the fact's object
  // ("in additional OpenAI" too). A capitalised name the base does not know there is someone else,
  // and so is any lower-case word in text written all in lower case ("into anthropic").
  if (q.last_token + 1 < end && (t[q.last_token].is("in") || t[q.last_token].is("into"))) {
    const std::size_t k = q.last_token + 1;
    // A person's name that describes the recipient is not it: "into Altman's OpenAI", "into the
    // Altman-led ChatGPT maker".
    const auto describes = [&](const EntityMention& m) {
      return m.entity->is_person() && m.last_token < end &&
             (t[m.last_token].is("'s") ||
              (t[m.last_token].is("-") && adjacent(t[m.last_token - 1], t[m.last_token])));
    };
    const EntityMention* named = nullptr;
    std::size_t window = k + 3;
    for (const EntityMention& m : v_.entities) {
      if (m.first_token < k || m.first_token >= window || named) continue;
      if (describes(m)) {
        window = m.last_token + 5;
        continue;
      }
      named = &m;
    }
    const bool words_before =
        named && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k),
                             t.begin() + static_cast<std::ptrdiff_t>(named->first_token),
                             [&](const Token& w) { return w.is_word() || w.is("'s") || w.is("-"); });
    if (f.object.empty()) {
      // A fact with no recipient is no figure put into one the sentence's own word gives recipients:
      // "invested nearly $80 bln in OpenAI" is not the $80 billion of capital spending.
      if (named && words_before && named->entity->id != f.subject)
        for (const CueMention& c : cues_)
          if (!lexicon_.facts_to(c.predicate, named->entity).empty()) return false;
    } else if (named && words_before) {
      if (named->entity->id != f.object) return false;
    } else if (t[k].is_word() && !is_calendar_word(t[k].norm) && !is_no_recipient(t[k]) &&
               (v_.capitalized(k) || all_lower_case())) {
      return false;
    }
  }
  // "on CoreWeave's cloud": spending on an organisation the base does not know.
  if (q.last_token + 2 < end && t[q.last_token].is("on") && t[q.last_token + 1].is_word() &&
      v_.capitalized(q.last_token + 1) && t[q.last_token + 2].is("'s"))
    return false;
  // The figure's owner: "Amazon's $4 billion stake".
  const std::size_t lead = leads_[qi];
  if (lead > v_.sentence.first_token + 1 && t[lead - 1].is("'s")) {
    const auto owner = std::find_if(v_.entities.begin(), v_.entities.end(),
                                    [&](const EntityMention& m) { return m.last_token == lead - 1; });
    if (owner == v_.entities.end() ? v_.capitalized(lead - 2)
                                   : owner->entity->id != f.subject && owner->entity->id != f.object)
      return false;
  }
  // A relative clause's figure is the name's right before it: "owned by Lazarine Holdings and the
  // Praslinette Community Trust, which holds 60 percent" is the trust's.
  if (!relative_owner_fits(lead, f)) return false;
  // The figure names the subject's size itself: "UNVEIL $500 BLN STARGATE AI VENTURE".
  if (std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
        return m.entity->id == f.subject && m.first_token == q.last_token;
      }))
    return true;
  // The clause's first organisation, in the possessive, owns what the figure measures: "Microsoft's
  // October ticket into OpenAI was $6.6bn" is Microsoft's, not OpenAI's round size.
  const bool owned = lead > v_.sentence.first_token + 1 && t[lead - 1].is("'s");  // its own owner decides
  for (const EntityMention& m : v_.entities) {
    if (owned || m.last_token > lead) break;
    if (is_descriptor(m) || m.entity->is_person()) continue;
    if (m.last_token < end && t[m.last_token].is("'s") && m.entity->id != f.subject &&
        m.entity->id != f.object)
      return false;
    break;
  }
  // "contributed $750 million to the $6.6 billion round": a figure between "the" and its fact's cue is the
  // size of what the cue names, whoever acts in the clause. ("xAI closed a six-billion-dollar round" is
  // another one.)
  if (!owned && lead > v_.sentence.first_token && token_is(t[lead - 1], {"the", "this", "that"}) &&
      is_named(f.subject) && std::any_of(cues_.begin(), cues_.end(), [&](const CueMention& c) {
        return c.first_token == q.last_token && c.predicate == predicate_of(f);
      }))
    return true;
  if (is_referred(f.subject) && other_owner_in_clause(lead)) return false;
  if (is_referred(f.subject)) {
    // Carried from the sentence before, unless this one opens on another organisation, one with no fact
    // of this kind, as its actor: "Ostwind holds half of the project" is Ostwind's share, not the last
    // sentence's company's.
    for (const EntityMention& m : v_.entities) {
      if (m.last_token > lead) break;
      if (is_descriptor(m) || m.entity->is_person() || m.entity->id == f.object) continue;
      const Predicate* pred = predicate_of(f);
      return !(m.first_token == v_.sentence.first_token && pred &&
               lexicon_.facts_for(pred, m.entity).empty());
    }
    return true;
  }
  // The nearest organisation before the figure is the actor, unless the subject is named before it
  // too; a subject named only in a list of actors shares the figure with them.
  if (gapped_actor_before(lead, f)) return false;
  bool subject_before = false, other_before = false, listed = false;
  for (const EntityMention& m : v_.entities) {
    if (m.last_token > lead) break;
    if (is_descriptor(m)) continue;
    if (m.entity->id == f.subject) {
      subject_before = true;
      listed = listed || shares_a_list(m, f.object);
    } else if (m.entity->id != f.object && !m.entity->is_person()) {
      other_before = true;
    }
  }
  if (other_before && !subject_before) return false;
  if (listed) return false;
  // An organisation the base does not know, before the figure, with the subject nowhere before it.
  if (!subject_before && unknown_name_before(lead)) return false;
  // Nor one named after it only to own the next figure, which follows its name: "The municipal fund owns
  // 60% of Sölvahöfn and the Norwegian company Tarevekst 40%" (Tarevekst's is the 40%).
  if (const Entity* next = v_.owner_of_next(*figures_[qi]); next && next->id == f.subject) return false;
  return true;
}

}  // namespace factcheck
