package claims

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadSeedClaimsAnchorsEveryClaimInItsArticle(t *testing.T) {
	doc, err := Load("../testdata/articles/seed-kharkiv-missile.claims.yaml")
	require.NoError(t, err)
	article, err := os.ReadFile("../testdata/articles/seed-kharkiv-missile.txt")
	require.NoError(t, err)
	require.NotEmpty(t, doc.Claims)
	for _, c := range doc.Claims {
		require.NotNil(t, c.Span, c.ID)
		assert.Equal(t, c.Text, string(article[c.Span.Start:c.Span.End]), c.ID)
	}
	first := doc.Claims[0]
	assert.Equal(t, PartHeadline, first.Part)
	assert.Equal(t, 1, first.Span.Line)
	assert.Equal(t, len("Reuters: ")+1, first.Span.Column, "the headline claim starts after the outlet prefix")
}

// errorAt asserts that err is a located error list whose first entry is at line:col and
// mentions want.
func errorAt(t *testing.T, err error, path string, line, col int, want string) {
	t.Helper()
	require.Error(t, err)
	var list Errors
	var one *Error
	switch {
	case errors.As(err, &list):
		one = list[0]
	case errors.As(err, &one):
	default:
		t.Fatalf("error %v (%T) carries no position", err, err)
	}
	assert.Equal(t, path, one.Path)
	assert.Equal(t, line, one.Line, err.Error())
	assert.Equal(t, col, one.Column, err.Error())
	assert.Contains(t, one.Message, want)
}

func TestLoadReportsPositions(t *testing.T) {
	cases := []struct {
		file      string
		line, col int
		want      string
	}{
		{"unknown-stance.claims.yaml", 8, 17, "stance: value must be one of"},
		{"malformed.claims.json", 3, 63, "invalid JSON"},
		{"malformed.claims.yaml", 3, 1, "invalid YAML"},
		{"drifted.claims.yaml", 8, 11, "claims[1].text: not found in article"},
		{"references.claims.yaml", 6, 5, "additional properties 'colour'"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("../testdata/bad", tc.file)
			_, err := Load(path)
			errorAt(t, err, path, tc.line, tc.col, tc.want)
		})
	}
}

func TestParseChecksReferences(t *testing.T) {
	src := []byte(`claims:
  - {id: a, text: One., part: body, kind: event}
  - {id: a, text: Two., part: body, kind: event, responds_to: [zz]}
  - {id: b, text: Three., part: body, kind: event, responds_to: [b]}
`)
	_, err := Parse("refs.yaml", src)
	var list Errors
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 3)
	assert.Equal(t, "refs.yaml:3:10: claims[1].id: duplicate claim id \"a\"", list[0].Error())
	assert.Contains(t, list[1].Error(), `refs.yaml:3:64: claims[1].responds_to: "zz" names no claim`)
	assert.Contains(t, list[2].Error(), `claims[2].responds_to: "b" names the claim itself`)
}

func TestParseRejectsDuplicateKeysAndEmptyFiles(t *testing.T) {
	_, err := Parse("dup.yaml", []byte("claims: []\nclaims: []\n"))
	errorAt(t, err, "dup.yaml", 2, 1, "")
	_, err = Parse("empty.yaml", []byte(""))
	errorAt(t, err, "empty.yaml", 1, 1, "empty claims file")
	_, err = Parse("list.yaml", []byte("- a\n- b\n"))
	errorAt(t, err, "list.yaml", 1, 1, "want object")
}

func TestParseMissingRequiredFieldPointsAtTheClaim(t *testing.T) {
	_, err := Parse("req.yaml", []byte("claims:\n  - id: a\n    text: x\n    part: body\n"))
	errorAt(t, err, "req.yaml", 2, 5, "missing property 'kind'")
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("no/such/file.yaml")
	errorAt(t, err, "no/such/file.yaml", 1, 1, "no such file")
}

func TestSpanIsCheckedAgainstTheArticle(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title\nOne fact. Two facts.\n"), 0o644))
	good := []byte("article: a.txt\nclaims:\n  - {id: a, text: Two facts., part: body, kind: event, span: {start: 16, end: 26}}\n")
	doc, err := Parse(filepath.Join(dir, "c.yaml"), good)
	require.NoError(t, err)
	assert.Equal(t, &Span{Start: 16, End: 26, Line: 2, Column: 11, EndLine: 2, EndColumn: 20}, doc.Claims[0].Span)

	bad := []byte("article: a.txt\nclaims:\n  - {id: a, text: Two facts., part: body, kind: event, span: {start: 6, end: 16}}\n")
	_, err = Parse(filepath.Join(dir, "c.yaml"), bad)
	errorAt(t, err, filepath.Join(dir, "c.yaml"), 3, 62, "are not the claim's text")

	wrongLine := []byte("article: a.txt\nclaims:\n  - {id: a, text: Two facts., part: body, kind: event, span: {start: 16, end: 26, line: 1}}\n")
	_, err = Parse(filepath.Join(dir, "c.yaml"), wrongLine)
	errorAt(t, err, filepath.Join(dir, "c.yaml"), 3, 62, "is at line 2 column 11")
}

func TestRepeatedTextsAnchorInOrder(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("It rained. It rained."), 0o644))
	src := []byte("article: a.txt\nclaims:\n  - {id: a, text: It rained., part: body, kind: event}\n  - {id: b, text: It rained., part: body, kind: event}\n")
	doc, err := Parse(filepath.Join(dir, "c.yaml"), src)
	require.NoError(t, err)
	assert.Equal(t, 0, doc.Claims[0].Span.Start)
	assert.Equal(t, 11, doc.Claims[1].Span.Start)
}

func TestJSONAndYAMLLoadTheSameDocument(t *testing.T) {
	y, err := Parse("x.yaml", []byte("title: T\nclaims:\n  - {id: a, text: x, part: body, kind: event, attributions: [{source: reuters, stance: asserts, via: [ap]}]}\n"))
	require.NoError(t, err)
	j, err := Parse("x.json", []byte(`{"title": "T", "claims": [{"id": "a", "text": "x", "part": "body", "kind": "event", "attributions": [{"source": "reuters", "stance": "asserts", "via": ["ap"]}]}]}`))
	require.NoError(t, err)
	y.Path, j.Path = "", ""
	assert.Equal(t, y, j)
}

func TestLineIndex(t *testing.T) {
	li := NewLineIndex([]byte("ab\ncd\n\nef"))
	for _, tc := range []struct{ off, line, col int }{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {6, 3, 1}, {7, 4, 1}, {9, 4, 3}, {99, 4, 3}, {-1, 1, 1}} {
		line, col := li.Position(tc.off)
		assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{line, col}, "offset %d", tc.off)
	}
}
