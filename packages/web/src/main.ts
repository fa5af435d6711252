// The page: input, progress and results. All reading and normalizing happens in the worker.
import "./style.css";
import { byId } from "./dom.js";
import type { Job, Reply, Stage } from "./protocol.js";
import { explanationOverview, harOverview, renderRows, renderSummary } from "./render.js";
import { explanationRows, harRows, type Row } from "./rows.js";
import { startWorker } from "./start-worker.js";

type State = "starting" | "ready" | "working" | "done" | "failed";

const body = document.body;
const message = byId("message");
const progress = byId("progress");
const bar = byId<HTMLProgressElement>("bar");
const stage = byId("stage");
const results = byId("results");
const more = byId<HTMLButtonElement>("more");
const detail = byId("detail");
const json = byId("json");
const copy = byId<HTMLButtonElement>("copy");
const vendorSelect = byId<HTMLSelectElement>("vendor");

let worker = startWorker();
let rows: readonly Row[] = [];
let drawn = 0;
let selected: HTMLElement | undefined;

const setState = (state: State, text = ""): void => {
  body.dataset["state"] = state;
  progress.hidden = state !== "working";
  message.textContent = text;
};

const MB = 1024 * 1024;
const STAGE_TEXT: Record<Stage, (done: number, total: number) => string> = {
  reading: (done, total) => `Reading ${(done / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB…`,
  parsing: () => "Parsing JSON…",
  normalizing: () => "Normalizing every vendor call…",
};

const select = (row: Row, tr: HTMLElement): void => {
  selected?.removeAttribute("aria-selected");
  tr.setAttribute("aria-selected", "true");
  selected = tr;
  json.textContent = JSON.stringify(row.error, null, 2);
  detail.hidden = false;
  copy.textContent = "Copy JSON";
};

/** Draws the next page of rows from `from` on, and what the "Show more" button says about the rest. */
const drawFrom = (from: number): void => {
  drawn = renderRows(rows, from, select);
  more.hidden = drawn >= rows.length;
  more.textContent = `Show more (${rows.length - drawn} left)`;
};

const show = (next: readonly Row[], overview: string, summary: Parameters<typeof renderSummary>[1]): void => {
  rows = next;
  selected = undefined;
  detail.hidden = true;
  renderSummary(rows, summary);
  drawFrom(0);
  results.hidden = false;
  setState("done", overview);
};

const onReply = (reply: Reply): void => {
  switch (reply.kind) {
    case "ready":
      // A restarted worker says ready again: the options are already there.
      if (vendorSelect.options.length === 1)
        vendorSelect.append(...reply.vendors.map((name) => new Option(name, name)));
      setState("ready", message.textContent ?? ""); // keeps "Cancelled." after a restart
      return;
    case "progress":
      if (reply.total > 0) bar.value = reply.done / reply.total;
      else bar.removeAttribute("value");
      stage.textContent = STAGE_TEXT[reply.stage](reply.done, reply.total);
      return;
    case "har":
      show(harRows(reply.summary), harOverview(reply.summary), reply.summary);
      return;
    case "explanation":
      show(explanationRows(reply.explanation), explanationOverview(reply.explanation), undefined);
      return;
    case "failed":
      results.hidden = true;
      setState("failed", reply.message);
  }
};

const listen = (): void => {
  worker.addEventListener("message", (event: MessageEvent<Reply>) => onReply(event.data));
};
listen();

const vendorHosts = (): string[] =>
  byId<HTMLInputElement>("vendor-hosts")
    .value.split(/[\s,]+/)
    .filter((item) => item !== "");

const submit = (job: Job): void => {
  bar.removeAttribute("value");
  stage.textContent = "Starting…";
  setState("working");
  worker.postMessage(job);
};

const submitFile = (file: File | undefined): void => {
  if (file) submit({ kind: "file", file, vendorHosts: vendorHosts() });
};

byId("cancel").addEventListener("click", () => {
  worker.terminate();
  worker = startWorker();
  listen();
  setState("starting", "Cancelled.");
});

const drop = byId("drop");
// A file dropped anywhere else would make the browser open it in place of the page.
for (const type of ["dragover", "drop"]) window.addEventListener(type, (event) => event.preventDefault());
drop.addEventListener("dragover", () => drop.classList.add("over"));
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  drop.classList.remove("over");
  submitFile(event.dataTransfer?.files[0]);
});
const fileInput = byId<HTMLInputElement>("file");
fileInput.addEventListener("change", () => {
  submitFile(fileInput.files?.[0]);
  fileInput.value = "";
});

byId("explain").addEventListener("click", () => {
  const text = byId<HTMLTextAreaElement>("paste").value;
  if (text.trim() === "") {
    setState(body.dataset["state"] === "done" ? "done" : "ready", "Paste a response or a HAR first.");
    return;
  }
  const status = byId<HTMLInputElement>("status").value.trim();
  submit({
    kind: "text",
    text,
    vendorHosts: vendorHosts(),
    vendor: vendorSelect.value === "" ? undefined : vendorSelect.value,
    status: status === "" ? undefined : Number(status),
  });
});

more.addEventListener("click", () => drawFrom(drawn));

copy.addEventListener("click", () => {
  navigator.clipboard.writeText(json.textContent ?? "").then(
    () => {
      copy.textContent = "Copied";
    },
    () => {
      copy.textContent = "Copy failed: select the text instead";
    },
  );
});
