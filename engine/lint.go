package engine

import (
	"context"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// LintQuery is the editorial decision: the lint findings, with verdicts computed only for the
// claims an editorial rule reads them for.
const LintQuery = "data.factcheck.lint.report"

// Lint evaluates a draft: its editorial findings, placed on the draft's lines. It does not
// compute every claim's verdict, which is most of a check's cost; call Check for those.
func (e *Engine) Lint(ctx context.Context, doc *claims.Document) ([]report.LintFinding, error) {
	_, value, err := e.evaluate(ctx, e.lintQuery, LintQuery, doc)
	if err != nil {
		return nil, err
	}
	top, _ := value.(map[string]any)
	byID := make(map[string]*claims.Claim, len(doc.Claims))
	for i := range doc.Claims {
		byID[doc.Claims[i].ID] = &doc.Claims[i]
	}
	var out []report.LintFinding
	for _, raw := range list(top["lint"]) {
		m, _ := raw.(map[string]any)
		f := report.LintFinding{Path: doc.Path, Rule: str(m["rule"]), Severity: str(m["severity"]),
			Message: str(m["message"]), Fix: str(m["fix"]), Claim: str(m["claim"])}
		if f.Severity == "" {
			f.Severity = e.lintSeverity[f.Rule]
		}
		if c := byID[f.Claim]; c != nil {
			f.Text = c.Text
			if s := c.Span; s != nil {
				f.Line, f.Column, f.EndLine, f.EndColumn = s.Line, s.Column, s.EndLine, s.EndColumn
			}
		}
		if f.Line == 0 {
			f.Line, f.Column, f.EndLine, f.EndColumn = 1, 1, 1, 1
		}
		out = append(out, f)
	}
	report.SortLint(out)
	return out, nil
}

// LintRules lists the editorial rules with their metadata.
func (e *Engine) LintRules() []report.LintRule {
	out := make([]report.LintRule, len(e.lintRules))
	for i, r := range e.lintRules {
		out[i] = report.LintRule{ID: r.ID, Title: r.Title, Description: r.Description, Severity: r.Severity}
	}
	return out
}
