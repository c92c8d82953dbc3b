package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
)

func newExtractCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "extract ARTICLE...",
		Short: "Find the claims of articles (text or Markdown) and write them as a claims file",
		Long: `Extract reads each article and writes a claims file that 'factcheck check' loads
unchanged: every factual sentence with its kind, subjects, sources, cues, stances, evidence,
relays and hedges, and exact spans. Correct it by hand and check it again.

With --explain, every sentence is listed with why it was or was not taken as a claim and which
words made each attribution.`,
		Args: cobra.MinimumNArgs(1),
		RunE: runExtract,
	}
	cmd.Flags().StringP("output", "o", "yaml", "yaml | json")
	cmd.Flags().Bool("explain", false, "explain every sentence instead of writing the claims file")
	cmd.Flags().String("output-file", "", "write to this file (atomically); article paths are made relative to it")
	return cmd
}

func runExtract(cmd *cobra.Command, args []string) error {
	v, err := loadConfig(cmd)
	if err != nil {
		return inputError(err)
	}
	format, _ := cmd.Flags().GetString("output")
	if format != "yaml" && format != "json" {
		return inputError(fmt.Errorf("--output: %q is not a format: use yaml or json", format))
	}
	opts, err := engineOptions(v)
	if err != nil {
		return inputError(err)
	}
	reg, err := engine.NewRegistry(opts...)
	if err != nil {
		return inputError(err)
	}
	x := extract.New(reg)
	outFile, _ := cmd.Flags().GetString("output-file")
	explain, _ := cmd.Flags().GetBool("explain")
	var buf bytes.Buffer
	failed, internal := false, false
	var docs []*claims.Document
	for _, path := range args {
		src, err := claims.ReadText(path)
		var res *extract.Result
		if err == nil {
			res, err = extractWithin(contextOf(cmd), x, path, path, src)
		}
		if err != nil {
			fmt.Fprintln(cmd.ErrOrStderr(), err)
			var ie *internalError
			internal = internal || errors.As(err, &ie)
			failed = true
			continue
		}
		if explain {
			writeExplanation(&buf, path, res)
			continue
		}
		res.Document.Article = articleRef(path, outFile)
		docs = append(docs, res.Document)
	}
	if !explain {
		if err := writeClaims(&buf, docs, format); err != nil {
			return err
		}
	}
	if err := writeOutput(cmd, buf.Bytes()); err != nil {
		return err
	}
	if internal {
		return &exitError{code: exitInternal}
	}
	if failed {
		return &exitError{code: exitInput}
	}
	return nil
}

// articleRef is the article's path as the claims file will see it.
func articleRef(article, outFile string) string {
	if outFile == "" {
		return article
	}
	absArticle, err1 := filepath.Abs(article)
	absOut, err2 := filepath.Abs(filepath.Dir(outFile))
	if err1 != nil || err2 != nil {
		return article
	}
	if rel, err := filepath.Rel(absOut, absArticle); err == nil {
		return filepath.ToSlash(rel)
	}
	return article
}

// writeClaims writes one claims document per article: YAML documents separated by ---, or a
// JSON object (one article) or array (several).
func writeClaims(w io.Writer, docs []*claims.Document, format string) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if len(docs) == 1 {
			return enc.Encode(docs[0])
		}
		return enc.Encode(docs)
	}
	for i, d := range docs {
		if i > 0 {
			io.WriteString(w, "---\n")
		}
		fmt.Fprintf(w, "# Claims extracted by factcheck from %s. Review and correct by hand, then: factcheck check FILE\n", d.Path)
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(d); err != nil {
			return err
		}
		enc.Close()
	}
	return nil
}

func writeExplanation(w io.Writer, path string, res *extract.Result) {
	fmt.Fprintf(w, "%s\n", path)
	for _, s := range res.Sentences {
		head := fmt.Sprintf("%d:%d", s.Span.Line, s.Span.Column)
		if s.Claim == "" {
			fmt.Fprintf(w, "  %-8s skip   %s: %q\n", head, s.Why, clipText(s.Text, 90))
			continue
		}
		fmt.Fprintf(w, "  %-8s %-6s %s: %q\n", head, s.Claim, s.Why, clipText(s.Text, 90))
		for _, a := range s.Attributions {
			line := fmt.Sprintf("source %s (%q, %s) cue %q stance %s", a.Source, a.SourceText, a.Resolved, a.Cue, a.Stance)
			if len(a.Via) > 0 {
				line += " via " + strings.Join(a.Via, ", ")
			}
			if len(a.Evidence) > 0 {
				line += " evidence " + strings.Join(a.Evidence, ", ")
			}
			fmt.Fprintf(w, "           %s\n", line)
		}
		if len(s.Hedges) > 0 {
			fmt.Fprintf(w, "           hedges %q\n", s.Hedges)
		}
	}
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
