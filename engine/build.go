package engine

import (
	"fmt"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// buildReport joins the document, its resolved sources and the policy decision into the
// report's public shape.
func (e *Engine) buildReport(doc *claims.Document, resolved [][]resolvedAttribution, d decision) *report.Document {
	out := &report.Document{
		Path: doc.Path, Title: doc.Title, Outlet: doc.Outlet, Date: doc.Date,
		Claims:   make([]report.Claim, len(doc.Claims)),
		Findings: []report.Finding{},
	}
	spans := make(map[string]*claims.Span, len(doc.Claims))
	for i, c := range doc.Claims {
		v := d.verdicts[c.ID]
		rc := report.Claim{
			ID: c.ID, Text: c.Text, Part: string(c.Part), Kind: string(c.Kind), Span: c.Span,
			Subjects: nonNil(c.Subjects), Hedges: nonNil(c.Hedges), RespondsTo: c.RespondsTo,
			Attributions: make([]report.Attribution, len(c.Attributions)),
			Verdict: report.Verdict{
				Label: v.label, Confidence: v.confidence, Credibility: v.credibility,
				Reliability: v.reliability, Grade: fmt.Sprintf("%s%d", v.reliability, v.credibility),
				Likelihood: v.likelihood, Reasons: make([]report.Reason, 0, len(v.reasons)),
				Suggestions: nonNil(v.suggestions),
			},
		}
		for _, r := range v.reasons {
			rc.Verdict.Reasons = append(rc.Verdict.Reasons, report.Reason{Rule: r.rule, Effect: r.effect, Message: r.message})
		}
		for j, a := range c.Attributions {
			ra := resolved[i][j]
			src := reportSource(ra.source)
			src.Interested = j < len(v.interested) && v.interested[j]
			ev := make([]report.Evidence, len(a.Evidence))
			for k, t := range a.Evidence {
				ev[k] = report.Evidence{Type: string(t)}
			}
			via := make([]report.Source, len(ra.via))
			for k, s := range ra.via {
				via[k] = reportSource(s)
			}
			if a.SourceText != "" {
				src.Text = a.SourceText
			}
			rc.Attributions[j] = report.Attribution{Source: src, Cue: a.Cue, Stance: string(a.Stance), Evidence: ev, Via: via,
				SourceSpan: a.SourceSpan, CueSpan: a.CueSpan, AntecedentSpan: a.AntecedentSpan}
		}
		out.Claims[i] = rc
		spans[c.ID] = c.Span
	}
	for _, f := range d.findings {
		sev := f.severity
		if sev == "" {
			sev = e.severity[f.rule]
		}
		if sev == "" {
			sev = "info"
		}
		out.Findings = append(out.Findings, report.Finding{Rule: f.rule, Severity: sev, Message: f.message, Claim: f.claim, Span: spans[f.claim]})
	}
	report.SortFindings(out.Findings)
	return out
}

func reportSource(s claims.Source) report.Source {
	return report.Source{ID: s.ID, Name: s.Name, Text: s.Text, Kind: s.Kind, Reliability: s.Reliability}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
