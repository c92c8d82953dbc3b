package main

import (
	"bytes"
	"context"
	"errors"
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
		Use:   "check PATH...",
		Short: "Check claims files or articles and print a verdict for every claim",
		Long: `Check loads each claims file (YAML or JSON, see docs/claims.schema.json) — or extracts
the claims of each article (.txt, .md) — checks the claims against the evidence rules and
prints a verdict with reasons for every claim.

PATHs are files, directories (searched recursively for claims files and articles) or globs,
where ** crosses directories ('news/**/*.md'). Documents are checked on all cores and each is
written as soon as it is done, in input order: memory does not grow with the batch. With
-o jsonl every document is one line.

Exit codes: 0 checked; 1 a verdict hit --fail-on; 2 a file could not be read or checked (the
other files are still checked and reported); 3 an internal error on some document (reported for
that document; the others are still checked).`,
		Args: cobra.MinimumNArgs(1),
		RunE: runCheck,
	}
	f := cmd.Flags()
	f.StringP("output", "o", "", "report format: "+strings.Join(report.CheckFormats(), " | ")+" (default text)")
	f.StringArray("include", nil, "glob of files to check in directories (default *.claims.yaml, *.claims.yml, *.claims.json, *.md, *.markdown, *.txt)")
	f.StringArray("exclude", nil, "glob of files or directories to skip")
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
	include, _ := cmd.Flags().GetStringArray("include")
	exclude, _ := cmd.Flags().GetStringArray("exclude")
	inputs := collectFiles(args, orDefault(include, checkInclude), exclude)
	explain := v.GetBool("explain")

	w, commit, abort, err := openOutput(cmd)
	if err != nil {
		return err
	}
	opt := report.Options{Explain: explain, Color: useColor(cmd), Policy: eng.Provenance(),
		Publisher:     report.Organization{Name: v.GetString("report.publisher.name"), URL: v.GetString("report.publisher.url")},
		DatePublished: v.GetString("report.date_published")}
	out, err := format.Check(w, opt)
	if err == nil {
		err = out.Begin(report.Tool{Name: "factcheck", Version: version()})
	}
	if err != nil {
		abort()
		return err
	}
	x := extract.New(eng.Registry())
	budget := documentBudget()
	process := func(in fileArg) checked {
		c := checked{path: in.path}
		if in.err != nil {
			c.err = errors.New(in.err.Message)
			return c
		}
		h := newHold(budget.forFile(in.path))
		defer h.done()
		ctx := withHold(ctx, h)
		c.err = guard(in.path, func() error {
			path := in.path
			doc, res, src, err := loadDocument(ctx, x, path)
			if err != nil {
				return err
			}
			if res != nil && explain && format.Name == "text" {
				var b bytes.Buffer
				writeExplanation(&b, path, res)
				b.WriteString("\n")
				c.explained = b.Bytes()
			}
			c.doc, err = eng.Check(ctx, doc)
			if err == nil {
				c.doc.URL = articleURL
				if articleDate != "" {
					c.doc.Date = articleDate
				}
				if format.NeedsText {
					c.doc.Text = articleText(doc, src)
				}
			}
			return err
		})
		return c
	}
	counts := map[string]int{}
	var docErrs []report.Error
	internal := 0
	progress := newProgress(cmd.ErrOrStderr(), len(inputs))
	err = pipeline(inputs, runtime.GOMAXPROCS(0), 4*runtime.GOMAXPROCS(0), process, func(c checked) error {
		progress.step()
		if c.err != nil {
			var ie *internalError
			if errors.As(c.err, &ie) {
				internal++
			}
			docErrs = append(docErrs, report.Error{Path: c.path, Message: c.err.Error()})
			c.doc = nil
		}
		if c.doc != nil {
			for _, cl := range c.doc.Claims {
				counts[cl.Verdict.Label]++
			}
		}
		if len(c.explained) > 0 { // an article's explanation comes just before its block
			if _, err := w.Write(c.explained); err != nil {
				return err
			}
		}
		if c.doc == nil {
			return nil
		}
		return out.Document(c.doc)
	})
	progress.done()
	if err == nil {
		err = out.End(docErrs)
	}
	if err != nil {
		abort()
		return err
	}
	if err := commit(); err != nil {
		return err
	}
	for _, e := range docErrs {
		fmt.Fprintln(cmd.ErrOrStderr(), e.Message)
	}
	if internal > 0 {
		return &exitError{code: exitInternal}
	}
	if len(docErrs) > 0 {
		return &exitError{code: exitInput}
	}
	if hit := failing(counts, failOn); hit != "" {
		fmt.Fprintln(cmd.ErrOrStderr(), "factcheck: "+hit)
		return &exitError{code: exitFindings}
	}
	return nil
}

// loadDocument reads a claims file, or extracts the claims of an article (.txt, .md) under the
// extraction limit; for an article it also returns what extraction found, for --explain, and
// the article's text.
func loadDocument(ctx context.Context, x *extract.Extractor, path string) (*claims.Document, *extract.Result, []byte, error) {
	if !extract.IsArticle(path) {
		doc, err := claims.Load(path)
		return doc, nil, nil, err
	}
	src, err := claims.ReadText(path)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, nil, nil, &claims.Error{Path: path, Line: 1, Column: 1, Message: "empty article: there is no text to check"}
	}
	res, err := extractWithin(ctx, x, path, path, src)
	if err != nil {
		return nil, nil, nil, err
	}
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
func failing(counts map[string]int, failOn []string) string {
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
