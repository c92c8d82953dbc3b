package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/report"
)

// houseRule is a newsroom's own rule: a headline wants two independent source groups.
const houseRule = `# METADATA
# title: House style wants a second source for every headline
# custom:
#   id: house-headline-sources
#   severity: warning
package factcheck.rules.house_style

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	c.part == "headline"
	count(c.groups) < 2
	f := lib.finding("house-headline-sources", c, "lowers", %q, {"delta": -0.05})
}
`

func houseModule(message string) string {
	return strings.Replace(houseRule, "%q", `"`+message+`"`, 1)
}

type bundleSpec struct {
	revision string
	roots    []string
	modules  map[string]string // path in the bundle → Rego
	secret   string            // HS256 signing secret, or unsigned
}

// writeTarball writes the bundle as `opa build` does: a .tar.gz with .manifest, data.json and
// the modules (and .signatures.json when signed).
func writeTarball(t *testing.T, path string, spec bundleSpec) string {
	t.Helper()
	roots := spec.roots
	b := bundle.Bundle{Manifest: bundle.Manifest{Revision: spec.revision, Roots: &roots}, Data: map[string]any{}}
	for p, src := range spec.modules {
		b.Modules = append(b.Modules, bundle.ModuleFile{URL: p, Path: p, Raw: []byte(src)})
	}
	if spec.secret != "" {
		require.NoError(t, b.GenerateSignature(bundle.NewSigningConfig(spec.secret, "HS256", ""), "default", false))
	}
	var buf bytes.Buffer
	require.NoError(t, bundle.NewWriter(&buf).Write(b))
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

// writeDir writes the bundle as a directory.
func writeDir(t *testing.T, dir string, spec bundleSpec) string {
	t.Helper()
	manifest, err := json.Marshal(map[string]any{"revision": spec.revision, "roots": spec.roots})
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	// Modules first and the manifest last, each replaced whole: a poller that looks while the
	// bundle is being written sees the old revision or the new one, never a half-written file.
	for p, src := range spec.modules {
		dst := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		writeWhole(t, dst, []byte(src))
	}
	writeWhole(t, filepath.Join(dir, ".manifest"), manifest)
	return dir
}

// writeWhole replaces a file by renaming a finished copy over it, as a deploy would.
func writeWhole(t *testing.T, path string, content []byte) {
	t.Helper()
	tmp, err := os.CreateTemp(t.TempDir(), "part-*")
	require.NoError(t, err)
	_, err = tmp.Write(content)
	require.NoError(t, err)
	require.NoError(t, tmp.Close())
	require.NoError(t, os.Chmod(tmp.Name(), 0o644))
	require.NoError(t, os.Rename(tmp.Name(), path))
}

var houseBundle = bundleSpec{revision: "2026-11-29.1", roots: []string{"factcheck/rules/house_style"},
	modules: map[string]string{"/factcheck/rules/house_style/house_style.rego": houseModule("house style: a headline needs two independent sources")}}

// reasonsOf collects the messages of the reasons a rule gave, over every claim.
func reasonsOf(t *testing.T, body []byte, rule string) []string {
	t.Helper()
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep), string(body))
	var out []string
	for _, d := range rep.Documents {
		for _, c := range d.Claims {
			for _, r := range c.Verdict.Reasons {
				if r.Rule == rule {
					out = append(out, r.Message)
				}
			}
		}
	}
	return out
}

func TestTarballBundleAddsItsRuleToReports(t *testing.T) {
	path := writeTarball(t, filepath.Join(t.TempDir(), "house.tar.gz"), houseBundle)
	s, err := New(context.Background(), Config{Bundles: []string{path}})
	require.NoError(t, err)
	assert.Equal(t, "builtin,house@2026-11-29.1", s.Revision())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	seed := readSeed(t)
	resp, body := post(t, ts.URL+"/v1/check", "text/plain", seed)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, []string{"house style: a headline needs two independent sources"}, reasonsOf(t, body, "house-headline-sources"))
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep))
	assert.Equal(t, "builtin,house@2026-11-29.1", rep.Documents[0].PolicyRevision)
	// The provenance block names the bundle's files inside the bundle, never where they were
	// unpacked.
	require.NotNil(t, rep.Policy)
	require.Len(t, rep.Policy.Files, 1)
	assert.Equal(t, path+":factcheck/rules/house_style/house_style.rego", rep.Policy.Files[0].Path)
	assert.NotContains(t, string(body), "factcheck-bundle-")

	// Without the bundle, no such reason.
	_, plain := defaultServer(t)
	_, body = post(t, plain.URL+"/v1/check", "text/plain", seed)
	assert.Empty(t, reasonsOf(t, body, "house-headline-sources"))
}

func TestDirectoryBundleIsReloadedWhenItChanges(t *testing.T) {
	dir := writeDir(t, filepath.Join(t.TempDir(), "house"), houseBundle)
	s, err := New(context.Background(), Config{Bundles: []string{dir}, PollInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Watch(ctx)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	old := s.current.Load()

	next := bundleSpec{revision: "2026-11-29.2", roots: houseBundle.roots,
		modules: map[string]string{"/factcheck/rules/house_style/house_style.rego": houseModule("house style (revised): two sources for a headline")}}
	writeDir(t, dir, next)
	deadline := time.Now().Add(10 * time.Second)
	for s.Revision() != "builtin,house@2026-11-29.2" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	require.Equal(t, "builtin,house@2026-11-29.2", s.Revision())
	_, body := post(t, ts.URL+"/v1/check", "text/plain", readSeed(t))
	assert.Equal(t, []string{"house style (revised): two sources for a headline"}, reasonsOf(t, body, "house-headline-sources"))
	// A request that began before the reload keeps its generation, which still works.
	assert.Equal(t, "builtin,house@2026-11-29.1", old.revision)
	_, err = old.engine.Check(context.Background(), old.extractor.Extract("a.txt", readSeed(t)).Document)
	assert.NoError(t, err)

	// A broken bundle leaves the current policies in place.
	writeWhole(t, filepath.Join(dir, "factcheck/rules/house_style/broken.rego"), []byte("package factcheck.rules.house_style\n\nx := \n"))
	err = s.Reload(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), dir)
	assert.Equal(t, "builtin,house@2026-11-29.2", s.Revision())
	// The explicit reload failed, and the poller's at most once in ten polls: a stamp that
	// failed is not retried until the files change again.
	reloadErrors := func() string {
		r, err := http.Get(ts.URL + "/metrics")
		require.NoError(t, err)
		defer r.Body.Close()
		var metrics bytes.Buffer
		_, err = metrics.ReadFrom(r.Body)
		require.NoError(t, err)
		m := regexp.MustCompile(`factcheck_policy_reloads_total\{result="error"\} (\d+)\n`).FindStringSubmatch(metrics.String())
		require.NotNil(t, m, metrics.String())
		return m[1]
	}
	time.Sleep(200 * time.Millisecond)
	first := reloadErrors()
	assert.Contains(t, []string{"1", "2"}, first)
	time.Sleep(200 * time.Millisecond)
	assert.Equal(t, first, reloadErrors(), "a stamp that failed is polled again")
	assert.Equal(t, "builtin,house@2026-11-29.2", s.Revision())
}

func TestBundleIntegrity(t *testing.T) {
	tmp := t.TempDir()
	for name, tc := range map[string]struct {
		spec bundleSpec
		want string
	}{
		"built-in package": {bundleSpec{revision: "1", roots: []string{"factcheck/lib"},
			modules: map[string]string{"/factcheck/lib/x.rego": "package factcheck.lib\n\nextra := 1\n"}}, "overlaps the built-in package factcheck.lib"},
		"built-in rule": {bundleSpec{revision: "1", roots: []string{"factcheck/rules/single_source"},
			modules: map[string]string{"/x.rego": "package factcheck.rules.single_source\n\nextra := 1\n"}}, "overlaps the built-in package factcheck.rules.single_source"},
		"no roots": {bundleSpec{revision: "1", roots: nil,
			modules: map[string]string{"/x.rego": "package factcheck.rules.mine\n\nextra := 1\n"}}, "claim all of data"},
		"reserved namespace": {bundleSpec{revision: "1", roots: []string{"factcheck/extra"},
			modules: map[string]string{"/x.rego": "package factcheck.extra\n\nextra := 1\n"}}, "reserved factcheck namespace"},
		"module outside its roots": {bundleSpec{revision: "1", roots: []string{"factcheck/rules/mine"},
			modules: map[string]string{"/x.rego": "package factcheck.verdict\n\nextra := 1\n"}}, "do not permit"},
	} {
		t.Run(name, func(t *testing.T) {
			path := writeTarball(t, filepath.Join(tmp, strings.ReplaceAll(name, " ", "-")+".tar.gz"), tc.spec)
			_, err := New(context.Background(), Config{Bundles: []string{path}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), path)
		})
	}
}

func TestBundleErrorsNameTheBundleFile(t *testing.T) {
	spec := bundleSpec{revision: "1", roots: []string{"factcheck/rules/mine"},
		modules: map[string]string{"/factcheck/rules/mine/mine.rego": "package factcheck.rules.mine\n\nfindings contains x if {\n\tx := http.send({})\n}\n"}}
	path := writeTarball(t, filepath.Join(t.TempDir(), "mine.tar.gz"), spec)
	_, err := New(context.Background(), Config{Bundles: []string{path}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), path+":factcheck/rules/mine/mine.rego:4")
	assert.Contains(t, err.Error(), "not allowed")
	assert.NotContains(t, err.Error(), os.TempDir()+"/factcheck-bundle-")
}

func TestSignedBundles(t *testing.T) {
	tmp := t.TempDir()
	signed := houseBundle
	signed.secret = "newsroom-secret"
	good := writeTarball(t, filepath.Join(tmp, "signed.tar.gz"), signed)
	unsigned := writeTarball(t, filepath.Join(tmp, "unsigned.tar.gz"), houseBundle)
	key := &Verification{Key: "newsroom-secret", Algorithm: "HS256"}

	s, err := New(context.Background(), Config{Bundles: []string{good}, Verification: key})
	require.NoError(t, err)
	assert.Equal(t, "builtin,signed@2026-11-29.1", s.Revision())

	_, err = New(context.Background(), Config{Bundles: []string{unsigned}, Verification: key})
	require.Error(t, err)
	assert.Contains(t, err.Error(), unsigned)

	_, err = New(context.Background(), Config{Bundles: []string{good}, Verification: &Verification{Key: "another secret", Algorithm: "HS256"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), good)
}

// bundleHost serves a tarball at /bundles/house.tar.gz on 127.0.0.1, with an ETag.
type bundleHost struct {
	mu   sync.Mutex
	body []byte
	etag string
	gets int
}

func (h *bundleHost) set(body []byte, etag string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.body, h.etag = body, etag
}

func (h *bundleHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if r.URL.Path != "/bundles/house.tar.gz" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", h.etag)
	if r.Method == http.MethodGet {
		h.gets++
		w.Write(h.body)
	}
}

func TestURLBundleIsFetchedAndReloadedWhenItsETagChanges(t *testing.T) {
	tmp := t.TempDir()
	first, err := os.ReadFile(writeTarball(t, filepath.Join(tmp, "1.tar.gz"), houseBundle))
	require.NoError(t, err)
	host := &bundleHost{}
	host.set(first, `"v1"`)
	hs := httptest.NewServer(host)
	defer hs.Close()

	url := hs.URL + "/bundles/house.tar.gz"
	s, err := New(context.Background(), Config{Bundles: []string{url}, PollInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	assert.Equal(t, "builtin,house@2026-11-29.1", s.Revision())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Watch(ctx)

	// Unchanged: polls ask HEAD only.
	time.Sleep(100 * time.Millisecond)
	host.mu.Lock()
	assert.Equal(t, 1, host.gets)
	host.mu.Unlock()

	next := houseBundle
	next.revision = "2026-11-29.2"
	second, err := os.ReadFile(writeTarball(t, filepath.Join(tmp, "2.tar.gz"), next))
	require.NoError(t, err)
	host.set(second, `"v2"`)
	deadline := time.Now().Add(10 * time.Second)
	for s.Revision() != "builtin,house@2026-11-29.2" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	assert.Equal(t, "builtin,house@2026-11-29.2", s.Revision())

	_, err = New(context.Background(), Config{Bundles: []string{hs.URL + "/bundles/missing.tar.gz"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "missing.tar.gz: bundle: GET answered 404")
}
