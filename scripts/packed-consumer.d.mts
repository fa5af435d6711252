export declare const repoRoot: string;
export declare const consumerDir: string;
export declare const installPacked: (packages: readonly string[], options?: { rebuild?: boolean }) => string;
export declare const isStale: (name: string) => boolean;
export declare const publishedPackages: () => string[];
