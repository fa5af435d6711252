import { describeFixtures, loadFixtures } from "@errnorm/testkit/fixtures";
import { parseResponse, VENDOR } from "../src/index.js";

// Every file of test/fixtures, in every body form a client can hold (text, bytes, parsed JSON), through the one
// runner errnorm's own adapters use.
describeFixtures(loadFixtures(new URL("./fixtures/", import.meta.url)), {
  vendor: VENDOR,
  exhaustive: false,
  run: (fixture, response) => parseResponse(response, fixture.request),
});
