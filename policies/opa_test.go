package policies_test

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"

	"github.com/factcheck/factcheck/policies"
)

// regoFiles are the embedded policies and their tests.
func regoFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := fs.WalkDir(policies.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") {
			return err
		}
		src, err := policies.FS.ReadFile(path)
		out["policies/"+path] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPoliciesAreFormatted is `opa fmt --diff` without the binary: OPA's own formatter.
func TestPoliciesAreFormatted(t *testing.T) {
	for name, src := range regoFiles(t) {
		formatted, err := format.SourceWithOpts(name, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(formatted, src) {
			t.Errorf("%s is not formatted as opa fmt would: run go run ./internal/regofmt", name)
		}
	}
}

// TestPoliciesPassStrictCheck is `opa check --strict`: unused imports, unused local variables,
// shadowed names and deprecated builtins are errors.
func TestPoliciesPassStrictCheck(t *testing.T) {
	mods := map[string]*ast.Module{}
	for name, src := range regoFiles(t) {
		m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		mods[name] = m
	}
	c := ast.NewCompiler().WithStrict(true).WithEnablePrintStatements(false)
	c.Compile(mods)
	for _, e := range c.Errors {
		t.Errorf("%v", e)
	}
}
