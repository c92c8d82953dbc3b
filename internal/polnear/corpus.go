package polnear

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Article is one annotated article: its text and the gold attributions, in byte offsets.
type Article struct {
	Name string // the file name without extension ("nyt_2016-04-18_…")
	Path string // the text file
	Text []byte
	Gold []Attribution
}

// maxTextBytes bounds one article: PolNeAR's longest is under 100 kB.
const maxTextBytes = 8 << 20

// LoadSplit reads one split (train, dev or test) of PolNeAR from dir: either the corpus's
// data directory (dir/SPLIT/text/NAME.txt with dir/SPLIT/attributions/NAME_ANNOTATOR.ann) or
// the root of a copy of its repository (dir/data/SPLIT/…). An article that several annotators
// annotated (to measure their agreement) is scored against the first annotator by name, so
// that the same data give the same scores. Articles come sorted by name.
func LoadSplit(dir, split string) ([]Article, error) {
	root := filepath.Join(dir, split)
	if _, err := os.Stat(filepath.Join(root, "text")); errors.Is(err, fs.ErrNotExist) {
		if _, err2 := os.Stat(filepath.Join(dir, "data", split, "text")); err2 == nil {
			root = filepath.Join(dir, "data", split)
		}
	}
	texts, err := filepath.Glob(filepath.Join(root, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no PolNeAR texts in %s", filepath.Join(root, "text"), split)
	}
	anns, err := filepath.Glob(filepath.Join(root, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	slices.Sort(anns)
	annOf := map[string]string{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("%s: not NAME_ANNOTATOR.ann", a)
		}
		if _, seen := annOf[base[:i]]; !seen {
			annOf[base[:i]] = a
		}
	}
	slices.Sort(texts)
	var out []Article
	var errs []error
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		annPath, ok := annOf[name]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no annotation file %s_*.ann", t, name))
			continue
		}
		a, err := loadArticle(name, t, annPath)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, a)
	}
	return out, errors.Join(errs...)
}

func loadArticle(name, textPath, annPath string) (Article, error) {
	text, err := readLimited(textPath, maxTextBytes)
	if err != nil {
		return Article{}, err
	}
	ann, err := readLimited(annPath, maxAnnBytes)
	if err != nil {
		return Article{}, err
	}
	gold, err := ParseAnn(annPath, ann, text)
	if err != nil {
		return Article{}, err
	}
	return Article{Name: name, Path: textPath, Text: text, Gold: gold}, nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %d bytes: larger than the %d-byte limit", path, info.Size(), limit)
	}
	return os.ReadFile(path)
}
