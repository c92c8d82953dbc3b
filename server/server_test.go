package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
	"github.com/factcheck/factcheck/report"
)

const seedArticle = "../testdata/articles/seed-kharkiv-missile.txt"

var (
	sharedOnce sync.Once
	shared     *Server
	sharedErr  error
)

// defaultServer is one server with the default policies, shared by the tests that do not
// change its configuration (compiling the policies is the slow part).
func defaultServer(t testing.TB) (*Server, *httptest.Server) {
	t.Helper()
	sharedOnce.Do(func() {
		// A long deadline: under the race detector the last of 200 queued checks waits long.
		shared, sharedErr = New(context.Background(), Config{Version: "test", RequestTimeout: 10 * time.Minute})
	})
	require.NoError(t, sharedErr)
	ts := httptest.NewServer(shared.Handler())
	t.Cleanup(ts.Close)
	return shared, ts
}

func post(t testing.TB, url, contentType string, body []byte, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, out
}

func readSeed(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	return src
}

// verdicts maps claim id to label.
func verdicts(t testing.TB, body []byte) map[string]string {
	t.Helper()
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep), string(body))
	require.Len(t, rep.Documents, 1)
	out := map[string]string{}
	for _, c := range rep.Documents[0].Claims {
		out[c.ID] = c.Verdict.Label
	}
	return out
}

// libraryVerdicts checks the seed the way a Go embedder (and the CLI) does.
func libraryVerdicts(t testing.TB) map[string]string {
	t.Helper()
	eng, err := engine.New(context.Background())
	require.NoError(t, err)
	src := readSeed(t)
	doc := extract.New(eng.Registry()).Extract(seedArticle, src).Document
	d, err := eng.Check(context.Background(), doc)
	require.NoError(t, err)
	out := map[string]string{}
	for _, c := range d.Claims {
		out[c.ID] = c.Verdict.Label
	}
	return out
}

func TestHealthAndReadiness(t *testing.T) {
	s, ts := defaultServer(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(ts.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.NotEmpty(t, resp.Header.Get("X-Request-Id"))
	}
	// A draining server is alive but not ready.
	d := &Server{cfg: s.cfg, metrics: newMetrics()}
	d.current.Store(s.current.Load())
	d.Drain()
	rec := httptest.NewRecorder()
	d.handleReady(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
}

func TestCheckArticleGivesTheLibraryVerdicts(t *testing.T) {
	_, ts := defaultServer(t)
	resp, body := post(t, ts.URL+"/v1/check?url=https://example.org/a&outlet=Example", "text/plain", readSeed(t))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	got := verdicts(t, body)
	assert.NotEmpty(t, got)
	assert.Equal(t, libraryVerdicts(t), got)
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep))
	assert.Equal(t, "builtin", rep.Documents[0].PolicyRevision)
	assert.Equal(t, "https://example.org/a", rep.Documents[0].URL)
	assert.Equal(t, "Example", rep.Documents[0].Outlet)
}

func TestCheckFormats(t *testing.T) {
	_, ts := defaultServer(t)
	seed := readSeed(t)
	for _, tc := range []struct{ query, accept, contentType, contains string }{
		{"?format=html", "", "text/html; charset=utf-8", "<html"},
		{"", "text/html", "text/html; charset=utf-8", "<html"},
		{"?format=claimreview", "", "application/ld+json", "ClaimReview"},
		{"", "application/ld+json", "application/ld+json", "ClaimReview"},
		{"", "*/*", "application/json", `"documents"`},
	} {
		resp, body := post(t, ts.URL+"/v1/check"+tc.query, "text/plain", seed, "Accept", tc.accept)
		require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
		assert.Equal(t, tc.contentType, resp.Header.Get("Content-Type"), tc.query+tc.accept)
		assert.Contains(t, string(body), tc.contains)
	}
	resp, _ := post(t, ts.URL+"/v1/check?format=sarif", "text/plain", seed)
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode, "sarif is a lint format")
	resp, _ = post(t, ts.URL+"/v1/check", "text/plain", seed, "Accept", "image/png")
	assert.Equal(t, http.StatusNotAcceptable, resp.StatusCode)
}

func TestCheckClaimsFile(t *testing.T) {
	_, ts := defaultServer(t)
	yamlDoc := []byte("title: A test\nclaims:\n  - id: c1\n    text: The bridge was closed on Monday.\n    part: body\n    kind: event\n    attributions:\n      - source: the city council\n        stance: asserts\n")
	resp, body := post(t, ts.URL+"/v1/check?title=Retitled", "application/yaml", yamlDoc)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var rep report.Report
	require.NoError(t, json.Unmarshal(body, &rep))
	assert.Equal(t, "Retitled", rep.Documents[0].Title)
	assert.Equal(t, "claims.yaml", rep.Documents[0].Path)
	require.Len(t, rep.Documents[0].Claims, 1)
	assert.NotEmpty(t, rep.Documents[0].Claims[0].Verdict.Label)

	// The same claims as JSON.
	jsonDoc := []byte(`{"claims":[{"id":"c1","text":"The bridge was closed on Monday.","part":"body","kind":"event","attributions":[{"source":"the city council","stance":"asserts"}]}]}`)
	resp, body = post(t, ts.URL+"/v1/check", "application/json; charset=utf-8", jsonDoc)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, rep.Documents[0].Claims[0].Verdict.Label, verdicts(t, body)["c1"])
}

// errorsOf decodes an error response.
func errorsOf(t testing.TB, body []byte) errorBody {
	t.Helper()
	var e errorBody
	require.NoError(t, json.Unmarshal(body, &e), string(body))
	require.NotEmpty(t, e.Errors)
	return e
}

func TestBadInputIs400WithLineAndColumn(t *testing.T) {
	_, ts := defaultServer(t)
	malformed := []byte("claims:\n  - id: c1\n    text: \"an unterminated string\n  - id: c2\n")
	// The CLI's message for the same bytes, less the file name.
	_, cliErr := claims.Parse("claims.yaml", malformed)
	var want *claims.Error
	require.True(t, errors.As(cliErr, &want), "%v", cliErr)

	resp, body := post(t, ts.URL+"/v1/check", "application/yaml", malformed, "X-Request-Id", "caller-42")
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, string(body))
	assert.Equal(t, "caller-42", resp.Header.Get("X-Request-Id"))
	e := errorsOf(t, body)
	assert.Equal(t, "caller-42", e.RequestID)
	assert.Equal(t, want.Line, e.Errors[0].Line)
	assert.Greater(t, e.Errors[0].Line, 1, "the error names the line of the problem")
	assert.Equal(t, want.Message, e.Errors[0].Message)
	assert.NotContains(t, string(body), "claims.yaml:", "no made-up file name")

	// Schema errors: every problem, each placed.
	resp, body = post(t, ts.URL+"/v1/check", "application/yaml", []byte("claims:\n  - id: c1\n    kind: nonsense\n"))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	for _, err := range errorsOf(t, body).Errors {
		assert.Positive(t, err.Line, err.Message)
		assert.Positive(t, err.Column, err.Message)
	}

	// JSON syntax, with line and column.
	resp, body = post(t, ts.URL+"/v1/check", "application/json", []byte("{\"claims\": [\n  {\"id\": \"c1\",}\n]}"))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Equal(t, 2, errorsOf(t, body).Errors[0].Line)

	// A claims file may not make the server read its own files.
	resp, body = post(t, ts.URL+"/v1/check", "application/yaml", []byte("article: /etc/passwd\nclaims: []\n"))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Equal(t, 1, errorsOf(t, body).Errors[0].Line)

	// Not UTF-8, placed.
	resp, body = post(t, ts.URL+"/v1/check", "text/plain", []byte("Line one.\nBad \xff byte.\n"))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Equal(t, apiError{Line: 2, Column: 5, Message: "not valid UTF-8 text"}, errorsOf(t, body).Errors[0])

	// No or an unknown Content-Type.
	resp, _ = post(t, ts.URL+"/v1/check", "", []byte("x"))
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	resp, _ = post(t, ts.URL+"/v1/check", "image/png", []byte("x"))
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
}

func TestBodyLimit(t *testing.T) {
	_, ts := defaultServer(t)
	big := bytes.Repeat([]byte("All work and no play. "), (20<<20)/22+1) // 20 MiB
	resp, body := post(t, ts.URL+"/v1/check", "text/plain", big)
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.Contains(t, errorsOf(t, body).Errors[0].Message, "limit of 10485760 bytes")

	// Without a Content-Length (chunked), the limit holds while reading.
	req, err := http.NewRequest(http.MethodPost, ts.URL+"/v1/check", io.MultiReader(bytes.NewReader(big)))
	require.NoError(t, err)
	req.ContentLength = -1
	req.Header.Set("Content-Type", "text/plain")
	r2, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	r2.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, r2.StatusCode)
}

func TestExtractAndLint(t *testing.T) {
	_, ts := defaultServer(t)
	seed := readSeed(t)
	resp, body := post(t, ts.URL+"/v1/extract", "text/plain", seed)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var doc claims.Document
	require.NoError(t, json.Unmarshal(body, &doc))
	assert.Len(t, doc.Claims, len(libraryVerdicts(t)))
	// What extract returns is a claims file check accepts.
	resp, body = post(t, ts.URL+"/v1/check", "application/json", body)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))

	resp, body = post(t, ts.URL+"/v1/extract?format=yaml", "text/markdown", []byte("# A title\n\nThe mayor said the bridge would reopen on Friday.\n"))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Contains(t, string(body), "claims:")

	resp, _ = post(t, ts.URL+"/v1/extract", "application/yaml", []byte("claims: []\n"))
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode, "extract reads articles")

	draft := []byte("# Officials confirm the plant was shut\n\nThe plant was shut on Monday because of a leak.\n\nExperts say the leak was large.\n")
	resp, body = post(t, ts.URL+"/v1/lint?path=drafts/plant.md", "text/markdown", draft)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var lr report.LintReport
	require.NoError(t, json.Unmarshal(body, &lr))
	require.NotEmpty(t, lr.Findings)
	assert.Equal(t, []string{"drafts/plant.md"}, lr.Files)
	for _, f := range lr.Findings {
		assert.Positive(t, f.Line)
		assert.Equal(t, "drafts/plant.md", f.Path)
	}
	// The draft's suppression comments apply, as in factcheck lint; a malformed one is a 400
	// at its line.
	var rules []string
	for _, f := range lr.Findings {
		rules = append(rules, f.Rule)
	}
	suppressed := append([]byte("<!-- factcheck-disable "+strings.Join(rules, " ")+" -->\n"), draft...)
	resp, body = post(t, ts.URL+"/v1/lint", "text/markdown", suppressed)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var quiet report.LintReport
	require.NoError(t, json.Unmarshal(body, &quiet))
	assert.Empty(t, quiet.Findings)
	resp, body = post(t, ts.URL+"/v1/lint", "text/markdown", append([]byte("x\n<!-- factcheck-disable no-such-rule -->\n"), draft...))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, string(body))
	assert.Equal(t, 2, errorsOf(t, body).Errors[0].Line)
	assert.Contains(t, errorsOf(t, body).Errors[0].Message, "no-such-rule")

	resp, body = post(t, ts.URL+"/v1/lint?format=sarif", "text/markdown", draft)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "application/sarif+json", resp.Header.Get("Content-Type"))
	assert.Contains(t, string(body), `"version": "2.1.0"`)
}

func TestMetrics(t *testing.T) {
	_, ts := defaultServer(t)
	resp, body := post(t, ts.URL+"/v1/check", "text/plain", readSeed(t))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	r, err := http.Get(ts.URL + "/metrics")
	require.NoError(t, err)
	defer r.Body.Close()
	text, _ := io.ReadAll(r.Body)
	for _, name := range []string{
		`factcheck_http_requests_total{code="200",route="/v1/check"}`,
		`factcheck_http_request_duration_seconds_bucket{route="/v1/check"`,
		`factcheck_claims_total{route="check"}`,
		`factcheck_verdicts_total{label=`,
		`factcheck_evaluation_seconds_count{decision="check"}`,
		`factcheck_policy_revision_info{revision="builtin"} 1`,
	} {
		assert.Contains(t, string(text), name)
	}
}

func TestUnknownRoutesAreJSON404(t *testing.T) {
	_, ts := defaultServer(t)
	resp, err := http.Get(ts.URL + "/v2/nothing")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.NotEmpty(t, errorsOf(t, body).RequestID)
	resp, err = http.Get(ts.URL + "/v1/check")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestPanicIs500WithTheRequestID(t *testing.T) {
	s, _ := defaultServer(t)
	var logs bytes.Buffer
	p := &Server{cfg: s.cfg, metrics: newMetrics()}
	p.cfg.Logger = slog.New(slog.NewJSONHandler(&logs, nil))
	h := p.observe("/boom", func(http.ResponseWriter, *http.Request) { panic("a bug") })
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/boom", nil)
	req.Header.Set("X-Request-Id", "req-7")
	require.NotPanics(t, func() { h.ServeHTTP(rec, req) })
	assert.Equal(t, http.StatusInternalServerError, rec.Code)
	e := errorsOf(t, rec.Body.Bytes())
	assert.Equal(t, "req-7", e.RequestID)
	assert.Contains(t, logs.String(), `"request_id":"req-7"`)
	assert.Contains(t, logs.String(), "a bug")
}

func TestSaturationIs503WithRetryAfter(t *testing.T) {
	s, err := New(context.Background(), Config{Workers: 1, MaxQueue: 1, RequestTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	seed := readSeed(t)

	// One request holds the worker: the next waits its deadline out, then gets 503.
	release, err := s.acquire(context.Background())
	require.NoError(t, err)
	resp, body := post(t, ts.URL+"/v1/check", "text/plain", seed)
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, string(body))
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))

	// With the queue full as well, a request is refused at once.
	s.queue <- struct{}{}
	start := time.Now()
	resp, _ = post(t, ts.URL+"/v1/check", "text/plain", seed)
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Less(t, time.Since(start), 150*time.Millisecond)
	<-s.queue
	release()
	// Freed, the slots admit work again.
	release, err = s.acquire(context.Background())
	require.NoError(t, err)
	release()
	assert.Empty(t, s.queue)
	assert.Empty(t, s.workers)
}

func TestDecisionLog(t *testing.T) {
	var log syncBuffer
	s, err := New(context.Background(), Config{DecisionLog: &log})
	require.NoError(t, err)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	seed := readSeed(t)
	resp, body := post(t, ts.URL+"/v1/check", "text/plain", seed, "X-Request-Id", "audit-1")
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	require.Len(t, lines, 1)
	var d decision
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &d))
	assert.Equal(t, "audit-1", d.RequestID)
	assert.Equal(t, "builtin", d.PolicyRevision)
	assert.Regexp(t, `^sha256:[0-9a-f]{64}$`, d.Document)
	want := verdicts(t, body)
	require.Len(t, d.Claims, len(want))
	total := 0
	for _, c := range d.Claims {
		assert.Equal(t, want[c.Claim], c.Label)
	}
	for _, l := range d.Labels {
		total += l.Count
	}
	assert.Equal(t, len(want), total)
	_, err = time.Parse(time.RFC3339Nano, d.Time)
	assert.NoError(t, err)
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
