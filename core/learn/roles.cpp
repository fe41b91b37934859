// Titles next to names, read from the title out: its holder is the name right after it ("chief executive
// Maria Oyelaran", "whose chair is Tom Odell"), else the name before it ("Anjali Raman, president and chief
// executive", "Priya Castellano is chief executive of", "Mira Santos (CTO)"); its organisation is a name
// just before it ("Kestrel CEO", "Kestrel's CEO", "Vantic Bio, whose"), after "of", one "its" refers to,
// else left for the caller to supply.
#include "learn/roles.hpp"

#include <cstdint>
#include <set>
#include <unordered_map>

#include "text/stem.hpp"

namespace factcheck {

const std::vector<RoleKind>& role_kinds() {
  static const std::vector<RoleKind> kKinds = {
      {"role-ceo",
       "chief executive",
       {"chief executive", "chief executive officer", "CEO", "co-chief executive", "co-CEO", "boss",
        "managing director and CEO", "managing director and chief executive"}},
      {"role-cfo",
       "chief financial officer",
       {"chief financial officer", "CFO", "finance chief", "finance director", "financial director"}},
      {"role-chair",
       "chair",
       {"chairman", "chairwoman", "chair", "chairperson", "executive chairman", "executive chairwoman",
        "executive chair"}},
      {"role-coo", "chief operating officer", {"chief operating officer", "COO"}},
      {"role-cto", "chief technology officer", {"chief technology officer", "CTO"}},
      {"role-president", "president", {"president"}, true},
      {"role-managing-director", "managing director", {"managing director", "MD"}},
      {"role-director-general",
       "director-general",
       {"director-general", "director general", "general director"}},
      {"role-cso", "chief scientific officer", {"chief scientific officer", "chief science officer", "CSO"}},
      {"role-cmo", "chief medical officer", {"chief medical officer", "CMO"}},
      {"role-secretary-general", "secretary-general", {"secretary-general", "secretary general"}, true},
      {"role-general-manager", "general manager", {"general manager"}},
      {"role-cpo", "chief product officer", {"chief product officer"}},
      {"role-chief-scientist", "chief scientist", {"chief scientist"}},
      {"role-artistic-director", "artistic director", {"artistic director"}},
      {"role-cco", "chief commercial officer", {"chief commercial officer", "CCO"}},
      {"role-cio", "chief information officer", {"chief information officer", "CIO"}},
      {"role-cro", "chief risk officer", {"chief risk officer"}},
      {"role-chief-engineer", "chief engineer", {"chief engineer"}},
      {"role-chief-investment-officer", "chief investment officer", {"chief investment officer"}},
      {"role-chief-marketing-officer", "chief marketing officer", {"chief marketing officer"}},
      {"role-chief-legal-officer", "chief legal officer", {"chief legal officer", "general counsel"}},
      {"role-chief-economist", "chief economist", {"chief economist"}},
      {"role-editor", "editor", {"editor", "editor-in-chief", "editor in chief", "chief editor"}},
      {"role-executive-director", "executive director", {"executive director"}},
      {"role-governor", "governor", {"governor"}, true},
      {"role-captain", "captain", {"captain", "skipper"}, true},
      {"role-head-coach", "head coach", {"head coach", "coach"}, true},
      {"role-leader", "leader", {"leader"}, true},
      {"role-mayor", "mayor", {"mayor"}, true},
      {"role-headteacher",
       "head teacher",
       {"head teacher", "headteacher", "headmaster", "headmistress", "principal"}},
      {"role-vice-chancellor", "vice-chancellor", {"vice-chancellor", "vice chancellor"}},
      {"role-chief-constable", "chief constable", {"chief constable"}}};
  // And a portfolio's or a function's head, of which an organisation has one: "finance minister",
  // "music director", "country manager", "company secretary", also said "minister of finance". (Not
  // "project manager" or "independent director": titles many hold at once.)
  static const std::vector<RoleKind> kAll = [] {
    std::vector<RoleKind> all = kKinds;
    const std::pair<const char*, std::vector<const char*>> kFunctions[] = {
        {"director",
         {"medical",  "music",    "race",           "site",       "museum",  "festival",   "country",
          "sporting", "mission",  "creative",       "operations", "claims",  "technical",  "marketing",
          "sales",    "research", "communications", "programme",  "program", "commercial", "legal",
          "clinical", "football", "cricket",        "rugby",      "port",    "airport"}},
        {"minister",
         {"prime",     "finance",   "justice",     "tourism",     "defence",  "defense", "farming",
          "energy",    "transport", "health",      "housing",     "interior", "foreign", "education",
          "trade",     "economy",   "agriculture", "environment", "culture",  "labour",  "labor",
          "fisheries", "digital",   "industry",    "mining",      "water"}},
        {"secretary",
         {"company", "health", "home", "foreign", "education", "transport", "culture", "treasury"}},
        {"manager", {"country", "city", "mission", "team", "plant", "fab", "station"}},
        {"commissioner", {"forestry", "data", "municipal", "police", "information", "fire", "competition"}},
        {"controller", {"financial", "group"}},
        {"treasurer", {"group", "city"}},
        {"judge", {"presiding", "trial"}},
        {"conductor", {"principal", "chief"}},
        {"principal", {"team"}},
        {"administrator", {"agency", "county", "city", "district", "hospital"}},
        {"archivist", {"head", "chief", "county", "city", "state"}},
        {"curator", {"head", "chief"}},
        {"master", {"harbour", "harbor"}}};
    for (const auto& [head, functions] : kFunctions)
      for (const char* function : functions) {
        const std::string label = std::string(function) + " " + head;
        std::vector<std::string> cues = {label};
        if (std::string(head) == "minister" || std::string(head) == "director")
          cues.push_back(std::string(head) + " of " + function);
        std::string id = "role-" + std::string(function) + "-" + head;
        // A minister's or a secretary of state's is their government's, which a source on a contract or a
        // company rarely names: learned only of the one named ("Estmark's defence minister").
        const bool government = std::string(head) == "minister" ||
                                (std::string(head) == "secretary" && std::string(function) != "company");
        all.push_back({std::move(id), label, std::move(cues), government});
      }
    return all;
  }();
  return kAll;
}

namespace {

// The tokens of a cue, normalised as a text's tokens are.
std::vector<std::string> cue_tokens(const std::string& cue) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(cue)) out.push_back(t.norm);
  return out;
}

// The role kind whose longest cue starts at token `at` (ending by `to`), or SIZE_MAX; `end` gets one past
// its last token.
std::size_t title_starting_at(const std::vector<Token>& tokens, std::size_t at, std::size_t to,
                              std::size_t& end) {
  // Asked at every token of every source: the cues by their first word, so most tokens are turned away
  // by one lookup.
  using Cue = std::pair<std::size_t, std::vector<std::string>>;  // kind, words
  static const auto kCues = [] {
    std::unordered_map<std::string, std::vector<Cue>> by_first;
    for (std::size_t k = 0; k < role_kinds().size(); ++k)
      for (const std::string& cue : role_kinds()[k].cues) {
        std::vector<std::string> words = cue_tokens(cue);
        if (!words.empty()) by_first[words.front()].push_back({k, std::move(words)});
      }
    return by_first;
  }();
  std::size_t best = SIZE_MAX, length = 0;
  const auto found = at < to ? kCues.find(tokens[at].norm) : kCues.end();
  if (found != kCues.end())
    for (const auto& [kind, words] : found->second) {
      if (words.size() > to - at || words.size() <= length) continue;
      bool match = true;
      for (std::size_t i = 1; i < words.size() && match; ++i) match = tokens[at + i].norm == words[i];
      if (match) {
        best = kind;
        length = words.size();
      }
    }
  end = at + length;
  return best;
}

bool one_of(const Token& t, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (t.is(w)) return true;
  return false;
}

bool possessive(const Token& t) {
  return t.is("'s") || t.is("\u2019s");
}

// Whether the title at [first, end) says who holds the role now: not a former, incoming or deputy
// holder's ("former CFO", "vice-president", "chair-elect"), nor a verb ("will chair the board").
bool held_now(const std::vector<Token>& tokens, const Sentence& s, std::size_t first, std::size_t end) {
  // "championship leader Jonah Pike": a standing, not a post.
  if (first > s.first_token && tokens[first].is("leader") &&
      one_of(tokens[first - 1],
             {"championship", "title", "points", "race", "league", "series", "world", "tour"}))
    return false;
  for (std::size_t k = first; k > s.first_token && first - k < 3;) {
    --k;
    if (one_of(tokens[k], {"former", "ex", "outgoing", "then", "incoming", "future", "next", "late"}))
      return false;
  }
  std::size_t k = first;
  if (k > s.first_token && tokens[k - 1].is("-")) --k;
  if (k > s.first_token &&
      one_of(tokens[k - 1], {"vice", "deputy", "assistant", "associate", "honorary", "regional", "divisional",
                             "non", "will", "would", "shall", "may", "can", "could", "should", "a", "an"}))
    return false;
  // "to chair the board" is a verb; "report to chief executive Graham Tulloch" a title.
  if (k > s.first_token && tokens[k - 1].is("to") &&
      one_of(tokens[first], {"chair", "head", "lead", "coach", "captain", "manage", "direct", "edit", "host",
                             "skipper", "run", "steer", "helm", "front", "govern", "preside"}))
    return false;
  if (end + 1 < s.last_token && tokens[end].is("-") && one_of(tokens[end + 1], {"elect", "designate"}))
    return false;
  return !(end < s.last_token && one_of(tokens[end], {"designate", "emeritus", "elect"}));
}

// "Dr", "Prof.", "Sir", initials ("P.S."): words between a title and a name.
std::size_t past_honorific(const std::vector<Token>& tokens, std::size_t k, std::size_t to) {
  if (k < to && one_of(tokens[k], {"dr", "prof", "professor", "mr", "ms", "mrs", "sir", "dame"})) {
    ++k;
    if (k < to && tokens[k].is(".")) ++k;
  }
  while (k + 1 < to && tokens[k].is_word() && tokens[k].norm.size() == 1 && tokens[k + 1].is(".")) k += 2;
  return k;
}

// Whether a word of address or initials stand right before the name: "Dr Osei", "P.S. Kulkarni".
bool addressed(const std::vector<Token>& tokens, const Sentence& s, const NameSpan& n) {
  return n.first > s.first_token &&
         (tokens[n.first - 1].is(".") || past_honorific(tokens, n.first - 1, n.first) == n.first);
}

const NameSpan* name_starting_at(const std::vector<NameSpan>& names, std::size_t at) {
  for (const NameSpan& n : names)
    if (n.first == at) return &n;
  return nullptr;
}

const NameSpan* name_ending_at(const std::vector<NameSpan>& names, std::size_t end) {
  for (const NameSpan& n : names)
    if (n.last == end) return &n;
  return nullptr;
}

// An organisation's name ending at `end` ("Kestrel CEO"), or before a possessive there ("Kestrel's CEO").
const NameSpan* organisation_ending_at(const std::vector<NameSpan>& names,
                                       const std::vector<LearnedEntity>& entities,
                                       const std::vector<Token>& tokens, std::size_t end) {
  if (end > 0 && possessive(tokens[end - 1])) --end;
  const NameSpan* n = name_ending_at(names, end);
  return n && entities[n->entity].type == "organization" ? n : nullptr;
}

// Whether the name can hold a role: a person's, or two words that do not read as an organisation's, or
// one word after initials or a word of address ("P.S. Kulkarni", "Dr Osei").
bool can_hold(const NameSpan& n, const std::vector<Token>& tokens, const Sentence& s,
              const std::vector<LearnedEntity>& entities) {
  const LearnedEntity& e = entities[n.entity];
  if (e.type == "person") return true;
  if (e.type != "organization" || looks_like_organisation(e)) return false;
  return n.last - n.first >= 2 || addressed(tokens, s, n);
}

// A title phrase: one title, or several joined by "and" ("president and chief executive").
struct TitlePhrase {
  std::size_t first = 0, end = 0;  // tokens
  std::vector<std::size_t> kinds;
};

// The phrase starting at `at`, if a title does.
bool phrase_at(const std::vector<Token>& tokens, const Sentence& s, std::size_t at, TitlePhrase& p) {
  std::size_t end = 0;
  const std::size_t kind = title_starting_at(tokens, at, s.last_token, end);
  if (kind == SIZE_MAX) return false;
  p = {at, end, {kind}};
  while (p.end + 1 < s.last_token && (tokens[p.end].is("and") || tokens[p.end].is("&"))) {
    const std::size_t next = title_starting_at(tokens, p.end + 1, s.last_token, end);
    if (next == SIZE_MAX) break;
    p.kinds.push_back(next);
    p.end = end;
  }
  return true;
}

// What one title phrase says: its holder and organisation, read in steps.
struct PhraseReading {
  const std::vector<Token>& tokens;
  const Sentence& s;
  const std::vector<NameSpan>& names;
  const std::vector<LearnedEntity>& entities;
  const TitlePhrase& p;
  const NameSpan* person = nullptr;
  std::size_t organisation = SIZE_MAX;
  bool org_given = false;  // named or referred to in the sentence, not left to the caller
  std::size_t referred = SIZE_MAX;
  std::size_t after = 0;  // the token after the phrase and the organisation it is "of"
  bool takes_up = false;  // the holder takes the role up here: "will serve as", "became"

  // The organisation, before or after the phrase; false when the title is of something unnamed ("chair
  // of the audit committee").
  bool organisation_of() {
    after = p.end;
    std::size_t k = p.first;
    if (const NameSpan* org = organisation_ending_at(names, entities, tokens, k)) {
      organisation = org->entity;
      org_given = true;
      k = org->first;
    } else if (k > s.first_token && tokens[k - 1].is("its")) {
      // "its managing director": the organisation named last before, else the one the caller follows.
      for (const NameSpan& n : names)
        if (n.last < k && entities[n.entity].type == "organization" && !can_hold(n, tokens, s, entities))
          organisation = n.entity;
      org_given = true;
      referred = k - 1;
    } else if (k > s.first_token + 2 && possessive(tokens[k - 1]) && tokens[k - 3].is("the") &&
               tokens[k - 2].is_word()) {
      // "the company's chief executive": the document's; "the authority's chairman": the one so called.
      org_given = true;
      if (!one_of(tokens[k - 2], {"company", "group", "firm"})) referred = k - 2;
    }
    // "Vantic Bio, whose chief executive is ..."
    if (k > s.first_token && tokens[k - 1].is("whose")) {
      const std::size_t before = k - 1 > s.first_token && tokens[k - 2].is(",") ? k - 2 : k - 1;
      const NameSpan* org = name_ending_at(names, before);
      if (!org || entities[org->entity].type != "organization") return false;
      organisation = org->entity;
      org_given = true;
    }
    if (after + 1 < s.last_token && (tokens[after].is("of") || tokens[after].is("at"))) {
      if (const NameSpan* org = name_starting_at(names, after + 1);
          org && entities[org->entity].type == "organization") {
        organisation = org->entity;
        org_given = true;
        after = org->last;
      } else if (after + 2 < s.last_token && tokens[after + 1].is("the") &&
                 one_of(tokens[after + 2], {"company", "group", "firm", "agency", "bank", "board"})) {
        org_given = true;
        after += 3;
      } else if (after + 1 < s.last_token &&
                 one_of(tokens[after + 1], {"trustees", "directors", "governors"})) {
        org_given = true;  // "Dr Emrys Vaughan remains chair of trustees": the board's, the caller's
        after += 2;
      } else if (after + 3 < s.last_token && tokens[after + 1].is("the") &&
                 one_of(tokens[after + 2], {"supervisory", "management"}) && tokens[after + 3].is("board")) {
        org_given = true;  // "Chairman of the supervisory board is Algis Valančius": the company's
        after += 4;
        // "president of the management board of Jadran Kargo": that one's.
        if (after + 1 < s.last_token && tokens[after].is("of"))
          if (const NameSpan* org = name_starting_at(names, after + 1);
              org && entities[org->entity].type == "organization") {
            organisation = org->entity;
            after = org->last;
          }
      } else {
        return false;
      }
    }
    return true;
  }

  // A holder named at `k`, after a word of address.
  bool holder_at(std::size_t k) {
    k = past_honorific(tokens, k, s.last_token);
    const NameSpan* n = name_starting_at(names, k);
    if (!n || !can_hold(*n, tokens, s, entities) || n->entity == organisation) return false;
    person = n;
    // "CEO Siri Hagland of Kystkraft": the organisation follows the name.
    if (!org_given && n->last + 1 < s.last_token && (tokens[n->last].is("of") || tokens[n->last].is("at")))
      if (const NameSpan* org = name_starting_at(names, n->last + 1);
          org && entities[org->entity].type == "organization") {
        organisation = org->entity;
        org_given = true;
      }
    return true;
  }

  // "Name, TITLE", "Name is (the) TITLE", "Name (TITLE)", with the organisation's name or "its" between.
  bool holder_before() {
    std::size_t k = p.first;
    while (k > s.first_token) {
      const Token& t = tokens[k - 1];
      if (one_of(t, {"its", "the", "interim", "acting", "group", "founding"}) || possessive(t)) {
        --k;
      } else if (t.is_word() && k - 1 > s.first_token && tokens[k - 2].is("the") && possessive(tokens[k])) {
        k -= 2;  // "the authority's"
      } else if (const NameSpan* org = name_ending_at(names, k);
                 org && entities[org->entity].type == "organization" && org->entity == organisation) {
        k = org->first;
      } else {
        break;
      }
    }
    if (k <= s.first_token + 1) return false;
    const Token& link = tokens[k - 1];
    const bool bracket = link.is("(") && after < s.last_token && tokens[after].is(")");
    // "The board appointed Magnus Aas as interim CEO"; "Sophie Adeyemi, ..., has been appointed interim
    // CFO": the one appointed.
    bool appointed_as = false;
    for (std::size_t j = s.first_token; j + 1 < k && link.is("as"); ++j)
      appointed_as = appointed_as || one_of(tokens[j], {"appointed", "named", "promoted", "elected"});
    if (one_of(link, {"appointed", "named"}) && k - 1 > s.first_token &&
        one_of(tokens[k - 2], {"been", "was", "is", "were"})) {
      // The name right before the verb ("..., and Imogen Barclay has been appointed chief executive"),
      // or the sentence's first before an aside ("Sophie Adeyemi, the controller, has been appointed").
      std::size_t v = k - 2;
      while (v > s.first_token && one_of(tokens[v - 1], {"has", "have", "had", "been", "was", "is", "were"}))
        --v;
      const NameSpan* named = name_ending_at(names, v);
      if (!named && v > s.first_token && tokens[v - 1].is(","))
        named = name_starting_at(names, past_honorific(tokens, clause_start(v), s.last_token));
      if (!named || !can_hold(*named, tokens, s, entities) || named->entity == organisation) return false;
      person = named;
      return true;
    }
    // "Priya Castellanos, the controller, will serve as interim CFO", "Dana Obi took over as chair",
    // "Lena Park became chief executive": who takes the role up.
    if (const NameSpan* n = taker(k)) {
      person = n;
      takes_up = true;
      return true;
    }
    // "Deirdre Whelan remains chief executive": held still.
    if (!link.is(",") && !link.is("is") && !link.is("remains") && !bracket && !appointed_as) return false;
    const NameSpan* n = name_ending_at(names, k - 1);
    // "has appointed Noura Al Khatib, previously chief operating officer, as chief executive": the one
    // appointed stands before the aside; so does the one who holds the title ("Munkh-Erdene Dorj,
    // previously technical director, is acting director general").
    if (!n && (appointed_as || link.is("is") || link.is("remains")) && k >= s.first_token + 3 &&
        tokens[k - 2].is(","))
      for (std::size_t j = k - 3; j > s.first_token && j + 10 > k; --j)
        if (tokens[j].is(",")) {
          n = name_ending_at(names, j);
          break;
        }
    if (!n || !can_hold(*n, tokens, s, entities) || n->entity == organisation) return false;
    person = n;
    return true;
  }

  // Where the clause of token `k` opens: after a semicolon before it ("X has become executive chairman;
  // Lina Qudah, formerly production director, has been appointed chief executive"), else the sentence.
  std::size_t clause_start(std::size_t k) const {
    for (std::size_t j = k; j > s.first_token; --j)
      if (tokens[j - 1].is(";")) return j;
    return s.first_token;
  }

  // The one who takes up the title starting at `k`: "NAME will serve as", "NAME took over as", "NAME
  // stepped in as", "NAME became", "NAME succeeds OTHER as". The name stands before the verb and its
  // helpers, or opens the sentence before an aside ("NAME, the controller, will serve as").
  const NameSpan* taker(std::size_t k) const {
    std::size_t v = k;
    if (v > s.first_token && tokens[v - 1].is("as")) {
      --v;
      // "succeeds Derek Lunde as": the one succeeded stands between ("succeeds Dr. Sabine Reuter as").
      const NameSpan* other = name_ending_at(names, v);
      std::size_t before = other ? other->first : v;
      if (other && before >= s.first_token + 2 && tokens[before - 1].is(".") &&
          past_honorific(tokens, before - 2, before) == before)
        before -= 2;
      else if (other && before > s.first_token && past_honorific(tokens, before - 1, before) == before)
        before -= 1;
      if (other && before > s.first_token &&
          one_of(tokens[before - 1], {"succeeds", "succeeded", "succeed", "replaces", "replaced", "replace"}))
        v = before;
      else if (v - 1 > s.first_token && one_of(tokens[v - 1], {"him", "her", "them"}) &&
               one_of(tokens[v - 2], {"succeeds", "succeeded", "succeed", "replaces", "replaced", "replace"}))
        v -= 1;  // "will succeed him as managing director"
      else if (v > s.first_token && one_of(tokens[v - 1], {"over", "in", "up", "office"}) &&
               v - 1 > s.first_token &&
               one_of(tokens[v - 2],
                      {"take", "takes", "took", "taking", "taken", "step", "steps", "stepped", "stepping"}))
        v -= 1;
      else if (!(v > s.first_token &&
                 one_of(tokens[v - 1],
                        {"serve", "serves", "served", "serving", "return", "returns", "returned", "join",
                         "joins", "joined", "continue", "continues", "remain", "remains", "act", "acts"})))
        return nullptr;
      --v;
    } else if (v > s.first_token &&
               one_of(tokens[v - 1], {"become", "becomes", "became", "succeeds", "succeeded", "replaces"})) {
      --v;  // "became chief executive", "succeeded him as": the verb right before the title
    } else {
      return nullptr;
    }
    while (v > s.first_token &&
           one_of(tokens[v - 1],
                  {"will", "would", "shall", "to", "is", "was", "has", "have", "had", "also", "now", "then",
                   "currently", "already", "immediately", "temporarily", "formally", "who"}))
      --v;
    const NameSpan* n = name_ending_at(names, v);
    if (!n && v > s.first_token && tokens[v - 1].is(",")) {
      n = name_starting_at(names, past_honorific(tokens, clause_start(v), s.last_token));
      if (n && !(n->last < s.last_token && tokens[n->last].is(","))) n = nullptr;
    }
    if (!n || !can_hold(*n, tokens, s, entities) || n->entity == organisation) return nullptr;
    return n;
  }

  bool holder() {
    if (holder_at(after)) return true;
    // "Chief Executive Officer: Olivier Brunschwig", a governance list's line.
    if (after + 1 < s.last_token && tokens[after].is(":") && holder_at(after + 1)) return true;
    // "whose chair is Tom Odell", "its chief executive is now Maria Oyelaran"
    std::size_t k = after;
    if (k + 1 < s.last_token && one_of(tokens[k], {"is", "remains"})) {
      ++k;
      if (one_of(tokens[k], {"now", "currently", "still"})) ++k;
      if (holder_at(k)) return true;
    }
    if (holder_before()) return true;
    // "The chief executive, Dr Naomi Kerr, said"
    return after + 1 < s.last_token && tokens[after].is(",") && holder_at(after + 1);
  }
};

}  // namespace

std::vector<RoleMention> find_roles(const std::vector<Token>& tokens, const Sentence& sentence,
                                    const std::vector<NameSpan>& names,
                                    const std::vector<LearnedEntity>& entities) {
  std::vector<RoleMention> out;
  TitlePhrase p;
  for (std::size_t k = sentence.first_token; k < sentence.last_token; ++k) {
    // "The board is chaired by Fergal Brennock": the organisation's chair, the caller's organisation
    // (not a committee's).
    // Or a named body's: "The Audit Committee is chaired by Dr Ingrid Solberg".
    if (k + 2 < sentence.last_token && tokens[k].is("chaired") && tokens[k + 1].is("by") &&
        k > sentence.first_token + 1 && one_of(tokens[k - 1], {"is", "was", "be", "been"})) {
      // ("The board of trustees is chaired by Dr Emrys Vaughan": the board's too.)
      const bool board =
          tokens[k - 2].is("board") ||
          (k > sentence.first_token + 3 && one_of(tokens[k - 2], {"trustees", "directors", "governors"}) &&
           tokens[k - 3].is("of") && tokens[k - 4].is("board"));
      const NameSpan* body = board ? nullptr : organisation_ending_at(names, entities, tokens, k - 1);
      if (!body && !board) continue;
      const NameSpan* n = name_starting_at(names, past_honorific(tokens, k + 2, sentence.last_token));
      if (n && can_hold(*n, tokens, sentence, entities) && !(body && body->entity == n->entity))
        for (std::size_t kind = 0; kind < role_kinds().size(); ++kind)
          if (role_kinds()[kind].id == std::string("role-chair"))
            out.push_back(
                {n->entity, body ? body->entity : SIZE_MAX, kind, k, SIZE_MAX, tokens[k - 1].is("be")});
      continue;
    }
    if (!phrase_at(tokens, sentence, k, p)) continue;
    k = p.end - 1;
    if (!held_now(tokens, sentence, p.first, p.end)) continue;
    PhraseReading r{tokens, sentence, names, entities, p};
    if (!r.organisation_of() || !r.holder()) continue;
    // "ousted Sam Altman, OpenAI's chief executive": a role that ends here, which the checker reads so too.
    if (r.person->first > sentence.first_token && ends_a_role(tokens[r.person->first - 1])) continue;
    for (std::size_t kind : p.kinds)
      if (r.org_given || !role_kinds()[kind].named_only)
        out.push_back({r.person->entity, r.organisation, kind, p.first, r.referred, r.takes_up});
    // "Marta Jurić took office as president ..., replacing Dario Kovačić": the one replaced held it before.
    for (std::size_t j = r.after; r.takes_up && j + 1 < sentence.last_token; ++j) {
      if (!one_of(tokens[j], {"replacing", "succeeding"}) || !tokens[j - 1].is(",")) continue;
      const NameSpan* before = name_starting_at(names, past_honorific(tokens, j + 1, sentence.last_token));
      if (before && can_hold(*before, tokens, sentence, entities) && before->entity != r.person->entity)
        for (std::size_t kind : p.kinds)
          if (r.org_given || !role_kinds()[kind].named_only)
            out.push_back({before->entity, r.organisation, kind, p.first, r.referred, false});
      break;
    }
    // "CFO Imogen Pratt stepped down and was succeeded by Nikhil Bose": the successor takes the title up.
    // ("will be succeeded by" is to come: the one named holds the title still.)
    for (std::size_t j = r.person->last; j + 2 < sentence.last_token; ++j) {
      if (!succeeded_by_at(tokens, j)) continue;
      if (j > r.person->last && tokens[j - 1].is("be")) break;
      const NameSpan* next = name_starting_at(names, past_honorific(tokens, j + 2, sentence.last_token));
      if (!next || !can_hold(*next, tokens, sentence, entities) || next->entity == r.person->entity) break;
      for (std::size_t kind : p.kinds)
        if (r.org_given || !role_kinds()[kind].named_only)
          out.push_back({next->entity, r.organisation, kind, p.first, r.referred, true});
      break;
    }
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> find_successions(
    const std::vector<Token>& tokens, const Sentence& sentence, const std::vector<NameSpan>& names,
    const std::vector<LearnedEntity>& entities) {
  // "Marta Jurić replaced Kovačić on 1 July 2024", "Zuzana Mikušová succeeded Ján Kollár": a name, the
  // verb, a name, and no "as TITLE" after (find_roles reads that).
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i + 1 < names.size(); ++i) {
    const NameSpan& who = names[i];
    const NameSpan& whom = names[i + 1];
    const std::size_t verb = who.last;
    if (verb + 1 != whom.first || verb >= sentence.last_token ||
        !one_of(tokens[verb], {"succeeded", "succeeds", "replaced", "replaces"}) ||
        (whom.last + 1 < sentence.last_token && tokens[whom.last].is("as")) || who.entity == whom.entity ||
        looks_like_organisation(entities[who.entity]))
      continue;
    out.push_back({who.entity, whom.entity});
  }
  return out;
}

bool names_another_before(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                          std::size_t title) {
  if (title == SIZE_MAX || title <= s.first_token || title > tokens.size()) return false;
  const Token& t = tokens[title - 1];
  if (!t.is_word() || t.start >= text.size() || text[t.start] < 'A' || text[t.start] > 'Z') return false;
  static const std::set<std::string> kOpeners = {"the",    "a",    "an",     "its",    "their",   "our",
                                                 "his",    "her",  "new",    "former", "current", "interim",
                                                 "acting", "then", "deputy", "group",  "board"};
  return kOpeners.count(t.norm) == 0;
}

}  // namespace factcheck
