/** Node's own `import()` of a module URL, outside the test runner's module graph. */
export declare const importNative: (url: string) => Promise<unknown>;
