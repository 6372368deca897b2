#include "record_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "claims/cli/error.h"
#include "claims/io/reader.h"
#include "claims/parallel.h"
#include "claims/pipeline.h"
#include "common.h"

namespace claims {
namespace {

struct DocRecords {
  std::string name;
  std::string error;  // empty when the document was processed
  std::vector<Record> records;
};

}  // namespace

void AddArticleOptions(CLI::App* cmd, ArticleSource* src) {
  cmd->add_option("--rules", src->rules_dir,
                  "Rules folder (default: $CLAIMS_RULES, <prefix>/share/claims/rules, ./rules)");
  cmd->add_option("--glob", src->globs,
                  "File name patterns taken from folders (repeatable; default *.txt *.md *.text)");
  cmd->add_option("-j,--jobs", src->jobs, "Worker threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
}

size_t ExtractArticles(const ArticleSource& src, std::vector<Record>* out, std::ostream& err) {
  auto rules = LoadRulesOrThrow(src.rules_dir);
  Extractor extractor(*rules, ExtractOptions{});
  InputOptions io;
  if (!src.globs.empty()) io.globs = src.globs;
  std::vector<InputError> list_errors;
  std::vector<Input> inputs = ListInputs(src.paths, io, &list_errors);
  size_t failed = 0;
  for (const auto& e : list_errors) {
    err << "claims: " << e.name << ": " << e.message << "\n";
    ++failed;
  }
  int jobs =
      src.jobs > 0 ? src.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  size_t next = 0;
  RunOrdered<Input, DocRecords>(
      jobs, static_cast<size_t>(4 * jobs),
      [&](Input* in) {
        if (next >= inputs.size()) return false;
        *in = inputs[next++];
        return true;
      },
      [&](Input& in) {
        DocRecords r;
        r.name = in.name;
        Document doc;
        Status st = ReadInput(in, io, &doc);
        if (st.ok()) st = extractor.Extract(doc, &r.records);
        if (!st.ok()) r.error = st.message();
        return r;
      },
      [&](DocRecords& r) {
        if (!r.error.empty()) {
          err << "claims: " << r.name << ": " << r.error << "\n";
          ++failed;
          return true;
        }
        std::move(r.records.begin(), r.records.end(), std::back_inserter(*out));
        return true;
      });
  return failed;
}

void ForEachJsonLine(const std::string& path,
                     const std::function<void(std::string_view, size_t)>& fn) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw StartupError(path + ": is a folder");
    file.open(path, std::ios::binary);
    if (!file) throw StartupError(path + ": cannot read: " + std::strerror(errno));
    in = &file;
  }
  std::string line;
  size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    fn(line, number);
  }
  if (in->bad()) throw StartupError(path + ": cannot read: " + std::strerror(errno));
}

std::vector<Record> ReadRecordFile(const std::string& path) {
  std::vector<Record> records;
  ForEachJsonLine(path, [&](std::string_view line, size_t number) {
    Record r;
    std::string error;
    if (!ParseRecord(line, &r, &error)) {
      throw StartupError(path + ":" + std::to_string(number) + ": not a record: " + error);
    }
    records.push_back(std::move(r));
  });
  return records;
}

}  // namespace claims
