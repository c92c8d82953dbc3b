package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
)

func sampleReport() *Report {
	return &Report{Version: Version, Tool: Tool{Name: "factcheck", Version: "test"}, Errors: []Error{{Path: "bad.yaml", Message: "bad.yaml:1:1: broken"}},
		Documents: []Document{{Path: "a.yaml", Title: "T", Claims: []Claim{
			{ID: "c1", Text: "It happened.", Span: &claims.Span{Line: 2, Column: 3},
				Attributions: []Attribution{{Source: Source{Name: "Police", Reliability: "C", Kind: "police", Interested: true}, Cue: "said", Stance: "asserts",
					Via: []Source{{Name: "Reuters"}}}},
				Verdict: Verdict{Label: "unverified", Confidence: 0.4, Grade: "C3", Likelihood: "unlikely",
					Reasons: []Reason{{Rule: "single-source", Effect: "caps", Message: "one source"}}, Suggestions: []string{"a second source"}}},
			{ID: "c2", Text: "Twelve died.", Verdict: Verdict{Label: "unattributed", Grade: "F6"}},
		}, Findings: []Finding{{Rule: "r", Severity: "info", Message: "m", Claim: "c1", Span: &claims.Span{Line: 2, Column: 3}}}}}}
}

func TestTextReportReadsForAPerson(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, sampleReport(), TextOptions{Explain: true}))
	out := buf.String()
	assert.Contains(t, out, "[c1] line 2:3  UNVERIFIED  confidence 0.40 (unlikely), grade C3")
	assert.Contains(t, out, "sources: Police [C] (police, interested, cue \"said\") via Reuters")
	assert.Contains(t, out, "  - single-source (caps): one source")
	assert.Contains(t, out, "would change it: a second source")
	assert.Contains(t, out, "sources: none named")
	assert.Contains(t, out, "findings:\n  2:3 info r [c1]: m")
	assert.Contains(t, out, "error: bad.yaml: bad.yaml:1:1: broken")
	assert.True(t, strings.HasSuffix(out, "1 document(s), 2 claim(s): 1 unverified, 1 unattributed; 1 document(s) could not be checked\n"))
}

func TestFindingsSortByPlaceThenSeverity(t *testing.T) {
	fs := []Finding{
		{Rule: "b", Severity: "info", Claim: "x", Span: &claims.Span{Start: 10}},
		{Rule: "a", Severity: "error", Claim: "x", Span: &claims.Span{Start: 10}},
		{Rule: "z", Severity: "warning", Claim: "w", Span: &claims.Span{Start: 2}},
		{Rule: "n", Severity: "info", Claim: "v"},
	}
	SortFindings(fs)
	var order []string
	for _, f := range fs {
		order = append(order, f.Rule)
	}
	assert.Equal(t, []string{"n", "z", "a", "b"}, order)
}

func TestGitHubEscaping(t *testing.T) {
	assert.Equal(t, "a%3Ab%2Cc%25d%0Ae", escapeProperty("a:b,c%d\ne"))
	assert.Equal(t, "50%25 of%0Athem: yes, no", escapeData("50% of\nthem: yes, no"))
	assert.Equal(t, "my%20drafts/a%23b.md", toURI("my drafts/a#b.md"))
}

func TestFingerprintIgnoresWhitespaceAndLines(t *testing.T) {
	a := LintFinding{Rule: "r", Path: "p.md", Text: "The  strike\nkilled 12.", Message: "m", Line: 3}
	b := LintFinding{Rule: "r", Path: "p.md", Text: "The strike killed 12.", Message: "m", Line: 9}
	assert.Equal(t, Fingerprint(a), Fingerprint(b))
	b.Rule = "other"
	assert.NotEqual(t, Fingerprint(a), Fingerprint(b))
}

func TestMarkdownSummary(t *testing.T) {
	var buf bytes.Buffer
	r := &LintReport{Files: []string{"a.md"}, Findings: []LintFinding{{Path: "a.md", Line: 4, Severity: "error", Rule: "x", Message: "a | b", Fix: "do it"}}}
	require.NoError(t, WriteLint(&buf, r, "markdown", false))
	assert.Contains(t, buf.String(), "| `a.md` | 4 | error | `x` | a \\| b | do it |")
	buf.Reset()
	require.NoError(t, WriteLint(&buf, &LintReport{Files: []string{"a.md"}}, "markdown", false))
	assert.Contains(t, buf.String(), "No attribution problems found in 1 draft(s).")
	assert.Error(t, WriteLint(&buf, r, "pdf", false))
}

func TestColourOnlyWhenAsked(t *testing.T) {
	r := &LintReport{Files: []string{"a.md"}, Findings: []LintFinding{{Path: "a.md", Line: 1, Column: 1, Severity: "error", Rule: "x", Message: "m"}}}
	var plain, coloured bytes.Buffer
	require.NoError(t, WriteLint(&plain, r, "text", false))
	require.NoError(t, WriteLint(&coloured, r, "text", true))
	assert.NotContains(t, plain.String(), "\x1b[")
	assert.Contains(t, coloured.String(), "\x1b[31merror\x1b[0m")
}
