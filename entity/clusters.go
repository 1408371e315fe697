package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/arprep/arprep/arabic"
)

// Word clusters: each word's contexts (the words at −2, −1, +1, +2) are counted over
// unlabelled text, weighted by positive PMI, randomly projected to a dense vector and
// clustered by spherical k-means, top-down, so that each word gets a coarse, a middle and a
// fine class. Names that never occur in the labelled data share classes with names that do.

// branching gives the number of sub-clusters made at each level.
var branching = [...]int{16, 16, 8}

const nLevels = len(branching)

type clusterConfig struct {
	MinCount   int // words seen fewer times get no cluster
	MaxVocab   int // at most this many words are clustered (the most frequent)
	Contexts   int // the most frequent words used as context features
	Dims       int // random projection size
	Iterations int // k-means iterations per split
	Seed       uint64
}

var defaultClusterConfig = clusterConfig{MinCount: 3, MaxVocab: 80000, Contexts: 1500, Dims: 128, Iterations: 12}

// unitString maps a token to the string clustering sees: a word's form without
// conjunction/preposition clitics (article kept), or a class for numbers, Latin and symbols.
func unitString(t arabic.Token) string {
	switch t.Kind {
	case arabic.Word:
		return arabic.StripProclitics(arabic.Normalize(t.Text))
	case arabic.Number:
		return "<num>"
	case arabic.Latin:
		return "<lat>"
	case arabic.Punct:
		return t.Text
	}
	return "<sym>"
}

// readCorpusText reads the title and text of each JSONL record (the ANT corpus format).
func readCorpusText(r io.Reader) ([]string, error) {
	var docs []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", line, err)
		}
		docs = append(docs, rec.Title+"\n"+rec.Text)
	}
	return docs, sc.Err()
}

// learnClusters clusters the words of the given token sequences (each a document or sentence).
func learnClusters(seqs [][]string, cfg clusterConfig) map[string][nLevels]uint16 {
	counts := map[string]int{}
	for _, s := range seqs {
		for _, w := range s {
			counts[w]++
		}
	}
	byFreq := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= cfg.MinCount {
			byFreq = append(byFreq, w)
		}
	}
	sort.Slice(byFreq, func(i, j int) bool {
		ci, cj := counts[byFreq[i]], counts[byFreq[j]]
		return ci > cj || ci == cj && byFreq[i] < byFreq[j]
	})
	if len(byFreq) > cfg.MaxVocab {
		byFreq = byFreq[:cfg.MaxVocab]
	}
	vocab := make(map[string]int, len(byFreq))
	for i, w := range byFreq {
		vocab[w] = i
	}
	nCtx := min(cfg.Contexts, len(byFreq))
	// Context feature of the word at offset slot (0..3 for −2, −1, +1, +2) with context id c:
	// slot*nCtx + c; sentence edges are context nCtx-1+1 = a feature of its own.
	nFeat := 4 * (nCtx + 1)
	var pairs []uint64
	for _, s := range seqs {
		for i, w := range s {
			v, ok := vocab[w]
			if !ok {
				continue
			}
			for slot, d := range [4]int{-2, -1, 1, 2} {
				c := nCtx // edge
				if j := i + d; j >= 0 && j < len(s) {
					id, ok := vocab[s[j]]
					if !ok || id >= nCtx {
						continue
					}
					c = id
				}
				pairs = append(pairs, uint64(v)<<32|uint64(slot*(nCtx+1)+c))
			}
		}
	}
	slices.Sort(pairs)
	type cell struct {
		f int
		n float64
	}
	rows := make([][]cell, len(byFreq))
	featTotal := make([]float64, nFeat)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		v, f := int(pairs[i]>>32), int(uint32(pairs[i]))
		rows[v] = append(rows[v], cell{f, float64(j - i)})
		featTotal[f] += float64(j - i)
		i = j
	}
	// Positive PMI with context distribution smoothing (α = 0.75).
	var z float64
	logPf := make([]float64, nFeat)
	for f, n := range featTotal {
		if n > 0 {
			logPf[f] = 0.75 * math.Log(n)
			z += math.Pow(n, 0.75)
		}
	}
	logZ := math.Log(z)
	proj := make([]float32, nFeat*cfg.Dims)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x636c7573746572))
	for i := range proj {
		if rng.Uint64()&1 == 0 {
			proj[i] = 1
		} else {
			proj[i] = -1
		}
	}
	vecs := make([][]float32, len(byFreq))
	for v, row := range rows {
		vec := make([]float32, cfg.Dims)
		var total float64
		for _, c := range row {
			total += c.n
		}
		for _, c := range row {
			pmi := math.Log(c.n/total) - (logPf[c.f] - logZ)
			if pmi <= 0 {
				continue
			}
			p := proj[c.f*cfg.Dims : (c.f+1)*cfg.Dims]
			for d := range vec {
				vec[d] += float32(pmi) * p[d]
			}
		}
		normalise(vec)
		vecs[v] = vec
	}
	ids := make([][nLevels]uint16, len(byFreq))
	members := make([]int, len(byFreq))
	for i := range members {
		members[i] = i
	}
	splitLevel(vecs, members, 0, 0, ids, cfg, rng)
	out := make(map[string][nLevels]uint16, len(byFreq))
	for i, w := range byFreq {
		out[w] = ids[i]
	}
	return out
}

// splitLevel clusters members at the given level and recurses into each cluster; parent is
// the cluster number (0-based) at the level above.
func splitLevel(vecs [][]float32, members []int, level, parent int, ids [][nLevels]uint16, cfg clusterConfig, rng *rand.Rand) {
	if level == nLevels || len(members) == 0 {
		return
	}
	k := min(branching[level], len(members))
	assign := kmeans(vecs, members, k, cfg.Iterations, rng)
	groups := make([][]int, k)
	for i, m := range members {
		c := assign[i]
		ids[m][level] = uint16(parent*branching[level] + c + 1)
		groups[c] = append(groups[c], m)
	}
	for c, g := range groups {
		splitLevel(vecs, g, level+1, parent*branching[level]+c, ids, cfg, rng)
	}
}

// kmeans is spherical k-means (cosine) with k-means++ seeding; it returns each member's cluster.
func kmeans(vecs [][]float32, members []int, k, iters int, rng *rand.Rand) []int {
	dims := len(vecs[members[0]])
	cent := make([][]float32, 0, k)
	dist := make([]float64, len(members))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	cent = append(cent, slices.Clone(vecs[members[rng.IntN(len(members))]]))
	for len(cent) < k {
		var sum float64
		last := cent[len(cent)-1]
		for i, m := range members {
			d := 1 - float64(dot(vecs[m], last))
			if d < 0 {
				d = 0
			}
			dist[i] = min(dist[i], d*d)
			sum += dist[i]
		}
		pick := len(members) - 1
		if sum > 0 {
			r := rng.Float64() * sum
			for i, d := range dist {
				r -= d
				if r <= 0 {
					pick = i
					break
				}
			}
		} else {
			pick = rng.IntN(len(members))
		}
		cent = append(cent, slices.Clone(vecs[members[pick]]))
	}
	assign := make([]int, len(members))
	for it := 0; it < iters; it++ {
		changed := false
		for i, m := range members {
			best, arg := float32(math.Inf(-1)), 0
			for c, ct := range cent {
				if s := dot(vecs[m], ct); s > best {
					best, arg = s, c
				}
			}
			if assign[i] != arg || it == 0 {
				changed = changed || assign[i] != arg
				assign[i] = arg
			}
		}
		if !changed && it > 0 {
			break
		}
		for c := range cent {
			cent[c] = make([]float32, dims)
		}
		for i, m := range members {
			ct := cent[assign[i]]
			for d, x := range vecs[m] {
				ct[d] += x
			}
		}
		for _, ct := range cent {
			normalise(ct)
		}
	}
	return assign
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// A word profile summarises how a word (by its Key) behaves in the unlabelled text: how
// often it occurs, how often with the article (names of people almost never take it), and
// how often right after a title such as الرئيس or الفريق, and how often right after the
// head of an organisation's name (حزب، شركة، نادي...). Each is a small bucket number.
type profile [4]uint8

// wordProfiles computes the profiles of the words seen at least twice in seqs (unit strings).
func wordProfiles(seqs [][]string) map[string]profile {
	type stat struct{ n, art, trig, org int }
	keys := map[string]string{}
	keyOf := func(u string) string {
		k, ok := keys[u]
		if !ok {
			k = arabic.Key(u)
			keys[u] = k
		}
		return k
	}
	stats := map[string]*stat{}
	for _, s := range seqs {
		prevTitle, prevOrg := false, false
		for _, u := range s {
			k := keyOf(u)
			st := stats[k]
			if st == nil {
				st = &stat{}
				stats[k] = st
			}
			st.n++
			if k != u && strings.HasPrefix(u, "ال") && !strings.HasPrefix(k, "ال") {
				st.art++
			}
			if prevTitle {
				st.trig++
			}
			if prevOrg {
				st.org++
			}
			prevTitle = triggers[k] == trigTitle
			prevOrg = triggers[k] == trigOrg && k == u // the head itself, without the article
		}
	}
	out := map[string]profile{}
	for k, st := range stats {
		if st.n < 2 || k == "" {
			continue
		}
		var p profile
		p[0] = uint8(min(7, bits.Len(uint(st.n))/2))
		p[1], p[2], p[3] = 5, 4, 4
		if st.n >= 3 {
			p[1] = ratioBucket(st.art, st.n, 0.2, 0.5, 0.8)
			p[2] = ratioBucket(st.trig, st.n, 0.05, 0.2)
			p[3] = ratioBucket(st.org, st.n, 0.05, 0.2)
		}
		out[k] = p
	}
	return out
}

// ratioBucket is 0 when a is 0, else 1 + the number of bounds a/n reaches.
func ratioBucket(a, n int, bounds ...float64) uint8 {
	if a == 0 {
		return 0
	}
	b := uint8(1)
	for _, x := range bounds {
		if float64(a)/float64(n) >= x {
			b++
		}
	}
	return b
}
