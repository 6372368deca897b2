#include "show_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/emit/show.h"
#include "claims/io/reader.h"
#include "claims/normalize/normalizer.h"
#include "claims/pipeline.h"
#include "common.h"
#include "terminal.h"

namespace claims {

void SetupShow(CLI::App& app, ShowRunOptions& o) {
  auto* cmd = app.add_subcommand("show", "Print an article with its claims highlighted");
  cmd->footer(
      "Each claim is shown in its speaker's color, followed by the speaker's name;\n"
      "boilerplate and reader comments are dimmed. When the output is not a terminal\n"
      "(or NO_COLOR is set, or --color never) plain markers are used instead:\n"
      "  [[claim text]]<Speaker>   a claim (<?>: speaker unresolved)\n"
      "  {{text}}                  boilerplate or a reader comment\n"
      "A legend with the number of claims per speaker ends each article.\n\n"
      "Examples:\n"
      "  claims show corpus/001_1221e1e9ff6ea553.txt\n"
      "  claims show --color always corpus/001_1221e1e9ff6ea553.txt | less -R");
  cmd->add_option("paths", o.paths, "Article files (- for stdin)")->required();
  cmd->add_option("--rules", o.rules_dir, "Rules folder");
  AddColorOption(cmd, &o.color);
}

int RunShow(const ShowRunOptions& o, std::ostream& out, std::ostream& err) {
  auto rules = LoadRulesOrThrow(o.rules_dir);
  Extractor extractor(*rules, ExtractOptions{});
  bool color = UseColor(o.color);
  InputOptions io;
  std::vector<InputError> errors;
  auto inputs = ListInputs(o.paths, io, &errors);
  int failed = 0;
  for (const auto& e : errors) {
    err << "claims: " << e.name << ": " << e.message << "\n";
    ++failed;
  }
  for (size_t k = 0; k < inputs.size(); ++k) {
    const Input& in = inputs[k];
    Document doc;
    std::vector<Record> records;
    Status st = ReadInput(in, io, &doc);
    if (st.ok()) st = extractor.Extract(doc, &records);
    if (!st.ok()) {
      err << "claims: " << in.name << ": " << st.message() << "\n";
      ++failed;
      continue;
    }
    // The blocks to dim, mapped back to original offsets like the record spans.
    NormalizedText nt = Normalize(doc.bytes);
    std::vector<Span> dimmed;
    for (const auto& b : extractor.segmenter().Segment(nt.text).blocks) {
      if (b.kind == BlockKind::kBoilerplate || b.kind == BlockKind::kComment) {
        dimmed.push_back(nt.ToOriginal(b.span));
      }
    }
    if (inputs.size() > 1) {
      out << (k ? "\n" : "")
          << (color ? "\x1b[1m==> " + in.name + " <==\x1b[0m" : "==> " + in.name + " <==") << "\n";
    }
    out << RenderArticle(doc.bytes, dimmed, records, color);
  }
  out.flush();
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
