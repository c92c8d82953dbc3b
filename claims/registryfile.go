package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// CheckDataFile checks a policy data file (YAML or JSON: a registry or gazetteer addition, or
// any data for user rules) before it is merged: its top level is an object, it has no NaN or
// infinite numbers, and the registry sources and gazetteer entries it sets have fields of the
// right type and value. Every problem is placed at file:line:column. Entries may be partial
// (a data file may change one field of a source): that the merged entry is complete is
// checked when the registry is built.
func CheckDataFile(path string, src []byte) error {
	if max := CurrentLimits().MaxDocumentBytes; int64(len(src)) > max {
		return tooLarge(path, int64(len(src)), max)
	}
	if err := CheckText(path, src); err != nil {
		return err
	}
	if strings.EqualFold(filepath.Ext(path), ".json") && len(bytes.TrimSpace(src)) > 0 {
		var probe any
		if err := json.Unmarshal(src, &probe); err != nil {
			return jsonSyntaxError(path, src, err)
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return yamlSyntaxError(path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return &Error{Path: path, Line: 1, Column: 1, Message: "empty data file: expected an object (e.g. factcheck: {registry: {sources: …}})"}
	}
	root, err := expandAliases(path, doc.Content[0])
	if err != nil {
		return err
	}
	if root.Kind != yaml.MappingNode {
		return &Error{Path: path, Line: root.Line, Column: root.Column, Message: "data file: the top level must be an object of keys"}
	}
	var errs Errors
	add := func(n *yaml.Node, format string, args ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, &Error{Path: path, Line: n.Line, Column: n.Column, Message: fmt.Sprintf(format, args...)})
		}
	}
	checkFinite(root, "", add)
	fc := mappingValue(root, "factcheck")
	if fc != nil && fc.Kind != yaml.MappingNode {
		add(fc, "factcheck: expected an object")
		fc = nil
	}
	if reg := mappingValue(fc, "registry"); reg != nil {
		if reg.Kind != yaml.MappingNode {
			add(reg, "factcheck.registry: expected an object")
		} else if sources := mappingValue(reg, "sources"); sources != nil {
			checkEntries(sources, "factcheck.registry.sources", checkSourceEntry, add)
		}
	}
	if gaz := mappingValue(fc, "gazetteer"); gaz != nil {
		checkEntries(gaz, "factcheck.gazetteer", checkPlaceEntry, add)
	}
	sortErrors(errs)
	return errs.errorsOrNil()
}

type addFunc func(n *yaml.Node, format string, args ...any)

func checkEntries(m *yaml.Node, where string, check func(id string, e *yaml.Node, where string, add addFunc), add addFunc) {
	if m.Kind != yaml.MappingNode {
		add(m, "%s: expected an object of entries by id", where)
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		id := k.Value
		if k.Kind != yaml.ScalarNode || strings.TrimSpace(id) == "" {
			add(k, "%s: an entry id must be a non-empty name", where)
			continue
		}
		if v.Kind != yaml.MappingNode {
			add(v, "%s.%s: expected an object with name, aliases, …", where, id)
			continue
		}
		check(id, v, where+"."+id, add)
	}
}

func checkSourceEntry(id string, e *yaml.Node, where string, add addFunc) {
	for i := 0; i+1 < len(e.Content); i += 2 {
		k, v := e.Content[i].Value, e.Content[i+1]
		switch k {
		case "name", "group":
			checkText(v, where+"."+k, add)
			if k == "name" && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "" {
				add(v, "%s.name: must not be empty", where)
			}
		case "aliases", "affiliations":
			checkTextList(v, where+"."+k, add)
		case "kind":
			if checkText(v, where+".kind", add) && !slices.Contains(SourceKinds, v.Value) {
				add(v, "%s.kind: %q is not one of %s", where, v.Value, strings.Join(SourceKinds, ", "))
			}
		case "reliability":
			if checkText(v, where+".reliability", add) {
				g := strings.ToUpper(v.Value)
				if len(g) != 1 || g[0] < 'A' || g[0] > 'F' {
					add(v, "%s.reliability: %q is not an Admiralty grade A-F", where, v.Value)
				}
			}
		}
	}
}

func checkPlaceEntry(id string, e *yaml.Node, where string, add addFunc) {
	for i := 0; i+1 < len(e.Content); i += 2 {
		k, v := e.Content[i].Value, e.Content[i+1]
		switch k {
		case "name":
			checkText(v, where+".name", add)
		case "aliases", "demonyms", "places":
			checkTextList(v, where+"."+k, add)
		}
	}
}

func checkText(v *yaml.Node, where string, add addFunc) bool {
	if v.Kind != yaml.ScalarNode || (v.Tag != "!!str" && v.Tag != "!!null") {
		add(v, "%s: expected a text", where)
		return false
	}
	return true
}

func checkTextList(v *yaml.Node, where string, add addFunc) {
	if v.Kind != yaml.SequenceNode {
		add(v, "%s: expected a list of texts", where)
		return
	}
	for _, c := range v.Content {
		if c.Kind != yaml.ScalarNode || c.Tag != "!!str" {
			add(c, "%s: expected a list of texts", where)
			return
		}
	}
}

// checkFinite reports NaN and infinite numbers (.nan, .inf), which the policy engine cannot
// hold.
func checkFinite(n *yaml.Node, where string, add addFunc) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			if where != "" {
				key = where + "." + key
			}
			checkFinite(n.Content[i+1], key, add)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			checkFinite(c, where+"["+strconv.Itoa(i)+"]", add)
		}
	case yaml.ScalarNode:
		if n.Style != 0 {
			return // quoted: a text
		}
		if n.Tag == "!!float" {
			var f float64
			if err := n.Decode(&f); err == nil && (math.IsNaN(f) || math.IsInf(f, 0)) {
				add(n, "%s: %s is not a finite number", where, n.Value)
				return
			}
		}
		// 1e999 looks like a number but overflows; YAML would quietly make it a text.
		if _, err := strconv.ParseFloat(n.Value, 64); errors.Is(err, strconv.ErrRange) {
			add(n, "%s: %s is not a finite number", where, n.Value)
		}
	}
}

// LocateKey returns the line and column of the key at the end of a key path in a YAML or JSON
// file, and whether the whole path is there; when it is not, the position is the deepest key
// found.
func LocateKey(src []byte, keys ...string) (line, column int, found bool) {
	var doc yaml.Node
	if yaml.Unmarshal(src, &doc) != nil || len(doc.Content) == 0 {
		return 0, 0, false
	}
	n := doc.Content[0]
	line, column = 1, 1
	for _, k := range keys {
		key := mappingKey(n, k)
		if key == nil {
			return line, column, false
		}
		line, column = key.Line, key.Column
		n = mappingValue(n, k)
	}
	return line, column, true
}
