// The governing word of each figure: the nearest content word before it in its clause, past the
// verbs and prepositions that link a figure to what it measures ("revenue rose 12% to $5 billion"); and
// what a bare number counts.
#include "learn/governors.hpp"
#include "learn/names.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <set>

#include "model/change.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"

namespace factcheck {

namespace {

// Words between a figure and what it measures: passed over on the way back to the governor.
const std::set<std::string>& linking_words() {
  static const std::set<std::string> kWords = {
      "of",        "at",         "to",         "by",        "from",       "was",
      "were",      "is",         "are",        "be",        "been",       "being",
      "has",       "have",       "had",        "reached",   "totalled",   "totaled",
      "totalling", "totaling",   "stood",      "hit",       "came",       "in",
      "rose",      "fell",       "increased",  "decreased", "grew",       "climbed",
      "dropped",   "declined",   "jumped",     "slipped",   "gained",     "up",
      "down",      "a",          "an",         "the",       "its",        "their",
      "his",       "her",        "some",       "our",       "my",         "your",
      "about",     "around",     "nearly",     "almost",    "roughly",    "approximately",
      "more",      "than",       "over",       "under",     "less",       "fewer",
      "least",     "most",       "just",       "only",      "also",       "which",
      "as",        "much",       "many",       "estimated", "or",         "and",
      "reported",  "posted",     "recorded",   "booked",    "amounted",   "amounting",
      "came",      "stands",     "was",        "will",      "would",      "could",
      "be",        "said",       "says",       "it",        "this",       "that",
      "these",     "those",      "with",       "for",       "on",         "some",
      "roughly",   "close",      "exactly",    "precisely", "above",      "below",
      "exceeding", "excess",     "no",         "not",       "still",      "now",
      "then",      "an",         "another",    "further",   "additional", "rising",
      "falling",   "increasing", "decreasing", "growing",   "climbing",   "dropping",
      "declining", "jumping",    "up",         "reaching",  "bringing",   "taking",
      "lifting",   "pushing",    "putting",    "sets",      "set",        "record",
      "all",       "time",       "high",       "low",       "year",       "years",
      "month",     "months",     "quarter",    "period",    "new",        "total",
      "combined",  "overall",    "its",        "ahead",     "behind",     "compared",
      "against",   "versus",     "vs",         "per",       "cent",       "percent",
      "first",     "second",     "third",      "fourth",    "fifth",      "half",
      "full",      "fiscal",     "annual",     "quarterly", "monthly",    "yearly",
      "like",      "for",        "earlier",    "ago",       "previously", "some",
      "who",       "whom",       "where",      "when",      "while",      "\u2019s",
      "'s",        "s",          "we",         "they",      "he",         "she",
      "i"};
  return kWords;
}

// Words after a figure that mark it as a previous value.
const std::set<std::string>& earlier_words() {
  static const std::set<std::string> kWords = {"earlier", "ago", "previously", "before", "prior"};
  return kWords;
}

constexpr int kOther = -2;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool known_cue(const std::string& word);

// Words that signal the same thing: a cue learned from one is learned with the others.
const std::vector<std::vector<std::string>>& families() {
  static const std::vector<std::vector<std::string>> kFamilies = {
      {"revenue", "revenues", "sales", "turnover", "top line", "rev"},
      {"profit", "earnings", "income", "bottom line"},
      {"loss", "deficit", "shortfall"},
      {"employ", "employee", "staff", "workforce", "worker", "job", "headcount"},
      {"invest", "investment", "spend", "spending", "capex", "capital expenditure"},
      // A part put into something larger: "injected $750 million into the round", "contributed".
      {"inject", "injection", "contribute", "contribution", "chipped in", "put in"},
      {"dividend", "payout"},
      {"free cash flow", "fcf"},
      {"debt", "borrowing", "borrowings", "liabilities"},
      {"forecast", "outlook", "guidance", "expect", "projection", "target", "guide", "guided", "sees"},
      {"fine", "fined", "penalty"},
      {"damages", "compensation", "award", "awarded"},
      {"attendance", "crowd", "spectator", "fan"},
      {"unemployment", "jobless"},
      {"inflation", "price growth", "consumer prices"},
      {"population", "resident", "inhabitant"},
      {"death", "died", "fatality", "killed"},
      {"participant", "patient", "volunteer", "subject"},
      {"buyback", "buy back", "repurchase", "returned"},
      {"valuation", "valued", "worth"},
      {"cost", "price", "costs"},
      {"margin", "gm"},  // "GM 48.6%": gross margin in an analyst's note
      {"capacity"},
      // A fact sheet's "Length: 31.6 miles" is a text's "31.5 miles long".
      {"length", "long"},
      {"width", "wide"},
      {"depth", "deep"},
      {"budget", "funding", "allocation", "allocated"},
      {"share", "eps", "per share", "a share"},
      {"growth", "grew", "increase", "rise"},
      {"decline", "fall", "drop", "decrease"},
      {"raise", "raised", "funding round", "round"},
      {"sentence", "sentenced", "jail", "prison"},
      {"score", "scored", "goal"},
      {"rate", "rates"},
      {"stake", "own", "owns", "owned", "hold", "holds", "holding", "retain", "retains"}};
  return kFamilies;
}

bool known_cue(const std::string& word) {
  static const std::set<std::string> kStems = [] {
    std::set<std::string> out;
    for (const auto& family : families())
      for (const std::string& w : family) out.insert(stem(w));
    return out;
  }();
  return kStems.count(stem(word)) > 0;
}

bool stops_clause(const Token& t) {
  return t.is(";") || t.is(":") || t.is("(") || t.is(")") || t.is("\"") || t.is(".") || t.is("?") ||
         t.is("!");
}

struct Scan {
  const std::vector<Token>& tokens;
  const Sentence& sentence;
  const std::vector<int>& owner;  // token -> quantity index in the sentence's figures, or -1
  const std::vector<bool>& name_token;

  bool content(std::size_t k) const {
    const Token& t = tokens[k];
    return t.is_word() && t.norm.size() >= 2 && owner[k - sentence.first_token] < 0 && !name_token[k] &&
           !linking_words().count(t.norm);
  }
  // A month's name beside a day's number: a date the scan did not read as one ("for the six months to 30
  // June"), which governs no figure before it. ("Prices rose 3.4% in March" is March's figure.)
  bool dated_month(std::size_t k) const {
    return is_month_name(tokens[k].norm) && ((k > sentence.first_token && tokens[k - 1].is_number()) ||
                                             (k + 1 < sentence.last_token && tokens[k + 1].is_number()));
  }
};

// "₹4,850 crore (about US$580 million) contract": a figure's conversion in brackets right after it is
// passed over; returns the first token after the brackets, else `k`.
std::size_t past_conversion(const Scan& s, std::size_t k) {
  const std::size_t end = s.sentence.last_token;
  if (k >= end || !s.tokens[k].is("(")) return k;
  bool figure = false;
  for (std::size_t j = k + 1; j < end && j <= k + 8; ++j) {
    if (s.tokens[j].is(")")) return figure ? j + 1 : k;
    figure = figure || s.owner[j - s.sentence.first_token] != -1;
  }
  return k;
}

// Up to two words right before the governor that narrow it ("data-centre revenue", "net debt").
std::vector<std::string> modifiers_before(const Scan& s, std::size_t head) {
  std::vector<std::string> out;
  std::size_t k = head;
  while (k > s.sentence.first_token && out.size() < 2) {
    --k;
    if (s.tokens[k].is("-")) continue;
    if (!s.content(k)) break;
    out.push_back(s.tokens[k].norm);
  }
  return out;
}

// "$1.48 per diluted share", "6.2 pence a share".
bool per_share(const Scan& s, std::size_t after) {
  const std::size_t end = s.sentence.last_token;
  if (after >= end || !(s.tokens[after].is("per") || s.tokens[after].is("a"))) return false;
  for (std::size_t k = after + 1; k < end && k <= after + 3; ++k)
    if (s.tokens[k].is("share") || s.tokens[k].is("shares")) return true;
  return false;
}

// "..., up 7.4%": a change right after a comma is a change of the figure before it.
bool change_after_comma(const Scan& s, std::size_t lead) {
  const std::size_t first = s.sentence.first_token;
  for (std::size_t k = lead; k > first && lead - k < 4;) {
    --k;
    if (s.tokens[k].is(",") || s.tokens[k].is("-") || s.tokens[k].is("(")) return k + 1 < lead;
    // "…, a 7% rise": an article may stand between the comma and the figure; "…, a cut of 19%": and "of"
    // after a word of change.
    const bool of_change = s.tokens[k].is("of") && k > first && change_direction(s.tokens[k - 1].norm) != 0;
    if (change_direction(s.tokens[k].norm) == 0 && !s.tokens[k].is("a") && !s.tokens[k].is("an") &&
        !of_change)
      return false;
  }
  return false;
}

// "The government will provide HK$800 million and the Lo Foundation HK$400 million": a name right
// before a figure, after "and" or a comma, with no verb of its own: the verb of the figure before
// governs this one too.
// Returns where the name starts, or SIZE_MAX.
std::size_t gapped_after_name(const Scan& s, std::size_t lead) {
  const std::size_t first = s.sentence.first_token;
  std::size_t k = lead;
  while (k > first && s.name_token[k - 1]) --k;
  if (k == lead) return SIZE_MAX;
  const std::size_t name = k;
  if (k > first && s.tokens[k - 1].is("the")) --k;
  return k > first && (s.tokens[k - 1].is("and") || s.tokens[k - 1].is(",")) ? name : SIZE_MAX;
}

bool marks_earlier(const Scan& s, std::size_t lead, std::size_t after, bool change) {
  if (lead > s.sentence.first_token && s.tokens[lead - 1].is("from")) return true;
  // "The death toll from the storm has risen to 19": what it rose to is the value now.
  if (lead > s.sentence.first_token && s.tokens[lead - 1].is("to")) return false;
  // "revised up from the flash estimate of 2.9%"; "lower than the provisional figure of 1.55°C".
  for (std::size_t k = lead; k > s.sentence.first_token && lead - k < 6;) {
    --k;
    if (s.owner[k - s.sentence.first_token] >= 0 || stops_clause(s.tokens[k]) || s.tokens[k].is(",")) break;
    if (s.tokens[k].is("from")) return true;
    if (k + 3 >= lead &&
        (s.tokens[k].is("provisional") || s.tokens[k].is("preliminary") || s.tokens[k].is("previous") ||
         s.tokens[k].is("original") || s.tokens[k].is("initial")))
      return true;
  }
  if (change) return false;  // "3.7% from a year earlier" is a change, not an earlier value
  for (std::size_t k = after; k < s.sentence.last_token && k < after + 4; ++k) {
    if (earlier_words().count(s.tokens[k].norm)) return true;
    if (s.tokens[k].is("last") && k + 1 < s.sentence.last_token && s.tokens[k + 1].is("year")) return true;
    if (s.owner[k - s.sentence.first_token] >= 0 || stops_clause(s.tokens[k])) break;
  }
  return false;
}

// "the 2024 cod limit is reduced further to 13,100 tonnes", "its capacity will be expanded to 400 beds":
// what a passive verb sets is its subject, the noun right before the verb's "is" or "be"; else `first`.
std::size_t passive_subject(const Scan& s, std::size_t lead, std::size_t first) {
  const std::size_t from = s.sentence.first_token;
  for (std::size_t k = lead; k > from + 1 && lead - k < 5;) {
    --k;
    const Token& t = s.tokens[k];
    if (!t.is_word() || s.owner[k - from] >= 0) return first;
    const bool participle =
        (t.norm.size() > 4 && t.norm.compare(t.norm.size() - 2, 2, "ed") == 0) || t.is("cut") || t.is("set");
    if (!participle) continue;
    std::size_t aux = k - 1;
    if (!(s.tokens[aux].is("is") || s.tokens[aux].is("was") || s.tokens[aux].is("are") ||
          s.tokens[aux].is("were") || s.tokens[aux].is("been")))
      return first;
    while (aux > from &&
           (s.tokens[aux - 1].is("has") || s.tokens[aux - 1].is("have") || s.tokens[aux - 1].is("had") ||
            s.tokens[aux - 1].is("will") || s.tokens[aux - 1].is("been") || s.tokens[aux - 1].is("would")))
      --aux;
    // "The investment at Deventer has been raised to €48 million": the noun before the place.
    std::size_t noun = aux;
    while (noun > from && s.name_token[noun - 1]) --noun;
    if (noun < aux && noun > from + 1 && (s.tokens[noun - 1].is("at") || s.tokens[noun - 1].is("in")))
      noun -= 1;
    return noun > from && s.content(noun - 1) ? noun - 1 : first;
  }
  return first;
}

// "funded 60% by the state, 25% by Skarvik municipality and 15% by private donors": a share said to be
// by someone is that one's share, governed by the last word of who it is by.
void by_whom(const Scan& s, std::size_t after, Governor& g) {
  const std::size_t end = s.sentence.last_token;
  if (after + 1 >= end || !s.tokens[after].is("by")) return;
  std::size_t last = kNone;
  for (std::size_t k = after + 1; k < end && k < after + 5; ++k) {
    const Token& t = s.tokens[k];
    if (s.owner[k - s.sentence.first_token] != -1) return;  // "by the end of 2027", "by 5%": no one's
    if (stops_clause(t) || t.is(",") || t.is("and")) break;
    if (t.is_word() && !s.name_token[k] && s.content(k)) last = k;
  }
  if (last == kNone) return;
  g.head = s.tokens[last].norm;
  g.modifiers = modifiers_before(s, last);
  g.found = true;
}

// "the $1.1 billion that rival marketplace Shopway paid": the verb of the clause that says who paid it.
void paid_by_whom(const Scan& s, std::size_t after, Governor& g) {
  const std::size_t end = s.sentence.last_token;
  if (after + 2 >= end || !(s.tokens[after].is("that") || s.tokens[after].is("which"))) return;
  bool named = false;
  for (std::size_t k = after + 1; k < end && k < after + 7; ++k) {
    if (s.name_token[k]) {
      named = true;
    } else if (named && s.tokens[k].is_word() && acts(s.tokens[k].norm)) {
      g.head = s.tokens[k].norm;
      g.found = true;
      return;
    } else if (named || stops_clause(s.tokens[k]) || s.owner[k - s.sentence.first_token] != -1) {
      return;
    }
  }
}

// Scans back from a figure for its governor: the nearest word of a known cue family in the clause, else
// the nearest content word. Dates are passed over ("to 30 September 2025, up 7.4%"). Returns the
// figure met first when no word governs this one (its governor is inherited), or -1.
int find_head(const Scan& s, std::size_t lead, std::size_t self, Governor& g, bool across_names = false) {
  std::size_t first = kNone, known = kNone;
  int inherit = -1;
  for (std::size_t k = lead; k > s.sentence.first_token && lead - k < 12;) {
    --k;
    const int o = s.owner[k - s.sentence.first_token];
    if (o == kOther) continue;
    if (o >= 0 && o != static_cast<int>(self)) {
      if (first == kNone) inherit = o;
      break;
    }
    // (Not a label's colon right before the figure: "Revenue: €612.4 million", "EBITDA: €71.8 million".)
    if (stops_clause(s.tokens[k]) && !(s.tokens[k].is(":") && k + 1 == lead)) break;
    // A name ends the clause, but for the object of a valuation: "valuing Corrin at £1.24 billion".
    // (A bound in time governs the whole clause: "obtain all cloud capacity from Microsoft until 2030".)
    if (s.name_token[k] && across_names) continue;
    if (s.name_token[k]) {
      std::size_t end = k + 1;
      while (end < lead && s.name_token[end]) ++end;
      // "costs €1,699 in Europe and $1,599 in the US": a place the figure before is given for, then the
      // next figure of the same thing; scanning on reaches the figure before, whose governor it shares.
      std::size_t start = k;
      while (start > s.sentence.first_token && s.name_token[start - 1]) --start;
      const NameAside aside = name_aside(s.tokens, s.sentence, start, end, lead);
      if (aside == NameAside::place_of_previous) {
        k = start - 1;  // the "in"
        // "€1,899 (256 GB) in Europe and $1,799": past an aside in brackets after the figure before.
        if (k > s.sentence.first_token && s.tokens[k - 1].is(")"))
          for (std::size_t j = k - 1; j > s.sentence.first_token && j + 8 > k;)
            if (s.tokens[--j].is("(")) {
              k = j;
              break;
            }
        continue;
      }
      // A name the clause's verb takes with a preposition is no subject of its own; the scan goes on to
      // the verb or the figure before.
      if (aside == NameAside::object) {
        k = start - 1;
        continue;
      }
      if (end >= lead || !s.tokens[end].is("at")) break;
      continue;
    }
    if (!s.content(k) || s.dated_month(k)) continue;
    if (first == kNone) first = k;
    if (known_cue(s.tokens[k].norm)) {
      known = k;
      break;
    }
  }
  std::size_t head = known != kNone ? known : first;
  // The passive verb itself as the governor ("has been raised to"): what it sets is its subject.
  const bool verb_is_cue =
      known != kNone && known > s.sentence.first_token &&
      (s.tokens[known - 1].is("been") || s.tokens[known - 1].is("was") || s.tokens[known - 1].is("is"));
  if (head != kNone && (known == kNone || verb_is_cue)) head = passive_subject(s, lead, head);
  if (head == kNone) return inherit;
  g.head = s.tokens[head].norm;
  g.modifiers = modifiers_before(s, head);
  g.found = true;
  return -1;
}

// "in cash", "in Kraken Forge shares", "in new funding" at token `k`: the word of a cue family (or
// "cash") the figure is in, or kNone.
std::size_t in_what(const Scan& s, std::size_t k) {
  const std::size_t end = s.sentence.last_token;
  if (k + 1 >= end || !s.tokens[k].is("in")) return kNone;
  for (std::size_t j = k + 1; j < end && j < k + 5; ++j) {
    const Token& t = s.tokens[j];
    if (s.owner[j - s.sentence.first_token] != -1 || stops_clause(t) || t.is(",") || t.is("and"))
      return kNone;
    if (s.name_token[j] || t.is("the") || t.is("its") || t.is("their") || t.is("new") || t.is("fresh") ||
        t.is("additional"))
      continue;
    return t.is("cash") || known_cue(t.norm) ? j : kNone;
  }
  return kNone;
}

// Whether a figure after the i-th, neither a date nor a bare number, starts within `reach` tokens of k.
bool next_figure_within(const std::vector<QuantityMention>& quantities,
                        const std::vector<std::size_t>& figures, std::size_t i, std::size_t k,
                        std::size_t reach) {
  for (std::size_t j = i + 1; j < figures.size(); ++j) {
    const QuantityMention& q = quantities[figures[j]];
    if (q.first_token > k + reach) return false;
    if (q.first_token > k && q.kind != QuantityKind::date && q.kind != QuantityKind::number) return true;
  }
  return false;
}

// The figure before the i-th whose governor a change after a comma shares ("KHR 58.4 billion, up 11.2%"),
// passing over periods ("three months") and a conversion in brackets ("KHR 58.4 billion (about USD 14.3
// million), up 11.2%"); -1 for none.
int figure_before(const Scan& s, const std::vector<QuantityMention>& quantities,
                  const std::vector<std::size_t>& figures, std::size_t i) {
  for (std::size_t j = i; j > 0;) {
    const QuantityMention& before = quantities[figures[--j]];
    std::size_t at = before.first_token;
    while (at > s.sentence.first_token && s.tokens[at - 1].start >= before.comparator_start) --at;
    const bool converted = at > s.sentence.first_token && s.tokens[at - 1].is("(") && j > 0;
    if (before.kind != QuantityKind::duration && !converted) return static_cast<int>(j);
  }
  return -1;
}

}  // namespace

// "Warranty: 10 years on frames, 5 years on hardware": in a list, what a measure or a period is on names
// it, not the item before it (a label before a colon stays with it). Whether it set g.
static bool on_what(const Scan& s, const QuantityMention& q, std::size_t lead, Governor& g) {
  const std::vector<Token>& tokens = s.tokens;
  const std::size_t on = past_conversion(s, q.last_token);
  if ((q.kind != QuantityKind::measure && q.kind != QuantityKind::duration) ||
      lead < s.sentence.first_token + 2 || !(tokens[lead - 1].is(",") || tokens[lead - 1].is(":")) ||
      on + 1 >= s.sentence.last_token || !tokens[on].is("on") || !s.content(on + 1))
    return false;
  g.head = tokens[on + 1].norm;
  if (tokens[lead - 1].is(":") && s.content(lead - 2)) g.modifiers.push_back(tokens[lead - 2].norm);
  g.found = true;
  return true;
}

std::vector<Governor> find_governors(std::string_view text, const std::vector<Token>& tokens,
                                     const Sentence& sentence, const std::vector<QuantityMention>& quantities,
                                     const std::vector<std::size_t>& figures,
                                     const std::vector<bool>& name_token) {
  (void)text;
  // Each token of the sentence: the figure it belongs to, kOther for any other quantity (a date), or -1.
  std::vector<int> owner(sentence.last_token - sentence.first_token, -1);
  for (const QuantityMention& q : quantities) {
    if (q.first_token < sentence.first_token || q.first_token >= sentence.last_token) continue;
    for (std::size_t k = q.first_token; k < q.last_token && k < sentence.last_token; ++k)
      owner[k - sentence.first_token] = kOther;
  }
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const QuantityMention& q = quantities[figures[i]];
    for (std::size_t k = q.first_token; k < q.last_token && k < sentence.last_token; ++k)
      if (k >= sentence.first_token) owner[k - sentence.first_token] = static_cast<int>(i);
  }
  const Scan s{tokens, sentence, owner, name_token};
  std::vector<Governor> out(figures.size());
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const QuantityMention& q = quantities[figures[i]];
    std::size_t lead = q.first_token;
    while (lead > sentence.first_token && tokens[lead - 1].start >= q.comparator_start) --lead;
    Governor& g = out[i];
    g.earlier = marks_earlier(s, lead, q.last_token, q.kind == QuantityKind::percent);
    g.change = q.kind != QuantityKind::percent && lead > sentence.first_token &&
               change_direction(
                   tokens[lead > sentence.first_token + 1 && tokens[lead - 1].is("by") ? lead - 2 : lead - 1]
                       .norm) != 0;
    int inherit = -1;
    // "made up of Aquanor (51%) and Galil Energy (49%)", "owned by Kelosalmi (51%)": a share in brackets
    // right after a name is the name's stake.
    // So is one after "with": "the investment fund Orbis Capital, with 45%".
    const bool bracketed = lead > sentence.first_token + 1 && tokens[lead - 1].is("(") &&
                           name_token[lead - 2] && q.last_token < sentence.last_token &&
                           tokens[q.last_token].is(")");
    std::size_t with = lead > sentence.first_token + 1 && tokens[lead - 1].is("with") ? lead - 1 : 0;
    if (with > sentence.first_token + 1 && tokens[with - 1].is(",")) --with;
    if (q.kind == QuantityKind::percent &&
        (bracketed || (with > sentence.first_token && name_token[with - 1]))) {
      std::size_t name = bracketed ? lead - 1 : with;
      while (name > sentence.first_token && name_token[name - 1]) --name;
      g.head = "stake";
      g.found = true;
      g.gapped_name = name;
      continue;
    }
    g.gapped_name = i > 0 ? gapped_after_name(s, lead) : SIZE_MAX;
    // "followed by Halo Gyms with 226 and Stride Fitness with 198": any figure after "NAME with" is the
    // name's, its noun the one before.
    if (g.gapped_name == SIZE_MAX && i > 0 && with > sentence.first_token && name_token[with - 1]) {
      g.gapped_name = with;
      while (g.gapped_name > sentence.first_token && name_token[g.gapped_name - 1]) --g.gapped_name;
    }
    // "… and Nexa Mobile 100 MHz for €402 million": the name's clause goes on to its next figure.
    if (g.gapped_name == SIZE_MAX && i > 0 && out[i - 1].gapped_name != SIZE_MAX) {
      const QuantityMention& before = quantities[figures[i - 1]];
      bool joined = before.last_token <= lead;
      for (std::size_t k = before.last_token; joined && k < lead; ++k)
        joined = !s.tokens[k].is(",") && !s.tokens[k].is("and") && !stops_clause(s.tokens[k]);
      if (joined) g.gapped_name = out[i - 1].gapped_name;
    }
    if (change_after_comma(s, lead) || g.gapped_name != SIZE_MAX)
      inherit = figure_before(s, quantities, figures, i);
    // "$180 million in cash and $95 million in Kraken Forge shares": what the figure is in, said right
    // after it, governs it before any word before it.
    if (const std::size_t in = in_what(s, past_conversion(s, q.last_token));
        in != kNone && q.kind == QuantityKind::money) {
      g.head = tokens[in].norm;
      g.found = true;
      inherit = -1;
    }
    if (on_what(s, q, lead, g)) inherit = -1;
    if (!g.found && (q.kind == QuantityKind::percent || q.kind == QuantityKind::money))
      by_whom(s, q.last_token, g);
    if (!g.found && q.kind == QuantityKind::money) paid_by_whom(s, q.last_token, g);
    if (inherit < 0 && !g.found) inherit = find_head(s, lead, i, g, q.kind == QuantityKind::date);
    if (!g.found && inherit >= 0 && out[inherit].found && !out[inherit].head.empty()) {
      g.head = out[inherit].head;
      g.modifiers = out[inherit].modifiers;
      g.found = true;
    }
    if (per_share(s, q.last_token) && (inherit >= 0 || !g.found)) {
      g.head = "share";
      g.modifiers.clear();
      g.found = true;
    }
    const std::size_t next = past_conversion(s, q.last_token);
    for (std::size_t k = next; k < sentence.last_token && k < next + 5 && g.after.size() < 2; ++k) {
      // Nor past "and" to the words of the next figure: "net income of R$ 9.1 billion for 2024 and
      // approved dividends of R$ 2.4 billion" says nothing more of the income.
      if (stops_clause(tokens[k]) || tokens[k].is(",") || owner[k - sentence.first_token] >= 0 ||
          ((tokens[k].is("and") || tokens[k].is("but")) && next_figure_within(quantities, figures, i, k, 6)))
        break;
      if (s.content(k)) g.after.push_back(tokens[k].norm);
    }
    // "up to 400 passengers, compared with 300 on the current fleet": what the figure is of tells it
    // apart, not the verb of the figure it is compared with.
    if (lead > sentence.first_token + 1 && tokens[lead - 2].is("compared") &&
        (tokens[lead - 1].is("with") || tokens[lead - 1].is("to")))
      g.modifiers = g.after,
      g.head = g.after.empty() || q.kind != QuantityKind::count ? g.head : std::string();
    // "reported $1.82 billion in revenue": the governor after the figure.
    for (std::size_t k = next; !g.found && k < sentence.last_token && k < next + 4; ++k) {
      if (stops_clause(tokens[k]) || owner[k - sentence.first_token] >= 0) break;
      if (s.content(k)) {
        g.head = tokens[k].norm;
        g.found = true;
      }
    }
    // "Corvane has 1,200 employees": a count names what it counts, which is all that governs it when
    // only its subject and a linking verb come before it (the head stays empty).
    if (!g.found && q.kind == QuantityKind::count && !q.unit.empty()) g.found = true;
    // Only a count goes without a governing word: any other figure's predicate is named by it.
    if (g.head.empty() && q.kind != QuantityKind::count) g.found = false;
  }
  return out;
}

bool by_aside(const std::vector<Token>& tokens, const Sentence& s, std::size_t first, std::size_t last,
              std::size_t lead) {
  if (last + 1 >= lead || !tokens[last].is(",")) return false;
  // Or in the sentence's opening phrase: "With Bayline, Meridian now operates 12 channels".
  static const std::set<std::string> kOpeners = {"with", "after", "unlike", "like", "besides", "alongside"};
  if (first == s.first_token + 1 && kOpeners.count(tokens[s.first_token].norm)) return true;
  std::size_t k = first;
  while (k > s.first_token && first - k < 4 && tokens[k - 1].is_word() && !tokens[k - 1].is("by")) --k;
  if (k < s.first_token + 3 || !tokens[k - 1].is("by")) return false;
  const Token& done = tokens[k - 2];
  const bool participle =
      done.is_word() && ((done.norm.size() > 4 && done.norm.compare(done.norm.size() - 2, 2, "ed") == 0) ||
                         done.is("made") || done.is("built") || done.is("run") || done.is("led") ||
                         done.is("held") || done.is("sold") || done.is("won"));
  return participle && tokens[k - 3].is(",");
}

NameAside name_aside(const std::vector<Token>& tokens, const Sentence& s, std::size_t first, std::size_t last,
                     std::size_t lead) {
  if (first <= s.first_token || last >= lead) return NameAside::none;
  const Token& before = tokens[first - 1];
  const Token& after = tokens[last];
  // (Not a sentence's opening place: "In Sjöholm, four new preschools …" are Sjöholm's.)
  if (before.is("in") && first - 1 > s.first_token && last + 1 == lead && (after.is("and") || after.is(",")))
    return NameAside::place_of_previous;
  if ((before.is("from") || before.is("with")) && (after.is("for") || after.is("worth")))
    return NameAside::object;
  return NameAside::none;
}

std::string family_head(const std::string& head) {
  const std::string key = stem(head);
  for (const auto& family : families())
    for (const std::string& w : family)
      if (stem(w) == key) return family.front();
  return head;
}

std::vector<std::string> cue_family(const std::string& head) {
  const std::string key = stem(head);
  for (const auto& family : families())
    for (const std::string& w : family)
      if (stem(w) == key) {
        std::vector<std::string> out{head};
        for (const std::string& other : family)
          if (stem(other) != key) out.push_back(other);
        return out;
      }
  return {head};
}

std::vector<std::string> cue_family(const Governor& g) {
  if (!event_family(g.head).empty()) return event_family(g.head);
  std::vector<std::string> family = cue_family(g.head);
  std::string phrase = g.head;
  for (auto m = g.modifiers.begin(); family.size() == 1 && m != g.modifiers.end(); ++m) {  // nearest first
    phrase = *m + " " + phrase;
    const std::vector<std::string> wider = cue_family(phrase);
    if (wider.size() > 1) family.insert(family.end(), wider.begin() + 1, wider.end());
  }
  return family;
}

// "total income was £6.12 million, not £6.42 million", "38 extra services rather than 46": the figure
// set aside is no fact.
bool set_aside(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& q) {
  std::size_t lead = q.first_token;
  while (lead > s.first_token && tokens[lead - 1].start >= q.comparator_start) --lead;
  return lead > s.first_token &&
         (tokens[lead - 1].is("not") ||
          (lead > s.first_token + 1 && ((tokens[lead - 2].is("rather") && tokens[lead - 1].is("than")) ||
                                        (tokens[lead - 2].is("instead") && tokens[lead - 1].is("of")))));
}

}  // namespace factcheck
