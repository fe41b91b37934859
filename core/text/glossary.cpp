// The lookup behind english_word(): the language lists of glossary_words.hpp folded once into one hash
// map, and the two things Token::norm leaves that a foreign word needs: a capital that is not ASCII
// ("Übernahme", "État", "Średnia" keep theirs) and an elided article glued on ("l'année", "dell'anno").
#include "text/glossary.hpp"

#include <array>
#include <bitset>
#include <unordered_map>

#include "text/glossary_words.hpp"

namespace factcheck {
namespace {

using Map = std::unordered_map<std::string_view, std::string_view>;

// A quick no for most words, before any hashing of the whole word: a bit per (first two bytes, last
// byte, length), set for each glossary form. A draft's English words mostly find their bit clear.
using Filter = std::bitset<1 << 16>;
std::size_t filter_bit(std::string_view w) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(w[i]); };
  const std::size_t h =
      ((b(0) * 131u + (w.size() > 1 ? b(1) : 0u)) * 131u + b(w.size() - 1)) * 131u + w.size();
  return h & 0xFFFF;
}

// Built on first use; its keys and values point into the constant tables, so nothing is copied.
const Map& glossary_map();

const Filter& glossary_filter() {
  static const Filter filter = [] {
    Filter f;
    for (const auto& entry : glossary_map()) f.set(filter_bit(entry.first));
    return f;
  }();
  return filter;
}

const Map& glossary_map() {
  static const Map map = [] {
    Map m;
    m.reserve(2048);
    for (glossary::Language (*language)() :
         {glossary::german, glossary::dutch, glossary::swedish, glossary::danish, glossary::french,
          glossary::spanish, glossary::italian, glossary::portuguese, glossary::polish}) {
      const glossary::Language l = language();
      for (std::size_t r = 0; r < l.size; ++r) {
        std::string_view forms = l.rows[r].forms;
        while (!forms.empty()) {
          const std::size_t space = forms.find(' ');
          m.emplace(forms.substr(0, space), l.rows[r].english);
          forms = space == std::string_view::npos ? std::string_view() : forms.substr(space + 1);
        }
      }
    }
    return m;
  }();
  return map;
}

// The lower-case code point of a Latin-1 or Latin Extended-A capital ("Ü", "É", "Ł", "Ś"), or c itself.
char32_t lower_latin(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  const bool even_upper = (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
  const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  if ((even_upper && c % 2 == 0) || (odd_upper && c % 2 == 1)) return c + 1;
  return c;
}

// Copies word into buf with its two-byte Latin capitals lower-cased (both forms take two bytes in UTF-8).
// False when the word does not fit: no glossary word is that long.
bool fold_case(std::string_view word, std::array<char, 64>& buf) {
  if (word.size() > buf.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(word[i]);
    if ((b0 == 0xC3 || b0 == 0xC4 || b0 == 0xC5) && i + 1 < word.size()) {
      const auto b1 = static_cast<unsigned char>(word[i + 1]);
      const char32_t c = lower_latin((char32_t(b0 & 0x1F) << 6) | (b1 & 0x3F));
      buf[i] = static_cast<char>(0xC0 | (c >> 6));
      buf[i + 1] = static_cast<char>(0x80 | (c & 0x3F));
      ++i;
    } else {
      buf[i] = word[i];
    }
  }
  return true;
}

// The word after a French or Italian elided article or preposition: "l'année" -> "année".
std::string_view without_elision(std::string_view word) {
  const std::size_t apostrophe = word.find('\'');
  if (apostrophe == std::string_view::npos) return word;
  const std::string_view head = word.substr(0, apostrophe);
  for (std::string_view article : {"l", "d", "qu", "un", "dell", "all", "nell", "sull", "dall"})
    if (head == article) return word.substr(apostrophe + 1);
  return word;
}

}  // namespace

std::string_view english_word(std::string_view word) {
  std::array<char, 64> buf;
  if (!fold_case(word, buf)) return {};
  const std::string_view folded(buf.data(), word.size());
  if (folded.empty() ||
      (!glossary_filter().test(filter_bit(folded)) && folded.find('\'') == std::string_view::npos))
    return {};
  const Map& map = glossary_map();
  auto it = map.find(folded);
  if (it == map.end()) {
    const std::string_view bare = without_elision(folded);
    if (bare.size() < folded.size()) it = map.find(bare);
  }
  return it == map.end() ? std::string_view() : it->second;
}

}  // namespace factcheck
