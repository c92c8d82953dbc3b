package engine

import (
	"context"
	"errors"
	"runtime/metrics"
	"sync"
	"time"
)

// The policy evaluator has no memory limit of its own (OPA v1's Go evaluator offers a
// deadline and cancellation, not an allocation budget), and a policy can build a huge value in
// a comprehension long before its deadline. memoryGuard watches the heap while evaluations run
// and cancels them when it passes the engine's limit: the documents being evaluated are
// reported as failed instead of the process being killed. OPA's generators (numbers.range,
// comprehensions) check for cancellation as they go; a single builtin call is bounded by its
// own arguments (sprintf refuses widths over a million).

// DefaultMemoryLimit is the heap size past which evaluations are stopped.
const DefaultMemoryLimit = 1 << 30

var errMemory = errors.New("memory limit exceeded")

type memoryGuard struct {
	limit    uint64
	interval time.Duration
	mu       sync.Mutex
	active   map[*evaluation]struct{}
	running  bool
}

type evaluation struct{ cancel context.CancelCauseFunc }

func newMemoryGuard(limit uint64) *memoryGuard {
	return &memoryGuard{limit: limit, interval: 5 * time.Millisecond, active: map[*evaluation]struct{}{}}
}

// watch returns a context cancelled with errMemory if the heap passes the limit while it is in
// use, and a function to call when the evaluation is done.
func (g *memoryGuard) watch(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	ev := &evaluation{cancel: cancel}
	g.mu.Lock()
	g.active[ev] = struct{}{}
	if !g.running {
		g.running = true
		go g.loop()
	}
	g.mu.Unlock()
	return ctx, func() {
		g.mu.Lock()
		delete(g.active, ev)
		g.mu.Unlock()
		cancel(nil)
	}
}

func (g *memoryGuard) loop() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	ticker := time.NewTicker(g.interval)
	defer ticker.Stop()
	for range ticker.C {
		g.mu.Lock()
		if len(g.active) == 0 {
			g.running = false
			g.mu.Unlock()
			return
		}
		g.mu.Unlock()
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 || sample[0].Value.Uint64() <= g.limit {
			continue
		}
		g.mu.Lock()
		for ev := range g.active {
			ev.cancel(errMemory)
		}
		g.mu.Unlock()
	}
}
