// Command regofmt formats the policies as `opa fmt -w` would, with OPA's own formatter, so that
// nobody needs the opa binary: go run ./internal/regofmt [dir] (default policies).
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
)

func main() {
	dir := "policies"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out, err := format.SourceWithOpts(path, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		if !bytes.Equal(out, src) {
			fmt.Println(path)
			return os.WriteFile(path, out, 0o644)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "regofmt:", err)
		os.Exit(1)
	}
}
