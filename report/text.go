package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Labels in the order a reader wants them summarised: the strongest verdict first.
var labelOrder = []string{"confirmed", "supported", "contested", "unverified", "unattributed", "overstated", "refuted"}

// The text report, for a person: one block per claim with its label, confidence, grade, the
// claim in full (wrapped, never cut), its sources, reasons and what would change the verdict;
// then a summary line. It streams: the summary is counted as documents pass.
type textWriter struct {
	out    errWriter
	opt    Options
	docs   int
	counts map[string]int
}

func newTextWriter(w io.Writer, opt Options) Writer {
	if opt.Width <= 0 {
		opt.Width = 100
	}
	return &textWriter{out: errWriter{w: w}, opt: opt, counts: map[string]int{}}
}

func (t *textWriter) Begin(Tool) error { return nil }

func (t *textWriter) Document(d *Document) error {
	if t.docs > 0 {
		t.out.write("\n")
	}
	t.docs++
	title := d.Title
	if title == "" {
		title = "(untitled)"
	}
	t.out.printf("%s — %s\n", d.Path, title)
	for _, c := range d.Claims {
		t.counts[c.Verdict.Label]++
		t.out.write("\n")
		v := c.Verdict
		at := ""
		if c.Span != nil {
			at = fmt.Sprintf(" line %d:%d", c.Span.Line, c.Span.Column)
		}
		t.out.printf("[%s]%s  %s  confidence %.2f (%s), grade %s\n", c.ID, at, t.paint(v.Label, strings.ToUpper(v.Label)), v.Confidence, v.Likelihood, v.Grade)
		t.out.write(wrap("“"+c.Text+"”", "  ", "   ", t.opt.Width))
		t.out.write(wrap("sources: "+sources(c, t.opt.Explain), "  ", "    ", t.opt.Width))
		for _, r := range v.Reasons {
			t.out.write(wrap(fmt.Sprintf("- %s (%s): %s", r.Rule, r.Effect, r.Message), "  ", "    ", t.opt.Width))
		}
		for _, s := range v.Suggestions {
			t.out.write(wrap("would change it: "+s, "  ", "    ", t.opt.Width))
		}
	}
	if t.opt.Explain && len(d.Findings) > 0 {
		t.out.write("\nfindings:\n")
		for _, f := range d.Findings {
			at := ""
			if f.Span != nil {
				at = fmt.Sprintf("%d:%d ", f.Span.Line, f.Span.Column)
			}
			t.out.write(wrap(fmt.Sprintf("%s%s %s [%s]: %s", at, f.Severity, f.Rule, f.Claim, f.Message), "  ", "    ", t.opt.Width))
		}
	}
	return t.out.err
}

func (t *textWriter) End(errs []Error) error {
	for _, e := range errs {
		t.out.printf("error: %s: %s\n", e.Path, e.Message)
	}
	if t.docs > 0 || len(errs) > 0 {
		t.out.printf("\n%s\n", summary(t.docs, t.counts, len(errs)))
	}
	return t.out.err
}

// ANSI colours for labels and severities. Colour is never the only signal: the label or
// severity is always written out.
var ansi = map[string]string{
	"confirmed": "32", "supported": "36", "contested": "33", "unverified": "1", "unattributed": "35",
	"overstated": "31", "refuted": "1;31",
	"error": "31", "warning": "33", "info": "36",
}

func (t *textWriter) paint(key, s string) string { return paint(t.opt.Color, key, s) }

func paint(color bool, key, s string) string {
	code, ok := ansi[key]
	if !color || !ok {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// wrap breaks s at spaces so that no line is longer than width runes (a word longer than a
// line stands alone, uncut). The first line is indented by first, the others by rest.
func wrap(s, first, rest string, width int) string {
	var b strings.Builder
	line, indent := 0, first
	for i, word := range strings.Fields(s) {
		n := utf8.RuneCountInString(word)
		switch {
		case i == 0:
			b.WriteString(indent)
			line = utf8.RuneCountInString(indent)
		case line+1+n > width:
			b.WriteString("\n")
			b.WriteString(rest)
			line = utf8.RuneCountInString(rest)
		default:
			b.WriteString(" ")
			line++
		}
		b.WriteString(word)
		line += n
	}
	b.WriteString("\n")
	return b.String()
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

// summary is the closing line: documents, claims per label (strongest first, then any label a
// user policy added, alphabetically), and the documents that could not be checked.
func summary(docs int, counts map[string]int, failed int) string {
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
	s := fmt.Sprintf("%d document(s), %d claim(s)", docs, total)
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if failed > 0 {
		s += fmt.Sprintf("; %d document(s) could not be checked", failed)
	}
	return s
}

// The lint text report: path:line:col: severity rule: message — one line a finding, grouped by
// file, nothing at all for clean drafts.
type lintText struct {
	w   io.Writer
	opt Options
}

func newLintText(w io.Writer, opt Options) LintWriter { return lintText{w, opt} }

func (l lintText) Lint(r *LintReport) error {
	out := errWriter{w: l.w}
	last := ""
	for _, f := range r.Findings {
		if f.Path != last && last != "" {
			out.write("\n")
		}
		last = f.Path
		out.printf("%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, paint(l.opt.Color, f.Severity, f.Severity), f.Rule, f.Message)
	}
	for _, e := range r.Errors {
		out.printf("%s\n", e.Message)
	}
	if len(r.Findings) > 0 {
		n := r.Counts()
		out.printf("\n%d error(s), %d warning(s), %d info in %d file(s)\n", n["error"], n["warning"], n["info"], len(r.Files))
	}
	return out.err
}
