/** Packs a finished build's files (relative path → bytes) into the one blob scripts/io-floor.mjs writes out. */
export declare const packFloorBlob: (files: ReadonlyMap<string, Uint8Array>) => Buffer;
