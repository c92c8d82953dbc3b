package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/policies"
	"github.com/factcheck/factcheck/report"
)

// provenance records what the verdicts are computed with: the digest of the embedded
// policies, data and defaults, of the params in force, and of every user policy and data file.
// It is nil when only the built-ins with their default params are in play, so that the
// report of a plain run does not change.
func provenance(s *settings, params map[string]any) (*report.Provenance, error) {
	defaults, err := DefaultParams()
	if err != nil {
		return nil, err
	}
	paramsJSON, err := json.Marshal(params) // map keys are sorted: a canonical form
	if err != nil {
		return nil, err
	}
	defaultJSON, err := json.Marshal(withDefaults(defaults))
	if err != nil {
		return nil, err
	}
	if len(s.policyDirs) == 0 && len(s.dataFiles) == 0 && len(s.data) == 0 && !s.allowOverride && string(paramsJSON) == string(defaultJSON) {
		return nil, nil
	}
	p := &report.Provenance{Builtin: builtinDigest(), Params: "sha256:" + digest(paramsJSON), Files: []report.ProvenanceFile{}, Override: s.allowOverride}
	add := func(path string) {
		src, err := os.ReadFile(path)
		if err != nil {
			return
		}
		p.Files = append(p.Files, report.ProvenanceFile{Path: filepath.ToSlash(path), SHA256: digest(src)})
	}
	for _, dir := range s.policyDirs {
		var files []string
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && loadedByOPA(d.Name()) {
				files = append(files, path)
			}
			return nil
		})
		slices.Sort(files)
		for _, f := range files {
			add(f)
		}
	}
	for _, f := range s.dataFiles {
		add(f)
	}
	return p, nil
}

// withDefaults is the params tree as loadData builds it from the defaults alone.
func withDefaults(defaults map[string]any) map[string]any {
	out := map[string]any{}
	merge(out, defaults)
	return out
}

// loadedByOPA: the files OPA's loader reads from a policy directory.
func loadedByOPA(name string) bool {
	switch {
	case strings.HasSuffix(name, ".rego"):
		return true
	case name == "data.json", name == "data.yaml", name == "data.yml":
		return true
	}
	return false
}

// builtinDigest hashes every embedded policy and data file, by name, and the default
// configuration: one identifier for the built-in rule set of this build.
func builtinDigest() string {
	h := sha256.New()
	var names []string
	fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	slices.Sort(names)
	for _, n := range names {
		src, _ := policies.FS.ReadFile(n)
		h.Write([]byte(n + "\x00"))
		h.Write([]byte(digest(src)))
	}
	h.Write([]byte("config.yaml\x00" + digest(factcheck.DefaultConfig)))
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
