package span

// Entity is a named entity in a text: text[Start:End], byte offsets, of a Type: PERS, LOC,
// ORG or MISC.
type Entity struct {
	Start, End int
	Type       string
}
