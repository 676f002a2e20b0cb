package report

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// XLSXType is the media type of a workbook.
const XLSXType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// Attachment is a file an e-mail carries.
type Attachment struct {
	Name    string
	Content []byte
}

// CollectMail is the e-mail to the owner (who has an address) asking for
// what the meeting lacks: a standard message (RFC 5322, MIME) with CRLF
// line ends, UTF-8 text in quoted-printable, and the workbook attached in
// base64, as any mail program opens it. sender signs it (the
// municipality); from is who sends it; date its Date.
func CollectMail(c *Collect, o *CollectOwner, l lang.Lang, from *mail.Address, sender string, date time.Time, sheet Attachment) ([]byte, error) {
	var body bytes.Buffer
	parts := multipart.NewWriter(&body)
	var head strings.Builder
	header := func(k, v string) { head.WriteString(k + ": " + v + "\r\n") }
	to := mail.Address{Name: printable.Line(o.Name), Address: o.Email}
	header("From", from.String())
	header("To", to.String())
	header("Subject", mime.QEncoding.Encode("utf-8", l.T(lang.MailSubject, l.Date(c.Meeting.Date), l.Date(c.Meeting.Deadline))))
	header("Date", date.Format(time.RFC1123Z))
	header("Message-ID", messageID(from.Address))
	header("MIME-Version", "1.0")
	header("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": parts.Boundary()}))
	head.WriteString("\r\n")

	text, err := parts.CreatePart(textproto.MIMEHeader{
		"Content-Type":              {"text/plain; charset=utf-8"},
		"Content-Transfer-Encoding": {"quoted-printable"},
	})
	if err != nil {
		return nil, err
	}
	qp := quotedprintable.NewWriter(text)
	if _, err := qp.Write([]byte(mailText(c, o, l, sender, sheet.Name))); err != nil {
		return nil, err
	}
	if err := qp.Close(); err != nil {
		return nil, err
	}
	if sheet.Name != "" {
		file, err := parts.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {mime.FormatMediaType(XLSXType, map[string]string{"name": sheet.Name})},
			"Content-Disposition":       {mime.FormatMediaType("attachment", map[string]string{"filename": sheet.Name})},
			"Content-Transfer-Encoding": {"base64"},
		})
		if err != nil {
			return nil, err
		}
		encoded := base64.StdEncoding.EncodeToString(sheet.Content)
		for len(encoded) > 76 {
			fmt.Fprint(file, encoded[:76]+"\r\n")
			encoded = encoded[76:]
		}
		fmt.Fprint(file, encoded+"\r\n")
	}
	if err := parts.Close(); err != nil {
		return nil, err
	}
	return append([]byte(head.String()), body.Bytes()...), nil
}

// mailText is the e-mail's text: a greeting, the meeting and the
// deadline, what is missing, how to answer, and who asks.
func mailText(c *Collect, o *CollectOwner, l lang.Lang, sender, sheet string) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(printable.Text(s) + "\n") }
	m := c.Meeting
	line(l.T(lang.MailGreeting, o.Said(l)))
	line("")
	line(l.T(lang.MailIntro, l.Date(m.Date), l.Period(m.Period), l.Date(m.Deadline)))
	if len(o.Measures) > 0 {
		line("")
		line(l.T(lang.MailMeasures))
		for _, ms := range o.Measures {
			line(l.T(lang.MailMeasureLine, ms.Measure.ID, ms.Measure.Title, l.Period(ms.Due)))
		}
	}
	if len(o.Initiatives) > 0 {
		line("")
		line(l.T(lang.MailInitiatives))
		for _, ci := range o.Initiatives {
			in := ci.Initiative
			if ci.Overdue {
				line(l.T(lang.MailOverdueLine, in.ID, in.Title, l.Date(in.Due)))
			} else {
				line(l.T(lang.MailStateLine, in.ID, in.Title, l.Period(m.Period)))
			}
		}
	}
	if sheet != "" {
		line("")
		line(l.T(lang.MailAttached, l.T(lang.Value), sheet))
	}
	if len(o.Initiatives) > 0 {
		var words []string
		for _, s := range model.States {
			words = append(words, "»"+l.State(s)+"«")
		}
		if l == lang.En {
			for i := range words {
				words[i] = `"` + strings.Trim(words[i], "»«") + `"`
			}
		}
		line(l.T(lang.MailStates, strings.Join(words, ", ")))
	}
	line("")
	line(l.T(lang.MailRegards, sender))
	return b.String()
}

// messageID is a new message's id, unique, at the sender's domain.
func messageID(address string) string {
	var r [12]byte
	rand.Read(r[:])
	domain := "beskplan.invalid"
	if _, d, ok := strings.Cut(address, "@"); ok && d != "" {
		domain = d
	}
	return "<" + hex.EncodeToString(r[:]) + "@" + domain + ">"
}
