package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/report"
)

var labels = []string{"confirmed", "supported", "contested", "unverified", "unattributed", "overstated", "refuted"}

func newCheckCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check FILE...",
		Short: "Check claims files or articles and print a verdict for every claim",
		Long: `Check loads each claims file (YAML or JSON, see docs/claims.schema.json) — or extracts
the claims of each article (.txt, .md) — checks the claims against the evidence rules and
prints a verdict with reasons for every claim.

A file that cannot be read or checked is reported (exit 2); the other files are still checked.`,
		Args: cobra.MinimumNArgs(1),
		RunE: runCheck,
	}
	f := cmd.Flags()
	f.StringP("output", "o", "", "report format: "+strings.Join(report.CheckFormats(), " | ")+" (default text)")
	f.StringSlice("fail-on", nil, "exit 1 when a verdict has one of these labels (repeatable or comma-separated)")
	f.Bool("explain", false, "show sources' grades and stakes, cues, evidence and every finding")
	f.String("output-file", "", "write the report to this file (atomically) instead of stdout")
	f.String("article-url", "", "where the article is published (claimreview's appearance; one article only)")
	f.String("article-date", "", "when the article was published, overriding its own date (claimreview)")
	return cmd
}

func runCheck(cmd *cobra.Command, args []string) error {
	v, err := loadConfig(cmd)
	if err != nil {
		return inputError(err)
	}
	format, err := checkFormat(v.GetString("output"))
	if err != nil {
		return inputError(err)
	}
	articleURL, _ := cmd.Flags().GetString("article-url")
	articleDate, _ := cmd.Flags().GetString("article-date")
	if articleURL != "" && len(args) > 1 {
		return inputError(fmt.Errorf("--article-url: names one article, and %d files were given", len(args)))
	}
	failOn := list(v, "fail_on")
	for _, l := range failOn {
		if !slices.Contains(labels, l) {
			return inputError(fmt.Errorf("--fail-on: %q is not a label: use %s", l, strings.Join(labels, ", ")))
		}
	}
	ctx := contextOf(cmd)
	eng, err := newEngine(cmd, v)
	if err != nil {
		return err
	}

	rep := &report.Report{Version: report.Version, Tool: report.Tool{Name: "factcheck", Version: version()},
		Documents: []report.Document{}, Errors: []report.Error{}}
	var docs []*claims.Document
	var texts [][]byte // each article's text, when extracted from one
	var explained bytes.Buffer
	x := extract.New(eng.Registry())
	for _, path := range args {
		doc, res, src, err := loadDocument(x, path)
		if err != nil {
			rep.Errors = append(rep.Errors, report.Error{Path: path, Message: err.Error()})
			continue
		}
		if res != nil && v.GetBool("explain") && format.Name == "text" {
			writeExplanation(&explained, path, res)
			explained.WriteString("\n")
		}
		docs = append(docs, doc)
		texts = append(texts, src)
	}
	results, errs := eng.CheckAll(ctx, docs, runtime.GOMAXPROCS(0))
	for i, d := range results {
		if errs[i] != nil {
			rep.Errors = append(rep.Errors, report.Error{Path: docs[i].Path, Message: errs[i].Error()})
			continue
		}
		d.URL = articleURL
		if articleDate != "" {
			d.Date = articleDate
		}
		if format.NeedsText {
			d.Text = articleText(docs[i], texts[i])
		}
		rep.Documents = append(rep.Documents, *d)
	}

	var buf bytes.Buffer
	buf.Write(explained.Bytes())
	opt := report.Options{Explain: v.GetBool("explain"), Color: useColor(cmd),
		Publisher:     report.Organization{Name: v.GetString("report.publisher.name"), URL: v.GetString("report.publisher.url")},
		DatePublished: v.GetString("report.date_published")}
	if err := report.Write(&buf, rep, format.Name, opt); err != nil {
		return err
	}
	if err := writeOutput(cmd, buf.Bytes()); err != nil {
		return err
	}
	for _, e := range rep.Errors {
		fmt.Fprintln(cmd.ErrOrStderr(), e.Message)
	}
	if len(rep.Errors) > 0 {
		return &exitError{code: exitInput}
	}
	if hit := failing(rep, failOn); hit != "" {
		fmt.Fprintln(cmd.ErrOrStderr(), "factcheck: "+hit)
		return &exitError{code: exitFindings}
	}
	return nil
}

// loadDocument reads a claims file, or extracts the claims of an article (.txt, .md); for an
// article it also returns what extraction found, for --explain, and the article's text.
func loadDocument(x *extract.Extractor, path string) (*claims.Document, *extract.Result, []byte, error) {
	if !extract.IsArticle(path) {
		doc, err := claims.Load(path)
		return doc, nil, nil, err
	}
	src, err := claims.ReadText(path)
	if err != nil {
		return nil, nil, nil, err
	}
	res := x.Extract(path, src)
	return res.Document, res, src, nil
}

// checkFormat is the format named by --output, if it writes check reports.
func checkFormat(name string) (*report.Format, error) {
	f, err := report.Get(name)
	if err == nil && !f.ForCheck() {
		err = fmt.Errorf("%q is not a format of check", name)
	}
	if err != nil {
		return nil, fmt.Errorf("--output: %w: use %s", err, strings.Join(report.CheckFormats(), ", "))
	}
	return f, nil
}

// articleText is the text a document's spans point into: the article it was extracted from,
// or the article its claims file names (which loading has read and anchored the claims in).
// Unreadable: empty, and the HTML report lists the claims without the article.
func articleText(doc *claims.Document, extracted []byte) string {
	if extracted != nil {
		return string(extracted)
	}
	if doc.Article == "" {
		return ""
	}
	path := doc.Article
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(doc.Path), path)
	}
	src, err := claims.ReadText(path)
	if err != nil {
		return ""
	}
	return string(src)
}

// failing names the verdicts that hit --fail-on, or returns "".
func failing(rep *report.Report, failOn []string) string {
	counts := rep.Labels()
	var hits []string
	for _, l := range failOn {
		if counts[l] > 0 {
			hits = append(hits, fmt.Sprintf("%d %s", counts[l], l))
		}
	}
	if len(hits) == 0 {
		return ""
	}
	return "verdicts hit --fail-on: " + strings.Join(hits, ", ")
}

// writeOutput writes a whole report to --output-file, atomically, or to standard output.
func writeOutput(cmd *cobra.Command, data []byte) error {
	out, _ := cmd.Flags().GetString("output-file")
	if out == "" {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	if err := writeAtomic(out, data); err != nil {
		return inputError(err)
	}
	return nil
}

// writeAtomic writes through a temporary file in the same directory and renames it into place,
// so that a reader never sees half a report.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
