package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/report"
)

// internalError is a document whose checking panicked or failed for a reason that is the
// tool's fault, not the input's: it is reported for that document with exit code 3 and the
// batch goes on.
type internalError struct {
	path  string
	value any
	stack []byte
}

func (e *internalError) Error() string {
	return fmt.Sprintf("%s:1:1: internal error (please report it with this file): %v", e.path, e.value)
}

// guard runs f for one document and turns a panic into an internalError for that document,
// so that one document cannot lose the others.
func guard(path string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &internalError{path: path, value: r, stack: debug.Stack()}
		}
	}()
	return f()
}

// extractWithin extracts an article's claims under the per-document extraction limit. The
// extractor takes no context, so it runs on its own goroutine: past the deadline the document
// is reported and the batch moves on (the abandoned extraction finishes in the background and
// its result is dropped).
func extractWithin(ctx context.Context, x *extract.Extractor, path, readAs string, src []byte) (*extract.Result, error) {
	limit := claims.CurrentLimits().ExtractTimeout
	type outcome struct {
		res *extract.Result
		err error
	}
	done := make(chan outcome, 1)
	h := holdFrom(ctx)
	if h != nil {
		h.add()
	}
	go func() {
		if h != nil {
			defer h.done()
		}
		var res *extract.Result
		err := guard(path, func() error {
			res = x.Extract(readAs, src)
			return nil
		})
		done <- outcome{res, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case o := <-done:
		return o.res, o.err
	case <-timer.C:
		return nil, &claims.Error{Path: path, Line: 1, Column: 1,
			Message: fmt.Sprintf("extracting claims exceeded its %s limit (raise limits.extract_timeout)", limit)}
	case <-ctx.Done():
		return nil, &claims.Error{Path: path, Line: 1, Column: 1, Message: "extraction cancelled: " + ctx.Err().Error()}
	}
}

// checked is one document's outcome in a batch.
type checked struct {
	path      string
	doc       *report.Document
	explained []byte // --explain text for an extracted article
	err       error
}

// pipeline runs process over paths on workers goroutines and hands each outcome to emit in
// input order, as soon as it and every earlier one are done. At most window outcomes wait to
// be emitted, so memory depends on the window, not on how many paths there are.
func pipeline(inputs []fileArg, workers, window int, process func(fileArg) checked, emit func(checked) error) error {
	type job struct {
		in  fileArg
		out chan checked
	}
	jobs := make(chan job)
	pending := make(chan chan checked, max(window, 1))
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		defer close(pending)
		for _, p := range inputs {
			out := make(chan checked, 1)
			select {
			case pending <- out:
			case <-stop:
				return
			}
			select {
			case jobs <- job{p, out}:
			case <-stop:
				return
			}
		}
	}()
	for range max(workers, 1) {
		go func() {
			for j := range jobs {
				j.out <- process(j.in)
			}
		}()
	}
	for out := range pending {
		if err := emit(<-out); err != nil {
			close(stop)
			for range pending { // let the producer see stop
			}
			return err
		}
	}
	return nil
}
