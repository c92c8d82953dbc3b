package factcheck_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

type actionStep struct {
	Name string            `yaml:"name"`
	ID   string            `yaml:"id"`
	Run  string            `yaml:"run"`
	Env  map[string]string `yaml:"env"`
}

func actionSteps(t *testing.T) []actionStep {
	t.Helper()
	src, err := os.ReadFile("action.yml")
	require.NoError(t, err)
	var action struct {
		Runs struct {
			Steps []actionStep `yaml:"steps"`
		} `yaml:"runs"`
	}
	require.NoError(t, yaml.Unmarshal(src, &action))
	return action.Runs.Steps
}

// No expression is expanded into a script: inputs and event fields reach run: through env:,
// where they are data. (An input spliced into a script is template injection.)
func TestActionScriptsInterpolateNothing(t *testing.T) {
	steps := actionSteps(t)
	require.NotEmpty(t, steps)
	for _, s := range steps {
		assert.NotContains(t, s.Run, "${{", "step %q expands an expression in its script", s.Name)
	}
}

func TestPreCommitHookRunsOnMarkdown(t *testing.T) {
	src, err := os.ReadFile(".pre-commit-hooks.yaml")
	require.NoError(t, err)
	var hooks []struct {
		ID      string   `yaml:"id"`
		Types   []string `yaml:"types"`
		TypesOr []string `yaml:"types_or"`
	}
	require.NoError(t, yaml.Unmarshal(src, &hooks))
	require.Len(t, hooks, 1)
	assert.Equal(t, []string{"markdown"}, hooks[0].Types)
	assert.Empty(t, hooks[0].TypesOr, "not every text file")
}

// The action's scripts, run with hostile paths and inputs: every path reaches factcheck as one
// argument, unglobbed and unexpanded, after --; outputs use a heredoc delimiter.
func TestActionScriptsPassPathsAsData(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	steps := actionSteps(t)
	byID := map[string]actionStep{}
	for _, s := range steps {
		byID[s.Name] = s
	}
	choose, lint := byID["Choose drafts and configuration"], byID["Lint (annotations on the pull request)"]
	require.NotEmpty(t, choose.Run)
	require.NotEmpty(t, lint.Run)

	dir := t.TempDir()
	tmp := filepath.Join(dir, "runner")
	require.NoError(t, os.MkdirAll(tmp, 0o755))
	out := filepath.Join(dir, "github_output")
	hostile := "drafts/a b.md\n$(touch pwned) `touch pwned2`\n'quoted;rm -rf x'.md\n**/*.md -o=json"
	run := func(script string, env map[string]string) {
		t.Helper()
		cmd := exec.Command("bash", "-c", "factcheck() { printf '%s\\n' \"$@\" > \"$RUNNER_TEMP/args\"; }\n"+script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "RUNNER_TEMP="+tmp, "GITHUB_OUTPUT="+out)
		for k, v := range env {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		b, err := cmd.CombinedOutput()
		require.NoError(t, err, string(b))
	}
	run(choose.Run, map[string]string{"PATHS": hostile, "CONFIG": "", "BASE": ""})
	outputs, err := os.ReadFile(out)
	require.NoError(t, err)
	parsed := parseGitHubOutput(t, string(outputs))
	assert.Equal(t, "4", parsed["count"])
	run(lint.Run, map[string]string{"LIST": parsed["list-file"], "CONFIG_MODE": parsed["config-mode"], "CONFIG_FILE": parsed["config-file"],
		"FAIL_LEVEL": "error; touch pwned3", "MIN_SEVERITY": "info", "CHANGED_LINES": "false", "BASE": ""})
	args, err := os.ReadFile(filepath.Join(tmp, "args"))
	require.NoError(t, err)
	assert.Equal(t, []string{"lint", "-o", "github", "--fail-level", "error; touch pwned3", "--min-severity", "info", "--no-config", "--",
		"drafts/a b.md", "$(touch pwned) `touch pwned2`", "'quoted;rm -rf x'.md", "**/*.md -o=json"},
		strings.Split(strings.TrimSuffix(string(args), "\n"), "\n"))
	// A single line is split on spaces, and a glob stays a glob even when it matches here.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "here.md"), nil, 0o644))
	require.NoError(t, os.Truncate(out, 0))
	run(choose.Run, map[string]string{"PATHS": "drafts/ *.md", "CONFIG": "", "BASE": ""})
	outputs, err = os.ReadFile(out)
	require.NoError(t, err)
	list, err := os.ReadFile(parseGitHubOutput(t, string(outputs))["list-file"])
	require.NoError(t, err)
	assert.Equal(t, "drafts/\x00*.md\x00", string(list))

	for _, f := range []string{"pwned", "pwned2", "pwned3"} {
		assert.NoFileExists(t, filepath.Join(dir, f), "an input ran as a command")
	}
}

// parseGitHubOutput reads name=value and name<<DELIM … DELIM entries.
func parseGitHubOutput(t *testing.T, s string) map[string]string {
	t.Helper()
	out := map[string]string{}
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); i++ {
		if name, delim, ok := strings.Cut(lines[i], "<<"); ok {
			var val []string
			for i++; i < len(lines) && lines[i] != delim; i++ {
				val = append(val, lines[i])
			}
			out[name] = strings.Join(val, "\n")
			continue
		}
		if name, val, ok := strings.Cut(lines[i], "="); ok {
			out[name] = val
		}
	}
	return out
}
