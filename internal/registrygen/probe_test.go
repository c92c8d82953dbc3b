package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
)

// probe: everyday phrasings that cite a state institution or a well-known body. Each sentence
// should come out of extraction with a registry source that has a grade.
var probe = []struct{ sentence, want string }{
	{"Kenya's health ministry said 14 people had died of cholera in the coastal county.", "kenya-health-ministry"},
	{"According to the Chilean police, the suspects fled south after the robbery.", "chile-police"},
	{"The Norwegian foreign ministry said it had summoned the ambassador.", "norway-foreign-ministry"},
	{"Bhutan's government announced a new tourism levy on Monday.", "bhutan-government"},
	{"The Comoros interior ministry said the ferry had been overloaded.", "comoros-interior-ministry"},
	{"Brazil's central bank raised its key rate by half a point, the bank said.", "brazil-central-bank"},
	{"The Nigerian army said it had killed 20 militants in Borno state.", "nigeria-armed-forces"},
	{"Indonesia's disaster management agency said 40 homes were destroyed.", "indonesia-emergency-services"},
	{"Prosecutors in Peru charged the former minister with bribery.", "peru-prosecutors"},
	{"The Mexican defence ministry said soldiers seized two tonnes of cocaine.", "mexico-defence-ministry"},
	{"Pakistan's foreign office rejected the statement as baseless.", "pakistan-foreign-ministry"},
	{"According to the ministry of health of Ghana, vaccination rates rose to 80 percent.", "ghana-health-ministry"},
	{"Argentina's statistics agency said inflation slowed to 3 percent in March.", "argentina-statistics-office"},
	{"The Egyptian presidency said the talks would continue next week.", "egypt-head-of-state"},
	{"Japan's defence ministry said the missile landed outside its economic zone.", "japan-defence-ministry"},
	{"Turkish police detained 30 people after the protest, state media reported.", "turkey-police"},
	{"The Philippine coast guard said a Chinese vessel fired water cannon at its boat.", "philippines-armed-forces"},
	{"Australia's prime minister said the agreement was a good outcome.", "australia-head-of-government"},
	{"South Africa's finance ministry said the budget deficit would narrow.", "south-africa-finance-ministry"},
	{"The Colombian army said it had found the missing soldiers alive.", "colombia-armed-forces"},
	{"Vietnam's foreign ministry said the patrol violated its sovereignty.", "vietnam-foreign-ministry"},
	{"The Ethiopian government said the road to Mekelle had reopened.", "ethiopia-government"},
	{"Canada's justice minister said the bill would be tabled this week.", "canada-justice-ministry"},
	{"Police in Bangladesh said the fire started in a chemical warehouse.", "bangladesh-police"},
	{"Senegal's interior ministry said the vote would go ahead as planned.", "senegal-interior-ministry"},
	{"The Moroccan health ministry reported 12 new cases on Friday.", "morocco-health-ministry"},
	{"Sri Lanka's central bank said reserves had recovered to 5 billion dollars.", "sri-lanka-central-bank"},
	{"The Hungarian government said it would veto the proposal.", "hungary-government"},
	{"Greece's coast guard said 60 migrants were rescued off Crete.", "greece-armed-forces"},
	{"Zimbabwe's electoral commission said turnout was 68 percent.", "zimbabwe-electoral-commission"},
	{"The Sudanese army said it had retaken the bridge in Omdurman.", "sudan-armed-forces"},
	{"Thailand's prime minister said the border crossing would reopen.", "thailand-head-of-government"},
	{"The Polish interior ministry said border guards stopped 200 crossings.", "poland-interior-ministry"},
	{"Italy's interior ministry said 1,200 migrants arrived over the weekend.", "italy-interior-ministry"},
	{"A court in Uganda ruled that the law was unconstitutional.", "uganda-courts"},
	{"Kazakhstan's defence ministry said the exercise involved 5,000 troops.", "kazakhstan-defence-ministry"},
	{"Venezuela's attorney general said 15 people had been arrested.", "venezuela-prosecutors"},
	{"The Lebanese army said it had deployed along the southern border.", "lebanon-armed-forces"},
	{"Qatar's foreign ministry said negotiations were at a sensitive stage.", "qatar-foreign-ministry"},
	{"Ireland's health service said waiting lists had grown by 5 percent.", "ireland-health-ministry"},
	{"The Spanish government said the fires had burned 10,000 hectares.", "spain-government"},
	{"Fiji's police commissioner said the officers had been suspended.", "fiji-police"},
	{"The Rwandan government denied supporting the rebels.", "rwanda-government"},
	{"Haitian police said gangs had attacked the station overnight.", "haiti-police"},
	{"Nepal's home ministry said 30 people were missing after the landslide.", "nepal-interior-ministry"},
	{"The Saudi defence ministry said it intercepted a drone over Jeddah.", "saudi-arabia-defence-ministry"},
	{"Germany's economy ministry said growth would be flat this year.", "germany-finance-ministry"},
	{"The Swiss foreign ministry said it had offered to host the talks.", "switzerland-foreign-ministry"},
	{"Malawi's health ministry said the outbreak had spread to four districts.", "malawi-health-ministry"},
	{"According to Jordanian state media, the king met the delegation in Amman.", "jordan-state-media"},
	{"The World Health Organization said the outbreak was under control.", "who"},
	{"The FDA warned that the supplement contained undeclared drugs.", "fda"},
	{"The European Medicines Agency said the benefits of the vaccine outweighed its risks.", "ema"},
	{"The IAEA said its inspectors had not been given access to the site.", "iaea"},
	{"The International Court of Justice ordered Israel to allow aid into Gaza.", "icj"},
	{"ICC prosecutors said they had sought an arrest warrant for the commander.", "icc"},
	{"Interpol said the suspect had been arrested in Spain.", "interpol"},
	{"The SEC charged the company with misleading investors.", "sec"},
	{"The IMF said the country's economy would grow 3 percent next year.", "imf"},
	{"The World Bank said poverty had risen for the first time in decades.", "world-bank"},
	{"The CDC said the number of measles cases had doubled.", "cdc"},
	{"NASA said the probe had reached the asteroid.", "nasa"},
	{"The European Commission said it would fine the company 2 billion euros.", "european-commission"},
	{"The African Union said it had suspended the country after the coup.", "african-union"},
	{"UNICEF said 1.5 million children were at risk of malnutrition.", "unicef"},
	{"The UN refugee agency said 200,000 people had fled across the border.", "unhcr"},
	{"The World Food Programme said it had run out of food in the north.", "wfp"},
	{"Amnesty International said the detainees had been tortured.", "amnesty-international"},
	{"Human Rights Watch said the strike killed at least 12 civilians.", "human-rights-watch"},
	{"The International Committee of the Red Cross said its convoy was shelled.", "icrc"},
}

// TestProbeResolvesStateInstitutionsAndBodies: at least 66 of the 70 citations resolve to a
// graded registry source.
func TestProbeResolvesStateInstitutionsAndBodies(t *testing.T) {
	reg, err := engine.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(reg)
	resolved, exact := 0, 0
	var misses []string
	for _, p := range probe {
		res := x.Extract("probe.txt", []byte("Probe\n\n"+p.sentence+"\n"))
		got := ""
		for _, s := range res.Sentences {
			for _, a := range s.Attributions {
				if src, ok := reg.Find(a.Source); ok && src.Reliability != "F" && got == "" {
					got = src.ID
				}
			}
		}
		switch {
		case got == p.want:
			resolved++
			exact++
		case got != "":
			resolved++
			misses = append(misses, fmt.Sprintf("%s → %s (want %s)", p.sentence, got, p.want))
		default:
			misses = append(misses, fmt.Sprintf("%s → no graded source (want %s)", p.sentence, p.want))
		}
	}
	t.Logf("probe: %d of %d resolve to a graded registry source (%d to the expected one)\n%s", resolved, len(probe), exact, strings.Join(misses, "\n"))
	if len(probe) < 70 {
		t.Fatalf("the probe has %d phrasings, want at least 70", len(probe))
	}
	if exact < 66 {
		t.Errorf("%d of %d resolve to the expected graded source, want at least 66", exact, len(probe))
	}
}
