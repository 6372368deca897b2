// Candidate claims: what the detect stage finds and the attribute stage completes.
#ifndef CLAIMS_DETECT_CANDIDATE_H_
#define CLAIMS_DETECT_CANDIDATE_H_

#include <optional>
#include <string>
#include <vector>

#include "claims/rules/lexicon.h"
#include "claims/span.h"

namespace claims {

enum class ClaimType { kDirect, kIndirect, kMixed };
const char* ClaimTypeName(ClaimType t);

struct Candidate {
  ClaimType type = ClaimType::kDirect;
  Span claim;              // normalized-text span of the claim
  std::vector<Span> cuts;  // injected text inside the claim span
  Span cue;                // the cue as written (may be empty)
  std::string cue_text;    // normalized cue ("said", "according to")
  Mention mention;
  std::string rule;  // id of the detection rule
  size_t block = 0;  // index of the block it came from
  Span sentence;     // the sentence that holds the attribution
};

// A person or organisation mentioned outside claims, in text order; the attribute
// stage uses them for salience.
struct EntityMention {
  Mention mention;
  bool subject = false;   // first mention of its sentence
  uint32_t sentence = 0;  // start of its sentence
  bool in_claim = false;  // named inside a claim: only role-based references reach it
};

struct Detection {
  std::vector<Candidate> candidates;    // in text order
  std::vector<EntityMention> entities;  // in text order
};

}  // namespace claims

#endif  // CLAIMS_DETECT_CANDIDATE_H_
