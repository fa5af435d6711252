export declare const publishedPackages: () => string[];
export declare const reportOf: (name: string) => string;
