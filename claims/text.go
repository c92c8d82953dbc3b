package claims

import (
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ReadText reads an article or draft. It fails, with the file's position, when the file cannot
// be read, is larger than the document limit, is not UTF-8 (extraction would otherwise quote
// mangled text in its claims) or, for Markdown, is nested past the limits (see Limits).
func ReadText(path string) ([]byte, error) {
	src, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	if err := CheckArticle(path, src, IsMarkdownPath(path)); err != nil {
		return nil, err
	}
	return src, nil
}

// CheckArticle is ReadText's checks for text already read (standard input): UTF-8 and, for
// Markdown, the nesting and front-matter limits.
func CheckArticle(path string, src []byte, markdown bool) error {
	if err := CheckText(path, src); err != nil {
		return err
	}
	if markdown {
		return CheckMarkdownShape(path, src)
	}
	return nil
}

// IsMarkdownPath reports whether an article is read as Markdown, by extension.
func IsMarkdownPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
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
