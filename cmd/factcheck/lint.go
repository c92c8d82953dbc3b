package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
	"github.com/factcheck/factcheck/lint"
	"github.com/factcheck/factcheck/report"
)

func newLintCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lint PATH...",
		Short: "Check drafts for attribution problems, with line-precise findings for CI",
		Long: `Lint extracts and checks each draft (files, directories recursively, or globs; - reads
standard input) and reports editorial findings on their lines: unattributed claims, vague
attribution, overstated headlines, missing responses, single interested sources, anonymous
sources, plural "sources", and verdicts below a threshold.

Suppress a finding with a comment in the draft:
  <!-- factcheck-disable-next-line RULE -->
  <!-- factcheck-disable RULE --> … <!-- factcheck-enable RULE -->
(no RULE: every rule).

Exit codes: 0 clean, 1 findings at or above --fail-level, 2 usage or input error (the other
files are still linted and reported), 3 an internal error on some draft (reported for that
draft; the others are still linted).`,
		Args: cobra.MinimumNArgs(1),
		RunE: runLint,
	}
	f := cmd.Flags()
	f.StringP("output", "o", "", strings.Join(report.LintFormats(), " | ")+" (default text)")
	f.StringArray("include", nil, "glob of files to lint in directories (default *.md, *.markdown, *.txt)")
	f.StringArray("exclude", nil, "glob of files or directories to skip")
	f.String("min-severity", "", "report findings at or above: info | warning | error (default info)")
	f.String("fail-level", "", "exit 1 on findings at or above: error | warning (default error)")
	f.String("fail-on-verdict", "", "report claims whose verdict is this label or worse (verdict-below-threshold)")
	f.String("stdin-filename", "", "the name to report for a draft read from standard input")
	f.String("output-file", "", "write the report to this file (atomically) instead of stdout")
	f.String("changed-lines", "", "report only findings on lines changed since this git revision (e.g. origin/main): git diff -U0 REV")
	return cmd
}

var severities = []string{"error", "warning", "info"}

func runLint(cmd *cobra.Command, args []string) error {
	v, err := loadConfig(cmd)
	if err != nil {
		return inputError(err)
	}
	for key, flag := range map[string]string{"lint.output": "output", "lint.include": "include", "lint.exclude": "exclude",
		"lint.min_severity": "min-severity", "lint.fail_level": "fail-level", "data.lint.threshold": "fail-on-verdict"} {
		if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
			return err
		}
	}
	format := v.GetString("lint.output")
	if !slices.Contains(report.LintFormats(), format) {
		return inputError(fmt.Errorf("--output: %q is not a format of lint: use %s", format, strings.Join(report.LintFormats(), ", ")))
	}
	outFormat, _ := report.Get(format)
	minSev, failLevel := v.GetString("lint.min_severity"), v.GetString("lint.fail_level")
	if !slices.Contains(severities, minSev) {
		return inputError(fmt.Errorf("--min-severity: %q is not a severity: use info, warning or error", minSev))
	}
	if failLevel != "error" && failLevel != "warning" {
		return inputError(fmt.Errorf("--fail-level: %q: use error or warning", failLevel))
	}
	if t := v.GetString("data.lint.threshold"); t != "" && !slices.Contains(labels, t) {
		return inputError(fmt.Errorf("--fail-on-verdict: %q is not a label: use %s", t, strings.Join(labels, ", ")))
	}
	eng, err := newEngine(cmd, v)
	if err != nil {
		return err
	}
	inputs, errs := splitArgs(collectFiles(args, orDefault(list(v, "lint.include"), lintInclude), list(v, "lint.exclude")))
	slices.Sort(inputs)
	stdinName, _ := cmd.Flags().GetString("stdin-filename")
	rep, internal := lintDrafts(contextOf(cmd), eng, inputs, cmd.InOrStdin(), stdinName, outFormat.NeedsText)
	rep.Errors = append(errs, rep.Errors...)
	rep.Findings = slices.DeleteFunc(rep.Findings, func(f report.LintFinding) bool {
		return report.SeverityRank(f.Severity) > report.SeverityRank(minSev)
	})
	if base, _ := cmd.Flags().GetString("changed-lines"); base != "" {
		changed, err := gitChangedLines(contextOf(cmd), base, inputs)
		if err != nil {
			return inputError(err)
		}
		rep.Findings = slices.DeleteFunc(rep.Findings, func(f report.LintFinding) bool { return !changed.keep(f) })
	}

	var buf bytes.Buffer
	if err := report.WriteLint(&buf, rep, format, report.Options{Color: useColor(cmd)}); err != nil {
		return err
	}
	if err := writeOutput(cmd, buf.Bytes()); err != nil {
		return err
	}
	if format != "text" {
		for _, e := range rep.Errors {
			fmt.Fprintln(cmd.ErrOrStderr(), e.Message)
		}
	}
	if internal > 0 {
		return &exitError{code: exitInternal}
	}
	if len(rep.Errors) > 0 {
		return &exitError{code: exitInput}
	}
	for _, f := range rep.Findings {
		if report.SeverityRank(f.Severity) <= report.SeverityRank(failLevel) {
			return &exitError{code: exitFindings}
		}
	}
	return nil
}

func fileError(path string, err error) report.Error {
	return report.Error{Path: path, Message: claims.FileError(path, err).Error()}
}

// lintDrafts lints drafts on all cores. Each worker reads, extracts and lints one draft at a
// time and keeps only its findings (and its text when keepText, for the draft view), so memory
// stays bounded by the number of workers.
func lintDrafts(ctx context.Context, eng *engine.Engine, paths []string, stdin io.Reader, stdinName string, keepText bool) (rep *report.LintReport, internal int) {
	rep = &report.LintReport{Version: report.Version, Tool: report.Tool{Name: "factcheck", Version: version()},
		Files: []string{}, Findings: []report.LintFinding{}, Errors: []report.Error{}, Rules: eng.LintRules()}
	x := extract.New(eng.Registry())
	type result struct {
		path     string
		findings []report.LintFinding
		err      *report.Error
		text     string
		internal bool
	}
	results := make([]result, len(paths))
	budget := documentBudget()
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range jobs {
				path := paths[i]
				h := newHold(budget.forFile(path))
				ctx := withHold(ctx, h)
				name := path
				var src []byte
				var err error
				if path == "-" {
					if stdinName != "" {
						name = stdinName
					} else {
						name = "<stdin>"
					}
					if src, err = claims.ReadAllLimited(name, stdin); err == nil {
						err = claims.CheckArticle(name, src, !extract.IsArticle(name) || claims.IsMarkdownPath(name))
					}
				} else {
					src, err = claims.ReadText(path)
				}
				res := result{path: name}
				if err == nil {
					err = guard(name, func() (err error) {
						res.findings, err = lintOne(ctx, eng, x, name, src)
						return err
					})
				}
				if err != nil {
					var ie *internalError
					res.internal = errors.As(err, &ie)
					res.err = &report.Error{Path: name, Message: err.Error()}
				} else if keepText {
					res.text = string(src)
				}
				results[i] = res
				h.done()
			}
		})
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, r := range results {
		rep.Files = append(rep.Files, r.path)
		if keepText && r.err == nil {
			rep.Texts = append(rep.Texts, report.DraftText{Path: r.path, Text: r.text})
		}
		if r.internal {
			internal++
		}
		if r.err != nil {
			rep.Errors = append(rep.Errors, *r.err)
			continue
		}
		rep.Findings = append(rep.Findings, r.findings...)
	}
	report.SortLint(rep.Findings)
	return rep, internal
}

func lintOne(ctx context.Context, eng *engine.Engine, x *extract.Extractor, name string, src []byte) ([]report.LintFinding, error) {
	readAs := name
	if !extract.IsArticle(readAs) {
		readAs += ".md" // standard input or an unusual extension: read as Markdown
	}
	res, err := extractWithin(ctx, x, name, readAs, src)
	if err != nil {
		return nil, err
	}
	doc := res.Document
	doc.Path = name
	findings, err := eng.Lint(ctx, doc)
	if err != nil {
		return nil, err
	}
	return lint.Place(name, src, findings, eng.LintRules())
}
