package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"

	"github.com/factcheck/factcheck/engine"
	"github.com/factcheck/factcheck/policies"
	"github.com/factcheck/factcheck/report"
)

// Verification is the key every bundle must be signed with (OPA's bundle signing: a
// .signatures.json holding a JWT over the files' hashes).
type Verification struct {
	// Key is the public key (PEM) or, for HS256, the shared secret.
	Key string
	// KeyID is the key's id in the signature (default "default").
	KeyID string
	// Algorithm is the signing algorithm (default RS256).
	Algorithm string
	// Scope, when set, must equal the signature's scope claim.
	Scope string
}

func (v *Verification) config() *bundle.VerificationConfig {
	if v == nil {
		return nil
	}
	id := v.KeyID
	if id == "" {
		id = "default"
	}
	alg := v.Algorithm
	if alg == "" {
		alg = "RS256"
	}
	keys := map[string]*bundle.KeyConfig{id: {Key: v.Key, Algorithm: alg, Scope: v.Scope}}
	return bundle.NewVerificationConfig(keys, id, v.Scope, nil)
}

// maxBundleBytes bounds a bundle (compressed tarball, or each file of a directory).
const maxBundleBytes = 64 << 20

// bundleInfo is what reports and logs say about a loaded bundle.
type bundleInfo struct {
	Path     string   `json:"path"`
	Name     string   `json:"name"`
	Revision string   `json:"revision"`
	Roots    []string `json:"roots"`
}

// loadedBundle is a bundle read and checked, its modules and data written to dir, a policy
// directory for engine.WithPolicyDir: bundles go through the same loading, sandbox and
// integrity checks as -p directories.
type loadedBundle struct {
	bundleInfo
	dir string
}

// loadBundles reads every bundle with OPA's bundle reader (manifest, roots, signatures) and
// writes each to a temporary policy directory; cleanup removes them.
func loadBundles(paths []string, v *Verification) ([]loadedBundle, func(), error) {
	var out []loadedBundle
	cleanup := func() {
		for _, b := range out {
			os.RemoveAll(b.dir)
		}
	}
	if len(paths) == 0 {
		return nil, cleanup, nil
	}
	builtin, err := builtinPackages()
	if err != nil {
		return nil, cleanup, err
	}
	for _, p := range paths {
		b, err := readBundle(p, v)
		if err != nil {
			cleanup()
			return nil, func() {}, err
		}
		info := bundleInfo{Path: p, Name: bundleName(p), Revision: b.Manifest.Revision, Roots: slices.Clone(*b.Manifest.Roots)}
		if info.Revision == "" {
			info.Revision = "sha256:" + bundleDigest(&b)[:12]
		}
		if err := checkRoots(p, info.Roots, builtin); err != nil {
			cleanup()
			return nil, func() {}, err
		}
		dir, err := materialize(&b)
		if err != nil {
			cleanup()
			return nil, func() {}, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, loadedBundle{bundleInfo: info, dir: dir})
	}
	return out, cleanup, nil
}

// readBundle reads a bundle directory or tarball through OPA's bundle reader.
func readBundle(p string, v *Verification) (bundle.Bundle, error) {
	var loader bundle.DirectoryLoader
	if isURL(p) {
		src, err := fetchBundle(p)
		if err != nil {
			return bundle.Bundle{}, fmt.Errorf("%s: bundle: %w", p, err)
		}
		loader = bundle.NewTarballLoaderWithBaseURL(bytes.NewReader(src), p).WithSizeLimitBytes(maxBundleBytes)
	} else if info, err := os.Stat(p); err != nil {
		return bundle.Bundle{}, fmt.Errorf("%s: bundle: %w", p, errors.Unwrap(err))
	} else if info.IsDir() {
		loader = bundle.NewDirectoryLoader(p).WithSizeLimitBytes(maxBundleBytes)
	} else {
		f, err := os.Open(p)
		if err != nil {
			return bundle.Bundle{}, fmt.Errorf("%s: bundle: %w", p, errors.Unwrap(err))
		}
		defer f.Close()
		loader = bundle.NewTarballLoaderWithBaseURL(f, p).WithSizeLimitBytes(maxBundleBytes)
	}
	r := bundle.NewCustomReader(loader).
		WithRegoVersion(ast.RegoV1).
		WithProcessAnnotations(true).
		WithBundleName(bundleName(p)).
		WithSizeLimitBytes(maxBundleBytes)
	if vc := v.config(); vc != nil {
		r = r.WithBundleVerificationConfig(vc)
	} else {
		r = r.WithSkipBundleVerification(true)
	}
	b, err := r.Read()
	if err != nil {
		return b, fmt.Errorf("%s: bundle: %w", p, err)
	}
	return b, nil
}

func bundleName(p string) string {
	if u, err := url.Parse(p); err == nil && isURL(p) {
		p = u.Path
	}
	name := filepath.Base(filepath.Clean(p))
	for _, ext := range []string{".tar.gz", ".tgz"} {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

// builtinPackages are the embedded policies' packages as bundle roots (factcheck/lib, …).
func builtinPackages() ([]string, error) {
	var out []string
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		src, err := policies.FS.ReadFile(p)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		out = append(out, refRoot(m.Package.Path))
		return nil
	})
	slices.Sort(out)
	return slices.Compact(out), err
}

// refRoot turns data.a.b into a/b.
func refRoot(ref ast.Ref) string {
	parts := make([]string, 0, len(ref))
	for _, t := range ref[1:] {
		if s, ok := t.Value.(ast.String); ok {
			parts = append(parts, string(s))
		}
	}
	return strings.Join(parts, "/")
}

// checkRoots enforces the policy integrity rules on a bundle's manifest roots, which OPA has
// already checked every module and data file against: a bundle owns new packages under
// factcheck/rules/<name> or factcheck/lint/rules/<name>, or outside factcheck; it may not claim
// a built-in package, the whole factcheck tree, or the params and registry data.
func checkRoots(p string, roots []string, builtin []string) error {
	const hint = "a bundle adds rules in its own packages: set .manifest roots to factcheck/rules/<name> or factcheck/lint/rules/<name>"
	for _, root := range roots {
		root = strings.Trim(root, "/")
		if root == "" {
			return fmt.Errorf("%s: bundle: .manifest roots claim all of data (no roots given): %s", p, hint)
		}
		for _, b := range builtin {
			if root == b || strings.HasPrefix(b, root+"/") || strings.HasPrefix(root, b+"/") {
				return fmt.Errorf("%s: bundle: .manifest root %q overlaps the built-in package %s: %s", p, root, strings.ReplaceAll(b, "/", "."), hint)
			}
		}
		if root == "factcheck" || strings.HasPrefix(root, "factcheck/") {
			name, ok := strings.CutPrefix(root, "factcheck/rules/")
			if !ok {
				name, ok = strings.CutPrefix(root, "factcheck/lint/rules/")
			}
			if !ok || name == "" {
				return fmt.Errorf("%s: bundle: .manifest root %q is in the reserved factcheck namespace: %s", p, root, hint)
			}
		}
	}
	return nil
}

// materialize writes a bundle's modules, at their paths, and its data, as one data.json, to
// a new temporary directory.
func materialize(b *bundle.Bundle) (string, error) {
	dir, err := os.MkdirTemp("", "factcheck-bundle-")
	if err != nil {
		return "", err
	}
	for _, m := range b.Modules {
		rel := strings.TrimPrefix(path.Clean("/"+filepath.ToSlash(m.Path)), "/")
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
			os.RemoveAll(dir)
			return "", err
		}
		if err := os.WriteFile(dst, m.Raw, 0o600); err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	if len(b.Data) > 0 {
		src, err := json.Marshal(b.Data)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "data.json"), src, 0o600)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	return dir, nil
}

// bundleDigest identifies a bundle without a revision by its modules and data.
func bundleDigest(b *bundle.Bundle) string {
	h := sha256.New()
	mods := slices.Clone(b.Modules)
	slices.SortFunc(mods, func(x, y bundle.ModuleFile) int { return strings.Compare(x.Path, y.Path) })
	for _, m := range mods {
		fmt.Fprintf(h, "%s\x00%d\x00", m.Path, len(m.Raw))
		h.Write(m.Raw)
	}
	data, _ := json.Marshal(b.Data) // map keys sorted: stable
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// revisionOf is the policy revision reports carry: the embedded policies, then each bundle.
func revisionOf(loaded []loadedBundle) string {
	parts := []string{"builtin"}
	for _, b := range loaded {
		parts = append(parts, b.Name+"@"+b.Revision)
	}
	return strings.Join(parts, ",")
}

// placeBundleErrors names a bundle file where the engine named the temporary directory.
func placeBundleErrors(err error, loaded []loadedBundle) error {
	var list engine.PolicyErrors
	var one *engine.PolicyError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = engine.PolicyErrors{one}
	default:
		msg := err.Error()
		for _, b := range loaded {
			msg = strings.ReplaceAll(msg, b.dir, b.Path)
		}
		return errors.New(msg)
	}
	for _, e := range list {
		for _, b := range loaded {
			if rel, ok := strings.CutPrefix(e.File, b.dir); ok {
				e.File = b.Path + ":" + strings.TrimPrefix(filepath.ToSlash(rel), "/")
			}
			e.Message = strings.ReplaceAll(e.Message, b.dir, b.Path)
		}
	}
	return list
}

// bundleProvenance is the engine's provenance with the bundles' unpacked files named as
// BUNDLE:PATH-IN-BUNDLE, so that reports never show a temporary directory.
func bundleProvenance(p *report.Provenance, loaded []loadedBundle) *report.Provenance {
	if p == nil {
		return nil
	}
	out := *p
	out.Files = slices.Clone(p.Files)
	for i, f := range out.Files {
		for _, b := range loaded {
			if rel, ok := strings.CutPrefix(f.Path, filepath.ToSlash(b.dir)+"/"); ok {
				out.Files[i].Path = b.Path + ":" + rel
			}
		}
	}
	return &out
}

// bundleStamp summarises the bundles' files (path, size, modification time) to notice a change
// without reading them.
func bundleStamp(paths []string) (string, error) {
	var sb strings.Builder
	for _, p := range paths {
		if isURL(p) {
			stamp, err := urlStamp(p)
			if err != nil {
				return "", fmt.Errorf("%s: bundle: %w", p, err)
			}
			sb.WriteString(p + "\x00" + stamp + "\n")
			continue
		}
		err := filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			if !d.IsDir() {
				fmt.Fprintf(&sb, "%s\x00%d\x00%d\n", f, info.Size(), info.ModTime().UnixNano())
			}
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("%s: bundle: %w", p, err)
		}
	}
	return sb.String(), nil
}

// isURL: a bundle given as an http(s) URL rather than a path.
func isURL(p string) bool {
	return strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "http://")
}

// bundleClient fetches bundles: bounded in time, following at most a few redirects.
var bundleClient = &http.Client{Timeout: 30 * time.Second}

// fetchBundle downloads a bundle tarball, up to maxBundleBytes.
func fetchBundle(u string) ([]byte, error) {
	resp, err := bundleClient.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET answered %s", resp.Status)
	}
	src, err := io.ReadAll(io.LimitReader(resp.Body, maxBundleBytes+1))
	if err != nil {
		return nil, err
	}
	if len(src) > maxBundleBytes {
		return nil, fmt.Errorf("larger than %d bytes", maxBundleBytes)
	}
	return src, nil
}

// urlStamp asks for a bundle's ETag, Last-Modified and length without downloading it; from a
// server that gives none of them (or refuses HEAD), the bundle is downloaded and hashed.
func urlStamp(u string) (string, error) {
	resp, err := bundleClient.Head(u)
	if err != nil {
		return "", err
	}
	resp.Body.Close()
	etag, modified := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if resp.StatusCode == http.StatusOK && (etag != "" || modified != "") {
		return etag + "\x00" + modified + "\x00" + resp.Header.Get("Content-Length"), nil
	}
	src, err := fetchBundle(u)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:]), nil
}
