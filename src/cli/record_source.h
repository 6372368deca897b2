// Where the toolbox commands get records from: JSON Lines files written by
// `claims extract`, or articles run through the extractor on the spot.
//
//   claims::ArticleSource src;                 // filled by AddArticleOptions + paths
//   std::vector<claims::Record> records;
//   size_t failed = claims::ExtractArticles(src, &records, std::cerr);
//   auto more = claims::ReadRecordFile("claims.jsonl");  // throws StartupError
#ifndef CLAIMS_CLI_RECORD_SOURCE_H_
#define CLAIMS_CLI_RECORD_SOURCE_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "claims/emit/record.h"

namespace claims {

struct ArticleSource {
  std::vector<std::string> paths;
  std::vector<std::string> globs;
  std::string rules_dir;
  int jobs = 0;  // 0: all cores
};

// Adds --rules, --glob and --jobs (the paths are the command's own positionals).
void AddArticleOptions(CLI::App* cmd, ArticleSource* src);

// Runs the extractor over the articles in `src.paths`, appending records in input
// order. Inputs that fail are reported on `err` as `claims: NAME: message`; returns
// how many failed. Throws StartupError when the rules do not load.
size_t ExtractArticles(const ArticleSource& src, std::vector<Record>* out, std::ostream& err);

// Calls `fn(line, number)` for each non-blank line of the JSON Lines file `path`
// ("-": standard input). Throws StartupError when the file cannot be read.
void ForEachJsonLine(const std::string& path,
                     const std::function<void(std::string_view, size_t)>& fn);

// Reads the records of a JSON Lines file. Throws StartupError naming `path:line`
// for a line that is not a JSON object.
std::vector<Record> ReadRecordFile(const std::string& path);

}  // namespace claims

#endif  // CLAIMS_CLI_RECORD_SOURCE_H_
