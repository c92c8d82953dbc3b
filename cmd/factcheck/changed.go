package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/report"
)

// changedLines is which lines of which files differ from a base revision, for --changed-lines:
// like a linter's new-from-rev, a pull request is held to the lines it touches. Files git does
// not track are new: every line counts as changed.
type changedLines struct {
	root    string                 // the repository's top directory
	lines   map[string][]lineRange // absolute path → changed ranges (new side)
	tracked map[string]bool
}

type lineRange struct{ start, end int } // inclusive

// gitChangedLines runs `git diff -U0 BASE` for the files and reads the new side of each hunk.
func gitChangedLines(ctx context.Context, base string, files []string) (*changedLines, error) {
	if strings.HasPrefix(base, "-") {
		return nil, fmt.Errorf("--changed-lines: %q is not a revision", base)
	}
	top, err := git(ctx, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--changed-lines needs a git work tree: %v", err)
	}
	root := strings.TrimSpace(string(top))
	if _, err := git(ctx, "rev-parse", "--verify", "--quiet", base+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed-lines: %q is not a commit in this repository (fetch it first, e.g. git fetch origin %s)", base, base)
	}
	args := []string{"diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", base, "--"}
	var paths []string
	for _, f := range files {
		if f != "-" {
			paths = append(paths, f)
		}
	}
	c := &changedLines{root: root, lines: map[string][]lineRange{}, tracked: map[string]bool{}}
	if len(paths) == 0 {
		return c, nil
	}
	out, err := git(ctx, append(args, paths...)...)
	if err != nil {
		return nil, fmt.Errorf("--changed-lines: git diff: %v", err)
	}
	c.lines = parseUnifiedDiff(root, out)
	ls, err := git(ctx, append([]string{"ls-files", "--full-name", "-z", "--"}, paths...)...)
	if err == nil {
		for _, p := range bytes.Split(ls, []byte{0}) {
			if len(p) > 0 {
				c.tracked[filepath.Join(root, string(p))] = true
			}
		}
	}
	return c, nil
}

func git(ctx context.Context, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%s", msg)
		}
		return nil, err
	}
	return out, nil
}

// parseUnifiedDiff reads "+++ b/path" and "@@ -a,b +c,d @@" lines: the new side's changed
// ranges for each file (a pure deletion, d = 0, changes no line of the new file).
func parseUnifiedDiff(root string, diff []byte) map[string][]lineRange {
	out := map[string][]lineRange{}
	current := ""
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if name == "/dev/null" {
				current = ""
				continue
			}
			name = strings.TrimPrefix(unquoteGitPath(name), "b/")
			current = filepath.Join(root, filepath.FromSlash(name))
			out[current] = out[current][:0:0]
		case strings.HasPrefix(line, "@@ ") && current != "":
			fields := strings.Fields(line)
			if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
				continue
			}
			startText, countText, hasCount := strings.Cut(fields[2][1:], ",")
			start, err := strconv.Atoi(startText)
			if err != nil {
				continue
			}
			count := 1
			if hasCount {
				if count, err = strconv.Atoi(countText); err != nil {
					continue
				}
			}
			if count > 0 {
				out[current] = append(out[current], lineRange{start, start + count - 1})
			}
		}
	}
	return out
}

// unquoteGitPath undoes git's C-style quoting of unusual file names ("b/caf\303\251.md").
func unquoteGitPath(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
	}
	return s
}

// keep reports whether a finding touches a changed line.
func (c *changedLines) keep(f report.LintFinding) bool {
	abs, err := filepath.Abs(f.Path)
	if err != nil {
		return true
	}
	if !c.tracked[abs] {
		if _, inDiff := c.lines[abs]; !inDiff {
			return true // new, untracked file: all of it is a change
		}
	}
	end := max(f.EndLine, f.Line)
	for _, r := range c.lines[abs] {
		if f.Line <= r.end && end >= r.start {
			return true
		}
	}
	return false
}
