// Text matching for comparing claims: word tokens and token-level F1.
//
// MatchTokens is the tokenizer of the project's scorer (tests/tools/score_claims.py),
// ported so that `claims eval` and `claims diff` judge two claim texts the way the
// scorer does: NFKC, typographic quotes and dashes folded to ASCII, lower case, then
// the runs of word characters (letters, digits, underscore; Python's `\w`).
//
//   auto a = claims::MatchTokens("\u201cWe will answer,\u201d he said");
//   // {"we", "will", "answer", "he", "said"}
//   double f1 = claims::TokenF1(a, claims::MatchTokens("we will answer"));  // 0.75
//
// Unicode support is exact where it matters for news in Latin, Greek and Cyrillic
// script and approximate elsewhere (no ICU dependency). Differences from Python:
//   - NFKC is reduced to the compatibility mappings that change tokens in the Latin-1
//     .. Armenian, letterlike/number-form, ligature and full-width blocks, plus
//     canonical composition of one base letter and one combining mark in Latin-1,
//     Latin Extended-A and Cyrillic. Circled letters, phonetic superscripts and
//     composition with several marks are left as they are.
//   - Outside the blocks listed in scripts/gen_unicode_tables.py every non-ASCII
//     code point counts as a word character (so combining marks of Indic scripts, for
//     instance, do not split words as they do in Python).
//   - Lower case maps Latin, Greek (with final sigma), Cyrillic, letterlike symbols,
//     Roman numerals, circled and full-width letters; other scripts keep their case.
//   - Invalid UTF-8 bytes count as U+FFFD (not a word character).
// The tables come from Python's unicodedata (scripts/gen_unicode_tables.py).
#ifndef CLAIMS_EMIT_TEXT_MATCH_H_
#define CLAIMS_EMIT_TEXT_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

// Word tokens of `text` as the scorer sees them, UTF-8 encoded, in text order.
std::vector<std::string> MatchTokens(std::string_view text);

// Token-level F1 of two token lists (multisets): 2PR/(P+R), 0 when either is empty or
// they share no token. Computed in the scorer's order of operations, so results are
// bit-identical.
double TokenF1(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Python's `text.lower()` for the scripts above (no NFKC); invalid UTF-8 bytes
// become U+FFFD.
std::string LowerCase(std::string_view text);

// Number of code points in UTF-8 `text` (an invalid byte counts as one).
size_t Utf8Length(std::string_view text);

// The first `n` code points of UTF-8 `text` (Python's `text[:n]`).
std::string_view Utf8Prefix(std::string_view text, size_t n);

}  // namespace claims

#endif  // CLAIMS_EMIT_TEXT_MATCH_H_
