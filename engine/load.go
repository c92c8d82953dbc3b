package engine

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/policies"
)

// PolicyError is a problem with a policy or data file, located by file, line and column.
type PolicyError struct {
	File    string
	Line    int
	Column  int
	Message string
}

func (e *PolicyError) Error() string {
	if e.File == "" {
		return e.Message
	}
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
}

// PolicyErrors is every problem found while loading or compiling the policies.
type PolicyErrors []*PolicyError

func (es PolicyErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

var parserOptions = ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true}

// modules holds parsed Rego, split so that evaluation never compiles the tests.
type modules struct {
	rules map[string]*ast.Module
	tests map[string]*ast.Module
	// embedded names the modules that came with the binary, as opposed to a policy directory
	// (whose files may have the same relative names: a directory called policies).
	embedded map[string]bool
}

func (m modules) all() map[string]*ast.Module {
	out := make(map[string]*ast.Module, len(m.rules)+len(m.tests))
	for k, v := range m.rules {
		out[k] = v
	}
	for k, v := range m.tests {
		out[k] = v
	}
	return out
}

func isTestFile(name string) bool { return strings.HasSuffix(name, "_test.rego") }

// loadModules parses the embedded policies and the user's policy directories; data files found
// in those directories are returned for merging. Unless override is allowed, a user module may
// not declare a built-in package, and a directory's data may not set params or built-in data.
func loadModules(dirs []string, allowOverride bool) (modules, []map[string]any, error) {
	mods := modules{rules: map[string]*ast.Module{}, tests: map[string]*ast.Module{}, embedded: map[string]bool{}}
	var errs PolicyErrors
	builtin := map[string]bool{} // packages of the embedded modules, as data.factcheck.…
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" {
			return err
		}
		src, err := policies.FS.ReadFile(p)
		if err != nil {
			return err
		}
		name := "policies/" + p
		m, err := ast.ParseModuleWithOpts(name, string(src), parserOptions)
		if err != nil {
			errs = append(errs, astErrors(err)...)
			return nil
		}
		mods.add(name, m)
		mods.embedded[name] = true
		if !isTestFile(name) {
			builtin[m.Package.Path.String()] = true
		}
		return nil
	})
	if err != nil {
		return mods, nil, err
	}
	var docs []map[string]any
	for _, dir := range dirs {
		if _, err := os.Stat(dir); err != nil {
			errs = append(errs, &PolicyError{File: dir, Message: "policy directory: " + statError(err)})
			continue
		}
		if dataErrs := checkDirData(dir); len(dataErrs) > 0 {
			errs = append(errs, dataErrs...)
			continue
		}
		res, err := loader.NewFileLoader().
			WithRegoVersion(ast.RegoV1).
			WithProcessAnnotation(true).
			Filtered([]string{dir}, nil)
		if err != nil {
			errs = append(errs, loaderErrors(err)...)
			continue
		}
		for name, f := range res.Modules {
			if !allowOverride && !isTestFile(name) {
				if why := reservedPackage(f.Parsed.Package.Path, builtin); why != "" {
					loc := f.Parsed.Package.Location
					pe := &PolicyError{File: name, Message: why + " (a policy directory adds rules in new packages; pass --allow-policy-override or set engine.allow_policy_override to replace built-ins)"}
					if loc != nil {
						pe.Line, pe.Column = loc.Row, loc.Col
					}
					errs = append(errs, pe)
					continue
				}
			}
			if mods.embedded[name] {
				name = "./" + name // a user file named like an embedded one does not replace it
			}
			mods.add(name, f.Parsed)
		}
		if len(res.Documents) > 0 {
			if !allowOverride {
				if key := reservedData(res.Documents); key != "" {
					errs = append(errs, &PolicyError{File: dir, Message: fmt.Sprintf("policy directory: its data files set %s, which is built-in data (params are set in the configuration, sources with --data; pass --allow-policy-override to let a policy directory change them)", key)})
					continue
				}
			}
			docs = append(docs, res.Documents)
		}
	}
	if len(errs) > 0 {
		return mods, nil, errs
	}
	return mods, docs, nil
}

// reservedPackage says why a user module may not declare pkg, or "". The factcheck namespace
// belongs to the embedded policies, except new packages under factcheck.rules and
// factcheck.lint.rules, where user rules go.
func reservedPackage(pkg ast.Ref, builtin map[string]bool) string {
	name := pkg.String()
	match := "" // the longest built-in package that is pkg or contains it
	for b := range builtin {
		if (name == b || strings.HasPrefix(name, b+".")) && len(b) > len(match) {
			match = b
		}
	}
	if match == name {
		return fmt.Sprintf("package %s is built in", strings.TrimPrefix(name, "data."))
	}
	if match != "" {
		return fmt.Sprintf("package %s is inside the built-in package %s", strings.TrimPrefix(name, "data."), strings.TrimPrefix(match, "data."))
	}
	for _, open := range []string{"data.factcheck.rules.", "data.factcheck.lint.rules."} {
		if strings.HasPrefix(name, open) {
			return ""
		}
	}
	if name == "data.factcheck" || strings.HasPrefix(name, "data.factcheck.") {
		return fmt.Sprintf("package %s is in the reserved factcheck namespace (user rules go in factcheck.rules.<name> or factcheck.lint.rules.<name>)", strings.TrimPrefix(name, "data."))
	}
	return ""
}

// reservedData names the first key of a policy directory's data that sets params or built-in
// data (anything under factcheck other than a new rule package's own data), or "".
func reservedData(doc map[string]any) string {
	fc, ok := doc["factcheck"].(map[string]any)
	if !ok {
		return ""
	}
	keys := make([]string, 0, len(fc))
	for k := range fc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if k != "rules" {
			return "factcheck." + k
		}
	}
	return ""
}

func (m modules) add(name string, mod *ast.Module) {
	if isTestFile(name) {
		m.tests[name] = mod
	} else {
		m.rules[name] = mod
	}
}

// loadData builds the policy data: embedded registry and gazetteer, then the default params
// from config.yaml, then the caller's params, data files and trees, each deep-merged over the
// last.
func loadData(s *settings, dirDocs []map[string]any) (map[string]any, error) {
	data := map[string]any{}
	entries, err := fs.Glob(policies.FS, "data/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, p := range entries {
		src, err := policies.FS.ReadFile(p)
		if err != nil {
			return nil, err
		}
		tree, err := decodeTree("policies/"+p, src)
		if err != nil {
			return nil, err
		}
		merge(data, tree)
	}
	defaults, err := DefaultParams()
	if err != nil {
		return nil, err
	}
	params := map[string]any{}
	merge(params, defaults)
	if s.params != nil {
		merge(params, s.params)
	}
	merge(data, map[string]any{"factcheck": map[string]any{"params": params}})
	for _, doc := range dirDocs {
		merge(data, doc)
	}
	for _, p := range s.dataFiles {
		src, err := readDataFile(p)
		if err != nil {
			return nil, err
		}
		if err := claims.CheckDataFile(p, src); err != nil {
			return nil, err
		}
		if !s.allowOverride {
			// Params have one place, the configuration, where they are checked by type and
			// range; a data file is for the registry and user rules' data.
			if line, col, ok := claims.LocateKey(src, "factcheck", "params"); ok {
				return nil, &PolicyError{File: p, Line: line, Column: col, Message: "data file: factcheck.params are set in the configuration (a config file's data: section or FACTCHECK_DATA_* variables), not in a data file (--allow-policy-override lets a data file set them)"}
			}
		}
		tree, err := decodeTree(p, src)
		if err != nil {
			return nil, err
		}
		merge(data, tree)
	}
	for _, tree := range s.data {
		merge(data, tree)
	}
	if key := nonFinite(data, "data"); key != "" {
		return nil, &PolicyError{File: "policy data", Message: key + " is not a finite number: weights, caps and cut-offs must be numbers (NaN and infinity are not)"}
	}
	return data, nil
}

// nonFinite names the first NaN or infinite number in a data tree, or "": the policy engine
// cannot represent them, and a rule comparing with one decides nothing.
func nonFinite(v any, at string) string {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return at
		}
	case float32:
		return nonFinite(float64(x), at)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if p := nonFinite(x[k], at+"."+k); p != "" {
				return p
			}
		}
	case []any:
		for i, e := range x {
			if p := nonFinite(e, fmt.Sprintf("%s[%d]", at, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

// readDataFile reads a data file up to the document size limit.
func readDataFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, claims.FileError(p, err)
	}
	defer f.Close()
	return claims.ReadAllLimited(p, f)
}

// DefaultParams returns the embedded defaults for data.factcheck.params: the `data` section of
// config.yaml.
func DefaultParams() (map[string]any, error) {
	var cfg struct {
		Data map[string]any `yaml:"data"`
	}
	if err := yaml.Unmarshal(factcheck.DefaultConfig, &cfg); err != nil {
		return nil, fmt.Errorf("embedded config.yaml: %w", err)
	}
	return cfg.Data, nil
}

// decodeTree reads a YAML or JSON data file whose top level is an object.
func decodeTree(name string, src []byte) (map[string]any, error) {
	var tree map[string]any
	if err := yaml.Unmarshal(src, &tree); err != nil {
		line := 1
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			fmt.Sscanf(err.Error(), "yaml: line %d:", &line)
		}
		return nil, &PolicyError{File: name, Line: line, Column: 1, Message: "data file: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	return tree, nil
}

// merge deep-merges src into dst: objects merge key by key, anything else replaces.
func merge(dst, src map[string]any) {
	for k, v := range src {
		if sv, ok := v.(map[string]any); ok {
			if dv, ok := dst[k].(map[string]any); ok {
				merge(dv, sv)
				continue
			}
			cp := map[string]any{}
			merge(cp, sv)
			dst[k] = cp
			continue
		}
		dst[k] = v
	}
}

func astErrors(err error) PolicyErrors {
	var list ast.Errors
	var one *ast.Error
	if errors.As(err, &one) {
		list = ast.Errors{one}
	} else if !errors.As(err, &list) {
		return PolicyErrors{{File: "policy", Message: err.Error()}}
	}
	out := make(PolicyErrors, 0, len(list))
	for _, e := range list {
		pe := &PolicyError{Message: e.Message}
		if e.Location != nil {
			pe.File, pe.Line, pe.Column = e.Location.File, e.Location.Row, e.Location.Col
		}
		out = append(out, pe)
	}
	return out
}

func loaderErrors(err error) PolicyErrors {
	var le loader.Errors
	if !errors.As(err, &le) {
		return PolicyErrors{{File: "policy", Message: err.Error()}}
	}
	var out PolicyErrors
	for _, e := range le {
		out = append(out, astErrors(e)...)
	}
	return out
}

func statError(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "no such file or directory"
	}
	return err.Error()
}

// placeRegistryError puts a registry error found after merging at the last data file that
// sets the source (later files win), at the field or the entry.
func placeRegistryError(err error, dataFiles []string) error {
	var re *claims.RegistryError
	if !errors.As(err, &re) {
		return err
	}
	for i := len(dataFiles) - 1; i >= 0; i-- {
		src, readErr := os.ReadFile(dataFiles[i])
		if readErr != nil {
			continue
		}
		line, col, ok := claims.LocateKey(src, "factcheck", "registry", "sources", re.Source)
		if !ok {
			continue
		}
		if l, c, ok := claims.LocateKey(src, "factcheck", "registry", "sources", re.Source, re.Field); ok {
			line, col = l, c
		}
		return &PolicyError{File: dataFiles[i], Line: line, Column: col, Message: re.Message}
	}
	return err
}

// checkDirData checks the data files of a policy directory (data.json, data.yaml, data.yml, as
// OPA's loader finds them) with the positions the loader's own errors lack, and bounds its Rego
// files' size before the loader reads them.
func checkDirData(dir string) PolicyErrors {
	var errs PolicyErrors
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if strings.HasSuffix(d.Name(), ".rego") {
			// Bounded like every input, and only regular files: a FIFO would block the loader.
			info, err := os.Stat(p)
			switch {
			case err != nil:
				errs = append(errs, &PolicyError{Message: claims.FileError(p, err).Error()})
			case !info.Mode().IsRegular():
				errs = append(errs, &PolicyError{File: p, Line: 1, Column: 1, Message: "not a regular file"})
			case info.Size() > claims.CurrentLimits().MaxDocumentBytes:
				errs = append(errs, &PolicyError{File: p, Line: 1, Column: 1, Message: fmt.Sprintf("policy file is larger than %d bytes (limits.max_document_bytes)", claims.CurrentLimits().MaxDocumentBytes)})
			}
			return nil
		}
		switch d.Name() {
		case "data.json", "data.yaml", "data.yml":
		default:
			return nil
		}
		src, err := readDataFile(p)
		if err == nil {
			err = claims.CheckDataFile(p, src)
		}
		if err != nil {
			errs = append(errs, &PolicyError{File: "", Message: err.Error()})
		}
		return nil
	})
	return errs
}
