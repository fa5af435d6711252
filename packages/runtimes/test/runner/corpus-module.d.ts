// The corpus is embedded into each bundle by esbuild (see test/support/bundle.ts).
declare module "errnorm-corpus" {
  const cases: readonly import("./run-corpus.js").CorpusCase[];
  export default cases;
}
