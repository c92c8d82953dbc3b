package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// corpusCase is one malformed input from testdata/bad/cases.yaml.
type corpusCase struct {
	Name       string            `yaml:"name"`
	Args       []string          `yaml:"args"`
	Env        map[string]string `yaml:"env"`
	Dir        string            `yaml:"dir"`
	StdinFile  string            `yaml:"stdin_file"`
	Exit       int               `yaml:"exit"`
	Message    string            `yaml:"message"`
	StdoutJSON bool              `yaml:"stdout_json"`
}

// TestMalformedInputCorpus runs every case of the committed malformed-input corpus: the exit
// code and message are as listed, nothing panics (a panic fails the whole test binary), no case
// takes long, and a JSON report on stdout is whole JSON even when some inputs failed.
func TestMalformedInputCorpus(t *testing.T) {
	root, err := filepath.Abs("../../testdata/bad")
	require.NoError(t, err)
	src, err := os.ReadFile(filepath.Join(root, "cases.yaml"))
	require.NoError(t, err)
	var cases []corpusCase
	require.NoError(t, yaml.Unmarshal(src, &cases))
	require.GreaterOrEqual(t, len(cases), 100)
	for _, key := range os.Environ() {
		if name, _, _ := strings.Cut(key, "="); strings.HasPrefix(name, "FACTCHECK_") {
			t.Setenv(name, "")
			os.Unsetenv(name)
		}
	}
	names := map[string]bool{}
	for _, c := range cases {
		require.False(t, names[c.Name], "case %s is listed twice", c.Name)
		names[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			t.Chdir(filepath.Join(root, c.Dir))
			for k, v := range c.Env {
				t.Setenv(k, v)
			}
			var stdin []byte
			if c.StdinFile != "" {
				stdin, err = os.ReadFile(filepath.Join(root, c.StdinFile))
				require.NoError(t, err)
			}
			var out, errOut bytes.Buffer
			start := time.Now()
			code := run(c.Args, bytes.NewReader(stdin), &out, &errOut)
			elapsed := time.Since(start)
			both := errOut.String() + out.String()
			assert.Equal(t, c.Exit, code, "exit code\nstderr: %s\nstdout: %.2000s", errOut.String(), out.String())
			assert.Contains(t, both, c.Message)
			assert.Less(t, elapsed, 20*time.Second)
			if c.StdoutJSON {
				assert.True(t, json.Valid(out.Bytes()), "stdout is not whole JSON: %.500s", out.String())
			}
			if code == exitInput && c.Message != "" {
				assert.NotEmpty(t, errOut.String()+out.String(), "an input error says what it is")
			}
			assert.NotContains(t, both, "goroutine ", "no stack trace reaches the user")
			assert.NotContains(t, both, "internal error", fmt.Sprintf("case %s hit a bug", c.Name))
		})
	}
}

// Inputs too large to commit are generated: each is refused quickly, by name and position,
// in bounded memory.
func TestGeneratedOversizedInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int, fill func(*bytes.Buffer)) string {
		var b bytes.Buffer
		for b.Len() < size {
			fill(&b)
		}
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
		return p
	}
	big := write("big.txt", 11<<20, func(b *bytes.Buffer) { b.WriteString("The river rose two metres overnight, the police said.\n\n") })
	bigClaims := write("big.claims.yaml", 11<<20, func(b *bytes.Buffer) {
		if b.Len() == 0 {
			b.WriteString("claims:\n")
		}
		b.WriteString("  - {id: c, text: One., part: body, kind: event}\n")
	})
	keys := 0
	front := write("front.md", 2<<20, func(b *bytes.Buffer) {
		if b.Len() == 0 {
			b.WriteString("---\n")
		}
		fmt.Fprintf(b, "key%d: value\n", keys)
		keys++
	})
	slowCfg := filepath.Join(dir, "slow.yaml")
	require.NoError(t, os.WriteFile(slowCfg, []byte("limits:\n  extract_timeout: 1ns\n"), 0o644))
	article := write("article.txt", 200<<10, func(b *bytes.Buffer) { b.WriteString("Officials said the army claimed it, the police said.\n\n") })

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", big}, "big.txt:1:1: file is too large"},
		{[]string{"lint", big}, "big.txt:1:1: file is too large"},
		{[]string{"check", bigClaims}, "big.claims.yaml:1:1: file is too large"},
		{[]string{"lint", front}, "front.md:1002:1: front matter has more than 1000 keys"},
		{[]string{"check", "-c", slowCfg, article}, "article.txt:1:1: extracting claims exceeded its 1ns limit"},
	} {
		start := time.Now()
		r := factcheckCLI(t, tc.args...)
		assert.Equal(t, exitInput, r.code, "%v: %s", tc.args, r.stderr)
		assert.Contains(t, r.stderr+r.stdout, tc.want)
		assert.Less(t, time.Since(start), 10*time.Second)
	}
}
