# Regenerates the malformed-input corpus (the files under testdata/bad/<kind>/ and cases.yaml).
# Run from the repository root: python3 testdata/bad/generate.py (needs PyYAML). The files are
# committed; this script records how each was made (alias bombs, encodings, deep nesting).
# Writes testdata/bad/<kind>/... and testdata/bad/cases.yaml. Run from the repo root.
import os, json
B = "testdata/bad"
cases = []
def w(path, data):
    p = os.path.join(B, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(p, mode) as f:
        f.write(data)
def case(name, args, exit, msg, env=None, dir=None, stdout_json=False, stdin_file=None):
    c = {"name": name, "args": args, "exit": exit, "message": msg}
    if stdin_file: c["stdin_file"] = stdin_file
    if env: c["env"] = env
    if dir: c["dir"] = dir
    if stdout_json: c["stdout_json"] = True
    cases.append(c)

ok_claim = "  - id: c1\n    text: The bridge closed.\n    part: body\n    kind: event\n"
article = "Bridge closes\n\nThe bridge closed on Monday, the city council said.\n"
w("claims/article.txt", article)

# ---------- claims files ----------
C = "claims/"
def claims(name, text, exit, msg, **kw):
    w(C + name, text)
    case("claims/" + name, ["check", C + name], exit, msg, **kw)

claims("alias-claim.claims.yaml", "claims:\n  - &c\n    id: c1\n    text: One.\n    part: body\n    kind: event\n  - *c\n", 2, "alias-claim.claims.yaml:3:9: claims[1].id: duplicate claim id")
claims("alias-responds-to.claims.yaml", "claims:\n  - id: c1\n    text: One.\n    part: body\n    kind: event\n    responds_to: &r [c2]\n  - id: c2\n    text: Two.\n    part: body\n    kind: event\n    responds_to: *r\n", 2, "alias-responds-to.claims.yaml:6:22: claims[1].responds_to: \"c2\" names the claim itself")
bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
prev = "a"
for n in "bcdefghi":
    bomb += f"{n}: &{n} [" + ",".join(["*" + prev] * 10) + "]\n"
    prev = n
bomb += "claims: *i\n"
claims("alias-bomb.claims.yaml", bomb, 2, "alias-bomb.claims.yaml:6:29: aliases expand to more than 1000000 values")
claims("alias-self.claims.yaml", "claims: &a\n  - *a\n", 2, "alias-self.claims.yaml:")
claims("deep-nesting.claims.yaml", "claims:\n  - id: c1\n    text: One.\n    part: body\n    kind: event\n    subjects: " + "[" * 100 + "]" * 100 + "\n", 2, "deep-nesting.claims.yaml:6:")
claims("empty.claims.yaml", "", 2, "empty.claims.yaml:1:1: empty claims file")
claims("comments-only.claims.yaml", "# nothing here\n# at all\n", 2, "comments-only.claims.yaml:1:1: empty claims file")
claims("top-level-list.claims.yaml", "- id: c1\n  text: One.\n", 2, "top-level-list.claims.yaml:1:1: document:")
claims("claims-not-list.claims.yaml", "claims: {id: c1}\n", 2, "claims-not-list.claims.yaml:1:1: claims: got object, want array")
claims("missing-id.claims.yaml", "claims:\n  - text: One.\n    part: body\n    kind: event\n", 2, "missing-id.claims.yaml:2:5: claims[0]: missing property 'id'")
claims("unknown-kind.claims.yaml", "claims:\n  - id: c1\n    text: One.\n    part: body\n    kind: rumour\n", 2, "unknown-kind.claims.yaml:5:11: claims[0].kind: value must be one of")
claims("unknown-part.claims.yaml", "claims:\n  - id: c1\n    text: One.\n    part: sidebar\n    kind: event\n", 2, "unknown-part.claims.yaml:4:11: claims[0].part: value must be one of")
claims("unknown-field.claims.yaml", "claims:\n  - id: c1\n    text: One.\n    part: body\n    kind: event\n    colour: red\n", 2, "unknown-field.claims.yaml:6:5: claims[0]: additional properties 'colour' not allowed")
claims("duplicate-ids.claims.yaml", "claims:\n" + ok_claim + ok_claim, 2, "duplicate-ids.claims.yaml:6:9: claims[1].id: duplicate claim id \"c1\"")
claims("responds-to-unknown.claims.yaml", "claims:\n" + ok_claim + "    responds_to: [c9]\n", 2, "responds-to-unknown.claims.yaml:6:19: claims[0].responds_to: \"c9\" names no claim in this file")
claims("responds-to-self.claims.yaml", "claims:\n" + ok_claim + "    responds_to: [c1]\n", 2, "responds-to-self.claims.yaml:6:19: claims[0].responds_to: \"c1\" names the claim itself")
claims("span-reversed.claims.yaml", "claims:\n" + ok_claim + "    span: {start: 9, end: 3}\n", 2, "span-reversed.claims.yaml:6:11: claims[0].span: end 3 is before start 9")
claims("span-negative.claims.yaml", "claims:\n" + ok_claim + "    span: {start: -4, end: 3}\n", 2, "span-negative.claims.yaml:6:")
claims("span-past-article.claims.yaml", "article: article.txt\nclaims:\n" + ok_claim + "    span: {start: 10, end: 99999}\n", 2, "span-past-article.claims.yaml:7:11: claims[0].span: bytes 10-99999 of article.txt are not the claim's text")
claims("span-huge.claims.yaml", "article: article.txt\nclaims:\n" + ok_claim + "    span: {start: 1e300, end: 1e301}\n", 2, "span-huge.claims.yaml:7:1: cannot unmarshal")
claims("span-wrong-line.claims.yaml", "article: article.txt\nclaims:\n  - id: c1\n    text: The bridge closed\n    part: body\n    kind: event\n    span: {start: 15, end: 32, line: 9}\n", 2, "span-wrong-line.claims.yaml:7:11: claims[0].span: offset 15 is at line 3")
claims("text-not-in-article.claims.yaml", "article: article.txt\nclaims:\n  - id: c1\n    text: The tunnel opened.\n    part: body\n    kind: event\n", 2, "text-not-in-article.claims.yaml:4:11: claims[0].text: not found in article article.txt")
claims("article-missing.claims.yaml", "article: no-such-article.txt\nclaims:\n" + ok_claim, 2, "article-missing.claims.yaml:1:10: article: no such file")
w("claims/latin1-article.txt", "Bridge closes\n\nThe caf\xe9 closed on Monday, the council said.\n".encode("latin-1"))
claims("article-not-utf8.claims.yaml", "article: latin1-article.txt\nclaims:\n" + ok_claim, 2, "article-not-utf8.claims.yaml:1:10: article: not valid UTF-8 text (latin1-article.txt:3:8)")
os.makedirs(B + "/claims/article-dir.txt", exist_ok=True)
w("claims/article-dir.txt/.keep", "")
claims("article-is-directory.claims.yaml", "article: article-dir.txt\nclaims:\n" + ok_claim, 2, "article-is-directory.claims.yaml:1:10: article:")
claims("article-device.claims.yaml", "article: /dev/stdin\nclaims:\n" + ok_claim, 2, "article-device.claims.yaml:1:10: article: not a regular file")
claims("duplicate-key.claims.yaml", "claims:\n  - id: c1\n    id: c2\n    text: One.\n    part: body\n    kind: event\n", 2, "duplicate-key.claims.yaml:3:5:")
claims("complex-key.claims.yaml", "claims:\n  - ? [a, b]\n    : x\n    id: c1\n", 2, "complex-key.claims.yaml:2:7: keys must be plain strings")
claims("merge-key.claims.yaml", "base: &b {part: body, kind: event}\nclaims:\n  - <<: *b\n    id: c1\n    text: One.\n", 2, "merge-key.claims.yaml:1:1:")
claims("tab-indent.claims.yaml", "claims:\n\t- id: c1\n", 2, "tab-indent.claims.yaml:2:1: invalid YAML")
claims("unclosed-flow.claims.yaml", "claims: [{id: c1, text: One.\n", 2, "unclosed-flow.claims.yaml:")
claims("trailing-comma.claims.json", '{"claims": [{"id": "c1", "text": "One.", "part": "body", "kind": "event"},]}\n', 2, "trailing-comma.claims.json:1:75: invalid JSON")
claims("wrong-type.claims.json", '{"claims": [{"id": 5, "text": "One.", "part": "body", "kind": "event"}]}\n', 2, "wrong-type.claims.json:1:20: claims[0].id: got number, want string")
claims("top-level-string.claims.json", '"claims"\n', 2, "top-level-string.claims.json:1:1: document: got string, want object")
claims("truncated.claims.json", '{"claims": [{"id": "c1", "te', 2, "truncated.claims.json:1:")
w(C + "not-utf8.claims.json", b'{"claims": [{"id": "c1", "text": "caf\xe9", "part": "body", "kind": "event"}]}\n')
case("claims/not-utf8.claims.json", ["check", C + "not-utf8.claims.json"], 2, "not-utf8.claims.json:1:38: not valid UTF-8 text")
w(C + "not-utf8.claims.yaml", b"claims:\n  - id: c1\n    text: caf\xe9\n")
case("claims/not-utf8.claims.yaml", ["check", C + "not-utf8.claims.yaml"], 2, "not-utf8.claims.yaml:3:14: not valid UTF-8 text")
w(C + "nul-bytes.claims.yaml", b"claims:\n  - id: c1\x00\x00\n")
case("claims/nul-bytes.claims.yaml", ["check", C + "nul-bytes.claims.yaml"], 2, "nul-bytes.claims.yaml:")
claims("two-documents.claims.yaml", "claims:\n" + ok_claim + "---\nclaims:\n" + ok_claim, 2, "two-documents.claims.yaml:6:1: a claims file holds one YAML document")
claims("empty-text.claims.yaml", "claims:\n  - id: c1\n    text: \"\"\n    part: body\n    kind: event\n", 2, "empty-text.claims.yaml:3:11: claims[0].text:")
claims("attribution-no-source.claims.yaml", "claims:\n" + ok_claim + "    attributions:\n      - stance: asserts\n", 2, "attribution-no-source.claims.yaml:7:9: claims[0].attributions[0]: missing property 'source'")
claims("evidence-wrong-type.claims.yaml", "claims:\n" + ok_claim + "    attributions:\n      - source: reuters\n        stance: asserts\n        evidence: photo\n", 2, "evidence-wrong-type.claims.yaml:9:19: claims[0].attributions[0].evidence:")
claims("unknown-stance.claims.yaml", "claims:\n" + ok_claim + "    attributions:\n      - source: reuters\n        stance: insists\n", 2, "unknown-stance.claims.yaml:8:17: claims[0].attributions[0].stance: value must be one of")
claims("claims-null.claims.yaml", "claims:\n", 2, "claims-null.claims.yaml:1:")
case("claims/missing-file", ["check", C + "no-such.claims.yaml"], 2, "claims/no-such.claims.yaml:1:1: no such file")
case("claims/one-bad-keeps-others", ["check", "-o", "json", C + "unknown-kind.claims.yaml", "ok/good.claims.yaml"], 2, "unknown-kind.claims.yaml:5:11:", stdout_json=True)
w("ok/good.claims.yaml", "article: ../claims/article.txt\nclaims:\n  - id: c1\n    text: The bridge closed on Monday\n    part: body\n    kind: event\n    attributions:\n      - source: the city council\n        stance: asserts\n")

# ---------- articles ----------
A = "articles/"
def art(name, data, exit, msg, cmd="check"):
    w(A + name, data)
    case("articles/" + name + ":" + cmd, [cmd, A + name], exit, msg)
art("latin1.txt", "Storm\n\nThe caf\xe9 flooded, police said.\n".encode("latin-1"), 2, "latin1.txt:3:8: not valid UTF-8 text")
art("latin1.txt", "Storm\n\nThe caf\xe9 flooded, police said.\n".encode("latin-1"), 2, "latin1.txt:3:8: not valid UTF-8 text", cmd="lint")
art("latin1.txt", "Storm\n\nThe caf\xe9 flooded, police said.\n".encode("latin-1"), 2, "latin1.txt:3:8: not valid UTF-8 text", cmd="extract")
art("utf16.txt", "Storm\n\nThe river rose, police said.\n".encode("utf-16"), 2, "utf16.txt:1:1: not valid UTF-8 text")
art("overlong.txt", b"Storm\n\nAn overlong \xc0\xaf slash, police said.\n", 2, "overlong.txt:3:13: not valid UTF-8 text")
art("surrogate.txt", b"Storm\n\nA lone \xed\xa0\x80 surrogate, police said.\n", 2, "surrogate.txt:3:8: not valid UTF-8 text")
art("truncated-utf8.txt", b"Storm\n\nCut off at the end \xe2\x82", 2, "truncated-utf8.txt:3:20: not valid UTF-8 text")
art("empty.txt", "", 2, "empty.txt:1:1: empty article")
art("blank.txt", "\n\n   \n\t\n", 2, "blank.txt:1:1: empty article")
os.makedirs(B + "/articles/empty-dir", exist_ok=True)
w("articles/empty-dir/.keep", "")
case("articles/empty-dir:check", ["check", A + "empty-dir"], 2, "articles/empty-dir:1:1: no file in this directory matches")
case("articles/empty-dir:lint", ["lint", A + "empty-dir"], 2, "articles/empty-dir:1:1: no file in this directory matches")
case("articles/missing:check", ["check", A + "missing.txt"], 2, "articles/missing.txt:1:1: no such file")
case("articles/missing:lint", ["lint", A + "missing.md"], 2, "articles/missing.md:1:1: no such file")
case("articles/glob-no-match", ["lint", A + "**/*.nothing"], 2, "articles/**/*.nothing:1:1: no file matches this pattern")
case("articles/bad-glob", ["check", A + "[a-"], 2, "articles/[a-:1:1: not a valid glob pattern")
case("articles/stdin-latin1", ["lint", "--stdin-filename", "draft.md", "-"], 2, "draft.md:3:8: not valid UTF-8 text", stdin_file="articles/latin1.txt")

# ---------- markdown ----------
M = "markdown/"
def md(name, data, exit, msg, cmd="lint"):
    w(M + name, data)
    case("markdown/" + name + ":" + cmd, [cmd, M + name], exit, msg)
md("deep-list.md", "# Deep\n\n" + "- " * 10000 + "item\n", 2, "deep-list.md:3:")
md("deep-quote.md", "# Deep\n\n" + "> " * 5000 + "quoted, police said.\n", 2, "deep-quote.md:3:")
md("deep-quote.md", "# Deep\n\n" + "> " * 5000 + "quoted, police said.\n", 2, "deep-quote.md:3:", cmd="check")
md("deep-indented-list.md", "# Deep\n\n" + "".join("  " * i + "- level %d\n" % i for i in range(200)), 2, "deep-indented-list.md:")
md("deep-ordered.md", "# Deep\n\n" + "1. " * 3000 + "item\n", 2, "deep-ordered.md:3:")
md("front-matter-keys.md", "---\n" + "".join("k%d: v\n" % i for i in range(1500)) + "---\n\n# T\n\nBody, police said.\n", 2, "front-matter-keys.md:1002:1: front matter has more than 1000 keys")
md("front-matter-invalid.md", "---\ntitle: [unclosed\n---\n\nBody, police said.\n", 2, "front-matter-invalid.md:")
md("front-matter-list.md", "---\n- a\n- b\n---\n\nBody, police said.\n", 2, "front-matter-list.md:2:1: front matter: expected keys")
fbomb = "---\n" + 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
prev = "a"
for n in "bcdefghi":
    fbomb += f"{n}: &{n} [" + ",".join(["*" + prev] * 10) + "]\n"
    prev = n
fbomb += "---\n\nBody, police said.\n"
md("front-matter-alias-bomb.md", fbomb, 2, "front-matter-alias-bomb.md:")
md("front-matter-tab.md", "---\ntitle: A\n\tdate: x\n---\n\nBody, police said.\n", 2, "front-matter-tab.md:")
md("latin1.md", "# Storm\n\nThe caf\xe9 flooded, police said.\n".encode("latin-1"), 2, "latin1.md:3:8: not valid UTF-8 text")
md("latin1-front-matter.md", "---\ntitle: Caf\xe9\n---\n\nBody, police said.\n".encode("latin-1"), 2, "latin1-front-matter.md:2:11: not valid UTF-8 text")

# ---------- registry / data files ----------
D = "data/"
def data(name, text, exit, msg):
    w(D + name, text)
    case("data/" + name, ["check", "-d", D + name, "ok/good.claims.yaml"], exit, msg)
data("bad-kind.yaml", "factcheck:\n  registry:\n    sources:\n      blog-x:\n        name: Blog X\n        kind: blog\n        reliability: C\n", 2, "bad-kind.yaml:6:15: factcheck.registry.sources.blog-x.kind: \"blog\" is not one of")
data("bad-grade.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: {reliability: Z}\n", 2, "bad-grade.yaml:4:30: factcheck.registry.sources.reuters.reliability: \"Z\" is not an Admiralty grade")
data("grade-number.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: {reliability: 1}\n", 2, "grade-number.yaml:4:30: factcheck.registry.sources.reuters.reliability: expected a text")
data("aliases-not-list.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: {aliases: Thomson}\n", 2, "aliases-not-list.yaml:4:26: factcheck.registry.sources.reuters.aliases: expected a list of texts")
data("aliases-numbers.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: {aliases: [1, 2]}\n", 2, "aliases-numbers.yaml:4:27: factcheck.registry.sources.reuters.aliases: expected a list of texts")
data("top-level-list.yaml", "[1, 2]\n", 2, "top-level-list.yaml:1:1: data file: the top level must be an object")
data("empty.yaml", "", 2, "empty.yaml:1:1: empty data file")
data("invalid.yaml", "factcheck:\n  registry: [unclosed\n", 2, "invalid.yaml:")
data("invalid.json", '{"factcheck": {"registry": }}\n', 2, "invalid.json:1:28: invalid JSON")
data("nan.yaml", "newsroom:\n  threshold: .nan\n", 2, "nan.yaml:2:14: newsroom.threshold: .nan is not a finite number")
data("inf.json", '{"newsroom": {"limit": 1e999}}\n', 2, "inf.json:1:29: invalid JSON: cannot unmarshal number 1e999")
data("params.yaml", "factcheck:\n  params:\n    weights:\n      hedge: 0.9\n", 2, "params.yaml:2:3: data file: factcheck.params are set in the configuration")
data("nameless.yaml", "factcheck:\n  registry:\n    sources:\n      newsroom-x: {kind: media, reliability: B}\n", 2, "nameless.yaml:4:7: registry: source \"newsroom-x\" has no name")
data("empty-name.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: {name: \"\"}\n", 2, "empty-name.yaml:4:23: factcheck.registry.sources.reuters.name: must not be empty")
data("sources-list.yaml", "factcheck:\n  registry:\n    sources: [reuters]\n", 2, "sources-list.yaml:3:14: factcheck.registry.sources: expected an object of entries by id")
data("source-string.yaml", "factcheck:\n  registry:\n    sources:\n      reuters: Reuters\n", 2, "source-string.yaml:4:16: factcheck.registry.sources.reuters: expected an object")
data("gazetteer-string.yaml", "factcheck:\n  gazetteer:\n    veloria: Veloria\n", 2, "gazetteer-string.yaml:3:14: factcheck.gazetteer.veloria: expected an object")
data("gazetteer-demonyms.yaml", "factcheck:\n  gazetteer:\n    veloria: {name: Veloria, demonyms: Velorian}\n", 2, "gazetteer-demonyms.yaml:3:40: factcheck.gazetteer.veloria.demonyms: expected a list of texts")
data("factcheck-list.yaml", "factcheck: [1]\n", 2, "factcheck-list.yaml:1:12: factcheck: expected an object")
data("alias-bomb.yaml", bomb.replace("claims: *i", "factcheck: {newsroom: *i}"), 2, "alias-bomb.yaml:")
w(D + "latin1.yaml", "factcheck:\n  registry:\n    sources:\n      cafe: {name: Caf\xe9}\n".encode("latin-1"))
case("data/latin1.yaml", ["check", "-d", D + "latin1.yaml", "ok/good.claims.yaml"], 2, "latin1.yaml:4:23: not valid UTF-8 text")
case("data/missing", ["check", "-d", D + "missing.yaml", "ok/good.claims.yaml"], 2, "data/missing.yaml:1:1: no such file")

# ---------- config files ----------
G = "config/"
def cfg(name, text, exit, msg, cmd="check"):
    w(G + name, text)
    args = [cmd, "-c", G + name, "ok/good.claims.yaml" if cmd == "check" else "ok/clean.md"]
    case("config/" + name, args, exit, msg)
w("ok/clean.md", "# Bridge reopens\n\nThe bridge reopened on Friday, the city council said in a statement.\n")
cfg("empty.yaml", "", 2, "empty.yaml:1:1: empty configuration file")
cfg("comments-only.yaml", "# nothing\n", 2, "comments-only.yaml:1:1: empty configuration file")
cfg("data-list.yaml", "data: [1,2]\n", 2, "data-list.yaml:1:7: data: expected a mapping of keys, not a list")
cfg("top-level-list.yaml", "- output: json\n", 2, "top-level-list.yaml:1:1: the configuration: expected a mapping")
cfg("unknown-key.yaml", "outptu: json\n", 2, "unknown-key.yaml:1:1: unknown key \"outptu\"")
cfg("unknown-nested-key.yaml", "lint:\n  outptu: sarif\n", 2, "unknown-nested-key.yaml:2:3: unknown key \"outptu\" under lint")
cfg("unknown-weight.yaml", "data:\n  weights:\n    hegde: -0.1\n", 2, "unknown-weight.yaml:3:5: unknown key \"hegde\" under data.weights")
cfg("nan.yaml", "data:\n  weights:\n    hedge: .nan\n", 2, "nan.yaml:3:12: data.weights.hedge: \".nan\" is not a finite number")
cfg("inf.yaml", "data:\n  weights:\n    hedge: .inf\n", 2, "inf.yaml:3:12: data.weights.hedge: \".inf\" is not a finite number")
cfg("minus-inf.yaml", "data:\n  weights:\n    hedge: -.Inf\n", 2, "minus-inf.yaml:3:12: data.weights.hedge: \"-.Inf\" is not a finite number")
cfg("text-weight.yaml", "data:\n  weights:\n    hedge: abc\n", 2, "text-weight.yaml:3:12: data.weights.hedge: \"abc\" is not a number")
cfg("quoted-weight.yaml", "data:\n  weights:\n    hedge: \"-0.1\"\n", 2, "quoted-weight.yaml:3:12: data.weights.hedge: \"-0.1\" is not a number")
cfg("weight-range.yaml", "data:\n  weights:\n    hedge: 5\n", 2, "weight-range.yaml:3:12: data.weights.hedge: 5 is out of range [-1, 1]")
cfg("negative-score.yaml", "data:\n  reliability_score:\n    a: -0.1\n", 2, "negative-score.yaml:3:8: data.reliability_score.a: -0.1 is out of range [0, 1]")
cfg("cutoff-range.yaml", "data:\n  cutoffs:\n    confirmed: 2\n", 2, "cutoff-range.yaml:3:16: data.cutoffs.confirmed: 2 is out of range [0, 1]")
cfg("credibility-range.yaml", "data:\n  credibility:\n    confirmed: 7\n", 2, "credibility-range.yaml:3:16: data.credibility.confirmed: 7 is out of range [1, 6]")
cfg("credibility-fraction.yaml", "data:\n  credibility:\n    confirmed: 1.5\n", 2, "credibility-fraction.yaml:3:16: data.credibility.confirmed: \"1.5\" is not a whole number")
cfg("bogus-severity.yaml", "data:\n  lint:\n    rules:\n      vague-attribution: {severity: bogus}\n", 2, "bogus-severity.yaml:4:37: data.lint.rules.vague-attribution.severity: \"bogus\" is not one of error, warning, info")
cfg("enabled-text.yaml", "data:\n  lint:\n    rules:\n      house-rule: {enabled: \"yes\"}\n", 2, "enabled-text.yaml:4:29: data.lint.rules.house-rule.enabled: \"yes\" is not true or false")
cfg("lint-output.yaml", "lint:\n  output: pdf\n", 2, "lint-output.yaml:2:11: lint.output: \"pdf\" is not one of", cmd="lint")
cfg("output.yaml", "output: xml\n", 2, "output.yaml:1:9: output: \"xml\" is not one of text, json, jsonl")
cfg("fail-on.yaml", "fail_on: [great]\n", 2, "fail-on.yaml:1:11: fail_on: \"great\" is not one of")
cfg("fail-on-scalar.yaml", "fail_on: refuted\n", 2, "fail-on-scalar.yaml:1:10: fail_on: expected a list, not the text \"refuted\"")
cfg("timeout-negative.yaml", "engine:\n  timeout: -5s\n", 2, "timeout-negative.yaml:2:12: engine.timeout: \"-5s\" is not a positive duration")
cfg("timeout-text.yaml", "engine:\n  timeout: forever\n", 2, "timeout-text.yaml:2:12: engine.timeout: \"forever\" is not a positive duration")
cfg("timeout-zero.yaml", "engine:\n  timeout: 0s\n", 2, "timeout-zero.yaml:2:12: engine.timeout: \"0s\" is not a positive duration")
cfg("allow-clock-text.yaml", "engine:\n  allow_clock: \"yes\"\n", 2, "allow-clock-text.yaml:2:16: engine.allow_clock: \"yes\" is not true or false")
cfg("limit-negative.yaml", "limits:\n  max_document_bytes: -1\n", 2, "limit-negative.yaml:2:23: limits.max_document_bytes: -1 is out of range")
cfg("limit-text.yaml", "limits:\n  max_document_bytes: big\n", 2, "limit-text.yaml:2:23: limits.max_document_bytes: \"big\" is not a number")
cfg("memory-tiny.yaml", "engine:\n  max_memory_bytes: 10\n", 2, "memory-tiny.yaml:2:21: engine.max_memory_bytes: 10 is out of range")
cfg("explain-number.yaml", "explain: 1\n", 2, "explain-number.yaml:1:10: explain: \"1\" is not true or false")
cfg("policy-scalar.yaml", "policy: 5\n", 2, "policy-scalar.yaml:1:9: policy: expected a list")
cfg("include-map.yaml", "lint:\n  include: {a: b}\n", 2, "include-map.yaml:2:12: lint.include: expected a list", cmd="lint")
cfg("invalid.yaml", "output: [json\n", 2, "invalid.yaml:")
cfg("tab.yaml", "lint:\n\toutput: json\n", 2, "tab.yaml:2:1: invalid YAML")
cfg("duplicate-key.yaml", "output: json\noutput: text\n", 2, "duplicate-key.yaml:")
cfg("alias.yaml", "x: &w -0.1\ndata:\n  weights:\n    hedge: *w\n", 2, "alias.yaml:1:1:")
cfg("likelihood-extra.yaml", "data:\n  likelihood:\n    - {min: 0.0, phrase: nil, colour: red}\n", 2, "likelihood-extra.yaml:3:31: unknown key \"colour\" under data.likelihood.[]")
cfg("likelihood-range.yaml", "data:\n  likelihood:\n    - {min: 2, phrase: sure}\n", 2, "likelihood-range.yaml:3:13: data.likelihood.[].min: 2 is out of range [0, 1]")
cfg("ladder-label.yaml", "data:\n  label_ladder: [unverified, bogus]\n", 2, "ladder-label.yaml:2:30: data.label_ladder: \"bogus\" is not one of")
cfg("threshold-label.yaml", "data:\n  lint:\n    threshold: great\n", 2, "threshold-label.yaml:3:16: data.lint.threshold: \"great\" is not one of", cmd="lint")
cfg("lede-negative.yaml", "data:\n  lint:\n    lede_claims: -3\n", 2, "lede-negative.yaml:3:18: data.lint.lede_claims: -3 is out of range")
w(G + "latin1.yaml", "output: caf\xe9\n".encode("latin-1"))
case("config/latin1.yaml", ["check", "-c", G + "latin1.yaml", "ok/good.claims.yaml"], 2, "latin1.yaml:1:12: not valid UTF-8 text")
case("config/missing", ["check", "-c", G + "missing.yaml", "ok/good.claims.yaml"], 2, "config/missing.yaml:1:1: no such file")
case("config/directory", ["check", "-c", G, "ok/good.claims.yaml"], 2, "config/:1:1:")
w("discovery/project/.factcheck.yaml", "outptu: json\n")
w("discovery/project/drafts/deeper/.keep", "")
case("config/discovered-upward", ["check", "../../../ok/good.claims.yaml"], 2, "../../.factcheck.yaml:1:1: unknown key \"outptu\"", dir="discovery/project/drafts/deeper")
w("discovery/generic/config.yaml", "output: [this is not factcheck's\n")
case("config/generic-name-ignored", ["check", "../../ok/good.claims.yaml"], 0, "1 document(s)", dir="discovery/generic")

# ---------- environment ----------
def env(name, var, value, msg, cmd="check", exit=2):
    target = "ok/good.claims.yaml" if cmd == "check" else "ok/clean.md"
    case("env/" + name, [cmd, target], exit, msg, env={var: value})
env("weight-nan", "FACTCHECK_DATA_WEIGHTS_HEDGE", "NaN", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"NaN\" is not a finite number")
env("weight-inf", "FACTCHECK_DATA_WEIGHTS_HEDGE", "Inf", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"Inf\" is not a finite number")
env("weight-minus-inf", "FACTCHECK_DATA_WEIGHTS_HEDGE", "-Infinity", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"-Infinity\" is not a finite number")
env("weight-overflow", "FACTCHECK_DATA_WEIGHTS_HEDGE", "1e999", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"1e999\" is not a")
env("weight-text", "FACTCHECK_DATA_WEIGHTS_HEDGE", "abc", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"abc\" is not a number")
env("weight-range", "FACTCHECK_DATA_WEIGHTS_HEDGE", "5", "FACTCHECK_DATA_WEIGHTS_HEDGE: 5 is out of range [-1, 1]")
env("weight-empty", "FACTCHECK_DATA_WEIGHTS_HEDGE", "", "FACTCHECK_DATA_WEIGHTS_HEDGE: \"\" is not a number")
env("unknown-variable", "FACTCHECK_OUTPT", "json", "FACTCHECK_OUTPT: unknown")
env("unknown-data-variable", "FACTCHECK_DATA_WEIGHTS_HEGDE", "-0.1", "FACTCHECK_DATA_WEIGHTS_HEGDE: unknown")
env("output", "FACTCHECK_OUTPUT", "xml", "FACTCHECK_OUTPUT: \"xml\" is not one of")
env("timeout", "FACTCHECK_ENGINE_TIMEOUT", "forever", "FACTCHECK_ENGINE_TIMEOUT: \"forever\" is not a positive duration")
env("allow-clock", "FACTCHECK_ENGINE_ALLOW_CLOCK", "yes", "FACTCHECK_ENGINE_ALLOW_CLOCK: \"yes\" is not true or false")
env("fail-on", "FACTCHECK_FAIL_ON", "refuted,great", "FACTCHECK_FAIL_ON: \"great\" is not one of")
env("min-severity", "FACTCHECK_LINT_MIN_SEVERITY", "loud", "FACTCHECK_LINT_MIN_SEVERITY: \"loud\" is not one of", cmd="lint")
env("credibility", "FACTCHECK_DATA_CREDIBILITY_CONFIRMED", "0", "FACTCHECK_DATA_CREDIBILITY_CONFIRMED: 0 is out of range [1, 6]")
env("limit", "FACTCHECK_LIMITS_MAX_DOCUMENT_BYTES", "-5", "FACTCHECK_LIMITS_MAX_DOCUMENT_BYTES: -5 is out of range")
env("threshold", "FACTCHECK_DATA_LINT_THRESHOLD", "great", "FACTCHECK_DATA_LINT_THRESHOLD: \"great\" is not one of", cmd="lint")
env("config-missing", "FACTCHECK_CONFIG", "config/nowhere.yaml", "config/nowhere.yaml:1:1: no such file")
env("hex-number", "FACTCHECK_DATA_CUTOFFS_CONFIRMED", "0x10", "FACTCHECK_DATA_CUTOFFS_CONFIRMED: \"0x10\" is not a number")
case("env/lowercase-prefix-ignored", ["check", "ok/good.claims.yaml"], 0, "1 document(s)", env={"factcheck_outpt": "json"})

# ---------- lint suppressions ----------
S = "suppress/"
def sup(name, text, msg, exit=2):
    w(S + name, text)
    case("suppress/" + name, ["lint", S + name], exit, msg)
body = "The bridge closed on Monday.\n"
sup("unknown-rule.md", "# Bridge\n\n<!-- factcheck-disable-next-line unatributed-claim -->\n" + body, "unknown-rule.md:3:34: suppression names no rule \"unatributed-claim\"")
sup("unclosed.md", "# Bridge\n\n<!-- factcheck-disable unattributed-claim\n" + body, "unclosed.md:3:6: malformed suppression \"factcheck-disable\"")
sup("misspelt.md", "# Bridge\n\n<!-- factcheck-disabled unattributed-claim -->\n" + body, "misspelt.md:3:6: malformed suppression \"factcheck-disabled\"")
sup("unknown-directive.md", "# Bridge\n\n<!-- factcheck-disable-line unattributed-claim -->\n" + body, "unknown-directive.md:3:6: unknown suppression \"factcheck-disable-line\"")
sup("enable-without-disable.md", "# Bridge\n\n" + body + "<!-- factcheck-enable vague-attribution -->\n", "enable-without-disable.md:4:23: factcheck-enable vague-attribution without a factcheck-disable")
sup("wrong-case.md", "# Bridge\n\n<!-- factcheck-disable-next-line Unattributed-Claim -->\n" + body, "wrong-case.md:3:34: suppression names no rule \"Unattributed-Claim\"")
sup("one-unknown-in-list.md", "# Bridge\n\n<!-- factcheck-disable-next-line unattributed-claim, nope -->\n" + body, "one-unknown-in-list.md:3:54: suppression names no rule \"nope\"")
sup("too-many.md", "# Bridge\n\n" + "<!-- factcheck-disable-next-line unattributed-claim -->\n" * 1001 + body, "too-many.md:1003:1: more than 1000 suppression comments")
sup("fenced-example-ok.md", "# How to suppress\n\n```\n<!-- factcheck-disable-next-line RULE -->\n```\n\nThe bridge reopened on Friday, the city council said in a statement.\n", "", exit=0)

# ---------- policy directories ----------
P = "policies/"
def pol(name, files, msg, extra=None, exit=2):
    for fn, text in files.items():
        w(P + name + "/" + fn, text)
    args = ["check", "-p", P + name] + (extra or []) + ["ok/good.claims.yaml"]
    case("policies/" + name, args, exit, msg)
fnd = '\tf := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}\n'
pol("builtin-rule-package", {"p.rego": "package factcheck.rules.corroboration\n\nextra contains 1 if true\n"}, "builtin-rule-package/p.rego:1:1: package factcheck.rules.corroboration is built in")
pol("builtin-verdict", {"v.rego": "package factcheck.verdict\n\nx := 1\n"}, "builtin-verdict/v.rego:1:1: package factcheck.verdict is built in")
pol("builtin-lib", {"l.rego": "package factcheck.lib\n\nhelper := 1\n"}, "builtin-lib/l.rego:1:1: package factcheck.lib is built in")
pol("builtin-lint", {"l.rego": "package factcheck.lint\n\nextra := 1\n"}, "builtin-lint/l.rego:1:1: package factcheck.lint is built in")
pol("builtin-lint-rule", {"l.rego": "package factcheck.lint.rules.vague_attribution\n\nextra := 1\n"}, "builtin-lint-rule/l.rego:1:1: package factcheck.lint.rules.vague_attribution is built in")
pol("reserved-namespace", {"p.rego": "package factcheck.params\n\nweights := {}\n"}, "reserved-namespace/p.rego:1:1: package factcheck.params is in the reserved factcheck namespace")
pol("reserved-root", {"p.rego": "package factcheck\n\nrules := {}\n"}, "reserved-root/p.rego:1:1: package factcheck is in the reserved factcheck namespace")
pol("data-overrides-params", {"data.json": '{"factcheck": {"params": {"weights": {"hedge": 0.9}}}}\n', "r.rego": "package factcheck.rules.house\n\nfindings := set()\n"}, "data-overrides-params: policy directory: its data files set factcheck.params")
pol("data-overrides-registry", {"data.yaml": "factcheck:\n  registry:\n    sources: {}\n"}, "data-overrides-registry: policy directory: its data files set factcheck.registry")
pol("syntax-error", {"s.rego": "package factcheck.rules.broken\n\nfindings contains f if {\n\tf :=\n}\n"}, "syntax-error/s.rego:")
pol("http-send", {"n.rego": "package factcheck.rules.phone_home\n\nfindings contains f if {\n\tsome c in input.claims\n\tresp := http.send({\"method\": \"GET\", \"url\": \"https://example.invalid\"})\n" + fnd + "}\n"}, "http-send/n.rego:5:10: http.send is not allowed")
pol("clock", {"t.rego": "package factcheck.rules.clock\n\nfindings contains f if {\n\tsome c in input.claims\n\ttime.now_ns() > 0\n" + fnd + "}\n"}, "clock/t.rego:5:2: time.now_ns is not allowed")
pol("random", {"r.rego": "package factcheck.rules.dice\n\nfindings contains f if {\n\tsome c in input.claims\n\trand.intn(\"x\", 6) > 2\n" + fnd + "}\n"}, "random/r.rego:5:2: rand.intn is not allowed")
pol("rego-v0", {"v0.rego": "package factcheck.rules.old\n\nfindings[f] {\n\tf := 1\n}\n"}, "rego-v0/v0.rego:3:")
pol("invalid-data-json", {"data.json": '{"house": \n'}, "invalid-data-json/data.json:1:11: invalid JSON")
w(P + "latin1-rego/p.rego", "package factcheck.rules.cafe\n\n# caf\xe9\nfindings := set()\n".encode("latin-1"))
case("policies/latin1-rego", ["check", "-p", P + "latin1-rego", "ok/good.claims.yaml"], 2, "latin1-rego/p.rego:")
pol("slow", {"s.rego": "package factcheck.rules.slow\n\nfindings contains f if {\n\tsome c in input.claims\n\tn := count([x | some x in numbers.range(1, 100000000)])\n\tn > 0\n" + fnd + "}\n"}, "good.claims.yaml: evaluation exceeded its 1s deadline", extra=["--timeout", "1s"])
pol("memory", {"m.rego": "package factcheck.rules.hog\n\nfindings contains f if {\n\tsome c in input.claims\n\tparts := [s | some i in numbers.range(1, 4000); s := sprintf(\"%0900000d\", [i])]\n\tcount(concat(\"\", parts)) > 0\n" + fnd + "}\n"}, "good.claims.yaml: evaluation stopped: the heap passed the engine's memory limit of 128 MiB (a very large document, or a policy building a large value)", extra=["-c", "policies/memory.yaml", "--timeout", "15s"])
w("policies/memory.yaml", "engine:\n  max_memory_bytes: 134217728\n")
pol("finding-delta", {"d.rego": "package factcheck.rules.booster\n\nimport data.factcheck.lib\n\nfindings contains f if {\n\tsome c in lib.claims\n\tf := lib.finding(\"booster\", c, \"raises\", \"house says so\", {\"delta\": 5})\n}\n"}, "policy factcheck.rules.booster (policies/finding-delta/d.rego:1:1): a finding of booster on c1 has delta 5: a number in [-1, 1]")
pol("finding-malformed", {"b.rego": "package factcheck.rules.badfinding\n\nfindings contains f if {\n\tsome c in input.claims\n\tf := {\"rule\": 5, \"claim\": c.id, \"effect\": \"x\", \"message\": \"m\"}\n}\n"}, "policy factcheck.rules.badfinding (policies/finding-malformed/b.rego:1:1): a finding has no rule id")
pol("finding-unknown-claim", {"u.rego": "package factcheck.rules.ghost\n\nfindings contains f if {\n\tf := {\"rule\": \"ghost\", \"claim\": \"nope\", \"effect\": \"notes\", \"message\": \"m\"}\n}\n"}, "a finding of ghost names claim \"nope\", which the document does not have")
pol("finding-label", {"l.rego": "package factcheck.rules.labeller\n\nfindings contains f if {\n\tsome c in input.claims\n\tf := {\"rule\": \"labeller\", \"claim\": c.id, \"effect\": \"forces\", \"message\": \"m\", \"label\": \"true\"}\n}\n"}, "a finding of labeller on c1 has label true: use one of")
case("policies/missing-dir", ["check", "-p", P + "nowhere", "ok/good.claims.yaml"], 2, "policies/nowhere: policy directory: no such file or directory")
pol("override-allowed", {"p.rego": "package factcheck.rules.corroboration_extra\n\nfindings := set()\n"}, "1 document(s)", exit=0)
case("policies/builtin-with-override", ["check", "--allow-policy-override", "-p", P + "builtin-lib", "ok/good.claims.yaml"], 0, "1 document(s)")

# ---------- command line ----------
case("cli/unknown-flag", ["check", "--outptu", "json", "ok/good.claims.yaml"], 2, "unknown flag: --outptu")
case("cli/check-output", ["check", "-o", "pdf", "ok/good.claims.yaml"], 2, "--output: \"pdf\" is not a format")
case("cli/fail-on", ["check", "--fail-on", "great", "ok/good.claims.yaml"], 2, "--fail-on: \"great\" is not a label")
case("cli/timeout", ["check", "--timeout", "soon", "ok/good.claims.yaml"], 2, "engine.timeout: \"soon\" is not a positive duration")
case("cli/no-args", ["check"], 2, "requires at least 1 arg")
case("cli/lint-fail-level", ["lint", "--fail-level", "info", "ok/clean.md"], 2, "--fail-level: \"info\"")

import yaml
with open(os.path.join(B, "cases.yaml"), "w") as f:
    f.write("# The malformed-input corpus: each case runs factcheck with args (from testdata/bad, or from\n# dir under it) and env, and expects the exit code and a message (in stderr or stdout).\n# Run by TestMalformedInputCorpus (cmd/factcheck/corpus_test.go).\n")
    for c in cases:
        f.write(yaml.safe_dump([c], allow_unicode=True, sort_keys=False, width=1000))
print(len(cases), "cases")
