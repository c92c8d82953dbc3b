package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

var rules = []report.LintRule{{ID: "unattributed-claim"}, {ID: "vague-attribution"}}

// finding is what Engine.Lint gives: byte columns, the end column at the span's last byte.
func finding(rule string, line, col, endCol int) report.LintFinding {
	return report.LintFinding{Path: "d.md", Rule: rule, Line: line, Column: col, EndLine: line, EndColumn: endCol}
}

func TestPlace(t *testing.T) {
	// Line 3 starts with "Ünïcödé " (8 code points, 12 bytes): byte column 13 is code point 9.
	src := []byte("# Title\n\n\u00dcn\u00efc\u00f6d\u00e9 bridge closed.\n<!-- factcheck-disable-next-line vague-attribution -->\nExperts say so.\n")
	for _, tc := range []struct {
		name string
		in   []report.LintFinding
		want []report.LintFinding
	}{
		{"columns in code points, end after the last character",
			[]report.LintFinding{finding("unattributed-claim", 3, 13, 26)},
			[]report.LintFinding{finding("unattributed-claim", 3, 9, 23)}},
		{"a disable-next-line comment suppresses its rule on the next line only",
			[]report.LintFinding{finding("vague-attribution", 5, 1, 15), finding("unattributed-claim", 5, 1, 15)},
			[]report.LintFinding{finding("unattributed-claim", 5, 1, 16)}},
		{"nothing to place", nil, []report.LintFinding{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Place("d.md", src, tc.in, rules)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestPlaceRefusesABadSuppression(t *testing.T) {
	src := []byte("Some text.\n<!-- factcheck-disable-next-line no-such-rule -->\nMore text.\n")
	_, err := Place("d.md", src, []report.LintFinding{finding("unattributed-claim", 3, 1, 10)}, rules)
	var errs claims.Errors
	require.ErrorAs(t, err, &errs)
	require.Len(t, errs, 1)
	assert.Equal(t, "d.md", errs[0].Path)
	assert.Equal(t, 2, errs[0].Line)
	assert.Positive(t, errs[0].Column)
	assert.Contains(t, errs[0].Message, "no-such-rule")
}
