// Annotate: document -> publication date and outlet; claim -> statement date and
// credited outlet.
//
// Publication date, in order: metadata given with the document, a header field, the
// dateline (a dateline without a year takes it from the article's own full dates), and
// otherwise the latest full date (day, month and year) written in the body outside
// reader comments. Null when none of these exists: never a guess. The outlet comes from
// dateline markers and outlets.json aliases; `via` from credit patterns.
//
//   claims::Annotator ann(rules);
//   claims::DocAnnotation a = ann.AnnotateDocument(doc, nt.text, seg);
//   auto said_on = ann.StatementDate(nt.text, sentence, a.date);
#ifndef CLAIMS_ANNOTATE_ANNOTATOR_H_
#define CLAIMS_ANNOTATE_ANNOTATOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/io/document.h"
#include "claims/rules/rule_set.h"
#include "claims/segment/segmenter.h"

namespace claims {

struct DocAnnotation {
  std::optional<std::string> date;    // YYYY-MM-DD
  std::optional<std::string> outlet;  // canonical name
  std::string date_rule;              // which rule gave the date
};

struct Date {
  int year = 0, month = 0, day = 0;
  std::string Iso() const;
  bool valid() const;
};

class Annotator {
 public:
  explicit Annotator(const RuleSet& rules);

  DocAnnotation AnnotateDocument(const Document& doc, std::string_view text,
                                 const Segmentation& seg) const;
  // The day a statement was made when the text says so ("on January 21", "on Monday",
  // "yesterday"), resolved against the publication date; nullopt otherwise.
  std::optional<std::string> StatementDate(std::string_view sentence,
                                           const std::optional<std::string>& published) const;
  // As above, with the publication date read once by PublicationDay (null when it gave
  // none): for many statements of one document.
  std::optional<std::string> StatementDate(std::string_view sentence, const Date* published) const;
  // The day of a publication date "YYYY-MM-DD..." into `*out`; false when there is none.
  static bool PublicationDay(const std::optional<std::string>& published, Date* out);
  // The outlet credited for a claim ("told CNN", "in an interview with Izvestia",
  // a paragraph closing with "RIA News.").
  std::optional<std::string> CreditedOutlet(std::string_view context) const;

 private:
  const RuleSet& rules_;
  // Full and partial dates, tried on every claim's sentence in one pass.
  PatternFilter date_filter_{{&rules_.full_dates, &rules_.partial_dates}};
  // Publisher lines and names, read in one pass over a block.
  PatternFilter publisher_filter_{
      {&rules_.publisher_lines, &rules_.publisher_names, &rules_.publisher_credits}};
  // The weekday words (lower case, read after "on ") and their weekdays (0 = Monday),
  // in the order of rules.weekdays.
  std::vector<std::pair<std::string, int>> weekday_words_;
  // The weekday (0 = Monday) the sentence from `pos` on names with "on <weekday>", or -1.
  int LeadWeekday(std::string_view text, size_t pos) const;
  // A header's slashed date whose day and month are both 12 or less ("08/02/2022"): read
  // when both are the same, or when the article's paragraphs name the day with its month
  // in one of the two orders only; nullopt otherwise.
  std::optional<Date> SlashedDate(std::string_view text, const Segmentation& seg,
                                  std::string_view value) const;
};

}  // namespace claims

#endif  // CLAIMS_ANNOTATE_ANNOTATOR_H_
