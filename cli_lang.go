package main

// --lang: each document goes through the Arabic pipeline or, when it is English, through
// prose (package english). auto decides per document from its letters (package lang); the
// routing is package pipeline's.

import (
	"github.com/urfave/cli/v2"
)

var langFlag = &cli.StringFlag{Name: "lang", Value: "auto", Usage: "source language: ar, en, or auto (decided per document from its letters)"}
