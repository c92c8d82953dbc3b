package server

import (
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI is the API's OpenAPI 3 document, served at /openapi.json.
func OpenAPI() []byte { return openAPI }

// Route is one endpoint: what the OpenAPI document must describe.
type Route struct {
	Method, Path string
	// Work routes take a worker and the request deadline; operations routes answer at once.
	Work    bool
	handler http.HandlerFunc
}

// Routes lists the endpoints the server registers.
func (s *Server) Routes() []Route {
	return []Route{
		{Method: http.MethodPost, Path: "/v1/check", Work: true, handler: s.handleCheck},
		{Method: http.MethodPost, Path: "/v1/lint", Work: true, handler: s.handleLint},
		{Method: http.MethodPost, Path: "/v1/extract", Work: true, handler: s.handleExtract},
		{Method: http.MethodGet, Path: "/healthz", handler: s.handleHealth},
		{Method: http.MethodGet, Path: "/readyz", handler: s.handleReady},
		{Method: http.MethodGet, Path: "/metrics", handler: s.metrics.handler().ServeHTTP},
		{Method: http.MethodGet, Path: "/openapi.json", handler: handleOpenAPI},
	}
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	allowed := map[string][]string{} // path → methods
	for _, r := range s.Routes() {
		allowed[r.Path] = append(allowed[r.Path], r.Method)
		h := r.handler
		if r.Work {
			h = s.work(h)
		}
		mux.Handle(r.Method+" "+r.Path, s.observe(r.Path, h))
	}
	// Anything else: a JSON 404 (or 405), observed under one route label so that scanners
	// cannot grow the metrics without bound.
	mux.Handle("/", s.observe("other", func(w http.ResponseWriter, r *http.Request) {
		if methods, ok := allowed[r.URL.Path]; ok {
			w.Header().Set("Allow", strings.Join(methods, ", "))
			writeError(w, r, http.StatusMethodNotAllowed, apiError{Message: r.Method + " " + r.URL.Path + ": use " + strings.Join(methods, ", ")})
			return
		}
		writeError(w, r, http.StatusNotFound, apiError{Message: "no such endpoint: see /openapi.json"})
	}))
	return mux
}

type ctxKey struct{}

// RequestID is the request id of a request the server is handling.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

// requestID keeps a caller's X-Request-Id when it is short printable ASCII, or makes one.
func requestID(r *http.Request) string {
	id := r.Header.Get("X-Request-Id")
	if len(id) > 0 && len(id) <= 128 {
		ok := true
		for i := 0; i < len(id); i++ {
			if id[i] < 0x21 || id[i] > 0x7e {
				ok = false
				break
			}
		}
		if ok {
			return id
		}
	}
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// observe gives every request an id (X-Request-Id in and out), logs it, counts it, and turns a
// panic into a 500 carrying the id: one bad request never takes the server down.
func (s *Server) observe(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := requestID(r)
		w.Header().Set("X-Request-Id", id)
		r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, id))
		sw := &statusWriter{ResponseWriter: w}
		s.metrics.inFlight.Inc()
		defer func() {
			s.metrics.inFlight.Dec()
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.cfg.Logger.Error("panic in handler", "request_id", id, "route", route, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if sw.code == 0 {
					writeError(sw, r, http.StatusInternalServerError, apiError{Message: "internal error: the server logged it under this request id"})
				}
			}
			code := sw.code
			if code == 0 {
				code = http.StatusOK
			}
			elapsed := time.Since(start)
			s.metrics.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
			s.metrics.duration.WithLabelValues(route).Observe(elapsed.Seconds())
			level := slog.LevelInfo
			if code >= 500 {
				level = slog.LevelError
			}
			s.cfg.Logger.Log(r.Context(), level, "request", "request_id", id, "method", r.Method, "path", r.URL.Path,
				"route", route, "status", code, "seconds", elapsed.Seconds(), "bytes_in", r.ContentLength)
		}()
		h(sw, r)
	})
}

// work bounds a request that does work: the deadline, then a worker (503 with Retry-After when
// the server is saturated).
func (s *Server) work(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		if r.ContentLength > s.cfg.MaxBodyBytes {
			s.metrics.rejected.WithLabelValues("body_too_large").Inc()
			writeError(w, r, http.StatusRequestEntityTooLarge, apiError{Message: tooLarge(s.cfg.MaxBodyBytes)})
			return
		}
		release, err := s.acquire(ctx)
		if err != nil {
			s.metrics.rejected.WithLabelValues("saturated").Inc()
			w.Header().Set("Retry-After", "1")
			writeError(w, r, http.StatusServiceUnavailable, apiError{Message: err.Error()})
			return
		}
		defer release()
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		h(w, r.WithContext(ctx))
	}
}

func tooLarge(limit int64) string {
	return fmt.Sprintf("request body larger than the limit of %d bytes", limit)
}

// apiError is one problem in an error response; line and column place it in the request body.
type apiError struct {
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

type errorBody struct {
	Errors    []apiError `json:"errors"`
	RequestID string     `json:"request_id"`
}

func writeError(w http.ResponseWriter, r *http.Request, code int, errs ...apiError) {
	writeJSON(w, code, errorBody{Errors: errs, RequestID: RequestID(r.Context())})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"errors":[{"message":"encoding the response failed"}]}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_, _ = w.Write(append(b, '\n'))
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleReady: ready once policies are compiled (New does that) and until draining starts.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	p := s.current.Load()
	if p == nil || s.draining.Load() {
		writeError(w, r, http.StatusServiceUnavailable, apiError{Message: "not ready: shutting down"})
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Status   string       `json:"status"`
		Revision string       `json:"policy_revision"`
		Bundles  []bundleInfo `json:"bundles"`
	}{"ready", p.revision, append([]bundleInfo{}, p.bundles...)})
}

func handleOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openAPI)
}

// isDeadline reports whether err is the request's deadline.
func isDeadline(ctx context.Context, err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded)
}
