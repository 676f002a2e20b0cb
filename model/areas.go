package model

import "strings"

// Regions lists Denmark's five regions and their 98 municipalities, as the
// ministry's tables name them. A comparison group may be a region, and an
// area a table holds that is not a municipality (a region, "Hele landet")
// is an aggregate, never ranked.
var Regions = []struct {
	Name  string
	Areas []string
}{
	{"Region Hovedstaden", []string{"Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør", "Egedal", "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør", "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ishøj", "København", "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby", "Vallensbæk"}},
	{"Region Sjælland", []string{"Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg"}},
	{"Region Syddanmark", []string{"Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn", "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa"}},
	{"Region Midtjylland", []string{"Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus"}},
	{"Region Nordjylland", []string{"Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands", "Aalborg"}},
}

// National is the name of the group of every municipality.
const National = "Hele landet"

// AreaKey is how an area's name is matched: without "Kommune", case and
// extra spaces, so "Fredericia Kommune" in a plan is "Fredericia" in a
// table. A genitive s ("Københavns Kommune") is matched by AreaRow.
func AreaKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	out := f[:0]
	for _, w := range f {
		if w != "kommune" && w != "kommunes" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// nationalKeys are the names a table's row of the whole country goes by.
var nationalKeys = map[string]bool{
	"hele landet": true, "landet": true, "i alt": true, "alle": true, "alle kommuner": true,
	"danmark": true, "landsgennemsnit": true, "landsgennemsnittet": true, "landstotal": true,
	"total": true, "national": true, "country": true, "all": true, "whole country": true,
}

// IsNationalName reports whether a table's row name is the whole country.
func IsNationalName(name string) bool { return nationalKeys[AreaKey(name)] }

// IsAggregateName reports whether a row name is a sum of municipalities (the
// country, a region, a landsdel) rather than a municipality.
func IsAggregateName(name string) bool {
	k := AreaKey(name)
	return nationalKeys[k] || strings.HasPrefix(k, "region ") || strings.HasPrefix(k, "landsdel ")
}

// RegionOf returns the region's municipalities by its name ("Region
// Syddanmark" or "Syddanmark"), and whether it is one.
func RegionOf(name string) (string, []string, bool) {
	k := AreaKey(name)
	for _, r := range Regions {
		rk := AreaKey(r.Name)
		if k == rk || "region "+k == rk {
			return r.Name, r.Areas, true
		}
	}
	return "", nil, false
}

// Municipalities is the number of Denmark's municipalities: the whole a
// rank among all of them is made of.
const Municipalities = 98

// municipalityKeys are the AreaKeys of the 98 municipalities.
var municipalityKeys = func() map[string]int {
	keys := make(map[string]int, Municipalities)
	for _, r := range Regions {
		for _, a := range r.Areas {
			keys[AreaKey(a)] = len(keys)
		}
	}
	return keys
}()

// IsMunicipalityName reports whether a row name is one of the 98
// municipalities ("Københavns Kommune" and "København" alike): a cluster,
// a region or the whole country never ranks as one.
func IsMunicipalityName(name string) bool {
	_, ok := AreaRow(municipalityKeys, AreaKey(name))
	return ok
}
