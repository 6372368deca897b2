#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
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

// A NUL or a bad byte is found, and reported at its offset, wherever it sits in ASCII
// text.
TEST(ValidateText, FindsBadBytesAtEveryOffset) {
  std::string base = "Plain ASCII text of some length, read a word at a time.";
  for (size_t at = 0; at <= base.size(); ++at) {
    std::string nul = base.substr(0, at) + std::string(1, '\0') + base.substr(at);
    EXPECT_NE(ValidateText(nul).message().find("at " + std::to_string(at) + ")"), std::string::npos)
        << at;
    std::string bad = base.substr(0, at) + "\xFF" + base.substr(at);
    EXPECT_NE(ValidateText(bad).message().find("at byte " + std::to_string(at)), std::string::npos)
        << at;
    EXPECT_TRUE(ValidateText(base.substr(0, at) + "\xC3\xA9" + base.substr(at)).ok()) << at;
  }
}

TEST(ValidateText, AcceptsUtf8RejectsOverlongAndSurrogates) {
  EXPECT_TRUE(ValidateText("plain").ok());
  EXPECT_TRUE(ValidateText("\xE2\x80\x9Cq\xE2\x80\x9D \xD0\x9B").ok());
  EXPECT_FALSE(ValidateText("\xC0\xAF").ok());      // overlong "/"
  EXPECT_FALSE(ValidateText("\xED\xA0\x80").ok());  // surrogate
  EXPECT_FALSE(ValidateText("\xF0\x9F\x98").ok());  // truncated
}

// Hostile inputs met while listing and reading: each is handled without blocking,
// crashing or losing the other documents.

TEST(HostileInput, EmptyFileIsAnEmptyDocument) {
  TempDir d;
  auto f = d.Write("empty.txt", "");
  Document doc;
  EXPECT_TRUE(ReadInput({f.string(), f.string(), false}, InputOptions{}, &doc).ok());
  EXPECT_TRUE(doc.bytes.empty());
}

TEST(HostileInput, BomAndCrlfAreText) {
  TempDir d;
  auto f = d.Write("bom.txt", "\xEF\xBB\xBFLine one\r\nLine two\r\n");
  Document doc;
  ASSERT_TRUE(ReadInput({f.string(), f.string(), false}, InputOptions{}, &doc).ok());
  EXPECT_EQ(doc.bytes.size(), 23u);  // bytes kept as they are; normalize maps offsets
}

TEST(HostileInput, NulBytesAnywhereMakeABinaryFile) {
  for (const std::string& bytes :
       {std::string("\0", 1), std::string("text then \0", 11), std::string(100, '\0')}) {
    EXPECT_NE(ValidateText(bytes).message().find("binary file"), std::string::npos);
  }
  // A typical binary header (PNG) fails as invalid UTF-8 before any NUL.
  EXPECT_FALSE(ValidateText("\x89PNG\r\n\x1A\n").ok());
}

TEST(HostileInput, InvalidUtf8VariantsAreRejected) {
  for (const char* bad : {"\x80", "\xC3", "\xE2\x80", "\xF8\x88\x80\x80\x80", "\xF4\x90\x80\x80",
                          "\xC1\xBF", "\xE0\x80\xAF", "ok \xFF\xFE"}) {
    EXPECT_FALSE(ValidateText(bad).ok()) << bad;
  }
  EXPECT_TRUE(ValidateText("\xF4\x8F\xBF\xBF \xEF\xBB\xBF").ok());  // U+10FFFF, BOM
}

TEST(HostileInput, FifosAndDevicesInFoldersAreSkippedWithoutOpening) {
  TempDir d;
  d.Write("good.txt", "fine");
  ASSERT_EQ(::mkfifo((d.path() / "pipe.txt").c_str(), 0600), 0);
  fs::create_symlink("/dev/zero", d.path() / "zero.txt");  // endless device
  fs::create_symlink("/dev/null", d.path() / "null.txt");
  auto start = std::chrono::steady_clock::now();
  std::vector<InputError> errors;
  auto inputs = ListInputs({d.path().string()}, InputOptions{}, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(fs::path(inputs[0].name).filename(), "good.txt");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(HostileInput, FifosAndDevicesNamedExplicitlyAreReported) {
  TempDir d;
  auto fifo = d.path() / "pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::vector<InputError> errors;
  auto inputs = ListInputs({fifo.string(), "/dev/zero"}, InputOptions{}, &errors);
  EXPECT_TRUE(inputs.empty());
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].message.find("not a regular file"), std::string::npos);
  // A path that turned into a FIFO after listing is not waited on either.
  Document doc;
  Status st = ReadInput({fifo.string(), fifo.string(), false}, InputOptions{}, &doc);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "not a regular file");
}

TEST(HostileInput, SymlinkLoopsAndDanglingLinksAreSkipped) {
  TempDir d;
  d.Write("real/a.txt", "a");
  fs::create_directory_symlink(d.path(), d.path() / "real" / "up");  // loop to the root
  fs::create_symlink(d.path() / "b.txt", d.path() / "c.txt");        // c -> b -> c
  fs::create_symlink(d.path() / "c.txt", d.path() / "b.txt");
  fs::create_symlink(d.path() / "missing.txt", d.path() / "dangling.txt");
  fs::create_symlink(d.path() / "real" / "a.txt", d.path() / "link.txt");  // read like a file
  std::vector<InputError> errors;
  auto inputs = ListInputs({d.path().string()}, InputOptions{}, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(fs::path(inputs[0].name).filename(), "link.txt");
  EXPECT_EQ(fs::path(inputs[1].name).filename(), "a.txt");
}

TEST(HostileInput, UnreadableFolderAndFileAreReportedAndOthersKept) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads everything; covered by hostile.folder";
  TempDir d;
  d.Write("ok.txt", "fine");
  auto f = d.Write("secret.txt", "no");
  d.Write("locked/inside.txt", "x");
  fs::permissions(d.path() / "locked", fs::perms::none);
  fs::permissions(f, fs::perms::none);
  std::vector<InputError> errors;
  auto inputs = ListInputs({d.path().string()}, InputOptions{}, &errors);
  fs::permissions(d.path() / "locked", fs::perms::owner_all);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("cannot read folder"), std::string::npos);
  ASSERT_EQ(inputs.size(), 2u);
  Document doc;
  EXPECT_FALSE(ReadInput(inputs[1], InputOptions{}, &doc).ok());
  EXPECT_TRUE(ReadInput(inputs[0], InputOptions{}, &doc).ok());
}

}  // namespace
}  // namespace claims
