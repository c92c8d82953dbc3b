package main

import (
	"fmt"
	"io"
	"time"
)

// progress is a one-line count of documents done, redrawn on stderr at most ten times a second,
// only when stderr is a terminal and the batch is long enough to wait for.
type progress struct {
	w     io.Writer
	total int
	n     int
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, total int) *progress {
	if total < 20 || !isTerminal(w) {
		return &progress{}
	}
	return &progress{w: w, total: total}
}

func (p *progress) step() {
	if p.w == nil {
		return
	}
	p.n++
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || p.n == p.total {
		p.last = now
		p.shown = true
		fmt.Fprintf(p.w, "\rfactcheck: %d/%d documents", p.n, p.total)
	}
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
