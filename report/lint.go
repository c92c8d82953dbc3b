package report

import (
	"cmp"
	"slices"
)

// LintFinding is an editorial finding on a draft, placed on its lines.
type LintFinding struct {
	Path     string `json:"path"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"`
	Claim    string `json:"claim,omitempty"`
	Text     string `json:"text,omitempty"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	EndLine  int    `json:"end_line"`
	// EndColumn is the column just after the finding's last character, as SARIF's endColumn
	// counts, in every format. Columns are Unicode code points, 1-based, once the CLI has
	// placed a finding (Engine.Lint returns the claim's byte span).
	EndColumn int `json:"end_column"`
}

// LintRule describes an editorial rule for the outputs that carry rule metadata (SARIF).
type LintRule struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Severity    string `json:"severity"`
}

// LintReport is what `factcheck lint` found across drafts.
type LintReport struct {
	Version  string        `json:"version"`
	Tool     Tool          `json:"tool"`
	Files    []string      `json:"files"`
	Findings []LintFinding `json:"findings"`
	Errors   []Error       `json:"errors"`
	Rules    []LintRule    `json:"-"`
	// Texts are the drafts as written, for the draft view (html); other formats do not need them.
	Texts []DraftText `json:"-"`
}

// DraftText is a draft's text.
type DraftText struct {
	Path, Text string
}

// SeverityRank orders severities, most severe first; unknown ones last.
func SeverityRank(s string) int { return rank(s) }

// SortLint orders findings by file, position, severity and rule, so that output is the same
// bytes for the same drafts.
func SortLint(fs []LintFinding) {
	slices.SortStableFunc(fs, func(a, b LintFinding) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(rank(a.Severity), rank(b.Severity)), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}

// Counts returns the number of findings of each severity.
func (r *LintReport) Counts() map[string]int {
	n := map[string]int{}
	for _, f := range r.Findings {
		n[f.Severity]++
	}
	return n
}
