package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Writer writes a check report in one format, one document at a time, so that a caller can
// write each document as soon as it is checked and keep none of them:
//
//	w.Begin(tool)
//	for each document, in input order: w.Document(&doc)
//	w.End(errs) // the documents that could not be checked
//
// Begin and End are called exactly once, Document any number of times between them. Formats
// that stream (text, json, claimreview) write each document when it comes; formats that open
// with a summary of the whole report (html) keep the documents until End.
type Writer interface {
	Begin(tool Tool) error
	Document(d *Document) error
	End(errs []Error) error
}

// LintWriter writes what `factcheck lint` found across drafts.
type LintWriter interface {
	Lint(r *LintReport) error
}

// Options tune the writers; each format reads the fields it needs and ignores the others.
type Options struct {
	// Color paints labels and severities with ANSI colours (text only).
	Color bool
	// Explain adds each source's grade, kind and stake, the cue, stance and evidence, and the
	// document's findings with their severities (text only).
	Explain bool
	// Width is the column at which text wraps claims and reasons; 0 means 100.
	Width int
	// Publisher is the organisation that publishes the reviews (claimreview's author).
	Publisher Organization
	// DatePublished is the reviews' publication date (claimreview); empty: each document's date.
	DatePublished string
	// Now is the time JUnit reports as the run's timestamp; zero: SOURCE_DATE_EPOCH when set,
	// else the clock.
	Now time.Time
	// Policy names the policies and data behind the verdicts when they are not only the
	// built-in ones (json, jsonl: the report's "policy").
	Policy *Provenance
}

// Organization names a publisher.
type Organization struct {
	Name string `json:"name" mapstructure:"name"`
	URL  string `json:"url,omitempty" mapstructure:"url"`
}

// Format is one output format: how it writes a check report, a lint report, or both.
type Format struct {
	Name        string
	Description string
	// NeedsText says the format shows the article: the caller should fill Document.Text
	// (and LintReport.Texts).
	NeedsText bool
	check     func(io.Writer, Options) Writer
	lint      func(io.Writer, Options) LintWriter
}

// ForCheck reports whether the format writes `factcheck check` reports.
func (f *Format) ForCheck() bool { return f.check != nil }

// ForLint reports whether the format writes `factcheck lint` reports.
func (f *Format) ForLint() bool { return f.lint != nil }

// Check returns a writer of check reports to w.
func (f *Format) Check(w io.Writer, opt Options) (Writer, error) {
	if f.check == nil {
		return nil, fmt.Errorf("format %q does not write check reports: use %s", f.Name, strings.Join(CheckFormats(), ", "))
	}
	return f.check(w, opt), nil
}

// Lint returns a writer of lint reports to w.
func (f *Format) Lint(w io.Writer, opt Options) (LintWriter, error) {
	if f.lint == nil {
		return nil, fmt.Errorf("format %q does not write lint reports: use %s", f.Name, strings.Join(LintFormats(), ", "))
	}
	return f.lint(w, opt), nil
}

// formats is the registry, in the order help texts list them. Each format's writers live in
// the file of its name.
var formats = []*Format{
	{Name: "text", Description: "for a person: every claim in full with its verdict and reasons", check: newTextWriter, lint: newLintText},
	{Name: "json", Description: "the versioned report (docs/report.schema.json)", check: newJSONWriter, lint: newLintJSON},
	{Name: "jsonl", Description: "JSON Lines: one {\"document\": …} per checked document as it is done, then one {\"error\": …} per failure", check: newJSONLinesWriter},
	{Name: "html", Description: "one self-contained page: the article with its claims marked by verdict", NeedsText: true, check: newHTMLWriter, lint: newLintHTML},
	{Name: "claimreview", Description: "schema.org ClaimReview JSON-LD, one review per claim", check: newClaimReviewWriter},
	{Name: "sarif", Description: "SARIF 2.1.0 for code scanning", lint: newSARIFWriter},
	{Name: "junit", Description: "JUnit XML for test reports", lint: newJUnitWriter},
	{Name: "github", Description: "GitHub Actions workflow commands (annotations)", lint: newGitHubWriter},
	{Name: "markdown", Description: "a summary to post as a pull-request comment", lint: newMarkdownWriter},
}

// Get returns the format of that name.
func Get(name string) (*Format, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	all := make([]string, len(formats))
	for i, f := range formats {
		all[i] = f.Name
	}
	return nil, fmt.Errorf("%q is not a format: use %s", name, strings.Join(all, ", "))
}

// CheckFormats lists the formats that write check reports.
func CheckFormats() []string {
	return names(func(f *Format) bool { return f.ForCheck() })
}

// LintFormats lists the formats that write lint reports.
func LintFormats() []string {
	return names(func(f *Format) bool { return f.ForLint() })
}

func names(keep func(*Format) bool) []string {
	var out []string
	for _, f := range formats {
		if keep(f) {
			out = append(out, f.Name)
		}
	}
	return slices.Clip(out)
}

// Write writes a whole check report in a format: Begin, every document, End. The report's
// Policy is the one written unless opt names one.
func Write(w io.Writer, r *Report, format string, opt Options) error {
	f, err := Get(format)
	if err != nil {
		return err
	}
	if opt.Policy == nil {
		opt.Policy = r.Policy
	}
	cw, err := f.Check(w, opt)
	if err != nil {
		return err
	}
	if err := cw.Begin(r.Tool); err != nil {
		return err
	}
	for i := range r.Documents {
		if err := cw.Document(&r.Documents[i]); err != nil {
			return err
		}
	}
	return cw.End(r.Errors)
}

// WriteLint writes a lint report in a format.
func WriteLint(w io.Writer, r *LintReport, format string, opt Options) error {
	f, err := Get(format)
	if err != nil {
		return err
	}
	lw, err := f.Lint(w, opt)
	if err != nil {
		return err
	}
	return lw.Lint(r)
}

// WriteJSON writes the report as indented JSON (docs/report.schema.json).
func WriteJSON(w io.Writer, r *Report) error {
	return Write(w, r, "json", Options{})
}

// errWriter keeps the first write error, so that writers can print line after line and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) write(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}
