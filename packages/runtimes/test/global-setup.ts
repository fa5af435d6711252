// The runtime matrix runs the built packages, as users get them: build any whose dist is missing or stale.
import { ensureDist } from "../../../test-support/ensure-dist.js";

export default function setup(): void {
  // In dependency order: core first, then the adapters that import its dist.
  ensureDist({
    core: ["index.js", "index.cjs"],
    talentlms: ["index.js", "index.cjs"],
    talview: ["index.js", "index.cjs"],
  });
}
