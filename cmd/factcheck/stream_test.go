package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A directory, a ** glob and nested drafts: ** crosses directories, the order is the
// arguments' order, and a pattern matching nothing is an error.
func TestCheckTakesDirectoriesAndDoubleStarGlobs(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"top.md", "a/b/deep.md", "a/skip.txt"} {
		writeFile(t, dir+"/"+p, "Flood closes the river road\n\nThe river rose two metres overnight, the regional police said.\n")
	}
	r := factcheckCLI(t, "check", "-o", "jsonl", dir+"/**/*.md")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, 2, strings.Count(r.stdout, "\n"))
	assert.Contains(t, r.stdout, "a/b/deep.md")
	r = factcheckCLI(t, "check", "-o", "jsonl", "--exclude", "*.txt", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, 2, strings.Count(r.stdout, "\n"))
	r = factcheckCLI(t, "lint", dir+"/**/*.md", "-o", "json")
	assert.Contains(t, r.stdout, "a/b/deep.md")
	r = factcheckCLI(t, "check", dir+"/**/*.nothing")
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "no file matches this pattern")
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}
