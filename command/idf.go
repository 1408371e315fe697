package command

import (
	"io"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/idf"
)

// IDFBuildOptions are idf build's options.
type IDFBuildOptions struct {
	In    Inputs
	Batch Batch
	MinDF int64 // terms in fewer documents are left out
}

// IDFBuild counts the document frequencies of the inputs.
func IDFBuild(o IDFBuildOptions, s *IO) error {
	if o.MinDF < 1 {
		return usagef("idf build: --min-df must be at least 1")
	}
	m := idf.New()
	err := s.runBatch(o.In, o.Batch, func(d batch.Doc) (any, error) {
		var terms []string
		idf.Terms(d.Text, func(t string) { terms = append(terms, t) })
		return terms, nil
	}, func(r batch.Result) error {
		if r.Err == nil {
			m.AddTerms(r.Data.([]string))
		}
		return nil
	})
	if err != nil {
		return err
	}
	m.Prune(o.MinDF)
	if m.Documents() == 0 {
		s.warnf("idf build: no documents; the model is empty")
	}
	return writeModel(s, o.In.Output, m)
}

// IDFMergeOptions are idf merge's arguments: the models, and -o.
type IDFMergeOptions struct {
	Models []string
	Output string
}

// IDFMerge adds the models into one.
func IDFMerge(o IDFMergeOptions, s *IO) error {
	if len(o.Models) < 2 {
		return usagef("idf merge: give at least two models")
	}
	if err := refuseOutputAsInput(Inputs{Names: o.Models, Output: o.Output}); err != nil {
		return err
	}
	m := idf.New()
	for _, n := range o.Models {
		part, err := idf.Load(n)
		if err != nil {
			return err
		}
		m.Merge(part)
	}
	return writeModel(s, o.Output, m)
}

func writeModel(s *IO, out string, m *idf.Model) error {
	return s.writeTo(out, func(w io.Writer) error {
		_, err := m.WriteTo(w)
		return err
	})
}
