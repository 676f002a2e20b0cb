// Opens each HTML paper named on the command line in headless Chromium,
// runs axe-core's WCAG 2.1 A and AA rules on it for the screen and for
// print, and prints it to PDF beside it (NAME.pdf). Writes one JSON line
// per paper to standard output: {file, violations: [{media, id, help,
// nodes}], overflow: [what is wider than the printed page]}.
// Run by the Go test in this folder; CHROMIUM names the browser.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  // No network of its own: a closed network refuses its background calls.
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-quic",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  for (const file of process.argv.slice(2)) {
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ content: axeSource });
    const violations = [];
    for (const media of ["screen", "print"]) {
      await page.emulateMedia({ media });
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
        tags,
      );
      for (const v of result.violations) {
        violations.push({
          media, id: v.id, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 200), summary: n.failureSummary })),
        });
      }
    }
    // Nothing wider than the printed page's text (A4 less 12 mm margins:
    // 186 mm), where the print would cut it off.
    await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: "print" });
    const overflow = await page.evaluate(() => {
      const right = document.body.getBoundingClientRect().right + 1;
      return [...document.querySelectorAll("table, tr, th, td, p, li, h1, h2, h3, dd")]
        .filter((e) => e.getBoundingClientRect().right > right)
        .filter((e) => !e.parentElement.closest("table, p, li, dd"))
        .map((e) => e.tagName.toLowerCase() + " " + Math.ceil(e.getBoundingClientRect().right - right) + " px too wide: " + e.textContent.trim().replace(/\s+/g, " ").slice(0, 70));
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ media: "screen" });
    // As a person prints it: the paper's own @page size, background
    // graphics off (Chromium's default), so the paper must not need them.
    await page.pdf({ path: file.replace(/\.html$/, ".pdf"), preferCSSPageSize: true, printBackground: false });
    console.log(JSON.stringify({ file, violations, overflow }));
  }
} finally {
  await browser.close();
}
