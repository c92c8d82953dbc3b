package report

import (
	"io"
	"strings"
)

// github: workflow commands that GitHub Actions turns into annotations on the pull request.
// endColumn is the column after the finding's last character, as in every format.
type githubWriter struct{ w io.Writer }

func newGitHubWriter(w io.Writer, _ Options) LintWriter { return githubWriter{w} }

func (g githubWriter) Lint(r *LintReport) error {
	out := errWriter{w: g.w}
	for _, f := range r.Findings {
		cmd := "notice"
		if f.Severity == "error" || f.Severity == "warning" {
			cmd = f.Severity
		}
		out.printf("::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn, escapeProperty("factcheck "+f.Rule), escapeData(messageWithFix(f)))
	}
	for _, e := range r.Errors {
		out.printf("::error file=%s,title=%s::%s\n", escapeProperty(e.Path), escapeProperty("factcheck input error"), escapeData(e.Message))
	}
	return out.err
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
