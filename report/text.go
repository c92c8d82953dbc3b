package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// TextOptions tune the text report.
type TextOptions struct {
	// Explain adds each source's grade, kind and stake, the cue, stance and evidence, and the
	// document's findings with their severities.
	Explain bool
}

// Labels in the order a reader wants them summarised: the strongest verdict first.
var labelOrder = []string{"confirmed", "supported", "contested", "unverified", "unattributed", "overstated", "refuted"}

// WriteText writes the report for a person: one block per claim with its label, confidence,
// grade and reasons, then a summary line.
func WriteText(w io.Writer, r *Report, opt TextOptions) error {
	tw := &textWriter{w: w}
	for i, d := range r.Documents {
		if i > 0 {
			tw.line("")
		}
		tw.document(d, opt)
	}
	for _, e := range r.Errors {
		tw.line("error: %s: %s", e.Path, e.Message)
	}
	if len(r.Documents) > 0 || len(r.Errors) > 0 {
		tw.line("")
		tw.line("%s", summary(r))
	}
	return tw.err
}

type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) line(format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, format+"\n", args...)
}

func (t *textWriter) document(d Document, opt TextOptions) {
	title := d.Title
	if title == "" {
		title = "(untitled)"
	}
	t.line("%s — %s", d.Path, title)
	for _, c := range d.Claims {
		t.line("")
		v := c.Verdict
		at := ""
		if c.Span != nil {
			at = fmt.Sprintf(" line %d:%d", c.Span.Line, c.Span.Column)
		}
		t.line("[%s]%s  %s  confidence %.2f (%s), grade %s", c.ID, at, strings.ToUpper(v.Label), v.Confidence, v.Likelihood, v.Grade)
		t.line("  %q", clip(c.Text, 160))
		t.line("  sources: %s", sources(c, opt.Explain))
		for _, r := range v.Reasons {
			t.line("  - %s (%s): %s", r.Rule, r.Effect, r.Message)
		}
		for _, s := range v.Suggestions {
			t.line("  would change it: %s", s)
		}
	}
	if opt.Explain && len(d.Findings) > 0 {
		t.line("")
		t.line("findings:")
		for _, f := range d.Findings {
			at := ""
			if f.Span != nil {
				at = fmt.Sprintf("%d:%d ", f.Span.Line, f.Span.Column)
			}
			t.line("  %s%s %s [%s]: %s", at, f.Severity, f.Rule, f.Claim, f.Message)
		}
	}
}

func sources(c Claim, explain bool) string {
	if len(c.Attributions) == 0 {
		return "none named"
	}
	parts := make([]string, len(c.Attributions))
	for i, a := range c.Attributions {
		s := fmt.Sprintf("%s [%s]", a.Source.Name, a.Source.Reliability)
		if a.Stance != "asserts" {
			s += " " + a.Stance
		}
		if explain {
			var notes []string
			notes = append(notes, a.Source.Kind)
			if a.Source.Interested {
				notes = append(notes, "interested")
			}
			if a.Cue != "" {
				notes = append(notes, fmt.Sprintf("cue %q", a.Cue))
			}
			for _, e := range a.Evidence {
				notes = append(notes, e.Type)
			}
			s += " (" + strings.Join(notes, ", ") + ")"
		}
		if len(a.Via) > 0 {
			names := make([]string, len(a.Via))
			for j, v := range a.Via {
				names[j] = v.Name
			}
			s += " via " + strings.Join(names, " → ")
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

func summary(r *Report) string {
	return Summary(len(r.Documents), r.Labels(), len(r.Errors))
}

// Summary is the text report's last line: documents, claims by label, documents not checked.
// A writer that streams documents keeps only these counts.
func Summary(documents int, counts map[string]int, errors int) string {
	total := 0
	for _, n := range counts {
		total += n
	}
	var parts []string
	for _, l := range labelOrder {
		if counts[l] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[l], l))
		}
	}
	var others []string
	for l, n := range counts {
		if !slices.Contains(labelOrder, l) {
			others = append(others, fmt.Sprintf("%d %s", n, l))
		}
	}
	slices.Sort(others)
	parts = append(parts, others...)
	s := fmt.Sprintf("%d document(s), %d claim(s)", documents, total)
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if errors > 0 {
		s += fmt.Sprintf("; %d document(s) could not be checked", errors)
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
