// The words a text names that settle whose currency a bare letter or sign is: "Sh" is Uganda's where the
// text names Kampala, "FC" the Congolese franc where it names Kinshasa (CurrencyHints, extractor.hpp).
#include <algorithm>
#include <string>
#include <string_view>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

// Whether the text has any of `words`.
static bool says_any(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// Whether the text writes `letters` before a sum with a decimal anywhere: "Le 4.50", "MK1.2".
static bool sum_elsewhere(std::string_view text, std::string_view letters) {
  for (std::size_t at = text.find(letters); at != std::string_view::npos; at = text.find(letters, at + 1)) {
    std::size_t k = at + letters.size();
    if (k < text.size() && text[k] == ' ') ++k;
    const std::size_t digits = k;
    while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
    if (k > digits && k + 1 < text.size() && (text[k] == '.' || text[k] == ',') && text[k + 1] >= '0' &&
        text[k + 1] <= '9')
      return true;
  }
  return false;
}

bool CurrencyHints::says(Question q) {
  signed char& answer = answers_[q];
  if (answer >= 0) return answer == 1;
  bool yes = false;
  switch (q) {
    case sierra_leone:
      yes = says_any(text_, {"Sierra Leone", "Freetown", "leone"});
      break;
    case malawi:
      yes = says_any(text_, {"Malawi", "Lilongwe", "Blantyre", "kwacha"});
      break;
    case bosnia:
      yes = says_any(text_, {"Bosnia", "Sarajevo", "Banja Luka", "marka", "maraka"});
      break;
    case kina:
      yes = says_any(text_, {"kina", "Papua", "PNG"});
      break;
    case malawi_name:
      yes = says_any(text_, {"Malawi"});
      break;
    case botswana:
      yes = says_any(text_, {"pula", "Botswana", "Gaborone"});
      break;
    case philippines:
      yes = says_any(text_, {"Philippine", "Manila", "peso"});
      break;
    case bahamas:
      yes = says_any(text_, {"Bahamas", "Bahamian", "Nassau"});
      break;
    case gambia:
      yes = says_any(text_, {"Gambia", "Banjul", "dalasi"});
      break;
    case honduras:
      yes = says_any(text_, {"Honduras", "Tegucigalpa", "San Pedro Sula", "lempira"});
      break;
    case nicaragua:
      yes = says_any(text_, {"Nicaragua", "Managua", "c\xC3\xB3rdoba", "cordoba"});
      break;
    case uganda:
      yes = says_any(text_, {"Uganda", "Kampala"});
      break;
    case tanzania:
      yes = says_any(text_, {"Tanzania", "Dar es Salaam", "Dodoma", "Zanzibar"});
      break;
    case mozambique:
      yes = says_any(text_, {"Mozambique",
                             "Mo\xC3\xA7"
                             "ambique",
                             "Maputo", "Beira", "metical", "meticais"});
      break;
    case tunisia:
      yes = says_any(text_, {"Tunisia", "Tunis", "Sfax", "Sousse"});
      break;
    case jordan:
      yes = says_any(text_, {"Jordan", "Amman", "Aqaba", "Irbid"});
      break;
    case central_africa:
      yes = says_any(text_, {"Cameroon", "Cameroun", "Yaound\xC3\xA9", "Douala", "Gabon", "Libreville",
                             "Chad", "Tchad", "N'Djamena", "Brazzaville", "Bangui", "Malabo", "CEMAC"});
      break;
    case drc:
      yes =
          says_any(text_, {"Kinshasa", "DRC", "RDC", "Lubumbashi", "Kananga", "Kisangani", "Goma",
                           "Mbuji-Mayi", "Democratic Republic of", "R\xC3\xA9publique d\xC3\xA9mocratique"});
      break;
    case iraq:
      yes = says_any(text_, {"Iraq", "Baghdad", "Erbil", "Basra", "Mosul", "Sulaymaniyah", "Kirkuk", "IQD"});
      break;
    case libya:
      yes = says_any(text_, {"Libya", "Tripoli", "Benghazi", "Misrata", "LYD"});
      break;
    case algeria:
      yes = says_any(text_, {"Alg\xC3\xA9rie", "Algeria", "Algiers", "Annaba", "DZD"});
      break;
    case kuwait:
      yes = says_any(text_, {"Kuwait"});
      break;
    case lebanon:
      yes = says_any(text_, {"Lebanon", "Lebanese", "Beirut", "Tripoli, Lebanon", "Byblos", "Sidon", "LBP"});
      break;
    case venezuela:
      yes = says_any(text_, {"Venezuela", "Caracas", "Maracaibo", "Valencia, Carabobo", "bol\xC3\xADvar"});
      break;
    case seychelles:
      yes = says_any(text_, {"Seychelles", "Seychellois", "Mah\xC3\xA9", "Praslin", "La Digue"});
      break;
    case liberia:
      yes = says_any(text_, {"Liberia", "Monrovia"});
      break;
    case le_sum:
      yes = sum_elsewhere(text_, "Le");
      break;
    case mk_sum:
      yes = sum_elsewhere(text_, "MK");
      break;
    case km_sum:
      yes = sum_elsewhere(text_, "KM");
      break;
    case kQuestions:
      break;
  }
  answer = yes ? 1 : 0;
  return yes;
}

std::string local_dinar(CurrencyHints& hints) {
  using H = CurrencyHints;
  return hints.says(H::tunisia)   ? "TND"
         : hints.says(H::jordan)  ? "JOD"
         : hints.says(H::iraq)    ? "IQD"
         : hints.says(H::libya)   ? "LYD"
         : hints.says(H::algeria) ? "DZD"
         : hints.says(H::kuwait)  ? "KWD"
                                  : "RSD";
}

}  // namespace factcheck::quantities_detail
