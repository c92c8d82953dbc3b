package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/engine"
)

// loadConfig layers the configuration: embedded config.yaml, then the user's config file
// (--config, or ./config.yaml when present), then FACTCHECK_* environment variables, then the
// flags the user set.
func loadConfig(cmd *cobra.Command) (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(factcheck.DefaultConfig)); err != nil {
		return nil, fmt.Errorf("embedded config.yaml: %w", err)
	}
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		if _, err := os.Stat("config.yaml"); err == nil {
			path = "config.yaml"
		}
	}
	if path != "" {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, errors.Unwrap(err))
		}
		if err := v.MergeConfig(bytes.NewReader(src)); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	v.SetEnvPrefix("FACTCHECK")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	bind := map[string]string{
		"output": "output", "fail_on": "fail-on", "explain": "explain",
		"policy": "policy", "data_files": "data", "engine.timeout": "timeout",
	}
	for key, flag := range bind {
		if f := cmd.Flags().Lookup(flag); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return nil, err
			}
		}
	}
	return v, nil
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
	if params, ok := v.AllSettings()["data"].(map[string]any); ok {
		opts = append(opts, engine.WithParams(typedScalars(params).(map[string]any)))
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

// typedScalars restores numbers and booleans that arrive as strings from environment
// variables (FACTCHECK_DATA_WEIGHTS_HEDGE=-0.1), so that policies compare numbers with numbers.
func typedScalars(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			x[k] = typedScalars(val)
		}
		return x
	case []any:
		for i, val := range x {
			x[i] = typedScalars(val)
		}
		return x
	case string:
		if f, err := strconv.ParseFloat(x, 64); err == nil {
			return f
		}
		if b, err := strconv.ParseBool(x); err == nil && (x == "true" || x == "false") {
			return b
		}
		return x
	default:
		return v
	}
}
