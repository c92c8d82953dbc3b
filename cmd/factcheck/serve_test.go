package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/report"
)

// TestServeProcess is not a test: it is factcheck, run as a child process by the tests below
// (the test binary re-executed), so that signals reach a real process.
func TestServeProcess(t *testing.T) {
	if os.Getenv("SERVE_TEST_CHILD") != "1" {
		t.Skip("run as a child process by TestServeAsAProcess")
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv("SERVE_TEST_ARGS")), &args); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

type serveProcess struct {
	cmd  *exec.Cmd
	url  string
	logs *lockedBuffer
	done chan error
}

// lockedBuffer collects the child's log lines while the test reads them.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) WriteString(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs `factcheck serve --addr 127.0.0.1:0 ARGS…` and waits for its address.
func startServe(t *testing.T, args ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeProcess$")
	// Not FACTCHECK_*: those are configuration.
	argv, err := json.Marshal(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	require.NoError(t, err)
	cmd.Env = append(os.Environ(), "SERVE_TEST_CHILD=1", "SERVE_TEST_ARGS="+string(argv))
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &serveProcess{cmd: cmd, logs: &lockedBuffer{}, done: make(chan error, 1)}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			p.logs.WriteString(line + "\n")
			var entry struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &entry) == nil && entry.Msg == "listening" {
				addr <- entry.Addr
			}
		}
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	select {
	case a := <-addr:
		p.url = "http://" + a
	case err := <-p.done:
		t.Fatalf("serve exited before listening: %v\n%s", err, p.logs.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not listen within 60s\n%s", p.logs.String())
	}
	return p
}

func TestServeAsAProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	p := startServe(t)

	resp, err := http.Get(p.url + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// POST /v1/check gives the verdicts `factcheck check -o json` gives.
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	resp, err = http.Post(p.url+"/v1/check", "text/plain", bytes.NewReader(src))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	served := verdictsByClaim(t, body)
	cli := factcheckCLI(t, "check", "-o", "json", seedArticle)
	require.Equal(t, exitOK, cli.code, cli.stderr)
	want := verdictsByClaim(t, []byte(cli.stdout))
	assert.NotEmpty(t, want)
	assert.Equal(t, want, served)

	// SIGTERM with a request in flight (its body still arriving): the request is answered,
	// then the process exits 0 well within 10 s.
	pr, pw := io.Pipe()
	inFlight := make(chan int, 1)
	go func() {
		resp, err := http.Post(p.url+"/v1/check", "text/plain", pr)
		if err != nil {
			inFlight <- 0
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		inFlight <- resp.StatusCode
	}()
	half := len(src) / 2
	_, err = pw.Write(src[:half])
	require.NoError(t, err)
	time.Sleep(300 * time.Millisecond) // the request is in the handler, reading its body
	start := time.Now()
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGTERM))
	time.Sleep(300 * time.Millisecond)
	_, err = pw.Write(src[half:])
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	select {
	case code := <-inFlight:
		assert.Equal(t, http.StatusOK, code, "the in-flight request is answered")
	case <-time.After(10 * time.Second):
		t.Fatal("in-flight request never finished")
	}
	select {
	case err := <-p.done:
		elapsed := time.Since(start)
		assert.NoError(t, err, p.logs.String())
		assert.Less(t, elapsed, 10*time.Second)
		t.Logf("exited %v after SIGTERM, having answered the request in flight", elapsed.Round(time.Millisecond))
	case <-time.After(10 * time.Second):
		t.Fatalf("still running 10s after SIGTERM\n%s", p.logs.String())
	}
	assert.Contains(t, p.logs.String(), `"msg":"stopped"`)
}

// writeHouseBundle packs testdata/policies/house-style as `opa build` would, with a revision.
func writeHouseBundle(t *testing.T, path, revision string) {
	t.Helper()
	src, err := os.ReadFile("../../testdata/policies/house-style/house_style.rego")
	require.NoError(t, err)
	roots := []string{"factcheck/rules/house_style"}
	b := bundle.Bundle{Manifest: bundle.Manifest{Revision: revision, Roots: &roots}, Data: map[string]any{},
		Modules: []bundle.ModuleFile{{URL: "/house_style.rego", Path: "/house_style.rego", Raw: src}}}
	var buf bytes.Buffer
	require.NoError(t, bundle.NewWriter(&buf).Write(b))
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
}

// A tarball bundle passed with --bundle adds its rule's reasons, as the same rule does with -p;
// SIGHUP reloads it.
func TestServeBundleProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	tarball := filepath.Join(t.TempDir(), "house.tar.gz")
	writeHouseBundle(t, tarball, "r1")
	p := startServe(t, "--bundle", tarball)
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	resp, err := http.Post(p.url+"/v1/check", "text/plain", bytes.NewReader(src))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	served := verdictsByClaim(t, body)
	var house []string
	for id, v := range served {
		for _, r := range v.Reasons {
			if r.Rule == "house-headline-sources" {
				house = append(house, id)
			}
		}
	}
	assert.NotEmpty(t, house, "the bundle's rule gave reasons")
	cli := factcheckCLI(t, "check", "-o", "json", "-p", "../../testdata/policies/house-style", seedArticle)
	require.Equal(t, exitOK, cli.code, cli.stderr)
	assert.Equal(t, verdictsByClaim(t, []byte(cli.stdout)), served, "a bundle gives the verdicts the same rule gives with -p")
	assert.Contains(t, string(body), `"policy_revision": "builtin,house@r1"`)

	writeHouseBundle(t, tarball, "r2")
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGHUP))
	deadline := time.Now().Add(20 * time.Second)
	revision := ""
	for time.Now().Before(deadline) {
		resp, err := http.Get(p.url + "/readyz")
		require.NoError(t, err)
		var ready struct {
			Revision string `json:"policy_revision"`
		}
		json.NewDecoder(resp.Body).Decode(&ready)
		resp.Body.Close()
		if revision = ready.Revision; revision == "builtin,house@r2" {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	assert.Equal(t, "builtin,house@r2", revision, p.logs.String())
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-p.done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("still running 10s after SIGTERM")
	}
}

// The configuration the Kubernetes manifests mount passes the strict configuration check.
func TestDeployConfigMapIsAValidConfig(t *testing.T) {
	src, err := os.ReadFile("../../deploy/configmap.yaml")
	require.NoError(t, err)
	var cm struct {
		Data map[string]string `yaml:"data"`
	}
	require.NoError(t, yaml.Unmarshal(src, &cm))
	config := cm.Data["config.yaml"]
	require.Contains(t, config, "serve:")
	assert.NoError(t, checkConfigFile("deploy/configmap.yaml#config.yaml", []byte(config)))
}

func TestServeRefusesABadBundle(t *testing.T) {
	r := factcheckCLI(t, "serve", "--addr", "127.0.0.1:0", "--bundle", filepath.Join(t.TempDir(), "missing.tar.gz"))
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "missing.tar.gz: bundle:")
}

// verdictsByClaim maps each claim id to its whole verdict.
func verdictsByClaim(t *testing.T, body []byte) map[string]report.Verdict {
	t.Helper()
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep), string(body))
	require.Len(t, rep.Documents, 1)
	out := map[string]report.Verdict{}
	for _, c := range rep.Documents[0].Claims {
		out[c.ID] = c.Verdict
	}
	return out
}
