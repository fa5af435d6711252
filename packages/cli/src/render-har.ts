import { CATEGORIES } from "@errnorm/core";
import { printable } from "./scrub.js";
import { type HarSummary, secretsOf } from "./summarize-har.js";
import { cell, plainTable } from "./table.js";
import { VENDOR_NAMES, VENDORS } from "./vendors.js";

const MAX_PATH = 80;

const overview = (summary: HarSummary): string => {
  const { skipped } = summary;
  return (
    `HAR: ${summary.entries} entries, ${summary.calls} TalentLMS/Talview API calls ` +
    `(left out: ${skipped.otherHosts} other hosts, ${skipped.notApi} not API calls, ${skipped.malformed} malformed)`
  );
};

const vendorTable = (summary: HarSummary): string => {
  const table = plainTable({ head: ["vendor", "calls", "ok", "errors"] });
  for (const name of VENDOR_NAMES) {
    const counts = summary.vendors[name];
    if (counts.calls > 0) table.push([name, counts.calls, counts.ok, counts.errors]);
  }
  return table.toString();
};

const categoryTable = (summary: HarSummary): string => {
  const table = plainTable({ head: ["vendor", "category", "errors"] });
  for (const name of VENDOR_NAMES) {
    const { categories } = summary.vendors[name];
    for (const category of CATEGORIES) {
      const count = categories[category];
      if (count !== undefined) table.push([name, category, count]);
    }
  }
  return table.toString();
};

const failureTable = (summary: HarSummary): string => {
  const secrets = secretsOf(summary);
  const table = plainTable({
    head: ["#", "time", "vendor", "method", "path", "status", "category", "reason", "action", "traceId"],
  });
  for (const f of summary.failures) {
    table.push([
      f.index,
      printable(cell(f.time), secrets),
      f.vendor,
      printable(cell(f.method), secrets),
      printable(cell(f.path, MAX_PATH), secrets),
      f.status,
      f.error.category,
      f.error.reason,
      f.error.action,
      printable(cell(f.error.traceId, 100), secrets),
    ]);
  }
  return table.toString();
};

const NOTHING_FOUND =
  `No ${VENDOR_NAMES.map((name) => VENDORS[name].label).join(" or ")} API calls found ` +
  `(hosts ${VENDOR_NAMES.map((name) => `*.${VENDORS[name].domain}`).join(", ")}; map other hosts with --vendor-host host=vendor).`;

/** The HAR summary as text: an overview line, counts per vendor and per category, then one row per failure. */
export const renderHarSummary = (summary: HarSummary): string => {
  const lines = [overview(summary)];
  if (summary.calls === 0) lines.push(NOTHING_FOUND);
  else {
    lines.push(vendorTable(summary));
    if (summary.failures.length === 0) lines.push("No errors found.");
    else lines.push(categoryTable(summary), `Failures (${summary.failures.length}):`, failureTable(summary));
  }
  return `${lines.join("\n")}\n`;
};
