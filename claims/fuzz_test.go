package claims

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// fuzzLimits keeps each fuzz input cheap: the limits are what is being exercised, not the
// machine's memory (an alias bomb seed expands to the node limit on every mutation).
func fuzzLimits(f *testing.F) {
	old := CurrentLimits()
	SetLimits(Limits{MaxYAMLNodes: 20_000, MaxDocumentBytes: 1 << 20})
	f.Cleanup(func() { SetLimits(old) })
}

// seedFiles adds the committed files matching glob (relative to testdata) to a fuzz corpus.
func seedFiles(f *testing.F, globs ...string) {
	for _, g := range globs {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", g))
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
	}
}

// FuzzParse: the claims loader returns a document or an error for any bytes, as YAML and as
// JSON; it never panics, and an error names the file.
func FuzzParse(f *testing.F) {
	fuzzLimits(f)
	seedFiles(f, "articles/*.claims.yaml", "bad/*.claims.*", "bad/claims/*.claims.*")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"fuzz.claims.yaml", "fuzz.claims.json"} {
			doc, err := Parse(filepath.Join(t.TempDir(), name), data)
			if err == nil && doc == nil {
				t.Fatal("no document and no error")
			}
		}
	})
}

// FuzzCheckDataFile: registry and data files are checked without panics, and data that passes
// the check builds a registry or fails with an error.
func FuzzCheckDataFile(f *testing.F) {
	fuzzLimits(f)
	seedFiles(f, "bad/data/*", "articles/*.data.yaml", "../policies/data/*.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if CheckDataFile("fuzz.yaml", data) != nil {
			return
		}
		var tree map[string]any
		if yaml.Unmarshal(data, &tree) != nil {
			return
		}
		_, _ = NewRegistry(tree)
	})
}

// FuzzCheckMarkdownShape: the Markdown pre-checks (nesting, front matter) take any text.
func FuzzCheckMarkdownShape(f *testing.F) {
	fuzzLimits(f)
	seedFiles(f, "bad/markdown/*.md", "drafts/*.md", "articles/*.md")
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = CheckArticle("fuzz.md", data, true)
	})
}
