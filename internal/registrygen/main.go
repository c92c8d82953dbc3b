// Command registrygen writes the gazetteer of states and parties (policies/data/gazetteer.yaml)
// from the table of state facts in states.txt, and checks the hand-written registry's state
// institutions (entries with `state` and `institution`) against the states and the institution
// templates of policies/data/kinds.yaml. The registry makes one source per state and
// institution from the gazetteer and those templates when a claim names it
// (claims/institutions.go).
//
// Run it from anywhere in the module: go generate ./internal/registrygen, or
// go run ./internal/registrygen. A test fails when the committed files differ from its output.
package main

//go:generate go run .

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root, err := moduleRoot()
	if err != nil {
		fail(err)
	}
	files, err := Generate(root)
	if err != nil {
		fail(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(root, f.Path), f.Content, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "registrygen:", err)
	os.Exit(1)
}

// moduleRoot is the nearest directory upwards holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
