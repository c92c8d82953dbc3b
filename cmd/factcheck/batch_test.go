package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A panic while checking one document is an internal error for that document; the pipeline
// emits every document, in input order, with more documents than workers and window.
func TestPipelineRecoversAPanicAndKeepsOrder(t *testing.T) {
	var inputs []fileArg
	for i := range 50 {
		inputs = append(inputs, fileArg{path: fmt.Sprintf("doc%02d.md", i)})
	}
	process := func(in fileArg) checked {
		c := checked{path: in.path}
		c.err = guard(in.path, func() error {
			if in.path == "doc07.md" {
				var m map[string]int
				m["boom"]++ // a nil-map write: a real bug's panic
			}
			return nil
		})
		return c
	}
	var order []string
	var internal []error
	err := pipeline(inputs, 3, 4, process, func(c checked) error {
		order = append(order, c.path)
		if c.err != nil {
			internal = append(internal, c.err)
		}
		return nil
	})
	require.NoError(t, err)
	require.Len(t, order, 50)
	for i, p := range order {
		assert.Equal(t, fmt.Sprintf("doc%02d.md", i), p)
	}
	require.Len(t, internal, 1)
	var ie *internalError
	require.True(t, errors.As(internal[0], &ie))
	assert.Contains(t, internal[0].Error(), "doc07.md:1:1: internal error")
}

// An emit error stops the pipeline without leaking a blocked producer.
func TestPipelineStopsOnEmitError(t *testing.T) {
	inputs := make([]fileArg, 100)
	n := 0
	err := pipeline(inputs, 2, 2, func(in fileArg) checked { return checked{} }, func(checked) error {
		n++
		if n == 3 {
			return errors.New("disk full")
		}
		return nil
	})
	assert.EqualError(t, err, "disk full")
	assert.Equal(t, 3, n)
}
