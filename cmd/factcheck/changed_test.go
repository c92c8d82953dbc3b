package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseUnifiedDiffReadsTheNewSide(t *testing.T) {
	diff := "diff --git a/d/x.md b/d/x.md\n--- a/d/x.md\n+++ b/d/x.md\n@@ -3 +3 @@\n-old\n+new\n@@ -10,0 +11,2 @@\n+a\n+b\n@@ -20,4 +21,0 @@\n-gone\n" +
		"diff --git a/\"caf\\303\\251.md\" b/\"caf\\303\\251.md\"\n+++ \"b/caf\\303\\251.md\"\n@@ -1,2 +1,3 @@\n"
	got := parseUnifiedDiff("/repo", []byte(diff))
	assert.Equal(t, []lineRange{{3, 3}, {11, 12}}, got[filepath.FromSlash("/repo/d/x.md")], "a pure deletion changes no new line")
	assert.Equal(t, []lineRange{{1, 3}}, got[filepath.FromSlash("/repo/café.md")])
}

// --changed-lines keeps the findings on lines the change touched, and all of a new file's.
func TestLintChangedLinesAgainstABaseRevision(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	gitIn := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	old := "# Port reopens\n\nThe port reopened on Friday, the harbour authority said.\n\nThe strike killed 12 people.\n"
	writeFile(t, filepath.Join(dir, "story.md"), old)
	gitIn("init", "-q")
	gitIn("add", ".")
	gitIn("commit", "-q", "-m", "base")
	writeFile(t, filepath.Join(dir, "story.md"), old+"\nThe blast killed 40 people.\n")
	writeFile(t, filepath.Join(dir, "new.md"), "# New\n\nThe flood killed 3 people.\n")
	t.Chdir(dir)

	all, _ := lintJSON(t, "story.md", "new.md")
	rep, r := lintJSON(t, "--changed-lines", "HEAD", "story.md", "new.md")
	require.NotEqual(t, exitInput, r.code, r.stderr)
	lines := map[string][]int{}
	for _, f := range rep.Findings {
		lines[f.Path] = append(lines[f.Path], f.Line)
	}
	assert.Equal(t, []int{7}, lines["story.md"], "only the added line of a changed file")
	assert.NotEmpty(t, lines["new.md"], "every line of an untracked file")
	assert.Greater(t, len(all.Findings), len(rep.Findings))

	r = factcheckCLI(t, "lint", "--changed-lines", "no-such-rev", "story.md")
	assert.Equal(t, exitInput, r.code)
	assert.True(t, strings.Contains(r.stderr, `"no-such-rev" is not a commit`), r.stderr)
}
