package claims

import (
	"os"
	"unicode/utf8"
)

// ReadText reads an article or draft. It fails, with the file's position, when the file cannot
// be read or is not UTF-8: extraction would otherwise quote mangled text in its claims.
func ReadText(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, FileError(path, err)
	}
	if err := CheckText(path, src); err != nil {
		return nil, err
	}
	return src, nil
}

// CheckText reports the first byte of src that is not UTF-8, or nil.
func CheckText(path string, src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line, col := NewLineIndex(src).Position(i)
			return &Error{Path: path, Line: line, Column: col, Message: "not valid UTF-8 text"}
		}
		i += size
	}
	return nil
}

// FileError is a file that cannot be opened, read or listed, placed at its first line.
func FileError(path string, err error) *Error {
	return &Error{Path: path, Line: 1, Column: 1, Message: readError(err)}
}
