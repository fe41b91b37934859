// The source settler's readings of a sentence's figures against each other and against the draft as a
// whole: the second half of a swap, and a date of an organisation the draft never names (settle.hpp).
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "learn/names.hpp"
#include "match/alignment.hpp"
#include "match/settle.hpp"
#include "match/stance.hpp"
#include "model/units.hpp"
#include "text/stem.hpp"

namespace factcheck {

DraftWords::DraftWords(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<EntityMention>& entities) {
  for (const EntityMention& m : entities)
    if (named.insert(m.entity).second)
      for (const Token& w : tokenize(m.entity->name)) named_words.insert(w.norm);
  for (const Token& t : tokens)
    if (t.is_word() && t.start < text.size() && text[t.start] >= 'A' && text[t.start] <= 'Z')
      capitalised.insert(t.norm);
}

void SourceSettler::settle_unnamed_subject(Claim& claim, const DraftSentence& draft) const {
  // "Closing: expected Q3 2025" in a note on Orvane's deal is not confirmed by "the acquisition of
  // Sentrix Labs ... is expected to close in the third quarter of 2025" where the sources give Orvane's
  // closing too: an event's date is its organisation's, and the draft names Sentrix nowhere.
  // Nor are "69 thousand passengers are expected" in a story on Meridiana Cruises the sources' 69,000
  // passengers of Aegean Star Cruises, named only in passing, where they give Meridiana's passengers too.
  if (claim.verdict != Verdict::supported || !claim.fact || !claim.quantity || claim.relation) return;
  const DraftWords& words = draft.words;
  const auto named = [&](const Entity* e) { return e && words.named.count(e) > 0; };
  // Or a word of its own name, capitalised, that `other`'s name does not share: "Aldermere has bagged its
  // biggest grant" names the University of Aldermere; "Kelvie Museum" does not name the Kelvie Museum
  // Trust.
  const auto word_named = [&](const Entity* e, const Entity* other) {
    if (!e) return false;
    const std::vector<Token> others = other ? tokenize(other->name) : std::vector<Token>();
    for (const Token& w : tokenize(e->name)) {
      // (Nor a word of a name the draft gives in full: "Teachers" of the Pacifica Teachers' Retirement
      // System names no Sierra State Teachers' Fund.)
      if (!w.is_word() || w.norm.size() < 4 || generic_name_word(w.norm) || words.named_words.count(w.norm) ||
          std::any_of(others.begin(), others.end(), [&](const Token& o) { return o.norm == w.norm; }))
        continue;
      if (words.capitalised.count(w.norm)) return true;
    }
    return false;
  };
  const Entity* subject = facts_.entity(claim.fact->subject);
  if (named(subject)) return;
  // Each other subject is asked once: a large base gives many facts of one predicate to a few names.
  std::unordered_map<const Entity*, bool> asked;
  for (std::size_t fi : facts_.facts_with(claim.fact->predicate)) {
    const Fact& g = facts_.facts()[fi];
    if (g.subject == claim.fact->subject) continue;
    const Entity* other = facts_.entity(g.subject);
    const auto [it, fresh] = asked.try_emplace(other, false);
    if (fresh) it->second = (named(other) || word_named(other, subject)) && !word_named(subject, other);
    if (!it->second) continue;
    // (Not the fact the claim's own revises: "Exports are now estimated at $8.61 billion" in the
    // directorate's revision is Marvena's figure revised.)
    if (claim.binding && std::find(claim.binding->signals.begin(), claim.binding->signals.end(),
                                   "revises:" + g.id) != claim.binding->signals.end())
      continue;
    // The one it names gives the same figure: that one's ("ski resort splashes R28m", where a distractor
    // gives another lodge R28 million too).
    if (agrees(*claim.quantity, g.value)) {
      claim.fact = &g;
      claim.value = &g.value;
      if (claim.binding) {
        claim.binding->fact = &g;
        claim.binding->signals.push_back("subject:" + g.subject);
      }
      return;
    }
    leave_unverified(claim, "another organisation's");
    claim.binding->runner_up = &g;
    return;
  }
}

void SourceSettler::settle_compared(Claim& claim, const DraftSentence& draft) const {
  if (claim.verdict != Verdict::supported || !claim.fact || !claim.quantity || claim.relation ||
      !claim.fact->context.empty())
    return;
  const std::size_t k = claim.quantity->first_token;
  const std::vector<Token>& t = draft.tokens;
  // So is one after "vs": "EBITDA 298 MLN USD VS 412 MLN" gives 412 as the year before's.
  const std::size_t first = draft.sentence.first_token;
  const bool versus = (k > first && (t[k - 1].is("vs") || t[k - 1].is("versus"))) ||
                      (k > first + 1 && t[k - 1].is(".") && t[k - 2].is("vs"));
  if (!versus && (k < first + 2 || !t[k - 2].is("compared") || !(t[k - 1].is("with") || t[k - 1].is("to"))))
    return;
  // (Not where the fact's own sentence compares too: "12.6% of patients on the drug versus 1.7% on
  // placebo".)
  if (const Source* source = facts_.source(claim.fact->source)) {
    const std::vector<Token> words = tokenize(source->quote);
    for (const QuantityMention& m : extract_quantities(source->quote, words))
      for (std::size_t j = m.first_token; j > 0 && j + 3 > m.first_token; --j)
        if ((words[j - 1].is("versus") || words[j - 1].is("vs") || words[j - 1].is("compared")) &&
            same_amount(m.value, claim.fact->value.amount))
          return;
  }
  // (Not one said to be earlier: "compared with 81 per cent a year ago" is the same thing then.)
  const std::size_t after = claim.quantity->last_token;
  for (std::size_t j = after; j < draft.sentence.last_token && j < after + 6; ++j)
    if (t[j].is_number() || t[j].is("ago") || t[j].is("earlier") || t[j].is("last") || t[j].is("previous") ||
        t[j].is("before") || t[j].is("prior"))
      return;
  leave_unverified(claim, "compared");
}

void SourceSettler::settle_swap_partner(Claim& claim, const std::vector<Claim>& claims) {
  if ((claim.verdict != Verdict::supported && claim.verdict != Verdict::unverified) || !claim.quantity ||
      claim.relation || swapped(claim))
    return;
  const QuantityMention& q = *claim.quantity;
  for (const Claim& other : claims) {
    if (&other == &claim || !swapped(other) || !other.fact || !other.binding || !other.binding->runner_up)
      continue;
    const FactValue& v = other.fact->value;
    if (v.amount == 0 || !same_amount(q.value, v.amount) || other.quantity->kind != q.kind) continue;
    // This figure is the value the other's words were of, given this figure's words: wrong as that one.
    // (Only the one figure of that value the sentence gives, and only against another value.)
    const Fact* given = other.binding->runner_up;
    const auto same = [&](const Claim& c) {
      return c.quantity && c.quantity->kind == q.kind && same_amount(c.quantity->value, q.value);
    };
    if (std::count_if(claims.begin(), claims.end(), same) != 1 || same_amount(given->value.amount, q.value))
      return;
    claim.verdict = Verdict::contradicted;
    claim.fact = given;
    claim.value = &given->value;
    claim.earlier = nullptr;
    claim.deviation =
        given->value.amount != 0 ? (q.value - given->value.amount) / given->value.amount : std::nan("");
    Binding b;
    b.fact = given;
    b.runner_up = other.fact;
    b.signals = {"swapped-with:" + other.fact->id};
    claim.binding = std::move(b);
    return;
  }
}

namespace {

// Whether the claim's binding has a signal that starts so ("cue:").
bool has_signal(const Claim& c, const std::string& prefix) {
  return c.binding && std::any_of(c.binding->signals.begin(), c.binding->signals.end(),
                                  [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

// The entity a claim's binding says the sentence names for its fact ("subject:meridian-facility-group"),
// or "" when it was bound otherwise.
std::string named_subject(const Claim& c) {
  if (!c.binding || !c.binding->fact) return "";
  const std::string want = "subject:" + c.binding->fact->subject;
  const auto& signals = c.binding->signals;
  return std::find(signals.begin(), signals.end(), want) != signals.end() ? c.binding->fact->subject : "";
}

}  // namespace

void SourceSettler::settle_swapped_after(std::vector<Claim>& claims) {
  // The figure was left open as given elsewhere, bound to its named subject's fact; another figure of the
  // sentence, found since to have that fact's value and this figure's words, was swapped with it.
  for (Claim& claim : claims) {
    if (claim.verdict != Verdict::unverified || !claim.quantity || claim.relation || !claim.binding ||
        claim.binding->abstained != "elsewhere" || named_subject(claim).empty())
      continue;
    const Fact& mine = *claim.binding->fact;
    const auto partner = std::find_if(claims.begin(), claims.end(), [&](const Claim& other) {
      if (&other == &claim || other.verdict != Verdict::contradicted || !other.fact || !other.binding ||
          !other.quantity || other.quantity->kind != claim.quantity->kind)
        return false;
      const auto& signals = other.binding->signals;
      return std::find(signals.begin(), signals.end(), "swapped-with:" + mine.id) != signals.end() &&
             same_amount(claim.quantity->value, other.fact->value.amount) &&
             same_amount(other.quantity->value, mine.value.amount);
    });
    if (partner == claims.end()) continue;
    rebind(claim, Verdict::contradicted, mine);
    claim.binding->abstained.clear();
    claim.binding->runner_up = partner->fact;
    claim.binding->signals.push_back("swapped-with:" + partner->fact->id);
  }
}

void SourceSettler::settle_mutual_swap(Claim& claim, const std::vector<Claim>& claims) {
  if (claim.verdict != Verdict::unverified || !claim.quantity || claim.relation || !claim.binding ||
      claim.binding->abstained != "elsewhere" || named_subject(claim).empty())
    return;
  const Fact& mine = *claim.binding->fact;
  const QuantityMention& q = *claim.quantity;
  for (const Claim& other : claims) {
    if (&other == &claim || !other.quantity || other.quantity->kind != q.kind || named_subject(other).empty())
      continue;
    const Fact& theirs = *other.binding->fact;
    // Two subjects' figures of one kind swapped ("Rail 14%, barges 41%"), or one subject's two figures
    // each under the other's cue ("a budget of Sh12.4 million and took Sh19 million" for takings of 12.4
    // and a budget of 19): each cue-bound to its own fact.
    const bool subjects = theirs.predicate == mine.predicate && theirs.subject != mine.subject;
    const bool cues = theirs.predicate != mine.predicate && theirs.subject == mine.subject &&
                      has_signal(claim, "cue:") && has_signal(other, "cue:") &&
                      other.verdict == Verdict::unverified && other.binding->abstained == "elsewhere";
    if ((!subjects && !cues) || same_amount(theirs.value.amount, mine.value.amount) ||
        !same_amount(q.value, theirs.value.amount) || !same_amount(other.quantity->value, mine.value.amount))
      continue;
    rebind(claim, Verdict::contradicted, mine);
    claim.binding->abstained.clear();
    claim.binding->runner_up = &theirs;
    claim.binding->signals.push_back("swapped-with:" + theirs.id);
    return;
  }
}

void SourceSettler::settle_own_sentence(Claim& claim, const DraftSentence& draft) const {
  // A sentence that holds the source sentence of the fact that would contradict it gives both figures:
  // "founded 2016 … founded in 2015" is not wrong by its own second half (a text checked against itself
  // never contradicts itself, however its sentences are split or its words garbled). So do a relation's:
  // "the venture formed by Omicnot part of the Stargate joint venture formed by OpenAI, SoftBank and …".
  if (claim.verdict != Verdict::contradicted || !claim.fact) return;
  const std::string said = skeleton_of(draft);
  const Source* own = facts_.source(claim.fact->source);
  if (own && quote_within(own->quote, said)) {
    leave_unverified(claim, "its own sentence");
    return;
  }
  // Nor a relation the draft itself says otherwise, word for word, elsewhere: the sentence it was learned
  // from stands in the draft too, so the draft is not held to one of its own two sayings.
  if (claim.relation && own && quote_within(own->quote, skeleton(draft.text)))
    return leave_unverified(claim, "its own sentence");
  // Nor a list whose members the sentence names too, the list it was learned from said again ("… formed by
  // Omicnot part of the Stargate joint venture formed by OmicropenAI, SoftBank and oracle", repeated).
  if (claim.relation && claim.relation->relation == ValueKind::members) {
    // (Named outside the claim's own list: "a joint venture between OpenAI, SoftBank, Oracle and
    // Microsoft" names them all, and one more, in the list that is wrong.)
    const std::size_t from = draft.sentence.start, to = draft.sentence.end;
    const std::size_t a = std::clamp(claim.start, from, to), b = std::clamp(claim.end, a, to);
    const std::string said = skeleton(std::string(draft.text.substr(from, a - from)) + " " +
                                      std::string(draft.text.substr(b, to - b)));
    const std::vector<std::string>& members = claim.fact->value.members;
    const bool all =
        !members.empty() && std::all_of(members.begin(), members.end(), [&](const std::string& id) {
          const Entity* e = facts_.entity(id);
          if (!e) return false;
          if (const std::string name = skeleton(e->name);
              !name.empty() && said.find(name) != std::string::npos)
            return true;
          return std::any_of(e->aliases.begin(), e->aliases.end(), [&](const std::string& a) {
            const std::string alias = skeleton(a);
            return !alias.empty() && said.find(alias) != std::string::npos;
          });
        });
    if (all) return leave_unverified(claim, "its own sentence");
  }
  // Nor by another's, where a source sentence that gives the figure is said word for word here ("10 data
  // … 2" repeated, its figures learned from the sentences before it).
  if (!claim.quantity) return;
  const double value = claim.quantity->value;
  for (const Source& src : facts_.sources()) {
    if (std::none_of(src.numbers.begin(), src.numbers.end(), [&](double v) { return same_amount(v, value); }))
      continue;
    if (quote_within(src.quote, said)) {
      leave_unverified(claim, "its own sentence");
      return;
    }
  }
}

void SourceSettler::settle_demanded(Claim& claim, const DraftSentence& draft) const {
  // "Our demands are simple: no compulsory redundancies, five weeks per year of service": a figure someone
  // demands or calls for is their wish, neither confirmed nor denied by what the sources say is so.
  if (claim.verdict == Verdict::unverified || !claim.fact || !claim.quantity || claim.relation) return;
  const auto& t = draft.tokens;
  const std::size_t first = draft.sentence.first_token;
  for (std::size_t k = first; k < claim.quantity->first_token; ++k) {
    const bool owned =
        k > first && token_is(t[k - 1], {"our", "their", "its", "his", "her", "'s", "union's"});
    const bool demand =
        token_is(t[k], {"demanded", "demanding"}) ||
        (t[k].is("demands") && (owned || (k + 1 < t.size() && t[k + 1].is(":")))) ||
        (token_is(t[k], {"calls", "called", "calling", "asks", "asked", "asking", "pushing"}) &&
         k + 1 < t.size() && t[k + 1].is("for"));
    if (demand) return leave_unverified(claim, "a demand");
  }
}

void SourceSettler::settle_said_as_now(Claim& claim, const DraftSentence& draft) const {
  // "VMS currently operates 64 automatic weather stations" against "In 2019 VMS operated 48": a figure the
  // draft gives as now, undated, is not wrong by a value its source dates years before it was written.
  // (A date is judged as the date of its event, whenever that was.)
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation ||
      claim.quantity->kind == QuantityKind::date)
    return;
  const Fact& f = *claim.fact;
  const Source* source = facts_.source(f.source);
  if (!source || f.when.size() < 4 || source->date.size() < 4 ||
      f.when.compare(0, 4, source->date, 0, 4) >= 0)
    return;
  const auto year = [](const std::string& d) {
    return d.size() >= 4 && std::all_of(d.begin(), d.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })
               ? std::stoi(d.substr(0, 4))
               : 0;
  };
  const auto& t = draft.tokens;
  bool now = false, dated = false, dated_then = false;
  for (std::size_t k = draft.sentence.first_token; k < draft.sentence.last_token; ++k) {
    for (const QuantityMention& q : draft.quantities) {
      if (q.kind != QuantityKind::date || q.first_token != k || q.start == claim.quantity->start) continue;
      // (A year written out: "in March" is dated by the draft's own time, which may be the fact's.)
      const std::string_view said = draft.text.substr(q.start, q.end - q.start);
      const bool written = year(q.date) > 0 && said.find(q.date.substr(0, 4)) != std::string_view::npos;
      dated = dated || written;
      dated_then = dated_then || !written || year(q.date) == year(f.when);
    }
    // Right before the figure, with at most a verb between: "currently operates 64".
    now = now || (k < claim.quantity->first_token && claim.quantity->first_token - k <= 3 &&
                  token_is(t[k], {"currently", "now", "today", "presently"}));
  }
  // A sentence dated to the fact's year is another rule's. One dated to other years only is not wrong by
  // the value of this one ("in 2024 ... a final dividend of 42 ngwee" against a distractor's "35 ngwee per
  // share for 2022").
  if (dated_then) return;
  if (now || dated) leave_unverified(claim, "another period");
}

void SourceSettler::settle_named_bound(Claim& claim, const DraftSentence& draft) const {
  // "a minimum of 3 kg" against the sources' "minimum 5 kg": where both name the bound, the bound is the
  // figure, not a floor the sources' value clears.
  if (claim.verdict != Verdict::supported || !claim.fact || !claim.quantity || claim.relation || !claim.value)
    return;
  const QuantityMention& q = *claim.quantity;
  if ((q.comparator != Comparator::at_least && q.comparator != Comparator::at_most) ||
      claim.value->comparator != Comparator::none || same_amount(q.value, claim.value->amount) ||
      !(claim.value->amount > 0))
    return;
  const auto names_bound = [](const std::vector<Token>& t, std::size_t from, std::size_t at) {
    for (std::size_t k = at; k > from && at - k < 3;)
      if (token_is(t[--k], {"minimum", "maximum", "min", "max"})) return t[k].norm.substr(0, 3);
    return std::string();
  };
  const std::string mine = names_bound(draft.tokens, draft.sentence.first_token, q.first_token);
  const Source* source = facts_.source(claim.fact->source);
  if (mine.empty() || !source) return;
  // The source's own word right before its value: "€2.40 per kg, minimum 5 kg".
  const std::vector<Token> quote = tokenize(source->quote);
  const std::vector<QuantityMention> theirs = extract_quantities(source->quote, quote);
  const bool same = std::any_of(theirs.begin(), theirs.end(), [&](const QuantityMention& m) {
    return same_amount(m.value, claim.value->amount) && names_bound(quote, 0, m.first_token) == mine;
  });
  if (!same) return;
  claim.verdict = Verdict::contradicted;
  claim.deviation = (q.value - claim.value->amount) / claim.value->amount;
  if (claim.binding) claim.binding->signals.push_back("named-bound:" + mine);
}

void SourceSettler::settle_named_after(Claim& claim) const {
  if (claim.verdict != Verdict::supported || !claim.binding || swapped(claim)) return;
  const std::vector<std::string>& signals = claim.binding->signals;
  if (std::find(signals.begin(), signals.end(), "named-after") == signals.end()) return;
  leave_unverified(claim, "another's name");
}

void SourceSettler::settle_from_value(Claim& claim, const DraftSentence& draft) const {
  if (claim.verdict != Verdict::supported || !claim.fact || !claim.quantity || claim.relation ||
      claim.value != &claim.fact->value)
    return;
  const Fact& then = *claim.fact;
  const auto earlier = [](const Fact& f) {
    return std::find(f.context.begin(), f.context.end(), "from") != f.context.end();
  };
  if (!earlier(then) || !then.when.empty()) return;
  // Told as earlier ("up from 120,000"), or dated, it is that value.
  const std::size_t first = draft.sentence.first_token;
  if (told_as_earlier(draft.tokens, first, claim.quantity->first_token)) return;
  const bool dated =
      std::any_of(draft.quantities.begin(), draft.quantities.end(), [&](const QuantityMention& q) {
        return q.kind == QuantityKind::date && q.first_token >= first &&
               q.last_token <= draft.sentence.last_token;
      });
  if (dated) return;
  // Nor a past period's value, which the source sentence dates ("from €51.7 million a year earlier",
  // "down from an estimated 410 hectares in the 1990s"): a draft may date it in words not read here.
  const Source* source = facts_.source(then.source);
  if (!source) return;
  for (const Token& t : tokenize(source->quote))
    if (token_is(t, {"earlier", "ago", "previous", "previously", "prior", "before", "last"}) ||
        (t.is_number() && t.norm.size() == 4 &&
         std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (t.norm[0] == '1' || t.norm[0] == '2')))
      return;
  // The value the same source sentence says it changed to.
  for (std::size_t i : facts_.facts_for(then.predicate, then.subject)) {
    const Fact& now = facts_.facts()[i];
    if (&now == &then || now.source != then.source || earlier(now) || now.value.unit != then.value.unit ||
        same_amount(now.value.amount, then.value.amount))
      continue;
    rebind(claim, Verdict::outdated, now, &then.value);
    if (claim.binding) claim.binding->signals.push_back("changed-to:" + now.id);
    return;
  }
}

bool SourceSettler::source_within(const Fact& f, const DraftSentence& draft) const {
  const Source* src = facts_.source(f.source);
  return src && quote_within(src->quote, skeleton_of(draft));
}

std::string SourceSettler::skeleton(std::string_view text) {
  // Letters and digits only: the quote has its line breaks as spaces, and bytes that are no UTF-8 replaced.
  std::string out;
  for (char c : text)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

std::string SourceSettler::skeleton_of(const DraftSentence& draft) {
  return skeleton(draft.text.substr(draft.sentence.start, draft.sentence.end - draft.sentence.start));
}

bool SourceSettler::quote_within(std::string_view quote, const std::string& said) {
  const std::string q = skeleton(quote);
  return !q.empty() && said.find(q) != std::string::npos;
}

void SourceSettler::settle_crossed(Claim& claim, const std::vector<Claim>& claims,
                                   const DraftSentence& draft) const {
  // "net profit rose to ₹118 crore from ₹96 crore" where the sources say it fell to ₹96 crore from ₹118
  // crore: two figures, each bound to one of two facts of the same thing and giving the other's value,
  // are each wrong for the fact they are bound to.
  // Only plain figures, each left unverified as a value the sources give elsewhere: a bound ("up to
  // $500bn, with $100bn ...") may be read against the other figure's fact without any swap.
  if (claim.verdict != Verdict::unverified || !claim.quantity || claim.relation || !claim.binding ||
      !claim.binding->fact || claim.binding->abstained != "elsewhere")
    return;
  const Fact& mine = *claim.binding->fact;
  // A sentence that is the source sentence of either fact says what the source says (a text checked
  // against itself): no swap.
  const auto is_source_of = [&](const Fact& f) { return source_within(f, draft); };
  if (is_source_of(mine)) return;
  const auto equal = [](const QuantityMention& q, const FactValue& v) {
    return v.amount != 0 && q.unit == v.unit && q.comparator == Comparator::none &&
           v.comparator == Comparator::none && same_amount(q.value, v.amount);
  };
  if (equal(*claim.quantity, mine.value)) return;
  for (const Claim& other : claims) {
    if (&other == &claim || !other.quantity || !other.binding || !other.binding->fact ||
        other.quantity->kind != claim.quantity->kind)
      continue;
    const Fact& theirs = *other.binding->fact;
    if (&theirs == &mine || theirs.subject != mine.subject || theirs.predicate != mine.predicate ||
        !equal(*claim.quantity, theirs.value) || !equal(*other.quantity, mine.value) || is_source_of(theirs))
      continue;
    // Each value given once in the sentence.
    const auto once = [&](const FactValue& v) {
      return std::count_if(claims.begin(), claims.end(),
                           [&](const Claim& c) { return c.quantity && equal(*c.quantity, v); }) == 1;
    };
    if (!once(mine.value) || !once(theirs.value)) return;
    // Nor are two values given in the order a source sentence of theirs gives them both: the sentence may
    // say what the source says, only bound the other way (a text checked against itself, where one value
    // was learned first from an earlier sentence).
    bool in_order = false;
    for (const std::string* id : {&mine.source, &theirs.source}) {
      const Source* src = facts_.source(*id);
      if (!src || in_order) continue;
      const auto at = [&](double value) {
        return std::find_if(src->numbers.begin(), src->numbers.end(),
                            [&](double n) { return same_amount(n, value); });
      };
      const auto m = at(mine.value.amount), t = at(theirs.value.amount);
      // (Each once there: a value the source sentence gives twice tells no order.)
      const auto twice = [&](std::vector<double>::const_iterator i) {
        return i != src->numbers.end() && std::find_if(i + 1, src->numbers.end(), [&](double n) {
                                            return same_amount(n, *i);
                                          }) != src->numbers.end();
      };
      if ((twice(m) || twice(t)) && mine.source == theirs.source) return;
      if (twice(m) || twice(t)) continue;
      // The claim gives theirs' value: in the source's order when theirs comes first there and the claim
      // first here.
      in_order = m != src->numbers.end() && t != src->numbers.end() && (t < m) == (claim.start < other.start);
    }
    if (in_order) return;
    rebind(claim, Verdict::contradicted, mine);
    claim.binding->abstained.clear();
    claim.binding->runner_up = &theirs;
    claim.binding->signals.push_back("swapped-with:" + theirs.id);
    return;
  }
}

namespace {

// The ordinal the tokens from `k` say, 2 or more ("fifth", "12th", read as "12" and "th"), or 0; `next` gets
// the token after it.
long ordinal_at(const std::vector<Token>& t, std::size_t k, std::size_t& next) {
  static const char* const kWords[] = {
      "",           "first",     "second",    "third",       "fourth",     "fifth",      "sixth",
      "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (long n = 2; n <= 20; ++n)
    if (t[k].is(kWords[n])) {
      next = k + 1;
      return n;
    }
  if (k + 1 < t.size() && t[k].is_number() && t[k].norm.size() <= 3 &&
      t[k].norm.find_first_not_of("0123456789") == std::string::npos && t[k].end == t[k + 1].start &&
      token_is(t[k + 1], {"st", "nd", "rd", "th"})) {
    next = k + 2;
    const long n = std::stol(t[k].norm);
    return n >= 2 ? n : 0;
  }
  return 0;
}

}  // namespace

void SourceSettler::settle_ordinal_count(Claim& claim) const {
  // "will deploy five tower cranes" against "four tower cranes", where a later update adds "a fifth tower
  // crane"; "12 volumes" where the series "reached its 12th volume": a source that counts the thing by
  // the ordinal of the figure's value says the count grew to it. Not called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation ||
      claim.quantity->kind != QuantityKind::count)
    return;
  const double n = claim.quantity->value;
  const std::string noun = stem(claim.fact->value.unit);
  if (n < 2 || n > 500 || n != std::floor(n) || noun.empty()) return;
  // The sources' ordinals and the words after them, read once, on the first count that needs them.
  if (!ordinals_) {
    ordinals_.emplace();
    for (const Source& s : facts_.sources()) {
      const std::vector<Token> t = tokenize(s.quote);
      for (std::size_t k = 0, next = 0; k < t.size(); ++k)
        if (const long ordinal = ordinal_at(t, k, next))
          // The thing counted right after, or after a word or two that say which: "a fifth tower crane".
          for (std::size_t j = next; j < t.size() && j < next + 3 && t[j].is_word(); ++j)
            ordinals_->insert({ordinal, stem(t[j].norm)});
    }
  }
  if (ordinals_->count({static_cast<long>(n), noun})) leave_unverified(claim, "an ordinal");
}

}  // namespace factcheck
