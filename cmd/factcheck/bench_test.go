package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
)

// generateDrafts writes n drafts of about 600 words, made from the fixture articles' prose
// with numbers varied per draft, into dir. Generated in the benchmark, never committed.
func generateDrafts(tb testing.TB, dir string, n int) {
	tb.Helper()
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	var paragraphs []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(src), "\n")[1:] {
			if len(strings.Fields(p)) > 8 {
				paragraphs = append(paragraphs, p)
			}
		}
	}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "# Draft %d: officials report new strikes\n\n", i)
		for k := 0; len(strings.Fields(b.String())) < 600; k++ {
			p := paragraphs[(i*7+k)%len(paragraphs)]
			b.WriteString(strings.ReplaceAll(p, "45", fmt.Sprint(10+i%80)))
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("draft-%04d.md", i)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkLintDrafts lints a folder of 1,000 drafts on all cores and reports drafts/s.
func BenchmarkLintDrafts(b *testing.B) {
	tuneGC() // as main does
	dir := b.TempDir()
	const n = 1000
	generateDrafts(b, dir, n)
	eng, err := engine.New(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	paths, errs := splitArgs(collectFiles([]string{dir}, lintInclude, nil))
	if len(errs) > 0 || len(paths) != n {
		b.Fatalf("collected %d drafts, errors %v", len(paths), errs)
	}
	// The claims the drafts hold, counted outside the timed loop: the evaluation's cost is per claim.
	x := extract.New(eng.Registry())
	var claimCount int
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		claimCount += len(x.Extract(p, src).Document.Claims)
	}
	var findings int
	for b.Loop() {
		rep, _ := lintDrafts(context.Background(), eng, paths, nil, "", false)
		findings = len(rep.Findings)
		if len(rep.Errors) > 0 {
			b.Fatal(rep.Errors[0].Message)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "drafts/s")
	b.ReportMetric(float64(findings), "findings")
	b.ReportMetric(float64(claimCount)/n, "claims/draft")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}
