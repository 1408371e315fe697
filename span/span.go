package span

// Entity is a named entity in a text: text[Start:End], byte offsets, of a Type: PERS, LOC,
// ORG or MISC.
//
// Margin is how sure the tagger is of the entity's type: how far its best reading of the
// sentence is ahead of its best reading that gives one of the entity's words another type
// or none, in the tagger's score units. It is 0 when the tagger gives no margin (the English
// tagger, hand-made spans) and negative when a rule, not the model, made the entity.
type Entity struct {
	Start, End int
	Type       string
	Margin     float32
}
