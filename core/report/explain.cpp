// Stage 5: verdicts in words a reader understands, with the fact's value and its source.
#include "report/explain.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "report/wording.hpp"

namespace factcheck {
namespace {

// What the text says, with the writer's own hedge ("roughly $1.4 billion"), else the comparator's usual
// words.
std::string claimed_words(const Claim& claim, std::string_view text, std::string span) {
  if (!claim.quantity) return span;
  const QuantityMention& q = *claim.quantity;
  // In another unit than the fact's: "10 miles (16.1 km)".
  if (claim.compared) {
    const ValueKind kind = q.kind == QuantityKind::percent ? ValueKind::percent : ValueKind::measure;
    span += " (" + converted_amount(claim.compared->value, claim.compared->unit, kind) + ")";
  }
  const bool hedged = q.comparator_start < q.start && q.start - q.comparator_start < 40;
  if (hedged) return one_spaced(text.substr(q.comparator_start, q.start - q.comparator_start)) + " " + span;
  if (q.comparator == Comparator::order || q.comparator == Comparator::range) return span;
  return std::string(comparator_words(q.comparator)) + span;
}

// A fact as a reader knows it: its own statement, or its subject's predicate.
std::string fact_words(const FactBase& facts, const Fact& f) {
  if (!f.statement.empty()) return "\"" + f.statement + "\"";
  const Entity* subject = facts.entity(f.subject);
  const Predicate* pred = facts.predicate(f.predicate);
  return possessive(subject ? subject->name : f.subject) + " " + (pred ? pred->label : f.predicate);
}

// An abstention on whose figure it is: the draft's own sentence, a name the sources do not use, an
// organisation the draft never names; "" for any other reason.
std::string whose_words(const Claim& claim, const FactBase& facts, const std::string& closest) {
  const Binding& b = *claim.binding;
  const Fact& f = *b.fact;
  const std::string& why = b.abstained;
  if (why == "unknown member") {
    return closest +
           ", but the list names someone the sources do not know, so it is not checked against "
           "it.";
  }
  if (why == "another's name") {
    return closest + ", but the sentence gives " + claim.claimed + " after another name, to which it " +
           "may belong, so it is not checked against it.";
  }
  if (why == "said of another") {
    return closest + ", but the sentence gives " + claim.claimed + " of a name the sources do not use, " +
           "so it is not checked against it.";
  }
  if (why == "another organisation's" && b.runner_up) {
    const Entity* own = facts.entity(f.subject);
    const Entity* named = facts.entity(b.runner_up->subject);
    return closest + ", but the text does not name " + (own ? own->name : f.subject) + "; it speaks of " +
           (named ? named->name : b.runner_up->subject) + ", for which the " +
           (facts.from_documents() ? "sources give " : "fact base gives ") +
           describe_value(facts, *b.runner_up) + " (" + cite(facts, *b.runner_up) + "), so " + claim.claimed +
           " is not checked against either.";
  }
  if (why == "two organisations") {
    return closest + ", but the sentence names no one, and its other figures are of another organisation, " +
           "so which one " + claim.claimed + " is of is not clear and it is not checked.";
  }
  if (why == "its own sentence") {
    return closest + ", read from this very sentence, which gives " + claim.claimed +
           " beside it: the sentence is not checked against itself.";
  }
  return "";
}

// A figure inside a fact's bound: neither confirmed nor denied. "at least 24 hours" against "at least 48
// hours" is a floor of its own, lower.
std::string bound_words(const Claim& claim, const FactBase& facts, const Fact& f,
                        const std::string& closest) {
  const char* base = facts.from_documents() ? "sources do" : "fact base does";
  if (claim.quantity && is_floor(claim.quantity->comparator) && is_floor(f.value.comparator) &&
      claim.quantity->value < f.value.amount)
    return closest + ", a higher floor: what it says clears " + claim.claimed + ", but the " + base +
           " not give that floor.";
  return closest + ", which gives only a bound: " + claim.claimed + " is within it, but the " + base +
         " not confirm that figure.";
}

// "…, but a source speaks of the 12th of them, …": a count a source gives by its ordinal.
std::string grown_to(const QuantityMention& q, const std::string& claimed) {
  const long n = std::lround(q.value);
  const char* suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                       : n % 10 == 1                  ? "st"
                       : n % 10 == 2                  ? "nd"
                       : n % 10 == 3                  ? "rd"
                                                      : "th";
  return ", but a source speaks of the " + std::to_string(n) + suffix + " of them, so the count may have " +
         "grown to " + claimed + " since; it is not checked against it.";
}

// A figure the sentence gives as something other than the fact: a demand, a place's, a new thing's, an
// estimate. "" for another reason.
std::string other_reading_words(const std::string& why, const Claim& claim, const FactBase& facts,
                                const std::string& closest) {
  if (why == "a demand") {
    return closest + ", but the sentence gives " + claim.claimed + " as what someone demands, not as what " +
           "is so, so it is not checked against it.";
  }
  if (why == "another place") {
    return closest + ", but the sentence gives " + claim.claimed + " of a place or party it names that " +
           "the " + (facts.from_documents() ? "sources do" : "fact base does") + " not speak of, so it is " +
           "not checked against it.";
  }
  if (why == "a new thing") {
    return closest + ", but the sentence gives " + claim.claimed + " of something it brings in, not " +
           "something the sources speak of, so it is not checked against it.";
  }
  if (why == "an estimate") {
    return closest + ", but the sentence gives " + claim.claimed + " as the writer's own estimate, so it " +
           "is not checked against it.";
  }
  return "";
}

// A figure a fact came close to but was not judged by: which fact, and why not.
std::string abstention_words(const Claim& claim, const FactBase& facts) {
  const Binding& b = *claim.binding;
  const Fact& f = *b.fact;
  const std::string closest = "Not in the fact base: the closest fact is " + fact_words(facts, f) + " (" +
                              describe_value(facts, f) + ", " + cite(facts, f) + ")";
  const std::string& why = b.abstained;
  if (std::string whose = whose_words(claim, facts, closest); !whose.empty()) return whose;
  if (why == "close call" && b.runner_up) {
    return closest + ", but the sentence fits " + fact_words(facts, *b.runner_up) + " about as well, so " +
           claim.claimed + " is not checked against either.";
  }
  if (why == "denied") {
    return closest + "; the sentence says " + claim.claimed + " is not so, which the fact base can neither " +
           "confirm nor deny.";
  }
  if (why == "another year")
    return closest + ", and the sentence dates " + claim.claimed + " to another time.";
  if (why == "another period") return closest + ", a figure for another period than the sentence's.";
  if (why == "another direction")
    return closest + ", but the sources give that distance in another direction than the sentence does.";
  if (why == "another figure's words") {
    return closest + ", but its source sentence gives " + claim.claimed +
           " other words than the sentence does, and the sentence's words to another figure.";
  }
  if (why == "off scale") {
    return closest + ": " + claim.claimed + " is " + deviation_words(claim.quantity->value, f.value.amount) +
           ", more likely a figure of something else.";
  }
  if (why == "fits another" && b.runner_up) {
    return closest + ", but " + claim.claimed + " is the figure of " + fact_words(facts, *b.runner_up) +
           " (" + describe_value(facts, *b.runner_up) + ", " + cite(facts, *b.runner_up) +
           "), and the sentence does not make clear which it means.";
  }
  if (why == "which is which" && b.runner_up) {
    return closest + ", and another figure of the sentence is " + fact_words(facts, *b.runner_up) + " (" +
           describe_value(facts, *b.runner_up) + "); the sentence is not in English, so which figure is " +
           "which cannot be read, and neither is checked.";
  }
  if (why == "taken") return closest + ", and the sentence gives it another figure.";
  if (why == "compared") {
    return closest + ", but the sentence gives " + claim.claimed + " as what something else is compared " +
           "with, so it is not checked against it.";
  }
  if (why == "another topic") {
    return closest + ", but the sentence names no one, and the organisation the text named last has a " +
           "figure of this kind too, so " + claim.claimed + " is not checked against it.";
  }
  if (why == "sources disagree" && b.runner_up) {
    return "Not decided: the sources disagree on " + fact_words(facts, f) + ": " + describe_value(facts, f) +
           " (" + cite(facts, f) + ") and " + describe_value(facts, *b.runner_up) + " (" +
           cite(facts, *b.runner_up) + "), so " + claim.claimed + " is checked against neither.";
  }
  if (why == "another word") {
    return closest + ", but the sentence ties " + claim.claimed + " to another word than the sources do, " +
           "so it is not checked against it.";
  }
  if (why == "elsewhere") {
    return closest + ", but the sources give " + claim.claimed + " elsewhere, so it may be a figure of " +
           "something else and is not checked against this one.";
  }
  if (why == "only a bound") return bound_words(claim, facts, f, closest);
  if (why == "an earlier period" && b.runner_up) {
    return closest + ", the figure for " + format_date(f.when) + "; the sentence gives no period, and the " +
           (facts.from_documents() ? "sources' figure" : "fact base's figure") + " without one is " +
           describe_value(facts, *b.runner_up) + " (" + cite(facts, *b.runner_up) + "), so " + claim.claimed +
           " may be out of date and is not checked.";
  }
  if (why == "a later source" && b.runner_up) {
    return closest + ", but a later source gives " + describe_value(facts, *b.runner_up) + " (" +
           cite(facts, *b.runner_up) + "), so " + claim.claimed + " may be out of date and is not checked.";
  }
  if (why == "a higher bound") {
    return closest + ": " + claim.claimed + " holds as a bound, but names a higher figure than the " +
           (facts.from_documents() ? "sources give" : "fact base gives") + ", so it is not confirmed.";
  }
  if (why == "not a bound") {
    return closest + ", a bound in time; the sentence gives " + claim.claimed + " as a plain date, so it " +
           "is not checked against it.";
  }
  if (why == "start of a period") {
    return closest + ", the date of an event; the sentence gives " + claim.claimed +
           " as the start of a period, so it is not checked against it.";
  }
  if (why == "another kind") {
    return closest + ", but the sentence gives " + claim.claimed +
           " as another kind of that figure, or its " + "opposite, so it is not checked against it.";
  }
  if (why == "not dated") {
    return closest + ", but the sentence dates " + claim.claimed + " and the sources do not date that " +
           "figure, so it may be of another period and is not checked against it.";
  }
  if (why == "the other way") {
    return closest + ", but the sentence gives " + claim.claimed + " as a change the other way from " +
           "the sources', so it may be another change's figure and is not checked against it.";
  }
  if (why == "another figure's period") {
    return closest + ", but the sentence gives " + claim.claimed + " as the period of a figure next to it " +
           "that is not checked, so it is not checked either.";
  }
  if (why == "another fact's period" && b.runner_up) {
    return closest + ", but the sentence spreads " + claim.claimed + " over the period of " +
           fact_words(facts, *b.runner_up) + " (" + describe_value(facts, *b.runner_up) + ", " +
           cite(facts, *b.runner_up) + "), so it is not checked against either.";
  }
  if (why == "a plan") return closest + ", an event already past; the sentence speaks of a plan.";
  if (std::string other = other_reading_words(why, claim, facts, closest); !other.empty()) return other;
  if (why == "an ordinal") return closest + grown_to(*claim.quantity, claim.claimed);
  if (why == "no year") {
    return closest + ", but the sentence gives " + claim.claimed +
           " without a year, and the sources do not give the day.";
  }
  return closest + ", but nothing in the sentence ties " + claim.claimed + " to it.";
}

// A claim bound to no fact: why it could not be checked.
std::string unverified_words(const Claim& claim, const FactBase& facts, const std::string& span,
                             const std::vector<std::string>& names) {
  if (claim.relation)
    return "Not in the fact base: it has no fact on this relation to check \"" + span + "\" against.";
  if (const Fact* f = claim.other_currency) {
    return "Not checked: the fact base records this in " + f->value.unit + " (" + describe_value(facts, *f) +
           ", " + cite(facts, *f) + ") and does not convert " + claim.quantity->unit + " figures.";
  }
  if (claim.binding && claim.binding->fact) return abstention_words(claim, facts);
  if (names.empty()) {
    return "Not in the fact base: the sentence names no one it has facts on, so " + claim.claimed +
           " cannot be checked.";
  }
  return "Not in the fact base: it has no fact on " + join_names(names, " or ") + " that covers " +
         claim.claimed + ".";
}

// A claim that fits an earlier value of a fact that has since changed.
std::string outdated_words(const Claim& claim, const FactBase& facts, const Predicate& pred,
                           const std::string& source) {
  const Fact& f = *claim.fact;
  const FactValue& then = *claim.earlier;
  // "$13 billion was the figure as of …", "Mira Murati was OpenAI's chief executive from …".
  std::string what = claim.claimed;
  if (!what.empty() && what[0] >= 'a' && what[0] <= 'z') what[0] = static_cast<char>(what[0] - 'a' + 'A');
  const std::string role = claim.relation ? possessive(facts.entity(f.subject)->name) + " " + pred.label : "";
  std::string was = claim.relation
                        ? claim.relation->object.display() + " was " + role + " " + describe_period(then)
                        : what + " was the figure " + describe_period(then);
  // "Altman is out as chief executive": true while someone else held the role.
  const Entity* person = claim.relation ? claim.relation->object.entity : nullptr;
  if (person && claim.polarity == Polarity::ceased && then.entity != person->id) {
    const Entity* holder = facts.entity(then.entity);
    was = claim.relation->object.display() + " was out as " + role + " " + describe_period(then) + ", when " +
          (holder ? holder->name : then.entity) + " held it";
  }
  // (A value without a period of its own leaves no gap: "the sources' latest is £235 million (update.txt").
  const std::string period = describe_period(*claim.value);
  return was + " (" + cite(facts, f, then) + "); the fact base's latest is " + claim.expected +
         (period.empty() ? "" : " " + period) + " " + source + ".";
}

// The members a list got wrong: "Microsoft is not a member, and Oracle is missing".
std::string members_detail(const RelationClaim& r, const Fact& f, const FactBase& facts) {
  std::vector<std::string> extra, missing;
  for (const NamedThing& m : r.members) {
    const auto& core = f.value.members;
    const auto& optional = f.value.optional_members;
    const bool member = m.entity && (std::count(core.begin(), core.end(), m.entity->id) ||
                                     std::count(optional.begin(), optional.end(), m.entity->id));
    if (!member) extra.push_back(m.display());
  }
  for (const std::string& id : f.value.members) {
    const bool named = std::any_of(r.members.begin(), r.members.end(),
                                   [&](const NamedThing& m) { return m.entity && m.entity->id == id; });
    const Entity* e = facts.entity(id);
    if (!named) missing.push_back(e ? e->name : id);
  }
  std::string detail;
  if (!extra.empty())
    detail = join_names(extra) + (extra.size() == 1 ? " is not a member" : " are not members");
  if (!missing.empty())
    detail += (detail.empty() ? "" : ", and ") + join_names(missing) +
              (missing.size() == 1 ? " is missing" : " are missing");
  return detail;
}

// What a denied or ended relation's explanation adds to what the fact base says.
const char* kStillSo = "; nothing in it says that has ended.";
const char* kDenied = "; the sentence denies it.";

// A role: "X is OpenAI's chief executive", said, denied or said to be over.
std::string role_words(const Claim& claim, const FactBase& facts, const Predicate& pred,
                       const std::string& source) {
  const RelationClaim& r = *claim.relation;
  const Fact& f = *claim.fact;
  const Entity* org_entity = facts.entity(f.subject);
  const std::string role = possessive(org_entity ? org_entity->name : f.subject) + " " + pred.label;
  const bool supported = claim.verdict == Verdict::supported;
  const std::string says = "The fact base says " + role + " is " + claim.expected + " " + source;
  if (claim.value != &f.value) {  // the holder on the date the sentence gives
    const std::string then = "The fact base says " + role + " was " + claim.expected + " " +
                             describe_period(*claim.value) + " " + source;
    const bool denied = claim.polarity != Polarity::asserted;
    if (supported) return then + (denied ? ": " + r.object.display() + " was out then." : ".");
    return then + (denied ? kDenied : ", not " + r.object.display() + ".");
  }
  switch (claim.polarity) {
    case Polarity::asserted:
      return supported ? "The fact base confirms that " + claim.expected + " is " + role + " " + source + "."
                       : says + ", not " + r.object.display() + ".";
    case Polarity::negated:
      return supported ? says + ", not " + r.object.display() + "." : says + kDenied;
    case Polarity::ceased:
      if (supported && claim.earlier) {
        return "The fact base says " + r.object.display() + " was " + role + " " +
               describe_period(*claim.earlier) + " (" + cite(facts, f, *claim.earlier) + "); the latest is " +
               claim.expected + " " + source + ".";
      }
      return says + kStillSo;
  }
  return says + ".";
}

// A venture's members: a list, or one organisation said to be (or not to be) one of them.
std::string members_words(const Claim& claim, const FactBase& facts, const std::string& source) {
  const RelationClaim& r = *claim.relation;
  const Fact& f = *claim.fact;
  const Entity* venture = facts.entity(f.subject);
  const std::string lists = "The fact base lists " + possessive(venture ? venture->name : f.subject) +
                            " members as " + claim.expected + " " + source;
  const bool supported = claim.verdict == Verdict::supported;
  if (r.members.size() == 1) {
    const std::string who = r.members.front().display();
    const bool denied = claim.polarity != Polarity::asserted;
    if (claim.polarity == Polarity::ceased) return lists + "; " + who + " is one of them" + kStillSo;
    // Supported and asserted, or contradicted and denied: it is a member.
    return lists + "; " + who + (supported != denied ? " is one of them." : " is not one of them.");
  }
  if (claim.polarity != Polarity::asserted) return lists + kDenied;
  return supported ? lists + "." : lists + "; " + members_detail(r, f, facts) + ".";
}

// A rank: "Microsoft is the largest investor in OpenAI", said, denied or said to be over.
std::string rank_words_for(const Claim& claim, const FactBase& facts, const std::string& source) {
  const RelationClaim& r = *claim.relation;
  const Fact& f = *claim.fact;
  const Entity* object = facts.entity(f.object);
  const std::string says =
      "The fact base says " + claim.expected + " in " + (object ? object->name : f.object) + " " + source;
  const bool supported = claim.verdict == Verdict::supported;
  const std::string other =
      ", not " + r.subject.display() + (r.rank > 1 ? " as " + std::string(rank_words(r.rank)) : "") + ".";
  switch (claim.polarity) {
    case Polarity::asserted:
      return supported ? "The fact base confirms that " +
                             says.substr(std::string("The fact base says ").size()) + "."
                       : says + other;
    case Polarity::negated:
      return supported ? says + other : says + kDenied;
    case Polarity::ceased:
      return says + kStillSo;
  }
  return says + ".";
}

// A judged relational claim: a role, a venture's members or a rank.
std::string relation_words(const Claim& claim, const FactBase& facts, const Predicate& pred,
                           const std::string& source) {
  switch (claim.relation->relation) {
    case ValueKind::role:
      return role_words(claim, facts, pred, source);
    case ValueKind::members:
      return members_words(claim, facts, source);
    case ValueKind::rank:
      return rank_words_for(claim, facts, source);
    default:
      return "";
  }
}

// A judged figure: supported, or contradicted by the fact's value or by its date.
std::string figure_words(const Claim& claim, const FactBase& facts, const Predicate& pred,
                         const std::string& source, const std::string& span) {
  const Fact& f = *claim.fact;
  const QuantityMention& q = *claim.quantity;
  // A fact that changed over time says when its value held: "nearly $14 billion as of 23 January 2025".
  const std::string period = f.time_scoped ? describe_period(*claim.value) : "";
  const std::string stated = claim.expected + (period.empty() ? "" : " " + period);
  if (claim.verdict == Verdict::contradicted && claim.polarity != Polarity::asserted) {
    return "The fact base says " + stated + " " + source + "; the sentence denies it.";
  }
  if (claim.verdict == Verdict::supported && claim.polarity != Polarity::asserted)
    return "The fact base says " + stated + " " + source + ", not " + claim.claimed +
           ", as the sentence says.";
  if (claim.verdict == Verdict::supported && claim.earlier) {
    return "The fact base says " + describe_value(facts, f, *claim.earlier) + " " +
           describe_period(*claim.earlier) + " (" + cite(facts, f, *claim.earlier) +
           "), the earlier figure the sentence gives; its latest is " + stated + " " + source + ".";
  }
  if (claim.verdict == Verdict::supported) {
    return claim.claimed == claim.expected ? "Matches the fact base: " + stated + " " + source + "."
                                           : "The fact base says " + stated + " " + source + "; " +
                                                 claim.claimed + " is consistent with it.";
  }
  const std::string& date = claim.date_said;
  if (!date.empty() && !f.time_scoped) {
    return "The fact base says " + claim.expected + " " + source + " but dates it to " + format_date(f.when) +
           ", not " + date + ".";
  }
  // "For 2023, the fact base says $13 billion as of 2023 (...)": the value that held then.
  // "For 2023, the sources say 27.4 million": a value of another year, judged by the one of its own.
  const bool its_year = claim.binding && !f.when.empty() &&
                        std::find(claim.binding->signals.begin(), claim.binding->signals.end(), "its-year") !=
                            claim.binding->signals.end();
  const std::string says = (f.time_scoped && !date.empty() ? "For " + date + ", the"
                            : its_year                     ? "For " + format_date(f.when) + ", the"
                                                           : "The") +
                           std::string(" fact base says ") + stated;
  if (pred.value == ValueKind::date || std::isnan(claim.deviation) || std::fabs(claim.deviation) < 0.005 ||
      q.comparator == Comparator::order)
    return says + " " + source + ", not " + claim.claimed + ".";
  const double said = claim.compared ? claim.compared->value : q.value;
  const std::string as_said = claim.compared ? claim.claimed : span;  // "10 miles (16.1 km)"
  return says + " " + source + "; " + as_said + " is " + deviation_words(said, claim.value->amount) + ".";
}

}  // namespace

namespace {

void explain_in_base_words(Claim& claim, const FactBase& facts, std::string_view text,
                           const std::vector<std::string>& names);

// A base learned from documents is "the sources" to its reader, not "the fact base".
void speak_of_sources(std::string& s) {
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"Not in the fact base", "Not in the sources"},
      {"The fact base says", "The sources say"},
      {"Matches the fact base", "Matches the sources"},
      {"The fact base confirms", "The sources confirm"},
      {"The fact base lists", "The sources list"},
      {"The fact base dates", "The sources date"},
      {"the fact base's latest", "the sources' latest"},
      {"the fact base says", "the sources say"},
      {"the fact base can neither", "the sources can neither"},
      {"the fact base records", "the sources record"}};
  // Each phrase holds "fact base": one pass over its places, each tried against the phrases around it.
  constexpr std::string_view kKey = "fact base";
  for (std::size_t at = s.find(kKey); at != std::string::npos; at = s.find(kKey, at + 1)) {
    for (const auto& [from, to] : kWords) {
      const std::size_t key = from.find(kKey);
      if (at < key || std::string_view(s).substr(at - key, from.size()) != from) continue;
      s.replace(at - key, from.size(), to);
      at = at - key + to.size() - 1;
      break;
    }
  }
}

}  // namespace

void explain(Claim& claim, const FactBase& facts, std::string_view text,
             const std::vector<std::string>& names) {
  explain_in_base_words(claim, facts, text, names);
  if (facts.from_documents()) speak_of_sources(claim.explanation);
  if (facts.basis() != Basis::both) return;
  // A stack of written facts and sources: a claim checked against a source's fact speaks of the sources,
  // and an unverified one's opening names both.
  const Source* source = claim.fact ? facts.source(claim.fact->source) : nullptr;
  if (source && !source->document.empty()) speak_of_sources(claim.explanation);
  constexpr std::string_view kHead = "Not in the fact base";
  if (claim.explanation.compare(0, kHead.size(), kHead) == 0)
    claim.explanation.insert(kHead.size(), " or the sources");
}

namespace {

void explain_in_base_words(Claim& claim, const FactBase& facts, std::string_view text,
                           const std::vector<std::string>& names) {
  const std::string span = one_spaced(text.substr(claim.start, claim.end - claim.start));
  claim.claimed = claimed_words(claim, text, span);
  if (!claim.fact) {
    claim.explanation = unverified_words(claim, facts, span, names);
    return;
  }
  const Fact& f = *claim.fact;
  const Predicate& pred = *facts.predicate(f.predicate);
  if (!claim.value) {
    // A fact that changed over time, with no value for the date the sentence gives.
    const FactValue& first = f.earlier.empty() ? f.value : f.earlier.front();
    claim.explanation = "Not in the fact base for " + claim.date_said + ": its " + pred.label +
                        " figures start with " + describe_value(facts, f, first) + " " +
                        describe_period(first) + " (" + cite(facts, f, first) + ").";
    return;
  }
  // Outdated, the expected value is the latest, whatever value the claim's own date picked: "598
  // transplants in 2023" against 2023's count, revised since to 611.
  if (claim.verdict == Verdict::outdated && claim.earlier && claim.value == claim.earlier)
    claim.value = &f.value;
  const std::string source = "(" + cite(facts, f, *claim.value) + ")";
  if (claim.quantity && claim.quantity->kind == QuantityKind::date && pred.value != ValueKind::date) {
    // A date of a figure's event: "the fact base dates it to October 2024".
    claim.expected = format_date(f.when);
    claim.explanation = "The fact base dates " + fact_words(facts, f) + " to " + claim.expected + " " +
                        source + (claim.verdict == Verdict::supported ? "." : ", not " + claim.claimed + ".");
    return;
  }
  if (claim.break_in) {
    // A role said to be held without a break (match/judge.cpp).
    const Entity* other = facts.entity(claim.break_in->entity);
    const Entity* org = facts.entity(f.subject);
    claim.expected = describe_value(facts, f, *claim.value);
    claim.explanation = "The fact base says " + (other ? other->name : claim.break_in->entity) + " was " +
                        possessive(org ? org->name : f.subject) + " " + pred.label + " " +
                        describe_period(*claim.break_in) + " (" + cite(facts, f, *claim.break_in) + "), so " +
                        claim.expected + " has not held it without a break.";
    return;
  }
  if (claim.held_for) {
    // How long a role was held (match/judge.cpp): "Mira Murati was OpenAI's chief executive from 17
    // November 2023 until 19 November 2023".
    const Entity* holder = facts.entity(claim.value->entity);
    const Entity* org = facts.entity(f.subject);
    const std::string held =
        one_spaced(text.substr(claim.held_for->start, claim.held_for->end - claim.held_for->start));
    claim.expected = describe_period(*claim.value);
    claim.explanation = "The fact base says " + (holder ? holder->name : claim.value->entity) + " was " +
                        possessive(org ? org->name : f.subject) + " " + pred.label + " " + claim.expected +
                        " " + source +
                        (claim.verdict == Verdict::supported ? "; " + held + " is consistent with it."
                                                             : ", not for " + held + ".");
    return;
  }
  claim.expected = describe_value(facts, f, *claim.value);
  if (claim.verdict == Verdict::outdated && claim.earlier) {
    claim.explanation = outdated_words(claim, facts, pred, source);
  } else if (claim.relation) {
    claim.explanation = relation_words(claim, facts, pred, source);
  } else {
    claim.explanation = figure_words(claim, facts, pred, source, span);
  }
  // A plan, a possibility or a report keeps its verdict, and says what it is.
  switch (claim.modality) {
    case Modality::plan:
      claim.explanation += " The sentence gives it as a plan.";
      break;
    case Modality::possible:
      claim.explanation += " The sentence gives it as a possibility.";
      break;
    case Modality::reported:
      claim.explanation += " The sentence gives it as reported by others.";
      break;
    case Modality::fact:
      break;
  }
}

}  // namespace

}  // namespace factcheck
