// Package lint turns the editorial findings the engine gives for one draft into the findings
// a person or a CI annotator reads: the draft's suppression comments applied, and columns
// counted in code points. `factcheck lint` and `factcheck serve` share it; a Go program
// linting drafts calls it after Engine.Lint.
//
// Suppression comments in a draft:
//
//	<!-- factcheck-disable-next-line RULE -->
//	<!-- factcheck-disable RULE --> … <!-- factcheck-enable RULE -->
//
// (no RULE: every rule).
package lint

import (
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// Place applies the draft's suppression comments to findings (as Engine.Lint returns them, on
// the draft src named path) and turns their byte columns into code-point columns, the end
// column being the character after the finding's last, as SARIF counts. A malformed or
// unknown suppression comment is an error (claims.Errors, at its line and column): a
// suppression that silently does nothing, or too much, would be a false pass. rules are the
// editorial rules a suppression may name (Engine.LintRules).
func Place(path string, src []byte, findings []report.LintFinding, rules []report.LintRule) ([]report.LintFinding, error) {
	sup, problems := parseSuppressions(path, src, rules)
	if len(problems) > 0 {
		return nil, problems
	}
	lines := claims.NewLineIndex(src)
	out := make([]report.LintFinding, 0, len(findings))
	for _, f := range findings {
		if sup.suppressed(f.Rule, f.Line) {
			continue
		}
		f.Column = runeColumn(src, lines, f.Line, f.Column)
		// The span's end column is its last byte; a finding's is the character after its last.
		f.EndColumn = runeColumn(src, lines, f.EndLine, f.EndColumn+1)
		out = append(out, f)
	}
	return out, nil
}

// runeColumn turns a 1-based byte column into a 1-based code-point column.
func runeColumn(src []byte, lines *claims.LineIndex, line, byteCol int) int {
	start := lines.LineStart(line)
	end := min(max(start+byteCol-1, start), len(src))
	return utf8.RuneCount(src[start:end]) + 1
}
