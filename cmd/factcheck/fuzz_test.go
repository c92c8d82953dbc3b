package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func seedFiles(f *testing.F, globs ...string) {
	for _, g := range globs {
		paths, _ := filepath.Glob(filepath.Join("..", "..", g))
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
	}
}

// FuzzConfigFile: any bytes as a configuration file are accepted or refused with an error,
// never a panic.
func FuzzConfigFile(f *testing.F) {
	seedFiles(f, "config.yaml", "testdata/bad/config/*.yaml", "testdata/bad/discovery/*/*.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = checkConfigFile("fuzz.yaml", data)
	})
}

// FuzzEnvironment: any FACTCHECK_* name and value is accepted or refused; accepted values
// type into params without a panic.
func FuzzEnvironment(f *testing.F) {
	for _, kv := range [][2]string{{"DATA_WEIGHTS_HEDGE", "NaN"}, {"OUTPUT", "json"}, {"FAIL_ON", "refuted,great"},
		{"DATA_LINT_VAGUE_SOURCES", "experts,,pundits"}, {"ENGINE_TIMEOUT", "-1s"}, {"DATA_CREDIBILITY_CONFIRMED", "1e999"}} {
		f.Add(kv[0], kv[1])
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		if strings.ContainsAny(name, "=\x00") || strings.Contains(value, "\x00") {
			return
		}
		env := []string{"FACTCHECK_" + name + "=" + value}
		if checkEnvironment(env) != nil {
			return
		}
		known, err := envKeys()
		if err != nil {
			t.Fatal(err)
		}
		if k, ok := known["FACTCHECK_"+name]; ok && strings.HasPrefix(k.key, "data.") {
			t.Setenv("FACTCHECK_"+name, value)
			params := map[string]any{}
			if err := typedFromEnvironment(params); err != nil {
				t.Fatal(err)
			}
		}
	})
}
