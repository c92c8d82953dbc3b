package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck"
)

// A report names the user's policies and data behind its verdicts, by digest; a run on the
// built-ins alone carries no policy block, so its bytes do not change.
func TestJSONReportNamesUserPoliciesByDigest(t *testing.T) {
	r := factcheckCLI(t, "check", "-o", "json", seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Nil(t, decodeReport(t, r.stdout).Policy)

	r = factcheckCLI(t, "check", "-o", "json", "-p", "../../testdata/policies/house-style", seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	assertValidJSON(t, factcheck.ReportSchema, r.stdout)
	p := decodeReport(t, r.stdout).Policy
	require.NotNil(t, p)
	require.Len(t, p.Files, 1)
	assert.Equal(t, "../../testdata/policies/house-style/house_style.rego", p.Files[0].Path)
	assert.Len(t, p.Files[0].SHA256, 64)
	assert.Regexp(t, `^sha256:[0-9a-f]{64}$`, p.Builtin)

	t.Setenv("FACTCHECK_DATA_WEIGHTS_HEDGE", "-0.1")
	r = factcheckCLI(t, "check", "-o", "json", seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	changed := decodeReport(t, r.stdout).Policy
	require.NotNil(t, changed, "changed params are named too")
	assert.NotEqual(t, p.Params, changed.Params)
	assert.Equal(t, p.Builtin, changed.Builtin)
}
