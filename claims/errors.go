package claims

import (
	"fmt"
	"strings"
)

// Error is a problem with one place in an input file. Its text is "path:line:column: message",
// the form editors and CI annotators understand.
type Error struct {
	Path    string
	Line    int // 1-based
	Column  int // 1-based, in bytes
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Message)
}

// Errors is every problem found in one file, in file order. A file is checked as a whole so
// that a person can fix all of it in one pass.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// errorsOrNil keeps the nil-interface convention: an empty list is no error.
func (es Errors) errorsOrNil() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
