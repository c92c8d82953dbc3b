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
