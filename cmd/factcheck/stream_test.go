package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/report"
)

func sampleDocuments() []report.Document {
	return []report.Document{
		{Path: "a.md", Title: "Flood <warning> & closures", Claims: []report.Claim{{ID: "c1", Text: "Roads closed.",
			Verdict: report.Verdict{Label: "unattributed", Confidence: 0.2, Reasons: []report.Reason{{Rule: "r", Message: "no source"}}}}},
			Findings: []report.Finding{}},
		{Path: "b.txt", Title: "", Claims: []report.Claim{}, Findings: []report.Finding{}},
	}
}

// The streamed JSON report is byte for byte what report.WriteJSON writes for the same report,
// with and without documents and errors.
func TestJSONStreamEqualsWholeReport(t *testing.T) {
	errs := []report.Error{{Path: "c.yaml", Message: "c.yaml:1:1: no such file"}}
	for _, tc := range []struct {
		docs []report.Document
		errs []report.Error
	}{{sampleDocuments(), errs}, {sampleDocuments(), nil}, {nil, errs}, {nil, nil}} {
		head := report.Report{Version: report.Version, Tool: report.Tool{Name: "factcheck", Version: "v1.2.3"}}
		whole := head
		whole.Documents, whole.Errors = append([]report.Document{}, tc.docs...), append([]report.Error{}, tc.errs...)
		var want, got bytes.Buffer
		require.NoError(t, report.WriteJSON(&want, &whole))
		s, err := newCheckStream(&got, "json", head, false)
		require.NoError(t, err)
		for i := range tc.docs {
			require.NoError(t, s.document(&tc.docs[i], nil))
		}
		require.NoError(t, s.finish(tc.errs))
		assert.Equal(t, want.String(), got.String())
	}
}

func TestTextStreamEqualsWholeReportForDocuments(t *testing.T) {
	docs := sampleDocuments()
	var want, got bytes.Buffer
	require.NoError(t, report.WriteText(&want, &report.Report{Documents: docs}, report.TextOptions{}))
	s, err := newCheckStream(&got, "text", report.Report{}, false)
	require.NoError(t, err)
	for i := range docs {
		require.NoError(t, s.document(&docs[i], nil))
	}
	require.NoError(t, s.finish(nil))
	assert.Equal(t, want.String(), got.String())
}

func TestJSONLinesOneObjectPerLine(t *testing.T) {
	docs := sampleDocuments()
	var got bytes.Buffer
	s, err := newCheckStream(&got, "jsonl", report.Report{}, false)
	require.NoError(t, err)
	for i := range docs {
		require.NoError(t, s.document(&docs[i], nil))
	}
	require.NoError(t, s.finish([]report.Error{{Path: "x", Message: "x:1:1: bad"}}))
	lines := strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n")
	require.Len(t, lines, 3)
	var last map[string]map[string]string
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &last))
	assert.Equal(t, "x:1:1: bad", last["error"]["message"])
	assert.Contains(t, lines[0], `"title":"Flood <warning> & closures"`)
}

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
