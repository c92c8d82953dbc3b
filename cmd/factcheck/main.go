package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes, stable for scripts and CI.
const (
	exitOK       = 0
	exitFindings = 1 // a verdict hit --fail-on; a policy test failed
	exitInput    = 2 // bad usage, input, configuration or policy
	exitInternal = 3 // a document hit a bug in factcheck (a recovered panic); the batch finished
)

// exitError carries an exit code up to main; its message (if any) has been or will be printed.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func inputError(err error) error { return &exitError{code: exitInput, err: err} }

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory for speed: policy evaluation allocates many short-lived values, and at
// the default GOGC the collector took about a third of the time. A soft memory limit keeps the
// heap bounded all the same. GOGC and GOMEMLIMIT set by the user win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

// run is main without the process: tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := newRootCommand()
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "factcheck:", ee.err)
		}
		return ee.code
	}
	// Anything else comes from cobra itself: an unknown flag or command, a missing argument.
	fmt.Fprintln(stderr, "factcheck:", err)
	return exitInput
}
