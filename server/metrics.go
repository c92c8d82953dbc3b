package server

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own so that two servers
// in one process (tests) do not collide and nothing registers into it behind our back.
type metrics struct {
	registry   *prometheus.Registry
	requests   *prometheus.CounterVec
	duration   *prometheus.HistogramVec
	inFlight   prometheus.Gauge
	rejected   *prometheus.CounterVec
	evaluation *prometheus.HistogramVec
	claims     *prometheus.CounterVec
	verdicts   *prometheus.CounterVec
	reloads    *prometheus.CounterVec
	revision   *prometheus.GaugeVec
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "factcheck_http_requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "factcheck_http_request_duration_seconds",
			Help:    "Time from a request's arrival to its response, by route.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}}, []string{"route"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "factcheck_http_requests_in_flight",
			Help: "Requests being served."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "factcheck_http_rejected_total",
			Help: "Requests refused before work: saturated (503), body too large (413)."}, []string{"reason"}),
		evaluation: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "factcheck_evaluation_seconds",
			Help:    "Time the engine spent on one document (policy evaluation and report), by decision.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}}, []string{"decision"}),
		claims: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "factcheck_claims_total",
			Help: "Claims checked, linted or extracted, by route."}, []string{"route"}),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "factcheck_verdicts_total",
			Help: "Verdicts given, by label."}, []string{"label"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "factcheck_policy_reloads_total",
			Help: "Policy reloads, by result (ok, error)."}, []string{"result"}),
		revision: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "factcheck_policy_revision_info",
			Help: "1 for the policy revision new requests are checked with."}, []string{"revision"}),
	}
	m.registry.MustRegister(m.requests, m.duration, m.inFlight, m.rejected, m.evaluation, m.claims, m.verdicts,
		m.reloads, m.revision, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) setRevision(rev string) {
	m.revision.Reset()
	m.revision.WithLabelValues(rev).Set(1)
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
