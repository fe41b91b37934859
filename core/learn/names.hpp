// Learning, part 1: the names a source text uses. Capitalised runs of words become entities
// (organisations with their legal suffixes, acronyms, people after a title), and shorter forms seen
// later ("SoftBank Group Corp." then "SoftBank") become aliases of the longer name.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// An entity learned from sources, in the fact base's terms.
struct LearnedEntity {
  std::string id;                    // a slug of the name: "kestrel-semiconductor"
  std::string name;                  // as first written, without a legal suffix: "Kestrel Semiconductor"
  std::string type;                  // "organization" or "person"
  std::vector<std::string> aliases;  // other spellings seen: "Kestrel Semiconductor Inc.", "Kestrel"
};

// One name found in a document: tokens [first, last) name entity number `entity`.
struct NameSpan {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t entity = 0;
};

// The entities of a set of sources, shared across them so that a name learned in one document is the
// same entity in the next.
// Whether tokens `k` and after say "succeeded by" or "replaced by"; whether sentence `s` does anywhere.
bool succeeded_by_at(const std::vector<Token>& tokens, std::size_t k);
bool names_successor(const std::vector<Token>& tokens, const Sentence& s);

// Whether tokens [first, last) say "the company" or "the firm".
bool says_the_company(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

class NameBook {
 public:
  // Finds the names of one document, in token order, learning new entities and aliases as it goes. A
  // token marked in `unit_token` is a measure's unit ("80 MHz", "1.2 GW") or a word of a sum of money
  // ("Rs 2.1 billion") and starts no name.
  std::vector<NameSpan> read(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Sentence>& sentences,
                             const std::vector<bool>& unit_token = {});
  const std::vector<LearnedEntity>& entities() const { return entities_; }
  // The organisation "the company" is, where the document is about `topic`: that one, unless it is a
  // public body ("the Gulf Digital Assets Authority"); then the last company of `named` (in the order
  // named), one with a legal suffix ("Dinarex Ltd") first.
  std::size_t company_among(std::size_t topic, const std::vector<std::size_t>& named) const;
  // Whether `word` (lower case) is the whole name, or an alias, of an entity: "openai".
  bool one_word_name(const std::string& word) const;
  // A name found to hold a role is a person's, whatever it looked like.
  void make_person(std::size_t entity) { entities_[entity].type = "person"; }

 private:
  struct Run {
    std::size_t first, last;  // tokens of the name, legal suffix included
    std::size_t core_last;    // one past the name without its suffix
    bool person;
    bool dateline;  // "SAN JOSE, Calif. –", "LONDON, Oct 30 –": a place in capitals opening a text
  };
  std::vector<Run> find_runs(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Sentence>& sentences) const;
  std::size_t entity_for(const std::string& name, const std::string& full, bool person, bool place = false);
  void add_alias(std::size_t entity, const std::string& alias);
  // Whether `w` (lower case) names someone seen before, not only a dateline's place: "THE CAPITAL, 12
  // March 2024 —" makes no name of "Capital expenditure guidance is unchanged".
  bool known_name(const std::string& w) const {
    const auto it = by_key_.find(w);
    return it != by_key_.end() && entities_[it->second].type != "place";
  }

  std::vector<LearnedEntity> entities_;
  std::unordered_map<std::string, std::size_t> by_key_;  // lower-cased name or alias -> entity
};

// Whether the entity's name reads as an organisation's ("Bramblewood Pictures", "Kestrel Inc."): such a
// name never holds a role.
bool looks_like_organisation(const LearnedEntity& e);

// Acronyms of accounting and measurement, of units and of things ("EBITDA", "TEU", "MRI"), not of anyone.
const std::set<std::string>& common_acronyms();
// The legal suffixes of a company's name: "Ltd", "plc", "GmbH", "(Pty)".
const std::set<std::string>& legal_suffixes();
// Whether `w` (lower case) is a verb a heading in capitals says its names did: "sign", "opens", "wins".
bool headline_verb(const std::string& w);
// Words a text's heading opens with that name no one: "Correction", "Statement", "Press release".
const std::set<std::string>& heading_words();
// Whether `w` (lower case) is a verb a subject does with a figure after it: "paid", "won", "spends".
bool acts(const std::string& w);
// acts() of the verb at token k, or after an auxiliary there ("has put", "will spend"); `end`: the
// sentence's end.
bool acts_at(const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// Words many organisations' names share, or places and nationalities that start many names: they name
// none of them alone ("Group", "National", "Asia", "Czech").
bool generic_name_word(const std::string& w);

// Nationalities ("chinese", "danish"), which qualify a noun rather than name anyone.
const std::unordered_set<std::string>& nationality_words();
// Words that label a numbered part rather than name anyone: "phase", "stage", "lot".
const std::unordered_set<std::string>& label_words();
// Whether `w` (lower case) is a country's name: "italy", "zambia".
bool country_name(const std::string& w);

// "Oficij d.d.", "Stavby s.r.o.": where a legal suffix written letter by letter with dots after a name ends,
// or `end` where there is none.
std::size_t dotted_suffix(const std::vector<Token>& tokens, std::size_t end, std::size_t last);

// "the Novo Polje-based operator": whether the name ending at `end` only says where a body is.
bool places_a_body(const std::vector<Token>& tokens, std::size_t end, std::size_t last);

// The name from token k to `end` without its legal suffix, full stops and brackets: where it ends.
std::size_t name_core(const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// Whether `w` (lower case) is a noun that ends an organisation's name: "council", "bank", "airways".
bool organisation_noun(const std::string& w);

// Whether a word of tokens [first, last) is an organisation's noun or "directorate", "department".
bool organisation_in(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether token `k`, before token `end`, is a hyphen that joins a given name's syllables: a short
// capitalised word, the hyphen and a short lower-case one, with no space between ("Kang Tae-woo"), and
// not a compound ("Altman-led", "Wei-run"). The learner and the checker read names with it alike.
bool joins_syllables(std::string_view text, const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// Lower-cased, with typographic punctuation as ASCII: the key names are compared by.
std::string name_key(std::string_view name);
// The lower-case letters and digits of `name`, each other run of bytes one "-": an id ("Mint" -> "mint"),
// or `fallback` for a name with neither.
std::string slug(std::string_view name, std::string_view fallback = "entity");

}  // namespace factcheck
