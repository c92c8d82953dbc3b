package main

import (
	"context"
	"os"
	"sync"
	"sync/atomic"

	"github.com/factcheck/factcheck/claims"
)

// byteBudget bounds the bytes of documents being worked on at once. Extraction and evaluation
// take memory in proportion to a document's size (about a hundred times it, for a
// sentence-dense article), so the number of workers alone does not bound memory: on a machine
// with many cores, as many 10 MiB documents at once would. A document waits until its size
// fits; one larger than the whole budget runs alone.
type byteBudget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	limit int64
	used  int64
}

// documentBudget is how many bytes of documents are worked on at once: enough for any number
// of ordinary articles side by side, and for one document at the size limit.
func documentBudget() *byteBudget {
	limit := max(16<<20, claims.CurrentLimits().MaxDocumentBytes)
	b := &byteBudget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits for n bytes and returns the function that gives them back.
func (b *byteBudget) acquire(n int64) func() {
	n = min(max(n, 1), b.limit)
	b.mu.Lock()
	for b.used+n > b.limit {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			b.mu.Lock()
			b.used -= n
			b.mu.Unlock()
			b.cond.Broadcast()
		})
	}
}

// forFile acquires a file's size (or one byte, when it cannot be sized).
func (b *byteBudget) forFile(path string) func() {
	var n int64 = 1
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		n = info.Size()
	}
	return b.acquire(n)
}

// hold keeps a document's bytes acquired until everything working on it has finished —
// including an extraction abandoned at its deadline, which goes on in the background.
type hold struct {
	n       atomic.Int32
	release func()
}

func newHold(release func()) *hold {
	h := &hold{release: release}
	h.n.Store(1)
	return h
}

func (h *hold) add() { h.n.Add(1) }

func (h *hold) done() {
	if h.n.Add(-1) == 0 {
		h.release()
	}
}

type holdKey struct{}

func withHold(ctx context.Context, h *hold) context.Context {
	return context.WithValue(ctx, holdKey{}, h)
}

func holdFrom(ctx context.Context) *hold {
	h, _ := ctx.Value(holdKey{}).(*hold)
	return h
}
