package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/report"
)

// loadResult is what a load run measured.
type loadResult struct {
	requests, errors int
	elapsed          time.Duration
	latencies        []time.Duration
	peakHeap         uint64
}

func (r loadResult) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	return s[min(int(q*float64(len(s))), len(s)-1)]
}

// drive sends `total` checks of body from `clients` concurrent clients (or keeps them busy for
// `duration` when it is set) and checks every answer with verify.
func drive(t testing.TB, url string, body []byte, clients, total int, duration time.Duration, verify func([]byte) bool) loadResult {
	t.Helper()
	transport := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: transport, Timeout: 2 * time.Minute}
	defer transport.CloseIdleConnections()
	var (
		mu       sync.Mutex
		res      loadResult
		sent     atomic.Int64
		stopHeap = make(chan struct{})
		heapDone = make(chan struct{})
	)
	go func() { // sample the heap while the load runs
		defer close(heapDone)
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			res.peakHeap = max(res.peakHeap, ms.HeapAlloc)
			select {
			case <-stopHeap:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	deadline := start.Add(duration)
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for {
				if duration > 0 {
					if time.Now().After(deadline) {
						return
					}
				} else if sent.Add(1) > int64(total) {
					return
				}
				t0 := time.Now()
				resp, err := client.Post(url, "text/plain", bytes.NewReader(body))
				ok := err == nil
				if ok {
					out, rerr := io.ReadAll(resp.Body)
					resp.Body.Close()
					ok = rerr == nil && resp.StatusCode == http.StatusOK && verify(out)
				}
				mu.Lock()
				res.requests++
				res.latencies = append(res.latencies, time.Since(t0))
				if !ok {
					res.errors++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	close(stopHeap)
	<-heapDone
	return res
}

func (r loadResult) log(t testing.TB, clients int) {
	t.Logf("%d clients: %d requests in %v, %d errors, %.1f requests/s, p50 %v, p99 %v, peak heap %.0f MiB",
		clients, r.requests, r.elapsed.Round(time.Millisecond), r.errors, float64(r.requests)/r.elapsed.Seconds(),
		r.quantile(0.50).Round(time.Millisecond), r.quantile(0.99).Round(time.Millisecond), float64(r.peakHeap)/(1<<20))
}

// TestLoadConcurrentChecks: 200 clients at once each check the seed article on a server
// listening on 127.0.0.1; every answer is 200 with the library's verdicts. Set
// LOAD_TEST_DURATION (e.g. 30s) for a sustained run instead.
func TestLoadConcurrentChecks(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	_, ts := defaultServer(t)
	want := libraryVerdicts(t)
	seed := readSeed(t)
	verify := func(body []byte) bool { // runs on the clients' goroutines: no t.Fatal here
		var rep report.Report
		if json.Unmarshal(body, &rep) != nil || len(rep.Documents) != 1 {
			return false
		}
		got := map[string]string{}
		for _, c := range rep.Documents[0].Claims {
			got[c.ID] = c.Verdict.Label
		}
		return assert.ObjectsAreEqual(want, got)
	}
	clients, total, duration := 200, 200, time.Duration(0)
	if d := os.Getenv("LOAD_TEST_DURATION"); d != "" {
		var err error
		duration, err = time.ParseDuration(d)
		require.NoError(t, err)
	}
	res := drive(t, ts.URL+"/v1/check", seed, clients, total, duration, verify)
	res.log(t, clients)
	assert.Zero(t, res.errors)
	if duration == 0 {
		assert.Equal(t, total, res.requests)
	}
}

// BenchmarkServeCheck: checks of the seed through HTTP, from GOMAXPROCS×4 clients.
func BenchmarkServeCheck(b *testing.B) {
	_, ts := defaultServer(b)
	seed := readSeed(b)
	clients := runtime.GOMAXPROCS(0) * 4
	b.ResetTimer()
	res := drive(b, ts.URL+"/v1/check", seed, clients, b.N, 0, func([]byte) bool { return true })
	b.StopTimer()
	if res.errors > 0 {
		b.Fatalf("%d errors", res.errors)
	}
	b.ReportMetric(float64(res.requests)/res.elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(res.quantile(0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(res.quantile(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(res.peakHeap)/(1<<20), "peak-heap-MiB")
}
