package lang

import "maps"

// The texts of keys_assess.go.
func init() {
	maps.Copy(da, map[Key]string{
		AssessUsage:          "brug: beskplan assess MÅL|RESULTATMÅL PERIODE --text TEKST (eller --file FIL), eller beskplan assess --indstilling PERIODE --text TEKST: teksten med --text eller --file, ikke begge",
		AssessTextTooLarge:   "teksten er %d KiB; en vurdering er højst %d KiB",
		AssessFileNotUTF8:    "filen er ikke UTF-8 her (byte 0x%02x): gem den som UTF-8 (i Notesblok: Gem som, Kodning UTF-8)",
		AssessTextControl:    "teksten har et styretegn (%U), som ikke kan vises: skriv den uden",
		AssessEmpty:          "teksten er tom: skriv vurderingen med --text \"…\" eller --file FIL",
		AssessNeedsID:        "skriv hvilket mål eller resultatmål vurderingen gælder (fx M1), eller --indstilling for papirets egen",
		AssessNoSuchID:       "der er intet mål eller resultatmål med id %q",
		AssessNoSuchIDNear:   "der er intet mål eller resultatmål med id %q; mente du %q?",
		WrittenOf:            "vurdering af %s for %s",
		WrittenOwn:           "papirets vurdering for %s",
		IndstillingOf:        "indstilling for %s",
		VurderingHead:        "Vurdering",
		IndstillingHead:      "Indstilling",
		KeyAssess:            "vurdering",
		KeySaveText:          "gem",
		AssessTitle:          "Vurdering af %s for %s",
		AssessNone:           "Der er ingen vurdering for %s endnu.",
		AssessCurrent:        "Den gældende er skrevet af %s %s.",
		AssessDropAsk:        "Teksten er ikke gemt. Tryk esc igen for at kassere den, ctrl+s for at gemme.",
		AssessSaveHint:       "ctrl+s gemmer · esc tilbage · enter ny linje",
		AgendaCase:           "Sagsfremstilling",
		AgendaCaseIntro:      "Sagen giver udvalget status på beskæftigelsesplanen pr. %s: målene og resultatmålene, og hvad der er ændret siden sidste møde.",
		AgendaAssessment:     "Vurdering",
		AgendaRecommendation: "Indstilling",
		AgendaAppendix:       "Bilag",
		AgendaAppendixIntro:  "Bilaget har resultatmålene mål for mål, med tal, mål og spor, og initiativerne.",
		AgendaNoVurdering:    "Der er ikke skrevet en vurdering for %s.",
		AgendaNoIndstilling:  "Der er ikke skrevet en indstilling for %s.",
		AgendaOwnVurdering:   "Samlet vurdering",
		AgendaFormats:        "--agenda giver dagsordenspunktet som md eller html, ikke %s",
		CmdAssessUse:         "assess MÅL|RESULTATMÅL PERIODE --text TEKST | --file FIL  eller  assess --indstilling PERIODE --text TEKST",
		CmdAssessShort:       "Skriv vurderingen af et mål (eller papirets indstilling) til udvalgets papir",
		CmdAssessLong: "Skriv den skriftlige vurdering af et mål eller et resultatmål for en periode, fx\n" +
			"  beskplan assess M1 \"3. kvartal 2026\" --text \"Flere ledige er i gang med uddannelse …\"\n" +
			"  beskplan assess M1 2026-Q3 --file vurdering-m1.txt\n" +
			"eller papirets indstilling:\n" +
			"  beskplan assess --indstilling 2026-Q3 --text \"Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.\"\n" +
			"Teksten gemmes som en post i statusfilen, med hvem og hvornår; en senere vurdering for samme periode afløser den.",
		FlagText:               "vurderingens `tekst`",
		FlagFile:               "læs teksten fra en `fil` (UTF-8, højst 64 KiB)",
		FlagIndstilling:        "skriv papirets indstilling for perioden i stedet for et måls vurdering",
		GoalVurderingColumn:    "Vurdering af målet",
		MeasureVurderingColumn: "Vurdering af resultatmålet",
		SheetWritten:           "Vurdering",
		WrittenOfColumn:        "Vurdering af",
		FlagAgenda:             "rapporten som et dagsordenspunkt: sagsfremstilling, vurdering, indstilling, bilag",
	})
	maps.Copy(en, map[Key]string{
		AssessUsage:          "usage: beskplan assess GOAL|MEASURE PERIOD --text TEXT (or --file FILE), or beskplan assess --indstilling PERIOD --text TEXT: the text with --text or --file, not both",
		AssessTextTooLarge:   "the text is %d KiB; an assessment is at most %d KiB",
		AssessFileNotUTF8:    "the file is not UTF-8 here (byte 0x%02x): save it as UTF-8",
		AssessTextControl:    "the text has a control character (%U) that cannot be shown: write it without",
		AssessEmpty:          "the text is empty: write the assessment with --text \"…\" or --file FILE",
		AssessNeedsID:        "say which goal or measure the assessment is of (e.g. M1), or --indstilling for the paper's own",
		AssessNoSuchID:       "there is no goal or measure with id %q",
		AssessNoSuchIDNear:   "there is no goal or measure with id %q; did you mean %q?",
		WrittenOf:            "assessment of %s for %s",
		WrittenOwn:           "the paper's assessment for %s",
		IndstillingOf:        "recommendation for %s",
		VurderingHead:        "Assessment",
		IndstillingHead:      "Recommendation",
		KeyAssess:            "assessment",
		KeySaveText:          "save",
		AssessTitle:          "Assessment of %s for %s",
		AssessNone:           "There is no assessment for %s yet.",
		AssessCurrent:        "The one that counts was written by %s on %s.",
		AssessDropAsk:        "The text is not saved. Press esc again to drop it, ctrl+s to save it.",
		AssessSaveHint:       "ctrl+s saves · esc back · enter new line",
		AgendaCase:           "Case presentation",
		AgendaCaseIntro:      "The item gives the committee the employment plan's status as of %s: the goals and measures, and what changed since the last meeting.",
		AgendaAssessment:     "Assessment",
		AgendaRecommendation: "Recommendation",
		AgendaAppendix:       "Appendix",
		AgendaAppendixIntro:  "The appendix has the measures goal by goal, with figures, targets and tracks, and the initiatives.",
		AgendaNoVurdering:    "No assessment was written for %s.",
		AgendaNoIndstilling:  "No recommendation was written for %s.",
		AgendaOwnVurdering:   "Overall assessment",
		AgendaFormats:        "--agenda makes the agenda item as md or html, not %s",
		CmdAssessUse:         "assess GOAL|MEASURE PERIOD --text TEXT | --file FILE  or  assess --indstilling PERIOD --text TEXT",
		CmdAssessShort:       "Write the assessment of a goal (or the paper's recommendation) for the committee's paper",
		CmdAssessLong: "Write the written assessment of a goal or a measure for a period, e.g.\n" +
			"  beskplan assess M1 \"3. kvartal 2026\" --text \"More unemployed people are in education …\"\n" +
			"  beskplan assess M1 2026-Q3 --file assessment-m1.txt\n" +
			"or the paper's recommendation (indstilling):\n" +
			"  beskplan assess --indstilling 2026-Q3 --text \"Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.\"\n" +
			"The text is saved as an entry in the status file, with who and when; a later assessment for the same period replaces it.",
		FlagText:               "the assessment's `text`",
		FlagFile:               "read the text from a `file` (UTF-8, at most 64 KiB)",
		FlagIndstilling:        "write the paper's recommendation for the period instead of a goal's assessment",
		GoalVurderingColumn:    "Assessment of the goal",
		MeasureVurderingColumn: "Assessment of the measure",
		SheetWritten:           "Assessment",
		WrittenOfColumn:        "Assessment of",
		FlagAgenda:             "the report as an agenda item: case presentation, assessment, recommendation, appendix",
	})
}
