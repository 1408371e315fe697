package entity

import (
	"os"
	"testing"
	"time"
)

func TestDebugSeed(t *testing.T) {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		t.Skip()
	}
	st := time.Now()
	tg, err := ReadModel(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("load", time.Since(st))
	text, _ := os.ReadFile("../../shared/seeds/000_fe0be2211194353a.txt")
	for _, sp := range tg.Tag(string(text)) {
		t.Log(sp.Type, sp.Text)
	}
}
