package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/engine"
)

// loadConfig layers the configuration: embedded config.yaml, then the user's config file
// (--config, $FACTCHECK_CONFIG, or .factcheck.yaml found in the working directory or above it;
// --no-config: none), then FACTCHECK_* environment variables, then the flags the user set. The
// file and the variables are checked against config.yaml's keys and types first: an unknown
// key or variable, or a value of the wrong type or range, is an error naming it and its place.
func loadConfig(cmd *cobra.Command) (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(factcheck.DefaultConfig)); err != nil {
		return nil, fmt.Errorf("embedded config.yaml: %w", err)
	}
	path, _ := cmd.Flags().GetString("config")
	noConfig, _ := cmd.Flags().GetBool("no-config")
	if path == "" && !noConfig {
		path = os.Getenv("FACTCHECK_CONFIG")
	}
	if path == "" && !noConfig {
		path = findConfig()
	}
	if path != "" && !noConfig {
		src, err := readConfigFile(path)
		if err != nil {
			return nil, err
		}
		if err := checkConfigFile(path, src); err != nil {
			return nil, err
		}
		if err := v.MergeConfig(bytes.NewReader(src)); err != nil {
			return nil, &claims.Error{Path: path, Line: 1, Column: 1, Message: err.Error()}
		}
	}
	if err := checkEnvironment(os.Environ()); err != nil {
		return nil, err
	}
	v.SetEnvPrefix("FACTCHECK")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	bind := map[string]string{
		"output": "output", "fail_on": "fail-on", "explain": "explain",
		"policy": "policy", "data_files": "data", "engine.timeout": "timeout",
		"engine.allow_policy_override": "allow-policy-override",
	}
	for key, flag := range bind {
		if f := cmd.Flags().Lookup(flag); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return nil, err
			}
		}
	}
	if err := applyLimits(v); err != nil {
		return nil, err
	}
	return v, nil
}

// readConfigFile reads a configuration file up to its size bound.
func readConfigFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, claims.FileError(path, err)
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err != nil {
		return nil, claims.FileError(path, err)
	}
	return src, nil
}

// applyLimits hands the limits section to the readers in package claims.
func applyLimits(v *viper.Viper) error {
	extract, err := duration(v, "limits.extract_timeout")
	if err != nil {
		return err
	}
	claims.SetLimits(claims.Limits{
		MaxDocumentBytes:   v.GetInt64("limits.max_document_bytes"),
		MaxYAMLDepth:       v.GetInt("limits.max_yaml_depth"),
		MaxYAMLNodes:       v.GetInt("limits.max_yaml_nodes"),
		MaxMarkdownDepth:   v.GetInt("limits.max_markdown_depth"),
		MaxFrontMatterKeys: v.GetInt("limits.max_front_matter_keys"),
		ExtractTimeout:     extract,
	})
	return nil
}

// newEngine builds the engine the configuration describes; every error is an input error.
func newEngine(cmd *cobra.Command, v *viper.Viper) (*engine.Engine, error) {
	opts, err := engineOptions(v)
	if err != nil {
		return nil, inputError(err)
	}
	eng, err := engine.New(contextOf(cmd), opts...)
	if err != nil {
		return nil, inputError(err)
	}
	return eng, nil
}

// engineOptions turns the configuration into engine options.
func engineOptions(v *viper.Viper) ([]engine.Option, error) {
	timeout, err := duration(v, "engine.timeout")
	if err != nil {
		return nil, err
	}
	opts := []engine.Option{
		engine.WithTimeout(timeout),
		engine.WithClock(v.GetBool("engine.allow_clock")),
		engine.WithRandomness(v.GetBool("engine.allow_random")),
	}
	for _, dir := range list(v, "policy") {
		opts = append(opts, engine.WithPolicyDir(dir))
	}
	for _, f := range list(v, "data_files") {
		opts = append(opts, engine.WithDataFile(f))
	}
	opts = append(opts, engine.WithPolicyOverride(v.GetBool("engine.allow_policy_override")),
		engine.WithMemoryLimit(v.GetUint64("engine.max_memory_bytes")))
	if params, ok := v.AllSettings()["data"].(map[string]any); ok {
		if err := typedFromEnvironment(params); err != nil {
			return nil, err
		}
		opts = append(opts, engine.WithParams(params))
	}
	return opts, nil
}

func duration(v *viper.Viper, key string) (time.Duration, error) {
	raw := v.GetString(key)
	d, err := time.ParseDuration(raw)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s: %q is not a positive duration (e.g. 5s, 500ms)", key, raw)
	}
	return d, nil
}

// list reads a list key that may come from YAML (a list), a repeatable flag, or an environment
// variable (comma- or space-separated).
func list(v *viper.Viper, key string) []string {
	var out []string
	for _, s := range v.GetStringSlice(key) {
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' }) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// typedFromEnvironment gives the params set by FACTCHECK_DATA_* variables their type (viper
// hands them over as text): numbers, true/false, and comma-separated lists. The values were
// checked by checkEnvironment.
func typedFromEnvironment(params map[string]any) error {
	known, err := envKeys()
	if err != nil {
		return err
	}
	for name, k := range known {
		rest, ok := strings.CutPrefix(k.key, "data.")
		if !ok {
			continue
		}
		raw, set := os.LookupEnv(name)
		if !set {
			continue
		}
		var typed any = raw
		switch {
		case k.list:
			items := []any{}
			for _, s := range splitList(raw) {
				items = append(items, scalarOf(k.tag, s))
			}
			typed = items
		default:
			typed = scalarOf(k.tag, raw)
		}
		setPath(params, strings.Split(rest, "."), typed)
	}
	return nil
}

func scalarOf(tag, s string) any {
	switch tag {
	case "!!int", "!!float":
		f, _ := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		return f
	case "!!bool":
		return s == "true"
	}
	return s
}

func setPath(m map[string]any, keys []string, v any) {
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
}
