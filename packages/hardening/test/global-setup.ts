// Before the hardening tests: every published package built (when its dist is stale), packed and unpacked into
// .tmp/consumer, the tree the size, API-report and consumer checks measure.
import { installPacked, publishedPackages } from "../../../scripts/packed-consumer.mjs";

export default function setup(): void {
  installPacked(publishedPackages());
}
