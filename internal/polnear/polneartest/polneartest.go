// Package polneartest lays out the tiny PolNeAR-shaped corpus the scorer's tests read.
//
// The corpus was written for the tests (its own sentences, offsets counted by hand). Its
// annotation files are kept as *.ann.in so that nothing in the repository looks like a file of
// the real corpus, whose texts must never be committed; Corpus copies them into a temporary
// directory under their brat names.
package polneartest

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Corpus returns a directory laid out like PolNeAR's data (dev/text, dev/attributions) with the
// tiny test corpus in it.
func Corpus(t testing.TB) string {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	src := filepath.Join(filepath.Dir(here), "..", "testdata", "corpus")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, strings.TrimSuffix(rel, ".in"))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
