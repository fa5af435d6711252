import { consumerDir } from "../../../scripts/packed-consumer.mjs";

/** The unpacked tarballs (`node_modules/@errnorm/*`) that the global setup made: what a user installs. */
export const packedRoot: string = consumerDir;
