// The browser tests load the built page, as users get it: build it first (a few seconds), so it is never stale.
import { buildPage } from "../scripts/build-page.js";

export default async function setup(): Promise<void> {
  await buildPage();
}
