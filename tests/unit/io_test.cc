#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "claims/io/reader.h"

namespace claims {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("claims_io_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path Write(const std::string& rel, const std::string& content) {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(GlobMatch, Table) {
  struct Case {
    const char* pattern;
    const char* name;
    bool match;
  } cases[] = {
      {"*.txt", "a.txt", true},  {"*.txt", "a.md", false},
      {"*.txt", ".txt", true},   {"a?c", "abc", true},
      {"a?c", "ac", false},      {"[ab]*", "beta", true},
      {"[!ab]*", "beta", false}, {"*", "", true},
      {"*.t*t", "x.text", true}, {"data[0-9].md", "data7.md", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(GlobMatch(c.pattern, c.name), c.match) << c.pattern << " vs " << c.name;
  }
}

TEST(ListInputs, WalksSortedRecursivelyAndFiltersByGlob) {
  TempDir d;
  d.Write("b.txt", "b");
  d.Write("a.txt", "a");
  d.Write("sub/c.md", "c");
  d.Write("skip.json", "{}");
  std::vector<InputError> errors;
  auto inputs = ListInputs({d.path().string()}, InputOptions{}, &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(fs::path(inputs[0].name).filename(), "a.txt");
  EXPECT_EQ(fs::path(inputs[1].name).filename(), "b.txt");
  EXPECT_EQ(fs::path(inputs[2].name).filename(), "c.md");
}

TEST(ListInputs, MissingPathIsReportedAndOthersKept) {
  TempDir d;
  auto f = d.Write("a.txt", "a");
  std::vector<InputError> errors;
  auto inputs = ListInputs({"/no/such/path", f.string()}, InputOptions{}, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].name, "/no/such/path");
  EXPECT_EQ(inputs.size(), 1u);
}

TEST(ListInputs, SymlinkLoopIsNotFollowed) {
  TempDir d;
  d.Write("x/a.txt", "a");
  fs::create_directory_symlink(d.path() / "x", d.path() / "x" / "loop");
  std::vector<InputError> errors;
  auto inputs = ListInputs({d.path().string()}, InputOptions{}, &errors);
  EXPECT_EQ(inputs.size(), 1u);
}

TEST(ReadInput, RejectsBinaryInvalidUtf8AndOversize) {
  TempDir d;
  InputOptions opts;
  Document doc;
  auto bin = d.Write("bin.txt", std::string("ab\0cd", 5));
  Status st = ReadInput({bin.string(), bin.string(), false}, opts, &doc);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("binary"), std::string::npos);

  auto bad = d.Write("bad.txt", "caf\xC3(");
  st = ReadInput({bad.string(), bad.string(), false}, opts, &doc);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("invalid UTF-8 at byte 3"), std::string::npos);

  auto big = d.Write("big.txt", std::string(100, 'x'));
  opts.max_doc_size = 10;
  st = ReadInput({big.string(), big.string(), false}, opts, &doc);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("max-doc-size"), std::string::npos);
}

TEST(ValidateText, AcceptsUtf8RejectsOverlongAndSurrogates) {
  EXPECT_TRUE(ValidateText("plain").ok());
  EXPECT_TRUE(ValidateText("\xE2\x80\x9Cq\xE2\x80\x9D \xD0\x9B").ok());
  EXPECT_FALSE(ValidateText("\xC0\xAF").ok());      // overlong "/"
  EXPECT_FALSE(ValidateText("\xED\xA0\x80").ok());  // surrogate
  EXPECT_FALSE(ValidateText("\xF0\x9F\x98").ok());  // truncated
}

}  // namespace
}  // namespace claims
