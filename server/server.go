// Package server is factcheck as a stateless HTTP service: the same library calls a Go embedder
// makes (engine.New, Engine.Check and Lint, extract, report writers) behind /v1/check,
// /v1/lint and /v1/extract, with the operations a deployment needs (health, readiness,
// Prometheus metrics, request ids, limits, graceful shutdown) and policies added as OPA
// bundles that can be replaced without a restart.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
	"github.com/factcheck/factcheck/report"
)

// Config describes a server. The zero value of a field means its default.
type Config struct {
	// EngineOptions configure every engine the server builds (timeout, params, -p
	// directories, data files); bundles are added after them.
	EngineOptions []engine.Option
	// Bundles are OPA bundles (directories or .tar.gz files as `opa build` makes them) whose
	// rules are added to the embedded ones.
	Bundles []string
	// Verification, when set, requires every bundle to be signed by its key.
	Verification *Verification
	// PollInterval is how often the bundles' files are checked for changes; 0: never (reload
	// with Reload, e.g. on SIGHUP).
	PollInterval time.Duration
	// MaxBodyBytes bounds a request body (default 10 MiB); a larger one gets 413.
	MaxBodyBytes int64
	// RequestTimeout bounds one request, waiting for a worker included (default 30 s).
	RequestTimeout time.Duration
	// Workers is how many documents are worked on at once (default GOMAXPROCS); MaxQueue how
	// many more requests may wait for a worker (default 512) before 503.
	Workers  int
	MaxQueue int
	// DecisionLog, when set, receives one JSON line per checked document.
	DecisionLog io.Writer
	// Logger receives one JSON line per request and every reload (default: discard).
	Logger *slog.Logger
	// Version is the tool version reports carry.
	Version string
	// Publisher and DatePublished are ClaimReview's author and date (the config's report
	// section).
	Publisher     report.Organization
	DatePublished string
}

// DefaultMaxBodyBytes is the default request body limit.
const DefaultMaxBodyBytes = 10 << 20

func (c *Config) defaults() {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.MaxQueue <= 0 {
		c.MaxQueue = 512
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	if c.Version == "" {
		c.Version = "dev"
	}
}

// generation is one compiled generation of the policies: requests load it once and keep it to
// the end, so that a reload never changes the rules under a request.
type generation struct {
	engine    *engine.Engine
	extractor *extract.Extractor
	revision  string
	// provenance is the engine's, with each bundle's unpacked files named inside the bundle.
	provenance *report.Provenance
	bundles    []bundleInfo
	stamp      string // the bundles' files' sizes and modification times when loaded
}

// Server serves the API. Build it with New; Handler is safe for concurrent use.
type Server struct {
	cfg       Config
	current   atomic.Pointer[generation]
	metrics   *metrics
	queue     chan struct{} // requests admitted: running or waiting for a worker
	workers   chan struct{} // requests running
	draining  atomic.Bool
	decisions *decisionLog
	reloadMu  sync.Mutex
	handler   http.Handler
}

// New compiles the policies (the embedded ones, then each bundle) and returns a server ready
// to serve. An error names the bundle or policy file at fault.
func New(ctx context.Context, cfg Config) (*Server, error) {
	cfg.defaults()
	s := &Server{cfg: cfg, metrics: newMetrics(),
		queue: make(chan struct{}, cfg.Workers+cfg.MaxQueue), workers: make(chan struct{}, cfg.Workers)}
	if cfg.DecisionLog != nil {
		s.decisions = &decisionLog{w: cfg.DecisionLog}
	}
	p, err := s.compile(ctx)
	if err != nil {
		return nil, err
	}
	s.install(p)
	s.handler = s.routes()
	return s, nil
}

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Revision is the revision of the policies new requests are checked with.
func (s *Server) Revision() string { return s.current.Load().revision }

// Drain makes /readyz answer 503, so that a load balancer stops sending requests while
// http.Server.Shutdown finishes the ones in flight.
func (s *Server) Drain() { s.draining.Store(true) }

// Reload recompiles the policies from the bundles' current files. On success new requests see
// the new policies while requests in flight finish on the old; on failure the old stay and
// the error is returned (and logged).
func (s *Server) Reload(ctx context.Context) error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	return s.reloadLocked(ctx)
}

func (s *Server) reloadLocked(ctx context.Context) error {
	p, err := s.compile(ctx)
	if err != nil {
		s.metrics.reloads.WithLabelValues("error").Inc()
		s.cfg.Logger.Error("policy reload failed; keeping the current policies", "error", err.Error(), "revision", s.Revision())
		return err
	}
	old := s.current.Load()
	s.install(p)
	s.metrics.reloads.WithLabelValues("ok").Inc()
	s.cfg.Logger.Info("policies reloaded", "revision", p.revision, "previous", old.revision)
	return nil
}

// Watch polls the bundles' files every PollInterval and reloads when one changed, until ctx
// ends. It returns at once when polling is off or there are no bundles.
func (s *Server) Watch(ctx context.Context) {
	if s.cfg.PollInterval <= 0 || len(s.cfg.Bundles) == 0 {
		return
	}
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	failed := "" // the stamp of files that failed to load
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		stamp, err := bundleStamp(s.cfg.Bundles)
		if err != nil || stamp == s.current.Load().stamp || stamp == failed {
			continue
		}
		s.reloadMu.Lock()
		if stamp != s.current.Load().stamp {
			if s.reloadLocked(ctx) != nil { // logged; the old policies stay
				failed = stamp // not retried, nor logged again, until the files change again
			}
		}
		s.reloadMu.Unlock()
	}
}

// compile builds one generation of the policies from the configuration and the bundles.
func (s *Server) compile(ctx context.Context) (*generation, error) {
	// The stamp is taken first: a change made while loading is seen by the next poll.
	stamp, stampErr := bundleStamp(s.cfg.Bundles)
	loaded, cleanup, err := loadBundles(s.cfg.Bundles, s.cfg.Verification)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	if stampErr != nil {
		return nil, stampErr
	}
	opts := append([]engine.Option(nil), s.cfg.EngineOptions...)
	for _, b := range loaded {
		opts = append(opts, engine.WithPolicyDir(b.dir))
	}
	start := time.Now()
	eng, err := engine.New(ctx, opts...)
	if err != nil {
		return nil, placeBundleErrors(err, loaded)
	}
	p := &generation{engine: eng, extractor: extract.New(eng.Registry()), revision: revisionOf(loaded), stamp: stamp,
		provenance: bundleProvenance(eng.Provenance(), loaded)}
	for _, b := range loaded {
		p.bundles = append(p.bundles, b.bundleInfo)
	}
	s.cfg.Logger.Info("policies compiled", "revision", p.revision, "seconds", time.Since(start).Seconds())
	return p, nil
}

func (s *Server) install(p *generation) {
	s.current.Store(p)
	s.metrics.setRevision(p.revision)
}

// errSaturated: every worker is busy and the queue is full, or the wait outlasted the deadline.
var errSaturated = errors.New("the server is at capacity: retry later")

// acquire admits a request to the queue, then waits for a worker until ctx ends. release must
// be called when acquire succeeded.
func (s *Server) acquire(ctx context.Context) (release func(), err error) {
	select {
	case s.queue <- struct{}{}:
	default:
		return nil, errSaturated
	}
	select {
	case s.workers <- struct{}{}:
		return func() { <-s.workers; <-s.queue }, nil
	case <-ctx.Done():
		<-s.queue
		return nil, fmt.Errorf("%w (waited %s for a worker)", errSaturated, s.cfg.RequestTimeout)
	}
}
