package lang

import "maps"

// The texts of keys_collect.go.
func init() {
	maps.Copy(da, map[Key]string{
		CmdCollectShort: "Kald tal ind til udvalgets næste møde, ejer for ejer (tekst, regneark, e-mail)",
		CmdCollectLong: "Vis for udvalgets næste møde (eller --meeting DATO), ejer for ejer, de resultatmål der mangler tal\n" +
			"og de initiativer der mangler status eller er forsinkede, med fristen; til sidst en liste til lederen:\n" +
			"resultatmål der har manglet tal ved to møder i træk, og initiativer over deres frist.\n\n" +
			"--xlsx MAPPE skriver et regneark pr. ejer med kun ejerens rækker (arket Indtastning, som import læser);\n" +
			"--mail MAPPE skriver en e-mail pr. ejer som .eml-fil med regnearket vedhæftet; --send sender dem med\n" +
			"maskinens sendmail. Afsenderen er $BESKPLAN_FROM, ellers bruger@maskine.",
		FlagMeeting: "mødet med denne `dato` (2026-11-12) i stedet for det næste",
		FlagXLSXDir: "skriv et regneark pr. ejer i denne `mappe`",
		FlagMailDir: "skriv en e-mail (.eml) pr. ejer i denne `mappe`",
		FlagSend:    "send e-mailene med maskinens sendmail",

		CollectTitle:          "Tal til udvalgets møde %s om %s – frist %s",
		CollectNothing:        "Intet mangler: alle tal og initiativernes status for %s er der.",
		CollectNoEmail:        "ingen e-mailadresse",
		CollectNoOwner:        "Uden ejer",
		CollectMeasureLine:    "%s – tal for %s",
		CollectStateLine:      "%s – status for %s",
		CollectOverdueLine:    "%s – forsinket: skulle være færdigt %s (%s)",
		CollectManager:        "Til lederen",
		CollectTwice:          "Mangler tal ved to møder i træk (%s og %s):",
		CollectTwiceLine:      "%s – %s",
		CollectTwiceNone:      "Intet resultatmål har manglet tal ved to møder i træk.",
		CollectFirstMeeting:   "%s er planens første møde: der er intet møde før at sammenligne med.",
		CollectOverdueHead:    "Initiativer over deres frist:",
		CollectOverdueManager: "%s – skulle være færdigt %s (%s, %s)",
		CollectOverdueNone:    "Ingen initiativer er over deres frist.",
		CollectStateUnit:      "status",
		CollectNoState:        "ingen status",

		CollectNoMeetings:     "%s har ingen møder: skriv et [[meeting]] med date og period for hvert af udvalgets møder",
		CollectNoNextMeeting:  "planen har intet møde %s eller senere; det seneste var %s: vælg et med --meeting DATO",
		CollectUnknownMeeting: "planen har intet møde %s; dens møder er %s",
		CollectBadDate:        "--meeting skal være en mødedato som 2026-11-12, ikke %q",
		CollectBadFrom:        "BESKPLAN_FROM skal være en e-mailadresse som \"Jobcentret <job@kommune.dk>\", ikke %q",
		CollectWrote:          "skrev %s i %s",
		CollectFile:           "%d fil",
		CollectFiles:          "%d filer",
		CollectWriteFailed:    "kunne ikke skrive i %s: %v; intet er skrevet",
		CollectNoAddress:      "%s har ingen e-mailadresse: ingen e-mail til dem",
		CollectNoAddressSheet: "%s har ingen e-mailadresse: ingen e-mail, men regnearket %s ligger klar til at give videre",
		CollectNoSendmail:     "der er ingen sendmail på denne maskine (søgt i PATH og %s): intet er sendt",
		CollectNoSendmailKept: "e-mailene ligger i %s og kan åbnes og sendes fra et mailprogram",
		CollectSent:           "sendt til %s",
		CollectSentBefore:     "allerede sendt til: %s",
		CollectNoneSent:       "intet er sendt",
		CollectNotSent:        "ikke sendt til: %s",
		CollectSendTimeout:    "sendmail svarede ikke inden for %s sekunder og er stoppet",
		CollectSendFailed:     "sendmail kunne ikke sende til %s: %v",
		CollectNothingToSend:  "ingen ejer med en e-mailadresse mangler noget: intet at sende",

		MailSubject:     "Tal til udvalgets møde %s – senest %s",
		MailGreeting:    "Kære %s",
		MailIntro:       "Udvalget holder møde %s og ser på %s. Vi mangler disse tal og oplysninger fra jer, senest %s:",
		MailMeasures:    "Resultatmål:",
		MailMeasureLine: "- %s %s: tal for %s",
		MailInitiatives: "Initiativer:",
		MailStateLine:   "- %s %s: status for %s",
		MailOverdueLine: "- %s %s: skulle være færdigt %s, men er ikke meldt afsluttet",
		MailAttached:    "Skriv tallene og initiativernes status i kolonnen »%s« i det vedhæftede regneark %s, og send det tilbage.",
		MailStates:      "En status er et af ordene %s.",
		MailRegards:     "Venlig hilsen\n%s",
	})
	maps.Copy(en, map[Key]string{
		CmdCollectShort: "Call in the figures for the committee's next meeting, owner by owner (text, workbooks, e-mail)",
		CmdCollectLong: "Show for the committee's next meeting (or --meeting DATE), owner by owner, the measures missing figures\n" +
			"and the initiatives missing a state or overdue, with the deadline; last a list for the manager:\n" +
			"measures missing figures at two meetings running, and initiatives past their due date.\n\n" +
			"--xlsx DIR writes a workbook per owner holding only that owner's rows (the Entry sheet import reads);\n" +
			"--mail DIR writes an e-mail per owner as an .eml file with the workbook attached; --send sends them\n" +
			"with the machine's sendmail. The sender is $BESKPLAN_FROM, else user@host.",
		FlagMeeting: "the meeting on this `date` (2026-11-12) instead of the next",
		FlagXLSXDir: "write a workbook per owner in this `folder`",
		FlagMailDir: "write an e-mail (.eml) per owner in this `folder`",
		FlagSend:    "send the e-mails with the machine's sendmail",

		CollectTitle:          "Figures for the committee's meeting on %s about %s – due %s",
		CollectNothing:        "Nothing is missing: every figure and every initiative's state for %s is there.",
		CollectNoEmail:        "no e-mail address",
		CollectNoOwner:        "No owner",
		CollectMeasureLine:    "%s – figure for %s",
		CollectStateLine:      "%s – state for %s",
		CollectOverdueLine:    "%s – overdue: due %s (%s)",
		CollectManager:        "For the manager",
		CollectTwice:          "Missing figures at two meetings running (%s and %s):",
		CollectTwiceLine:      "%s – %s",
		CollectTwiceNone:      "No measure has missed figures at two meetings running.",
		CollectFirstMeeting:   "%s is the plan's first meeting: there is no meeting before to compare with.",
		CollectOverdueHead:    "Initiatives past their due date:",
		CollectOverdueManager: "%s – due %s (%s, %s)",
		CollectOverdueNone:    "No initiative is past its due date.",
		CollectStateUnit:      "state",
		CollectNoState:        "no state",

		CollectNoMeetings:     "%s has no meetings: write a [[meeting]] with date and period for each of the committee's meetings",
		CollectNoNextMeeting:  "the plan has no meeting on %s or later; the last was on %s: choose one with --meeting DATE",
		CollectUnknownMeeting: "the plan has no meeting on %s; its meetings are on %s",
		CollectBadDate:        "--meeting must be a meeting's date such as 2026-11-12, not %q",
		CollectBadFrom:        "BESKPLAN_FROM must be an e-mail address such as \"Job centre <job@kommune.dk>\", not %q",
		CollectWrote:          "wrote %s in %s",
		CollectFile:           "%d file",
		CollectFiles:          "%d files",
		CollectWriteFailed:    "could not write in %s: %v; nothing is written",
		CollectNoAddress:      "%s has no e-mail address: no e-mail to them",
		CollectNoAddressSheet: "%s has no e-mail address: no e-mail, but the workbook %s is ready to hand on",
		CollectNoSendmail:     "there is no sendmail on this machine (looked in PATH and %s): nothing is sent",
		CollectNoSendmailKept: "the e-mails are in %s and can be opened and sent from a mail program",
		CollectSent:           "sent to %s",
		CollectSentBefore:     "already sent to: %s",
		CollectNoneSent:       "nothing was sent",
		CollectNotSent:        "not sent to: %s",
		CollectSendTimeout:    "sendmail did not answer within %s seconds and was stopped",
		CollectSendFailed:     "sendmail could not send to %s: %v",
		CollectNothingToSend:  "no owner with an e-mail address is missing anything: nothing to send",

		MailSubject:     "Figures for the committee's meeting on %s – due %s",
		MailGreeting:    "Dear %s",
		MailIntro:       "The committee meets on %s and looks at %s. We are missing these figures and facts from you, by %s:",
		MailMeasures:    "Measures:",
		MailMeasureLine: "- %s %s: figure for %s",
		MailInitiatives: "Initiatives:",
		MailStateLine:   "- %s %s: state for %s",
		MailOverdueLine: "- %s %s: due %s, but not reported done",
		MailAttached:    "Write the figures and the initiatives' states in the column \"%s\" of the attached workbook %s, and send it back.",
		MailStates:      "A state is one of the words %s.",
		MailRegards:     "Kind regards\n%s",
	})
}
