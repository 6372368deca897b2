#include "segment_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/emit/record.h"
#include "claims/io/reader.h"
#include "claims/normalize/normalizer.h"
#include "claims/rules/lexicon.h"
#include "claims/segment/segmenter.h"
#include "common.h"

namespace claims {
namespace {

// First `n` bytes of `s`, cut back to a UTF-8 character boundary.
std::string Preview(const std::string& s, int n) {
  if (n < 0 || s.size() <= static_cast<size_t>(n)) return s;
  size_t e = static_cast<size_t>(n);
  while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
  return s.substr(0, e) + "...";
}

}  // namespace

void SetupSegment(CLI::App& app, SegmentRunOptions& o) {
  auto* cmd =
      app.add_subcommand("segment", "Show how articles are segmented: one JSON line per block");
  cmd->footer(
      "Each line: doc, kind (title, standfirst, header, dateline, heading, paragraph,\n"
      "blockquote, caption, boilerplate, comment), span (original byte offsets), rule,\n"
      "the first characters of the text, and for comments author, timestamp and level.\n\n"
      "Example:\n  claims segment corpus/001.txt | jq -c '[.kind, .text]'");
  cmd->add_option("paths", o.paths, "Article files or folders")->required();
  cmd->add_option("--rules", o.rules_dir, "Rules folder");
  cmd->add_flag("--sentences", o.sentences, "Also list the sentences of each block");
  cmd->add_option("--preview", o.preview, "Characters of text shown per block (-1: all)");
}

int RunSegment(const SegmentRunOptions& o, std::ostream& out, std::ostream& err) {
  auto rules = LoadRulesOrThrow(o.rules_dir);
  Lexicon lexicon(*rules);
  Segmenter segmenter(*rules, lexicon);
  InputOptions io;
  std::vector<InputError> errors;
  auto inputs = ListInputs(o.paths, io, &errors);
  int failed = 0;
  for (const auto& e : errors) {
    err << "claims: " << e.name << ": " << e.message << "\n";
    ++failed;
  }
  for (const auto& in : inputs) {
    Document doc;
    Status st = ReadInput(in, io, &doc);
    if (!st.ok()) {
      err << "claims: " << in.name << ": " << st.message() << "\n";
      ++failed;
      continue;
    }
    NormalizedText nt = Normalize(doc.bytes);
    Segmentation seg = segmenter.Segment(nt.text);
    std::string line;
    for (const auto& b : seg.blocks) {
      line.clear();
      Span orig = nt.ToOriginal(b.span);
      line += "{\"doc\":";
      AppendJsonString(doc.name, &line);
      line += ",\"kind\":\"";
      line += BlockKindName(b.kind);
      line += "\",\"span\":[" + std::to_string(orig.begin) + "," + std::to_string(orig.end) + "]";
      line += ",\"rule\":";
      if (b.rule.empty()) {
        line += "null";
      } else {
        AppendJsonString(b.rule, &line);
      }
      if (b.kind == BlockKind::kHeaderField) {
        line += ",\"field\":";
        AppendJsonString(b.field, &line);
        line += ",\"value\":";
        AppendJsonString(std::string(b.value.View(nt.text)), &line);
      }
      if (b.kind == BlockKind::kComment) {
        line += ",\"author\":";
        AppendJsonString(b.author, &line);
        line += ",\"timestamp\":";
        AppendJsonString(b.timestamp, &line);
        line += ",\"level\":" + std::to_string(b.level);
      }
      if (!b.cuts.empty()) {
        line += ",\"cuts\":[";
        for (size_t i = 0; i < b.cuts.size(); ++i) {
          Span c = nt.ToOriginal(b.cuts[i]);
          if (i) line += ",";
          line +=
              "{\"span\":[" + std::to_string(c.begin) + "," + std::to_string(c.end) + "],\"text\":";
          AppendJsonString(CleanText(nt.text, b.cuts[i], {}), &line);
          line += "}";
        }
        line += "]";
      }
      line += ",\"text\":";
      AppendJsonString(Preview(CleanText(nt.text, b.span, b.cuts), o.preview), &line);
      if (o.sentences && !b.sentences.empty()) {
        line += ",\"sentences\":[";
        for (size_t i = 0; i < b.sentences.size(); ++i) {
          if (i) line += ",";
          AppendJsonString(Preview(CleanText(nt.text, b.sentences[i], b.cuts), o.preview), &line);
        }
        line += "]";
      }
      line += "}\n";
      out << line;
    }
  }
  out.flush();
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
