#include "extract_command.h"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <thread>

#include "claims/cli/error.h"
#include "claims/cli/output.h"
#include "claims/io/reader.h"
#include "claims/parallel.h"
#include "claims/pipeline.h"
#include "common.h"

namespace claims {
namespace {

struct DocResult {
  std::string name;
  std::string error;  // empty when the document was processed
  std::string chunk;  // serialized records
  size_t records = 0;
  size_t bytes = 0;
};

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  Date d;
  d.year = std::stoi(s.substr(0, 4));
  d.month = std::stoi(s.substr(5, 2));
  d.day = std::stoi(s.substr(8, 2));
  return d.valid();
}

}  // namespace

void SetupExtract(CLI::App& app, ExtractRunOptions& o) {
  auto* cmd =
      app.add_subcommand("extract", "Extract attributed claims from articles as JSON Lines");
  cmd->footer(
      "Examples:\n"
      "  claims extract corpus/ > claims.jsonl\n"
      "  claims extract --jobs 4 --output claims.jsonl corpus/\n"
      "  claims extract corpus/ | jq 'select(.speaker==\"Sergey Lavrov\") | .claim'\n"
      "  cat article.txt | claims extract -\n\n"
      "Folders are walked recursively in sorted path order. Output is identical for any\n"
      "--jobs. Exit status: 0 ok, 1 some inputs failed (named on stderr), 2 could not start.");
  cmd->add_option("paths", o.paths, "Files, folders, or - for standard input")->required();
  cmd->add_option("--glob", o.globs,
                  "File name patterns taken from folders (repeatable; default *.txt *.md *.text)");
  cmd->add_option("-o,--output", o.output,
                  "Write to FILE atomically (temporary file renamed when complete)");
  cmd->add_option("--format", o.format,
                  "Output format: jsonl (one record a line) or json (one array)")
      ->check(CLI::IsMember({"jsonl", "json"}));
  cmd->add_flag("--pretty", o.pretty, "Indent --format json output");
  cmd->add_option("-j,--jobs", o.jobs, "Worker threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
  cmd->add_option("--rules", o.rules_dir,
                  "Rules folder (default: $CLAIMS_RULES, <prefix>/share/claims/rules, ./rules)");
  cmd->add_option("--date", o.date,
                  "Publication date YYYY-MM-DD for every document without one given");
  cmd->add_option("--outlet", o.outlet, "Outlet for every document without one given");
  cmd->add_option(
      "--max-doc-size", o.max_doc_size,
      "Largest document in bytes; larger ones are reported and skipped (default 64 MiB)");
  cmd->add_flag("--stats", o.stats, "Print a summary line on stderr at the end");
}

int RunExtract(const ExtractRunOptions& o, std::ostream& err) {
  if (!o.date.empty() && !IsIsoDate(o.date)) {
    throw StartupError("--date must be YYYY-MM-DD, got \"" + o.date + "\"");
  }
  auto rules = LoadRulesOrThrow(o.rules_dir);
  ExtractOptions eo;
  if (!o.date.empty()) eo.date = o.date;
  if (!o.outlet.empty()) eo.outlet = o.outlet;
  Extractor extractor(*rules, eo);

  InputOptions io;
  if (!o.globs.empty()) io.globs = o.globs;
  io.max_doc_size = o.max_doc_size;
  std::vector<InputError> list_errors;
  std::vector<Input> inputs = ListInputs(o.paths, io, &list_errors);
  size_t failed = 0;
  for (const auto& e : list_errors) {
    err << "claims: " << e.name << ": " << e.message << "\n";
    ++failed;
  }

  IgnoreSigpipe();
  Output out(o.output);
  int jobs =
      o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool json = o.format == "json";
  size_t next_index = 0, total_records = 0, total_bytes = 0, docs = 0;
  bool first_record = true;
  auto start = std::chrono::steady_clock::now();

  if (json && !out.Write("[")) return kExitOk;

  RunOrdered<Input, DocResult>(
      jobs, static_cast<size_t>(4 * jobs),
      [&](Input* in) {
        if (next_index >= inputs.size()) return false;
        *in = inputs[next_index++];
        return true;
      },
      [&](Input& in) {
        DocResult r;
        r.name = in.name;
        Document doc;
        Status st = ReadInput(in, io, &doc);
        r.bytes = doc.bytes.size();
        if (!st.ok()) {
          r.error = st.message();
          return r;
        }
        std::vector<Record> records;
        st = extractor.Extract(doc, &records);
        if (!st.ok()) {
          r.error = st.message();
          return r;
        }
        r.records = records.size();
        for (const auto& rec : records) {
          if (json) {
            r.chunk.append(o.pretty ? "\n  " : "\n");
            if (o.pretty) {
              AppendJsonPretty(rec, 2, &r.chunk);
            } else {
              AppendJson(rec, &r.chunk);
            }
            r.chunk.push_back(',');
          } else {
            AppendJson(rec, &r.chunk);
            r.chunk.push_back('\n');
          }
        }
        return r;
      },
      [&](DocResult& r) {
        ++docs;
        total_bytes += r.bytes;
        if (!r.error.empty()) {
          err << "claims: " << r.name << ": " << r.error << "\n";
          ++failed;
          return true;
        }
        total_records += r.records;
        if (json && !r.chunk.empty()) {
          // Records were written with a trailing comma; the array's first record has no
          // comma before it, so move each chunk's comma to the front of the next one.
          r.chunk.pop_back();
          if (!first_record) r.chunk.insert(0, ",");
          first_record = false;
        }
        return out.Write(r.chunk);
      });

  if (out.closed()) return kExitOk;
  if (json && !out.Write(first_record ? "]\n" : "\n]\n")) return kExitOk;
  out.Commit();
  if (o.stats) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double mbs = secs > 0 ? static_cast<double>(total_bytes) / 1e6 / secs : 0.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", mbs);
    err << docs << " documents, " << total_records << " claims, " << failed << " failed, " << buf
        << " MB/s\n";
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
