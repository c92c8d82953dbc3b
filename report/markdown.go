package report

import (
	"io"
	"strings"
)

// markdown: a summary of a lint run to post as a pull-request comment.
type markdownWriter struct{ w io.Writer }

func newMarkdownWriter(w io.Writer, _ Options) LintWriter { return markdownWriter{w} }

func (m markdownWriter) Lint(r *LintReport) error {
	out := errWriter{w: m.w}
	n := r.Counts()
	out.write("## factcheck\n\n")
	if len(r.Findings) == 0 && len(r.Errors) == 0 {
		out.printf("No attribution problems found in %d draft(s).\n", len(r.Files))
		return out.err
	}
	out.printf("**%d error(s), %d warning(s), %d info** in %d draft(s).\n\n", n["error"], n["warning"], n["info"], len(r.Files))
	if len(r.Findings) > 0 {
		out.write("| File | Line | Severity | Rule | Finding | Suggested fix |\n|---|---|---|---|---|---|\n")
		for _, f := range r.Findings {
			out.printf("| `%s` | %d | %s | `%s` | %s | %s |\n", f.Path, f.Line, f.Severity, f.Rule, cell(f.Message), cell(f.Fix))
		}
	}
	if len(r.Errors) > 0 {
		out.write("\n**Could not be checked:**\n\n")
		for _, e := range r.Errors {
			out.printf("- `%s`: %s\n", e.Path, cell(e.Message))
		}
	}
	return out.err
}

func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
