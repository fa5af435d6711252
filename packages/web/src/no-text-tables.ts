// Stands in for cli-table3 in the page build. The worker imports the CLI's `harSummaryJson` from the module that
// also draws its text tables; the page never draws one, and cli-table3's colour support needs Node's `os` and `util`.
export default class Table {
  constructor() {
    throw new Error("text tables are drawn only by the CLI");
  }
}
