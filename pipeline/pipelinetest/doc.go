// Package pipelinetest helps the tests of code that takes a pipeline.Tagger, as
// net/http/httptest does for handlers: the pipeline's and the commands' tests both check that
// a document is tagged once, and count the calls with the same tagger.
//
// It imports entity, not pipeline, so that pipeline's own tests can use it.
package pipelinetest
