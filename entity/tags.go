package entity

// Entity types, in the order the model stores them.
var types = [...]string{"PERS", "LOC", "ORG", "MISC"}

// The IOB2 tag set: O, then B-/I- for each type. Tag ids are indices into tagNames.
const (
	tagO  = 0
	nTags = 1 + 2*len(types)
)

var tagNames = func() [nTags]string {
	var t [nTags]string
	t[tagO] = "O"
	for i, ty := range types {
		t[1+2*i] = "B-" + ty
		t[2+2*i] = "I-" + ty
	}
	return t
}()

func isInside(tag int) bool { return tag != tagO && tag%2 == 0 }

// typeOf returns the type index (into types) of a B- or I- tag.
func typeOf(tag int) int { return (tag - 1) / 2 }

// allowed reports whether tag next may follow prev in IOB2 (prev < 0 means sentence start).
func allowed(prev, next int) bool {
	if !isInside(next) {
		return true
	}
	return prev >= 0 && prev != tagO && typeOf(prev) == typeOf(next)
}

// parseTag maps a CoNLL tag to a tag id; unknown types and malformed tags become O.
func parseTag(s string) int {
	for i, n := range tagNames {
		if s == n {
			return i
		}
	}
	return tagO
}

// repairIOB2 turns each I- tag that does not continue an entity of its type into B-,
// the conlleval reading of such tags (ANERcorp has a few).
func repairIOB2(tags []int) {
	prev := -1
	for i, t := range tags {
		if isInside(t) && !allowed(prev, t) {
			tags[i] = t - 1
		}
		prev = tags[i]
	}
}

// tokenSpan is an entity over tokens [start, end).
type tokenSpan struct {
	start, end int
	typ        string
}

// tokenSpans reads the entities of a tag sequence the conlleval way: an I- tag that does
// not continue an entity of its type starts one.
func tokenSpans(tags []int) []tokenSpan {
	var out []tokenSpan
	start, ty := -1, -1
	for i := 0; i <= len(tags); i++ {
		t := tagO
		if i < len(tags) {
			t = tags[i]
		}
		if start >= 0 && (!isInside(t) || typeOf(t) != ty) {
			out = append(out, tokenSpan{start, i, types[ty]})
			start = -1
		}
		if t != tagO && start < 0 {
			start, ty = i, typeOf(t)
		}
	}
	return out
}
