// Builds what the tests run when it is missing or older than the sources: the binary, and the packages it imports
// as it will once published.
import { ensureDist } from "../../../test-support/ensure-dist.js";

export default function setup(): void {
  ensureDist({ core: ["index.js"], talentlms: ["index.js"], talview: ["index.js"], cli: ["cli.js", "index.js"] });
}
