package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/report"
	"github.com/factcheck/factcheck/server"
)

// shutdownGrace bounds draining on SIGTERM: in-flight requests get this long, then the process
// exits (Kubernetes kills at 30 s by default; we are done well before).
const shutdownGrace = 8 * time.Second

func newServeCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve checks, lint and extraction over HTTP (stateless; policies as OPA bundles)",
		Long: `Serve runs factcheck as an HTTP service: POST /v1/check, /v1/lint, /v1/extract; GET /healthz,
/readyz, /metrics (Prometheus), /openapi.json. Logs are JSON lines on standard error.

--bundle adds an OPA bundle (a directory, a .tar.gz as opa build makes them, or an http(s) URL
of one) to the embedded policies; its .manifest roots must be new packages under factcheck/rules/<name> or
factcheck/lint/rules/<name>. Bundles are reloaded when their files (or a URL's ETag) change
(--bundle-poll) or on SIGHUP; a bundle that fails to load leaves the current policies in place.

SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.`,
		Args: cobra.NoArgs,
		RunE: runServe,
	}
	f := cmd.Flags()
	f.String("addr", "", "listen address HOST:PORT (default 127.0.0.1:8080; in a container, :8080)")
	f.StringArray("bundle", nil, "OPA bundle to add to the policies: a directory, a .tar.gz, or an http(s) URL of one (repeatable)")
	f.String("bundle-verification-key", "", "PEM public key (or HS256 secret) file: bundles must be signed with it")
	f.String("bundle-verification-key-id", "", "the key id signatures name (default \"default\")")
	f.String("bundle-verification-alg", "", "the signing algorithm (default RS256)")
	f.String("bundle-poll", "", "how often to check the bundles' files for changes (e.g. 30s; 0: only on SIGHUP)")
	f.Int64("max-body-bytes", 0, "largest request body (default 10 MiB)")
	f.String("request-timeout", "", "deadline for one request, waiting included (default 30s)")
	f.Int("workers", 0, "documents worked on at once (default: the number of CPUs)")
	f.Int("max-queue", 0, "requests that may wait for a worker before 503 (default 512)")
	f.String("decision-log", "", "append a JSON line per checked document to this file (- for standard output)")
	return cmd
}

func runServe(cmd *cobra.Command, _ []string) error {
	v, err := loadConfig(cmd)
	if err != nil {
		return inputError(err)
	}
	for key, flag := range map[string]string{"serve.addr": "addr", "serve.bundles": "bundle",
		"serve.bundle_verification_key": "bundle-verification-key", "serve.bundle_verification_key_id": "bundle-verification-key-id",
		"serve.bundle_verification_alg": "bundle-verification-alg", "serve.bundle_poll": "bundle-poll",
		"serve.max_body_bytes": "max-body-bytes", "serve.request_timeout": "request-timeout", "serve.workers": "workers",
		"serve.max_queue": "max-queue", "serve.decision_log": "decision-log"} {
		if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
			return err
		}
	}
	logger := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
	opts, err := engineOptions(v)
	if err != nil {
		return inputError(err)
	}
	cfg := server.Config{EngineOptions: opts, Bundles: list(v, "serve.bundles"), Logger: logger, Version: version(),
		Publisher:     report.Organization{Name: v.GetString("report.publisher.name"), URL: v.GetString("report.publisher.url")},
		DatePublished: v.GetString("report.date_published"),
		MaxBodyBytes:  v.GetInt64("serve.max_body_bytes"), Workers: v.GetInt("serve.workers"), MaxQueue: v.GetInt("serve.max_queue")}
	if cfg.RequestTimeout, err = optionalDuration(v.GetString("serve.request_timeout"), "serve.request_timeout"); err != nil {
		return inputError(err)
	}
	if cfg.PollInterval, err = optionalDuration(v.GetString("serve.bundle_poll"), "serve.bundle_poll"); err != nil {
		return inputError(err)
	}
	if keyFile := v.GetString("serve.bundle_verification_key"); keyFile != "" {
		key, err := os.ReadFile(keyFile)
		if err != nil {
			return inputError(fmt.Errorf("--bundle-verification-key: %w", err))
		}
		cfg.Verification = &server.Verification{Key: string(key), KeyID: v.GetString("serve.bundle_verification_key_id"),
			Algorithm: v.GetString("serve.bundle_verification_alg")}
	}
	switch out := v.GetString("serve.decision_log"); out {
	case "":
	case "-":
		cfg.DecisionLog = cmd.OutOrStdout()
	default:
		f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return inputError(fmt.Errorf("--decision-log: %w", err))
		}
		defer f.Close()
		cfg.DecisionLog = f
	}
	addr := v.GetString("serve.addr")
	if addr == "" {
		addr = "127.0.0.1:8080"
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	srv, err := server.New(ctx, cfg)
	if err != nil {
		return inputError(err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return inputError(fmt.Errorf("--addr: %w", err))
	}
	// The address actually bound (a :0 port resolved), for people and for tests.
	logger.Info("listening", "addr", ln.Addr().String(), "policy_revision", srv.Revision())
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
		ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	go srv.Watch(ctx)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				_ = srv.Reload(ctx) // logged; on failure the current policies stay
			}
		}
	}()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return inputError(fmt.Errorf("serving: %w", err))
	case <-ctx.Done():
	}
	logger.Info("shutting down: draining requests in flight")
	srv.Drain()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		logger.Warn("shutdown: requests still in flight were cut off", "error", err.Error())
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// optionalDuration parses a duration that may be unset ("" or "0": the default or off).
func optionalDuration(raw, key string) (time.Duration, error) {
	if raw == "" || raw == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(raw)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%s: %q is not a duration (e.g. 30s)", key, raw)
	}
	return d, nil
}
