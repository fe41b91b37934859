// The figure judge's evidence: who and what a sentence names, how near each stands to a figure, and how
// well it fits each fact the sentence can be about (match/figure_judge.hpp). Whose the figure is:
// figure_roles.cpp.
#include "match/figure_judge.hpp"
#include "text/glossary.hpp"

namespace factcheck {

void FigureJudge::find_descriptors() {
  const auto& t = v_.tokens;
  for (std::size_t i = 0; i < v_.entities.size(); ++i) {
    const EntityMention& m = v_.entities[i];
    std::size_t k = m.last_token;
    if (k < v_.sentence.last_token && t[k].is("'s")) ++k;
    const bool person_after = k < v_.sentence.last_token && is_person_noun(t[k]) && !m.entity->is_person();
    const bool former =
        m.first_token > v_.sentence.first_token &&
        (t[m.first_token - 1].is("former") ||  // "ex-OpenAI", not a dash: "Jan 23 – Microsoft"
         (t[m.first_token - 1].is("-") && adjacent(t[m.first_token - 1], t[m.first_token])));
    if (!person_after && !(former && !m.entity->is_person())) continue;
    descriptors_.push_back(i);
    // "Microsoft CEO Satya Nadella said the company ...": the organisation of a person who holds one of
    // its roles now is there, as if referred to; not so a former officer's ("former OpenAI CTO").
    if (former) continue;
    for (const EntityMention& p : v_.entities)
      if (p.entity->is_person() && p.first_token >= m.last_token && p.first_token <= m.last_token + 4 &&
          holds_role(*m.entity, *p.entity))
        spoken_for_.push_back(m.entity);
  }
  // "Amazon's Anthropic stake ... at the start-up's last private mark": a common description the base
  // keeps as an alias ("the startup", "the software giant") does not name its entity in a sentence
  // about organisations the base does not know, unless the sentence names one of the base's by name
  // too, or the sentence before names this one.
  const bool described = std::any_of(v_.entities.begin(), v_.entities.end(),
                                     [&](const EntityMention& m) { return is_common_description(m); });
  if (!described) return;
  const bool about_ours =
      !names_others() || std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
        return !is_common_description(m) && !is_descriptor(m) && !m.entity->is_person();
      });
  for (std::size_t i = 0; i < v_.entities.size(); ++i) {
    const EntityMention& m = v_.entities[i];
    if (!is_common_description(m) || about_ours || is_descriptor(m)) continue;
    const bool before = std::any_of(v_.previous.begin(), v_.previous.end(),
                                    [&](const EntityMention& p) { return p.entity == m.entity; });
    if (!before) descriptors_.push_back(i);
  }
}

bool FigureJudge::names_others() const {
  const auto& t = v_.tokens;
  std::size_t words = 0, capitals = 0;
  bool other = false;
  for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k) {
    if (!t[k].is_word()) continue;
    ++words;
    if (!v_.capitalized(k)) continue;
    ++capitals;
    // The first word is capitalised as a sentence's, after a bullet or a quote too.
    if (words == 1 || is_calendar_word(t[k].norm) || is_function_word(t[k])) continue;
    const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
    const bool figure = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* q) {
      return k >= q->first_token && k < q->last_token;
    });
    other = other || (!known && !figure);
  }
  return other && !(words >= 4 && capitals * 2 > words);
}

bool FigureJudge::is_common_description(const EntityMention& m) const {
  if (!v_.tokens[m.first_token].is("the")) return false;
  for (std::size_t k = m.first_token + 1; k < m.last_token; ++k)
    if (v_.tokens[k].is_word() && v_.capitalized(k)) return false;
  return true;
}

bool FigureJudge::holds_role(const Entity& org, const Entity& person) const {
  for (const Predicate& p : facts_.predicates()) {
    if (p.value != ValueKind::role) continue;
    for (std::size_t fi : facts_.facts_for(p.id, org.id))
      if (all_[fi].value.entity == person.id) return true;
  }
  return false;
}

bool FigureJudge::is_descriptor(const EntityMention& m) const {
  for (std::size_t i : descriptors_)
    if (&v_.entities[i] == &m) return true;
  return false;
}

bool FigureJudge::is_named(std::string_view id) const {
  return std::any_of(v_.entities.begin(), v_.entities.end(),
                     [&](const EntityMention& m) { return m.entity->id == id && !is_descriptor(m); });
}

std::vector<Referral>::const_iterator FigureJudge::referral(std::string_view id) const {
  return std::find_if(referred_.begin(), referred_.end(),
                      [&](const Referral& r) { return r.entity->id == id; });
}

void FigureJudge::find_referrals() {
  // "Boss Callum Ashworth, in charge since January 2024, is splashing out on 40 new planes": a sentence
  // that names no organisation but a person who holds one of an organisation's roles speaks for it.
  const bool no_organisation = std::all_of(v_.entities.begin(), v_.entities.end(),
                                           [](const EntityMention& m) { return m.entity->is_person(); });
  // (Nor where a name the base does not know comes before the figures: "Satya Nadella said Amazon would
  // spend $80 billion".)
  const std::size_t until = figures_.empty() ? v_.sentence.last_token : figures_.front()->first_token;
  bool unknown_before = false;
  for (std::size_t k = v_.sentence.first_token + 1; k < until && !unknown_before; ++k) {
    const Token& t = v_.tokens[k];
    if (!t.is_word() || !v_.capitalized(k) || is_calendar_word(t.norm) || is_function_word(t)) continue;
    if (t.start > 0 && (v_.text[t.start - 1] == '\n' || v_.tokens[k - 1].is(":"))) continue;  // a line's
    unknown_before = std::none_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
  }
  if (no_organisation && !v_.entities.empty() && !unknown_before)
    for (const Predicate& p : facts_.predicates()) {
      if (p.value != ValueKind::role) continue;
      for (std::size_t fi : facts_.facts_with(p.id)) {
        const Fact& f = all_[fi];
        const bool held = std::any_of(v_.entities.begin(), v_.entities.end(),
                                      [&](const EntityMention& m) { return m.entity->id == f.value.entity; });
        if (!held) continue;
        const Entity* org = facts_.entity(f.subject);
        if (org && !is_referred(org->id) &&
            std::find(spoken_for_.begin(), spoken_for_.end(), org) == spoken_for_.end())
          spoken_for_.push_back(org);
      }
    }
  for (const EntityMention& m : v_.antecedents)
    if (!is_named(m.entity->id) && !is_referred(m.entity->id))
      referred_.push_back({m.entity, referred_.empty() ? 12u : 20u});
  for (const Entity* e : spoken_for_)
    if (!is_named(e->id) && !is_referred(e->id)) referred_.push_back({e, 16u});
  // The topic of the last few sentences, for a sentence that names and refers to no one: far, and
  // weak (judge() lets it confirm only).
  for (const EntityMention& m : v_.topic)
    if (!is_named(m.entity->id) && !is_referred(m.entity->id)) {
      referred_.push_back({m.entity, 24u});
      weak_topic_.push_back(m.entity);
    }
}

void FigureJudge::find_cued_predicates() {
  // A cue glued to a name before it describes that name ("Microsoft-backed OpenAI"): it governs no figure.
  const auto& t = v_.tokens;
  for (const CueMention& c : v_.cues) {
    const std::size_t k = c.first_token;
    const bool compound = k >= 2 && k - 2 >= v_.sentence.first_token && t[k - 1].is("-") &&
                          adjacent(t[k - 1], t[k]) && adjacent(t[k - 2], t[k - 1]) && t[k - 2].is_word();
    // Nor one glued to a participle after it, which it describes: "melt-blended at 120 °C" is no melting
    // point. ("fossil-free by 2030", "one-way tickets" keep their words.)
    const std::size_t e = c.last_token;
    const bool modifier = c.last_token == c.first_token + 1 && e + 1 < v_.sentence.last_token &&
                          t[e].is("-") && adjacent(t[e - 1], t[e]) && adjacent(t[e], t[e + 1]) &&
                          t[e + 1].is_word() && t[e + 1].norm.size() > 4 &&
                          t[e + 1].norm.compare(t[e + 1].norm.size() - 2, 2, "ed") == 0;
    if (!compound && !modifier) cues_.push_back(c);
  }
  cued_.reserve(cues_.size());
  for (const CueMention& c : cues_) cued_.push_back(c.predicate);
  std::sort(cued_.begin(), cued_.end(), std::less<const Predicate*>());
  cued_.erase(std::unique(cued_.begin(), cued_.end()), cued_.end());
}

void FigureJudge::find_leads() {
  leads_.reserve(figures_.size());
  for (const QuantityMention* q : figures_) {
    std::size_t k = q->first_token;
    while (k > v_.sentence.first_token && v_.tokens[k - 1].start >= q->comparator_start) --k;
    leads_.push_back(k);
  }
}

void FigureJudge::find_facts_here() {
  // The entities here once each, by id: the order the index is asked in.
  present_.reserve(referred_.size() + v_.entities.size());
  for (const Referral& r : referred_) present_.push_back(r.entity);
  for (const EntityMention& m : v_.entities)
    if (!is_descriptor(m)) present_.push_back(m.entity);
  const auto by_id = [](const Entity* a, const Entity* b) { return a->id < b->id; };
  std::sort(present_.begin(), present_.end(), by_id);
  present_.erase(std::unique(present_.begin(), present_.end()), present_.end());
  // Every (cued predicate, present entity) pair's facts: counted first, as a large learned base gives a
  // sentence hundreds.
  std::vector<std::pair<const Predicate*, const std::vector<std::size_t>*>> lists(cued_.size() *
                                                                                  present_.size());
  std::size_t total = 0;
  for (std::size_t e = 0; e < present_.size(); ++e) {
    const Lexicon::PredicateFacts& has = lexicon_.predicates_of(present_[e]);
    // Both lists are sorted by predicate: each search starts where the last one stopped.
    auto it = has.begin();
    for (std::size_t p = 0; p < cued_.size() && it != has.end(); ++p) {
      it = std::lower_bound(it, has.end(), cued_[p],
                            [](const auto& entry, const Predicate* key) { return entry.first < key; });
      if (it == has.end() || it->first != cued_[p]) continue;
      lists[p * present_.size() + e] = *it;
      total += it->second->size();
    }
  }
  facts_here_.reserve(total);
  std::vector<FactHere> unnamed_object;
  for (const auto& [pred, list] : lists) {
    if (!list) continue;
    for (std::size_t fi : *list) {
      const Fact& f = all_[fi];
      // The object may stand in the sentence before: "Q: How much did Microsoft put into OpenAI's latest
      // round? A: Reports put Microsoft's share of the October 2024 round at roughly $1.3 billion".
      if (!f.object.empty() && !is_present(f.object) && !named_before(f.object)) {
        if (some_figure_fits(f) && sole_object(*pred, f))
          unnamed_object.push_back({fi, pred, &lexicon_.context(fi), nullptr, -1});
        continue;
      }
      // The fact's predicate is `pred`: ids are unique, and the index is keyed by them.
      facts_here_.push_back({fi, pred, &lexicon_.context(fi), nullptr, -1});
    }
  }
  // Or nowhere, when no other fact is here, a figure of the sentence fits it, and it is the only object
  // the subject's facts of this kind have ("Microsoft has committed roughly $14bn overall"): then the
  // figure can confirm the fact, never contradict it (judge()).
  if (facts_here_.empty()) facts_here_ = std::move(unnamed_object);
  if (facts_here_.empty()) find_unnamed_subject();
}

bool FigureJudge::some_figure_fits(const Fact& f) const {
  for (std::size_t qi = 0; qi < figures_.size(); ++qi)
    if (fits(qi, f)) return true;
  return false;
}

void FigureJudge::find_unnamed_subject() {
  // "Cloud exclusivity: Azure through 2030": the sentence names the fact's object and cues its predicate,
  // and the fact is the only one of that predicate the object has. Evidence for it, never against it.
  for (const Predicate* pred : cued_) {
    for (const Entity* entity : present_) {
      const std::vector<std::size_t>& list = lexicon_.facts_to(pred, entity);
      if (list.size() != 1) continue;
      const Fact& f = all_[list.front()];
      if (is_present(f.subject)) continue;
      if (!some_figure_fits(f) || names_others() ||
          std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
            return !m.entity->is_person() && m.entity->id != f.object;
          }))
        continue;
      facts_here_.push_back({list.front(), pred, &lexicon_.context(list.front()), nullptr, -1});
    }
  }
}

bool FigureJudge::sole_object(const Predicate& pred, const Fact& f) const {
  // A vague value ("tens of billions") fits too many figures to stand without its object.
  const Entity* subject = facts_.entity(f.subject);
  if (!subject || f.value.comparator == Comparator::order) return false;
  for (std::size_t gi : lexicon_.facts_for(&pred, subject))
    if (all_[gi].object != f.object) return false;
  // Its object must be named nowhere else in the sentence as something else's: any other organisation
  // the sentence names may be the real recipient ("Microsoft put $2bn into Inflection").
  return !names_others() && std::none_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
    return !m.entity->is_person() && m.entity->id != f.subject && m.entity->id != f.object;
  });
}

bool FigureJudge::named_before(std::string_view id) const {
  return std::any_of(v_.previous.begin(), v_.previous.end(),
                     [&](const EntityMention& m) { return m.entity->id == id; });
}

bool FigureJudge::is_present(std::string_view id) const {
  const auto it = std::lower_bound(present_.begin(), present_.end(), id,
                                   [](const Entity* e, std::string_view key) { return e->id < key; });
  return it != present_.end() && (*it)->id == id;
}

void FigureJudge::count_breaks() {
  breaks_end_ = v_.sentence.last_token;
  for (const QuantityMention* q : figures_) breaks_end_ = std::max(breaks_end_, q->last_token);
  for (const EntityMention& m : v_.entities) breaks_end_ = std::max(breaks_end_, m.last_token);
  breaks_end_ = std::min(breaks_end_, v_.tokens.size());
  const std::size_t first = v_.sentence.first_token;
  breaks_before_.assign(breaks_end_ - first + 1, 0);
  // A short aside between two commas ("OpenAI's latest fundraising, closed in October 2024, brought in")
  // does not cut the clause it sits in: the comma that closes it is skipped when the one that opens it is.
  std::size_t closing = 0;  // the aside's closing comma, 0 if none pending
  for (std::size_t k = first; k < breaks_end_; ++k) {
    bool cut = is_clause_break(v_.tokens[k]);
    if (cut && k == closing) {
      cut = false;
      closing = 0;
    } else if (cut && v_.tokens[k].is(",")) {
      for (std::size_t j = k + 1; j < breaks_end_ && j <= k + 7; ++j) {
        if (!is_clause_break(v_.tokens[j])) continue;
        if (v_.tokens[j].is(",") && j > k + 1) {
          cut = false;
          closing = j;
        }
        break;
      }
    }
    breaks_before_[k - first + 1] = breaks_before_[k - first] + (cut ? 1 : 0);
  }
}

std::size_t FigureJudge::distance(std::size_t qi, std::size_t first, std::size_t last) const {
  const QuantityMention& q = *figures_[qi];
  std::size_t from = 0, to = 0;
  const std::size_t q_first = leads_[qi];
  if (last <= q_first) {
    from = last;
    to = q_first;
  } else if (first >= q.last_token) {
    from = q.last_token;
    to = first;
  }
  std::size_t d = to - from;
  const std::size_t breaks_first = v_.sentence.first_token;
  if (from < to && from >= breaks_first && to <= breaks_end_ && !breaks_before_.empty())
    return d + 3 * (breaks_before_[to - breaks_first] - breaks_before_[from - breaks_first]);
  for (std::size_t k = from; k < to; ++k) d += is_clause_break(v_.tokens[k]) ? 3 : 0;
  return d;
}

std::size_t FigureJudge::nearest_entity(std::size_t qi, std::string_view id) const {
  const auto ref = referral(id);
  std::size_t best = ref != referred_.end() ? ref->distance : kFar;
  for (const EntityMention& m : v_.entities)
    if (m.entity->id == id && !is_descriptor(m))
      best = std::min(best, distance(qi, m.first_token, m.last_token));
  return best;
}

std::size_t FigureJudge::nearest_cue(std::size_t qi, const Predicate* pred, double* weight) const {
  std::size_t best = kFar;
  double best_weight = 0;
  for (const CueMention& c : cues_) {
    if (c.predicate != pred) continue;
    const std::size_t d = distance(qi, c.first_token, c.last_token);
    const double words = static_cast<double>(c.last_token - c.first_token);
    // A phrase ("capital spending") over a word ("commit").
    const double w = closeness(d) * (1 + 0.25 * (words - 1));
    if (w > best_weight) best_weight = w;
    best = std::min(best, d);
  }
  if (weight) *weight = best_weight;
  return best;
}

bool FigureJudge::inside_a_figure(std::size_t at) const {
  for (std::size_t k = 0; k < figures_.size(); ++k)
    if (at >= leads_[k] && at < figures_[k]->last_token) return true;
  return false;
}

bool FigureJudge::in_since_phrase(std::size_t at) const {
  const auto& t = v_.tokens;
  if (since_ < 0)
    since_ = std::any_of(t.begin() + static_cast<std::ptrdiff_t>(v_.sentence.first_token),
                         t.begin() + static_cast<std::ptrdiff_t>(v_.sentence.last_token),
                         [](const Token& w) { return w.is("since"); });
  if (!since_) return false;
  for (std::size_t k = at; k > v_.sentence.first_token && at - k < 8; --k) {
    const Token& w = t[k - 1];
    if (w.is("since")) return true;
    if (token_is(w, {",", ";", ":", ".", "(", ")", "and", "but", "while", "which", "who"})) return false;
    for (const QuantityMention* q : figures_)
      if (k - 1 >= q->first_token && k - 1 < q->last_token && q->kind != QuantityKind::date) return false;
  }
  return false;
}

bool FigureJudge::comparative_more(std::size_t at, std::size_t size) const {
  // "more recent reporting", "more than", "more likely": a comparison, not "tens of billions more".
  const auto& t = v_.tokens;
  if (size != 1 || !t[at].is("more") || at + 1 >= v_.sentence.last_token) return false;
  return token_is(t[at + 1], {"recent", "recently", "than", "likely", "often", "closely", "widely", "and",
                              "or", "so", "cautious", "modest", "detailed", "precise", "accurate"});
}

std::size_t FigureJudge::nearest_phrase(std::size_t qi, FactHere& h) const {
  if (!h.cue_spans) {
    const auto [found, added] = context_spans_.try_emplace(h.context);
    if (added) {
      for (const Phrase& p : *h.context) {
        for (std::size_t at : find_phrase(v_.stems, v_.governed_from, v_.sentence.last_token, p))
          if (!inside_a_figure(at) && !comparative_more(at, p.size()) && !in_since_phrase(at))
            found->second.emplace_back(at, at + p.size());
      }
    }
    h.cue_spans = &found->second;
  }
  std::size_t best = kFar;
  for (const auto& [first, last] : *h.cue_spans) {
    if (marks_another(qi, last)) continue;
    // In the question an answer answers ("How much is Stargate deploying immediately? A: $500 billion"),
    // a context word says what the answer's figure is, as if beside it.
    best = std::min(best, first < v_.sentence.first_token ? std::size_t{1} : distance(qi, first, last));
  }
  return best;
}

bool FigureJudge::marks_another(std::size_t qi, std::size_t last) const {
  // "rose to ₹118 crore from ₹96 crore": the "from" is ₹96 crore's, an earlier value; ₹118 crore is not.
  if (!v_.tokens[last - 1].is("from")) return false;
  for (std::size_t i = 0; i < figures_.size(); ++i)
    if (leads_[i] >= last && leads_[i] <= last + 1) return i != qi;
  return false;
}

bool FigureJudge::fits(std::size_t qi, const Fact& f) const {
  // In the fact's unit: "6.2 miles" fits a fact of 10 km.
  const std::optional<QuantityMention> converted = in_unit(*figures_[qi], f.value.unit);
  const QuantityMention& q = converted ? *converted : *figures_[qi];
  const auto fits_value = [&](const FactValue& v) {
    // A day with no year is compared in the fact's year: "announced on January 22".
    const std::optional<QuantityMention> dated = in_fact_year(q, v);
    return agrees(dated ? *dated : q, v) && on_scale(dated ? *dated : q, v);
  };
  return fits_value(f.value) || std::any_of(f.earlier.begin(), f.earlier.end(), fits_value);
}

bool FigureJudge::on_scale(const QuantityMention& said, const FactValue& v) {
  const std::optional<QuantityMention> converted = in_unit(said, v.unit);  // "50 basis points" as 0.5 pp
  const QuantityMention& q = converted ? *converted : said;
  if (v.amount == 0 || q.value == 0 || q.comparator == Comparator::order || q.kind == QuantityKind::date)
    return true;
  const double ratio = std::fabs(q.value / v.amount);
  return ratio <= kSaneRatio && ratio >= 1 / kSaneRatio;
}

std::string FigureJudge::count_unit_stem(const QuantityMention& q) const {
  if (q.kind != QuantityKind::count) return {};
  // Checking against sources, a count in translated copy counts what its English word does: "612
  // winkels" are stores.
  if (facts_.from_documents())
    if (const std::string_view english = english_word(q.unit);
        !english.empty() && english.find(' ') == english.npos)
      return stem(std::string(english));
  return stem(q.unit);
}

std::vector<Candidate> FigureJudge::score_candidates() {
  std::vector<Candidate> candidates;
  candidates.reserve(figures_.size() * facts_here_.size());
  other_currency_.assign(figures_.size(), nullptr);
  for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
    const QuantityMention& q = *figures_[qi];
    const std::string unit_stem = count_unit_stem(q);
    // The facts here come by predicate and subject: a run of facts with the same predicate, subject and
    // object (many, in a large learned base) is weighed for its roles once.
    const Fact* last = nullptr;
    bool roles_agree = false;
    double roles = 0;
    // What weighing fact h against the figure found: another kind of value (money in another currency,
    // or not), roles the figure's words do not fit, or a score (negative: no candidate) and a fit.
    struct Weighed {
      const FactHere* h;
      enum { other_kind, other_currency, other_roles, scored } outcome;
      double score;
      bool fits;
    };
    const auto weigh = [&](FactHere& h) {
      const Fact& f = all_[h.fact];
      Weighed w{&h, Weighed::scored, -1, false};
      if (!kinds_agree(q, f, h.predicate->value, unit_stem, lexicon_.unit_stem(h.fact))) {
        const bool currency =
            q.kind == QuantityKind::money && h.predicate->value == ValueKind::money && h.context->empty();
        w.outcome = currency ? Weighed::other_currency : Weighed::other_kind;
        return w;
      }
      if (!last || last->predicate != f.predicate || last->subject != f.subject || last->object != f.object) {
        last = &f;
        roles_agree = roles_fit(qi, f);
        roles = roles_agree ? role_evidence(qi, f, h.predicate) : 0;
      }
      if (!roles_agree) {
        w.outcome = Weighed::other_roles;
        return w;
      }
      w.score = score_pair(qi, h, roles);
      w.fits = w.score >= 0 && fits(qi, f);
      return w;
    };
    // Facts alike weigh alike (a learned base repeats a fact once per document that gives it), with the
    // same predicate and context list.
    AlikeTable<Weighed> weighed;
    for (FactHere& h : facts_here_) {
      const std::size_t alike = lexicon_.first_alike(h.fact);
      const Weighed* found = weighed.find(alike);
      if (found && (found->h->predicate != h.predicate || found->h->context != h.context)) found = nullptr;
      if (found) {
        // What weighing it would have found out about the fact here, the alike one found.
        if (!h.cue_spans) h.cue_spans = found->h->cue_spans;
        if (h.dated < 0) h.dated = found->h->dated;
      }
      const Weighed& w = found ? *found : weighed.put(alike, weigh(h));
      if (w.outcome == Weighed::other_currency) other_currency_[qi] = &all_[h.fact];
      if (w.outcome == Weighed::scored && w.score >= 0) candidates.push_back({w.score, qi, h.fact, w.fits});
    }
  }
  sort_by_score(candidates);
  return candidates;
}

double FigureJudge::role_evidence(std::size_t qi, const Fact& f, const Predicate* pred) const {
  double cue = 0;
  nearest_cue(qi, pred, &cue);
  // Evidence adds up: the predicate's cue weighs most, as the word that governs the figure, then
  // the subject, the object and the context, each by how near it stands.
  double score = 2 * cue;
  const double subject = closeness(nearest_entity(qi, f.subject));
  const double object = f.object.empty() ? 0 : closeness(nearest_entity(qi, f.object));
  // Both entities only referred to back there: one reference's worth of evidence, not two.
  const bool both_referred = !f.object.empty() && is_referred(f.subject) && is_referred(f.object);
  return score + (both_referred ? std::max(subject, object) : subject + object);
}

bool FigureJudge::said_as_total(std::size_t qi) const {
  if (totals_.empty()) totals_.assign(figures_.size(), -1);
  if (totals_[qi] < 0) totals_[qi] = read_as_total(qi) ? 1 : 0;
  return totals_[qi] == 1;
}

bool FigureJudge::read_as_total(std::size_t qi) const {
  const auto& t = v_.tokens;
  const QuantityMention& q = *figures_[qi];
  const std::size_t first = v_.sentence.first_token, end = v_.sentence.last_token;
  for (std::size_t k = leads_[qi]; k > first && leads_[qi] - k < 4; --k) {
    if (is_clause_break(t[k - 1])) break;
    if ((t[k - 1].is("ever") && k - 1 > first && t[k - 2].is("only")) || t[k - 1].is("altogether") ||
        t[k - 1].is("cumulatively"))
      return true;
  }
  for (std::size_t k = q.last_token; k < end && k < q.last_token + 3; ++k) {
    if (is_clause_break(t[k]) && !t[k].is(",")) break;
    if (token_is(t[k], {"altogether", "overall", "cumulatively"})) return true;
    if (k + 1 < end &&
        ((t[k].is("in") && token_is(t[k + 1], {"total", "all"})) || (t[k].is("all") && t[k + 1].is("told")) ||
         (t[k].is("to") && t[k + 1].is("date")) || (t[k].is("so") && t[k + 1].is("far"))))
      return true;
  }
  return false;
}

bool FigureJudge::part_of_the_whole(std::size_t qi, const FactHere& h) const {
  // "supplied $6.6 billion of that round": a share of the round, not its size. Only a sum of money, and
  // only "of" and a determiner: "$6.6 billion of new funding" is the whole, "19.1% of the population" a
  // share as the fact gives it.
  const Fact& f = all_[h.fact];
  if (figures_[qi]->kind != QuantityKind::money) return false;
  const auto& t = v_.tokens;
  const std::size_t k = figures_[qi]->last_token;
  if (!f.object.empty() || k + 2 >= v_.sentence.last_token || !t[k].is("of") ||
      !token_is(t[k + 1], {"the", "that", "this", "its", "their"}))
    return false;
  const auto whole_at = [&](std::size_t first) { return first >= k + 2 && first <= k + 3; };
  for (const CueMention& c : cues_)
    if (c.predicate == h.predicate && whole_at(c.first_token)) return true;
  if (h.cue_spans)
    for (const auto& [first, last] : *h.cue_spans)
      if (whole_at(first)) return true;
  return false;
}

bool FigureJudge::part_of_a_total(const FactHere& h) const {
  const Fact& f = all_[h.fact];
  if (f.when.empty()) return false;
  const Entity* subject = facts_.entity(f.subject);
  if (!subject) return false;
  for (std::size_t gi : lexicon_.facts_for(h.predicate, subject)) {
    const Fact& g = all_[gi];
    if (gi != h.fact && g.object == f.object && g.when.empty() && g.time_scoped) return true;
  }
  return false;
}

double FigureJudge::score_pair(std::size_t qi, FactHere& h, double roles) const {
  if (said_as_total(qi) && part_of_a_total(h)) return -1;
  const auto& context = *h.context;
  const std::size_t d_ctx = context.empty() ? kFar : nearest_phrase(qi, h);
  const bool dated = !is_calendar_date(*figures_[qi]) && dated_here(h);
  if (!context.empty() && d_ctx == kFar && !dated) return -1;  // its date stands in for context
  if (part_of_the_whole(qi, h)) return -1;
  double score = roles;
  if (!context.empty()) score += closeness(d_ctx);
  // A fact whose context cues are present, or whose date the sentence gives, is more specific
  // than its siblings: "$750 million into the round" is not the running total.
  // A date standing in for missing context cues is weaker evidence than the two together.
  const bool context_found = !context.empty() && d_ctx != kFar;
  score += (context_found ? 0.5 : 0) + (dated ? (context.empty() || context_found ? 0.5 : 0.25) : 0);
  return score;
}

}  // namespace factcheck
