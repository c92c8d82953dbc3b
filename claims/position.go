package claims

import "sort"

// LineIndex turns byte offsets into 1-based lines and columns (columns count bytes, as
// Go and most compilers do; lint output converts them to code points). Build it once per
// text: lookups are a binary search.
type LineIndex struct {
	starts []int // byte offset of each line's first byte
	size   int
}

// NewLineIndex indexes the line starts of text.
func NewLineIndex(text []byte) *LineIndex {
	starts := []int{0}
	for i, b := range text {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{starts: starts, size: len(text)}
}

// Position returns the line and column of offset, clamped to the text.
func (li *LineIndex) Position(offset int) (line, column int) {
	if offset < 0 {
		offset = 0
	}
	if offset > li.size {
		offset = li.size
	}
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > offset }) - 1
	return i + 1, offset - li.starts[i] + 1
}

// Span returns the span of text[start:end] with its start and end positions filled in.
func (li *LineIndex) Span(start, end int) *Span {
	line, col := li.Position(start)
	endLine, endCol := line, col
	if end > start {
		endLine, endCol = li.Position(end - 1)
	}
	return &Span{Start: start, End: end, Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
}

// LineStart returns the byte offset where a 1-based line starts (clamped).
func (li *LineIndex) LineStart(line int) int {
	if line < 1 {
		return 0
	}
	if line > len(li.starts) {
		return li.size
	}
	return li.starts[line-1]
}
