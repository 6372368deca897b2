#include "claims/io/jsonl.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claims/cli/progress.h"
#include "claims/io/source.h"

namespace claims {
namespace {

namespace fs = std::filesystem;

TEST(ParseJsonlDocument, TakesIdTextAndMetadata) {
  Document doc;
  Status st = ParseJsonlDocument(
      R"({"id":"a/1.txt","text":"He said \u201cno\u201d.\n","outlet":"TASS","date":"2022-01-27","url":"u","extra":[1]})",
      1000, &doc);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(doc.name, "a/1.txt");
  EXPECT_EQ(doc.bytes, "He said \xE2\x80\x9Cno\xE2\x80\x9D.\n");
  EXPECT_EQ(doc.outlet, "TASS");
  EXPECT_EQ(doc.date, "2022-01-27");
  EXPECT_EQ(doc.url, "u");

  ASSERT_TRUE(
      ParseJsonlDocument(R"({"id":42,"text":"","outlet":null,"date":null})", 10, &doc).ok());
  EXPECT_EQ(doc.name, "42");
  EXPECT_FALSE(doc.outlet);
  EXPECT_FALSE(doc.date);
}

TEST(ParseJsonlDocument, ReportsWhatIsWrong) {
  struct Case {
    std::string line;
    std::string want;  // part of the message
  } cases[] = {
      {R"({"id":"x","text":"abc)", "not JSON at byte"},
      {"not json", "not JSON at byte 2"},
      {"[1,2]", "not a JSON object"},
      {R"({"text":"t"})", "missing \"id\""},
      {R"({"id":["x"],"text":"t"})", "\"id\" must be a string or an integer"},
      {R"({"id":"","text":"t"})", "empty \"id\""},
      {R"({"id":"x"})", "missing \"text\""},
      {R"({"id":"x","text":5})", "\"text\" must be a string"},
      {R"({"id":"x","text":"t","outlet":5})", "\"outlet\" must be a string"},
      {R"({"id":"x","text":"t","date":"27.01.2022"})", "\"date\" must be YYYY-MM-DD"},
      {R"({"id":"x","text":"a\u0000b"})", "text: binary file (NUL byte at 1)"},
      {"{\"id\":\"x\",\"text\":\"caf\xC3(\"}", "not JSON"},  // invalid UTF-8 in the line
      {R"({"id":"x","text":"0123456789A"})", "larger than --max-doc-size (11 > 10 bytes)"},
      // Found by the jsonl fuzzer: nlohmann/json throws out_of_range, not parse_error.
      {R"({"id":"x","text":"t","n":1e999})", "not JSON: number overflow parsing '1e999'"},
      {"{\":666666t>>>>6\":6466E6666637777", "not JSON: number overflow"},
  };
  for (const auto& c : cases) {
    Document doc;
    Status st = ParseJsonlDocument(c.line, 10, &doc);
    EXPECT_FALSE(st.ok()) << c.line;
    EXPECT_NE(st.message().find(c.want), std::string::npos) << c.line << " -> " << st.message();
  }
}

TEST(ParseJsonlDocument, DeepNestingDoesNotCrash) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  Document doc;
  EXPECT_FALSE(ParseJsonlDocument(deep, 10, &doc).ok());
}

TEST(AppendJsonlDocument, RoundTrips) {
  Document doc;
  doc.name = "dir/\"q\".txt";
  doc.bytes = "line1\r\nline2\t\xE2\x80\x9Cq\xE2\x80\x9D \\ end";
  doc.outlet = "TASS";
  std::string line;
  AppendJsonlDocument(doc, &line);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  line.pop_back();
  Document back;
  ASSERT_TRUE(ParseJsonlDocument(line, 1000, &back).ok());
  EXPECT_EQ(back.name, doc.name);
  EXPECT_EQ(back.bytes, doc.bytes);
  EXPECT_EQ(back.outlet, doc.outlet);
  EXPECT_FALSE(back.date);
}

class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    path_ = fs::temp_directory_path() /
            ("claims_jsonl_test_" + std::to_string(::getpid()) + "_" + std::to_string(n_++));
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  static inline int n_ = 0;
  fs::path path_;
};

std::vector<std::string> ReadLines(const std::string& content, size_t max_line,
                                   std::vector<bool>* too_long = nullptr) {
  TempFile f(content);
  int fd = ::open(f.path().c_str(), O_RDONLY);
  LineReader reader(fd, max_line);
  std::vector<std::string> lines;
  std::string line;
  bool tl = false;
  while (reader.Next(&line, &tl)) {
    lines.push_back(line);
    if (too_long) too_long->push_back(tl);
  }
  EXPECT_TRUE(reader.error().empty());
  ::close(fd);
  return lines;
}

TEST(LineReader, SplitsLinesCrlfAndLastLineWithoutNewline) {
  EXPECT_EQ(ReadLines("a\nbb\r\n\nccc", 100), (std::vector<std::string>{"a", "bb", "", "ccc"}));
  EXPECT_EQ(ReadLines("a\n", 100), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(ReadLines("", 100).empty());
}

TEST(LineReader, DropsLinesLongerThanTheLimitAcrossBuffers) {
  std::string big(200000, 'x');  // spans several 64 KiB reads
  std::vector<bool> too_long;
  auto lines = ReadLines("short\n" + big + "\nafter\n" + big, 1000, &too_long);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "short");
  EXPECT_EQ(lines[1], "");
  EXPECT_TRUE(too_long[1]);
  EXPECT_EQ(lines[2], "after");
  EXPECT_FALSE(too_long[2]);
  EXPECT_TRUE(too_long[3]);
  EXPECT_EQ(ReadLines(big + "\n", 300000), (std::vector<std::string>{big}));
}

TEST(DocumentSource, JsonlLinesWithTheirPlaces) {
  TempFile a("{\"id\":\"1\",\"text\":\"one\"}\n\n  \nbroken\n");
  TempFile b("{\"id\":\"2\",\"text\":\"two\"}");
  InputOptions opts;
  DocumentSource source({{"a.jsonl", a.path(), false},
                         {"missing.jsonl", "/no/such", false},
                         {"b.jsonl", b.path(), false}},
                        InputFormat::kJsonl, opts);
  PendingDocument p;
  std::vector<std::string> got;
  while (source.Next(&p)) {
    Document doc;
    Status st = LoadDocument(p, opts, &doc);
    got.push_back(p.where + (st.ok() ? " ok " + doc.name : " error") +
                  (p.per_document ? "" : " whole-input"));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"a.jsonl:1 ok 1", "a.jsonl:4 error",
                                           "missing.jsonl error whole-input", "b.jsonl:1 ok 2"}));
}

TEST(DocumentSource, TextInputsOneDocumentEach) {
  TempFile a("hello");
  InputOptions opts;
  DocumentSource source({{"a.txt", a.path(), false}}, InputFormat::kText, opts);
  PendingDocument p;
  ASSERT_TRUE(source.Next(&p));
  Document doc;
  ASSERT_TRUE(LoadDocument(p, opts, &doc).ok());
  EXPECT_EQ(doc.name, "a.txt");
  EXPECT_EQ(doc.bytes, "hello");
  EXPECT_FALSE(source.Next(&p));
}

TEST(Progress, SilentUnlessEnabledAndLong) {
  using std::chrono::milliseconds;
  auto t0 = Progress::Clock::now();
  std::ostringstream off;
  Progress quiet(off, /*enabled=*/false, 10, milliseconds(0));
  quiet.Update(5, 1000000, t0 + milliseconds(5000));
  quiet.Finish();
  EXPECT_EQ(off.str(), "");

  std::ostringstream on;
  Progress p(on, /*enabled=*/true, 10, milliseconds(1000));
  p.Update(1, 100, t0);  // too early
  EXPECT_EQ(on.str(), "");
  p.Update(5, 5000000, t0 + milliseconds(2000));
  EXPECT_NE(on.str().find("\rclaims: 5/10 documents, "), std::string::npos) << on.str();
  EXPECT_NE(on.str().find(" MB/s\033[K"), std::string::npos);
  std::string before = on.str();
  p.Update(6, 6000000, t0 + milliseconds(2100));  // throttled
  EXPECT_EQ(on.str(), before);
  p.Finish();
  EXPECT_EQ(on.str().substr(on.str().size() - 4), "\r\033[K");

  std::ostringstream unknown;
  Progress u(unknown, true, 0, milliseconds(0));
  u.Update(7, 0, t0 + milliseconds(10));
  EXPECT_NE(unknown.str().find("claims: 7 documents"), std::string::npos);
}

}  // namespace
}  // namespace claims
