// Titles next to names: the title phrase right before a person ("chief executive Maria Oyelaran"), or
// after a comma right after one ("Anjali Raman, president and chief executive"); the organisation is a
// name just before the title ("Kestrel CEO") or after "of", else left for the caller to supply.
#include "learn/roles.hpp"

#include <cstdint>

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
       {"chief financial officer", "CFO", "finance chief", "finance director"}},
      {"role-chair", "chair", {"chairman", "chairwoman", "chair", "chairperson"}},
      {"role-coo", "chief operating officer", {"chief operating officer", "COO"}},
      {"role-cto", "chief technology officer", {"chief technology officer", "CTO"}}};
  return kKinds;
}

namespace {

// The tokens of a cue, normalised as a text's tokens are.
std::vector<std::string> cue_tokens(const std::string& cue) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(cue)) out.push_back(t.norm);
  return out;
}

// The role kind whose longest cue fits the tokens at [at, to) (`backwards`: ending at `to`; otherwise
// starting at `at`), or SIZE_MAX; `length` gets that cue's length in tokens.
std::size_t longest_title(const std::vector<Token>& tokens, std::size_t at, std::size_t to, bool backwards,
                          std::size_t& length) {
  std::size_t best = SIZE_MAX;
  length = 0;
  const auto& kinds = role_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k)
    for (const std::string& cue : kinds[k].cues) {
      const std::vector<std::string> words = cue_tokens(cue);
      if (words.size() > to - at || words.size() <= length) continue;
      const std::size_t first = backwards ? to - words.size() : at;
      bool match = true;
      for (std::size_t i = 0; i < words.size() && match; ++i) match = tokens[first + i].norm == words[i];
      if (match) {
        best = k;
        length = words.size();
      }
    }
  return best;
}

// The role kind of a title ending at token `end` (exclusive), or SIZE_MAX; `start` gets its first token.
std::size_t title_ending_at(const std::vector<Token>& tokens, std::size_t from, std::size_t end,
                            std::size_t& start) {
  std::size_t length = 0;
  const std::size_t kind = longest_title(tokens, from, end, true, length);
  start = end - length;
  return kind;
}

// The role kind of a title starting at token `at`, or SIZE_MAX; `end` gets one past its last token.
std::size_t title_starting_at(const std::vector<Token>& tokens, std::size_t at, std::size_t to,
                              std::size_t& end) {
  std::size_t length = 0;
  const std::size_t kind = longest_title(tokens, at, to, false, length);
  end = at + length;
  return kind;
}

bool former(const std::vector<Token>& tokens, std::size_t first, std::size_t at) {
  for (std::size_t k = at; k > first && at - k < 3;) {
    --k;
    if (tokens[k].is("former") || tokens[k].is("ex") || tokens[k].is("outgoing") || tokens[k].is("then"))
      return true;
  }
  return false;
}

const NameSpan* organisation_ending_at(const std::vector<NameSpan>& names,
                                       const std::vector<LearnedEntity>& entities,
                                       const std::vector<Token>& tokens, std::size_t end) {
  // "Kestrel CEO", "Kestrel's CEO"
  if (end > 0 && (tokens[end - 1].is("'s") || tokens[end - 1].is("\u2019s"))) --end;
  for (const NameSpan& n : names)
    if (n.last == end && entities[n.entity].type == "organization") return &n;
  return nullptr;
}

const NameSpan* organisation_at(const std::vector<NameSpan>& names,
                                const std::vector<LearnedEntity>& entities, std::size_t at) {
  for (const NameSpan& n : names)
    if (n.first == at && entities[n.entity].type == "organization") return &n;
  return nullptr;
}

}  // namespace

std::vector<RoleMention> find_roles(const std::vector<Token>& tokens, const Sentence& sentence,
                                    const std::vector<NameSpan>& names,
                                    const std::vector<LearnedEntity>& entities) {
  std::vector<RoleMention> out;
  for (const NameSpan& n : names) {
    if (n.first < sentence.first_token || n.last > sentence.last_token) continue;
    if (n.last - n.first < 2 && entities[n.entity].type != "person") continue;
    // "ousted Sam Altman, OpenAI's chief executive": a role that ends here, which the checker reads so too.
    if (n.first > sentence.first_token && ends_a_role(tokens[n.first - 1])) continue;
    RoleMention r{n.entity, SIZE_MAX, SIZE_MAX, SIZE_MAX};
    std::size_t start = 0;
    // "chief executive Maria Oyelaran", "Kestrel CEO Anjali Raman"
    const std::size_t before =
        n.first > sentence.first_token && tokens[n.first - 1].is(",") ? n.first - 1 : n.first;
    r.kind = title_ending_at(tokens, sentence.first_token, before, start);
    if (r.kind != SIZE_MAX) {
      if (former(tokens, sentence.first_token, start)) continue;
      r.title = start;
      if (const NameSpan* org = organisation_ending_at(names, entities, tokens, start))
        r.organisation = org->entity;
    } else if (n.last + 1 < sentence.last_token && tokens[n.last].is(",")) {
      // "Anjali Raman, president and chief executive (of Kestrel)"
      std::size_t k = n.last + 1, end = 0;
      while (k < sentence.last_token && k < n.last + 5 && r.kind == SIZE_MAX) {
        if (const NameSpan* org = organisation_at(names, entities, k)) {
          r.organisation = org->entity;
          k = org->last;
          if (k < sentence.last_token && (tokens[k].is("'s") || tokens[k].is("\u2019s"))) ++k;
          continue;
        }
        r.kind = title_starting_at(tokens, k, sentence.last_token, end);
        if (r.kind == SIZE_MAX) ++k;
      }
      if (r.kind == SIZE_MAX || former(tokens, n.last, k)) continue;
      if (end + 1 < sentence.last_token && tokens[end].is("of"))
        if (const NameSpan* org = organisation_at(names, entities, end + 1)) r.organisation = org->entity;
    } else {
      continue;
    }
    out.push_back(r);
  }
  return out;
}

}  // namespace factcheck
