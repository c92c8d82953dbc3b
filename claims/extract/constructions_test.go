package extract

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
)

// The constructions of real prose, each as a short passage written for the test. A case names
// the construction, not an article; `source` is a word of the source's mention ("" for a
// sentence that must name no source), `stance` is checked when set.

var (
	sharedOnce sync.Once
	shared     *Extractor
)

func sharedExtractor(t testing.TB) *Extractor {
	sharedOnce.Do(func() { shared = extractorFor(t, "") })
	return shared
}

type wantSource struct {
	sentence string // a prefix of the sentence
	source   string // a word of the source's mention, lower case; "" for no source
	stance   string
	cue      string // the cue the source is found by, when it matters
	notClaim bool   // the sentence must not be a claim
}

type construction struct {
	name string
	text string
	want []wantSource
}

// oneSourceText: a one-sentence text whose only attribution names its source in these words.
type oneSourceText struct{ text, source string }

func checkOneSourceText(t *testing.T, cases []oneSourceText) {
	t.Helper()
	x := sharedExtractor(t)
	for _, tc := range cases {
		res := x.Extract("case.md", []byte(tc.text))
		require.Len(t, res.Sentences, 1, tc.text)
		var got []string
		for _, a := range res.Sentences[0].Attributions {
			got = append(got, a.SourceText)
		}
		assert.Equal(t, []string{tc.source}, got, tc.text)
	}
}

// checkNoAttribution: a one-sentence text has no attribution for which bad holds.
func checkNoAttribution(t *testing.T, text string, bad func(Explained) bool, why string) {
	t.Helper()
	res := sharedExtractor(t).Extract("case.md", []byte(text))
	require.Len(t, res.Sentences, 1)
	for _, a := range res.Sentences[0].Attributions {
		assert.False(t, bad(a), "%s: %+v", why, a)
	}
}

func checkConstructions(t *testing.T, cases []construction) {
	t.Helper()
	x := sharedExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract("case.md", []byte(tc.text)) // Markdown: no headline unless a heading
			for _, w := range tc.want {
				var sent *Sentence
				for i := range res.Sentences {
					if strings.HasPrefix(strings.TrimLeft(res.Sentences[i].Text, "“\"‘'"), w.sentence) {
						sent = &res.Sentences[i]
						break
					}
				}
				require.NotNil(t, sent, "no sentence starts with %q", w.sentence)
				if w.notClaim {
					assert.Empty(t, sent.Claim, "%q is not a claim: %s", w.sentence, sent.Why)
					continue
				}
				require.NotEmpty(t, sent.Claim, "%q should be a claim: %s", w.sentence, sent.Why)
				if w.source == "" {
					assert.Empty(t, sent.Attributions, "%q names no source", w.sentence)
					continue
				}
				var got []string
				found := false
				for _, a := range sent.Attributions {
					got = append(got, a.SourceText+" ["+a.Stance+"]")
					if strings.Contains(strings.ToLower(a.SourceText), w.source) || strings.Contains(strings.ToLower(a.Source), w.source) {
						found = true
						if w.stance != "" {
							assert.Equal(t, w.stance, a.Stance, "stance of %q in %q", w.source, w.sentence)
						}
						if w.cue != "" {
							assert.Equal(t, w.cue, a.Cue, "cue of %q in %q", w.source, w.sentence)
						}
					}
				}
				assert.True(t, found, "%q: want a source with %q, got %v", w.sentence, w.source, got)
			}
		})
	}
}

func TestQuotations(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "speaker after a closing quote, quotation of two sentences",
			text: "“We see no link to any group. The inquiry goes on,” the mayor said on Sunday.\n",
			want: []wantSource{{sentence: "We see no link", source: "mayor"}, {sentence: "The inquiry goes on", source: "mayor"}}},
		{name: "speaker after a closing quote is not the quotation",
			text: "“Crews reached the flooded valley at noon,” Hansen said.\n",
			want: []wantSource{{sentence: "Crews reached", source: "hansen"}}},
		{name: "inverted speaker after a closing quote",
			text: "“Twelve wells were found to be contaminated,” said Ingrid Solberg, a county health officer.\n",
			want: []wantSource{{sentence: "Twelve wells", source: "solberg"}}},
		{name: "paragraph that continues the last speaker's quotation",
			text: "The water board said the reservoir had dropped to a record low.\n\n“Levels fell by a third in a single month.”\n",
			want: []wantSource{{sentence: "Levels fell", source: "water board"}}},
		{name: "quotation after a sentence that named its speaker",
			text: "The harbour master posted a notice on Friday. \"Two tankers ran aground near the breakwater.\"\n",
			want: []wantSource{{sentence: "Two tankers", source: "harbour master"}}},
		{name: "first person inside a quotation is the speaker",
			text: "“I can say that we closed the bridge in May,” the engineer said.\n",
			want: []wantSource{{sentence: "I can say", source: "engineer"}}},
		{name: "a quotation with no speaker anywhere names no source",
			text: "The council met on Monday.\n\n“Forty homes lost power across the district.”\n\nNobody was hurt in the storm, officials said.\n",
			want: []wantSource{{sentence: "Forty homes", source: ""}}},
	})
}

func TestPronouns(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "she takes the last person named, not the last body",
			text: "Fire chief Lena Okafor said the blaze started in a kitchen.\n\nThe utility company said power was cut at noon.\n\nShe said two firefighters were treated for smoke.\n",
			want: []wantSource{{sentence: "She said", source: "she"}}},
		{name: "it takes the last body, not the last person",
			text: "Transport minister Alan Reyes said the line would reopen.\n\nThe rail operator said the signals had failed twice.\n\nIt said repairs would take a week.\n",
			want: []wantSource{{sentence: "It said", source: "it"}}},
	})
	x := sharedExtractor(t)
	src := "Fire chief Lena Okafor said the blaze started in a kitchen.\n\nThe utility company said power was cut at noon.\n\nShe said two firefighters were treated for smoke.\n"
	res := x.Extract("case.md", []byte(src))
	c := claimWith(t, res.Document, "She said")
	require.Len(t, c.Attributions, 1)
	a := c.Attributions[0]
	assert.Equal(t, "She", a.SourceText, "the mention's own words")
	assert.Contains(t, a.Source, "Lena Okafor", "resolved to the person, not the company")
	require.NotNil(t, a.AntecedentSpan)
	assert.Equal(t, "Fire chief Lena Okafor", src[a.AntecedentSpan.Start:a.AntecedentSpan.End])
}

// TestSourceTextIsTheArticlesWords: every attribution's source_text is the article's words at
// its source_span, in every annotated article.
func TestSourceTextIsTheArticlesWords(t *testing.T) {
	files, err := filepath.Glob("../../testdata/articles/*.[tm][xd]*")
	require.NoError(t, err)
	x := sharedExtractor(t)
	n := 0
	for _, f := range files {
		if !IsArticle(f) {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, c := range x.Extract(f, src).Document.Claims {
			for _, a := range c.Attributions {
				require.NotNil(t, a.SourceSpan, "%s %s", f, c.ID)
				assert.Equal(t, string(src[a.SourceSpan.Start:a.SourceSpan.End]), a.SourceText, "%s %s", f, c.ID)
				n++
			}
		}
	}
	assert.Greater(t, n, 100)
}

func TestCuesAndStances(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "verb of saying beyond said/told", text: "Engineers cautioned that the dam could not hold another week of rain.\n",
			want: []wantSource{{sentence: "Engineers cautioned", source: "engineers", stance: "asserts"}}},
		{name: "reiterating a position", text: "The federation reiterated that the suspension would stand until June.\n",
			want: []wantSource{{sentence: "The federation", source: "federation"}}},
		{name: "declining to specify is cannot-determine", text: "The inspector did not specify when the leak in the tank began.\n",
			want: []wantSource{{sentence: "The inspector", source: "inspector", stance: "cannot-determine"}}},
		{name: "not knowing how is cannot-determine", text: "The fire chief said he doesn't know how the blaze spread to the warehouse.\n",
			want: []wantSource{{sentence: "The fire chief", source: "fire chief", stance: "cannot-determine"}}},
		{name: "still working to determine is cannot-determine", text: "Police said they are still working to determine who fired the shots.\n",
			want: []wantSource{{sentence: "Police said", source: "police", stance: "cannot-determine"}}},
		{name: "refusing to accept a result denies", text: "The challenger said he was unwilling to accept the official count of the ballots.\n",
			want: []wantSource{{sentence: "The challenger", source: "challenger", stance: "denies"}}},
		{name: "a cue that is a noun before its complement is no cue", text: "The channel broadcast on-the-ground reports about the floods in the delta.\n",
			want: []wantSource{{sentence: "The channel", source: ""}}},
		{name: "questioning findings denies", text: "Lawyers for the driver questioned the findings of the crash inquiry.\n",
			want: []wantSource{{sentence: "Lawyers", source: "lawyers", stance: "denies"}}},
	})
}

// TestLexiconSpecsWellFormed: a choice is one word per alternative ("(does|do) not"), since
// specs are split on spaces; "(does not|do not)" would silently match nothing.
func TestLexiconSpecsWellFormed(t *testing.T) {
	for lex, specs := range lexiconSpecs {
		for _, spec := range specs {
			for _, w := range strings.Fields(spec) {
				if strings.HasPrefix(w, "(") {
					assert.True(t, strings.HasSuffix(w, ")") || strings.HasSuffix(w, ")?"), "lexicon %d: %q has a choice with a space", lex, spec)
				}
				assert.False(t, strings.HasSuffix(w, ")") && !strings.HasPrefix(w, "("), "lexicon %d: %q has a choice with a space", lex, spec)
			}
		}
	}
}

func TestNounPhrases(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an honorific keeps its period inside the name",
			text: "Dr. Amal Haddad, the clinic's director, said the samples were contaminated.\n",
			want: []wantSource{{sentence: "Dr. Amal Haddad", source: "dr. amal haddad"}}},
		{name: "honorific in a subject that runs to the cue",
			text: "Mr. Tomas Berg said the device was found near a loading dock.\n",
			want: []wantSource{{sentence: "Mr. Tomas Berg", source: "tomas berg"}}},
		{name: "a wire dateline is not the subject",
			text: "PORT LOUIS, Mauritius (AP) — Officials say a tanker has run aground off the coast.\n",
			want: []wantSource{{sentence: "PORT LOUIS", source: "officials"}}},
		{name: "a day before the subject of an embedded cue",
			text: "The county sheriff said Friday deputies have not determined why the fire started.\n",
			want: []wantSource{{sentence: "The county sheriff", source: "sheriff", stance: "cannot-determine"}}},
		{name: "a participle set off by commas is not a cue",
			text: "Prosecutors said the driver, identified earlier as a local man, had no licence.\n",
			want: []wantSource{{sentence: "Prosecutors", source: "prosecutors"}}},
		{name: "a number before a participle makes it an adjective",
			text: "As of Tuesday, 40 nurses were isolating because of nine confirmed cases on the ward.\n",
			want: []wantSource{{sentence: "As of Tuesday", source: ""}}},
		{name: "a discovery with a bare object is an act, not a finding",
			text: "A university team led by a Danish professor found the shipwreck at a depth of 90 metres.\n",
			want: []wantSource{{sentence: "A university team", source: ""}}},
		{name: "a discovery with a clause after it is a finding",
			text: "The inspectors found the pipe had corroded over several years.\n",
			want: []wantSource{{sentence: "The inspectors", source: "inspectors"}}},
		{name: "a relative clause closed by a comma, then the main verb",
			text: "The alliance, which has observers in the area, warned that both sides had moved artillery.\n",
			want: []wantSource{{sentence: "The alliance", source: "alliance"}}},
	})
}

func TestHeadlineSources(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "', says X' at a headline's end", text: "# Flood defences failed in three towns, says regional governor\n\nRain fell for a week.\n",
			want: []wantSource{{sentence: "Flood defences", source: "regional governor"}}},
		{name: "': Outlet' at a headline's end", text: "# Airline plans to cut 200 pilot jobs: Bloomberg\n\nThe airline did not comment.\n",
			want: []wantSource{{sentence: "Airline plans", source: "bloomberg"}}},
		{name: "'- Body' at a headline's end", text: "# Measles cases double across the region - WHO\n\nCases rose in March.\n",
			want: []wantSource{{sentence: "Measles cases", source: "who"}}},
		{name: "': report' at a headline's end", text: "# Strike on depot kills 12 fighters: report\n\nThe depot burned for hours.\n",
			want: []wantSource{{sentence: "Strike on depot", source: "report"}}},
		{name: "a prefix with a sentence stance", text: "# Fire chief: still no cause found for warehouse blaze\n\nThe warehouse burned overnight.\n",
			want: []wantSource{{sentence: "still no cause", source: "fire chief", stance: "cannot-determine"}}},
	})
}

func TestReportedSpeechShapes(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "two apostrophes as quotation marks",
			text: "''The clinic treated 40 patients last week,'' Ms. Ortega said on Tuesday.\n",
			want: []wantSource{{sentence: "The clinic treated", source: "ortega"}}},
		{name: "a noun that is also a cue: a number before it",
			text: "Fourteen states passed new rules on water use last year.\n",
			want: []wantSource{{sentence: "Fourteen states", source: ""}}},
		{name: "a noun that is also a cue: nothing clause-like after it",
			text: "Tax rates rose sharply across the province in the spring.\n",
			want: []wantSource{{sentence: "Tax rates", source: ""}}},
		{name: "the same word as a verb before a clause",
			text: "The audit shows the fund lost money in four of five years.\n",
			want: []wantSource{{sentence: "The audit", source: "audit"}}},
		{name: "a source inside another's reported words is part of them",
			text: "The sheriff said deputies believe the fire was set on purpose.\n",
			want: []wantSource{{sentence: "The sheriff", source: "sheriff"}}},
		{name: "a comma sets a second speaker's clause apart",
			text: "The mine will close in May, the company said, a union leader added.\n",
			want: []wantSource{{sentence: "The mine", source: "union leader"}}},
		{name: "a passive verb of saying names its source after by",
			text: "The closure was first reported by a local radio station on Sunday.\n",
			want: []wantSource{{sentence: "The closure", source: "radio station"}}},
		{name: "citing names whom the speaker relays",
			text: "The carrier will cut 500 jobs, Bloomberg reported, citing people familiar with the plan.\n",
			want: []wantSource{{sentence: "The carrier", source: "people familiar"}}},
		{name: "a compound with a number is not a quantity",
			text: "The 48-year-old claimed that the ballots had been tampered with.\n",
			want: []wantSource{{sentence: "The 48-year-old", source: "48-year-old"}}},
	})
	// the nested source's words are not a source of their own
	res := sharedExtractor(t).Extract("case.md", []byte("The sheriff said deputies believe the fire was set on purpose.\n"))
	require.Len(t, res.Document.Claims, 1)
	assert.Len(t, res.Document.Claims[0].Attributions, 1)
}

func TestNotClaims(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a subscriber count is not a reader appeal", text: "The operator had 67 percent of mobile subscriptions in the country, the regulator said.\n",
			want: []wantSource{{sentence: "The operator", source: "regulator"}}},
		{name: "a speaker's 'our team' is not site boilerplate", text: "“Our team is analysing all the soil samples from the crater,” the director said.\n",
			want: []wantSource{{sentence: "Our team", source: "director"}}},
		{name: "a no-comment clause late in a report leaves the report a claim", text: "The river burst its banks within minutes, but it is unclear how many cars were trapped, the agency reported.\n",
			want: []wantSource{{sentence: "The river", source: "agency"}}},
		{name: "a no-comment note", text: "The shipping company declined to comment on the cargo.\n",
			want: []wantSource{{sentence: "The shipping company", notClaim: true}}},
		{name: "could not be reached", text: "Officials at the port could not be reached on Sunday.\n",
			want: []wantSource{{sentence: "Officials at the port", notClaim: true}}},
		{name: "what is not known", text: "It was not immediately clear whether the two fires were linked.\n",
			want: []wantSource{{sentence: "It was not", notClaim: true}}},
		{name: "a pledge in the speaker's words", text: "“We will rebuild every school in the valley,” the governor said.\n",
			want: []wantSource{{sentence: "We will rebuild", notClaim: true}}},
		{name: "an appeal", text: "The mayor urged residents to boil tap water until Friday.\n",
			want: []wantSource{{sentence: "The mayor", notClaim: true}}},
		{name: "speculation with no source", text: "A second dry summer could push grain prices higher across the region.\n",
			want: []wantSource{{sentence: "A second dry summer", notClaim: true}}},
		{name: "a negated subject with could is a finding, not a guess", text: "Neither figure could be independently verified by reporters.\n",
			want: []wantSource{{sentence: "Neither figure", source: ""}}},
		{name: "a first-person fact in a quotation is a claim", text: "“We counted 212 damaged homes,” the relief coordinator said.\n",
			want: []wantSource{{sentence: "We counted", source: "coordinator"}}},
	})
}

func TestAccusationStances(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "imputing a wrong accuses", text: "The opposition leader said the count had been rigged in three provinces.\n",
			want: []wantSource{{sentence: "The opposition leader", source: "opposition leader", stance: "accuses"}}},
		{name: "announcing more charges accuses", text: "The prosecutor said there may be additional charges against the former mayor.\n",
			want: []wantSource{{sentence: "The prosecutor", source: "prosecutor", stance: "accuses"}}},
		{name: "a strike on an armed group is reported, not imputed", text: "Kenyan officials said Somali airstrikes targeted militants near the border on Monday.\n",
			want: []wantSource{{sentence: "Kenyan officials", source: "officials", stance: "asserts"}}},
		{name: "a ranking is a measurement whatever it measures", text: "The watchdog ranked the country 80th in its annual corruption index.\n",
			want: []wantSource{{sentence: "The watchdog", source: "watchdog", stance: "asserts"}}},
		{name: "investigating is not being unable to say", text: "He said the state police are investigating the crash.\n",
			want: []wantSource{{sentence: "He said", source: "he", stance: "asserts"}}},
	})
}

func TestClausesAndNames(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a company's abbreviated suffix keeps its period, so its apposition follows", text: "Harbor Mills Ltd., the region's largest employer, said quarterly sales fell 9 percent.\n",
			want: []wantSource{{sentence: "Harbor Mills", source: "harbor mills"}}},
		{name: "an initial keeps its period inside a name", text: "“The dam held,” the board's chairman, R. Okafor, told reporters.\n",
			want: []wantSource{{sentence: "The dam held", source: "okafor"}}},
		{name: "a name and its apposition before the cue are one source",
			text: "Dr. Lena Moroz, head of surgery at the county hospital, said the ward would reopen.\n",
			want: []wantSource{{sentence: "Dr. Lena Moroz", source: "lena moroz"}}},
		{name: "a clause before a comma is not a name with an apposition",
			text: "# Floods cut off two villages, officials say\n\nRoads were closed.\n",
			want: []wantSource{{sentence: "Floods cut off", source: "officials"}}},
		{name: "but opens a new clause with its own subject",
			text: "The final count has not been published but the challenger said his party had won a majority.\n",
			want: []wantSource{{sentence: "The final count", source: "challenger"}}},
		{name: "a short tag in brackets stays inside the name",
			text: "Sen. Ana Ruiz (D-N.M.) said the bill had enough votes to pass.\n",
			want: []wantSource{{sentence: "Sen. Ana Ruiz", source: "ana ruiz"}}},
		{name: "reports with a bare noun object", text: "# County hospital reports second measles death\n\nThe patient was a child.\n",
			want: []wantSource{{sentence: "County hospital reports", source: "county hospital"}}},
	})
}

func TestAdverbsScenesAndQuestions(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an adverb between the subject and its cue",
			text: "The governor on Monday publicly accused the utility of hiding the leak.\n",
			want: []wantSource{{sentence: "The governor", source: "governor", stance: "accuses"}}},
		{name: "an adverb does not join the name", text: "# Mayor Ruth Kane falsely claims the bridge was inspected\n\nThe bridge closed.\n",
			want: []wantSource{{sentence: "Mayor Ruth Kane", source: "ruth kane"}}},
	})
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("The museum named the skull but was silent on whether it was believed to be a king's.\n"))
	require.Len(t, res.Document.Claims, 1)
	assert.Empty(t, res.Document.Claims[0].Hedges, "a hedge inside an indirect question qualifies the question")

	res = x.Extract("case.md", []byte("KABUL, Afghanistan (AP) — Afghan officials said airstrikes in eastern Afghanistan killed 12 fighters of a militia.\n"))
	require.Len(t, res.Document.Claims, 1)
	assert.NotContains(t, res.Document.Claims[0].Subjects, "afghanistan", "the scene and the dateline are not parties")
}

func TestChainsColonsAndRelatives(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a cue in a verb chain", text: "The coach went on to say that two players had failed a fitness test.\n",
			want: []wantSource{{sentence: "The coach", source: "coach"}}},
		{name: "an infinitive of purpose is not a cue", text: "The council met to discuss the budget and the grounds to believe it was short.\n",
			want: []wantSource{{sentence: "The council", source: ""}}},
		{name: "a colon introduces the speaker's quotation", text: "The harbour master: “Two cranes collapsed in the storm overnight.”\n",
			want: []wantSource{{sentence: "The harbour master", source: "harbour master"}}},
		{name: "a title-case headline's cue", text: "# Port Authority Says Cranes Collapsed In Storm\n\nThe port closed.\n",
			want: []wantSource{{sentence: "Port Authority Says", source: "port authority"}}},
	})
	res := sharedExtractor(t).Extract("case.md", []byte("Lena Ortiz, who said the dam was sound, resigned on Friday.\n"))
	var found *Explained
	for i := range res.Sentences {
		for j := range res.Sentences[i].Attributions {
			found = &res.Sentences[i].Attributions[j]
		}
	}
	require.NotNil(t, found)
	assert.Equal(t, "who", found.SourceText, "the relative pronoun is the mention")
	assert.Contains(t, found.Source, "Lena Ortiz", "and it resolves to the phrase before it")
}

func TestRulingsAndBanks(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a court ruling that", text: "A court in the capital ruled that the curfew was unlawful.\n",
			want: []wantSource{{sentence: "A court", source: "court"}}},
		{name: "ruled as reigned is not a cue", text: "The dynasty ruled from around 1500 BC to 1100 BC in the valley.\n",
			want: []wantSource{{sentence: "The dynasty", source: ""}}},
	})
}

func TestQuotedFeeling(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a quotation of feeling is not a claim", text: "“It is a tragedy for every family on this street,” the mayor said on Sunday.\n",
			want: []wantSource{{sentence: "It is a tragedy", notClaim: true}}},
		{name: "a quotation with a figure is a claim, feeling or not", text: "“It is a tragedy: 14 homes burned,” the mayor said.\n",
			want: []wantSource{{sentence: "It is a tragedy", source: "mayor"}}},
		{name: "the speaker still speaks for the quotation's other sentences",
			text: "“The river rose two metres in an hour. It was terrible,” the fire chief said.\n",
			want: []wantSource{{sentence: "The river rose", source: "fire chief"}, {sentence: "It was terrible", notClaim: true}}},
	})
}

func TestNounsOfSaying(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an announcement by X that", text: "The cases follow an announcement by the health ministry that two clinics had closed.\n",
			want: []wantSource{{sentence: "The cases follow", source: "health ministry"}}},
		{name: "the source inside the subject", text: "Data unveiled by the health ministry showed 40 people were treated.\n",
			want: []wantSource{{sentence: "Data unveiled", source: "health ministry"}}},
	})
}

func TestQuotationShapes(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a quoted pledge inside a longer report is still a claim",
			text: "The raid came a day after Governor Ana Lopes threatened the smugglers, saying, “We will find every boat.”\n",
			want: []wantSource{{sentence: "The raid came", source: "ana lopes"}}},
		{name: "a quotation followed by a speaker who reports more is a claim",
			text: "“We will keep the port open,” the harbour master said Monday that two ships had docked overnight.\n",
			want: []wantSource{{sentence: "We will keep", source: "harbour master"}}},
	})
}

// Copy pasted one paragraph per line is one Markdown paragraph; a line that closes a sentence
// or a quotation still ends a paragraph, and a line wrapped mid-sentence does not.
func TestParagraphPerLine(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a quotation line does not run into the next paragraph's report",
			text: "“We will rebuild the school by spring,”\nThe district's director said the roof had collapsed in the storm.\n",
			want: []wantSource{{sentence: "We will rebuild", notClaim: true}, {sentence: "The district's director", source: "director"}}},
		{name: "a navigation label on its own line ends the paragraph, and what follows it is boilerplate",
			text: "The ferry resumed service on Monday, the operator said.\nRelated:\nYou can support our reporting from the coast for the price of a coffee.\n",
			want: []wantSource{{sentence: "The ferry", source: "operator"}, {sentence: "You can support", notClaim: true}}},
		{name: "a line wrapped mid-sentence stays one sentence",
			text: "The district's director said the roof had\ncollapsed in the storm on Friday night.\n",
			want: []wantSource{{sentence: "The district's director said the roof had", source: "director"}}},
	})
}

// A source that says a named party broke a law or an embargo imputes a wrong to it: it accuses,
// party or not; the party answering it still denies.
func TestImputedBreach(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a monitor finding a breach accuses", text: "A panel of UN experts said fuel shipments to Sudan violated the embargo.\n",
			want: []wantSource{{sentence: "A panel", source: "experts", stance: "accuses"}}},
		{name: "the breach words in the source's name are not imputed", text: "The war crimes prosecutor said the hearing in Sudan would open in May.\n",
			want: []wantSource{{sentence: "The war crimes", source: "prosecutor", stance: "asserts"}}},
		{name: "the accused party denying a breach denies", text: "Sudan's foreign ministry denied violating the embargo.\n",
			want: []wantSource{{sentence: "Sudan's", source: "ministry", stance: "denies"}}},
	})
}

// One body named in two ways in one sentence is two attributions; named alike, one.
func TestMentionsOfOneSource(t *testing.T) {
	x := sharedExtractor(t)
	cases := []struct {
		text string
		want int
	}{
		{"The U.S. Defense Department said the strike hit a depot, as described by a Pentagon official.\n", 2},
		{"The Pentagon said the strike hit a depot, and the Pentagon added that no one was hurt.\n", 1},
		{"The Pentagon said the strike hit a depot, adding that it had warned residents.\n", 1},
	}
	for _, tc := range cases {
		res := x.Extract("case.md", []byte(tc.text))
		require.NotEmpty(t, res.Document.Claims, tc.text)
		var got []string
		for _, a := range res.Document.Claims[0].Attributions {
			got = append(got, a.SourceText)
		}
		assert.Len(t, got, tc.want, "%q: %v", tc.text, got)
	}
}

// Criticism, dismissal and not knowing, as real copy words them; participles that are
// adjectives or passives; a time phrase between a subject and its verb; non-answers.
func TestCriticismDismissalAndParticiples(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a verb of criticism accuses", text: "The regulator slammed the airline for cancelling flights without notice.\n",
			want: []wantSource{{sentence: "The regulator", source: "regulator", stance: "accuses"}}},
		{name: "calling a report shameful dismisses it", text: "The minister hit back on Monday, calling the report by the weekly shameful.\n",
			want: []wantSource{{sentence: "The minister", source: "minister", stance: "denies"}}},
		{name: "disappointed with a ruling rejects it", text: "The company said it was very disappointed with the ruling of the tribunal.\n",
			want: []wantSource{{sentence: "The company", source: "company", stance: "denies"}}},
		{name: "what remains unclear is cannot-determine", text: "The cause of the blaze remains unclear, the fire service said.\n",
			want: []wantSource{{sentence: "The cause", source: "fire service", stance: "cannot-determine"}}},
		{name: "claiming responsibility is a cue", text: "The rebel group claims responsibility for the ambush near the border.\n",
			want: []wantSource{{sentence: "The rebel group", source: "rebel group", stance: "asserts"}}},
		{name: "an abbreviated date between subject and verb", text: "The interior minister on Oct. 1 stated that two attackers had died.\n",
			want: []wantSource{{sentence: "The interior minister", source: "interior minister"}}},
		{name: "a time phrase with 'at the' between subject and verb", text: "A newspaper report at the weekend alleged that 30 phones had been tapped.\n",
			want: []wantSource{{sentence: "A newspaper report", source: "report"}}},
		{name: "a participle after a preposition is an adjective", text: "The list of reported targets includes two judges and a mayor.\n",
			want: []wantSource{{sentence: "The list", source: ""}}},
		{name: "a participle after an ordinal is an adjective", text: "It was the city's third alleged murder of the year, and the second in March.\n",
			want: []wantSource{{sentence: "It was", source: ""}}},
		{name: "an irregular passive names no source", text: "The driver's body was found near the bridge after the storm on Tuesday.\n",
			want: []wantSource{{sentence: "The driver's body", source: ""}}},
		{name: "not available for comment is a non-answer", text: "The port authority was not immediately available for comment.\n",
			want: []wantSource{{sentence: "The port authority", notClaim: true}}},
		{name: "not answering questions is a non-answer", text: "He did not answer questions on whether the party would appeal.\n",
			want: []wantSource{{sentence: "He did not", notClaim: true}}},
	})
}

// A contrasting clause beside the reported words has its own source; a phrase after an
// inverted verb of saying that a verb follows is what was said, not who said it.
func TestContrastClausesAndInvertedSpeakers(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a contrasting 'as' clause names a second source", text: "# Mayor denies bribery as council rejects his account\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "Mayor denies", source: "council", stance: "denies"}}},
		{name: "'as' naming a role is not a clause", text: "The spokesman identified the two men as Karim Haddad and Omar Said and said they were brothers.\n",
			want: []wantSource{{sentence: "The spokesman", source: "spokesman"}}},
		{name: "an inverted verb of saying before a clause is no inversion", text: "After a long and difficult year for the chain and its 40 stores, said profit rose 12 percent.\n",
			want: []wantSource{{sentence: "After a long", source: ""}}},
	})
}

// Imputing a hostile act to another party accuses it; one's own act, an act on an armed group
// and a weapon's maker do not.
func TestImputedHostileActs(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an attack imputed to a state accuses", text: "Investigators said the attack on the bank's servers was carried out by hackers working for North Korea.\n",
			want: []wantSource{{sentence: "Investigators", source: "investigators", stance: "accuses"}}},
		{name: "an armed group as the agent accuses", text: "Two militants carried out the bombing outside the court, the governor said.\n",
			want: []wantSource{{sentence: "Two militants", source: "governor", stance: "accuses"}}},
		{name: "an armed group struck is reported", text: "The army said its jets killed two militants planning attacks on border posts.\n",
			want: []wantSource{{sentence: "The army", source: "army", stance: "asserts"}}},
		{name: "a weapon's maker is not its user", text: "The portal shared photos of a North Korean missile used in an attack on the city.\n",
			want: []wantSource{{sentence: "The portal", source: "portal", stance: "asserts"}}},
		{name: "a party's own act is asserted", text: "A source in Ukraine's security service said the SBU carried out the drone attack on the depot.\n",
			want: []wantSource{{sentence: "A source", source: "source", stance: "asserts"}}},
		{name: "a dismissal overrides a verb of criticism", text: "# Premier slams spying claims as a lie\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "Premier slams", source: "premier", stance: "denies"}}},
	})
}

// What is not a claim in real copy: credits, orders and appeals in quotes, reported questions,
// predictions and intentions with nothing checkable, speculation frames; and what still is.
func TestPredictionsQuestionsAndCredits(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a credit line", text: "The port reopened on Monday, the authority said.\n\nReporting by Ana Ruiz; Editing by Tom Lee\n",
			want: []wantSource{{sentence: "Reporting by", notClaim: true}}},
		{name: "a short quoted sentence with a verb is the speaker's claim", text: "“The post was shelled at dawn. We retaliated,” the colonel said.\n",
			want: []wantSource{{sentence: "We retaliated", source: "colonel"}}},
		{name: "a quoted order or appeal", text: "“Do not abandon the villages in the valley,” the mayor told the envoys.\n",
			want: []wantSource{{sentence: "Do not abandon", notClaim: true}}},
		{name: "a reported question", text: "The lawyer asked how the state could be ready to present its case.\n",
			want: []wantSource{{sentence: "The lawyer", notClaim: true}}},
		{name: "a prediction with nothing checkable", text: "She said the questions will trouble the town for a long time.\n",
			want: []wantSource{{sentence: "She said", notClaim: true}}},
		{name: "an announced act is a claim", text: "His lawyer said he would appeal the verdict.\n",
			want: []wantSource{{sentence: "His lawyer", source: "lawyer"}}},
		{name: "a plan with a date is a claim", text: "The minister said the plant would go back into service in March.\n",
			want: []wantSource{{sentence: "The minister", source: "minister"}}},
		{name: "a decision not to act is a claim", text: "The party said it would not accept the count.\n",
			want: []wantSource{{sentence: "The party", source: "party"}}},
		{name: "a speculation frame without a source", text: "There is concern that the truce could collapse before the talks.\n",
			want: []wantSource{{sentence: "There is concern", notClaim: true}}},
	})
}

// Noun phrases and cues as real copy has them: plural possessives, "and from", a parenthetical
// adverb, a relative "whose" clause, a wire dateline with a hyphen; verbs that report only
// before a clause, intentions, the object of a verb of denial, and a "that" clause's verbs.
func TestPhrasesAndActs(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a plural possessive inside the subject", text: "Two monitors' groups said police raided their offices on Sunday.\n",
			want: []wantSource{{sentence: "Two monitors", source: "groups"}}},
		{name: "'and from' continues one subject", text: "Observers from the regional bloc and from the union also criticised the count.\n",
			want: []wantSource{{sentence: "Observers", source: "observers"}}},
		{name: "a parenthetical adverb between commas", text: "Police have, however, denied reports that the hackers asked for a ransom.\n",
			want: []wantSource{{sentence: "Police have", source: "police", stance: "denies"}}},
		{name: "a relative 'whose' clause before the cue", text: "Engineers whose probe found ice on the crater floor said Friday more finds were likely.\n",
			want: []wantSource{{sentence: "Engineers", source: "engineers"}}},
		{name: "a dateline with a hyphen is not the subject", text: "GENEVA (Reuters) - Three clinics have reported cases of measles since April, the agency said.\n",
			want: []wantSource{{sentence: "GENEVA", source: "agency"}}},
		{name: "claiming a territory is an act", text: "Both neighbours claim the disputed valley in full.\n",
			want: []wantSource{{sentence: "Both neighbours", source: ""}}},
		{name: "suggesting a postponement is an act", text: "The prosecution has suggested a postponement until early next year.\n",
			want: []wantSource{{sentence: "The prosecution", source: ""}}},
		{name: "hoping to do something is an intention", text: "The outbreak comes weeks before officials had hoped to declare the epidemic over.\n",
			want: []wantSource{{sentence: "The outbreak", source: ""}}},
		{name: "a verb inside a 'that' clause reports nothing of its own", text: "The defendants, both former ministers, are asking that the court dismiss the case.\n",
			want: []wantSource{{sentence: "The defendants", source: "defendants"}}},
	})
}

// Stance in longer sentences: a dismissal some words after what it dismisses, a cartel imputed,
// and what is not known in a coordinate clause.
func TestStanceAcrossClauses(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a dismissal a clause after its target", text: "The premier said reports that he had tapped his own ministers' phones were an incredible lie.\n",
			want: []wantSource{{sentence: "The premier", source: "premier", stance: "denies"}}},
		{name: "calling the reports misleading denies them", text: "The agency called the reports misleading and said the results were inadvertent.\n",
			want: []wantSource{{sentence: "The agency", source: "agency", stance: "denies"}}},
		{name: "a dismissal after the whole content clause of a report", text: "The claim that the port board had sold the harbour land to a foreign buyer without a tender or a vote of the council was untrue, its chairman told a local radio station.\n",
			want: []wantSource{{sentence: "The claim", source: "chairman", stance: "denies"}}},
		{name: "a word that dismisses, after the object a verb of naming calls it", text: "The embassy called the closure of its consulate “entirely without foundation” in a note to reporters.\n",
			want: []wantSource{{sentence: "The embassy", source: "embassy", stance: "denies"}}},
		{name: "a report called incorrect is denied", text: "“This is simply incorrect,” a spokeswoman for the insurer said of the figures.\n",
			want: []wantSource{{sentence: "This is simply", source: "spokeswoman", stance: "denies"}}},
		{name: "a report that is no true reflection is denied", text: "The union said the report published by the employer was not a true reflection of pay on the site.\n",
			want: []wantSource{{sentence: "The union", source: "union", stance: "denies"}}},
		{name: "telling of who spread a false report denies nothing", text: "The police are looking for the people who circulated the fake report on messaging apps, the spokesman said.\n",
			want: []wantSource{{sentence: "The police are", source: "spokesman", stance: "asserts"}}},
		{name: "a court rejecting what was filed rules, and reports nothing", text: "The appeals court denied the claim for damages on Friday.\n",
			want: []wantSource{{sentence: "The appeals court", source: ""}}},
		{name: "a judge denying bail rules", text: "Judge Amara Osei denied bail to both men.\n",
			want: []wantSource{{sentence: "Judge Amara", source: ""}}},
		{name: "a court rejecting claims that … denies them", text: "The court rejected claims that its judges had been pressured by the ministry.\n",
			want: []wantSource{{sentence: "The court", source: "court", stance: "denies"}}},
		{name: "a cartel imputed accuses", text: "The regulator claimed that five packaging firms had formed a cartel to fix prices.\n",
			want: []wantSource{{sentence: "The regulator", source: "regulator", stance: "accuses"}}},
		{name: "not known in a coordinate clause leaves the report asserted", text: "The river burst its banks within minutes, and it is unclear how many cars were trapped, the agency reported.\n",
			want: []wantSource{{sentence: "The river", source: "agency", stance: "asserts"}}},
	})
}

// A name, then an aside set off by commas, then the verb: the name speaks, whatever words the
// aside holds; one unnamed person named twice in a sentence is one source.
func TestAsidesBeforeTheVerb(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a long apposition", text: "Dana Okoro, the party's director of state races and voter outreach, said the count was on time.\n",
			want: []wantSource{{sentence: "Dana Okoro", source: "dana okoro"}}},
		{name: "a relative clause holding 'when'", text: "Steele, who was mayor when the plant closed, said 400 jobs were lost.\n",
			want: []wantSource{{sentence: "Steele", source: "steele"}}},
		{name: "a relative clause holding 'as'", text: "Ruiz, who worked as an aide to the governor for a decade, said tensions were higher than ever.\n",
			want: []wantSource{{sentence: "Ruiz", source: "ruiz"}}},
		{name: "a bracketed aside before the verb", text: "Kasich (who has 25 delegates to date) said the race was open.\n",
			want: []wantSource{{sentence: "Kasich", source: "kasich"}}},
		{name: "a participle before a preposition in an inverted speaker", text: "“The ads cost $4 million,” said one strategist involved in the planning of the campaign in Ohio.\n",
			want: []wantSource{{sentence: "The ads", source: "strategist"}}},
	})
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("Colonel Ana Brek, an army spokeswoman, refuted the claim and accused the rebels of shelling the town.\n"))
	require.NotEmpty(t, res.Document.Claims)
	assert.Len(t, res.Document.Claims[0].Attributions, 1, "one person named twice is one source")
}

// More of real copy: denouncing a party, a breach by a named person, disinformation imputed,
// an inverted speaker closing the sentence, an addressee after "told", a participle phrase in
// a subject, motion verbs, and a bracketed tag after a body's name.
func TestDenunciationsSpeakersAndTags(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "denouncing a party accuses it", text: "Manila denounced Beijing for blocking the resupply mission to the shoal.\n",
			want: []wantSource{{sentence: "Manila", source: "manila", stance: "accuses"}}},
		{name: "a breach by a named person accuses", text: "The agency announced that Byrne had violated two anti-doping rules.\n",
			want: []wantSource{{sentence: "The agency", source: "agency", stance: "accuses"}}},
		{name: "a disinformation campaign imputed accuses", text: "The ministry said a disinformation campaign on the app was run from China.\n",
			want: []wantSource{{sentence: "The ministry", source: "ministry", stance: "accuses"}}},
		{name: "an inverted speaker closing the sentence", text: "The minister also resigned as a member of parliament, said the statement.\n",
			want: []wantSource{{sentence: "The minister", source: "statement"}}},
		{name: "'told' names the addressee, not the speaker", text: "“The lake has shrunk by half,” the survey's leader, R. Okafor, told reporters.\n",
			want: []wantSource{{sentence: "The lake", source: "okafor"}}},
		{name: "a pronoun after an inverted verb opens a clause", text: "The county's coroner, Dr. Ana Lima, says it's too early to determine the cause of death.\n",
			want: []wantSource{{sentence: "The county's coroner", source: "lima"}}},
		{name: "a participle with a preposition inside a subject", text: "Lawyers acting for the driver argued he had a partial defence.\n",
			want: []wantSource{{sentence: "Lawyers acting", source: "lawyers"}}},
		{name: "a verb of criticism before 'into' is motion", text: "On Monday the storm slammed into the island, flattening homes.\n",
			want: []wantSource{{sentence: "On Monday", source: ""}}},
		{name: "a body's name with 'and' and a bracketed tag is one source", text: "The National Disaster Risk Reduction and Management Council (NDRRMC) reported 58 deaths.\n",
			want: []wantSource{{sentence: "The National", source: "national disaster risk reduction and management council"}}},
		{name: "an absolute phrase's subject says it", text: "His right to a hearing was waived, Sport Ireland saying he had accepted the sanction.\n",
			want: []wantSource{{sentence: "His right", source: "sport ireland"}}},
	})
}

// Not claims: a question headline, a crosshead, readiness and reliance, an ongoing first-person
// effort, an obligation in a speaker's quote, a speaker-first pledge; and what still is: a
// denial with an intention in it, and what would have been.
func TestMoreNonClaims(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a question headline", text: "# Why are the dock workers on strike?\n\nThe strike began on Monday.\n",
			want: []wantSource{{sentence: "Why are", notClaim: true}}},
		{name: "a crosshead between dashes", text: "The talks failed, the envoy said.\n\n- 'All options on the table' -\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "All options", notClaim: true}}},
		{name: "being ready to talk is an intention", text: "The company said it is ready to talk to its employees.\n",
			want: []wantSource{{sentence: "The company", notClaim: true}}},
		{name: "an ongoing first-person effort in a quote", text: "“We are still assessing the damage,” the governor said.\n",
			want: []wantSource{{sentence: "We are still", notClaim: true}}},
		{name: "an obligation in a speaker's quote", text: "“There has to be a change now,” the challenger told supporters.\n",
			want: []wantSource{{sentence: "There has to", notClaim: true}}},
		{name: "a speaker-first pledge", text: "The regional director said, “Given the roads nearby, we must act quickly.”\n",
			want: []wantSource{{sentence: "The regional director", notClaim: true}}},
		{name: "a denial with an intention in it is a claim", text: "The ruling party denies it has an unfair advantage or seeks to influence the count.\n",
			want: []wantSource{{sentence: "The ruling party", source: "ruling party", stance: "denies"}}},
		{name: "what would have been is a claim", text: "A hearing would have been the next step if the athlete had contested the test.\n",
			want: []wantSource{{sentence: "A hearing", source: ""}}},
	})
}

// Quotations in single marks and over several paragraphs; condemnations, hypotheticals and
// advice; headline shapes; and a few verbs of not saying.
func TestQuotesOverParagraphsAndStances(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "single quotation marks, speaker after", text: "‘The two men knew each other well,’ police say.\n",
			want: []wantSource{{sentence: "The two men", source: "police"}}},
		{name: "a plural possessive apostrophe is no closing mark", text: "The players’ union said 40 members had signed.\n",
			want: []wantSource{{sentence: "The players", source: "union"}}},
		{name: "a quotation reopened in each paragraph keeps its speaker",
			text: "\"The league has fined the player $35,000,\" a statement said.\n\n\"The notice proposes a two-match ban.\n\n\"The league is offering support to the player's family.\"\n",
			want: []wantSource{{sentence: "The notice", source: "statement"}, {sentence: "The league is offering", source: "statement"}}},
		{name: "condemning an act that names no one", text: "The government has condemned the attack and called for calm.\n",
			want: []wantSource{{sentence: "The government", notClaim: true}}},
		{name: "condemning an act as a breach is a claim", text: "The minister condemned the launch as a violation of the treaty.\n",
			want: []wantSource{{sentence: "The minister", source: "minister"}}},
		{name: "a hypothetical", text: "“If someone swallowed a needle, it could lodge in the gut,” the doctor said.\n",
			want: []wantSource{{sentence: "If someone", notClaim: true}}},
		{name: "advice reported", text: "The health officer said shoppers should throw away any fruit bought this week.\n",
			want: []wantSource{{sentence: "The health officer", notClaim: true}}},
		{name: "an inference about the past is no advice", text: "The inspector said the driver must have fallen asleep at the wheel.\n",
			want: []wantSource{{sentence: "The inspector", source: "inspector"}}},
		{name: "'continued' before a quotation", text: "Ruiz continued, “The city paid 12 million dollars to settle.”\n",
			want: []wantSource{{sentence: "Ruiz continued", source: "ruiz"}}},
		{name: "'continued' as a verb of going on", text: "The talks continued into the night in Geneva.\n",
			want: []wantSource{{sentence: "The talks", source: ""}}},
		{name: "a headline's passive", text: "# Shoppers urged to throw out fruit after needles found\n\nThe recall began on Monday.\n",
			want: []wantSource{{sentence: "Shoppers urged", source: ""}}},
		{name: "a headline's topic label is no source", text: "# Fruit scare: needles found in punnets in three states\n\nThe recall began on Monday.\n",
			want: []wantSource{{sentence: "Fruit scare", source: ""}}},
		{name: "the month May is no modal", text: "The bank last cut its rate at its May meeting, after four cuts in 2012.\n",
			want: []wantSource{{sentence: "The bank", source: ""}}},
		{name: "a suit that does not specify", text: "The suit doesn't specify how much compensation the family seeks.\n",
			want: []wantSource{{sentence: "The suit", source: "suit", stance: "cannot-determine"}}},
		{name: "officials who have not said if", text: "City officials have not said if they will pay the ransom.\n",
			want: []wantSource{{sentence: "City officials", notClaim: true}}},
	})
}

// Lost spaces, first-clause predictions, pleas, parenthetical phrases and other pieces of real
// copy.
func TestSpacesPleasAndClauses(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a sentence whose space after the period was lost", text: "The army said the rockets misfired.A health official says 10 people were killed.\n",
			want: []wantSource{{sentence: "A health official", source: "health official"}}},
		{name: "a prediction in a second clause leaves the first a claim", text: "Officials say the campaign did not gather enough signatures, but its backers said they will go to court.\n",
			want: []wantSource{{sentence: "Officials say", source: "officials"}}},
		{name: "an intention in a subordinate clause of a past act", text: "The letter has been referred to the league, with a request that the club lists the steps it intends to take.\n",
			want: []wantSource{{sentence: "The letter", source: ""}}},
		{name: "a plea of not guilty denies", text: "The defendant pleaded not guilty to all four counts in court on Monday.\n",
			want: []wantSource{{sentence: "The defendant", source: "defendant", stance: "denies"}}},
		{name: "what is uncertain is cannot-determine", text: "The motive remains uncertain, the investigator told reporters.\n",
			want: []wantSource{{sentence: "The motive", source: "investigator", stance: "cannot-determine"}}},
		{name: "a speaker's conditional is a hypothesis", text: "“If he wants a court to change the law, that's his right,” the registrar said.\n",
			want: []wantSource{{sentence: "If he wants", notClaim: true}}},
		{name: "a credit note", text: "The port reopened on Monday, the authority said.\n\nNBC News contributed to this report.\n",
			want: []wantSource{{sentence: "NBC News contributed", notClaim: true}}},
		{name: "blaming a party accuses", text: "The army says rockets misfired by the militants were to blame.\n",
			want: []wantSource{{sentence: "The army", source: "army", stance: "accuses"}}},
	})
}

// Site furniture only where the site speaks; pledges after a report; appeals and warnings
// against; reduced and headline passives; a negated negative finding; advice addressed to
// people, not a finding about a country.
func TestFurnitureAppealsAndPassives(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an appeal word in a long sentence of the story", text: "Responding to enquiries on the advertisement and sale of love potions, the authority said such products fall outside its remit.\n",
			want: []wantSource{{sentence: "Responding", source: "authority"}}},
		{name: "'help us' in a speaker's quote", text: "“We called these guys to help us,” the victim's nephew said.\n",
			want: []wantSource{{sentence: "We called", source: "nephew"}}},
		{name: "a report before the thanks", text: "“The findings had enough proof of his involvement and we thank the panel,” the president said.\n",
			want: []wantSource{{sentence: "The findings", source: "president"}}},
		{name: "calling on someone is an appeal", text: "The lawyer called on the government to respect the decision.\n",
			want: []wantSource{{sentence: "The lawyer", notClaim: true}}},
		{name: "cautioning the public against something is an appeal", text: "The regulator has cautioned the public against buying the products online.\n",
			want: []wantSource{{sentence: "The regulator", notClaim: true}}},
		{name: "agreeing to do something is an act", text: "There, leaders from 195 countries agreed to limit warming to two degrees.\n",
			want: []wantSource{{sentence: "There", source: ""}}},
		{name: "a reduced passive", text: "The army statement also said that seven soldiers confirmed dead had been buried.\n",
			want: []wantSource{{sentence: "The army statement", source: "statement"}}},
		{name: "a headline's passive with a place", text: "# Floods: fifth casualty reported in Johor\n\nThe river is falling.\n",
			want: []wantSource{{sentence: "Floods", source: ""}}},
		{name: "a report after a possessive is the noun", text: "The agency's report comes weeks after the summit in Paris.\n",
			want: []wantSource{{sentence: "The agency's", source: ""}}},
		{name: "a negated negative finding denies nothing", text: "The minister says the government has not ruled out the island.\n",
			want: []wantSource{{sentence: "The minister", source: "minister", stance: "asserts"}}},
		{name: "a finding about a country is no advice", text: "The court found that a country must be bound by international law to protect refugees.\n",
			want: []wantSource{{sentence: "The court", source: "court"}}},
	})
}

// What the diff review found: each construction, with the reading it must not regress to.
func TestReviewedConstructions(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a negated denial asserts, however often the cue is read", text: "The company did not dispute the violations found by the inspectors.\n",
			want: []wantSource{{sentence: "The company", source: "company", stance: "asserts"}}},
		{name: "a clause with a past verb after 'suggested'", text: "Researchers suggested the virus spread through bats in the caves.\n",
			want: []wantSource{{sentence: "Researchers", source: "researchers"}}},
		{name: "an active headline with 'pledged to' (a pledge: see TestPledges)", text: "# Mayor pledged to cut bus fares by half\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "Mayor pledged", notClaim: true}}},
		{name: "an active headline with 'warned … that'", text: "# Minister warned in letter that reserves were low\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "Minister warned", source: "minister"}}},
		{name: "an armed group after 'by' is the agent", text: "The governor said the attack on the market was carried out by militants.\n",
			want: []wantSource{{sentence: "The governor", source: "governor", stance: "accuses"}}},
		{name: "an if-sentence with figures is a claim", text: "If approved, the plan would cut 5,000 jobs by 2027, the company said.\n",
			want: []wantSource{{sentence: "If approved", source: "company"}}},
		{name: "'reporting by' in a sentence of the story", text: "Reporting by the Guardian revealed that the ministry had paid the contractor twice for the same bridge.\n",
			want: []wantSource{{sentence: "Reporting by", source: "guardian"}}},
		{name: "a sentence ending in a dash is no crosshead", text: "Prices rose sharply in the third quarter -\n",
			want: []wantSource{{sentence: "Prices rose", source: ""}}},
		{name: "an announced act in another form", text: "Police said the suspect would be charged with murder.\n",
			want: []wantSource{{sentence: "Police said", source: "police"}}},
		{name: "a title-case headline's 'May' is the modal", text: "# Rates May Rise Again Next Year\n\nThe vote is on Friday.\n",
			want: []wantSource{{sentence: "Rates May", notClaim: true}}},
	})
	x := sharedExtractor(t)
	for _, tc := range []struct{ text, stance string }{
		{"France, Germany, and Italy said the shipment violated the embargo on Sudan.\n", "accuses"},
		{"France, Germany and Italy said the shipment violated the embargo on Sudan.\n", "accuses"},
	} {
		res := x.Extract("case.md", []byte(tc.text))
		require.NotEmpty(t, res.Document.Claims, tc.text)
		for _, a := range res.Document.Claims[0].Attributions {
			assert.Equal(t, tc.stance, string(a.Stance), "an Oxford comma is no clause break: %s in %q", a.SourceText, tc.text)
		}
	}
	res := x.Extract("case.md", []byte("GENEVA (Reuters) - Three clinics have reported cases of measles since April, the agency said.\n"))
	require.NotEmpty(t, res.Document.Claims)
	for _, a := range res.Document.Claims[0].Attributions {
		assert.NotContains(t, a.SourceText, "GENEVA", "a dateline is not a source")
	}
}

func TestSpeakersAcrossAsidesAndClauseBreaks(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a name, an age and an apposition before the verb", text: "Dana Okafor, 52, a nurse at the clinic, said the ward had run out of saline.\n",
			want: []wantSource{{sentence: "Dana Okafor", source: "okafor"}}},
		{name: "a subject after a dash that ends the clause before it", text: "It was not a rumour — Lena Park, a spokeswoman for the council, told reporters the bridge would close.\n",
			want: []wantSource{{sentence: "It was not", source: "park"}}},
		{name: "a dateline closed by a horizontal bar", text: "TULSA ― The county's election board said it had counted every ballot.\n",
			want: []wantSource{{sentence: "TULSA", source: "board"}}},
		{name: "an inverted speaker with a relative clause after it", text: "“The count has taken weeks,” said a veteran poll worker who has staffed the hall for years.\n",
			want: []wantSource{{sentence: "The count", source: "worker"}}},
		{name: "an inverted titled speaker with a relative clause", text: "“The levee held,” said Sen. Ada Moss who represents the delta district.\n",
			want: []wantSource{{sentence: "The levee", source: "moss"}}},
		{name: "a speaker set off by commas inside the clause", text: "Those who moved into the flats last year, she said, still have no heating.\n",
			want: []wantSource{{sentence: "Those who", source: "she"}}},
		{name: "a speaker set off by commas after a noun subject", text: "The new reactor, the regulator said, passed every test in March.\n",
			want: []wantSource{{sentence: "The new reactor", source: "regulator"}}},
		{name: "the subject of an 'after' clause", text: "The mayor cancelled the parade after a resident of the east ward told him the route was flooded.\n",
			want: []wantSource{{sentence: "The mayor", source: "resident"}}},
	})
}

func TestUnknownsAndChannels(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a negated verb of disclosing cannot determine", text: "But the insurer did not reveal how many policies were affected by the breach.\n",
			want: []wantSource{{sentence: "But the insurer", source: "insurer", stance: "cannot-determine"}}},
		{name: "'yet to be determined' after a clause with a modal is a claim", text: "“The inquiry will go on, and whether anyone else was involved is yet to be determined,” the sheriff said.\n",
			want: []wantSource{{sentence: "The inquiry", source: "sheriff", stance: "cannot-determine"}}},
		{name: "a channel after an inverted verb is no speaker", text: "“We will review the data as soon as we can,” Dr. Ines Varga, head of the agency's vaccine unit, said via email.\n",
			want: []wantSource{{sentence: "We will review", notClaim: true}}},
		{name: "a speaker and apposition before 'said via email'", text: "“The trial enrolled 400 adults,” Dr. Ines Varga, head of the agency's vaccine unit, said via email.\n",
			want: []wantSource{{sentence: "The trial", source: "varga"}}},
	})
}

func TestNamesFeelingsAndFurniture(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a participle in the opening prepositional phrase is no cue", text: "With drier air and lighter winds expected Monday, the fire chief said crews had contained the blaze.\n",
			want: []wantSource{{sentence: "With drier air", source: "chief"}}},
		{name: "a name whose bracketed tag spells its initials is one body", text: "The National Farmers and Growers Union (NFGU) said the drought had cut yields by a third.\n",
			want: []wantSource{{sentence: "The National", source: "farmers and growers union"}}},
		{name: "an 'and' inside a capitalised of-phrase stays in the name", text: "The Institute of Marine and Coastal Studies reported that the reef lost half its coral.\n",
			want: []wantSource{{sentence: "The Institute", source: "marine and coastal"}}},
		{name: "conceding a race is an act", text: "The challenger conceded the race to the incumbent on Monday.\n",
			want: []wantSource{{sentence: "The challenger", source: ""}}},
		{name: "'speculated' reports", text: "Security researchers have speculated the breach came from a contractor's laptop.\n",
			want: []wantSource{{sentence: "Security researchers", source: "researchers"}}},
		{name: "'remained adamant that' reports", text: "In Paris, the ministry remained adamant that the tender had been fair.\n",
			want: []wantSource{{sentence: "In Paris", source: "ministry"}}},
		{name: "a speaker before a colon introduces the next quotation", text: "A spokesman, Lt. Omar Diaz, said:\n\n“Two officers were hurt in the crash.”\n",
			want: []wantSource{{sentence: "A spokesman", notClaim: true}, {sentence: "Two officers", source: "diaz"}}},
		{name: "a copyright line is furniture", text: "Copyright 2019 Valley Radio.\n", want: []wantSource{{sentence: "Copyright", notClaim: true}}},
		{name: "a link line is furniture", text: "To hear more, visit http://www.example.org/.\n", want: []wantSource{{sentence: "To hear", notClaim: true}}},
		{name: "a no-reach note is no claim", text: "The Gazette was unable to reach the owners for comment on Friday.\n", want: []wantSource{{sentence: "The Gazette", notClaim: true}}},
		{name: "a feeling reported is no claim", text: "Shop stewards said they were hopeful about the next round of talks.\n", want: []wantSource{{sentence: "Shop stewards", notClaim: true}}},
		{name: "a feeling with a figure stays a claim", text: "Shop stewards said they were hopeful after 300 members voted for the offer.\n", want: []wantSource{{sentence: "Shop stewards", source: "stewards"}}},
		{name: "'called upon … to' is an appeal", text: "The envoy called upon both sides to return to the table.\n", want: []wantSource{{sentence: "The envoy", notClaim: true}}},
		{name: "'is still unknown' cannot determine", text: "Detectives say the motive is still unknown.\n", want: []wantSource{{sentence: "Detectives", source: "detectives", stance: "cannot-determine"}}},
		{name: "actors who have not identified someone are no source", text: "Investigators have not identified a second suspect, the sheriff added.\n",
			want: []wantSource{{sentence: "Investigators", source: "sheriff", stance: "cannot-determine"}}},
		{name: "a source saying it is unclear makes a claim", text: "The governor said it was unclear whether the gunmen had crossed the border.\n",
			want: []wantSource{{sentence: "The governor", source: "governor", stance: "cannot-determine"}}},
		{name: "'put the number at' reports a figure", text: "The army said 30 fighters died, but a village elder, Musa Karimi, put the number at nine. The navy said two ships sank, but Ada Cole, a harbour pilot, put the number at four.\n",
			want: []wantSource{{sentence: "The army", source: "karimi"}, {sentence: "The navy", source: "cole"}}},
		{name: "'others' is a source", text: "Others said the polls had opened on time.\n", want: []wantSource{{sentence: "Others", source: "others"}}},
		{name: "a split infinitive is no cue", text: "The board's failure to more quickly announce the results has angered the candidates.\n",
			want: []wantSource{{sentence: "The board", source: ""}}},
	})
}

func TestAnaphorKeepsOtherSources(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a source named by an anaphor does not swallow another in its sentence",
			text: "Two guards were hurt, the army said in a statement. The army said 12 raiders died, but Musa Karimi, a village elder, put the number at five.\n",
			want: []wantSource{{sentence: "The army said 12", source: "karimi"}, {sentence: "The army said 12", source: "army"}}},
	})
}

func TestOutletBesideASourceRelays(t *testing.T) {
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("The provincial government reported 40 deaths in the valley, the regional Valley Post newspaper reported.\n"))
	require.NotEmpty(t, res.Document.Claims)
	c := res.Document.Claims[0]
	require.Len(t, c.Attributions, 1, "the outlet relays the government; it is no second source")
	assert.Contains(t, c.Attributions[0].SourceText, "government")
	require.NotEmpty(t, c.Attributions[0].Via, "the newspaper is kept as the relay")
}

func TestRejectionsAndDismissals(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "refusing to recognise an outcome denies it", text: "The two rival parties said they will not recognise the results of the council vote.\n",
			want: []wantSource{{sentence: "The two rival", source: "parties", stance: "denies"}}},
		{name: "calling it a sham dismisses it", text: "Lawyers for the mayor call it a sham investigation driven by his rivals.\n",
			want: []wantSource{{sentence: "Lawyers", source: "lawyers", stance: "denies"}}},
	})
}

func TestParticiplesTakeTheMainSubject(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'telling' after a comma takes the main clause's subject", text: "The mayor closed the pool on Monday, telling residents that the water had failed two tests.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor"}}},
		{name: "past a quoted object and its 'as'", text: "The minister has hailed the deal as “historic,” telling reporters that exports would double.\n",
			want: []wantSource{{sentence: "The minister", source: "minister"}}},
		{name: "a time phrase after a clause opener", text: "But a few days later, the senator changed course, telling a radio host that the law was settled.\n",
			want: []wantSource{{sentence: "But a few", source: "senator"}}},
	})
}

func TestSubjectsPastModifiersDashesAndRelatives(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a participle modifier set off by commas, holding a relative 'that'", text: "A delegate from Utah, Rosa Vidal, dressed in a coat with beads that spelled her name, said the vote could split the party.\n",
			want: []wantSource{{sentence: "A delegate", source: "vidal"}}},
		{name: "a prepositional modifier after a leading time phrase", text: "For now, Okafor, at the Centre for Port Studies, said both harbours had reopened.\n",
			want: []wantSource{{sentence: "For now", source: "okafor"}}},
		{name: "an aside between dashes", text: "On Monday, Brandt — tipped by local papers as the next chair — told a radio host that the offer stood.\n",
			want: []wantSource{{sentence: "On Monday", source: "brandt"}}},
		{name: "an object relative clause with its own speaker", text: "Fees would pass the level of Chile, which the statistics office says had the highest fees in 2021.\n",
			want: []wantSource{{sentence: "Fees would", source: "statistics office"}}},
		{name: "a quantifier before a word in -ing keeps the phrase", text: "The heads of both mining firms told reporters they owed no further royalties.\n",
			want: []wantSource{{sentence: "The heads", source: "heads of both mining firms"}}},
		{name: "an ampersand inside a name", text: "“We are shaken,” one L&K Dairy worker told a local station.\n",
			want: []wantSource{{sentence: "We are shaken", source: "l&k dairy worker"}}},
		{name: "a second verb after 'but' shares the first one's speaker", text: "Port officials confirmed the closure on Friday, but added that the cause was not yet known.\n",
			want: []wantSource{{sentence: "Port officials", source: "port officials"}}},
		{name: "a second verb after 'but' with no cue before it", text: "The bakery guarded its accounts closely but said its sales had doubled.\n",
			want: []wantSource{{sentence: "The bakery", source: "bakery"}}},
		{name: "an inverted speaker between a bare subject and its verb", text: "The flaw in the design, says Ines Duarte, an engineer at the port, is that the wall is too low.\n",
			want: []wantSource{{sentence: "The flaw", source: "duarte"}}},
	})
}

func TestWrongsReportedAndImputed(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a victim reporting its own loss in the passive imputes it to no one", text: "The Danish insurer Holm said on Friday that some records of its clients were stolen.\n",
			want: []wantSource{{sentence: "The Danish insurer", source: "holm", stance: "asserts"}}},
		{name: "a wrong with an agent is imputed", text: "The insurer said records were stolen by a former employee.\n",
			want: []wantSource{{sentence: "The insurer", source: "insurer", stance: "accuses"}}},
		{name: "intimidation reported by a party accuses", text: "The candidate said voters were intimidated at several polling stations.\n",
			want: []wantSource{{sentence: "The candidate", source: "candidate", stance: "accuses"}}},
		{name: "counts of a crime accuse", text: "The driver faces 12 counts of human smuggling, according to the state police.\n",
			want: []wantSource{{sentence: "The driver", source: "state police", stance: "accuses"}}},
		{name: "a line saying where the story first ran is furniture", text: "The bridge reopened on Friday, the council said.\n\nThis story was originally published on Example News.\n",
			want: []wantSource{{sentence: "This story", notClaim: true}}},
		{name: "warning someone to do something is advice", text: "The bank warned its customers to be wary of messages with links.\n",
			want: []wantSource{{sentence: "The bank", notClaim: true}}},
		{name: "groups that demanded something appeal", text: "Parents' groups have demanded an inquiry into the closures.\n",
			want: []wantSource{{sentence: "Parents", notClaim: true}}},
	})
}

// TestCoordinatorOpensTheSentence: a sentence that opens with the coordinator has no clause
// before it to share a subject with (once a panic).
func TestCoordinatorOpensTheSentence(t *testing.T) {
	x := sharedExtractor(t)
	for _, s := range []string{"But said the plan would fail.\n", "And, said nothing.\n", "But — said.\n", "Yet said, but said.\n"} {
		assert.NotPanics(t, func() { x.Extract("case.md", []byte(s)) }, s)
	}
}

func TestUnknownsChargesAndDismissals(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a contracted 'not sure why' cannot determine", text: "The organiser said he's not sure why the guards enforced a rule that does not exist.\n",
			want: []wantSource{{sentence: "The organiser", source: "organiser", stance: "cannot-determine"}}},
		{name: "'has no idea how' cannot determine", text: "The clerk said she has no idea how the file reached the press.\n",
			want: []wantSource{{sentence: "The clerk", source: "clerk", stance: "cannot-determine"}}},
		{name: "an arrest on suspicion of a crime accuses", text: "The sheriff said deputies arrested a man on suspicion of arson.\n",
			want: []wantSource{{sentence: "The sheriff", source: "sheriff", stance: "accuses"}}},
		{name: "arguing that claims should be dismissed denies them", text: "The promoter argued that the claims should be dismissed because the contract barred them.\n",
			want: []wantSource{{sentence: "The promoter", source: "promoter", stance: "denies"}}},
	})
}

func TestQuotedFeelingsInTheFirstPerson(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a contracted 'I’m' is the speaker, not a name", text: "“I’m so sorry for everyone in the crew,” the skipper said.\n",
			want: []wantSource{{sentence: "I’m so sorry", notClaim: true}}},
		{name: "'still think' is the speaker's view", text: "“But we still think there is more to learn,” the student said.\n",
			want: []wantSource{{sentence: "But we still think", notClaim: true}}},
		{name: "a quoted fact in the first person stays a claim", text: "“I’m told the pier closed at noon on Friday,” the skipper said.\n",
			want: []wantSource{{sentence: "I’m told", source: "skipper"}}},
	})
}

func TestUnknownCausesAndDenialsWithoutDenyingVerbs(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'the cause is unknown' cannot determine", text: "The harbour master told reporters the cause is unknown.\n",
			want: []wantSource{{sentence: "The harbour master", source: "harbour master", stance: "cannot-determine"}}},
		{name: "'don’t know exactly how' cannot determine", text: "“We don’t know exactly how much fuel leaked,” the harbour master said.\n",
			want: []wantSource{{sentence: "We don’t know", source: "harbour master", stance: "cannot-determine"}}},
		{name: "'not aware of anything' denies", text: "The operator said its crews were not aware of anything wrong that night.\n",
			want: []wantSource{{sentence: "The operator", source: "operator", stance: "denies"}}},
		{name: "'derided' denies", text: "The spokesman derided the allegations against the consulate.\n",
			want: []wantSource{{sentence: "The spokesman", source: "spokesman", stance: "denies"}}},
	})
}

func TestMisconductDescribedAndBreachesWithoutAnAgent(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a described wrong imputed to another accuses", text: "The union said the company took advantage of its drivers for years.\n",
			want: []wantSource{{sentence: "The union said", source: "union", stance: "accuses"}}},
		{name: "irregularities accuse", text: "The observer mission said there were serious irregularities at the count.\n",
			want: []wantSource{{sentence: "The observer mission", source: "observer mission", stance: "accuses"}}},
		{name: "a negated wrong does not accuse", text: "The inspector said the pilot was not negligent.\n",
			want: []wantSource{{sentence: "The inspector", source: "inspector", stance: "asserts"}}},
		{name: "the speaker's own wrong is an admission", text: "“We were careless and we were negligent,” the operator said.\n",
			want: []wantSource{{sentence: "We were careless", source: "operator", stance: "asserts"}}},
		{name: "a first person suffering the wrong still imputes it", text: "The candidate said we were prevented from voting in two districts.\n",
			want: []wantSource{{sentence: "The candidate", source: "candidate", stance: "accuses"}}},
		{name: "a breach as a noun with no agent accuses", text: "The monitors said one infringement was recorded after the deadline.\n",
			want: []wantSource{{sentence: "The monitors", source: "monitors", stance: "accuses"}}},
		{name: "'no violations' accuses no one", text: "The monitors said they recorded no violations overnight.\n",
			want: []wantSource{{sentence: "The monitors", source: "monitors", stance: "asserts"}}},
	})
}

func TestRelativeClausesAndTheirAntecedents(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "the main verb after an apposition with a relative clause", text: "Ana Ruiz, a former adviser who supported the port plan, said the dredging would start in May.\n",
			want: []wantSource{{sentence: "Ana Ruiz", source: "ana ruiz", cue: "said"}}},
		{name: "'…, who said' after the object of a preposition", text: "The plan was backed by Ana Ruiz, who said the dredging would start in May.\n",
			want: []wantSource{{sentence: "The plan", source: "ruiz", cue: "said"}}},
		{name: "'…, who said' inside a modifier of the subject", text: "The project, led by Ana Ruiz, who said the dredging would start in May, is late.\n",
			want: []wantSource{{sentence: "The project", source: "ruiz", cue: "said"}}},
	})
}

func TestAsidesAbbreviationsAndRebukes(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a state's abbreviation inside an apposition", text: "Another delegate, Omar Reed of Salem, Ore., explained that the vote had been moved to Friday.\n",
			want: []wantSource{{sentence: "Another delegate", source: "omar reed", cue: "explained"}}},
		{name: "a participle inside an aside is not a cue", text: "The senator, in an interview published in the Gazette, said the bridge was unsafe.\n",
			want: []wantSource{{sentence: "The senator", source: "senator", cue: "said"}}},
		{name: "a subject holding a phrase keeps its verb", text: "A tribunal in the port city ruled that the fine was lawful.\n",
			want: []wantSource{{sentence: "A tribunal", source: "tribunal", cue: "ruled"}}},
		{name: "commas inside a relative clause do not end the subject", text: "Dana Pike, who lost her son in a crash near Tulsa, Oklahoma, in June 2019, said that the agency ignored her calls.\n",
			want: []wantSource{{sentence: "Dana Pike", source: "dana pike", cue: "said"}}},
		{name: "'rebuked … for' accuses", text: "The senator rebuked the governor for claiming that the bridge was safe.\n",
			want: []wantSource{{sentence: "The senator", source: "senator", stance: "accuses", cue: "rebuked"}}},
		{name: "'…, who has defended' a client is an act", text: "The firm hired Marta Quill, who has defended several bankers.\n",
			want: []wantSource{{sentence: "The firm", source: ""}}},
	})
}

func TestAppositionsPassiveAccusersAndUnknowns(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a name and a bare apposition before 'said' are its subject", text: "Ron Tabor, county attorney, said no such contract exists.\n",
			want: []wantSource{{sentence: "Ron Tabor", source: "tabor", cue: "said"}}},
		{name: "an inverted speaker after a headline's clause stays", text: "Council sold the park to developers, says campaign group\n\nThe group gave no figures.\n",
			want: []wantSource{{sentence: "Council sold", source: "campaign group"}}},
		{name: "'scoffed at' denies", text: "Senior staff at both firms scoffed at the rumour on Monday.\n",
			want: []wantSource{{sentence: "Senior staff", source: "staff", stance: "denies"}}},
		{name: "a passive accusation names its accuser after 'by'", text: "The town is being criticised by residents over its new parking rules.\n",
			want: []wantSource{{sentence: "The town", source: "residents", stance: "accuses"}}},
		{name: "'blasted off' is motion", text: "A cargo rocket blasted off from the coast on Friday.\n",
			want: []wantSource{{sentence: "A cargo rocket", source: ""}}},
		{name: "'can't speculate' cannot determine", text: "“We can't speculate on what the cause was,” the inspector said.\n",
			want: []wantSource{{sentence: "We can't speculate", source: "inspector", stance: "cannot-determine"}}},
		{name: "'hasn't been determined' cannot determine", text: "The cause hasn't yet been officially determined, the inspector said.\n",
			want: []wantSource{{sentence: "The cause", source: "inspector", stance: "cannot-determine"}}},
		{name: "'highlighted the fact that' reports", text: "The study highlighted the fact that few firms have a plan.\n",
			want: []wantSource{{sentence: "The study", source: "study", cue: "highlighted"}}},
	})
}

// relayedText: a one-sentence text whose only attribution names its source in these words and
// keeps via as its relay.
type relayedText struct{ text, source, via string }

func checkRelayed(t *testing.T, cases []relayedText) {
	t.Helper()
	x := sharedExtractor(t)
	for _, tc := range cases {
		res := x.Extract("case.md", []byte(tc.text))
		require.Len(t, res.Sentences, 1, tc.text)
		require.Len(t, res.Sentences[0].Attributions, 1, tc.text)
		a := res.Sentences[0].Attributions[0]
		assert.Equal(t, tc.source, a.SourceText, tc.text)
		assert.Equal(t, []string{tc.via}, a.Via, tc.text)
	}
}

func TestQuotedAsSayingRelaysTheQuotedSource(t *testing.T) {
	checkRelayed(t, []relayedText{
		{"The Gazette quoted Tabor as saying the rumour was false.\n", "Tabor", "The Gazette"},
		{"The blog quoted the chief executive, Mia Park, as saying the talks had ended.\n", "the chief executive, Mia Park", "The blog"},
		{"State television cited a senior official as saying the border would reopen.\n", "a senior official", "State television"},
		{"The move breaks the spirit of the talks, Lund was quoted as saying by the state news agency.\n", "Lund", "the state news agency"},
	})
}

func TestFilingsAccuseForTheirFilers(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a lawsuit's participle speaks for whoever filed it", text: "Four dancers filed a civil lawsuit in the county court accusing the singer of harassment.\n",
			want: []wantSource{{sentence: "Four dancers", source: "dancers", stance: "accuses", cue: "accusing"}}},
		{name: "a group restated between spaced hyphens is one filer", text: "On Tuesday, the former dancers - Ann Cole, Bea Dorn and Cy Ellis - filed a lawsuit accusing the singer of harassment.\n",
			want: []wantSource{{sentence: "On Tuesday", source: "the former dancers", cue: "accusing"}}},
		{name: "with no filing verb the filing accuses", text: "The court heard a lawsuit accusing the chef of theft.\n",
			want: []wantSource{{sentence: "The court", source: "a lawsuit", stance: "accuses"}}},
	})
	checkNoAttribution(t, "Poland expelled three envoys on Friday, accusing them of spying, the ministry said.\n",
		func(a Explained) bool { return a.Cue == "accusing" }, "a participle after the main clause is no filing's cue")
}

func TestDismissalsAndUncertaintyInPlainWords(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'no such … exists' denies", text: "Ron Tabor, county attorney, said no such contract exists.\n",
			want: []wantSource{{sentence: "Ron Tabor", source: "tabor", stance: "denies"}}},
		{name: "calling a report fiction denies it", text: "The chairman said the report was total fiction.\n",
			want: []wantSource{{sentence: "The chairman", source: "chairman", stance: "denies"}}},
		{name: "'this is a rumour' denies", text: "“All this is a rumour,” the spokesman said.\n",
			want: []wantSource{{sentence: "All this", source: "spokesman", stance: "denies"}}},
		{name: "a contracted 'wasn't certain' cannot determine", text: "The coach said the club wasn't certain how long the striker would be out.\n",
			want: []wantSource{{sentence: "The coach", source: "coach", stance: "cannot-determine"}}},
	})
}

func TestNoCommentNotesAfterALongSubject(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a long subject with an aside before 'could not be reached'", text: "Representatives of the drivers' union, representing 4,000 drivers at the nine depots on strike, could not be reached on Monday.\n",
			want: []wantSource{{sentence: "Representatives", notClaim: true}}},
		{name: "'no immediate word from' is a note", text: "There was no immediate word from the shipping company on whether the crew was safe.\n",
			want: []wantSource{{sentence: "There was no", notClaim: true}}},
		{name: "a clause before the note keeps the report", text: "Flooding swept through the low valley towns on the river overnight, and officials could not be reached.\n",
			want: []wantSource{{sentence: "Flooding swept"}}},
	})
}

func TestConjunctionsInsideOneSource(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"Imports fell by a tenth, acting Parks and Wildlife Commissioner Ida Marsh said Tuesday.\n", "acting Parks and Wildlife Commissioner Ida Marsh"},
		{"Senior staff at Northwind and Contoso scoffed at the report on Monday.\n", "Senior staff at Northwind and Contoso"},
		{"The motion against Perez and Quint says Quint struck a clerk.\n", "The motion against Perez and Quint"},
		{"The Soil and Water Association disputes the view that the spray is safe.\n", "The Soil and Water Association"},
	})
	// two bodies named side by side stay two sources
	res := sharedExtractor(t).Extract("case.md", []byte("The ministry and the army said the road was open.\n"))
	require.Len(t, res.Sentences, 1)
	assert.Len(t, res.Sentences[0].Attributions, 2)
}

func TestAsidesTitlesAfterInvertedSpeakersAndReducedRelatives(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "', though,' is an aside between subject and verb", text: "The agency, though, says it's very confident in the safety of the water.\n",
			want: []wantSource{{sentence: "The agency", source: "agency", cue: "says"}}},
		{name: "an inverted speaker with a title closes the sentence", text: "Nurses kept up the walkout overnight as hospitals used replacement staff, said Lee Kay, spokeswoman for the hospital.\n",
			want: []wantSource{{sentence: "Nurses kept", source: "lee kay", cue: "said"}}},
		{name: "a verb's object clause does not run past 'as'", text: "Nurses maintained the walkout overnight as hospitals used replacement staff.\n",
			want: []wantSource{{sentence: "Nurses maintained", source: ""}}},
		{name: "a participle before a time phrase and the clause's verb", text: "The two cases confirmed Monday are not related to the earlier cluster.\n",
			want: []wantSource{{sentence: "The two cases", source: ""}}},
		{name: "a verb before a time phrase and 'that' stays a cue", text: "Officials confirmed Monday that the road was shut.\n",
			want: []wantSource{{sentence: "Officials", source: "officials", cue: "confirmed"}}},
		{name: "a verb after a common noun before a day and 'that' stays a cue", text: "The trade ministry confirmed Thursday that the tariffs had taken effect.\n",
			want: []wantSource{{sentence: "The trade ministry", source: "ministry", cue: "confirmed"}}},
	})
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("# Port chief says imports down at U.S.-Canada crossing\n\nThe chief said imports fell.\n"))
	require.NotEmpty(t, res.Sentences)
	for _, a := range res.Sentences[0].Attributions {
		assert.NotEqual(t, "-", a.Cue, "a hyphen inside a compound is no headline dash")
	}
}

func TestSpeakerAtTheEndOfALineWithoutAPeriod(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'…, the Courier reported' with no final period", text: "The vote was delayed, the Courier reported\n\nThe count resumed on Monday.\n",
			want: []wantSource{{sentence: "The vote", source: "courier", cue: "reported"}}},
		{name: "a headline's passive still names no source", text: "# Fifth casualty reported in Johor\n\nThe count resumed on Monday.\n",
			want: []wantSource{{sentence: "Fifth casualty", source: ""}}},
	})
}

func TestInitialsRelativeAppositionsAndPronounsBesideOtherSources(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "dotted initials do not end the sentence", text: "D.K. Pathak, a railroad official who was on the train when it derailed, said most injuries occurred in one coach.\n",
			want: []wantSource{{sentence: "D.K. Pathak", source: "pathak", cue: "said"}}},
		{name: "a closing 'he said' beside a source inside a because-clause", text: "Gen. Tom Hale spoke on Monday.\n\nThe cuts were necessary because the committee denied a request to shift funds, he said.\n",
			want: []wantSource{{sentence: "The cuts", source: "hale", cue: "said"}}},
	})
}

func TestPronounsOpeningPhrasesAndRejectedOffers(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a subject pronoun right before the cue, mid-sentence", text: "Police recovered a gun at the scene they say the man was carrying.\n",
			want: []wantSource{{sentence: "Police", source: "police", cue: "say"}}},
		{name: "an all-caps name is not a leading 'at'", text: "AT&T Inc. said Thursday its cellular network has been restored.\n",
			want: []wantSource{{sentence: "AT&T", source: "at&t", cue: "said"}}},
		{name: "a long opening phrase with a coordination is skipped", text: "In a victory for Ana Ruiz and Tom Hale, the tribunal ruled the act was lawful.\n",
			want: []wantSource{{sentence: "In a victory", source: "tribunal", cue: "ruled"}}},
		{name: "rejecting an offer is a vote, not a denial", text: "Striking workers at the plant rejected the company's latest contract offer on Sunday.\n",
			want: []wantSource{{sentence: "Striking workers", source: ""}}},
		{name: "rejecting allegations still denies", text: "The company rejected the allegations on Sunday.\n",
			want: []wantSource{{sentence: "The company", source: "company", stance: "denies"}}},
	})
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("In a victory for Ana Ruiz and Tom Hale, the tribunal ruled the act was lawful.\n"))
	require.Len(t, res.Sentences, 1)
	assert.Len(t, res.Sentences[0].Attributions, 1, "the names inside the opening phrase are no sources")
	res = x.Extract("case.md", []byte("Twitter may cut 300 jobs, Bloomberg reported on Monday, citing people it said were familiar with the matter.\n"))
	require.Len(t, res.Sentences, 1)
	var texts []string
	for _, a := range res.Sentences[0].Attributions {
		texts = append(texts, a.SourceText)
	}
	assert.NotContains(t, texts, "it", "the citer's pronoun inside the cited phrase is not a source of its own")
}

func TestReadRefusalsOfficesAndContactLines(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'the report read' after a quotation", text: "“Many prisoners are held without charge,” the report read.\n",
			want: []wantSource{{sentence: "Many prisoners", source: "report", cue: "read"}}},
		{name: "'read' as an act is no cue", text: "The minister read the names of the victims aloud.\n",
			want: []wantSource{{sentence: "The minister", source: ""}}},
		{name: "'refuses to recognize' denies", text: "Ana Ruiz refuses to recognize the results.\n",
			want: []wantSource{{sentence: "Ana Ruiz", source: "ruiz", stance: "denies"}}},
		{name: "a headline's 'continues,' is no cue", text: "# Clampdown on dissent continues, says rights group\n\nThe group said many were held.\n",
			want: []wantSource{{sentence: "Clampdown", source: "rights group"}}},
		{name: "'didn't immediately respond' is a note", text: "A company spokeswoman didn’t immediately respond to an e-mail seeking comment.\n",
			want: []wantSource{{sentence: "A company", notClaim: true}}},
		{name: "contact lines are credits, joined or not", text: "The cuts were made.\n\nTo contact the reporter on this story: Ann Lee in Washington at\nTo contact the editor responsible for this story: Tom Bell at\n",
			want: []wantSource{{sentence: "To contact", notClaim: true}}},
	})
	checkOneSourceText(t, []oneSourceText{
		{"Mark Steward, the regulator's director of enforcement and market oversight, said fraud was rising.\n", "Mark Steward, the regulator's director of enforcement and market oversight"},
		{"“We heard a loud sound,” the agency cited Hari Pathak, a local resident, as saying.\n", "Hari Pathak, a local resident"},
		{"“We heard a loud sound,” the agency cited Hari Pathak, a person living in the area, as saying.\n", "Hari Pathak, a person living in the area"},
	})
}

func TestFamilyHeadlinePrefix(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'Family:' names the headline's source", text: "# Family: Actor Died of Heart Attack\n\nThe actor was 51.\n",
			want: []wantSource{{sentence: "Actor Died", source: "family"}}},
	})
}

func TestReportedWordsOfAnaphorsAndPronounsBesideNames(t *testing.T) {
	x := sharedExtractor(t)
	src := "Ross said the liquid was a mixture.\n\nStephanie Young spoke later.\n\nShe said about five gallons had leaked since the crew found the problem, Ross said.\n\nThe firm Exxon said it was working on the leak. Young said the company reported the leak Monday.\n"
	res := x.Extract("case.md", []byte(src))
	for _, s := range res.Sentences {
		var got []string
		for _, a := range s.Attributions {
			got = append(got, a.SourceText)
		}
		switch {
		case strings.HasPrefix(s.Text, "She said about"):
			assert.Equal(t, []string{"Ross"}, got, "a pronoun beside a name in its own sentence is that name")
		case strings.HasPrefix(s.Text, "Young said"):
			assert.Equal(t, []string{"Young"}, got, "'the company' inside Young's reported words is what Young said")
		}
	}
	checkConstructions(t, []construction{
		{name: "rumours going around are no dismissal", text: "“We’ve got an investigation going here, and there’s all sorts of rumors going around,” said Clint Jones, head of the region.\n",
			want: []wantSource{{sentence: "We’ve got", source: "clint jones", stance: "asserts"}}},
	})
}

func TestStanceAcrossClausesAndQuotedSentences(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a coordinate 'but could not confirm' leaves the report asserted", text: "The spokeswoman confirmed that the leak was small, but could not confirm a second report of a larger one.\n",
			want: []wantSource{{sentence: "The spokeswoman", source: "spokeswoman", stance: "asserts"}}},
		{name: "disagreeing with a judgment denies it", text: "The minister said the government disagreed absolutely with this judgment and would seek an appeal.\n",
			want: []wantSource{{sentence: "The minister", source: "minister", stance: "denies"}}},
		{name: "the next quoted sentence takes the verb's stance, not the first one's words'", text: "“We disagree absolutely with this judgment,” the minister said. “Phone records are crucial in the investigation of serious crime.”\n",
			want: []wantSource{{sentence: "Phone records", source: "minister", stance: "asserts"}}},
	})
}

func TestNotDisclosingAndOurView(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'is not disclosing' is a note", text: "The drugmaker is not disclosing what the outstanding questions are.\n",
			want: []wantSource{{sentence: "The drugmaker", notClaim: true}}},
		{name: "'in our view' is the speaker's opinion", text: "“This setback will have a significant impact on investor sentiment in our view,” an analyst said.\n",
			want: []wantSource{{sentence: "This setback", notClaim: true}}},
	})
}

func TestDatelinesNamesRecallsAndRelayingOutlets(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a dateline with a date and a doubled hyphen", text: "KARACHI, Pakistan, Feb. 13 (UPI) -- The militant group claimed responsibility for the bombing of a police bus.\n",
			want: []wantSource{{sentence: "KARACHI", source: "the militant group"}}},
		{name: "a speaker after an opening 'according to'", text: "According to the Journal story, regents said the coach knew about the incident.\n",
			want: []wantSource{{sentence: "According to", source: "regents", cue: "said"}}},
		{name: "'knew about' is no report", text: "Regents said in one case, the coach knew about an incident.\n",
			want: []wantSource{{sentence: "Regents", source: "regents", cue: "said"}}},
		{name: "a name of two capitalised words is a source ('Consumer Reports')", text: "In an article this week, Consumer Reports found that some of the infants died from suffocation.\n",
			want: []wantSource{{sentence: "In an article", source: "consumer reports"}}},
		{name: "a product recall is no cue", text: "# Acme recalls nearly 5m infant sleepers after 30 deaths\n\nThe firm said the sleepers were safe.\n",
			want: []wantSource{{sentence: "Acme recalls", source: ""}}},
		{name: "a gerund before 'was' is a noun", text: "A safety warning was issued last week, but the academy urged the recall of the sleepers, calling them deadly.\n",
			want: []wantSource{{sentence: "A safety warning", source: "academy"}}},
		{name: "a present verb before 'but said'", text: "Acme stands by the safety of its products but said in a statement on Friday it issued the recall.\n",
			want: []wantSource{{sentence: "Acme stands", source: "acme", cue: "said"}}},
		{name: "'clarifies that' reports", text: "The release clarifies that three adults were displaced.\n",
			want: []wantSource{{sentence: "The release", source: "release", cue: "clarifies"}}},
	})
	x := sharedExtractor(t)
	res := x.Extract("case.md", []byte("ANSA said migrants told authorities that there were 169 passengers on the boat.\n"))
	require.Len(t, res.Sentences, 1)
	require.Len(t, res.Sentences[0].Attributions, 1)
	assert.Equal(t, "migrants", res.Sentences[0].Attributions[0].SourceText)
	assert.Equal(t, []string{"ansa"}, res.Sentences[0].Attributions[0].Via)
}

func TestReportsAndTestsAsSources(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'Early reports said'", text: "Early reports said 70 passengers were injured.\n",
			want: []wantSource{{sentence: "Early reports", source: "reports"}}},
		{name: "'Tests later confirmed'", text: "Tests later confirmed that a poisonous substance had killed the wolves.\n",
			want: []wantSource{{sentence: "Tests", source: "tests"}}},
	})
}

func TestIssuedStatementsAndSurnamesBeforeAccordingTo(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'released the following statement about …:' introduces its speaker's words", text: "The university released the following statement about the incident:\n\n“Over the past two days, the university has received two reports of threats against students.”\n",
			want: []wantSource{{sentence: "The university released", notClaim: true}, {sentence: "Over the past", source: "university"}}},
		{name: "a surname before 'according to' speaks; the outlet relays", text: "Gao said the country will adopt measures to aid firms hit by the tariffs last year, according to the news service.\n",
			want: []wantSource{{sentence: "Gao said", source: "gao"}}},
	})
}

func TestSubordinateSourcesNormsAndIrregularPasts(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"Residents will stay out until crews can come in tomorrow, as officials fear that a collapse could damage the buildings nearby, Dong said.\n", "Dong"},
		{"The fire began in a closet which housed two water heaters, which contained several heat sources, Dong said.\n", "Dong"},
		{"The airline noted that the brakes had been serviced according to national and international regulations.\n", "The airline"},
	})
	checkConstructions(t, []construction{
		{name: "'according to' a document still attributes", text: "Troops will leave the town by May, according to the plan seen by the paper.\n",
			want: []wantSource{{sentence: "Troops", source: "plan"}}},
	})
}

func TestBlamedCausesAndIllnesses(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "blaming a cause accuses no one", text: "The carrier blamed the outage on a software error, rather than anything malicious.\n",
			want: []wantSource{{sentence: "The carrier", source: "carrier", stance: "asserts"}}},
		{name: "blaming a party still accuses", text: "The carrier blamed the outage on Northwind, its former contractor.\n",
			want: []wantSource{{sentence: "The carrier", source: "carrier", stance: "accuses"}}},
	})
	checkNoAttribution(t, "Russian state media said the actor died of a heart attack in Moscow, a family spokesman said.\n",
		func(a Explained) bool { return a.Stance == "accuses" }, "a heart attack is an illness, not a hostile act")
}

// An "and" inside one body's capitalised name: before a last word that ends agency names, or
// inside a "for" phrase, or before the name's bracketed tag; a new determiner after the "and"
// starts a second body.
func TestAndInsideAgencyNames(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"The Coastal and Inland Waters Administration said the flood peaked on Monday.\n", "The Coastal and Inland Waters Administration"},
		{"The Council for Soil Science and Development said yields fell by a fifth.\n", "The Council for Soil Science and Development"},
		{"The Guild of Riveters and Harbour Workers (GRHW) said 900 members walked out.\n", "The Guild of Riveters and Harbour Workers (GRHW)"},
	})
	checkConstructions(t, []construction{
		{name: "a determiner after 'and' starts a second body", text: "The police and the fire service said two people died.\n",
			want: []wantSource{{sentence: "The police", source: "police"}, {sentence: "The police", source: "fire service"}}},
	})
}

// A name placed somewhere names a body of its own, known to the registry or not; a common head
// or a plural capitalised at the sentence's start is placed by the place.
func TestNamePlacedInAPlace(t *testing.T) {
	x := sharedExtractor(t)
	for _, tc := range []struct{ text, source string }{
		{"The Vanguard Front in Pakistan said it carried out the bombing.\n", "The Vanguard Front in Pakistan"},
		{"Amnesty International in Kenya said the protesters were beaten.\n", "amnesty-international"},
		{"Officials in Kyiv said the drones were shot down.\n", "government-of-ukraine"},
		{"Authorities in Moldova said the vote was calm.\n", "moldova-government"},
	} {
		var got []string
		for _, c := range x.Extract("case.md", []byte(tc.text)).Document.Claims {
			for _, a := range c.Attributions {
				got = append(got, a.Source)
			}
		}
		assert.Equal(t, []string{tc.source}, got, tc.text)
	}
}

// What a source vows, pledges or promises is a pledge, not a claim, whatever names and days it
// holds; a pledge reported beside another source's words stays that source's claim.
func TestPledges(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a vow with a day and a name", text: "The ministry vowed on Thursday that it would answer the new Canadian duties.\n",
			want: []wantSource{{sentence: "The ministry", notClaim: true}}},
		{name: "a promise to act", text: "The mayor promised to rebuild the bridge by May.\n",
			want: []wantSource{{sentence: "The mayor", notClaim: true}}},
		{name: "a pledge reported by another source", text: "The firm pledged refunds, the regulator said.\n",
			want: []wantSource{{sentence: "The firm", source: "regulator"}}},
	})
	// the pledge is left out as a claim, but who pledged is still found
	res := sharedExtractor(t).Extract("case.md", []byte("# Mayor pledged to cut bus fares by half\n\nThe vote is on Friday.\n"))
	require.NotEmpty(t, res.Sentences)
	require.Len(t, res.Sentences[0].Attributions, 1, res.Sentences[0].Why)
	assert.Equal(t, "Mayor", res.Sentences[0].Attributions[0].SourceText)
}

// Denials in plain words ("protested his innocence", "had nothing to do with") and decisions
// not yet taken ("nothing has been finalised", "no decision had been made").
func TestInnocenceAndUndecided(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "protesting one's innocence denies", text: "Vance had protested his innocence throughout the trial, saying he was framed.\n",
			want: []wantSource{{sentence: "Vance", source: "vance", stance: "denies"}}},
		{name: "'had nothing to do with' denies", text: "“He had nothing to do with the band,” the manager said.\n",
			want: []wantSource{{sentence: "He had", source: "manager", stance: "denies"}}},
		{name: "no decision made cannot determine", text: "The bank said no decision had been made on the branches.\n",
			want: []wantSource{{sentence: "The bank", source: "bank", stance: "cannot-determine"}}},
		{name: "nothing finalised cannot determine", text: "The director said nothing had been finalised yet.\n",
			want: []wantSource{{sentence: "The director", source: "director", stance: "cannot-determine"}}},
		{name: "a cause given is asserted", text: "The firm said the delay was caused by the weather.\n",
			want: []wantSource{{sentence: "The firm", source: "firm", stance: "asserts"}}},
	})
}

// A participle of saying after a comma ("…, stating that …", "…, maintaining …") takes the main
// clause's subject, not the phrase just before the comma; an inferential "suggesting" is not one.
func TestParticiplesOfSaying(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"Lee said that he was hired as the agent, stating that she knew him.\n", "Lee"},
		{"The rangers said the bears were seen near the camp, announcing that the trail was closed.\n", "The rangers"},
		{"The cups were piled in a heap, suggesting the meal ended in haste, the survey team said.\n", "the survey team"},
	})
}

// "tell" in the present is a cue with a subject of its own tense and an addressee then "that";
// "hard to tell", "cannot tell" tell no one anything.
func TestPresentTell(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "plural subjects tell an outlet that", text: "The band's lawyers and Ortiz tell the Daily Post that Lee had no role in the tour.\n",
			want: []wantSource{{sentence: "The band's", source: "lawyers"}, {sentence: "The band's", source: "ortiz"}}},
		{name: "residents tell reporters that", text: "Residents tell reporters that the tap water has been brown for a week.\n",
			want: []wantSource{{sentence: "Residents", source: "residents"}}},
		{name: "'hard to tell' is no cue", text: "It is hard to tell whether the levee held on Monday.\n",
			want: []wantSource{{sentence: "It is hard", source: ""}}},
	})
}

// A title and a name set off by a comma ("head of media relations, Mark Hemingway") name one
// person, whom a later "he" finds; "too early to look at" cannot determine.
func TestApposedNameIsAPersonAndTooEarly(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'he' finds a person named after a title and a comma", text: "Head of press relations, Tom Varga, said the plant stays open. “There has been a lot of talk about the site,” he said.\n",
			want: []wantSource{{sentence: "There has been", source: "varga"}}},
		{name: "'too soon to judge' cannot determine", text: "“It is too soon to judge the effect on jobs,” the union said.\n",
			want: []wantSource{{sentence: "It is too soon", source: "union", stance: "cannot-determine"}}},
	})
	// a sentence-initial title, a comma, a name and a comma before "said" is the subject, not an
	// inverted speaker's clause ("the plant stays open" is what was said)
	checkOneSourceText(t, []oneSourceText{
		{"The head of press relations, Tom Varga, said the plant stays open.\n", "The head of press relations, Tom Varga"},
		{"Director of communications, Tom Varga, said the plant stays open.\n", "Director of communications, Tom Varga"},
	})
}

// Claims and non-claims: a modal in a relative clause set off by a comma describes rather than
// judges; "one possible …" is no count that makes a forecast checkable; being concerned or
// worried is a feeling.
func TestAsidesDeterminersAndConcern(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a modal in a relative aside leaves the main clause a claim", text: "The crash took place near a siding on the line, where one train should wait and the other goes on.\n",
			want: []wantSource{{sentence: "The crash", source: ""}}},
		{name: "a modal in the main clause after an aside is opinion", text: "The plan, which was approved in May, should be scrapped.\n",
			want: []wantSource{{sentence: "The plan", notClaim: true}}},
		{name: "'one possible' is no count", text: "Wet leaves will be one possible line of inquiry.\n",
			want: []wantSource{{sentence: "Wet leaves", notClaim: true}}},
		{name: "'one of' is no count", text: "The harbour will be one of the stops.\n",
			want: []wantSource{{sentence: "The harbour", notClaim: true}}},
		{name: "a count after 'one' stays", text: "The fund will pay one million dollars.\n",
			want: []wantSource{{sentence: "The fund", source: ""}}},
		{name: "a reported concern is a feeling", text: "The trust says it is concerned the new board will become a talking shop.\n",
			want: []wantSource{{sentence: "The trust", notClaim: true}}},
		{name: "a quoted worry is a feeling", text: "“We are worried because a merger brings the prospect of job losses,” he said.\n",
			want: []wantSource{{sentence: "We are worried", notClaim: true}}},
	})
}

// Encouraging someone to act is an appeal; "we are looking for talks" is an intention.
func TestEncouragementAndLooking(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'encouraged … to' is an appeal", text: "The envoy also encouraged all parties in the country to keep the peace.\n",
			want: []wantSource{{sentence: "The envoy", notClaim: true}}},
		{name: "'we are looking for' is an intention", text: "“So we are looking for talks to make sure there will be no forced job cuts,” she said.\n",
			want: []wantSource{{sentence: "So we are", notClaim: true}}},
	})
}

// A meeting held to say something: the subject of "held a news conference (Monday) to
// denounce/announce/say" is the source; a past tense before its object ends the subject, while
// the same word as a participle ("hostages held by", "letters sent to") does not.
func TestMeetingHeldToSay(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"The seven candidates held a news conference Monday to denounce the poll as a fraud.\n", "The seven candidates"},
		{"The mayor held a briefing to say the dam had failed.\n", "The mayor"},
		{"The hostages held by the group said they were fed twice a day.\n", "The hostages held by the group"},
		{"Letters sent to the court said he was a kind neighbour.\n", "Letters sent to the court"},
	})
}

// A coordination reaches its cue past the auxiliaries before it ("Refugees and rights groups
// have complained"); being dismissive of something denies it.
func TestCoordinationBeforeAuxiliariesAndDismissive(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "two sources before 'have complained'", text: "Migrants and aid groups have complained of rough treatment by the border guards.\n",
			want: []wantSource{{sentence: "Migrants", source: "migrants"}, {sentence: "Migrants", source: "aid groups"}}},
		{name: "'was dismissive of' denies", text: "The opposition was dismissive of the cabinet talks on the levy.\n",
			want: []wantSource{{sentence: "The opposition", source: "opposition", stance: "denies"}}},
	})
}

// A hostile act or a breach done by a third person named only by a pronoun ("They really
// attacked", "he violated") is imputed to them; the victim of an act accuses whoever did it;
// a plural source's "they" is its own act, and "was attacked" suffers it. "responded by saying"
// ends its subject at the verb.
func TestPronounAgentsAndVictims(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'they attacked' in a spokesman's words accuses", text: "“They really attacked the position of the village,” Kabalu said.\n",
			want: []wantSource{{sentence: "They really", source: "kabalu", stance: "accuses"}}},
		{name: "'he violated' accuses", text: "The motion against Mays says he violated several orders from the chair.\n",
			want: []wantSource{{sentence: "The motion", source: "motion", stance: "accuses"}}},
		{name: "a plural source's 'they' is its own act", text: "Police said they fired on the car after it rammed a barrier.\n",
			want: []wantSource{{sentence: "Police", source: "police", stance: "asserts"}}},
		{name: "'he was attacked' suffers the act", text: "Smith said he was attacked outside the bar.\n",
			want: []wantSource{{sentence: "Smith", source: "smith", stance: "asserts"}}},
		{name: "a victim of sabotage accuses", text: "The carrier responded by saying it had been the victim of at least a dozen acts of sabotage.\n",
			want: []wantSource{{sentence: "The carrier", source: "carrier", stance: "accuses"}}},
	})
	checkOneSourceText(t, []oneSourceText{{"The carrier responded by saying its lines were cut.\n", "The carrier"}})
}

// Site furniture and notes that are no claims: copyright and "with files from" lines, "The post
// … appeared first on …", a wire's bracketed outlet and date; details "not available", "will
// not be releasing any more information", "it remains unclear"; a statement handed over with
// nothing said of it ("gave a brief clarification on Monday", "provided a comment on the
// matter:"), whose author "from X" speaks the quotation that follows; a quotation that runs on
// into a paragraph that only closes it; a stated priority is a pledge.
func TestFurnitureNotesAndHandedStatements(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a copyright line", text: "The bank cut rates.\n\n© 2022 Wire Service\n", want: []wantSource{{sentence: "© 2022", notClaim: true}}},
		{name: "'Copyright' and a year", text: "The bank cut rates.\n\nCopyright 2024 The Wire Service.\n", want: []wantSource{{sentence: "Copyright", notClaim: true}}},
		{name: "'with files from'", text: "The bank cut rates.\n\nWith files from City Radio\n", want: []wantSource{{sentence: "With files", notClaim: true}}},
		{name: "'appeared first on'", text: "The bank cut rates.\n\nThe post Mix-Up At The Clinic Leads To A Long State Probe Of Its Drug Records appeared first on County News – Butler, PA.\n",
			want: []wantSource{{sentence: "The post", notClaim: true}}},
		{name: "a story's 'appeared first on' stays a claim", text: "The clip appeared first on a Telegram channel on Monday, police said.\n",
			want: []wantSource{{sentence: "The clip", source: "police"}}},
		{name: "a bracketed outlet and date", text: "The bank cut rates.\n\n(Capital News Agency March 12, 2007)\n", want: []wantSource{{sentence: "(Capital", notClaim: true}}},
		{name: "a bracketed sentence of the story stays", text: "(The firm was fined in 2019 for the leak.)\n", want: []wantSource{{sentence: "(The firm", source: ""}}},
		{name: "details not available", text: "Specific details of the inquiry are not available.\n", want: []wantSource{{sentence: "Specific", notClaim: true}}},
		{name: "no more information released", text: "The college will not be releasing any additional information.\n", want: []wantSource{{sentence: "The college", notClaim: true}}},
		{name: "'it remains unclear'", text: "It remains unclear if or how the other college may be linked to the case.\n", want: []wantSource{{sentence: "It remains", notClaim: true}}},
		{name: "a clarification handed over", text: "A spokesman gave a brief clarification on Monday.\n", want: []wantSource{{sentence: "A spokesman", notClaim: true}}},
		{name: "a comment introduced with a colon", text: "The campus police chief provided a comment on the matter:\n\n“The campus is safe and the suspect is in custody.”\n",
			want: []wantSource{{sentence: "The campus police", notClaim: true}, {sentence: "The campus is safe", source: "police chief"}}},
		{name: "a statement from its author", text: "Officials confirmed the error. They released a statement to us from Dr. Tom Gill, who is head of safety.\n\n“The reported incident happened.”\n",
			want: []wantSource{{sentence: "They released", notClaim: true}, {sentence: "The reported", source: "gill"}}},
		{name: "a quotation closed in the next paragraph", text: "The chief gave a statement:\n\n“Our first task is to find the boy.\n\nWe have searched 40 homes in the valley.”\n",
			want: []wantSource{{sentence: "We have searched", source: "chief"}}},
		{name: "a stated priority is a pledge", text: "“The university’s immediate priority has been to support the victims,” the dean said.\n",
			want: []wantSource{{sentence: "The university", notClaim: true}}},
	})
}

// Stance: a wrong under inquiry is looked into, not imputed; "still inspecting" cannot
// determine; "it ain't me" denies.
func TestInquiriesStillInspectingAndNotMe(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "investigating allegations of misconduct asserts", text: "A college spokesman said the police are investigating allegations of sexual misconduct involving several students.\n",
			want: []wantSource{{sentence: "A college", source: "spokesman", stance: "asserts"}}},
		{name: "misconduct imputed outright still accuses", text: "The union said managers harassed the pickets for weeks.\n",
			want: []wantSource{{sentence: "The union", source: "union", stance: "accuses"}}},
		{name: "'still inspecting' cannot determine", text: "“The mechanics are still inspecting the engine,” he said.\n",
			want: []wantSource{{sentence: "The mechanics", source: "he", stance: "cannot-determine"}}},
		{name: "'it ain't me' denies", text: "“I don't know, it ain't me,” the suspect said.\n",
			want: []wantSource{{sentence: "I don't know", source: "suspect", stance: "denies"}}},
	})
}

// A headline's suffix may end in its verb ("… - Hearts coach Slavko Matic admits"); a sentence
// opened by a participle of speaking ("Speaking at the press conference, a furious Matic …")
// names its speaker as the main clause's subject, unless that subject has a cue of its own.
func TestHeadlineSuffixVerbAndOpeningParticiples(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"Speaking at the post-match press conference, a furious Petrov tried to stay calm but ended up blaming the referee.\n", "Petrov"},
		{"Speaking to reporters on Monday, the minister defended the plan.\n", "the minister"},
	})
	checkConstructions(t, []construction{
		{name: "a headline suffix's closing verb is its cue", text: "# It was a foul - Rovers coach Ivan Petrov admits\n\nThe team lost on Sunday in the rain.\n",
			want: []wantSource{{sentence: "It was a foul", source: "petrov", cue: "admits"}}},
		{name: "the main verb's cue is kept", text: "Writing in the journal, the authors said the drug cut deaths by a third.\n",
			want: []wantSource{{sentence: "Writing", source: "authors", cue: "said"}}},
	})
}

// Wrongs in plain words accuse: abusing a trust, assaults, arson, detention without charge,
// wilful damage, a regulator's "systemic weaknesses", reckless driving, slurs; an appeal to stop
// "reckless attacks" condemns and still asserts.
func TestMoreWrongsInPlainWords(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "abusing a trust", text: "The judge said he abused the trust of the members for years.\n",
			want: []wantSource{{sentence: "The judge", source: "judge", stance: "accuses"}}},
		{name: "detained without charge", text: "The rights group said more than 300 people are still detained without charge.\n",
			want: []wantSource{{sentence: "The rights", source: "group", stance: "accuses"}}},
		{name: "wilful acts of damage", text: "The utility said the outage was due to wilful acts of damage at three pumping stations.\n",
			want: []wantSource{{sentence: "The utility", source: "utility", stance: "accuses"}}},
		{name: "a regulator's systemic weaknesses", text: "The regulator said it found serious and systemic weaknesses in the bank's checks.\n",
			want: []wantSource{{sentence: "The regulator", source: "regulator", stance: "accuses"}}},
		{name: "reckless driving", text: "The union said there was a pattern of reckless driving by managers near the picket lines.\n",
			want: []wantSource{{sentence: "The union", source: "union", stance: "accuses"}}},
		{name: "a plea to stop reckless attacks asserts", text: "“These reckless attacks must stop,” a defence official said.\n",
			want: []wantSource{{sentence: "These reckless", source: "official", stance: "asserts"}}},
	})
}

// The subject of a verb that launches a hostile act ("launched a series of bombings", "staged
// an attack") did it: a third party accused, unless it is the source itself or "we".
func TestLaunchedActs(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an acronym launched bombings", text: "IS launched a series of 23 bombings in the city that day, it said.\n",
			want: []wantSource{{sentence: "IS launched", source: "it", stance: "accuses"}}},
		{name: "rebels staged an attack", text: "The rebels staged an attack on the base, the governor said.\n",
			want: []wantSource{{sentence: "The rebels", source: "governor", stance: "accuses"}}},
		{name: "the source's own raid", text: "Police launched a raid on the house, police said.\n",
			want: []wantSource{{sentence: "Police launched", source: "police", stance: "asserts"}}},
		{name: "'we launched' is one's own act", text: "We launched an attack on the base, the rebel commander said.\n",
			want: []wantSource{{sentence: "We launched", source: "commander", stance: "asserts"}}},
	})
}

// A same-head anaphor ("The ministry") finds the body named with that head before a more recent
// source that is only of the same kind; a sentence opened by a participle of denial ("While
// denying that …, the ministry said …") makes its main speaker deny.
func TestSameHeadAnaphorsAndOpeningDenials(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'While denying …,' denies", text: "While denying that its officials had held direct talks with the envoy, the ministry said contacts were possible.\n",
			want: []wantSource{{sentence: "While denying", source: "ministry", stance: "denies"}}},
		{name: "'Denying the charges,' denies", text: "Denying the charges, the mayor said he had done nothing wrong.\n",
			want: []wantSource{{sentence: "Denying", source: "mayor", stance: "denies"}}},
	})
	res := sharedExtractor(t).Extract("case.md", []byte("The ministry said the roads were open. The mayor said the bridge was shut. The ministry said 40 buses ran.\n"))
	require.Len(t, res.Document.Claims, 3)
	require.Len(t, res.Document.Claims[2].Attributions, 1)
	assert.Equal(t, "The ministry", res.Document.Claims[2].Attributions[0].Source, "'The ministry' is the ministry named first, not the mayor")
}

// "X did not know if …" is a source that cannot determine, also in a clause after another
// source's report (the first source's report does not undo it); a joint statement about
// something is news, not an announcement of words to come.
func TestDidNotKnowAndJointStatements(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a second source that did not know", text: "The officers had body cameras, police said, but Shearer did not know if they had switched them on.\n",
			want: []wantSource{{sentence: "The officers", source: "police", stance: "asserts"}, {sentence: "The officers", source: "shearer", stance: "cannot-determine"}}},
		{name: "a joint statement about a merger", text: "The bank has issued a joint statement with the Bank of Scotland about a possible merger.\n",
			want: []wantSource{{sentence: "The bank", source: "bank"}}},
	})
}

// "blasted X for …" is criticism, an accusation like "slammed"; "blasted off" is no cue.
func TestBlasted(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'blasted … for' accuses", text: "The trustee blasted the board on Thursday for what he called a public-relations ploy.\n",
			want: []wantSource{{sentence: "The trustee", source: "trustee", stance: "accuses"}}},
		{name: "'blasted off' is no cue", text: "The rocket blasted off at noon, officials said.\n",
			want: []wantSource{{sentence: "The rocket", source: "officials", stance: "asserts"}}},
	})
}

// "falsely" after a person or a group as the subject of a verb of saying says they lied: an
// accusation; after a passive ("had been falsely accused") or a report ("the report falsely
// stated") it is a denial.
func TestFalselyBySomeone(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a group that falsely claimed", text: "The ministry insists that the migrants entered the country illegally and falsely claimed they came for treatment.\n",
			want: []wantSource{{sentence: "The ministry", source: "ministry", stance: "accuses"}}},
		{name: "he falsely claimed", text: "The mayor said he falsely claimed to have a degree.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor", stance: "accuses"}}},
		{name: "falsely accused denies", text: "The firm said it had been falsely accused of hiding the losses.\n",
			want: []wantSource{{sentence: "The firm", source: "firm", stance: "denies"}}},
		{name: "a report that falsely stated denies", text: "The minister said the report falsely stated that he had resigned.\n",
			want: []wantSource{{sentence: "The minister", source: "minister", stance: "denies"}}},
	})
}

// A speaker saying it did not do something denies its own act ("I did not hire him", "We
// never sold arms"); not seeing or knowing is testimony, and "…, but we didn't score" admits a
// failure.
func TestOwnActDenied(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "'I did not hire' denies", text: "“I did not hire him to promote the band,” Nobles said.\n",
			want: []wantSource{{sentence: "I did not hire", source: "nobles", stance: "denies"}}},
		{name: "'I have not taken' denies", text: "“I have not taken this or any other banned substance,” the rider said.\n",
			want: []wantSource{{sentence: "I have not taken", source: "rider", stance: "denies"}}},
		{name: "'We never sold' denies", text: "“We never sold arms to them,” the ministry said.\n",
			want: []wantSource{{sentence: "We never sold", source: "ministry", stance: "denies"}}},
		{name: "'I did not see' is testimony", text: "“I did not see the car,” the witness said.\n",
			want: []wantSource{{sentence: "I did not see", source: "witness", stance: "asserts"}}},
		{name: "'but we didn't score' admits a failure", text: "“We brought in a new striker to score goals, but we didn't score,” the coach said.\n",
			want: []wantSource{{sentence: "We brought", source: "coach", stance: "asserts"}}},
	})
}

// A source that says it denies denies: in its own words ("We categorically deny …", "I have
// denied this charge"), or as the pronoun subject of the denial it is reported to make ("X said
// she denies the charges") when the pronoun agrees with it ("Police said he denied …" reports
// someone else's denial). Calling the allegations wrong, an admission of nothing wrong and not
// being able to be sure are answers too; "the concerned individual" is the one in question, not a
// feeling.
func TestSelfDenialsWrongClaimsAndUnsure(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a quoted first-person denial", text: "“We firmly deny the stories printed about the deal,” the spokesman said.\n",
			want: []wantSource{{sentence: "We firmly deny", source: "spokesman", stance: "denies"}}},
		{name: "a negated first-person denial asserts", text: "“We do not deny that the two men spoke,” the spokesman said.\n",
			want: []wantSource{{sentence: "We do not deny", source: "spokesman", stance: "asserts"}}},
		{name: "the speaker as the pronoun subject of a denial", text: "Mira Tanaka is taking a break.\nTanaka said in a statement on her page that she denies every count against her.\n",
			want: []wantSource{{sentence: "Tanaka said", source: "tanaka", stance: "denies"}}},
		{name: "a body as 'it'", text: "The airline said it rejected the union's figures.\n",
			want: []wantSource{{sentence: "The airline", source: "airline", stance: "denies"}}},
		{name: "a pronoun that does not agree reports another's denial", text: "Police said he denied the theft.\n",
			want: []wantSource{{sentence: "Police", source: "police", stance: "asserts"}}},
		{name: "allegations called wrong", text: "“The reports about a missing guard are wrong, as the concerned guard was found at home,” said the warden.\n",
			want: []wantSource{{sentence: "The reports about", source: "warden", stance: "denies"}}},
		{name: "nothing wrong admitted", text: "“Taking the ban is not an admission that I have done anything wrong,” he said.\n",
			want: []wantSource{{sentence: "Taking the ban", source: "he", stance: "denies"}}},
		{name: "could not be sure", text: "Clinic staff said they could not be sure the tools had been cleaned.\n",
			want: []wantSource{{sentence: "Clinic staff", source: "staff", stance: "cannot-determine"}}},
	})
}

// Sources that are not: a reason after an opening "Citing" ("Citing falling sales, …"; "Citing
// two officials" still names a source), the "it" of a passive ("It was also claimed that …"), a
// wish that someone act ("They want the company to end …"). Sources found after "by" when a
// passive verb of denial names them ("The claim was refuted by the police"); what a document
// does its author does ("X published an article alleging …"); "has never been used" denies.
func TestCitedReasonsExpletivesAndPassiveDenials(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a reason cited, no other source", text: "Citing falling sales, the maker cut 200 jobs.\n",
			want: []wantSource{{sentence: "Citing", source: ""}}},
		{name: "people cited are a source", text: "Citing two officials, the agency said the plan was dropped.\n",
			want: []wantSource{{sentence: "Citing", source: "officials"}, {sentence: "Citing", source: "agency"}}},
		{name: "the it of a passive", text: "It was also claimed that one of the marchers was missing.\n",
			want: []wantSource{{sentence: "It was", source: ""}}},
		{name: "a referring it stays", text: "The ministry issued a statement on Monday. It said the dam had failed.\n",
			want: []wantSource{{sentence: "It said", source: "it"}}},
		{name: "a wish that someone act", text: "Drivers walked out on Monday. They also want the firm to scrap its agency contracts.\n",
			want: []wantSource{{sentence: "They also", source: ""}}},
		{name: "a passive denial names its source after by", text: "The claim was refuted by the city police.\n",
			want: []wantSource{{sentence: "The claim", source: "police", stance: "denies"}}},
		{name: "an article alleging", text: "A weekly published an article alleging the firm had tracked reporters.\n",
			want: []wantSource{{sentence: "A weekly", source: "weekly", stance: "accuses"}}},
		{name: "never been involved", text: "The company added that its staff had never been involved in the tracking.\n",
			want: []wantSource{{sentence: "The company", source: "company", stance: "denies"}}},
		{name: "never been used in combat is a record, not a denial", text: "The new missile has never been used in combat, the maker said.\n",
			want: []wantSource{{sentence: "The new missile", source: "maker", stance: "asserts"}}},
	})
	checkOneSourceText(t, []oneSourceText{
		{"Citing one of the missed tests, Roe said he was at the hotel.\n", "Roe"}, // not also "one of the missed tests"
	})
}

// An outlet's closing "said" after another source's report relays it ("The ministry denied
// …, the Mehr news agency said"), as its opening "said" before another source's words does;
// an outlet alone still speaks. "As per" is "according to", unless what follows is a norm
// ("paid as per the contract").
func TestClosingOutletsAndAsPer(t *testing.T) {
	res := sharedExtractor(t).Extract("case.md", []byte("The foreign ministry on Wednesday denied reports that the two sides met, the Mehr news agency said.\n\nCNBC said the two sides met.\n"))
	require.Len(t, res.Sentences, 2)
	first, second := res.Sentences[0], res.Sentences[1]
	require.Len(t, first.Attributions, 1, "%+v", first.Attributions)
	assert.Equal(t, "The foreign ministry", first.Attributions[0].SourceText)
	assert.Equal(t, "denies", first.Attributions[0].Stance)
	assert.Equal(t, []string{"mehr"}, first.Attributions[0].Via)
	require.Len(t, second.Attributions, 1)
	assert.Equal(t, "CNBC", second.Attributions[0].SourceText)
	checkConstructions(t, []construction{
		{name: "as per a source", text: "As per the regional police, the driver fled the scene.\n",
			want: []wantSource{{sentence: "As per", source: "police", cue: "As per"}}},
		{name: "as per a norm", text: "The fee was paid as per the contract.\n",
			want: []wantSource{{sentence: "The fee", source: ""}}},
	})
}

// "Refused to rule out" answers without settling; a bare plural with a modifier ("Health
// officials said") is a source of its own, not an anaphor for the last official named; after
// "according to", coordinated sources are each a source ("both the state report and hospital
// officials"), but not a body's name with "and" in it ("the ministry of health and welfare").
func TestRuleOutBarePluralsAndCoordinatedAccordingTo(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "refused to rule out", text: "Education Minister Carl Dane also has refused to rule out cuts to research funding.\n",
			want: []wantSource{{sentence: "Education Minister", source: "dane", stance: "cannot-determine"}}},
	})
	checkOneSourceText(t, []oneSourceText{
		{"The figures were compiled by the ministry of health and welfare.\n", "the ministry of health and welfare"},
	})
	both := sharedExtractor(t).Extract("case.md", []byte("No patients were harmed, according to both the state report and hospital officials.\n"))
	require.Len(t, both.Sentences, 1)
	var texts []string
	for _, a := range both.Sentences[0].Attributions {
		texts = append(texts, a.SourceText)
	}
	assert.Equal(t, []string{"the state report", "hospital officials"}, texts)
	res := sharedExtractor(t).Extract("case.md", []byte("Education Minister Carl Dane also has refused to rule out cuts to research funding.\n\nThe coach would not rule out a return next season.\n\nHealth officials said the results, according to both the state report and hospital officials, showed no harm.\n"))
	require.Len(t, res.Sentences, 3)
	require.NotEmpty(t, res.Sentences[2].Attributions)
	assert.Equal(t, "Health officials", res.Sentences[2].Attributions[0].SourceText)
	assert.NotContains(t, res.Sentences[2].Attributions[0].Source, "Dane", "a bare plural is no anaphor")
}

// Guards from review: outlets named by common words or surnames are not found in ordinary
// words; a contrasting outlet is a source, not a relay; a territory "disputed by" two states
// is no denial; people cited are sources; a wish is only "want/hope … to"; norms after "as
// per"; judging an act wrong, dismissing staff and rejecting violence deny no claim; "had not
// done anything wrong" denies.
func TestReviewGuardsForCuesAndOutlets(t *testing.T) {
	for _, text := range []string{
		"A Hindu priest said the temple would reopen.\n", "An insider said the deal was off.\n",
		"Officials at the spa said the pool was closed.\n", "Fiona Hill testified on Tuesday. Hill said the call was unusual.\n",
		"Dawn said she saw the car.\n", "Steve Forbes spoke first. Forbes said taxes were too high.\n",
	} {
		res := sharedExtractor(t).Extract("case.md", []byte(text))
		for _, s := range res.Sentences {
			for _, a := range s.Attributions {
				assert.False(t, strings.HasPrefix(a.Resolved, "registry"), "%q: %q is no registered outlet (%s)", text, a.SourceText, a.Source)
			}
		}
	}
	checkConstructions(t, []construction{
		{name: "a contrasting outlet is a source", text: "Acme denied wrongdoing, but CNBC said internal emails showed otherwise.\n",
			want: []wantSource{{sentence: "Acme", source: "acme", stance: "denies"}, {sentence: "Acme", source: "cnbc", stance: "asserts"}}},
		{name: "a disputed territory", text: "Kashmir, a region disputed by India and Pakistan, was hit by an earthquake on Monday.\n",
			want: []wantSource{{sentence: "Kashmir", source: ""}}},
		{name: "sources cited", text: "Citing sources familiar with the matter, the paper said the deal was off.\n",
			want: []wantSource{{sentence: "Citing", source: "sources familiar"}, {sentence: "Citing", source: "paper"}}},
		{name: "witnesses cited", text: "Citing witnesses, the agency said six people died.\n",
			want: []wantSource{{sentence: "Citing", source: "witnesses"}}},
		{name: "agreed that", text: "The minister agreed the decision to close the plant was a mistake.\n",
			want: []wantSource{{sentence: "The minister", source: "minister"}}},
		{name: "wrong to release", text: "The inquiry report said police were wrong to release the suspect.\n",
			want: []wantSource{{sentence: "The inquiry", source: "report", stance: "asserts"}}},
		{name: "dismissing staff", text: "“We dismissed 40 staff in March,” the chief executive said.\n",
			want: []wantSource{{sentence: "We dismissed", source: "chief executive", stance: "asserts"}}},
		{name: "rejecting violence", text: "“We reject violence in all its forms,” the group said.\n",
			want: []wantSource{{sentence: "We reject", source: "group", stance: "asserts"}}},
		{name: "had not done anything wrong", text: "The coach insisted he had not done anything wrong.\n",
			want: []wantSource{{sentence: "The coach", source: "coach", stance: "denies"}}},
	})
	checkOneSourceText(t, []oneSourceText{
		{"The shipment was delivered as per the agreement, the company said.\n", "the company"},
	})
	res := sharedExtractor(t).Extract("case.md", []byte("Citing intelligence reports, officials said the convoy had left.\n"))
	var texts []string
	for _, a := range res.Sentences[0].Attributions {
		texts = append(texts, a.SourceText)
	}
	assert.Equal(t, []string{"intelligence reports", "officials"}, texts, "what is cited runs to its comma, and holds no cue")
}

// Notes and lines that are no claims: calls and messages not returned, details not released,
// "could not discuss"; a byline ("By Allen Cone, UPI"; not a title-case headline with a full
// stop); a sentence that is only a speaker, its verb and whom it told ("Bradshaw told Local 10
// News."). A past tense without -ed ends a subject ("Staff at the hotel broke down a door …, X
// told CNN" is X's).
func TestUnansweredCallsBylinesAndBareSpeakers(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "calls not returned", text: "Messages left for the company were not returned.\n", want: []wantSource{{sentence: "Messages", notClaim: true}}},
		{name: "inquiries not answered", text: "Inquiries to the campus police were not immediately answered on Monday.\n", want: []wantSource{{sentence: "Inquiries", notClaim: true}}},
		{name: "details not released", text: "Details about how the fire started were not released at the briefing.\n", want: []wantSource{{sentence: "Details", notClaim: true}}},
		{name: "could not discuss", text: "He also could not discuss what kind of knife was found.\n", want: []wantSource{{sentence: "He also", notClaim: true}}},
		{name: "a returned car is a claim", text: "The stolen car was returned to its owner on Friday, police said.\n", want: []wantSource{{sentence: "The stolen", source: "police"}}},
		{name: "a byline", text: "By Allen Cone, UPI\n\nThe river rose overnight.\n", want: []wantSource{{sentence: "By Allen", notClaim: true}}},
		{name: "a title-case line is no byline", text: "By Friday, Police Had Found Him.\n", want: []wantSource{{sentence: "By Friday", source: ""}}},
		{name: "only a speaker and whom it told", text: "Bradshaw told Local 10 News.\n\n“It was huge,” he said.\n", want: []wantSource{{sentence: "Bradshaw", notClaim: true}}},
		{name: "told with what was said", text: "The mayor told reporters the bridge was safe.\n", want: []wantSource{{sentence: "The mayor", source: "mayor"}}},
	})
	checkOneSourceText(t, []oneSourceText{
		{"Staff at the hotel broke down a door to reach him, Tia Rocca, the head of the festival, told CNN.\n", "Tia Rocca, the head of the festival"},
	})
}

// Wrongs in plain words: shouting profanities, intimidation, forcing people, bound hands,
// mistreatment and beatings impute a breach; a "crackdown" (often a policy) does not.
func TestMoreWrongsProfanitiesAndForce(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "profanities", text: "The resolution states that he shouted profanities at council members.\n",
			want: []wantSource{{sentence: "The resolution", source: "resolution", stance: "accuses"}}},
		{name: "forced onto a bus", text: "A resident told reporters that soldiers forced the residents onto a bus.\n",
			want: []wantSource{{sentence: "A resident", source: "resident", stance: "accuses"}}},
		{name: "beaten", text: "The man was beaten by unknown attackers, police said.\n",
			want: []wantSource{{sentence: "The man", source: "police", stance: "accuses"}}},
		{name: "a crackdown is a policy", text: "The council said the crackdown on illegal parking would start in May.\n",
			want: []wantSource{{sentence: "The council", source: "council", stance: "asserts"}}},
	})
}

// A lower-case one-word source suffix in a headline ("…: media"); "did not elaborate" is a note;
// "disputing" and "refuting" deny; a noun that only modifies the head is not what is rejected
// ("Refutes … Trade Deal Remarks" refutes remarks; "rejected the deal" stays a vote); a past tense
// before "by" is a participle inside the subject ("The family of a man shot by an officer
// disputes …"); a sentiment followed by what happened is no source for it ("expressed
// satisfaction after a judge denied …").
func TestSuffixesElaborationDisputingAndSentiments(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a lower-case suffix", text: "# 21 miners trapped after coal mine flood: media\n\nRescuers were at the site.\n",
			want: []wantSource{{sentence: "21 miners", source: "media"}}},
		{name: "did not elaborate", text: "She did not elaborate.\n", want: []wantSource{{sentence: "She did", notClaim: true}}},
		{name: "disputing", text: "The family is disputing the police account.\n",
			want: []wantSource{{sentence: "The family", source: "family", stance: "denies"}}},
		{name: "a modifier is not what is refuted", text: "# India Refutes Trump Trade Deal Remarks\n\nTalks go on.\n",
			want: []wantSource{{sentence: "India", source: "india", stance: "denies"}}},
		{name: "a rejected deal is a vote", text: "The union rejected the deal on Sunday.\n",
			want: []wantSource{{sentence: "The union", source: ""}}},
		{name: "a participle before by", text: "The family of a man shot by an officer disputes the police account.\n",
			want: []wantSource{{sentence: "The family", source: "family", stance: "denies"}}},
		{name: "a sentiment, then what happened", text: "The legal team expressed satisfaction on Friday after a judge denied the request.\n",
			want: []wantSource{{sentence: "The legal", source: ""}}},
		{name: "a sentiment alone is no claim", text: "Schmidt expressed optimism the team can cope without its striker.\n",
			want: []wantSource{{sentence: "Schmidt", notClaim: true}}},
	})
}

// Allegations by someone accuse; having yet to estimate, no initial indication, not having the
// details cannot determine ("no signs of forced entry" is a finding); "the agency" does not refer
// back to a person named before it.
func TestAllegationsByAndNotYetKnown(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "allegations by", text: "The president mounted a defence against allegations by a former senator.\n",
			want: []wantSource{{sentence: "The president", source: "senator", stance: "accuses"}}},
		{name: "yet to estimate", text: "The company has yet to estimate the cost of the cleanup, said spokesman Ron Mateas.\n",
			want: []wantSource{{sentence: "The company", source: "mateas", stance: "cannot-determine"}}},
		{name: "no initial indication", text: "There is no initial indication of sabotage, the two officials said.\n",
			want: []wantSource{{sentence: "There is", source: "officials", stance: "cannot-determine"}}},
		{name: "no signs of forced entry is a finding", text: "The detective said there were no signs of forced entry at the house.\n",
			want: []wantSource{{sentence: "The detective", source: "detective", stance: "asserts"}}},
		{name: "not having the details", text: "“We still do not have any clear details on the casualties,” the army spokesman said.\n",
			want: []wantSource{{sentence: "We still", source: "spokesman", stance: "cannot-determine"}}},
	})
	res := sharedExtractor(t).Extract("case.md", []byte("The president mounted a defence against allegations by a former senator.\n\nThe agency said the risk was small.\n"))
	require.Len(t, res.Sentences, 2)
	require.NotEmpty(t, res.Sentences[1].Attributions)
	assert.NotContains(t, res.Sentences[1].Attributions[0].Source, "senator", "a body is no person's anaphor")
}

// The scene runs through "the X region of Y" (Y is where it happened, no party); an opening time
// before the story's ("In December,", "Three months earlier,") makes a sentence context, not a
// figure stated as news; acts of sabotage impute a wrong though no one is named.
func TestSceneRegionsEarlierEventsAndSabotage(t *testing.T) {
	res := sharedExtractor(t).Extract("case.md", []byte("The firm said most of the spills in the Delta region of Nigeria were acts of sabotage.\n"))
	require.Len(t, res.Document.Claims, 1)
	assert.NotContains(t, res.Document.Claims[0].Subjects, "nigeria", "the scene is no party")
	require.NotEmpty(t, res.Sentences[0].Attributions)
	assert.Equal(t, "accuses", res.Sentences[0].Attributions[0].Stance)
	for _, text := range []string{"In December, 23 people were killed in a mine in the same city.\n", "Three months earlier, 16 people died in a separate mine.\n"} {
		res := sharedExtractor(t).Extract("case.md", []byte(text))
		require.Len(t, res.Document.Claims, 1, text)
		assert.Equal(t, claims.KindBackground, res.Document.Claims[0].Kind, text)
	}
	res = sharedExtractor(t).Extract("case.md", []byte("On Monday, 23 people were killed in a mine in the city.\n"))
	require.Len(t, res.Document.Claims, 1)
	assert.Equal(t, claims.KindQuantity, res.Document.Claims[0].Kind, "the day of the news is no earlier event")
}

// An order given is no report: the sentence that gives it is no claim ("The mayor told
// residents to leave the valley."); one inside a clause is part of what happened, not its
// source ("When the officer told the man to drop the gun, he did not comply …"). "Will often"
// is habitual, not a forecast.
func TestOrdersAndHabits(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an order", text: "The mayor told residents to leave the valley.\n", want: []wantSource{{sentence: "The mayor", notClaim: true}}},
		{name: "an order inside a clause", text: "When the officer told the man to drop the gun, he did not comply and the officer fired.\n",
			want: []wantSource{{sentence: "When the officer", source: ""}}},
		{name: "told with a report", text: "Police told the paper the man was armed.\n", want: []wantSource{{sentence: "Police", source: "police"}}},
		{name: "will often", text: "Kaufman says animals will often hide weakness from their keepers.\n",
			want: []wantSource{{sentence: "Kaufman", source: "kaufman"}}},
	})
}

// "No meeting or talks took place", "no letter was handed over", "No video or other evidence
// has come to light" deny what was reported; "No injuries were reported" is a finding, and
// "there was no meeting" stays as it was read.
func TestNoSuchThingDenies(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "no meeting took place", text: "“No meeting or talks took place on the sidelines,” the spokesman told the agency.\n",
			want: []wantSource{{sentence: "No meeting", source: "spokesman", stance: "denies"}}},
		{name: "no letter was handed over", text: "“As no meeting took place, naturally no letter was handed over,” the envoy said.\n",
			want: []wantSource{{sentence: "As no meeting", source: "envoy", stance: "denies"}}},
		{name: "no evidence has come to light", text: "No video or other evidence has come to light, the officer said.\n",
			want: []wantSource{{sentence: "No video", source: "officer", stance: "denies"}}},
		{name: "no injuries is a finding", text: "No injuries were reported, police said.\n",
			want: []wantSource{{sentence: "No injuries", source: "police", stance: "asserts"}}},
	})
}

// Titles and place names abbreviated with a period ("Fr. Tiso", "the St. Petersburg Times") stay
// one phrase; an aside closes before a time phrase ("Acme, the maker of widgets, on Tuesday
// denied"); a coordination of bare nouns after a preposition is one phrase ("associations for
// zoos and aquariums"); "as cited by a news agency" and a court that heard what a source said
// relay that source; "was quoted as saying" is said by its subject; "…, the statement read."
func TestNamesAsidesAndRelaysOfRealProse(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"The visit was planned for months, reported the St. Petersburg Times.\n", "the St. Petersburg Times"},
		{"The attack was horrifying, said Fr. Tiso, a priest.\n", "Fr. Tiso"},
		{"Acme, the largest maker of widgets, on Tuesday denied the report.\n", "Acme, the largest maker of widgets"},
		{"The Herald, a paper in the north, on Friday said the leader signed it.\n", "The Herald"},
		{"One of the top associations for zoos and aquariums says the zoo has a fine record.\n", "One of the top associations for zoos and aquariums"},
		{"Excavations started in 2008 when the mission found a church, the statement read.\n", "the statement"},
		{"“When you see this damage, you know it is an attack,” Tiso was quoted as saying in the Times.\n", "Tiso"},
		{"The man accused of murder told police he was innocent.\n", "The man accused of murder"},
		{"The woman charged with fraud said she had done nothing wrong.\n", "The woman charged with fraud"},
	})
	checkRelayed(t, []relayedText{
		{"He stressed that the deal has to work for both sides, as cited by a news agency.\n", "He", "a news agency"},
		{"As reported by domestic media outlets, the minister said the talks were close to a deal.\n", "the minister", "domestic media outlets"},
		{"The accused told police he did not kill her, a court heard.\n", "The accused", "a court"},
	})
	checkConstructions(t, []construction{
		{name: "a court hears what it reports", text: "The court heard that the man was arrested on an unrelated matter.\n",
			want: []wantSource{{sentence: "The court", source: "court", cue: "heard"}}},
		{name: "a jury that heard a source relays it", text: "A jury heard that Sam Hale told officers that he had not harmed the boy.\n",
			want: []wantSource{{sentence: "A jury", source: "hale", stance: "denies"}}},
		{name: "residents who heard gunfire report nothing", text: "Residents heard gunfire near the base.\n",
			want: []wantSource{{sentence: "Residents", source: ""}}},
		{name: "alerting customers that", text: "The retailer is alerting some customers that hackers may have accessed their data.\n",
			want: []wantSource{{sentence: "The retailer", source: "retailer", cue: "alerting"}}},
		{name: "alerting police is an act", text: "A neighbour alerted police after hearing a scream.\n",
			want: []wantSource{{sentence: "A neighbour", source: ""}}},
	})
}

// Stance in real prose: a source's pronoun that denies its own act ("X told police he did not
// kill her"), a headline's elided one ("Didn't kill her, accused told police"), not a thing
// withheld ("We did not release a case number"); brushing off reports denies them; crying foul
// accuses; a report called fictitious is denied; "still under investigation" cannot determine.
func TestStanceOfOwnActsDismissalsAndInquiries(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a full name whose surname ends in -s denies his act", text: "Sam Hughes told officers that he had not harmed the teenager.\n",
			want: []wantSource{{sentence: "Sam Hughes", source: "hughes", stance: "denies"}}},
		{name: "the accused denies his act", text: "The accused told police he did not kill her.\n",
			want: []wantSource{{sentence: "The accused", source: "accused", stance: "denies"}}},
		{name: "an elided subject in a headline", text: "# Didn't kill the teenager, accused told police\n\nThe trial opened on Monday.\n",
			want: []wantSource{{sentence: "Didn't kill", source: "accused", stance: "denies", cue: "told"}}},
		{name: "withholding a number is no denial", text: "“We did not release a specific case number Friday because reports were still coming in,” said Tad Soto, spokesman for the district.\n",
			want: []wantSource{{sentence: "We did not", source: "soto", stance: "cannot-determine"}}}, // not released: not known yet, no denial
		{name: "brushing off the reports", text: "The prime minister's office brushed off the reports, saying no such talks could happen.\n",
			want: []wantSource{{sentence: "The prime", source: "office", stance: "denies", cue: "brushed off"}}},
		{name: "crying foul", text: "The opposition has cried foul over alleged ballot fraud.\n",
			want: []wantSource{{sentence: "The opposition", source: "opposition", stance: "accuses"}}},
		{name: "a statement called fictitious", text: "The rival's statement about new talks is fictitious, the office said.\n",
			want: []wantSource{{sentence: "The rival", source: "office", stance: "denies"}}},
		{name: "still under investigation", text: "“The nature of the attack is still under investigation,” the email said.\n",
			want: []wantSource{{sentence: "The nature", source: "email", stance: "cannot-determine"}}},
	})
}

// Notes and appeals that are no claims in real prose: a passive note that something could not
// be verified (a named outlet that could not verify stays a cannot-determine claim); an appeal
// to the public in the passive; the site's update note; a speaker's colon before an appeal; a
// company taking the matter seriously; "cannot disclose anything further". Kept as claims: a
// belief with a figure ("We believe a few million …"), and a sentence whose only modal is in a
// relative clause of its subject ("Programs that will be reduced include: …").
func TestNotesAppealsAndEstimates(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "it was not possible to verify", text: "It was not possible to independently verify the incident or determine who was responsible.\n",
			want: []wantSource{{sentence: "It was not", notClaim: true}}},
		{name: "could not be independently verified", text: "The footage could not be independently verified.\n",
			want: []wantSource{{sentence: "The footage", notClaim: true}}},
		{name: "an outlet that could not verify stays a claim", text: "Reuters could not independently verify the casualty figures.\n",
			want: []wantSource{{sentence: "Reuters", source: "reuters", stance: "cannot-determine"}}},
		{name: "a passive appeal to the public", text: "People in any doubt about the policy are being asked to contact the ward before travelling.\n",
			want: []wantSource{{sentence: "People in any", notClaim: true}}},
		{name: "an update note", text: "Updated at 4:14 p.m. to reflect comment from the company.\n",
			want: []wantSource{{sentence: "Updated at", notClaim: true}}},
		{name: "an appeal after a speaker's colon", text: "Dr Ann Lee, a consultant at the trust, added: \u201cPlease do not visit hospitals if you have had symptoms in the last two days.\u201d\n",
			want: []wantSource{{sentence: "Dr Ann Lee", notClaim: true}}},
		{name: "taking the matter seriously", text: "\u201cWe are taking this matter very seriously and are working to assess the full extent of the attack,\u201d the email said.\n",
			want: []wantSource{{sentence: "We are taking", notClaim: true}}},
		{name: "nothing further disclosed", text: "\u201cAt this time, we cannot disclose anything further, as this is a sensitive investigation,\u201d the email said.\n",
			want: []wantSource{{sentence: "At this time", notClaim: true}}},
		{name: "a belief with a figure is an estimate", text: "\u201cWe believe approximately a few million consumers could potentially be affected,\u201d the spokesperson said.\n",
			want: []wantSource{{sentence: "We believe", source: "spokesperson"}}},
		{name: "a modal in the subject's relative clause", text: "Programs that will be reduced include: the food science program and after school arts programs, Borgen said.\n",
			want: []wantSource{{sentence: "Programs", source: "borgen"}}},
		{name: "a modal after said that is still a forecast", text: "The mayor said that the city will do its best.\n",
			want: []wantSource{{sentence: "The mayor", notClaim: true}}},
	})
	res := sharedExtractor(t).Extract("case.md", []byte("\u201cWe take this matter very seriously,\u201d the email said. \u201cWe have taken steps to restore our systems.\u201d\n"))
	require.Len(t, res.Sentences, 2)
	require.NotEmpty(t, res.Sentences[1].Attributions, "a quotation after a skipped one keeps its speaker")
	assert.Equal(t, "the email", res.Sentences[1].Attributions[0].SourceText)
}

// Subjects and cues of real prose: a verb after "and" with its object ends the first member
// ("… date back to the fifth century and house a collection …, the statement said"); a
// participle after a count and an adjective ("30 positive confirmed cases") or closing a "with"
// phrase ("…, with 59 deaths reported so far") is no cue; who obtained a document relays it; a
// jury that also heard reports.
func TestVerbPhrasesParticiplesAndObtainedDocuments(t *testing.T) {
	checkOneSourceText(t, []oneSourceText{
		{"The tombs date back to the fifth century and house a collection of chambers, the statement said.\n", "the statement"},
		{"Authorities said the northern province is the worst affected, with 59 deaths reported so far.\n", "Authorities"},
		{"The two sides pledged to enhance cooperation on safeguards.\n", "The two sides"},
		{"One strategist described the race as a superhighway.\n", "One strategist"},
	})
	checkConstructions(t, []construction{
		{name: "a count, an adjective and a participle", text: "More than 30 positive confirmed cases of the virus have been reported from the hospital.\n",
			want: []wantSource{{sentence: "More than", source: ""}}},
		{name: "'and even' goes on with the subject", text: "Politicians and even some engineers say the effort has been toothless, and others agree.\n",
			want: []wantSource{{sentence: "Politicians", source: "engineers"}}},
		{name: "a 'with' phrase's participle before 'that' reports", text: "The area has broken down under the strain, with many worried that it can never be restored.\n",
			want: []wantSource{{sentence: "The area", source: "many", cue: "worried"}}},
		{name: "a jury that also heard", text: "The jury also heard that a sample from the floor was likely to be hers.\n",
			want: []wantSource{{sentence: "The jury", source: "jury", cue: "heard"}}},
	})
	checkRelayed(t, []relayedText{
		{"An email to workers Friday afternoon, obtained by the Daily Bugle, said the city confirmed the attack.\n", "An email to workers Friday afternoon", "the Daily Bugle"},
	})
}

// A source that tells who did a violent or criminal act to someone accuses them (the dev
// set's convention: an act imputed to another party): "police shot him twice", "hackers broke
// into its systems", "was shot by a deputy". Not a force's own members ("Police said officers
// shot the man"), a negated act, an unnamed agent ("A man was shot"), or a participle of what
// someone suffered ("children kidnapped at gunpoint").
func TestViolentActsNamedAccuse(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "the family names the police", text: "The family said police shot Brendan twice, including once in the back.\n",
			want: []wantSource{{sentence: "The family", source: "family", stance: "accuses"}}},
		{name: "hackers broke into its systems", text: "The carrier said hackers broke into one of its computer systems.\n",
			want: []wantSource{{sentence: "The carrier", source: "carrier", stance: "accuses"}}},
		{name: "shot by a deputy", text: "Relatives said the teenager was shot by a deputy outside his home.\n",
			want: []wantSource{{sentence: "Relatives", source: "relatives", stance: "accuses"}}},
		{name: "threatened the cashier", text: "Prosecutors said the defendant threatened the cashier with a knife.\n",
			want: []wantSource{{sentence: "Prosecutors", source: "prosecutors", stance: "accuses"}}},
		{name: "a force's own officers", text: "Police said officers shot the man after he raised a rifle.\n",
			want: []wantSource{{sentence: "Police", source: "police", stance: "asserts"}}},
		{name: "a chief for his officer", text: "Chief Ray Stell said the resident was shot by the officer after he refused to drop the gun.\n",
			want: []wantSource{{sentence: "Chief", source: "stell", stance: "asserts"}}},
		{name: "no agent named", text: "Police said a man was shot in the leg on Friday night.\n",
			want: []wantSource{{sentence: "Police", source: "police", stance: "asserts"}}},
		{name: "what the children suffered", text: "Fourteen children kidnapped at gunpoint on their way to school were freed, police said.\n",
			want: []wantSource{{sentence: "Fourteen", source: "police", stance: "asserts"}}},
		{name: "a negated act", text: "The guard said the inmate never punched anyone.\n",
			want: []wantSource{{sentence: "The guard", source: "guard", stance: "asserts"}}},
	})
}

// Stance phrases of real prose: "that's not what happened", a report called exaggerated,
// "there was no talk of …", "I can assure you that no …" deny; "too early to draw
// conclusions", "difficult to say whether", results "yet to arrive", no number released cannot
// determine; a cannot-determine inside a clause of reason explains, it is not the claim; a
// third person's negated act denies only when the act is a wrong.
func TestDenialsAndUnknownsOfRealProse(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "not what happened", text: "The man's family says that's not what happened.\n",
			want: []wantSource{{sentence: "The man", source: "family", stance: "denies"}}},
		{name: "exaggerated", text: "The family attorney says that information was exaggerated.\n",
			want: []wantSource{{sentence: "The family", source: "attorney", stance: "denies"}}},
		{name: "no talk of", text: "There was no talk of early elections, the spokesman said on Monday.\n",
			want: []wantSource{{sentence: "There was", source: "spokesman", stance: "denies"}}},
		{name: "assure you that no", text: "\u201cI can assure you that no slogans were raised by the students,\u201d the dean said.\n",
			want: []wantSource{{sentence: "I can", source: "dean", stance: "denies"}}},
		{name: "too early to draw conclusions", text: "The minister noted that it would be too early to draw any conclusions about the talks.\n",
			want: []wantSource{{sentence: "The minister", source: "minister", stance: "cannot-determine"}}},
		{name: "difficult to say whether", text: "Analysts said it was difficult to say whether the bomber had meant to die.\n",
			want: []wantSource{{sentence: "Analysts", source: "analysts", stance: "cannot-determine"}}},
		{name: "results yet to arrive", text: "The officer said the samples were sent to a laboratory and the results are yet to arrive.\n",
			want: []wantSource{{sentence: "The officer", source: "officer", stance: "cannot-determine"}}},
		{name: "no number released", text: "\u201cWe did not release a specific case number because reports were still coming in,\u201d the spokesman said.\n",
			want: []wantSource{{sentence: "We did not", source: "spokesman", stance: "cannot-determine"}}},
		{name: "an unknown given as a reason", text: "The director said the plan leaves out federal money, mainly because they don't know if the district will get any.\n",
			want: []wantSource{{sentence: "The director", source: "director", stance: "asserts"}}},
		{name: "a third person's act that is no wrong", text: "The managers stressed that they have not included any federal money in the plan.\n",
			want: []wantSource{{sentence: "The managers", source: "managers", stance: "asserts"}}},
	})
}

// From a celebrity dispute, a sports row, a rail crash and a recall (the second halves of the
// new sets, tuned on last): a story, rumours or messages called false, fake or "tosh" are
// denied; "never laid a hand on", "not based on truth" deny; "several days before they
// determine", "will not be determining the cause" cannot determine; a copyright line with its
// year last, an order to the reader ("Call the company at …") and "will not be making any
// further comment" are no claims.
func TestDismissalsNotesAndReaderOrders(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "the story called false", text: "\u201cEvery aspect of the story published by the magazine is completely and utterly false,\u201d the statement says.\n",
			want: []wantSource{{sentence: "Every aspect", source: "statement", stance: "denies"}}},
		{name: "never laid a hand on", text: "The agent has never laid a hand on the singer, her representative said.\n",
			want: []wantSource{{sentence: "The agent", source: "representative", stance: "denies"}}},
		{name: "not based on truth", text: "The coach said those suggestions were not based on truth.\n",
			want: []wantSource{{sentence: "The coach", source: "coach", stance: "denies"}}},
		{name: "days before they determine", text: "Safety officials say it will be several days before they determine what caused the derailment.\n",
			want: []wantSource{{sentence: "Safety officials", source: "officials", stance: "cannot-determine"}}},
		{name: "a copyright line with its year last", text: "Copyright Agence France-Presse, 2011\n",
			want: []wantSource{{sentence: "Copyright", notClaim: true}}},
		{name: "an order to the reader", text: "Call the company at (888) 808-3111 weekdays between 11 a.m. and 7 p.m.\n",
			want: []wantSource{{sentence: "Call the", notClaim: true}}},
		{name: "no further comment", text: "\u201cThe federation will not be making any further comment on the issue,\u201d the spokesman added.\n",
			want: []wantSource{{sentence: "The federation", notClaim: true}}},
	})
}

// A quotation of judgement with nothing checkable in it is no claim, with these words of
// feeling too: "not alarming", "a critical situation", "a lucky night", "our misfortune", "a
// pleasure", "a good step", "is welcome", "difficult"; one with a figure or a name stays a
// claim; "I am urging consumers …" is an appeal.
func TestQuotedJudgementsOfRealProse(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "not alarming", text: "\u201cThe situation is not alarming,\u201d the minister told reporters.\n",
			want: []wantSource{{sentence: "The situation", notClaim: true}}},
		{name: "a critical situation", text: "\u201cWe have a critical situation,\u201d added the mayor.\n",
			want: []wantSource{{sentence: "We have", notClaim: true}}},
		{name: "a lucky night", text: "\u201cIt was a lucky night for us,\u201d the owner said.\n",
			want: []wantSource{{sentence: "It was", notClaim: true}}},
		{name: "a good step", text: "\u201cThe dialogue was a good step toward security,\u201d the envoy said.\n",
			want: []wantSource{{sentence: "The dialogue", notClaim: true}}},
		{name: "urging consumers", text: "\u201cI am urging all consumers to take advantage of this recall right away,\u201d the chairman said.\n",
			want: []wantSource{{sentence: "I am urging", notClaim: true}}},
		{name: "a figure stays a claim", text: "\u201cIt was a difficult night: 40 homes burned,\u201d the chief said.\n",
			want: []wantSource{{sentence: "It was", source: "chief"}}},
	})
}

// A quotation whose speaker is named only after it, or in the sentence before, imputes a wrong
// in its own words as a named source's report does: "“Police shot Brendan twice,” the family
// said" accuses (not when the speaker is the police itself: its own officers' act); "“… he
// later went to prison for fraud.”" accuses.
func TestQuotedContinuationsAccuse(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a family's statement names the police", text: "In a statement, the family said: \u201cThe door opened and there was no warning. Police shot Brendan twice, including once in the back.\u201d\n",
			want: []wantSource{{sentence: "Police shot", source: "family", stance: "accuses"}}},
		{name: "the police's own officers", text: "The police chief said: \u201cThe suspect raised a rifle. Officers shot him twice.\u201d\n",
			want: []wantSource{{sentence: "Officers shot", source: "chief", stance: "asserts"}}},
		{name: "a kind of crime is nobody's act", text: "The minister said: “The data is crucial. It is also part of investigating other crimes, such as stalking and harassment.”\n",
			want: []wantSource{{sentence: "It is also", source: "minister", stance: "asserts"}}},
		{name: "a crime named in a continuation", text: "A representative for the director said: \u201cThe claims were dropped. He later went to prison for fraud.\u201d\n",
			want: []wantSource{{sentence: "He later", source: "representative", stance: "accuses"}}},
	})
}

// A source's reported words that are only a judgement of something — a noun phrase, a verb of
// being and a word of judgement — are opinion, not a claim: "say the plan is irresponsible",
// "has insisted they are necessary …", "said the killings were a “cowardly act”". A judgement
// followed by a name or a figure, or one that rejects ("were baseless"), stays a claim.
func TestReportedJudgements(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "is irresponsible", text: "Two opposition leaders say the approach is irresponsible.\n",
			want: []wantSource{{sentence: "Two opposition", notClaim: true}}},
		{name: "internationally credible", text: "The premier says the target is internationally credible and economically responsible.\n",
			want: []wantSource{{sentence: "The premier", notClaim: true}}},
		{name: "insisted necessary", text: "The president has insisted the levies are necessary to secure better trade deals.\n",
			want: []wantSource{{sentence: "The president", notClaim: true}}},
		{name: "a quoted cowardly act", text: "The director of the charity said that the poisonings were a \u201ccowardly and despicable act\u201d.\n",
			want: []wantSource{{sentence: "The director", notClaim: true}}},
		{name: "a name after the judgement", text: "The coach said the ban was too harsh, a view shared by league president Ana Ruiz.\n",
			want: []wantSource{{sentence: "The coach", source: "coach"}}},
		{name: "a figure after the judgement", text: "The mayor said the repair was necessary after 40 homes flooded.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor"}}},
		{name: "a rejection stays a claim", text: "The ministry said the reports were baseless.\n",
			want: []wantSource{{sentence: "The ministry", source: "ministry", stance: "denies"}}},
	})
}

// A quotation in the first person that says how the speakers stand — they disagree, wait, look
// forward, need, blame no one, would rather, are worried, take complaints seriously — is a
// sentiment, not a claim, whatever figure it holds; reported in the third person a
// disagreement stays a claim (TestStanceAcrossClausesAndQuotedSentences).
func TestQuotedAttitudesInTheFirstPerson(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "we disagree", text: "\u201cWe strongly disagree with the ruling,\u201d the mayor said.\n",
			want: []wantSource{{sentence: "We strongly", notClaim: true}}},
		{name: "take any complaints seriously", text: "\u201cWe take any complaints seriously and are looking into them,\u201d the firm said.\n",
			want: []wantSource{{sentence: "We take", notClaim: true}}},
		{name: "still waiting", text: "\u201cWe are still waiting for news of our son,\u201d his mother said.\n",
			want: []wantSource{{sentence: "We are still", notClaim: true}}},
		{name: "look forward to", text: "\u201cI look forward to explaining everything to the tribunal,\u201d the rider said.\n",
			want: []wantSource{{sentence: "I look", notClaim: true}}},
		{name: "still need", text: "\u201cWe still need the assembly to pass a proper law,\u201d the minister said.\n",
			want: []wantSource{{sentence: "We still", notClaim: true}}},
		{name: "worried despite a figure", text: "\u201cWe are worried that more than 30 hours have gone by,\u201d the rescue chief said.\n",
			want: []wantSource{{sentence: "We are worried", notClaim: true}}},
		{name: "a fact in the first person stays a claim", text: "\u201cWe found two bodies near the river,\u201d the rescue chief said.\n",
			want: []wantSource{{sentence: "We found", source: "chief"}}},
	})
}

// A wire's credit glued to the story's last sentence ("… for news.—Reuters", "… heavy rains. |
// via voanews") is a line of its own, no part of the claim; a dash inside a sentence is not one.
// Notes that no answer came ("could not be immediately reached", "was not prepared to comment",
// "referred questions to …", "could not immediately be clarified") and an appeal to the public
// reported by a source ("said the public is advised to …", "said detectives were keen to hear
// from anyone …") are no claims.
func TestWireCreditsUnansweredNotesAndReportedAppeals(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a dash and the wire", text: "The ferry sank on Monday, the police said. Relatives waited in the port for news.\u2014Reuters\n",
			want: []wantSource{{sentence: "The ferry", source: "police"}, {sentence: "\u2014Reuters", notClaim: true}}},
		{name: "a bar and via", text: "Floods are common in the valley, officials said. | via voanews\n",
			want: []wantSource{{sentence: "Floods", source: "officials"}, {sentence: "| via", notClaim: true}}},
		{name: "a dash inside the sentence", text: "The score was 3-1 \u2014 a record, the coach said.\n",
			want: []wantSource{{sentence: "The score", source: "coach"}}},
		{name: "not immediately reached", text: "The governor could not be immediately reached for reactions.\n",
			want: []wantSource{{sentence: "The governor", notClaim: true}}},
		{name: "a quoted 'cannot comment further'", text: "“Since the case is before the courts, we cannot comment further,” a spokeswoman for the council said.\n",
			want: []wantSource{{sentence: "Since the case", notClaim: true}}},
		{name: "a quoted 'cannot provide more detail'", text: "“It is still open and we can’t provide any more detail,” the regulator said.\n",
			want: []wantSource{{sentence: "It is still open", notClaim: true}}},
		{name: "not prepared to comment", text: "Mr. Hale was not prepared to comment further on the matter.\n",
			want: []wantSource{{sentence: "Mr. Hale", notClaim: true}}},
		{name: "referred questions", text: "The airline referred any further questions to the regulator, citing the open inquiry.\n",
			want: []wantSource{{sentence: "The airline", notClaim: true}}},
		{name: "not immediately clarified", text: "The gap between the two counts could not immediately be clarified.\n",
			want: []wantSource{{sentence: "The gap", notClaim: true}}},
		{name: "the public is advised", text: "The county said the public is advised to stay out of the two parks.\n",
			want: []wantSource{{sentence: "The county", notClaim: true}}},
		{name: "keen to hear from anyone", text: "She said detectives were still keen to hear from anyone who saw the van.\n",
			want: []wantSource{{sentence: "She said", notClaim: true}}},
		{name: "a report of what the public did stays a claim", text: "The county said the public is now barred from the two parks.\n",
			want: []wantSource{{sentence: "The county", source: "county"}}},
	})
}

// "We still don't know the fate of …" cannot determine; "We also urge the public to …" is an
// appeal in the speaker's words.
func TestNotKnowingTheFateAndUrgingAgain(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "still don't know the fate", text: "\u201cWe still don\u2019t know the fate of the two climbers,\u201d said the rescue chief.\n",
			want: []wantSource{{sentence: "We still", source: "chief", stance: "cannot-determine"}}},
		{name: "also urge", text: "\u201cWe also urge residents to report anything they saw,\u201d the sergeant said.\n",
			want: []wantSource{{sentence: "We also", notClaim: true}}},
	})
}

// "We" inside a placard's slogan in single marks, or the outlet's "our cameraman", addresses no
// reader: the sentence is the story's claim. A quoted "We will not be determining the cause …"
// says what is not known, a claim, though it opens like a pledge; "We are still assessing …"
// stays an effort under way.
func TestSlogansNewsroomVoiceAndPledgedUnknowns(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a slogan in single marks", text: "Students who carried placards reading \u2018We Did Not Agree To This\u2019 marched to the gate.\n",
			want: []wantSource{{sentence: "Students who"}}},
		{name: "our cameraman", text: "Some guards at the gate also manhandled our cameraman.\n",
			want: []wantSource{{sentence: "Some guards"}}},
		{name: "the reader addressed", text: "Our readers can send their questions to the desk.\n",
			want: []wantSource{{sentence: "Our readers", notClaim: true}}},
		{name: "will not be determining", text: "\u201cWe will not be determining the cause of the crash while on scene,\u201d the investigator said.\n",
			want: []wantSource{{sentence: "We will not", source: "investigator", stance: "cannot-determine"}}},
	})
}

// A quotation that is only a judgement ("“These acts are despicable and an affront to our
// values,” …") is opinion, like a reported one; a word of importance judges only when it closes
// the clause ("recovery is also very important"), not when it says what a thing serves
// ("records are crucial in the inquiry into serious crime"); "a modest amount" is a quantity.
func TestQuotedJudgementsAndWordsOfImportance(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "despicable acts", text: "\u201cThese acts are despicable and are an affront to our values as a school,\u201d the dean wrote.\n",
			want: []wantSource{{sentence: "These acts", notClaim: true}}},
		{name: "important closes the clause", text: "The union says the recovery of the herds is also very important.\n",
			want: []wantSource{{sentence: "The union", notClaim: true}}},
		{name: "crucial in an inquiry", text: "\u201cCall records are crucial in the inquiry into serious crime,\u201d the minister said.\n",
			want: []wantSource{{sentence: "Call records", source: "minister"}}},
		{name: "a modest amount", text: "\u201cThe cash found in the flat was a modest amount, like any worker might keep,\u201d the lawyer said.\n",
			want: []wantSource{{sentence: "The cash", source: "lawyer"}}},
	})
}

// A plan or forecast reported with only a place or a country after its modal says nothing a
// reader can check ("said similar raids will be held in the north to …", "said the country will
// look to adopt measures to aid China-based firms"); a full name or a rank after it does ("would
// be led by Jo Lin and Sam Ortiz", "would create the fifth largest bank").
func TestForecastsWithPlacesNamesAndRanks(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a place after the modal", text: "The director said similar raids will be held in Sarawak to tackle the problem.\n",
			want: []wantSource{{sentence: "The director", notClaim: true}}},
		{name: "a one-word name after the modal", text: "The minister said Beijing will look to adopt measures to aid China-based firms.\n",
			want: []wantSource{{sentence: "The minister", notClaim: true}}},
		{name: "a full name after the modal", text: "The team would be led by former chief executive Jo Lin, the report said.\n",
			want: []wantSource{{sentence: "The team", source: "report"}}},
		{name: "a rank after the modal", text: "The merger would create the fifth largest lender, the paper said.\n",
			want: []wantSource{{sentence: "The merger", source: "paper"}}},
	})
}

// An act of sentiment as the sentence's verb is no claim ("the coach expressed optimism the
// team can …", "the owner was relieved at …", "the minister thanked all doctors who …"); what
// someone is thanked for with a figure in it stays a claim.
func TestSentimentActs(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "expressed optimism", text: "However, the coach expressed optimism the side can survive without its striker, who scored 13 goals.\n",
			want: []wantSource{{sentence: "However", notClaim: true}}},
		{name: "relieved at", text: "The shop owner, Jo Lin, was relieved at the quick arrest.\n",
			want: []wantSource{{sentence: "The shop", notClaim: true}}},
		{name: "thanked whom", text: "During a briefing, the minister thanked all nurses who had refused to strike.\n",
			want: []wantSource{{sentence: "During", notClaim: true}}},
		{name: "thanked for a figure", text: "The governor thanked the army for rescuing 40 people from the flood.\n",
			want: []wantSource{{sentence: "The governor", source: ""}}},
	})
}

// More words of judgement: "It is an injustice to us", "Many of our teachers were exemplary".
func TestMoreWordsOfJudgement(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an injustice", text: "The students marched on Monday. \u201cIt is an injustice to us,\u201d one said.\n",
			want: []wantSource{{sentence: "It is", notClaim: true}}},
		{name: "exemplary", text: "\u201cMany of our teachers were exemplary,\u201d the union said.\n",
			want: []wantSource{{sentence: "Many of", notClaim: true}}},
	})
}

// A dismissal strong enough to need no target: "total fiction", "utter nonsense", "complete
// fabrication", "Total tosh" said of what was reported, however far from the report's word
// (or with none at all), denies it. Not negated ("not complete nonsense") and not a kind of
// writing ("a fiction writer").
func TestStrongDismissalsNeedNoTarget(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a bare dismissal", text: "Utter nonsense, says the band's manager.\n",
			want: []wantSource{{sentence: "Utter nonsense", source: "manager", stance: "denies"}}},
		{name: "far from the report's word", text: "A story in a weekend paper that the airline is in talks with two rivals to sell its cargo arm for $3 billion is \u201ctotal fiction,\u201d a board member said.\n",
			want: []wantSource{{sentence: "A story", source: "member", stance: "denies"}}},
		{name: "a complete fabrication", text: "The quotes attributed by the magazine to the actor's former driver last week are a complete fabrication, the agent said.\n",
			want: []wantSource{{sentence: "The quotes", source: "agent", stance: "denies"}}},
		{name: "a kind of writing", text: "The author said she had written fiction for twenty years.\n",
			want: []wantSource{{sentence: "The author", source: "author", stance: "asserts"}}},
	})
}

// Holding no talks or meeting with the other side ("had held no direct talks with", "holds no
// secret negotiations") denies what was reported of them; talks held are a report.
func TestHeldNoTalksDenies(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "held no direct talks", text: "A foreign ministry spokesman said on Monday that the country's envoys had held no direct talks with the rebels during the summit.\n",
			want: []wantSource{{sentence: "A foreign", source: "spokesman", stance: "denies"}}},
		{name: "talks held are a report", text: "A foreign ministry spokesman said on Monday that the envoys had held direct talks with the rebels during the summit.\n",
			want: []wantSource{{sentence: "A foreign", source: "spokesman", stance: "asserts"}}},
	})
}

// A verb of criticism whose object is a report or a claim ("has blasted a tabloid report
// claiming …", "slammed the allegations") dismisses what was said and denies it; criticism of a
// party ("slammed the minister over the report") still accuses.
func TestCriticisingAReportDenies(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "blasted a report claiming", text: "A spokeswoman for the actor has blasted a magazine story claiming he was arrested after a brawl.\n",
			want: []wantSource{{sentence: "A spokeswoman", source: "spokeswoman", stance: "denies"}}},
		{name: "slammed the allegations", text: "The coach slammed the allegations in a long post on Sunday.\n",
			want: []wantSource{{sentence: "The coach", source: "coach", stance: "denies"}}},
		{name: "a party criticised", text: "The senator slammed the minister over the leaked report.\n",
			want: []wantSource{{sentence: "The senator", source: "senator", stance: "accuses"}}},
	})
}

// A participle of denial set off by a comma after the source's report (", denying reports …",
// ", disputing the result") gives way to what the main clause does: a report that imputes a
// wrong accuses ("A bombing by militants killed …, the ministry said, denying reports …";
// "decried the vote as fraud, disputing …"); one that imputes nothing denies, as before.
func TestTrailingDenialAfterAnAccusation(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "an attack by militants, then denying reports", text: "An ambush by militants near the border on Friday killed nine police officers, the interior ministry said, denying reports that they were hit by friendly fire.\n",
			want: []wantSource{{sentence: "An ambush", source: "ministry", stance: "accuses"}}},
		{name: "decried as fraud, disputing", text: "The opposition leader decried the count as outright fraud, disputing the announced win of the governor.\n",
			want: []wantSource{{sentence: "The opposition", source: "leader", stance: "accuses"}}},
		{name: "a report imputing nothing, then denying", text: "The army said the blast was caused by a gas leak, denying reports of a rocket strike.\n",
			want: []wantSource{{sentence: "The army", source: "army", stance: "denies"}}},
	})
}

// "this" or "it" is a dismissal's target only when it names what was said: "this" before a
// party ("this organisation has long been biased against …") criticises the party, and the "it"
// that opens "it is well known that …" names nothing; "This figure is inaccurate" and "It is
// biased" still dismiss.
func TestThisPartyIsNoDismissedReport(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "this organisation biased", text: "\u201cIt is well known that this organisation has long been biased against our country,\u201d the envoy said.\n",
			want: []wantSource{{sentence: "It is well", source: "envoy", stance: "asserts"}}},
		{name: "this figure inaccurate", text: "\u201cThis figure is inaccurate,\u201d the rebel spokesman said.\n",
			want: []wantSource{{sentence: "This figure", source: "spokesman", stance: "denies"}}},
		{name: "it is biased", text: "\u201cIt is biased and false,\u201d the envoy said of the study.\n",
			want: []wantSource{{sentence: "It is biased", source: "envoy", stance: "denies"}}},
	})
}

// A source that cannot share more ("is unable to share any additional information", "cannot
// release further details") or has little to go on ("we have very limited information") cannot
// determine; one able to share something reports it.
func TestCannotShareMoreInformation(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "unable to share", text: "Because the inquiry is still open, the college is unable to share any additional information, a spokeswoman said.\n",
			want: []wantSource{{sentence: "Because", source: "spokeswoman", stance: "cannot-determine"}}},
		{name: "very limited information", text: "\u201cWe have very limited information at this stage about the blaze,\u201d the fire chief said.\n",
			want: []wantSource{{sentence: "We have very", source: "chief", stance: "cannot-determine"}}},
		{name: "able to share", text: "The bank said it was able to share the records with the regulator last week.\n",
			want: []wantSource{{sentence: "The bank", source: "bank", stance: "asserts"}}},
	})
}

// A concessive clause after a comma (", though it did not know how long …", ", although it
// could not say …") qualifies what the source reported first, as a coordinate clause does: the
// report stays asserted. Not knowing in the main clause still cannot determine.
func TestConcessiveClauseLeavesTheReport(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "though it did not know", text: "The team had announced the knee injury on Monday, though it did not know how many games the winger would miss.\n",
			want: []wantSource{{sentence: "The team", source: "team", stance: "asserts"}}},
		{name: "not knowing in the main clause", text: "The team said it did not know how many games the winger would miss, though he had trained on Monday.\n",
			want: []wantSource{{sentence: "The team", source: "team", stance: "cannot-determine"}}},
	})
}

// "will not determine cause of …" with a bare noun after it cannot determine, as "will not
// determine the cause" does; a headline's source suffix takes it.
func TestWillNotDetermineABareCause(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "will not determine cause", text: "Inspectors will not determine cause of the bridge collapse for months, the state agency said.\n",
			want: []wantSource{{sentence: "Inspectors", source: "agency", stance: "cannot-determine"}}},
		{name: "determined cause", text: "Inspectors determined the cause of the bridge collapse within a week, the state agency said.\n",
			want: []wantSource{{sentence: "Inspectors", source: "agency", stance: "asserts"}}},
	})
}

// A representative who says whose it is (a lawyer, a rep, a spokesman for a person) and
// reports that person's denial ("the director's lawyer said Tom categorically denies these
// allegations", "His lawyer said he denies the charges") denies with them; a body's spokesman,
// or the other side's ("a spokesman for the prosecutor"), reports someone else's denial.
func TestRepresentativeReportsPrincipalsDenial(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "a lawyer quotes the client's denial", text: "The singer's attorney, Lena Cho, added in a statement that \u201cMara firmly denies these claims and will fight the suit.\u201d\n",
			want: []wantSource{{sentence: "The singer", source: "attorney", stance: "denies"}}},
		{name: "a spokesman for a person", text: "A spokeswoman for the footballer said Diaz denies every allegation in the report.\n",
			want: []wantSource{{sentence: "A spokeswoman", source: "spokeswoman", stance: "denies"}}},
		{name: "a police spokesman reports a suspect's denial", text: "A police spokesman said the driver denied the charges.\n",
			want: []wantSource{{sentence: "A police", source: "spokesman", stance: "asserts"}}},
		{name: "the other side's spokesman", text: "A spokesman for the prosecutor said Diaz denied the charges at the hearing.\n",
			want: []wantSource{{sentence: "A spokesman", source: "spokesman", stance: "asserts"}}},
	})
}

// Denying what a thing is called: "it wasn't really a collapse", "we do not consider this to be
// a fair trial" reject the description reported; "it was really a fire" and "we consider this a
// fair trial" assert it.
func TestDenyingWhatAThingIsCalled(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "wasn't really a", text: "The mayor said the roof \u201cwasn't really a collapse\u201d after the storm.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor", stance: "denies"}}},
		{name: "do not consider this to be a", text: "\u201cWe do not consider this to be a fair trial in any sense,\u201d the defence team said.\n",
			want: []wantSource{{sentence: "We do not", source: "team", stance: "denies"}}},
		{name: "was really a", text: "The mayor said the roof damage was really a result of the storm.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor", stance: "asserts"}}},
	})
}

// A headline's verbless "No meeting …" or "No talks …" with its source after a colon denies
// that they took place; "No deal at …" reports a failure, and "No talks planned" has a verb of
// its own.
func TestVerblessNoMeetingHeadline(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "no meeting at the summit", text: "# No rebel-army meeting at border summit: Ministry\n\nThe summit ended on Sunday.\n",
			want: []wantSource{{sentence: "No rebel-army", source: "ministry", stance: "denies"}}},
		{name: "no deal", text: "# No deal at border summit: Ministry\n\nThe summit ended on Sunday.\n",
			want: []wantSource{{sentence: "No deal", source: "ministry", stance: "asserts"}}},
	})
}

// A thing that "has never been used to …" or "for …" denies the use reported of it (its
// maker's or owner's "the software has never been used to spy on …"); "has been used for"
// reports it.
func TestNeverBeenUsedDenies(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "never been used to", text: "The vendor said its scanner has never been used to track any protesters or reporters.\n",
			want: []wantSource{{sentence: "The vendor", source: "vendor", stance: "denies"}}},
		{name: "has been used for", text: "The vendor said its scanner has been used for airport checks since 2019.\n",
			want: []wantSource{{sentence: "The vendor", source: "vendor", stance: "asserts"}}},
	})
}

// A subject defending a thing as the sentence's verb, with reasons after ", saying" that only
// judge (a verb of being), is a judgement, not a claim; reasons that report an act or carry a
// number, or a defence with no reasons, stay claims.
func TestDefenceWithJudgingReasons(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "defended, saying it was", text: "The ministry had earlier defended its policy, saying the rules were fair and balanced.\n",
			want: []wantSource{{sentence: "The ministry", notClaim: true}}},
		{name: "defended, saying it had been", text: "The referee defended the red card, saying fairness had been served.\n",
			want: []wantSource{{sentence: "The referee", notClaim: true}}},
		{name: "defended, saying they acted", text: "The governor defended the guards, saying they had followed the rules at the gate.\n",
			want: []wantSource{{sentence: "The governor", source: "governor"}}},
		{name: "defended, saying with a number", text: "The mayor defended the plan, saying 40 homes were safer now.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor"}}},
	})
}

// A quotation that opens "This is" or "This was" and only says what the matter is to the
// speaker ("no small matter", "really a plea") is not a claim; a number or a name after it
// keeps it one.
func TestQuotedThisIsCharacterisation(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "this is no small matter", text: "\"This is no small matter for our members,\" the union leader said.\n",
			want: []wantSource{{sentence: "This is no", notClaim: true}}},
		{name: "this was really a plea", text: "The councillor said, \"This was really a plea to the council to act.\"\n",
			want: []wantSource{{sentence: "The councillor", notClaim: true}}},
		{name: "this is the third", text: "\"This is the third flood in the town since 2019,\" the mayor said.\n",
			want: []wantSource{{sentence: "This is the third", source: "mayor"}}},
		{name: "this is with a name", text: "\"This is the most dangerous stretch of the river in Ohio,\" the ranger said.\n",
			want: []wantSource{{sentence: "This is the most", source: "ranger"}}},
	})
}

// A no-comment note after a leading clause of reason set off by a comma ("As the review is
// under way, the college will not be releasing …") is what the sentence says, and so is a
// quoted "We do not comment on …"; a clause of time before a claim ("As the storm moved east,
// the town was flooded …") is not a reason.
func TestNoCommentAfterReasonLead(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "as … ongoing, will not be releasing", text: "The spokesman said, \"As the review is still under way, the college will not be releasing any further information.\"\n",
			want: []wantSource{{sentence: "The spokesman", notClaim: true}}},
		{name: "due to …, cannot share", text: "The board said due to the sensitive nature of the inquiry, the school cannot share any more details.\n",
			want: []wantSource{{sentence: "The board", notClaim: true}}},
		{name: "we do not comment on", text: "\"We do not comment on speculation about our clients,\" the agent said.\n",
			want: []wantSource{{sentence: "We do not comment", notClaim: true}}},
		{name: "do not comment on, but a claim", text: "The agency said, \"We do not comment on such flights, but the data show the jet landed safely.\"\n",
			want: []wantSource{{sentence: "The agency", source: "agency"}}},
		{name: "as the storm moved, a claim", text: "As the storm moved east, the town was flooded and the mayor could not be reached.\n",
			want: []wantSource{{sentence: "As the storm"}}},
	})
}

// A source that "is expecting" or "anticipates" a thing by a part of the day ("by Tuesday
// afternoon", "this evening") forecasts, with nothing checkable; "earlier this week" dates
// what was done, and a month still dates a plan.
func TestExpectationByPartOfDay(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "is expecting by weekday afternoon", text: "The sheriff is expecting more details to be ready by Friday afternoon.\n",
			want: []wantSource{{sentence: "The sheriff", notClaim: true}}},
		{name: "would be ready this evening", text: "The coroner said the report would be ready this evening.\n",
			want: []wantSource{{sentence: "The coroner", notClaim: true}}},
		{name: "earlier this week dates an act", text: "The firm said it would contest a suit filed against it earlier this week.\n",
			want: []wantSource{{sentence: "The firm", source: "firm"}}},
	})
}

// A company that says unnamed hackers stole or accessed its customers' data reports its own
// loss ("hackers may have stolen customer passwords", "hackers accessed their records"); it
// imputes the act to no one named. Hackers tied to a named party are still accused.
func TestUnnamedHackersVictimReport(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "hackers may have stolen", text: "The retailer Fenwick says hackers may have stolen customer emails and phone numbers.\n",
			want: []wantSource{{sentence: "The retailer", source: "fenwick", stance: "asserts"}}},
		{name: "hackers accessed their", text: "The retailer Fenwick is warning shoppers that hackers may have accessed their account details.\n",
			want: []wantSource{{sentence: "The retailer", source: "fenwick", stance: "asserts"}}},
		{name: "no data was stolen", text: "A breach at the lender exposed some addresses, although the lender said no bank card data was stolen.\n",
			want: []wantSource{{sentence: "A breach", source: "lender", stance: "asserts"}}},
		{name: "hackers tied to a party", text: "Investigators said hackers working for Moscow stole the customer records of the bank.\n",
			want: []wantSource{{sentence: "Investigators", source: "investigators", stance: "accuses"}}},
	})
}

// A data or security breach is a break-in, not a breach of a law: a company that reports one
// at its own vendor asserts; "breached the ceasefire" still imputes a breach.
func TestDataBreachIsNoLegalBreach(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "data breach", text: "A Fenwick data breach may have exposed the files of two million users, the carrier said on Monday.\n",
			want: []wantSource{{sentence: "A Fenwick", source: "carrier", stance: "asserts"}}},
		{name: "breach of the truce", text: "The army said on Monday that the Northern Front breached the truce twice overnight.\n",
			want: []wantSource{{sentence: "The army", source: "army", stance: "accuses"}}},
	})
}

// A party that speaks in a lawsuit or complaint ("said in the lawsuit that …", "X in the
// complaint also said …") or goes on to file one with an accusing participle ("announced plans
// to file a complaint alleging …") accuses; "said in an interview" and "filed a complaint" with
// no charge stated still report.
func TestSpeakingInAFilingAccuses(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "said in the lawsuit that", text: "Okafor said in the lawsuit that he was mocked daily by two supervisors.\n",
			want: []wantSource{{sentence: "Okafor", source: "okafor", stance: "accuses"}}},
		{name: "in the complaint also said", text: "Okafor in the complaint also said he lost his post in June after speaking up.\n",
			want: []wantSource{{sentence: "Okafor", source: "okafor", stance: "accuses"}}},
		{name: "plans to file a complaint alleging", text: "A week after the port board released its final pay offer, the dockworkers union announced plans to file a complaint alleging unfair bargaining tactics.\n",
			want: []wantSource{{sentence: "A week after", source: "union", stance: "accuses"}}},
		{name: "said in an interview", text: "Okafor said in an interview that he moved to the coast in June.\n",
			want: []wantSource{{sentence: "Okafor", source: "okafor", stance: "asserts"}}},
	})
}

// A source that says another party failed or refused to disclose, report or comply, or could
// not produce the documents it owed, imputes an omission to it and accuses; the speaker's own
// ("we failed to report it in time") does not.
func TestFailedToDiscloseAccuses(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "failed to disclose", text: "The insurer's lawyer said the driver failed to disclose two earlier crashes when he applied.\n",
			want: []wantSource{{sentence: "The insurer", source: "lawyer", stance: "accuses"}}},
		{name: "could not produce documents", text: "At the raid, the mill's managers could not produce documents for the imported dye, inspector Lena Ruiz said.\n",
			want: []wantSource{{sentence: "At the raid", source: "lena ruiz", stance: "accuses"}}},
		{name: "we failed to report", text: "The mayor said we failed to report the leak in time.\n",
			want: []wantSource{{sentence: "The mayor", source: "mayor", stance: "asserts"}}},
	})
}

// A wrong named as a field of inquiry or of prevention ("a bribery investigation", "combating
// tax fraud") imputes it to no one; "the clerk took bribes" still does.
func TestWrongAsTopicImputesNothing(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "corruption investigation", text: "The premier said any minister named in a corruption investigation would have to resign.\n",
			want: []wantSource{{sentence: "The premier", source: "premier", stance: "asserts"}}},
		{name: "combating money laundering", text: "The regulator's enforcement chief said that combating money laundering was a matter of national urgency.\n",
			want: []wantSource{{sentence: "The regulator", source: "chief", stance: "asserts"}}},
		{name: "accusations of misconduct", text: "\u201cThe state bureau is actively taking part in an inquiry with campus police regarding accusations of sexual misconduct by two players,\u201d spokesman Dale Hart said.\n",
			want: []wantSource{{sentence: "The state bureau", source: "dale hart", stance: "asserts"}}},
		{name: "committed fraud", text: "The premier said the minister committed fraud in 2019.\n",
			want: []wantSource{{sentence: "The premier", source: "premier", stance: "accuses"}}},
	})
}

// A party that says it will fight or contest a lawsuit or the charges against it rejects what
// they allege ("says it will fight lawsuit claiming bias"); fighting a fire reports.
func TestWillFightLawsuitDenies(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "will fight lawsuit", text: "# Carmaker Volta says it will fight lawsuit claiming age discrimination\n\nThe case was filed in May.\n",
			want: []wantSource{{sentence: "Carmaker Volta", source: "volta", stance: "denies"}}},
		{name: "will contest the charges", text: "The builder said it will contest the charges of fraud brought by the city.\n",
			want: []wantSource{{sentence: "The builder", source: "builder", stance: "denies"}}},
	})
}

// An armed group named before a hostile act in another clause ("met the rebels … while on an
// ambush patrol") is not its agent: a force reporting its own operation asserts; "two rebels
// staged the ambush" still accuses.
func TestMilitantBeforeAnotherClausesAct(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "while on an ambush", text: "The navy said the sailors met the insurgents on Friday while on an ambush patrol near the delta.\n",
			want: []wantSource{{sentence: "The navy", source: "navy", stance: "asserts"}}},
		{name: "insurgents staged the ambush", text: "The navy said two insurgents staged the ambush near the delta.\n",
			want: []wantSource{{sentence: "The navy", source: "navy", stance: "accuses"}}},
	})
}

// A hope or a resolve in the speaker's words ("Hopefully we will know more tonight", "The
// board will not hesitate to act against …") is no claim; an unsourced forecast hedged with
// "will likely" or "would probably" is speculation.
func TestHopesResolvesAndLikelyForecasts(t *testing.T) {
	checkConstructions(t, []construction{
		{name: "hopefully", text: "\u201cHopefully this evening we will have more to tell you,\u201d the chief said.\n",
			want: []wantSource{{sentence: "Hopefully", notClaim: true}}},
		{name: "will not hesitate", text: "\u201cThe regulator will not hesitate to act against firms that fall short,\u201d she said.\n",
			want: []wantSource{{sentence: "The regulator", notClaim: true}}},
		{name: "will likely", text: "With the vote a week away, voters will likely be watching for more details.\n",
			want: []wantSource{{sentence: "With the vote", notClaim: true}}},
		{name: "a sourced forecast is still reported", text: "The plant will likely close in March, the union said.\n",
			want: []wantSource{{sentence: "The plant", source: "union"}}},
	})
}
