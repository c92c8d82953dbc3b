package engine

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// LintQuery is the editorial decision: verdicts and lint findings in one evaluation.
const LintQuery = "data.factcheck.lint.report"

// Lint evaluates a draft: the verdicts, and the editorial findings placed on the draft's lines.
func (e *Engine) Lint(ctx context.Context, doc *claims.Document) (*report.Document, []report.LintFinding, error) {
	resolved, value, err := e.evaluate(ctx, e.lintQuery, LintQuery, doc)
	if err != nil {
		return nil, nil, err
	}
	top, _ := value.(map[string]any)
	d, err := decodeDecision(top["verdicts"])
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
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
	return e.buildReport(doc, resolved, d), out, nil
}

// LintRules lists the editorial rules with their metadata.
func (e *Engine) LintRules() []report.LintRule {
	out := make([]report.LintRule, len(e.lintRules))
	for i, r := range e.lintRules {
		out[i] = report.LintRule{ID: r.ID, Title: r.Title, Description: r.Description, Severity: r.Severity}
	}
	return out
}
