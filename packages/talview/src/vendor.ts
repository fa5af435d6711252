/** The `vendor` of every error this package returns. */
export const VENDOR = "talview" as const;
