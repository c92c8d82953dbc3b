package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/factcheck/factcheck/report"
)

// Default include globs: what lint reads in a directory, and what check reads (articles and
// claims files).
var (
	lintInclude  = []string{"*.md", "*.markdown", "*.txt"}
	checkInclude = []string{"*.claims.yaml", "*.claims.yml", "*.claims.json", "*.md", "*.markdown", "*.txt"}
)

// collectFiles expands the command line: files as given, directories recursively (files
// matching an include glob and no exclude glob), and globs, where ** crosses directories
// (drafts/**/*.md reaches drafts/a/b/c.md; filepath.Glob would stop at one level and pass
// silently). "-" is standard input. In argument order, each directory or glob in lexical
// order, without repeats. A pattern that matches nothing is
// an error: a CI step linting nothing must not pass.
func collectFiles(args, include, exclude []string) []fileArg {
	matchAny := func(globs []string, path string) bool {
		for _, g := range globs {
			if ok, _ := doublestar.Match(g, filepath.Base(path)); ok {
				return true
			}
			if ok, _ := doublestar.Match(g, filepath.ToSlash(path)); ok {
				return true
			}
		}
		return false
	}
	var out []fileArg
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, fileArg{path: p})
		}
	}
	fail := func(e report.Error) { out = append(out, fileArg{path: e.Path, err: &e}) }
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		matches := []string{arg}
		if strings.ContainsAny(arg, "*?[{") {
			if !doublestar.ValidatePathPattern(filepath.ToSlash(arg)) {
				fail(report.Error{Path: arg, Message: fmt.Sprintf("%s:1:1: not a valid glob pattern", arg)})
				continue
			}
			m, err := doublestar.FilepathGlob(arg, doublestar.WithFailOnIOErrors())
			if err != nil {
				fail(report.Error{Path: arg, Message: fmt.Sprintf("%s:1:1: %v", arg, err)})
				continue
			}
			m = slices.DeleteFunc(m, func(p string) bool { return matchAny(exclude, p) })
			if len(m) == 0 {
				fail(report.Error{Path: arg, Message: fmt.Sprintf("%s:1:1: no file matches this pattern", arg)})
				continue
			}
			slices.Sort(m)
			matches = m
		}
		for _, path := range matches {
			info, err := os.Stat(path)
			if err != nil {
				fail(fileError(path, err))
				continue
			}
			if !info.IsDir() {
				if !matchAny(exclude, path) {
					add(path)
				}
				continue
			}
			before := len(out)
			filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					fail(fileError(p, err))
					return nil
				}
				if matchAny(exclude, p) && p != path {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() && matchAny(include, filepath.Base(p)) {
					add(p)
				}
				return nil
			})
			if len(out) == before {
				fail(report.Error{Path: path, Message: fmt.Sprintf("%s:1:1: no file in this directory matches %s", path, strings.Join(include, ", "))})
			}
		}
	}
	return out
}

// fileArg is one file to read, or why an argument named none.
type fileArg struct {
	path string
	err  *report.Error
}

// splitArgs separates the files from the errors, in order.
func splitArgs(args []fileArg) (paths []string, errs []report.Error) {
	for _, a := range args {
		if a.err != nil {
			errs = append(errs, *a.err)
		} else {
			paths = append(paths, a.path)
		}
	}
	return paths, errs
}

func orDefault(globs, def []string) []string {
	if len(globs) == 0 {
		return def
	}
	return globs
}
