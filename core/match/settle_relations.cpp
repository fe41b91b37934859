// The source settler's rules for relational claims (settle.hpp): a list, a role or a holder the learner
// may have read otherwise than the draft does is left unverified rather than called wrong, unless the
// draft's name is one no source has.
#include <algorithm>
#include <string>

#include "match/settle.hpp"
#include "match/stance.hpp"
#include "text/stem.hpp"

namespace factcheck {

void SourceSettler::settle_unknown_member(Claim& claim, const SentenceView& view,
                                          const DraftSentence& draft) const {
  // A list naming someone the sources do not know ("Inen OpenAI, SoftBank and Oracle") may be a name the
  // learner cut otherwise: it is not called wrong on that name's account. Nor is a list the learner would
  // not have read as that venture's (learn/members.hpp, read alike): right after "the Stargate joint
  // venture between", "Stargate is a joint venture of" or "... formed by", or followed by "called
  // Stargate". A text checked against itself then never contradicts its own lists: a second list the
  // learner reads makes it learn none.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::members || !claim.fact)
    return;
  const std::vector<NamedThing>& listed = claim.relation->members;
  if (std::any_of(listed.begin(), listed.end(), [](const NamedThing& m) { return !m.entity; }))
    return leave_unverified(claim, "unknown member");
  // Nor one name alone that the sources only name, with no fact of it at all ("formed by Omimnot part of
  // the Stargate …"): a name the learner cut from a garbled sentence as likely as a member. (A list with
  // such a name beside others, "a joint venture of Corvex Chemicals and Harbour Daily", is still wrong.)
  if (listed.size() == 1 && !std::binary_search(with_facts_.begin(), with_facts_.end(), listed[0].entity->id))
    return leave_unverified(claim, "unknown member");
  // Nor one name alone in a sentence that gives the venture's list itself ("X part of the Stargate joint
  // venture formed by OpenAI, SoftBank and Oracle"): the sentence's own list is what it says the members are.
  if (listed.size() == 1) {
    const std::vector<Token>& w = draft.tokens;
    for (std::size_t k = draft.sentence.first_token; k + 1 < draft.sentence.last_token; ++k)
      if ((w[k].is("formed") && w[k + 1].is("by")) || w[k].is("between"))
        return leave_unverified(claim, "unknown member");
  }
  const std::vector<Token>& t = draft.tokens;
  const auto at = [&](std::size_t byte) {
    return static_cast<std::size_t>(
        std::lower_bound(t.begin(), t.end(), byte,
                         [](const Token& x, std::size_t b) { return x.start < b; }) -
        t.begin());
  };
  std::size_t k = at(claim.start);
  if (k > 0 && t[k - 1].is("the")) --k;
  // The preposition before the list, and the group's noun before it.
  std::size_t p = k;
  if (p > 0 && (t[p - 1].is("between") || t[p - 1].is("of"))) {
    --p;
  } else if (p > 1 && (t[p - 1].is("by") || t[p - 1].is("of")) &&
             (t[p - 2].is("formed") || t[p - 2].is("made"))) {
    p -= 2;
  }
  static constexpr std::string_view kNouns[] = {"venture", "consortium", "coalition", "partnership",
                                                "alliance"};
  std::size_t noun = SIZE_MAX;
  if (p < k && p > 0 &&
      std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) { return t[p - 1].is(n); })) {
    noun = p - 1;
    if (t[noun].is("venture") && noun > 0 && t[noun - 1].is("joint")) --noun;
  }
  const std::string& venture = claim.fact->subject;
  // As the learner reads names: one opening a sentence is no name where the text writes it in lower case
  // elsewhere ("... stargate it. Stargate is a joint venture between ...").
  const auto lower_elsewhere = [&](const EntityMention& m) {
    if (m.first_token != draft.sentence.first_token || m.last_token != m.first_token + 1) return false;
    return std::any_of(t.begin(), t.end(), [&](const Token& x) {
      return x.norm == t[m.first_token].norm && x.start < draft.text.size() && draft.text[x.start] >= 'a' &&
             draft.text[x.start] <= 'z';
    });
  };
  const auto names_venture = [&](std::size_t first, std::size_t last) {
    return std::any_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
      return m.entity && m.entity->id == venture && (first == SIZE_MAX || m.first_token == first) &&
             (last == SIZE_MAX || m.last_token == last) && !lower_elsewhere(m);
    });
  };
  bool read = false;
  if (noun != SIZE_MAX) {
    std::size_t before = noun;
    while (before > 0 && (t[before - 1].is("a") || t[before - 1].is("the") || t[before - 1].is(",") ||
                          t[before - 1].is("is") || t[before - 1].is("was")))
      --before;
    read = names_venture(SIZE_MAX, before);
    const std::size_t end = at(claim.end);
    read = read || (end + 1 < t.size() && (t[end].is("called") || t[end].is("named")) &&
                    names_venture(end + 1, SIZE_MAX));
  }
  if (!read) leave_unverified(claim, "unknown member");
}

void SourceSettler::settle_role_order(Claim& claim, const DraftSentence& draft) const {
  // A person named before the title, with the organisation after it and nothing between but the title
  // ("Larry Ellison CEO Safra Catz"), is no form the learner reads a role in ("Oracle CEO Safra Catz",
  // "Catz, Oracle's CEO", "Catz is CEO of Oracle", "Catz (CEO)"): such a reading is not called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::role)
    return;
  const std::string& person = claim.relation->object.name;
  const std::string& org = claim.relation->subject.name;
  // Nor is a person named in lower case ("the board ousted sathe Redn"), which the learner reads as no
  // name.
  if (!person.empty() && person[0] >= 'a' && person[0] <= 'z')
    return leave_unverified(claim, "another reading");
  // From the sentence's start: the person may stand before the claim's span ("chairman Larry Ellison
  // chief executive Safra", the span "chief executive Safra").
  const std::size_t from =
      draft.sentence.first_token < draft.tokens.size() ? draft.tokens[draft.sentence.first_token].start : 0;
  const std::size_t to = std::min(claim.end, draft.text.size());
  const std::string said(draft.text.substr(std::min(from, to), to - std::min(from, to)));
  const std::size_t o = org.empty() ? std::string::npos : said.rfind(org);
  const std::size_t p = person.empty() || o == std::string::npos ? std::string::npos : said.rfind(person, o);
  if (p == std::string::npos || o == std::string::npos || p > o) return;
  const std::string between = said.substr(p + person.size(), o - std::min(o, p + person.size()));
  const bool linked = between.find(',') != std::string::npos || between.find('(') != std::string::npos ||
                      between.find(" is ") != std::string::npos ||
                      between.find(" was ") != std::string::npos ||
                      between.find(" of ") != std::string::npos || between.find(" at ") != std::string::npos;
  if (!linked) leave_unverified(claim, "another reading");
}

void SourceSettler::settle_unknown_holder(Claim& claim, const DraftSentence& draft) const {
  // A role given to someone the sources give no role ("SafrSam Altman, OpenAI's chief executive") may
  // be a name the learner could not read beside its title: left unverified rather than called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::role)
    return;
  // Nor is one the sources give the same title at another organisation ("Stargate chairman Larry Ellison"
  // where the learner took the title for Oracle's): the sentence may say what the learner misread.
  const Entity* who = claim.relation->object.entity;
  const Fact* bound = claim.fact;
  bool holds_a_role = false, same_title_elsewhere = false;
  for (std::size_t fi : role_facts_) {
    const Fact& f = facts_.facts()[fi];
    if (!who) break;
    bool holds = f.value.entity == who->id;
    for (const FactValue& v : f.earlier) holds = holds || v.entity == who->id;
    holds_a_role = holds_a_role || holds;
    same_title_elsewhere = same_title_elsewhere ||
                           (holds && bound && f.predicate == bound->predicate && f.subject != bound->subject);
  }
  const auto leave = [&] {
    claim.verdict = Verdict::unverified;
    claim.fact = nullptr;
    claim.value = nullptr;
    claim.earlier = nullptr;
  };
  // But a name no source has, written as names are (not "AFTER BRIEF FIRING"), is no misread one: "Finance
  // director Kari Moen" where the CFO is Magnus Aas and no Moen appears.
  const auto never_named = [&](const std::string& name) {
    std::size_t words = 0;
    for (const Token& t : tokenize(name)) {
      const std::string_view w = std::string_view(name).substr(t.start, t.end - t.start);
      if (t.is_word() && (!written_as_name(w) || !aligner_->sentences_with(stem(t.norm)).empty()))
        return false;
      words += t.is_word() ? 1 : 0;
    }
    return words >= 2;
  };
  if (!who && never_named(claim.relation->object.name)) return;
  if (!holds_a_role || same_title_elsewhere) return leave();
  // Nor one the fact's own source sentence names too ("chairman Larry Ellison, chief executive Safra Catz"
  // read two ways): the learner and the sentence's reader disagree on whose title it is.
  bool named_in_its_sentence = false;
  if (const Source* source = bound ? facts_.source(bound->source) : nullptr; source && who)
    named_in_its_sentence = source->quote.find(who->name) != std::string::npos;
  // Nor what a source says in these very words: its reading is not the sources' error.
  const std::string said(draft.text.substr(std::min(claim.start, draft.text.size()),
                                           claim.end > claim.start ? claim.end - claim.start : 0));
  // Or names the holder and the organisation in one sentence: a reading of that sentence, not the
  // sources' word against it.
  const Entity* org = claim.relation->subject.entity;
  const auto names_both = [&](const Source& src) {
    return (!said.empty() && src.quote.find(said) != std::string::npos) ||
           (who && org && src.quote.find(who->name) != std::string::npos &&
            src.quote.find(org->name) != std::string::npos);
  };
  // Both ways need the holder's last name, which the claim's words give: only the sentences with that
  // word are read.
  std::string last, last_stem;
  if (who)
    for (const Token& t : tokenize(who->name))
      if (t.is_word()) last = who->name.substr(t.start, t.end - t.start), last_stem = stem(t.norm);
  if (!named_in_its_sentence && !last.empty() && said.find(last) != std::string::npos) {
    for (std::size_t i : aligner_->sentences_with(last_stem))
      if ((named_in_its_sentence = names_both(facts_.sources()[i]))) break;
  } else {
    for (const Source& src : facts_.sources())
      if (named_in_its_sentence || (named_in_its_sentence = names_both(src))) break;
  }
  // Unless the sources give the person another title at the organisation, in brackets after the name
  // ("Board: Margaret Oyelaran (Chair); Imogen Ashdown-Price (Chief Executive Officer); Rafael Quintero
  // (Chief Financial Officer)"): a list no one reads two ways.
  if (named_in_its_sentence && who && org && bound) {
    for (std::size_t fi : role_facts_) {
      const Fact& f = facts_.facts()[fi];
      const Source* src = facts_.source(f.source);
      if (f.subject == org->id && f.predicate != bound->predicate && f.value.entity == who->id && src &&
          src->quote.find(who->name + " (") != std::string::npos)
        return;
    }
  }
  if (named_in_its_sentence) leave();
}

}  // namespace factcheck
