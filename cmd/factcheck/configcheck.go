package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// The configuration's shape is the embedded config.yaml: every key a user may set is a key
// there, and its default value gives its type (a number, a whole number, a flag, a text, a
// list of either, or a list of objects). The checks below hold a user's file and FACTCHECK_*
// variables to that shape, and to the ranges in valueRules, before any of it reaches a policy:
// a bad weight is an error at the value, not a failure inside a built-in rule.

// maxConfigBytes bounds a configuration file.
const maxConfigBytes = 1 << 20

// valueRule constrains the values at key paths matching a pattern (dot-separated keys, "*"
// for any one key; list elements are "[]").
type valueRule struct {
	pattern  string
	min, max float64 // numbers: inclusive range
	integer  bool
	oneOf    []string // texts (and each text of a list): allowed values
	check    func(string) error
}

var labelNames = []string{"confirmed", "supported", "contested", "unverified", "unattributed", "overstated", "refuted"}

var valueRules = []valueRule{
	{pattern: "output", oneOf: report.CheckFormats()},
	{pattern: "fail_on", oneOf: labelNames},
	{pattern: "lint.output", oneOf: report.LintFormats()},
	{pattern: "lint.min_severity", oneOf: []string{"error", "warning", "info"}},
	{pattern: "lint.fail_level", oneOf: []string{"error", "warning"}},
	{pattern: "engine.timeout", check: positiveDuration},
	{pattern: "limits.extract_timeout", check: positiveDuration},
	{pattern: "limits.*", min: 1, max: math.MaxInt32, integer: true},
	{pattern: "engine.max_memory_bytes", min: 64 << 20, max: 1 << 40, integer: true},
	{pattern: "data.reliability_score.*", min: 0, max: 1},
	{pattern: "data.unattributed_base", min: 0, max: 1},
	{pattern: "data.weights.*", min: -1, max: 1},
	{pattern: "data.caps.*", min: 0, max: 1},
	{pattern: "data.cutoffs.*", min: 0, max: 1},
	{pattern: "data.credibility.*", min: 1, max: 6, integer: true},
	{pattern: "data.likelihood.[].min", min: 0, max: 1},
	{pattern: "data.label_precedence", oneOf: labelNames},
	{pattern: "data.label_ladder", oneOf: labelNames},
	{pattern: "data.lint.rules.*.severity", oneOf: []string{"error", "warning", "info"}},
	{pattern: "data.lint.threshold", oneOf: append([]string{""}, labelNames...)},
	{pattern: "data.lint.lede_claims", min: 0, max: 1000, integer: true},
}

// openMaps are mappings whose keys are names the user may add (a user policy's lint rule);
// their values have the shape of the default's first entry.
var openMaps = []string{"data.lint.rules"}

func positiveDuration(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("%q is not a positive duration (e.g. 5s, 500ms)", s)
	}
	return nil
}

// defaultsTree is the embedded config.yaml as a node tree: the shape configurations follow.
func defaultsTree() (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(factcheck.DefaultConfig, &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("embedded config.yaml: %v", err)
	}
	return doc.Content[0], nil
}

// configError places a problem in a configuration file.
func configError(file string, n *yaml.Node, format string, args ...any) *claims.Error {
	line, col := 1, 1
	if n != nil && n.Line > 0 {
		line, col = n.Line, n.Column
	}
	return &claims.Error{Path: file, Line: line, Column: col, Message: fmt.Sprintf(format, args...)}
}

// checkConfigFile parses a configuration file and holds it to the defaults' shape. It returns
// every problem (up to a bound), each at its key or value.
func checkConfigFile(file string, src []byte) error {
	if len(src) > maxConfigBytes {
		return configError(file, nil, "configuration file is larger than %d bytes", maxConfigBytes)
	}
	if err := claims.CheckText(file, src); err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, tail, ok := strings.Cut(rest, ":"); ok {
				if v, convErr := strconv.Atoi(n); convErr == nil {
					line, msg = v, strings.TrimSpace(tail)
				}
			}
		}
		return &claims.Error{Path: file, Line: line, Column: 1, Message: "invalid YAML: " + msg}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return configError(file, nil, "empty configuration file: expected keys such as output, lint, engine or data (see config.yaml)")
	}
	defaults, err := defaultsTree()
	if err != nil {
		return err
	}
	var errs claims.Errors
	checkNode(file, nil, defaults, doc.Content[0], 0, &errs)
	if len(errs) > 0 {
		return errs
	}
	return nil
}

const maxConfigErrors = 25

// checkNode compares a user's value with the default's at the same key path.
func checkNode(file string, keys []string, def, user *yaml.Node, depth int, errs *claims.Errors) {
	if len(*errs) >= maxConfigErrors {
		return
	}
	where := strings.Join(keys, ".")
	if where == "" {
		where = "the configuration"
	}
	add := func(n *yaml.Node, format string, args ...any) {
		if len(*errs) < maxConfigErrors {
			*errs = append(*errs, configError(file, n, format, args...))
		}
	}
	if user.Kind == yaml.AliasNode || user.Anchor != "" {
		add(user, "%s: anchors and aliases are not allowed in a configuration file", where)
		return
	}
	if depth > 16 {
		add(user, "%s: nested too deeply", where)
		return
	}
	switch def.Kind {
	case yaml.MappingNode:
		if user.Kind != yaml.MappingNode {
			add(user, "%s: expected a mapping of keys, not %s", where, describeNode(user))
			return
		}
		open := slices.Contains(openMaps, strings.Join(keys, "."))
		seen := map[string]bool{}
		for i := 0; i+1 < len(user.Content); i += 2 {
			k, v := user.Content[i], user.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Tag == "!!merge" {
				add(k, "%s: keys must be plain names", where)
				continue
			}
			if seen[k.Value] {
				add(k, "%s: key %q appears twice", where, k.Value)
				continue
			}
			seen[k.Value] = true
			dv := mappingChild(def, k.Value)
			if dv == nil && open && len(def.Content) >= 2 {
				dv = def.Content[1]
			}
			if dv == nil {
				add(k, "unknown key %q%s (known: %s)", k.Value, under(keys), strings.Join(mappingKeys(def), ", "))
				continue
			}
			checkNode(file, append(slices.Clone(keys), k.Value), dv, v, depth+1, errs)
		}
	case yaml.SequenceNode:
		if user.Kind != yaml.SequenceNode {
			add(user, "%s: expected a list, not %s", where, describeNode(user))
			return
		}
		var elem *yaml.Node
		if len(def.Content) > 0 {
			elem = def.Content[0]
		}
		for _, c := range user.Content {
			if elem == nil || elem.Kind == yaml.ScalarNode {
				if c.Kind != yaml.ScalarNode {
					add(c, "%s: expected a list of texts, not %s", where, describeNode(c))
					continue
				}
				checkScalar(file, keys, elem, c, errs)
				continue
			}
			checkNode(file, append(slices.Clone(keys), "[]"), elem, c, depth+1, errs)
		}
	default:
		if user.Kind != yaml.ScalarNode {
			add(user, "%s: expected %s, not %s", where, describeNode(def), describeNode(user))
			return
		}
		checkScalar(file, keys, def, user, errs)
	}
}

func under(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	return " under " + strings.Join(keys, ".")
}

// checkScalar checks one value's type against the default's and its range against valueRules.
func checkScalar(file string, keys []string, def, user *yaml.Node, errs *claims.Errors) {
	kind := "!!str"
	if def != nil {
		kind = def.Tag
	}
	if err := checkValue(strings.Join(keys, "."), kind, user.Tag, user.Value); err != nil {
		*errs = append(*errs, configError(file, user, "%s: %v", strings.Join(keys, "."), err))
	}
}

// checkValue checks one value, as written (tag is the YAML tag it parsed as; "" for an
// environment variable, which is text to be read as the default's type).
func checkValue(key, defTag, tag, value string) error {
	switch defTag {
	case "!!float", "!!int":
		if tag != "" && tag != "!!int" && tag != "!!float" {
			return fmt.Errorf("%q is not a number", value)
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(value, "_", ""), 64)
		if tag == "!!float" && err != nil { // YAML spellings: .5, .inf, .nan
			var v float64
			if yaml.Unmarshal([]byte(value), &v) == nil {
				f, err = v, nil
			}
		}
		if err != nil {
			return fmt.Errorf("%q is not a number", value)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%q is not a finite number", value)
		}
		if defTag == "!!int" && f != math.Trunc(f) {
			return fmt.Errorf("%q is not a whole number", value)
		}
		for _, r := range rulesFor(key) {
			if r.integer && f != math.Trunc(f) {
				return fmt.Errorf("%q is not a whole number", value)
			}
			if r.max > r.min && (f < r.min || f > r.max) {
				return fmt.Errorf("%s is out of range [%s, %s]", value, plain(r.min), plain(r.max))
			}
		}
	case "!!bool":
		if tag == "" {
			if value != "true" && value != "false" {
				return fmt.Errorf("%q is not true or false", value)
			}
		} else if tag != "!!bool" {
			return fmt.Errorf("%q is not true or false", value)
		}
	default:
		if tag != "" && tag != "!!str" && tag != "!!null" && tag != "!!int" && tag != "!!float" && tag != "!!bool" {
			return fmt.Errorf("%q is not a text", value)
		}
		if tag == "!!null" {
			value = ""
		}
		for _, r := range rulesFor(key) {
			if r.oneOf != nil && !slices.Contains(r.oneOf, value) {
				return fmt.Errorf("%q is not one of %s", value, strings.Join(nonEmpty(r.oneOf), ", "))
			}
			if r.check != nil {
				if err := r.check(value); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func nonEmpty(ss []string) []string {
	return slices.DeleteFunc(slices.Clone(ss), func(s string) bool { return s == "" })
}

func rulesFor(key string) []valueRule {
	var out []valueRule
	for _, r := range valueRules {
		if keyMatches(r.pattern, key) {
			out = append(out, r)
		}
	}
	return out
}

// keyMatches compares dotted key paths segment by segment; "*" in the pattern matches any
// one segment ("[]" is a list element, literally).
func keyMatches(pattern, key string) bool {
	ps, ks := strings.Split(pattern, "."), strings.Split(key, ".")
	if len(ps) != len(ks) {
		return false
	}
	for i := range ps {
		if ps[i] != "*" && ps[i] != ks[i] {
			return false
		}
	}
	return true
}

func describeNode(n *yaml.Node) string {
	if n == nil {
		return "nothing"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "a number (" + n.Value + ")"
	case "!!bool":
		return "true or false"
	case "!!null":
		return "an empty value"
	}
	return fmt.Sprintf("the text %q", n.Value)
}

func mappingChild(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func mappingKeys(n *yaml.Node) []string {
	var out []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, n.Content[i].Value)
	}
	sort.Strings(out)
	return out
}

// envKey is one configuration value a FACTCHECK_* variable may set.
type envKey struct {
	key  string // dotted key path, as viper names it
	tag  string // the default's YAML tag: the type
	list bool
}

// envKeys maps every FACTCHECK_* variable name to the key it sets: every scalar or list of
// scalars in config.yaml, upper-cased, dots as underscores.
func envKeys() (map[string]envKey, error) {
	defaults, err := defaultsTree()
	if err != nil {
		return nil, err
	}
	out := map[string]envKey{"FACTCHECK_CONFIG": {key: "", tag: "!!str"}}
	var walk func(keys []string, n *yaml.Node)
	walk = func(keys []string, n *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(append(slices.Clone(keys), n.Content[i].Value), n.Content[i+1])
			}
		case yaml.SequenceNode:
			if len(n.Content) == 0 || n.Content[0].Kind == yaml.ScalarNode {
				tag := "!!str"
				if len(n.Content) > 0 {
					tag = n.Content[0].Tag
				}
				key := strings.Join(keys, ".")
				out[envName(key)] = envKey{key: key, tag: tag, list: true}
			}
		case yaml.ScalarNode:
			key := strings.Join(keys, ".")
			out[envName(key)] = envKey{key: key, tag: n.Tag}
		}
	}
	walk(nil, defaults)
	return out, nil
}

func envName(key string) string {
	return "FACTCHECK_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// checkEnvironment refuses unknown FACTCHECK_* variables (a misspelt one would silently do
// nothing) and values of the wrong type or range, naming the variable.
func checkEnvironment(environ []string) error {
	known, err := envKeys()
	if err != nil {
		return err
	}
	var problems []string
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "FACTCHECK_") {
			continue
		}
		k, ok := known[name]
		if !ok {
			problems = append(problems, fmt.Sprintf("environment variable %s: unknown (FACTCHECK_* variables name config.yaml keys, e.g. FACTCHECK_ENGINE_TIMEOUT)", name))
			continue
		}
		if k.key == "" {
			continue
		}
		values := []string{value}
		if k.list {
			values = splitList(value)
		}
		for _, v := range values {
			if err := checkValue(k.key, k.tag, "", v); err != nil {
				problems = append(problems, fmt.Sprintf("environment variable %s: %v", name, err))
				break
			}
		}
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// findConfig looks for .factcheck.yaml (or .factcheck.yml) in the working directory and each
// directory above it; the first found is the user's configuration. A generic name such as
// config.yaml is never picked up: it may belong to anything.
func findConfig() string {
	start, err := os.Getwd()
	if err != nil {
		return ""
	}
	dir := start
	for {
		for _, name := range []string{".factcheck.yaml", ".factcheck.yml"} {
			p := filepath.Join(dir, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				if rel, err := filepath.Rel(start, p); err == nil {
					return rel
				}
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// plain writes a bound as people write numbers (1073741824, not 1.073741824e+09).
func plain(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
