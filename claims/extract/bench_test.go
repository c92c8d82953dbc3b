package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/engine"
)

// thousandWords builds an article of about 1,000 words: the seed article (whose reader
// appeal is part of real pages), a feature and a disaster report — a mix of attributed,
// unattributed and boilerplate sentences like a real page, rather than the fixture articles
// alone, which attribute nearly every sentence.
func thousandWords(tb testing.TB) []byte {
	tb.Helper()
	var b strings.Builder
	b.WriteString("Officials report new findings on missile debris\n")
	for _, name := range []string{"seed-kharkiv-missile.txt", "long-feature.md", "storm-disaster.md", "police-lviv-warehouse.txt", "war-update.txt", "fresh-refugees.txt"} {
		src, err := os.ReadFile(filepath.Join("../../testdata/articles", name))
		if err != nil {
			tb.Fatal(err)
		}
		lines := strings.SplitN(string(src), "\n", 2)
		if len(lines) == 2 {
			b.WriteString(strings.TrimPrefix(lines[1], "\n"))
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

// BenchmarkExtract reports MB/s for a 1,000-word article on one core.
func BenchmarkExtract(b *testing.B) {
	reg, err := engine.NewRegistry()
	if err != nil {
		b.Fatal(err)
	}
	x := New(reg)
	src := thousandWords(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		x.Extract("article.txt", src)
	}
	b.ReportMetric(float64(len(strings.Fields(string(src)))), "words")
}

// BenchmarkStartup is what an extractor costs before its first article: parsing the embedded
// registry, gazetteer and configuration, indexing them, and a first short extraction. (No
// policy is compiled: `factcheck extract` does not need one.)
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		reg, err := engine.NewRegistry()
		if err != nil {
			b.Fatal(err)
		}
		New(reg).Extract("empty.txt", []byte("A headline without a stop\nOne sentence, the police said.\n"))
	}
}
