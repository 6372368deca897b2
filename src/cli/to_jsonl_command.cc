#include "to_jsonl_command.h"

#include <iostream>

#include "claims/cli/error.h"
#include "claims/cli/output.h"
#include "claims/io/jsonl.h"
#include "claims/io/reader.h"

namespace claims {

void SetupToJsonl(CLI::App& app, ToJsonlRunOptions& o) {
  auto* cmd = app.add_subcommand(
      "to-jsonl", "Write articles as JSON Lines documents {\"id\": PATH, \"text\": ARTICLE}");
  cmd->footer(
      "Examples:\n"
      "  claims to-jsonl corpus/ > corpus.jsonl\n"
      "  claims to-jsonl corpus/ | claims extract --input-format jsonl -\n\n"
      "The id is the path as given, so `claims extract --input-format jsonl` of the result\n"
      "writes the same records as `claims extract` of the paths. Files that are not text are\n"
      "reported on stderr and left out. Exit status: 0 ok, 1 some inputs failed, 2 could not "
      "start.");
  cmd->add_option("paths", o.paths, "Files, folders, or - for standard input")->required();
  cmd->add_option("--glob", o.globs,
                  "File name patterns taken from folders (repeatable; default *.txt *.md *.text)");
  cmd->add_option("-o,--output", o.output,
                  "Write to FILE atomically (temporary file renamed when complete)");
  cmd->add_option("--outlet", o.outlet, "Add \"outlet\" to every document");
  cmd->add_option("--date", o.date, "Add \"date\" (YYYY-MM-DD) to every document");
  cmd->add_option(
         "--max-doc-size", o.max_doc_size,
         "Largest document in bytes; larger ones are reported and skipped (default 64 MiB)")
      ->check(CLI::Range(size_t{1}, (size_t{1} << 32) - 1));
}

int RunToJsonl(const ToJsonlRunOptions& o, std::ostream& err) {
  if (!o.date.empty() && !IsIsoDate(o.date)) {
    throw StartupError("--date must be YYYY-MM-DD, got \"" + o.date + "\"");
  }
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
  std::string line;
  for (const auto& in : inputs) {
    Document doc;
    if (Status st = ReadInput(in, io, &doc); !st.ok()) {
      err << "claims: " << in.name << ": " << st.message() << "\n";
      ++failed;
      continue;
    }
    if (!o.outlet.empty()) doc.outlet = o.outlet;
    if (!o.date.empty()) doc.date = o.date;
    line.clear();
    AppendJsonlDocument(doc, &line);
    if (!out.Write(line)) return kExitOk;  // reader went away
  }
  out.Commit();
  if (out.closed()) return kExitOk;
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
