package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/report"
)

// FuzzSuppressions: suppression comments in any draft are read or refused with positions.
func FuzzSuppressions(f *testing.F) {
	for _, g := range []string{"../testdata/bad/suppress/*.md", "../testdata/drafts/*.md"} {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
	}
	rules := []report.LintRule{{ID: "unattributed-claim"}, {ID: "vague-attribution"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, errs := parseSuppressions("fuzz.md", data, rules)
		for _, e := range errs {
			if e.Line < 1 || e.Column < 1 {
				t.Fatalf("error without a position: %v", e)
			}
		}
		for line := range 5 {
			_ = s.suppressed("unattributed-claim", line)
		}
	})
}
