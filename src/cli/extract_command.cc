#include "extract_command.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "claims/cli/error.h"
#include "claims/cli/output.h"
#include "claims/cli/progress.h"
#include "claims/io/reader.h"
#include "claims/io/shard.h"
#include "claims/io/source.h"
#include "claims/parallel.h"
#include "claims/pipeline.h"
#include "common.h"

namespace claims {
namespace {

struct DocResult {
  std::string name;   // how a problem names the document
  std::string error;  // empty when the document was processed
  std::string chunk;  // serialized records
  size_t records = 0;
  size_t bytes = 0;
  bool skipped = false;  // belongs to another shard
  // A document larger than --section-size, loaded and checked: it is read section by
  // section when its turn to be written comes, each section's records written as soon
  // as they are ready, so that its records never wait in memory all at once.
  std::unique_ptr<Document> in_sections;
};

// Appends one record to a document's chunk: a line for JSON Lines; for --format json
// an array element with a trailing comma (the sink moves the commas into place).
void AppendRecord(const Record& rec, bool json, bool pretty, std::string* chunk) {
  if (!json) {
    AppendJson(rec, chunk);
    chunk->push_back('\n');
    return;
  }
  chunk->append(pretty ? "\n  " : "\n");
  if (pretty) {
    AppendJsonPretty(rec, 2, chunk);
  } else {
    AppendJson(rec, chunk);
  }
  chunk->push_back(',');
}

// Output buffers handed back once their chunk is written, for the next documents to
// write into: a chunk keeps its capacity, so documents of similar size need no new
// allocation (nor a large reserve) each. Shared by the worker threads.
class ChunkPool {
 public:
  explicit ChunkPool(size_t keep) : keep_(keep) {}

  // An empty buffer, with the capacity of one that was given back when there is one.
  std::string Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) return std::string();
    std::string s = std::move(free_.back());
    free_.pop_back();
    return s;
  }

  // Keeps `s` for reuse unless the pool is full or `s` is unusually large.
  void Give(std::string&& s) {
    if (s.capacity() > kLargest) return;
    s.clear();
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.size() < keep_) free_.push_back(std::move(s));
  }

 private:
  static constexpr size_t kLargest = size_t{4} << 20;  // never keep more per buffer
  std::mutex mu_;
  std::vector<std::string> free_;
  size_t keep_;
};

// The calling thread's document to read into: its name and bytes keep their capacity
// from one document to the next. One per thread, as documents are read on all workers.
Document& ReusedDocument() {
  static thread_local Document doc;
  return doc;
}

// Releases the reused document's text when it grew unusually large, so that a thread
// does not hold on to the memory of its largest document.
void TrimReusedDocument(Document* doc) {
  constexpr size_t kKeep = size_t{4} << 20;
  if (doc->bytes.capacity() > kKeep) std::string().swap(doc->bytes);
}

// Spans are 32-bit byte offsets, so no document may reach 4 GiB.
constexpr size_t kLargestMaxDocSize = (size_t{1} << 32) - 1;

}  // namespace

void SetupExtract(CLI::App& app, ExtractRunOptions& o) {
  auto* cmd =
      app.add_subcommand("extract", "Extract attributed claims from articles as JSON Lines");
  cmd->footer(
      "Examples:\n"
      "  claims extract corpus/ > claims.jsonl\n"
      "  claims extract --jobs 4 --output claims.jsonl corpus/\n"
      "  claims extract corpus/ | jq 'select(.speaker==\"Sergey Lavrov\") | .claim'\n"
      "  cat article.txt | claims extract -\n"
      "  claims to-jsonl corpus/ | claims extract --input-format jsonl -\n"
      "  parallel claims extract --shard {}/3 corpus/ '>' part{}.jsonl ::: 1 2 3\n\n"
      "Folders are walked recursively in sorted path order. Output is identical for any\n"
      "--jobs. Exit status: 0 ok, 1 some inputs failed (named on stderr), 2 could not start.");
  cmd->add_option("paths", o.paths, "Files, folders, or - for standard input")->required();
  cmd->add_option("--glob", o.globs,
                  "File name patterns taken from folders (repeatable; default *.txt *.md *.text, "
                  "with --input-format jsonl *.jsonl *.ndjson)");
  cmd->add_option("--input-format", o.input_format,
                  "text: each file is one document; jsonl: each line is one document "
                  "{\"id\",\"text\",\"outlet\"?,\"date\"?,\"url\"?}")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--shard", o.shard,
                  "Take only shard K of N (K/N, 1 <= K <= N): documents whose name or id has "
                  "FNV-1a-64 mod N == K-1, so N runs cover the input exactly once")
      ->check(
          [](const std::string& spec) {
            Shard shard;
            std::string error;
            return ParseShard(spec, &shard, &error) ? std::string() : error;
          },
          "K/N");
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
         "Largest document in bytes; larger ones are reported and skipped (default 64 MiB)")
      ->check(CLI::Range(size_t{1}, kLargestMaxDocSize));
  cmd->add_option("--section-size", o.section_size,
                  "Read documents larger than this many bytes in sections cut at paragraph "
                  "breaks, writing each section's records as they are ready (default 1 MiB)")
      ->check(CLI::Range(size_t{1}, kLargestMaxDocSize));
  cmd->add_flag("--stats", o.stats,
                "Print a summary line on stderr at the end: documents, claims, failed, MB/s");
}

int RunExtract(const ExtractRunOptions& o, std::ostream& err) {
  if (!o.date.empty() && !IsIsoDate(o.date)) {
    throw StartupError("--date must be YYYY-MM-DD, got \"" + o.date + "\"");
  }
  Shard shard;
  if (std::string error; !o.shard.empty() && !ParseShard(o.shard, &shard, &error)) {
    throw StartupError("--shard: " + error);
  }
  InputFormat format = o.input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kText;
  int jobs =
      o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto rules = LoadRulesOrThrow(o.rules_dir, jobs);
  ExtractOptions eo;
  if (!o.date.empty()) eo.date = o.date;
  if (!o.outlet.empty()) eo.outlet = o.outlet;
  Extractor extractor(*rules, eo);

  InputOptions io;
  io.globs = o.globs.empty() ? DefaultGlobs(format) : o.globs;
  io.max_doc_size = o.max_doc_size;
  std::vector<InputError> list_errors;
  std::vector<Input> inputs = ListInputs(o.paths, io, &list_errors);
  size_t failed = 0;
  // A path that cannot be listed may hold documents of any shard: every shard says so.
  for (const auto& e : list_errors) {
    err << "claims: " << e.name << ": " << e.message << "\n";
    ++failed;
  }
  if (format == InputFormat::kText && shard.count > 1) {
    std::erase_if(inputs, [&](const Input& in) { return !InShard(in.name, shard); });
  }
  size_t total = format == InputFormat::kText ? inputs.size() : 0;
  DocumentSource source(std::move(inputs), format, io);

  IgnoreSigpipe();
  Output out(o.output);
  Progress progress(err, ::isatty(2) == 1, total);
  bool json = o.format == "json";
  size_t total_records = 0, total_bytes = 0, docs = 0;
  bool first_record = true;
  auto start = std::chrono::steady_clock::now();

  if (json && !out.Write("[")) return kExitOk;
  // Writes the records of a document or section. For --format json they were written
  // with a trailing comma; the array's first record has no comma before it, so each
  // chunk's comma moves to the front of the next one.
  auto write_chunk = [&](std::string& chunk) {
    if (json && !chunk.empty()) {
      chunk.pop_back();
      if (!first_record) chunk.insert(0, ",");
      first_record = false;
    }
    return out.Write(chunk);
  };

  // Enough for every result in flight to hand its buffer back.
  ChunkPool chunks(static_cast<size_t>(5 * jobs));
  RunOrdered<PendingDocument, DocResult>(
      jobs, static_cast<size_t>(4 * jobs), [&](PendingDocument* p) { return source.Next(p); },
      [&](PendingDocument& p) {
        DocResult r;
        // Whatever goes wrong inside one document (even running out of memory) is that
        // document's failure; the run goes on with the others.
        try {
          Document& doc = ReusedDocument();
          doc.date.reset();
          doc.outlet.reset();
          doc.url.reset();
          Status st = LoadDocument(p, io, &doc);
          // A JSON Lines document's shard is known only once its id is parsed; a line
          // without one is placed by its FILE:LINE, so exactly one shard reports it.
          if (format == InputFormat::kJsonl && shard.count > 1 && p.per_document &&
              !InShard(doc.name.empty() ? p.where : doc.name, shard)) {
            r.skipped = true;
            return r;
          }
          r.bytes = doc.bytes.size();
          if (st.ok() && doc.bytes.size() > o.section_size) {
            r.name = p.where;
            r.in_sections = std::make_unique<Document>(std::move(doc));
            return r;
          }
          if (st.ok()) {
            std::vector<Record> records;
            st = extractor.Extract(doc, &records);
            r.records = records.size();
            size_t size = 0;
            for (const auto& rec : records) size += JsonSizeHint(rec);
            r.chunk = chunks.Take();
            r.chunk.reserve(size);
            for (const auto& rec : records) AppendRecord(rec, json, o.pretty, &r.chunk);
          }
          TrimReusedDocument(&doc);
          if (!st.ok()) {
            r.error = st.message();
            r.chunk.clear();
            r.records = 0;
          }
        } catch (const std::exception& e) {
          r.error = std::string("internal error, document skipped: ") + e.what();
          r.chunk.clear();
          r.records = 0;
        }
        // The name is needed only to report a problem.
        if (!r.error.empty()) r.name = p.where;
        return r;
      },
      [&](DocResult& r) {
        if (r.skipped) return true;
        ++docs;
        total_bytes += r.bytes;
        if (!r.error.empty()) {
          progress.Clear();
          err << "claims: " << r.name << ": " << r.error << "\n";
          ++failed;
          progress.Update(docs, total_bytes);
          return true;
        }
        if (r.in_sections) {
          bool go_on = true;
          std::string chunk;
          auto write_section = [&](std::vector<Record>& records) {
            chunk.clear();
            for (const auto& rec : records) AppendRecord(rec, json, o.pretty, &chunk);
            total_records += records.size();
            go_on = write_chunk(chunk);
            return go_on;
          };
          Status st;
          try {
            st = extractor.ExtractInSections(*r.in_sections, o.section_size, write_section, jobs);
          } catch (const std::exception& e) {
            st = Status::Error(std::string("internal error, rest of the document skipped: ") +
                               e.what());
          }
          r.in_sections.reset();
          if (!st.ok()) {
            progress.Clear();
            err << "claims: " << r.name << ": " << st.message() << "\n";
            ++failed;
          }
          progress.Update(docs, total_bytes);
          return go_on;
        }
        total_records += r.records;
        progress.Update(docs, total_bytes);
        bool go_on = write_chunk(r.chunk);
        chunks.Give(std::move(r.chunk));
        return go_on;
      });
  progress.Finish();

  if (out.closed()) return kExitOk;
  if (json && !out.Write(first_record ? "]\n" : "\n]\n")) return kExitOk;
  out.Commit();
  if (out.closed()) return kExitOk;
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
