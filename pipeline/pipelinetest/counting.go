package pipelinetest

import (
	"sync/atomic"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/span"
)

// CountingTagger tags with Tagger and counts the texts it is given, safe for concurrent use.
type CountingTagger struct {
	Tagger *entity.Tagger
	calls  atomic.Int64
}

// Analyse is Tagger.Analyse, counted.
func (c *CountingTagger) Analyse(text string) entity.Analysis {
	c.calls.Add(1)
	return c.Tagger.Analyse(text)
}

// Tag is Tagger.Tag, counted.
func (c *CountingTagger) Tag(text string) []span.Entity {
	c.calls.Add(1)
	return c.Tagger.Tag(text)
}

// Calls is the number of texts given so far.
func (c *CountingTagger) Calls() int64 { return c.calls.Load() }
